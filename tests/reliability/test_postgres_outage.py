"""PostgreSQL, the production tracker store, unavailable for a moment or refusing a write: the
runner still gets an answer, the conversation carries on when the database is back, no earlier
event is lost, and the database's errors (with their tracebacks) reach the logs without what the
runner wrote.

Needs PostgreSQL on loopback (tests/postgres.py says where and how).
"""
from __future__ import annotations

import asyncio
import io
import logging
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Tuple

import pytest
import sqlalchemy
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic.log import error_logger

from tests.postgres import PG, run_sql
from tests.expected import topic_text
from tests.reliability.test_faults import APOLOGY, new_sender
from tests.servers import ROOT, Stack, running_stack, user_and_bot_texts


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


@contextmanager
def refusing_rows_with(database: str, words: str) -> Iterator[None]:
    """A real constraint violation for any event holding `words`: PostgreSQL's error then quotes
    the failing row (DETAIL: Failing row contains ..., each value cut at 64 bytes: the message's
    first words) and SQLAlchemy would add the statement's parameters (all of it)."""
    run_sql(f"ALTER TABLE events ADD CONSTRAINT refuses_marker CHECK (data NOT LIKE '%{words}%') NOT VALID",
            database=database)
    try:
        yield
    finally:
        run_sql("ALTER TABLE events DROP CONSTRAINT refuses_marker", database=database)


def test_a_refused_write_is_logged_without_the_runners_words(pg_stack: Tuple[Stack, str]) -> None:
    stack, database = pg_stack
    sender, marker = new_sender(), f"zebra{uuid.uuid4().hex[:8]}"
    assert stack.send(sender, "what is runner's knee?")[0]["text"] == topic_text("what_is")
    with refusing_rows_with(database, marker):
        replies = stack.send(sender, f"my knee hurts since the {marker} race")
    assert replies  # answered all the same
    logs = stack.logs()
    assert "violates check constraint" in logs  # the database error was logged...
    assert "DETAIL: [parameters hidden]" in logs
    assert marker not in logs and '"text": "my k' not in logs  # ...without the message
    assert stack.send(sender, "how does physio help?")[0]["text"] == topic_text("pt_approach")


def test_a_database_error_traceback_is_logged_without_the_runners_words(
        pg_stack: Tuple[Stack, str]) -> None:
    """Rasa's store raising a real database error, logged with its traceback by Rasa's logger and
    by Sanic's error handler's, as an unhandled error in a request would be."""
    _, database = pg_stack
    marker = f"zebra{uuid.uuid4().hex[:8]}"
    store = SQLTrackerStore(Domain.load(str(ROOT / "domain.yml")), dialect="postgresql",
                            host=PG["host"], port=PG["port"], db=database, username=PG["user"],
                            password=PG["password"])
    tracker = DialogueStateTracker.from_events(new_sender(), [
        ActionExecuted("action_listen"), UserUttered(f"my knee swells after the {marker} race")])
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    loggers = [logging.getLogger("rasa.core.tracker_store"), error_logger]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        with refusing_rows_with(database, marker), pytest.raises(sqlalchemy.exc.IntegrityError) as failure:
            asyncio.run(store.save(tracker))
        for logger in loggers:
            try:
                raise RuntimeError("saving the conversation failed") from failure.value
            except RuntimeError:
                logger.exception("Exception occurred while handling uri: 'http://x/webhooks/rest/webhook'")
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
        store.engine.dispose()
    # The database's own message quotes the failing row, with the start of the message...
    assert '"text": "my k' in str(failure.value)
    # ...and SQLAlchemy, at the source, leaves the statement's parameters out.
    assert "[SQL parameters hidden due to hide_parameters=True]" in str(failure.value)
    assert marker not in str(failure.value)
    logged = output.getvalue()
    assert logged.count("Traceback (most recent call last)") >= 2
    assert "violates check constraint" in logged
    assert '"text": "my k' not in logged and marker not in logged
