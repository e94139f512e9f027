"""PostgreSQL, the production tracker store, unavailable for a moment: the runner still gets an
answer, the conversation carries on when the database is back, and no earlier event is lost.

Needs PostgreSQL on loopback (tests/postgres.py says where and how).
"""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Tuple

import pytest

from tests.postgres import PG, run_sql
from tests.reliability.test_faults import APOLOGY, new_sender
from tests.servers import Stack, running_stack, user_and_bot_texts
from tests.expected import topic_text


@pytest.fixture(scope="module")
def pg_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[Stack, str]]:
    database = f"knee_test_{uuid.uuid4().hex[:8]}"
    run_sql(f'CREATE DATABASE "{database}"')
    store = (f"tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: {PG['host']}\n"
             f"  port: {PG['port']}\n  db: {database}\n  username: {PG['user']}\n"
             f"  password: {PG['password']}\n")
    try:
        with running_stack(Path(tmp_path_factory.mktemp("pg")), tracker_store=store) as stack:
            yield stack, database
    finally:
        run_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@contextmanager
def database_down(database: str) -> Iterator[None]:
    """Refuse new connections to `database` and cut the open ones, as a restart would."""
    run_sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
    run_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", database)
    try:
        yield
    finally:
        run_sql(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')


def test_postgres_outage_is_answered_and_loses_no_earlier_event(pg_stack: Tuple[Stack, str]) -> None:
    stack, database = pg_stack
    sender = new_sender()
    assert stack.send(sender, "what is runner's knee?")[0]["text"] == topic_text("what_is")
    assert stack.send(sender, "what causes it?")[0]["text"] == topic_text("causes")
    before = user_and_bot_texts(stack, sender)

    with database_down(database):
        replies = stack.send(sender, "why doesn't rest fix it?")
    assert replies and replies[0]["text"] in (APOLOGY, topic_text("why_rest_fails"))
    assert "trying to retrieve conversation tracker from 'SQLTrackerStore'" in stack.logs()

    assert stack.send(sender, "how does physio help?")[0]["text"] == topic_text("pt_approach")
    after = user_and_bot_texts(stack, sender)
    assert after[:len(before)] == before  # every earlier event, in order
    assert after[-2:] == [("user", "how does physio help?"), ("bot", topic_text("pt_approach"))]
