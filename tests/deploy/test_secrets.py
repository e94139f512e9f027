"""A server refuses to start with an example, empty or short secret and names the one at fault:
the replicas' entry point (deploy/rasa-entrypoint.sh, as compose and Kubernetes start them) and
`python -m server run` (make run, the tests). Nothing is loaded before the check, so each
refusal is immediate."""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict

import pytest

from tests.servers import MODEL, ROOT, VENV_BIN, free_port, rasa_run_command, server_env

GOOD = {
    "RASA_AUTH_TOKEN": secrets.token_urlsafe(24),
    "KNEE_REST_TOKEN": f"{secrets.token_urlsafe(24)},{secrets.token_urlsafe(24)}",
    "ACTION_SERVER_URL": "http://actions:5055/webhook",
    "DB_HOST": "postgres", "DB_PORT": "5432", "DB_NAME": "knee", "DB_USER": "knee",
    "DB_PASSWORD": secrets.token_urlsafe(24),
    "REDIS_HOST": "redis", "REDIS_PORT": "6379", "REDIS_DB": "1",
}


def env_example() -> Dict[str, str]:
    lines = (ROOT / "deploy" / ".env.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def refusal(env: Dict[str, str]) -> str:
    """What the replica entry point, as the containers run it, says when it refuses to start.
    The channel credentials it wrote for the refused start are gone with it."""
    with tempfile.TemporaryDirectory() as folder:
        process = subprocess.Popen(
            [str(ROOT / "deploy" / "rasa-entrypoint.sh")], cwd=ROOT, start_new_session=True,
            env=server_env(dict(env, PATH=f"{VENV_BIN}:/usr/bin:/bin", KNEE_HOST="127.0.0.1",
                                KNEE_PORT=str(free_port()), TMPDIR=folder)),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            _, stderr = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # it started the servers: the check let it through
            process.communicate()
            pytest.fail("the replica started instead of refusing")
        assert process.returncode == 2, stderr[-2000:]
        assert "did not start" in stderr
        assert list(Path(folder).glob("knee-credentials.*")) == []
    return stderr


def check(env: Dict[str, str]) -> subprocess.CompletedProcess:
    """The same check as the entry point makes, with the options it gives every process."""
    return subprocess.run(
        [sys.executable, "-m", "server.secret_check", "--enable-api",
         f"--auth-token={env.get('RASA_AUTH_TOKEN', '')}", "--credentials",
         str(ROOT / "credentials" / "rest-token.yml"), "--endpoints", str(ROOT / "deploy" / "endpoints.yml")],
        cwd=ROOT, env=server_env(env), capture_output=True, text=True, timeout=60)


def test_the_example_secrets_from_the_env_example_are_each_refused() -> None:
    example = env_example()
    env = dict(GOOD, RASA_AUTH_TOKEN=example["RASA_AUTH_TOKEN"],
               KNEE_REST_TOKEN=example["KNEE_REST_TOKEN"], DB_PASSWORD=example["POSTGRES_PASSWORD"])
    message = refusal(env)
    for name in ("RASA_AUTH_TOKEN", "KNEE_REST_TOKEN", "DB_PASSWORD"):
        assert f"error: {name} " in message and "example value" in message, name


@pytest.mark.parametrize("name, value, reason", [
    ("RASA_AUTH_TOKEN", "", "is empty"),
    ("RASA_AUTH_TOKEN", "short-token", "is 11 characters"),
    ("KNEE_REST_TOKEN", "  ,  ", "is empty"),
    ("DB_PASSWORD", "knee", "is 4 characters"),
])
def test_an_empty_or_short_secret_is_refused_by_name(name: str, value: str, reason: str) -> None:
    message = refusal(dict(GOOD, **{name: value}))
    assert f"error: {name} " in message and reason in message
    assert message.count("error: ") == 1  # only the one at fault


def test_a_rest_token_may_not_be_the_http_api_token() -> None:
    message = refusal(dict(GOOD, KNEE_REST_TOKEN=f"{secrets.token_urlsafe(24)},{GOOD['RASA_AUTH_TOKEN']}"))
    assert "KNEE_REST_TOKEN, token 2, is the HTTP API token" in message


def test_good_secrets_pass_the_check() -> None:
    done = check(GOOD)
    assert done.returncode == 0, done.stderr


def test_the_server_command_refuses_a_short_token_and_a_weak_channel_secret(tmp_path: Path) -> None:
    credentials = tmp_path / "credentials.yml"
    credentials.write_text("channels.slack.ClinicSlackInput:\n  slack_token: ${SLACK_BOT_TOKEN}\n"
                           "  slack_signing_secret: ${SLACK_SIGNING_SECRET}\n", encoding="utf-8")
    done = subprocess.run(
        rasa_run_command(MODEL, 5999, "tiny", "--credentials", str(credentials)), cwd=ROOT,
        env=server_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "change-me"}),
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "error: RASA_AUTH_TOKEN (the HTTP API token, --auth-token) is 4 characters" in done.stderr
    assert "error: SLACK_SIGNING_SECRET (Slack's signing secret) is an example value" in done.stderr


def test_a_store_on_this_machine_may_have_a_short_password_but_not_the_example() -> None:
    assert check(dict(GOOD, DB_HOST="127.0.0.1", DB_PASSWORD="knee")).returncode == 0
    refused = check(dict(GOOD, DB_HOST="127.0.0.1", DB_PASSWORD=env_example()["POSTGRES_PASSWORD"]))
    assert refused.returncode == 2 and "DB_PASSWORD" in refused.stderr
