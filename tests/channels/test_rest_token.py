"""REST in a deployment reachable from outside: the token is required, as for the HTTP API."""
from __future__ import annotations

import requests

from tests.servers import Stack

MESSAGE = {"sender": "rest-client", "message": "what is runner's knee?"}


def test_rest_without_token_is_refused(stack: Stack) -> None:
    response = requests.post(f"{stack.url}/webhooks/rest/webhook", json=MESSAGE, timeout=30)
    assert response.status_code == 401
    assert "token" in response.json()["error"]


def test_rest_with_a_wrong_token_is_refused(stack: Stack) -> None:
    response = requests.post(f"{stack.url}/webhooks/rest/webhook", json=MESSAGE, timeout=30,
                             headers={"Authorization": "Bearer not-the-token"})
    assert response.status_code == 401


def test_rest_with_the_token_as_query_parameter_is_answered(stack: Stack) -> None:
    response = requests.post(f"{stack.url}/webhooks/rest/webhook", json=MESSAGE, timeout=30,
                             params={"token": stack.token})
    assert response.status_code == 200
    assert response.json()[0]["text"]


def test_http_api_needs_the_token_too(stack: Stack) -> None:
    assert requests.get(f"{stack.url}/conversations/rest-client/tracker", timeout=30).status_code == 401
