"""What the servers log at INFO holds no patient's words and no secret."""
from __future__ import annotations

import time
import uuid

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
