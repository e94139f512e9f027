"""The production topology, natively: PostgreSQL tracker store, Redis lock store, two Rasa
replicas with two Sanic workers each, one action server (deploy/endpoints.yml, as compose runs
it). A conversation moves between replicas turn by turn and keeps its slots; it survives a
replica killed mid-conversation and a restart of every server; messages sent at once from one
runner are processed one at a time and none is lost.
"""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Dict, Iterator, List

import pytest
import requests

from tests.expected import tier_text, topic_text
from tests.postgres import PG, run_sql
from tests.servers import (
    MODEL,
    ROOT,
    ActionServer,
    free_port,
    rasa_run_command,
    server_env,
    user_and_bot_texts,
    wait_until,
)


REDIS = {"host": "127.0.0.1", "port": "6379"}


class Replica:
    """One Rasa server process (2 Sanic workers) of the production profile."""

    def __init__(self, workdir: Path, name: str, env: Dict[str, str], token: str) -> None:
        self.port, self.log, self.env, self.token = free_port(), workdir / f"{name}.log", env, token
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen = None  # type: ignore[assignment]

    def start(self) -> None:
        self.process = subprocess.Popen(
            rasa_run_command(MODEL, self.port, self.token, "--credentials",
                             str(ROOT / "credentials.yml"), "--endpoints",
                             str(ROOT / "deploy" / "endpoints.yml")),
            cwd=self.log.parent, env=server_env(self.env), stdout=self.log.open("a"),
            stderr=subprocess.STDOUT, start_new_session=True,
        )

    def wait_ready(self) -> None:
        wait_until(f"{self.url}/status?token={self.token}", self.process, self.log)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, sig)  # the Sanic workers too
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=20)

    def send(self, sender: str, text: str) -> List[dict]:
        response = requests.post(f"{self.url}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": text}, timeout=60)
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> dict:
        response = requests.get(f"{self.url}/conversations/{sender}/tracker",
                                params={"token": self.token}, timeout=30)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="module")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, object]]:
    workdir = Path(tmp_path_factory.mktemp("scale"))
    database = f"knee_scale_{uuid.uuid4().hex[:8]}"
    run_sql(f'CREATE DATABASE "{database}"')
    action_port, token = free_port(), secrets.token_urlsafe(12)
    env = {
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "DB_HOST": PG["host"], "DB_PORT": str(PG["port"]), "DB_NAME": database,
        "DB_USER": PG["user"], "DB_PASSWORD": PG["password"],
        "REDIS_HOST": REDIS["host"], "REDIS_PORT": REDIS["port"], "REDIS_DB": "5",
        "SANIC_WORKERS": "2",
    }
    actions = ActionServer(action_port, None, workdir / "actions.log")
    replicas = [Replica(workdir, name, env, token) for name in ("replica-a", "replica-b")]
    with ExitStack() as stack:
        stack.callback(run_sql, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        stack.callback(actions.stop)
        for replica in replicas:
            stack.callback(replica.stop)
        actions.start()
        for replica in replicas:
            replica.start()
        actions.wait_ready()
        for replica in replicas:
            replica.wait_ready()
        yield {"actions": actions, "replicas": replicas, "workdir": workdir}


def test_a_conversation_moves_between_replicas_and_survives_restarts(topology) -> None:
    a, b = topology["replicas"]
    sender = f"scale-{uuid.uuid4().hex[:8]}"
    assert a.send(sender, "what causes runner's knee?")[0]["text"] == topic_text("causes")
    assert b.tracker(sender)["slots"]["topic"] == "causes"  # B sees what A wrote
    assert b.send(sender, "tell me more about the hip part")[0]["text"] != topic_text("causes")
    assert a.send(sender, "my knee locked and now it won't straighten at all")[0]["text"] == tier_text("emergency")
    assert b.tracker(sender)["slots"]["triage_level"] == "emergency"

    a.stop(signal.SIGKILL)  # a replica dies mid-conversation
    assert b.send(sender, "why won't rest fix it?")[0]["text"] == topic_text("why_rest_fails")
    before = user_and_bot_texts(b, sender)
    assert len(before) == 8

    actions = topology["actions"]
    b.stop()
    actions.stop()
    actions.start()
    a.start()
    b.start()
    actions.wait_ready()
    a.wait_ready()
    b.wait_ready()
    assert user_and_bot_texts(a, sender) == before  # every event, in order, after a full restart
    assert a.tracker(sender)["slots"]["triage_level"] == "emergency"
    assert a.send(sender, "how does physio help?")[0]["text"] == topic_text("pt_approach")


def test_messages_sent_at_once_are_processed_one_at_a_time(topology) -> None:
    a, b = topology["replicas"]
    sender = f"burst-{uuid.uuid4().hex[:8]}"
    texts = [f"what is runner's knee? ({number})" for number in range(12)]
    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(lambda item: (a, b)[item[0] % 2].send(sender, item[1]),
                                enumerate(texts)))
    assert all(answer for answer in answers)
    kinds = user_and_bot_texts(a, sender)
    assert sorted(text for kind, text in kinds if kind == "user") == sorted(texts)
    # One at a time: each message is followed by its own reply before the next message starts.
    assert [kind for kind, _ in kinds] == ["user", "bot"] * len(texts)
