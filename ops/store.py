"""The tracker store an endpoints file names, for the privacy and report commands.

The commands read `--endpoints` as Rasa's own commands do (environment variables filled in, Rasa's
rules for the store's address), so they work on whatever store the assistant runs on: the
embedded SQLite file of `make run` (endpoints.yml), PostgreSQL in production
(deploy/endpoints.yml with the DB_* variables), any other SQL database Rasa supports, and Redis.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator, List, Optional, Sequence, Tuple

SECONDS_PER_DAY = 86400
Row = Tuple[str, str, Optional[str]]  # sender_id, event type, the event as JSON
CHUNK = 500  # senders per statement (SQLite allows 999 parameters)
SUPPORTED = "SQL (SQLite, PostgreSQL, ...) and Redis"


class StoreError(SystemExit):
    """The endpoints file names no store the commands can work on; the message says why."""


class TrackerStore:
    """What the commands need from a store: who went quiet, deleting, and events in a range."""

    def inactive_senders(self, cutoff: float) -> List[str]:
        """Senders whose latest event is older than `cutoff` (a Unix time)."""
        raise NotImplementedError

    def delete(self, senders: Sequence[str]) -> int:
        """Delete every event of `senders`; return how many events there were."""
        raise NotImplementedError

    def rows(self, start: float, end: float) -> Iterator[Row]:
        """User and slot events with start <= timestamp < end, in stored order."""
        raise NotImplementedError


@dataclass
class SQLStore(TrackerStore):
    """Rasa's SQLTrackerStore's `events` table, through an engine that never logs parameters."""

    engine: Any

    def _has_events(self) -> bool:
        import sqlalchemy

        return sqlalchemy.inspect(self.engine).has_table("events")

    def inactive_senders(self, cutoff: float) -> List[str]:
        from sqlalchemy import text

        if not self._has_events():
            return []
        with self.engine.connect() as connection:
            return [row[0] for row in connection.execute(
                text("SELECT sender_id FROM events GROUP BY sender_id HAVING max(timestamp) < :cutoff"),
                {"cutoff": cutoff},
            )]

    def delete(self, senders: Sequence[str]) -> int:
        from sqlalchemy import bindparam, text

        if not senders or not self._has_events():
            return 0
        statement = text("DELETE FROM events WHERE sender_id IN :senders").bindparams(
            bindparam("senders", expanding=True))
        deleted = 0
        with self.engine.begin() as connection:  # all or nothing
            for first in range(0, len(senders), CHUNK):
                chunk = list(senders[first:first + CHUNK])
                deleted += connection.execute(statement, {"senders": chunk}).rowcount
        return deleted

    def rows(self, start: float, end: float) -> Iterator[Row]:
        from sqlalchemy import text

        if not self._has_events():
            return
        with self.engine.connect() as connection:
            yield from connection.execute(
                text("SELECT sender_id, type_name, data FROM events WHERE type_name IN ('user', 'slot')"
                     " AND timestamp >= :start AND timestamp < :end ORDER BY id"),
                {"start": start, "end": end},
            )


@dataclass
class RedisStore(TrackerStore):
    """Rasa's RedisTrackerStore: one key per conversation holding all its events."""

    red: Any
    prefix: str

    def _conversations(self) -> Iterator[Tuple[str, List[dict]]]:
        for key in self.red.scan_iter(match=f"{self.prefix}*"):
            stored = self.red.get(key)
            if stored is not None:
                name = key.decode() if isinstance(key, bytes) else key
                yield name[len(self.prefix):], json.loads(stored).get("events", [])

    def inactive_senders(self, cutoff: float) -> List[str]:
        return [sender for sender, events in self._conversations()
                if max((event.get("timestamp") or 0 for event in events), default=0) < cutoff]

    def delete(self, senders: Sequence[str]) -> int:
        deleted = 0
        for sender in senders:
            stored = self.red.get(f"{self.prefix}{sender}")
            if stored is not None:
                deleted += len(json.loads(stored).get("events", []))
                self.red.delete(f"{self.prefix}{sender}")
        return deleted

    def rows(self, start: float, end: float) -> Iterator[Row]:
        for sender, events in self._conversations():
            for event in events:
                if event.get("event") in ("user", "slot") and start <= (event.get("timestamp") or 0) < end:
                    yield sender, event["event"], json.dumps(event)


def open_store(endpoints: str) -> TrackerStore:
    """The tracker store `endpoints` names, or StoreError saying what is wrong."""
    from rasa.shared.exceptions import RasaException
    from rasa.utils.endpoints import read_endpoint_config

    try:
        config = read_endpoint_config(endpoints, "tracker_store")
    except (RasaException, OSError, ValueError) as error:  # e.g. an unset ${VARIABLE}
        raise StoreError(f"Cannot read the tracker store from {endpoints}: {error}") from None
    if config is None:
        raise StoreError(f"{endpoints} names no tracker store (or does not exist): Rasa then keeps "
                         "conversations in memory only, and there is nothing to work on.")
    kind = (config.type or "").lower()
    settings = dict(config.kwargs)
    if kind == "sql":
        return SQLStore(_sql_engine(config.url, settings))
    if kind == "redis":
        from rasa.core.tracker_store import RedisTrackerStore

        store = RedisTrackerStore(None, host=config.url or "localhost", **settings)  # type: ignore[arg-type]
        return RedisStore(store.red, store.key_prefix)
    raise StoreError(f"{endpoints} names a {config.type!r} tracker store; these commands work on "
                     f"{SUPPORTED} stores.")


def _sql_engine(host: Optional[str], settings: dict) -> Any:
    """The engine Rasa's SQLTrackerStore would use, with hide_parameters so that no statement's
    values (what runners wrote) reach an error message."""
    import sqlalchemy
    from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs

    port = settings.get("port")
    url = SQLTrackerStore.get_db_url(
        settings.get("dialect", "sqlite"), host, int(port) if port else None, settings.get("db", "rasa.db"),
        settings.get("username"), settings.get("password"), None, settings.get("query"),
    )
    return sqlalchemy.create_engine(url, **dict(create_engine_kwargs(url), hide_parameters=True))


def add_endpoints_option(parser: Any) -> None:
    parser.add_argument("--endpoints", default="endpoints.yml",
                        help="the endpoints file naming the tracker store, as for rasa run "
                             "(default: endpoints.yml)")
