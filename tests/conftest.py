"""Shared fixtures: the project's real content, copies of it that tests may break, and one
running deployment (action server, Rasa server with every channel, demo page) for the
end-to-end, channel, browser and reliability tests."""
from __future__ import annotations

import secrets
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pytest
import yaml

from channels.credentials import compose
from knee.content import CONTENT_DIR, Content, load_content
from server.rasa_changes import install

install()  # the tests run Rasa with the project's changes, as every entry point does

if TYPE_CHECKING:
    from tests.servers import Stack

ROOT = Path(__file__).resolve().parent.parent

SLACK_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TELEGRAM_SECRET = "telegram-webhook-secret-for-tests"
TELEGRAM_WEBHOOK_URL = "https://knee.example/webhooks/telegram/webhook"
REPLY_DEADLINE_S = 8  # the apology's deadline in the test deployment (10 s in production)
CHANNEL_ENV = {
    "SLACK_BOT_TOKEN": "xoxb-test-token",
    "SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
    "TELEGRAM_TOKEN": "123456789:fake-token-for-tests",
    "TELEGRAM_WEBHOOK_URL": TELEGRAM_WEBHOOK_URL,
    "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
    # Two REST integrations, each with its own token; neither is the HTTP API's token.
    "KNEE_REST_TOKEN": "rest-token-of-the-club-site,rest-token-of-the-clinic-portal",
}


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of content/ for tests that edit or break it."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


@pytest.fixture(scope="session")
def fake():
    """Slack's and Telegram's APIs, faked at the HTTP layer."""
    from tests.fake_apis import fake_apis

    with fake_apis() as apis:
        yield apis


@pytest.fixture(scope="session")
def stack(tmp_path_factory, fake) -> Iterator["Stack"]:
    """The deployment as a clinic runs it with Slack and Telegram switched on (so REST needs a
    REST client's token), channels posting to the fake APIs, and the demo page in front."""
    from tests.servers import free_port, page_server, running_stack

    workdir = tmp_path_factory.mktemp("stack")
    content_dir = workdir / "content"  # a copy the fault tests may break while it runs
    shutil.copytree(CONTENT_DIR, content_dir)
    token = secrets.token_urlsafe(16)
    env = dict(CHANNEL_ENV, RASA_AUTH_TOKEN=token, KNEE_CONTENT_DIR=str(content_dir),
               KNEE_REPLY_DEADLINE_S=str(REPLY_DEADLINE_S),
               SLACK_API_URL=fake.slack_url, TELEGRAM_API_URL=fake.telegram_url)
    credentials = workdir / "credentials.yml"
    credentials.write_text(yaml.safe_dump(compose("127.0.0.1", env)), encoding="utf-8")
    page_port = free_port()
    with running_stack(workdir, env, credentials, [f"http://127.0.0.1:{page_port}"], token) as running:
        with page_server(workdir, page_port, running.url) as page_url:
            running.page_url = page_url
            running.content_dir = content_dir
            yield running
