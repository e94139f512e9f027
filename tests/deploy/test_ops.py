"""Retention, forgetting one person and the clinic report, against a real PostgreSQL tracker
store filled through Rasa's own SQLTrackerStore: each removes or counts exactly what it should,
and none prints what a runner wrote."""
from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Dict, Iterator, List

import psycopg2
import pytest
from rasa.core.tracker_store import SQLTrackerStore
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


@pytest.fixture()
def database() -> Iterator[Dict[str, str]]:
    name = f"knee_ops_{uuid.uuid4().hex[:8]}"
    run_sql(f'CREATE DATABASE "{name}"')
    store = SQLTrackerStore(Domain.load(str(ROOT / "domain.yml")), dialect="postgresql",
                            host=PG["host"], port=PG["port"], db=name, username=PG["user"],
                            password=PG["password"])
    for sender, events in CONVERSATIONS.items():
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))
    store.engine.dispose()
    try:
        yield {"DB_HOST": PG["host"], "DB_PORT": str(PG["port"]), "DB_NAME": name,
               "DB_USER": PG["user"], "DB_PASSWORD": PG["password"]}
    finally:
        run_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def command(env: Dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=server_env(env),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def event_counts(env: Dict[str, str]) -> Dict[str, int]:
    connection = psycopg2.connect(dbname=env["DB_NAME"], **PG)
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT sender_id, count(*) FROM events GROUP BY sender_id")
        return dict(cursor.fetchall())
    finally:
        connection.close()


def test_retention_deletes_only_conversations_older_than_the_limit(database) -> None:
    before = event_counts(database)
    output = command({**database, "KNEE_RETENTION_DAYS": "30"}, "ops.retention")
    assert "Deleted 1 conversation(s)" in output
    after = event_counts(database)
    assert "old" not in after
    assert after == {sender: count for sender, count in before.items() if sender != "old"}


def test_forget_deletes_one_persons_conversation_and_nothing_else(database) -> None:
    before = event_counts(database)
    assert "Deleted that conversation" in command(database, "ops.forget", "--sender", "recent-emergency")
    after = event_counts(database)
    assert after == {sender: count for sender, count in before.items() if sender != "recent-emergency"}
    assert "nothing deleted" in command(database, "ops.forget", "--sender", "nobody")
    assert event_counts(database) == after


def test_report_counts_the_conversations_created(database, tmp_path: Path) -> None:
    chart = tmp_path / "report.png"
    since, until = date.today() - timedelta(days=7), date.today()
    output = command(database, "ops.report", "--since", since.isoformat(), "--until",
                     until.isoformat(), "--chart", str(chart))
    lines = {" ".join(line.split()[:-1]): line.split()[-1] for line in output.splitlines()
             if line.strip() and line.split()[-1].isdigit()}
    assert lines["conversations"] == "3"  # the 40-day-old one is outside the range
    assert {key: lines[key] for key in ("what_is", "causes", "symptoms", "outlook")} == {
        "what_is": "1", "causes": "1", "symptoms": "1", "outlook": "1"}
    assert (lines["emergency"], lines["urgent"], lines["physio"], lines["self_care"]) == ("1", "0", "1", "0")
    assert SECRET_WORDS not in output
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
