"""The tracker cache on the Redis tracker store (server/rasa_changes.py 5): a worker uses the
conversation it saved while the stored value is still its own, saves with one round trip, and
every read and save gives Rasa's own answer. Two store objects stand for two workers."""
from __future__ import annotations

import asyncio
import uuid
from typing import Iterator, List, Tuple

import pytest
from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

from server.rasa_changes import RASA_ORIGINALS
from tests.unit.test_tracker_cache import CONVERSATION, DOMAIN, answer, user

REDIS = dict(host="127.0.0.1", port=6379, db=8)


@pytest.fixture()
def stores() -> Iterator[Tuple[RedisTrackerStore, RedisTrackerStore]]:
    first, second = (RedisTrackerStore(DOMAIN, **REDIS, record_exp=600) for _ in range(2))
    yield first, second
    first.red.flushdb()


def run(coroutine):
    return asyncio.run(coroutine)


def sender() -> str:
    return f"redis-{uuid.uuid4().hex[:8]}"


def rasa_read(store: RedisTrackerStore, sender_id: str) -> DialogueStateTracker:
    return run(RASA_ORIGINALS["RedisTrackerStore.retrieve"](store, sender_id))


def events_of(tracker: DialogueStateTracker) -> List[dict]:
    return [event.as_dict() for event in tracker.events]


def a_turn(text: str, topic: str) -> List[Event]:
    return [*user(text, "ask"), *answer(topic)]


def kept_by(store: RedisTrackerStore, runner: str) -> DialogueStateTracker:
    """A conversation of ten events stored, then read and saved by `store`, which keeps it."""
    run(store.save(DialogueStateTracker.from_events(runner, CONVERSATION[:10], DOMAIN.slots)))
    read = run(store.retrieve(runner))
    run(store.save(read))
    return read


def test_a_worker_reads_back_what_it_saved_without_parsing_it(stores) -> None:
    a, _ = stores
    runner = sender()
    read = kept_by(a, runner)
    again = run(a.retrieve(runner))
    assert again is read  # from this worker's memory
    for event in a_turn("what causes it?", "causes"):
        again.update(event)
    run(a.save(again))
    assert run(a.retrieve(runner)) is again
    assert events_of(again) == events_of(rasa_read(a, runner)) and len(again.events) == 15
    assert 0 < a.red.ttl(a.key_prefix + runner) <= 600  # the store's expiry, as Rasa sets it


def test_what_another_worker_saved_is_read_not_the_kept_copy(stores) -> None:
    a, b = stores
    runner = sender()
    kept = kept_by(a, runner)
    at_b = run(b.retrieve(runner))
    for event in a_turn("what causes it?", "causes"):
        at_b.update(event)
    run(b.save(at_b))
    back_at_a = run(a.retrieve(runner))
    assert back_at_a is not kept
    assert events_of(back_at_a) == events_of(at_b) == events_of(rasa_read(a, runner))


def test_a_tracker_changed_but_not_saved_is_never_handed_out_again(stores) -> None:
    a, _ = stores
    runner = sender()
    kept_by(a, runner)
    kept = run(a.retrieve(runner))
    for event in a_turn("lost message", "causes"):
        kept.update(event)  # handling failed before the save
    fresh = run(a.retrieve(runner))
    assert fresh is not kept and len(fresh.events) == 10


def saved_while_another_wrote(a: RedisTrackerStore, b: RedisTrackerStore, runner: str, as_rasa: bool) -> List[dict]:
    """a reads the conversation, b adds a turn and saves, then a adds its own and saves."""
    retrieve = (lambda store: run(RASA_ORIGINALS["RedisTrackerStore.retrieve"](store, runner))) if as_rasa \
        else (lambda store: run(store.retrieve(runner)))
    save = (lambda store, tracker: run(RASA_ORIGINALS["RedisTrackerStore.save"](store, tracker))) if as_rasa \
        else (lambda store, tracker: run(store.save(tracker)))
    save(a, DialogueStateTracker.from_events(runner, CONVERSATION[:10], DOMAIN.slots))
    at_a, at_b = retrieve(a), retrieve(b)
    for event in SECOND_TURN:
        at_b.update(event)
    save(b, at_b)
    for event in THIRD_TURN:
        at_a.update(event)
    save(a, at_a)
    return events_of(run(a.retrieve_full_tracker(runner)))


SECOND_TURN, THIRD_TURN = a_turn("what causes it?", "causes"), a_turn("and the outlook?", "outlook")


def test_a_conversation_changed_since_it_was_read_is_merged_as_rasa_merges_it(stores) -> None:
    a, b = stores
    ours = saved_while_another_wrote(a, b, sender(), as_rasa=False)
    rasas = saved_while_another_wrote(a, b, sender(), as_rasa=True)
    assert ours == rasas and len(ours) == 20


def test_a_new_session_is_read_and_saved_as_rasa_does(stores) -> None:
    a, b = stores
    runner = sender()
    start = CONVERSATION.index(SessionStarted(), 2) - 1  # the second action_session_start
    tracker = DialogueStateTracker.from_events(runner, CONVERSATION[:start], DOMAIN.slots)
    run(a.save(tracker))
    tracker = run(a.retrieve(runner))
    for event in CONVERSATION[start:]:
        tracker.update(event)
    run(a.save(tracker))
    for store in (a, b):
        assert events_of(run(store.retrieve(runner))) == events_of(rasa_read(store, runner))
        assert events_of(rasa_read(store, runner)) == [event.as_dict() for event in CONVERSATION[start:]]
    assert events_of(run(a.retrieve_full_tracker(runner))) == [event.as_dict() for event in CONVERSATION]
