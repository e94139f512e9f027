"""REST in a deployment reachable from outside: a REST client's token is required, and it only
sends messages. The HTTP API (reading and changing every runner's conversation) takes its own
token, for staff; a REST token opens none of it, and the HTTP API token sends no message."""
from __future__ import annotations

import requests

from tests.conftest import CHANNEL_ENV
from tests.servers import Stack

MESSAGE = {"sender": "rest-client", "message": "what is runner's knee?"}
CLUB_SITE, CLINIC_PORTAL = CHANNEL_ENV["KNEE_REST_TOKEN"].split(",")


def send(stack: Stack, token: str = "", **options) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.post(f"{stack.url}/webhooks/rest/webhook", json=MESSAGE, headers=headers,
                         timeout=30, **options)


def test_rest_without_token_is_refused(stack: Stack) -> None:
    response = send(stack)
    assert response.status_code == 401
    assert "token" in response.json()["error"]


def test_rest_with_a_wrong_token_is_refused(stack: Stack) -> None:
    assert send(stack, "not-the-token-of-any-integration").status_code == 401


def test_each_integration_sends_with_its_own_token(stack: Stack) -> None:
    for token in (CLUB_SITE, CLINIC_PORTAL):
        response = send(stack, token)
        assert response.status_code == 200
        assert response.json()[0]["text"]


def test_rest_with_the_token_as_query_parameter_is_answered(stack: Stack) -> None:
    response = send(stack, params={"token": CLINIC_PORTAL})
    assert response.status_code == 200
    assert response.json()[0]["text"]


def test_the_http_api_token_sends_no_message(stack: Stack) -> None:
    assert send(stack, stack.token).status_code == 401


def test_a_rest_token_cannot_read_or_change_conversations(stack: Stack) -> None:
    assert send(stack, CLUB_SITE).status_code == 200  # the conversation exists
    tracker = f"{stack.url}/conversations/{MESSAGE['sender']}/tracker"
    for token in (CLUB_SITE, CLINIC_PORTAL):
        assert requests.get(tracker, params={"token": token}, timeout=30).status_code == 401
        assert requests.get(tracker, headers={"Authorization": f"Bearer {token}"},
                            timeout=30).status_code == 401
        assert requests.post(f"{tracker}/events", params={"token": token}, timeout=30,
                             json={"event": "slot", "name": "topic", "value": "x"}).status_code == 401
        assert requests.get(f"{stack.url}/conversations/{MESSAGE['sender']}/story",
                            params={"token": token}, timeout=30).status_code == 401
        assert requests.post(f"{stack.url}/model/parse", params={"token": token},
                             json={"text": "hi"}, timeout=30).status_code == 401
    staff = requests.get(tracker, params={"token": stack.token}, timeout=30)
    assert staff.status_code == 200 and staff.json()["sender_id"] == MESSAGE["sender"]


def test_http_api_needs_the_token_too(stack: Stack) -> None:
    assert requests.get(f"{stack.url}/conversations/rest-client/tracker", timeout=30).status_code == 401
