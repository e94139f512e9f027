"""A broken request to the REST webhook gets a 4xx saying what is wrong, never a 500."""
from __future__ import annotations

import json

import pytest
import requests

from tests.servers import Stack

BROKEN = {
    "malformed JSON": (b'{"sender": "a", "message": ', 400, "not valid JSON"),
    "not an object": (b'["sender", "message"]', 400, "JSON object"),
    "empty body": (b"", 400, "JSON object"),
    "missing sender": (json.dumps({"message": "hi"}).encode(), 400, "'sender'"),
    "missing message": (json.dumps({"sender": "a"}).encode(), 400, "'message'"),
    "sender a number": (json.dumps({"sender": 7, "message": "hi"}).encode(), 400, "'sender'"),
    "message a list": (json.dumps({"sender": "a", "message": ["hi"]}).encode(), 400, "'message'"),
    "message null": (json.dumps({"sender": "a", "message": None}).encode(), 400, "'message'"),
    "metadata a string": (json.dumps({"sender": "a", "message": "hi", "metadata": "x"}).encode(), 400, "'metadata'"),
    "sender too long": (json.dumps({"sender": "a" * 500, "message": "hi"}).encode(), 400, "'sender'"),
    "message too long": (json.dumps({"sender": "a", "message": "a" * 60_000}).encode(), 413, "'message'"),
    "oversized body": (json.dumps({"sender": "a", "message": "hi", "pad": "x" * 400_000}).encode(), 413, "KB"),
    "not UTF-8": (b'{"sender": "a", "message": "\xff\xfe"}', 400, "not valid JSON"),
}


@pytest.mark.parametrize("what", BROKEN)
def test_broken_rest_request_gets_a_clear_4xx(stack: Stack, what: str) -> None:
    body, status, reason = BROKEN[what]
    response = requests.post(f"{stack.url}/webhooks/rest/webhook", data=body, timeout=30,
                             headers={"Content-Type": "application/json",
                                      "Authorization": f"Bearer {stack.rest_token}"})
    assert response.status_code == status
    assert reason in response.json()["error"]


def test_wrong_method_is_a_client_error(stack: Stack) -> None:
    response = requests.get(f"{stack.url}/webhooks/rest/webhook", timeout=30)
    assert 400 <= response.status_code < 500


def test_broken_slack_interaction_is_a_client_error(stack: Stack) -> None:
    response = requests.post(f"{stack.url}/webhooks/slack/webhook", data=b"payload=%7Bnot-json",
                             headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert response.status_code == 400
