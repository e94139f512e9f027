"""Which channels a run serves, and when REST needs a REST client's token (channels/credentials.py)."""
from __future__ import annotations

import pytest

from channels.credentials import CredentialsError, compose

SLACK = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}
TELEGRAM = {"TELEGRAM_TOKEN": "1:a", "TELEGRAM_WEBHOOK_URL": "https://x/w",
            "TELEGRAM_WEBHOOK_SECRET": "t"}


REST = "channels.rest.ClinicRestInput"
REST_TOKEN = {"token": "${KNEE_REST_TOKEN}"}


def test_local_run_serves_open_rest_and_the_web_widget() -> None:
    credentials = compose("127.0.0.1", {"KNEE_REST_TOKEN": "abc"})
    assert list(credentials) == [REST, "channels.socketio.ClinicSocketIOInput"]
    assert not credentials[REST]


def test_listening_beyond_loopback_requires_a_rest_token() -> None:
    assert compose("0.0.0.0", {"KNEE_REST_TOKEN": "abc"})[REST] == REST_TOKEN


def test_behind_a_public_proxy_rest_needs_a_token_even_on_loopback() -> None:
    assert compose("127.0.0.1", {"KNEE_REST_TOKEN": "abc"}, public=True)[REST] == REST_TOKEN


def test_slack_token_switches_slack_on_and_closes_rest() -> None:
    credentials = compose("127.0.0.1", dict(SLACK, KNEE_REST_TOKEN="abc"))
    assert credentials["channels.slack.ClinicSlackInput"]["slack_signing_secret"] == "${SLACK_SIGNING_SECRET}"
    assert credentials[REST] == REST_TOKEN
    assert "channels.telegram.ClinicTelegramInput" not in credentials


def test_telegram_token_switches_telegram_on() -> None:
    credentials = compose("127.0.0.1", dict(TELEGRAM, KNEE_REST_TOKEN="abc"))
    assert credentials["channels.telegram.ClinicTelegramInput"]["secret_token"] == "${TELEGRAM_WEBHOOK_SECRET}"


def test_missing_secret_names_the_file_and_the_variables() -> None:
    with pytest.raises(CredentialsError) as error:
        compose("127.0.0.1", {"TELEGRAM_TOKEN": "1:a", "KNEE_REST_TOKEN": "abc"})
    message = str(error.value)
    assert "credentials/telegram.yml" in message
    assert "TELEGRAM_WEBHOOK_URL" in message and "TELEGRAM_WEBHOOK_SECRET" in message


def test_rest_token_must_be_set_when_rest_is_closed() -> None:
    with pytest.raises(CredentialsError, match="KNEE_REST_TOKEN"):
        compose("0.0.0.0", {"RASA_AUTH_TOKEN": "the HTTP API token is not a REST token"})
