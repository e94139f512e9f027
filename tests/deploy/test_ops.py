"""Retention, forgetting one person and the clinic report on every store the assistant runs on
(make run's SQLite file, PostgreSQL through deploy/endpoints.yml as in production, Rasa's Redis
store), each filled through Rasa's own tracker store and named by an endpoints file the way Rasa's
commands read it: each command removes or counts exactly what it should, and none prints what a
runner wrote."""
from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
from rasa.core.tracker_store import RedisTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from tests.postgres import PG, run_sql
from tests.servers import ROOT, server_env

DAY = 86400
SECRET_WORDS = "MARKERWORD"
DOMAIN = Domain.load(str(ROOT / "domain.yml"))


def conversation(days_ago: float, topics: List[str], tier: str = "") -> List[Event]:
    at = time.time() - days_ago * DAY
    events: List[Event] = []
    for step, topic in enumerate(topics):
        events += [UserUttered(f"{SECRET_WORDS} question {step}", timestamp=at + step),
                   ActionExecuted("action_respond", timestamp=at + step),
                   BotUttered("answer", timestamp=at + step), SlotSet("topic", topic, timestamp=at + step)]
    if tier:
        events.append(SlotSet("triage_level", tier, timestamp=at + 10))
    return events


CONVERSATIONS = {
    "old": conversation(40, ["causes"]),
    "recent-physio": conversation(1, ["what_is", "causes"], "physio"),
    "recent-emergency": conversation(2, ["symptoms"], "emergency"),
    "recent-plain": conversation(3, ["outlook"]),
}


@dataclass
class Store:
    """A tracker store filled with CONVERSATIONS, and how the commands are pointed at it."""

    endpoints: Path
    env: Dict[str, str]
    rasa: Any  # Rasa's own store object on the same data, to read back what is left

    def event_counts(self) -> Dict[str, int]:
        counts = {}
        for key in asyncio.run(self.rasa.keys()):
            sender = key.decode() if isinstance(key, bytes) else key
            sender = sender[len(getattr(self.rasa, "key_prefix", "")):]  # Redis keys carry it
            tracker = asyncio.run(self.rasa.retrieve_full_tracker(sender))
            if tracker is not None and tracker.events:
                counts[sender] = len(tracker.events)
        return counts


def sqlite_store(workdir: Path) -> Iterator[Store]:
    """make run's embedded store: an SQLite file named by an endpoints file, no variables."""
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {workdir / 'tracker.db'}\n",
                         encoding="utf-8")
    store = SQLTrackerStore(DOMAIN, dialect="sqlite", db=str(workdir / "tracker.db"))
    yield Store(endpoints, {}, store)
    store.engine.dispose()


def postgres_store(workdir: Path) -> Iterator[Store]:
    """Production: deploy/endpoints.yml, with the DB_* variables as the replicas get them."""
    name = f"knee_ops_{uuid.uuid4().hex[:8]}"
    run_sql(f'CREATE DATABASE "{name}"')
    env = {"DB_HOST": PG["host"], "DB_PORT": str(PG["port"]), "DB_NAME": name, "DB_USER": PG["user"],
           "DB_PASSWORD": PG["password"], "ACTION_SERVER_URL": "http://actions:5055/webhook",
           "REDIS_HOST": "127.0.0.1", "REDIS_PORT": "6379", "REDIS_DB": "1"}
    store = SQLTrackerStore(DOMAIN, dialect="postgresql", host=PG["host"], port=PG["port"], db=name,
                            username=PG["user"], password=PG["password"])
    try:
        yield Store(ROOT / "deploy" / "endpoints.yml", env, store)
    finally:
        store.engine.dispose()
        run_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_store(workdir: Path) -> Iterator[Store]:
    """Rasa's Redis tracker store (the benchmark's), under a key prefix of its own."""
    prefix = f"kneeops{uuid.uuid4().hex[:8]}"
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(f"tracker_store:\n  type: redis\n  url: 127.0.0.1\n  port: 6379\n  db: 6\n"
                         f"  key_prefix: {prefix}\n", encoding="utf-8")
    store = RedisTrackerStore(DOMAIN, host="127.0.0.1", port=6379, db=6, key_prefix=prefix)
    try:
        yield Store(endpoints, {}, store)
    finally:
        for key in store.red.scan_iter(match=f"{prefix}:*"):
            store.red.delete(key)


