"""The production topology, natively (tests/deploy/conftest.py): PostgreSQL tracker store, Redis
lock store, two Rasa replicas of two Rasa processes each, one action server (deploy/endpoints.yml,
as compose runs it). A conversation moves between replicas turn by turn and keeps its slots; it
survives a replica killed mid-conversation and a restart of every server; messages sent at once
from one runner are processed one at a time and none is lost.
"""
from __future__ import annotations

import signal
import uuid
from concurrent.futures import ThreadPoolExecutor

from tests.expected import tier_text, topic_text
from tests.servers import user_and_bot_texts



def test_a_conversation_moves_between_replicas_and_survives_restarts(topology) -> None:
    a, b = topology["replicas"]
    sender = f"scale-{uuid.uuid4().hex[:8]}"
    assert a.send(sender, "what causes runner's knee?")[0]["text"] == topic_text("causes")
    assert b.tracker(sender)["slots"]["topic"] == "causes"  # B sees what A wrote
    assert b.send(sender, "tell me more about the hip part", worker=1)[0]["text"] != topic_text("causes")
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
    def send(number: int) -> list:  # spread over all four Rasa processes
        return (a, b)[number % 2].send(sender, texts[number], worker=number // 2 % 2)

    with ThreadPoolExecutor(max_workers=12) as pool:
        answers = list(pool.map(send, range(len(texts))))
    assert all(answer for answer in answers)
    kinds = user_and_bot_texts(a, sender)
    assert sorted(text for kind, text in kinds if kind == "user") == sorted(texts)
    # One at a time: each message is followed by its own reply before the next message starts.
    assert [kind for kind, _ in kinds] == ["user", "bot"] * len(texts)
