"""Start the real action server and Rasa server for end-to-end tests, on free loopback ports."""
from __future__ import annotations

import secrets
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import requests

from server.processes import (  # noqa: F401 (the tests import them from here)
    ROOT, action_server_command, free_port, rasa_run_command, server_env, stop, wait_until)
from server.secret_check import rest_tokens

VENV_BIN = Path(sys.executable).parent
MODEL = ROOT / "models" / "knee.tar.gz"


class ActionServer:
    """The real action server as a process the fault tests can stop, pause and bring back."""

    def __init__(self, port: int, env: Optional[Mapping[str, str]], log: Path) -> None:
        self.port, self.env, self.log = port, env, log
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            action_server_command(self.port),
            cwd=ROOT, env=server_env(self.env), stdout=self.log.open("a"), stderr=subprocess.STDOUT,
        )

    def wait_ready(self) -> None:
        wait_until(f"http://127.0.0.1:{self.port}/health", self.process, self.log)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a paused server could not stop
            stop(self.process)

    def pause(self) -> None:
        """Freeze the process: connections are accepted but nothing answers (a slow server)."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)


class Stack:
    """A running action server + Rasa server pair, and the calls a client makes to them:
    messages with the REST clients' token (`rest_token`, if REST needs one), conversations
    read with the HTTP API token (`token`)."""

    def __init__(self, url: str, token: str, workdir: Path, actions: ActionServer,
                 page_url: str = "", rest_token: str = "") -> None:
        self.url, self.token, self.workdir, self.page_url = url, token, workdir, page_url
        self.actions, self.rest_token = actions, rest_token
        self.rasa_pid: Optional[int] = None

    def post(self, sender: str, text: str) -> requests.Response:
        return requests.post(
            f"{self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            headers={"Authorization": f"Bearer {self.rest_token}"} if self.rest_token else {},
            timeout=60,
        )

    def send(self, sender: str, text: str) -> List[Dict[str, Any]]:
        response = self.post(sender, text)
        response.raise_for_status()
        return response.json()

    def say(self, sender: str, text: str) -> str:
        """The whole reply to one message as the runner reads it: Rasa sends each paragraph of a
        reply without buttons as a message of its own."""
        return reply_text(self.send(sender, text))

    def tracker(self, sender: str) -> Dict[str, Any]:
        response = requests.get(
            f"{self.url}/conversations/{sender}/tracker", params={"token": self.token}, timeout=30
        )
        response.raise_for_status()
        return response.json()

    def slot(self, sender: str, name: str) -> Optional[str]:
        return self.tracker(sender)["slots"].get(name)

    def logs(self) -> str:
        return "".join(path.read_text(errors="replace") for path in sorted(self.workdir.glob("*.log")))


def reply_text(replies: List[Dict[str, Any]]) -> str:
    return "\n\n".join(reply["text"] for reply in replies if reply.get("text"))


def user_and_bot_texts(server: Any, sender: str) -> List[Tuple[str, Optional[str]]]:
    """The conversation as (user|bot, text) pairs, in order, from any server with `.tracker()`."""
    return [(event["event"], event.get("text")) for event in server.tracker(sender)["events"]
            if event["event"] in ("user", "bot")]


@contextmanager
def running_stack(
    workdir: Path,
    env: Optional[Mapping[str, str]] = None,
    credentials: Path = ROOT / "credentials.yml",
    cors: Sequence[str] = (),
    token: str = "",
    tracker_store: str = "",
) -> Iterator[Stack]:
    """Start both servers with a private SQLite tracker store in `workdir`; stop them after.

    `env` adds variables to the servers' environment (channel secrets and KNEE_REST_TOKEN, fake
    API URLs, content directory), `credentials` picks the channels, `token` is the HTTP API's
    and `tracker_store` replaces the SQLite store (the endpoints.yml block, e.g. PostgreSQL).
    """
    action_port, rasa_port = free_port(), free_port()
    token = token or secrets.token_urlsafe(16)
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
        "  enable_selective_domain: true\n"
        + (tracker_store or
           f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {workdir / 'tracker.db'}\n"),
        encoding="utf-8",
    )
    actions = ActionServer(action_port, env, workdir / "actions.log")
    rasa: Optional[subprocess.Popen] = None
    try:
        actions.start()
        rasa_log = workdir / "rasa.log"
        rasa = subprocess.Popen(
            rasa_run_command(MODEL, rasa_port, token, "--credentials", str(credentials),
                             "--endpoints", str(endpoints), *(["--cors", *cors] if cors else [])),
            cwd=workdir, env=server_env(env), stdout=rasa_log.open("w"), stderr=subprocess.STDOUT,
        )
        actions.wait_ready()
        url = f"http://127.0.0.1:{rasa_port}"
        wait_until(f"{url}/status?token={token}", rasa, rasa_log)
        rest_token = next(iter(rest_tokens((env or {}).get("KNEE_REST_TOKEN", ""))), "")
        stack = Stack(url, token, workdir, actions, rest_token=rest_token)
        stack.rasa_pid = rasa.pid
        yield stack
    finally:
        actions.stop()
        if rasa is not None:
            stop(rasa)


@contextmanager
def page_server(workdir: Path, port: int, socket_url: str) -> Iterator[str]:
    """The clinic demo page (scripts/serve_web.py) on `port`, pointing the widget at Rasa."""
    log = workdir / "page.log"
    process = subprocess.Popen(
        [str(VENV_BIN / "python"), str(ROOT / "scripts" / "serve_web.py"), "--port", str(port),
         "--socket-url", socket_url],
        cwd=ROOT, env=server_env(), stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(f"{url}/widget-settings.json", process, log)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
