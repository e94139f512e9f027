"""Redis lock store (server/rasa_changes.py 9): processes that take a ticket for the same
conversation at the same moment each get their own, so no two handle it at once."""
from __future__ import annotations

import threading
import time
import uuid

import pytest
from rasa.core.lock import TicketLock
from rasa.core.lock_store import RedisLockStore

PROCESSES = 16


def test_tickets_taken_at_the_same_moment_are_all_different(monkeypatch: pytest.MonkeyPatch) -> None:
    # each process takes a moment between reading the lock and writing it back, as a busy one does
    issue = TicketLock.issue_ticket

    def slow_issue(self: TicketLock, *args: object) -> int:
        time.sleep(0.005)
        return issue(self, *args)

    monkeypatch.setattr(TicketLock, "issue_ticket", slow_issue)
    conversation = f"lock-{uuid.uuid4().hex[:8]}"
    stores = [RedisLockStore(host="127.0.0.1", port=6379, db=7) for _ in range(PROCESSES)]
    start = threading.Barrier(PROCESSES)
    tickets: list = []

    def take(store: RedisLockStore) -> None:
        start.wait()
        tickets.append(store.issue_ticket(conversation))

    threads = [threading.Thread(target=take, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(tickets) == list(range(PROCESSES))
    lock = stores[0].get_lock(conversation)
    assert len(lock.tickets) == PROCESSES
    # each finished ticket leaves the others waiting; the last one removes the lock
    for store, ticket in zip(stores, sorted(tickets)):
        store.cleanup(conversation, ticket)
    assert stores[0].get_lock(conversation) is None


def test_a_lock_reads_back_as_rasa_writes_it_and_expired_tickets_go() -> None:
    store = RedisLockStore(host="127.0.0.1", port=6379, db=7)
    conversation = f"lock-{uuid.uuid4().hex[:8]}"
    first = store.issue_ticket(conversation, lock_lifetime=0.05)
    second = store.issue_ticket(conversation, lock_lifetime=60)
    assert (first, second) == (0, 1)
    lock = store.get_lock(conversation)  # Rasa's own reader
    assert lock.conversation_id == conversation
    assert [ticket.number for ticket in lock.tickets] == [0, 1]
    assert lock.tickets[1].expires == pytest.approx(time.time() + 60, abs=2)
    time.sleep(0.1)
    store.update_lock(conversation)  # the first ticket expired: the second is served
    assert not store.get_lock(conversation).is_locked(second)
    assert store.issue_ticket(conversation) == 2
    store.cleanup(conversation, 2)
    assert [ticket.number for ticket in store.get_lock(conversation).tickets] == [1]
    # a lock Rasa wrote itself is read and changed alike
    rasa_lock = TicketLock(conversation)
    rasa_lock.issue_ticket(60)
    store.save_lock(rasa_lock)
    assert store.issue_ticket(conversation) == 1
    store.cleanup(conversation, 0)
    store.cleanup(conversation, 1)
    assert store.get_lock(conversation) is None
    store.update_lock(conversation)  # no lock: nothing to change, none made
    assert store.get_lock(conversation) is None