STORES = {"sqlite": sqlite_store, "postgresql": postgres_store, "redis": redis_store}


@pytest.fixture(params=list(STORES))
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    for filled in STORES[request.param](tmp_path):
        for sender, events in CONVERSATIONS.items():
            asyncio.run(filled.rasa.save(DialogueStateTracker.from_events(sender, events)))
        yield filled


def command(store: Store, *args: str, env: Optional[Dict[str, str]] = None) -> str:
    done = subprocess.run([sys.executable, "-m", *args, "--endpoints", str(store.endpoints)], cwd=ROOT,
                          env=server_env({**store.env, **(env or {})}), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert SECRET_WORDS not in done.stdout + done.stderr
    return done.stdout


def test_retention_deletes_only_conversations_older_than_the_limit(store: Store) -> None:
    before = store.event_counts()
    assert set(before) == set(CONVERSATIONS)
    output = command(store, "ops.retention", env={"KNEE_RETENTION_DAYS": "30"})
    assert "Deleted 1 conversation(s)" in output
    assert store.event_counts() == {sender: count for sender, count in before.items() if sender != "old"}
    assert "Deleted 0 conversation(s)" in command(store, "ops.retention", "--days", "30")


def test_forget_deletes_one_persons_conversation_and_nothing_else(store: Store) -> None:
    before = store.event_counts()
    assert "Deleted that conversation" in command(store, "ops.forget", "--sender", "recent-emergency")
    after = store.event_counts()
    assert after == {sender: count for sender, count in before.items() if sender != "recent-emergency"}
    assert "nothing deleted" in command(store, "ops.forget", "--sender", "nobody")
    assert store.event_counts() == after


def test_report_counts_the_conversations_created(store: Store, tmp_path: Path) -> None:
    chart = tmp_path / "report.png"
    since, until = date.today() - timedelta(days=7), date.today()
    output = command(store, "ops.report", "--since", since.isoformat(), "--until", until.isoformat(),
                     "--chart", str(chart))
    lines = {" ".join(line.split()[:-1]): line.split()[-1] for line in output.splitlines()
             if line.strip() and line.split()[-1].isdigit()}
    assert lines["conversations"] == "3"  # the 40-day-old one is outside the range
    assert {key: lines[key] for key in ("what_is", "causes", "symptoms", "outlook")} == {
        "what_is": "1", "causes": "1", "symptoms": "1", "outlook": "1"}
    assert (lines["emergency"], lines["urgent"], lines["physio"], lines["self_care"]) == ("1", "0", "1", "0")
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_store_the_commands_cannot_use_gets_a_clear_message(tmp_path: Path) -> None:
    endpoints = tmp_path / "endpoints.yml"
    cases = {
        "action_endpoint:\n  url: http://localhost:5055/webhook\n": "names no tracker store",
        "tracker_store:\n  type: mongod\n  url: mongodb://localhost\n": "'mongod' tracker store",
        "tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: ${NO_SUCH_HOST_VARIABLE}\n": "NO_SUCH_HOST_VARIABLE",
    }
    for text, reason in cases.items():
        endpoints.write_text(text, encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "ops.retention", "--days", "30", "--endpoints",
                               str(endpoints)], cwd=ROOT, env=server_env(), capture_output=True,
                              text=True, timeout=120)
        assert done.returncode != 0 and reason in done.stderr, done.stderr[-1500:]
        assert "Traceback" not in done.stderr
