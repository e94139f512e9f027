"""Changes 5 to 7 of server/rasa_changes.py (installed by tests/conftest.py): a conversation kept
in memory between messages, its dialogue states extended instead of replayed, and action calls
carrying the current turn. Each must give Rasa's own answer: the same events from the store,
the same states, the same slots and latest message for the action server."""
from __future__ import annotations

import asyncio
import itertools
from pathlib import Path
from typing import List

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    BotUttered,
    Event,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from server.rasa_changes import RASA_ORIGINALS

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [greet, ask, inform, stop]
entities: [aspect]
slots:
  level:
    type: categorical
    values: [low, high]
    influence_conversation: true
    mappings: [{type: custom}]
  topic:
    type: text
    influence_conversation: false
    mappings: [{type: custom}]
  answer:
    type: text
    influence_conversation: false
    mappings: [{type: from_text, conditions: [{active_loop: a_form, requested_slot: answer}]}]
forms:
  a_form:
    required_slots: [answer]
actions: [action_respond]
""")


def user(text: str, intent: str) -> List[Event]:
    return [ActionExecuted("action_listen"),
            UserUttered(text, {"name": intent, "confidence": 1.0}, [{"entity": "aspect", "value": "hip"}])]


def answer(topic: str, *extra: Event) -> List[Event]:
    return [ActionExecuted("action_respond"), BotUttered(f"about {topic}"), SlotSet("topic", topic), *extra]


# A conversation with everything that rewrites the past: a form, reverts, a restart, a new session.
CONVERSATION: List[Event] = [
    ActionExecuted("action_session_start"), SessionStarted(), *user("hi", "greet"), *answer("greeting"),
    *user("what causes it?", "ask"), *answer("causes", SlotSet("level", "high")),
    *user("check my knee", "ask"), ActionExecuted("a_form"), ActiveLoop("a_form"),
    SlotSet("requested_slot", "answer"), *user("it swells", "inform"), SlotSet("answer", "it swells"),
    ActionExecuted("a_form"), ActiveLoop(None), SlotSet("requested_slot", None), *answer("symptoms"),
    *user("oops", "inform"), UserUtteranceReverted(), *user("why rest fails", "ask"),
    ActionExecuted("action_respond"), ActionReverted(), *answer("why_rest_fails"),
    *user("start again", "stop"), Restarted(), *user("hi again", "greet"), *answer("greeting"),
    ActionExecuted("action_session_start"), SessionStarted(), SlotSet("level", "low"),
    *user("outlook?", "ask"), *answer("outlook"), *user("thanks", "greet"), *answer("thanks"),
]

FLAGS = [dict(), dict(omit_unset_slots=True),
         dict(ignore_rule_only_turns=True, rule_only_data={"rule_only_slots": ["topic"],
                                                            "rule_only_loops": []})]


@pytest.mark.parametrize("flags", FLAGS)
def test_states_extended_event_by_event_are_rasas_states(flags: dict) -> None:
    rasa_states = RASA_ORIGINALS["Domain.states_for_tracker_history"]
    tracker = DialogueStateTracker("states", DOMAIN.slots)
    for event in CONVERSATION:
        tracker.update(event)
        ours = DOMAIN.states_for_tracker_history(tracker, **flags)
        assert ours == rasa_states(DOMAIN, tracker, **flags), event
        ours[-1].clear()  # callers edit what they get; the next answer must not change
        assert DOMAIN.states_for_tracker_history(tracker, **flags) == rasa_states(DOMAIN, tracker, **flags)


def test_states_of_a_tracker_whose_events_were_replaced_are_worked_out_again() -> None:
    rasa_states = RASA_ORIGINALS["Domain.states_for_tracker_history"]
    tracker = DialogueStateTracker.from_events("replaced", CONVERSATION[:12], DOMAIN.slots)
    DOMAIN.states_for_tracker_history(tracker)
    tracker.events.clear()
    for event in CONVERSATION[:9]:
        tracker.update(event)
    assert DOMAIN.states_for_tracker_history(tracker) == rasa_states(DOMAIN, tracker)


# The tracker cache: two store objects on one database stand for two workers (or replicas).


@pytest.fixture()
def stores(tmp_path: Path):
    db = str(tmp_path / "tracker.db")
    first, second = (SQLTrackerStore(DOMAIN, dialect="sqlite", db=db) for _ in range(2))
    yield first, second
    for store in (first, second):
        store.engine.dispose()


def run(coroutine):
    return asyncio.run(coroutine)


def rasa_read(store: SQLTrackerStore, sender: str) -> DialogueStateTracker:
    return run(RASA_ORIGINALS["SQLTrackerStore.retrieve"](store, sender))


def turn(tracker: DialogueStateTracker, text: str, topic: str) -> None:
    for event in [*user(text, "ask"), *answer(topic)]:
        tracker.update(event)


def test_a_worker_reads_back_what_it_saved_without_replaying(stores) -> None:
    a, _ = stores
    tracker = DialogueStateTracker.from_events("runner", CONVERSATION[1:9], DOMAIN.slots)
    run(a.save(tracker))
    again = run(a.retrieve("runner"))
    assert again is tracker  # from this worker's memory
    turn(again, "what causes it?", "causes")
    run(a.save(again))
    assert list(run(a.retrieve("runner")).events) == list(rasa_read(a, "runner").events)


def test_events_another_worker_added_are_read_and_applied(stores) -> None:
    a, b = stores
    run(a.save(DialogueStateTracker.from_events("moving", CONVERSATION[1:9], DOMAIN.slots)))
    at_a = run(a.retrieve("moving"))
    run(a.save(at_a))  # a keeps it
    at_b = run(b.retrieve("moving"))
    turn(at_b, "what causes it?", "causes")
    at_b.update(SlotSet("level", "high"))
    run(b.save(at_b))
    back_at_a = run(a.retrieve("moving"))
    assert back_at_a is at_a  # the same object, brought up to date
    assert list(back_at_a.events) == list(rasa_read(a, "moving").events)
    assert back_at_a.get_slot("level") == "high" and back_at_a.get_slot("topic") == "causes"


def test_a_tracker_changed_but_not_saved_is_never_handed_out_again(stores) -> None:
    a, _ = stores
    run(a.save(DialogueStateTracker.from_events("unsaved", CONVERSATION[1:9], DOMAIN.slots)))
    tracker = run(a.retrieve("unsaved"))
    turn(tracker, "lost message", "causes")  # handling failed before the save
    fresh = run(a.retrieve("unsaved"))
    assert fresh is not tracker and len(fresh.events) == 8


def test_a_forgotten_conversation_is_gone_for_every_worker(stores) -> None:
    a, _ = stores
    run(a.save(DialogueStateTracker.from_events("forgotten", CONVERSATION[1:9], DOMAIN.slots)))
    with a.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM events WHERE sender_id = 'forgotten'")
    assert run(a.retrieve("forgotten")) is None


def test_a_new_session_reads_only_that_session_as_rasa_does(stores) -> None:
    a, b = stores
    # A session holds the events from its SessionStarted on (Rasa compares timestamps).
    start = CONVERSATION.index(SessionStarted(), 2)
    tracker = DialogueStateTracker.from_events("sessions", CONVERSATION[1:start], DOMAIN.slots)
    run(a.save(tracker))
    tracker = run(a.retrieve("sessions"))
    for event in CONVERSATION[start:]:
        tracker.update(event)
    run(a.save(tracker))
    for store in (a, b):
        assert list(run(store.retrieve("sessions")).events) == list(rasa_read(store, "sessions").events)
        assert list(rasa_read(store, "sessions").events) == CONVERSATION[start:]


# Action calls carry the slots, latest message and the current turn.


def test_the_action_server_gets_the_current_turn_and_every_slot() -> None:
    tracker = DialogueStateTracker.from_events("action", CONVERSATION[:18], DOMAIN.slots)
    action = RemoteAction("action_respond", EndpointConfig("http://localhost:5055/webhook"))
    sent = action._action_call_format(tracker, DOMAIN)
    rasas = RASA_ORIGINALS["RemoteAction._action_call_format"](action, tracker, DOMAIN)
    latest_user = max(i for i, event in enumerate(CONVERSATION[:18]) if isinstance(event, UserUttered))
    assert sent["tracker"]["events"] == [event.as_dict() for event in CONVERSATION[latest_user:18]]
    rasas["tracker"]["events"] = sent["tracker"]["events"]
    assert sent == rasas
    assert sent["tracker"]["slots"]["level"] == "high"
    assert sent["tracker"]["latest_message"]["text"] == "check my knee"


def test_every_prefix_of_the_conversation_reads_back_as_rasa_stores_it(stores) -> None:
    a, b = stores
    for size in itertools.chain(range(2, 20, 3), [len(CONVERSATION)]):
        sender = f"prefix-{size}"
        store = (a, b)[size % 2]
        run(store.save(DialogueStateTracker.from_events(sender, CONVERSATION[1:size], DOMAIN.slots)))
        for reader in (a, b):
            ours = run(reader.retrieve(sender))
            assert list(ours.events) == list(rasa_read(reader, sender).events)
            run(reader.save(ours))
