"""What the servers log at INFO holds no patient's words and no secret."""
from __future__ import annotations

import time
import uuid

import pytest
import requests

from tests.conftest import CHANNEL_ENV, TELEGRAM_SECRET
from tests.servers import Stack
from tests.socket_client import SocketChat


def test_logs_hold_no_message_text_and_no_secret(stack: Stack) -> None:
    marker = f"zebra{uuid.uuid4().hex[:8]}"
    stack.send(f"log-{marker}", f"my knee hurts since the {marker} race")
    stack.send(f"log-{marker}", f"my knee locked after the {marker} race and won't straighten")
    chat = SocketChat(stack.url)
    try:
        chat.ask(f"what is runner's knee {marker}?")
    finally:
        chat.close()
    requests.post(f"{stack.url}/webhooks/telegram/webhook", timeout=30,
                  headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET},
                  json={"update_id": 1, "message": {"message_id": 1, "date": int(time.time()),
                        "chat": {"id": 5, "type": "private"}, "text": f"hello {marker}"}})
    time.sleep(1)
    logs = stack.logs()
    assert "INFO" in logs  # the servers do log at INFO; just not this
    assert marker not in logs
    for secret in (stack.token, *CHANNEL_ENV.values()):
        if secret.startswith("https://"):
            continue  # the webhook URL is public
        assert secret not in logs, secret


def test_a_runner_leaving_before_the_answer_leaves_no_words_in_the_logs(stack: Stack) -> None:
    """The client hangs up while the assistant is still working (the action server is slow): Rasa's
    REST channel logs that at ERROR with the message's text, which must not reach the logs."""
    marker = f"zebra{uuid.uuid4().hex[:8]}"
    stack.actions.pause()
    try:
        with pytest.raises(requests.Timeout):
            requests.post(f"{stack.url}/webhooks/rest/webhook", timeout=1.5,
                          headers={"Authorization": f"Bearer {stack.rest_token}"},
                          json={"sender": f"gone-{marker}", "message": f"my knee and the {marker} hill"})
        time.sleep(1)
    finally:
        stack.actions.resume()
    logs = stack.logs()
    assert "rest.message.received.timeout" in logs  # Rasa did log the hang-up...
    assert marker not in logs  # ...without the words
