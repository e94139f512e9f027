"""Faults behind the channel: the runner gets an apology with the clinic's contact instead of
silence, and the assistant recovers when the fault clears, losing nothing from before."""
from __future__ import annotations

import sqlite3
import time
import uuid

from knee.content import load_content
from tests.conftest import REPLY_DEADLINE_S
from tests.servers import Stack, user_and_bot_texts
from tests.socket_client import SocketChat
from tests.expected import topic_text, apology

CONTENT = load_content()
APOLOGY = apology()


def new_sender() -> str:
    return f"fault-{uuid.uuid4().hex[:8]}"


def test_action_server_down_gets_an_apology_then_recovers(stack: Stack) -> None:
    sender = new_sender()
    assert stack.send(sender, "what is runner's knee?")[0]["text"] == topic_text("what_is")
    chat = SocketChat(stack.url)
    stack.actions.stop()
    try:
        replies = stack.send(sender, "what causes it?")
        assert [reply["text"] for reply in replies] == [APOLOGY]
        assert CONTENT.clinic.phone in APOLOGY and CONTENT.clinic.emergency_number in APOLOGY
        assert [reply["text"] for reply in chat.ask("what causes it?")] == [APOLOGY]
    finally:
        stack.actions.start()
        stack.actions.wait_ready()
        chat.close()
    assert stack.send(sender, "why doesn't rest fix it?")[0]["text"] == topic_text("why_rest_fails")
    texts = user_and_bot_texts(stack, sender)
    assert ("user", "what is runner's knee?") in texts and ("bot", topic_text("what_is")) in texts


def test_slow_action_server_gets_an_apology_in_time(stack: Stack) -> None:
    sender = new_sender()
    stack.actions.pause()
    try:
        started = time.monotonic()
        replies = stack.send(sender, "how does physio help?")
        waited = time.monotonic() - started
    finally:
        stack.actions.resume()
    assert [reply["text"] for reply in replies] == [APOLOGY]
    assert REPLY_DEADLINE_S - 1 < waited < REPLY_DEADLINE_S + 5
    # The real answer still lands in the conversation once the action server answers.
    deadline = time.monotonic() + 30
    while ("bot", topic_text("pt_approach")) not in user_and_bot_texts(stack, sender):
        assert time.monotonic() < deadline, "the late answer never reached the tracker"
        time.sleep(0.5)
    assert stack.send(sender, "what is runner's knee?")[0]["text"] == topic_text("what_is")


def test_content_broken_while_running_keeps_the_old_content(stack: Stack) -> None:
    education = stack.content_dir / "education.yml"
    good = education.read_text(encoding="utf-8")
    education.write_text(good.replace("  causes:\n", "  causes: [\n", 1), encoding="utf-8")
    try:
        replies = stack.send(new_sender(), "what causes runner's knee?")
        assert replies[0]["text"] == topic_text("causes")
        assert "Content change rejected" in stack.logs()
        assert "education.yml" in stack.logs()
    finally:
        education.write_text(good, encoding="utf-8")


def test_tracker_store_locked_for_a_moment_answers_and_loses_nothing(stack: Stack) -> None:
    sender = new_sender()
    stack.send(sender, "hello")
    stack.send(sender, "what is runner's knee?")
    before = user_and_bot_texts(stack, sender)
    database = sqlite3.connect(stack.workdir / "tracker.db", timeout=30, isolation_level=None)
    database.execute("BEGIN EXCLUSIVE")  # nobody else can read or write until we let go
    try:
        replies = stack.send(sender, "what causes it?")
    finally:
        database.execute("ROLLBACK")
        database.close()
    assert [reply["text"] for reply in replies] in ([APOLOGY], [topic_text("causes")])
    assert stack.send(sender, "why doesn't rest fix it?")[0]["text"] == topic_text("why_rest_fails")
    after = user_and_bot_texts(stack, sender)
    assert after[: len(before)] == before
    assert after[-2:] == [("user", "why doesn't rest fix it?"), ("bot", topic_text("why_rest_fails"))]
