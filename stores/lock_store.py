"""Rasa's Redis lock store, with every change to a conversation's lock made atomically.

Rasa 3.6's RedisLockStore changes a lock by reading it, changing it in Python and writing it
back. With several Sanic workers and replicas, two messages from one runner arriving together
race: one ticket overwrites the other, or a finishing message deletes the lock while another
waits, and the waiter fails with "Could not acquire lock" (seen here: 1 of 12 messages sent at
once over two replicas got an apology instead of being processed). Here each read-change-write
runs under a short Redis mutex for that conversation, and a waiting message checks again every
20 ms instead of every second, so queued messages follow each other closely.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import AsyncGenerator, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

MUTEX_TIMEOUT_S = 5.0
WAIT_BETWEEN_CHECKS_S = 0.02


class AtomicRedisLockStore(RedisLockStore):
    """`type: stores.lock_store.AtomicRedisLockStore` in endpoints.yml, with Redis's settings."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url or "localhost", **endpoint_config.kwargs)

    def _mutex(self, conversation_id: Text):  # type: ignore[no-untyped-def]
        return self.red.lock(f"{self.key_prefix}{conversation_id}:mutex", timeout=MUTEX_TIMEOUT_S,
                             blocking_timeout=MUTEX_TIMEOUT_S, sleep=0.002)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            with self._mutex(conversation_id):
                lock = self.get_or_create_lock(conversation_id)
                ticket = lock.issue_ticket(lock_lifetime)
                self.save_lock(lock)
                return ticket
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = WAIT_BETWEEN_CHECKS_S,
    ) -> AsyncGenerator[TicketLock, None]:
        async with super().lock(conversation_id, lock_lifetime, wait_time_in_seconds) as lock:
            yield lock
