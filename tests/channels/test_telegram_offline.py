"""Telegram unreachable at start-up: the server still starts and serves, and says why."""
from __future__ import annotations

import socket
import time
from pathlib import Path

import requests
import yaml

from channels.credentials import compose
from tests.conftest import CHANNEL_ENV, TELEGRAM_SECRET
from tests.servers import running_stack


def test_server_starts_and_answers_while_telegram_never_responds(tmp_path: Path) -> None:
    with socket.socket() as blackhole:  # accepts connections, never answers
        blackhole.bind(("127.0.0.1", 0))
        blackhole.listen(16)
        env = {key: value for key, value in CHANNEL_ENV.items() if not key.startswith("SLACK")}
        env.update(TELEGRAM_API_URL=f"http://127.0.0.1:{blackhole.getsockname()[1]}")
        credentials = tmp_path / "credentials.yml"
        credentials.write_text(yaml.safe_dump(compose("127.0.0.1", env)), encoding="utf-8")
        with running_stack(tmp_path, env, credentials) as stack:
            assert requests.get(f"{stack.url}/webhooks/telegram/", timeout=5).json() == {"status": "ok"}
            assert stack.send("offline-runner", "what is runner's knee?")[0]["text"]
            log = tmp_path / "rasa.log"
            deadline = time.monotonic() + 30
            while "Telegram webhook not registered" not in log.read_text() and time.monotonic() < deadline:
                time.sleep(0.5)
            assert "Telegram webhook not registered" in log.read_text()
            response = requests.post(
                f"{stack.url}/webhooks/telegram/webhook", json={"update_id": 1},
                headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}, timeout=30,
            )
            assert response.status_code == 200
