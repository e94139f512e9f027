"""A Redis lock store for several Rasa replicas and workers that never blocks the event loop.

Rasa processes one message of a conversation at a time, in arrival order, through its lock
store. Rasa 3.6's RedisLockStore reads, changes and writes a whole lock object with blocking
redis-py calls inside the event loop, so two messages of one runner arriving together race (one
ticket overwrites the other, and a waiter fails with "Could not acquire lock") and a slow Redis
stalls the worker. Here each conversation's queue is a Redis sorted set: a ticket is a number
from INCR, scored with its expiry time, and a message goes when its ticket is the smallest one
not yet expired. Every step is one atomic Redis command or transaction, made with redis.asyncio.

    lock_store:
      type: stores.lock_store.AtomicRedisLockStore
      url: localhost
      port: 6379
"""
from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore
from rasa.utils.endpoints import EndpointConfig

WAIT_BETWEEN_CHECKS_S = 0.02
KEY_PREFIX = "knee:lock:"


class AtomicRedisLockStore(LockStore):
    """`type: stores.lock_store.AtomicRedisLockStore` in endpoints.yml, with Redis's settings
    (url, port, db, password, use_ssl, key_prefix, socket_timeout)."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        import redis.asyncio

        settings = dict(endpoint_config.kwargs)
        self.key_prefix = KEY_PREFIX + (f"{settings.pop('key_prefix')}:" if settings.get("key_prefix") else "")
        self.red = redis.asyncio.Redis(
            host=endpoint_config.url or "localhost",
            port=int(settings.get("port", 6379)),
            db=int(settings.get("db", 1)),
            username=settings.get("username"),
            password=settings.get("password"),
            ssl=bool(settings.get("use_ssl", False)),
            socket_timeout=float(settings.get("socket_timeout", 10)),
        )
        super().__init__()

    def _keys(self, conversation_id: Text) -> tuple:
        base = f"{self.key_prefix}{conversation_id}"
        return f"{base}:queue", f"{base}:counter"

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: Text,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = WAIT_BETWEEN_CHECKS_S,
    ) -> AsyncGenerator[TicketLock, None]:
        queue, counter = self._keys(conversation_id)
        try:
            ticket = await self._issue(queue, counter, lock_lifetime)
        except Exception as error:  # Redis unreachable: Rasa's own error for a lock failure
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        try:
            await self._wait_for_turn(conversation_id, queue, ticket, wait_time_in_seconds)
            yield TicketLock(conversation_id)
        finally:
            await self.red.zrem(queue, ticket)

    async def _issue(self, queue: str, counter: str, lifetime: float) -> int:
        ticket = int(await self.red.incr(counter))
        async with self.red.pipeline(transaction=True) as pipe:
            pipe.zadd(queue, {ticket: time.time() + lifetime})
            pipe.expire(counter, int(lifetime) + 60)
            pipe.expire(queue, int(lifetime) + 60)
            await pipe.execute()
        return ticket

    async def _wait_for_turn(self, conversation_id: Text, queue: str, ticket: int, wait: float) -> None:
        while True:
            async with self.red.pipeline(transaction=True) as pipe:
                pipe.zremrangebyscore(queue, "-inf", time.time())  # tickets of crashed holders
                pipe.zrange(queue, 0, 0)
                pipe.zscore(queue, ticket)
                _, first, ours = await pipe.execute()
            if ours is None:  # our own ticket expired while we waited
                raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            if int(first[0]) == ticket:
                return
            await asyncio.sleep(wait)

    # Rasa calls only lock(); these keep the LockStore interface honest.
    def get_lock(self, conversation_id: Text) -> Any:
        raise NotImplementedError("AtomicRedisLockStore is used through lock() only")
