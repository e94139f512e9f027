"""Slack: signed events into the real Rasa server, replies read from the fake Slack Web API."""
from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import Any, Dict, Optional
from urllib.parse import urlencode

import requests

from knee.content import load_content
from knee.replies import button_payload
from tests.conftest import SLACK_SIGNING_SECRET
from tests.fake_apis import Call, FakeApis
from tests.servers import Stack
from tests.expected import tier_text, topic_text

CONTENT = load_content()


def signed_post(stack: Stack, body: bytes, content_type: str, timestamp: Optional[int] = None,
                secret: str = SLACK_SIGNING_SECRET) -> requests.Response:
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"v0:{timestamp}:".encode() + body, hashlib.sha256)
    return requests.post(
        f"{stack.url}/webhooks/slack/webhook",
        data=body,
        headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": f"v0={digest.hexdigest()}",
        },
        timeout=30,
    )


def message_event(user: str, channel: str, text: str, thread_ts: Optional[str] = None) -> bytes:
    event: Dict[str, Any] = {
        "type": "message", "channel": channel, "channel_type": "im", "user": user,
        "text": text, "ts": f"{time.time():.6f}",
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return json.dumps({
        "type": "event_callback", "team_id": "T0CLUB", "event": event,
        "event_id": f"Ev{uuid.uuid4().hex[:8]}", "authorizations": [{"user_id": "UBOT"}],
    }).encode()


def button_click(user: str, channel: str, value: str, thread_ts: Optional[str] = None) -> bytes:
    message: Dict[str, Any] = {"type": "message", "ts": f"{time.time():.6f}", "text": "..."}
    if thread_ts:
        message["thread_ts"] = thread_ts
    payload = {
        "type": "block_actions", "user": {"id": user}, "channel": {"id": channel},
        "message": message,
        "actions": [{"type": "button", "action_id": "a1", "value": value, "block_id": "b1"}],
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


def posts_to(channel: str):
    return lambda call: call.api == "slack" and call.method == "chat.postMessage" \
        and call.fields.get("channel") == channel


def new_ids() -> tuple:
    suffix = uuid.uuid4().hex[:6].upper()
    return f"U{suffix}", f"D{suffix}"


def buttons_of(call: Call) -> list:
    actions = [block for block in call.fields.get("blocks", []) if block["type"] == "actions"]
    return [(element["text"]["text"], element["value"]) for element in actions[0]["elements"]]


def test_direct_message_gets_the_content_answer_with_buttons(stack: Stack, fake: FakeApis) -> None:
    user, channel = new_ids()
    response = signed_post(stack, message_event(user, channel, "what is runner's knee?"), "application/json")
    assert response.status_code == 200
    [post] = fake.wait_for(posts_to(channel))
    assert post.fields["text"] == topic_text("what_is")
    assert "thread_ts" not in post.fields  # a top-level question gets a top-level answer
    assert buttons_of(post) == [
        (CONTENT.topics[topic].title, button_payload(CONTENT.topics[topic]))
        for topic in CONTENT.topics["what_is"].follow_ups
    ]


def test_message_in_a_thread_is_answered_in_that_thread(stack: Stack, fake: FakeApis) -> None:
    user, channel = new_ids()
    thread = "1764100000.000100"
    signed_post(stack, message_event(user, channel, "why doesn't rest fix it?", thread), "application/json")
    [post] = fake.wait_for(posts_to(channel))
    assert post.fields["thread_ts"] == thread
    assert post.fields["text"] == topic_text("why_rest_fails")


def test_button_click_answers_the_topic_behind_the_button(stack: Stack, fake: FakeApis) -> None:
    user, channel = new_ids()
    thread = "1764100000.000200"
    payload = button_payload(CONTENT.topics["causes"])
    response = signed_post(stack, button_click(user, channel, payload, thread),
                           "application/x-www-form-urlencoded")
    assert response.status_code == 200
    [post] = fake.wait_for(posts_to(channel))
    assert post.fields["text"] == topic_text("causes")
    assert post.fields["thread_ts"] == thread


def test_red_flag_in_slack_is_escalated_in_the_first_reply(stack: Stack, fake: FakeApis) -> None:
    user, channel = new_ids()
    signed_post(stack, message_event(user, channel, "my knee locked and I can't straighten it"),
                "application/json")
    post = fake.wait_for(posts_to(channel))[0]
    assert post.fields["text"].startswith(tier_text("emergency"))
    assert CONTENT.clinic.emergency_number in post.fields["text"]
    assert stack.slot(user, "triage_level") == "emergency"


def test_bad_signature_is_rejected_and_nothing_is_posted(stack: Stack, fake: FakeApis) -> None:
    user, channel = new_ids()
    response = signed_post(stack, message_event(user, channel, "hello"), "application/json",
                           secret="not-the-signing-secret")
    assert response.status_code == 400
    time.sleep(2)
    assert fake.find(posts_to(channel)) == []


def test_stale_timestamp_is_rejected_even_when_signed(stack: Stack, fake: FakeApis) -> None:
    user, channel = new_ids()
    response = signed_post(stack, message_event(user, channel, "hello"), "application/json",
                           timestamp=int(time.time()) - 10 * 60)
    assert response.status_code == 400
    time.sleep(2)
    assert fake.find(posts_to(channel)) == []


def test_url_verification_challenge_is_echoed(stack: Stack) -> None:
    body = json.dumps({"type": "url_verification", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}).encode()
    response = signed_post(stack, body, "application/json")
    assert response.status_code == 200
    assert response.json() == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
