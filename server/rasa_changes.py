"""Every change this project makes to Rasa's own behaviour, installed by one call: install().

Each entry point calls it before Rasa does any work: `python -m server` (make run, make chat,
training, the containers), tests/conftest.py and scripts/evaluate_nlu.py. Each change was written
for, and checked against, Rasa 3.6; install() refuses any other version, so an upgrade means
reading these again. The changes, and why:

1. Action server answers are validated with a JSON Schema validator built once. Rasa checks the
   schema itself against its meta-schema on every answer: 52 % of the Rasa server's time in a
   profile of the soak test.
2. Event classes are looked up by name in a table. Rasa lists every Event subclass by reflection
   for every stored event it reads back: 9 % of the Rasa server's time in a benchmark profile.
3. Action calls go over kept-alive connections, one client session per endpoint and event loop,
   instead of a new TCP connection per call (5 % of the time in the same profile). A request is
   never sent twice: an action could otherwise run twice. Kept connections are dropped after 2 s
   idle, well before the action server drops them (KEEP_ALIVE_TIMEOUT, actions/__main__.py).
4. What runners wrote stays out of the logs when the tracker store fails: SQLAlchemy engines are
   made with hide_parameters, and any log record that still quotes statement parameters or the
   row PostgreSQL's DETAIL line shows (a driver message, a traceback) has them replaced. Rasa's
   structured log events hide the fields Rasa itself lists as conversation content (its
   anonymizer's keys: text, slot values, states...): Rasa's REST channel logs the message text
   at ERROR when a client disconnects before its answer.
5. Each worker keeps the conversations it handled last in memory (a tracker cache), checked
   against the SQL tracker store with one indexed query per message. Rasa reads and replays the
   whole conversation session on every message, so a message cost more the longer the
   conversation: at turn 60 on PostgreSQL reading it back was a third of the server's time
   (bench/results.md). A kept conversation is used when the sender's newest event id in the
   store is still the one this worker saved; when another worker or replica added events since,
   only those are read and applied; anything else (a deletion, a new session) reads the
   conversation in full, as Rasa does. A save adds the events after those the tracker was read
   with, without Rasa's count of the stored session. On the Redis tracker store, which holds a
   conversation as one value, a kept conversation is used while that value is still the one this
   worker wrote, without parsing and replaying it twice (Rasa's retrieve, then its save's merge);
   a save writes only if the value is still the one read, in one round trip.
6. The dialogue states of a conversation are worked out once and extended with each new event.
   RulePolicy replays the whole conversation into states twice per prediction, two predictions
   a message: a fifth of the server's time at turn 60 once the cache above was in. Events are
   only ever appended; when an event that changes the past arrives (a restart, a session start,
   a revert, a form starting or running) the states are worked out again from the start, as
   Rasa does.
7. The action server gets the conversation's slots, latest message and state, and the events
   since the runner's latest message, not every event of the session. Rasa serialises the whole
   session into every action call (an eighth of the server's time at turn 60, and as long again
   for the action server to read). The actions read slots and the latest message; Rasa SDK's
   form validation reads the slot events after the latest action; both are in what is sent.
8. A worker closes a client's connection after 8 requests. The workers of `rasa run` share one
   listening socket, and a client keeps its connection alive: which worker accepted each of a
   few busy connections decided the load for the whole run. Measured with 8 clients and two
   workers on 2 cores (bench/results.md): 28 % and 88 % of a core, 159 msg/s; with this
   change 77 % and 81 %, 241 msg/s. Nginx in front (the production profile) opens its own
   connections and is unaffected.
9. The Redis lock store changes a conversation's lock atomically. Rasa reads the lock, changes
   it and writes it back in three steps: two processes that take a ticket at the same moment
   (the first two messages of a new conversation, on two workers) could both get the same one,
   or one could write over the other's, and then handle the same conversation at once, one
   of the two messages lost. Issuing a ticket, dropping expired ones and finishing one are now
   one Redis script each, which Redis runs as one step: atomic, and one round trip where Rasa's
   steps took two or three.
10. A model's graph runs its nodes one after the other in an order worked out once per set of
   targets. Rasa hands the graph to dask on every run (two or three runs a message), which
   works out the minimal graph and an order each time and runs it the same way, one node at a
   time: 6 % of a worker's busy time at 8 clients. Results a later node no longer needs are
   let go, as dask does, so training holds no more than before.
11. RulePolicy remembers which of its rules fit a conversation's last dialogue states. It
   otherwise tests every rule against every state of the conversation's recent past, twice per
   prediction and two or three predictions a message (6 % of a worker's busy time at 8 clients),
   and the answer depends on those states alone. At most RULE_KEYS_KEPT answers are kept.
12. Training data keeps its examples' fingerprints. Every time Rasa makes a TrainingData (74
   times in one training, on each merge and copy) it sets every example's intent again, stripped,
   which throws away the example's cached fingerprint, and then hashes every example to drop
   duplicates, computing each fingerprint again: a fifth of `rasa train`'s time on 11,000
   examples (docs/understanding.md). An intent or response is now set only when stripping
   changes it; the examples, their order and the duplicates dropped are Rasa's own.
13. An NLU file is read once per process while its content stays the same. `rasa train` reads
   every NLU file four times (checking the data, naming the model, the domain's responses, the
   graph), a tenth of its time here. Rasa merges what it read into a deep copy each time, so a
   reading kept and merged again gives the same training data.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
import ssl
from collections import OrderedDict
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text, Tuple

RASA_SERIES = "3.6."
_INSTALLED = False
# What the changes replaced, by name, so tests can compare with Rasa's own answer.
RASA_ORIGINALS: Dict[str, Any] = {}


class RasaVersionError(RuntimeError):
    """The installed Rasa is not the one these changes were written for."""


def install() -> None:
    """Install every change once; raise RasaVersionError on a Rasa other than 3.6."""
    global _INSTALLED
    if _INSTALLED:
        return
    import rasa

    if not rasa.__version__.startswith(RASA_SERIES):
        raise RasaVersionError(
            f"server/rasa_changes.py was written for Rasa {RASA_SERIES}x, not {rasa.__version__}: "
            "check each change against the new version before raising RASA_SERIES."
        )
    _validate_action_results_once()
    _event_types_from_a_table()
    _action_calls_on_kept_connections()
    _database_parameters_out_of_logs()
    _connections_spread_over_workers()
    _lock_changed_in_one_step()
    _graph_run_in_order()
    _rules_that_fit_remembered()
    _training_examples_keep_fingerprints()
    _nlu_files_read_once()
    if tracker_cache_size() > 0:
        _tracker_cache_per_worker()
        _states_extended_not_replayed()
        _action_calls_carry_the_current_turn()
    _INSTALLED = True


# 1. -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def response_validator() -> Any:
    from jsonschema import validators
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def _validate_action_results_once() -> None:
    from jsonschema import ValidationError
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    def validate_action_result(_: RemoteAction, result: Dict[Text, Any]) -> bool:
        """RemoteAction._validate_action_result with the schema checked only once."""
        try:
            response_validator().validate(result)
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response "
                f"from the Action endpoint is valid. For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise
        return True

    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]


# 2. -----------------------------------------------------------------------------------------


def _event_types_from_a_table() -> None:
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    table: Dict[Text, type] = {}

    def rebuild() -> None:
        table.clear()
        for cls in rasa.shared.utils.common.all_subclasses(Event):
            table.setdefault(cls.type_name, cls)  # the first match wins, as in Rasa

    def resolve_by_type(type_name: Text, default: Optional[type] = None) -> Optional[type]:
        """Event.resolve_by_type answered from the table, rebuilt when a name is missing (a
        subclass imported later), so the answer is always Rasa's own."""
        cls = table.get(type_name)
        if cls is None:
            rebuild()
            cls = table.get(type_name)
        return cls if cls is not None else original(type_name, default)

    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[assignment]


# 3. -----------------------------------------------------------------------------------------

IDLE_CONNECTION_S = 2.0
_SESSIONS: Dict[Tuple[int, int], Any] = {}


def kept_session(endpoint: Any) -> Any:
    """The endpoint's client session on the running event loop, made on first use."""
    import aiohttp
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

    key = (id(asyncio.get_running_loop()), id(endpoint))
    session = _SESSIONS.get(key)
    if session is None or session.closed:
        auth = None
        if endpoint.basic_auth:
            auth = aiohttp.BasicAuth(endpoint.basic_auth["username"], endpoint.basic_auth["password"])
        session = aiohttp.ClientSession(
            headers=endpoint.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_S),
        )
        _SESSIONS[key] = session
    return session


def _action_calls_on_kept_connections() -> None:
    from aiohttp.client_exceptions import ContentTypeError
    from rasa.shared.exceptions import FileNotFoundException
    from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

    async def request(
        self: EndpointConfig,
        method: Text = "post",
        subpath: Optional[Text] = None,
        content_type: Optional[Text] = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Optional[Any]:
        """EndpointConfig.request on the endpoint's kept session; errors are Rasa's own."""
        headers = {"Content-Type": content_type} if content_type else {}
        headers.update(kwargs.pop("headers", None) or {})
        headers.update(self.headers or {})
        sslcontext = None
        if self.cafile:
            try:
                sslcontext = ssl.create_default_context(cafile=self.cafile)
            except FileNotFoundError as error:
                raise FileNotFoundException(
                    f"Failed to find certificate file, '{self.cafile}' does not exist."
                ) from error
        async with kept_session(self).request(
            method, concat_url(self.url, subpath), headers=headers,
            params=self.combine_parameters(kwargs), compress=compress, ssl=sslcontext, **kwargs,
        ) as response:
            if response.status >= 400:
                raise ClientResponseError(response.status, response.reason, await response.content.read())
            try:
                return await response.json()
            except ContentTypeError:
                return None

    EndpointConfig.request = request  # type: ignore[assignment]


# 4. -----------------------------------------------------------------------------------------

PARAMETERS = re.compile(r"\[parameters: .*?(?=\n\(Background on this error|\Z)", re.S)
ROW_DETAIL = re.compile(r"DETAIL: [^\n]*")
HIDDEN = "[parameters hidden]"


def redact(text: str) -> str:
    if "[parameters: " in text:
        text = PARAMETERS.sub(HIDDEN, text)
    if "DETAIL: " in text:
        text = ROW_DETAIL.sub(f"DETAIL: {HIDDEN}", text)
    return text


def _redacted(value: Any) -> Any:
    return redact(value) if isinstance(value, str) else value


def _database_parameters_out_of_logs() -> None:
    import rasa.core.tracker_store as tracker_store
    import rasa.utils.log_utils as log_utils

    engine_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url: Any) -> Dict[Text, Any]:
        return dict(engine_kwargs(url), hide_parameters=True)

    tracker_store.create_engine_kwargs = create_engine_kwargs

    previous = logging.getLogRecordFactory()

    def record_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        record.msg = _redacted(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted(value) for key, value in record.args.items()}
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so no handler prints the raw one.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return record

    logging.setLogRecordFactory(record_factory)

    anonymizer = log_utils._anonymizer
    content_keys = CONTENT_KEYS

    def hide_conversation_content(logger: Any, method: str, event_dict: Dict[str, Any]) -> Dict[str, Any]:
        """Rasa's structlog anonymizer step, hiding its keys even without a pipeline."""
        event_dict = anonymizer(logger, method, event_dict)
        for key in content_keys & event_dict.keys():
            event_dict[key] = "[hidden]"
        return event_dict

    log_utils._anonymizer = hide_conversation_content


# The keys rasa.utils.log_utils._anonymizer (Rasa 3.6) lists as conversation content.
CONTENT_KEYS = frozenset({
    "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
    "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
    "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states",
    "old_states", "successes", "current_entity", "next_entity", "states", "entity", "token_text",
    "user_message", "json_message",
})


# 5. -----------------------------------------------------------------------------------------


class Synced:
    """Where a tracker object stands against the store: its first `events` events are the ones
    the store holds for its session, the newest of them with id `last_id`."""

    __slots__ = ("events", "last_id")

    def __init__(self, events: int, last_id: int) -> None:
        self.events, self.last_id = events, last_id


def tracker_cache_size() -> int:
    """Conversations one worker keeps (KNEE_TRACKER_CACHE, default 100). 0 leaves changes 5
    to 7 out: Rasa reads, replays and sends every conversation as it does on its own."""
    return int(os.environ.get("KNEE_TRACKER_CACHE", "100"))


_TRACKERS: "OrderedDict[Tuple[int, Text], Any]" = OrderedDict()
SYNCED = "_knee_synced"


def _tracker_cache_per_worker() -> None:
    """Events are only ever added to a conversation (ops.forget and ops.retention delete whole
    conversations), with increasing ids, one message at a time (Rasa's lock store, which Rasa's
    own save relies on too: it counts the stored events to tell which are new). So the highest
    event id of a sender tells whether the store changed since a worker last saw it."""
    import itertools
    import json

    import sqlalchemy as sa
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import SessionStarted, deserialise_events
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.shared.nlu.constants import INTENT_NAME_KEY

    retrieve_in_full, save_as_rasa_does = SQLTrackerStore.retrieve, SQLTrackerStore.save
    size = tracker_cache_size()

    def last_id(store: SQLTrackerStore, session: Any, sender_id: Text) -> int:
        """The sender's newest event id (0: none): one query on the indexed sender."""
        table = store.SQLEvent.__table__
        return int(session.execute(sa.select(sa.func.max(table.c.id))
                                   .where(table.c.sender_id == sender_id)).scalar() or 0)

    def row_values(event: Any) -> Dict[Text, Any]:
        """The columns Rasa's save writes for an event (SQLTrackerStore.save, Rasa 3.6)."""
        data = event.as_dict()
        return {"type_name": event.type_name, "timestamp": data.get("timestamp"),
                "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                "action_name": data.get("name"), "data": json.dumps(data)}

    def reads_back_whole(tracker: Any, new: List[Any]) -> bool:
        """Whether Rasa would read back every event of `tracker` after `new` were stored: a new
        session in them leaves out what came before it (Rasa compares timestamps)."""
        starts = [event.timestamp for event in new if isinstance(event, SessionStarted)]
        return not starts or all(event.timestamp >= starts[-1] for event in tracker.events)

    def keep(store: SQLTrackerStore, tracker: Any) -> None:
        key = (id(store), tracker.sender_id)
        _TRACKERS[key] = tracker
        _TRACKERS.move_to_end(key)
        while len(_TRACKERS) > size:
            _TRACKERS.popitem(last=False)

    def read_in_full(store: SQLTrackerStore, session: Any, sender_id: Text) -> Optional[Any]:
        """SQLTrackerStore._retrieve for the latest session (Rasa 3.6), noting the ids read."""
        rows = (store._event_query(session, sender_id, fetch_events_from_all_sessions=False)
                .with_entities(store.SQLEvent.id, store.SQLEvent.data).all())
        if not rows or not store.domain:
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row.data) for row in rows],
                                                 store.domain.slots)
        tracker.__dict__[SYNCED] = Synced(len(tracker.events), max(row.id for row in rows))
        return tracker

    async def retrieve(self: SQLTrackerStore, sender_id: Text) -> Optional[Any]:
        """SQLTrackerStore.retrieve, answered from this worker's memory when the store agrees.

        A kept tracker is handed out once (taken out of memory): the caller changes it, and only
        its save puts it back."""
        tracker = _TRACKERS.pop((id(self), sender_id), None)
        synced = tracker.__dict__.get(SYNCED) if tracker is not None else None
        with self.session_scope() as session:
            if synced is not None and len(tracker.events) == synced.events:
                newest = last_id(self, session, sender_id)
                if newest == synced.last_id:
                    return tracker
                if newest > synced.last_id:  # another worker or replica went on with it
                    rows = session.query(self.SQLEvent.id, self.SQLEvent.data).filter(
                        self.SQLEvent.sender_id == sender_id, self.SQLEvent.id > synced.last_id
                    ).order_by(self.SQLEvent.id).all()
                    added = deserialise_events([json.loads(row.data) for row in rows])
                    if (rows and len(added) == len(rows)
                            and not any(isinstance(event, SessionStarted) for event in added)):
                        for event in added:
                            tracker.update(event)
                        tracker.__dict__[SYNCED] = Synced(len(tracker.events), rows[-1].id)
                        return tracker
            return read_in_full(self, session, sender_id)

    async def save(self: SQLTrackerStore, tracker: Any) -> None:
        """SQLTrackerStore.save: the events after those stored are added (counted by Rasa's
        query unless the tracker's standing is known); then the tracker is kept, unless it is
        stale or started a new session."""
        synced = tracker.__dict__.pop(SYNCED, None)
        await self.stream_events(tracker)
        if synced is None and not tracker.events:
            return  # a conversation just made: Rasa would add nothing either
        table = self.SQLEvent.__table__
        with self.session_scope() as session:
            if synced is not None and len(tracker.events) >= synced.events:
                stored = synced.events
            else:
                stored = self._event_query(session, tracker.sender_id,
                                           fetch_events_from_all_sessions=False).count()
            new = list(itertools.islice(tracker.events, stored, None))
            if new:  # one statement for all of them (returning their ids where the database can)
                rows = [dict(row_values(event), sender_id=tracker.sender_id) for event in new]
                if session.bind.dialect.insert_executemany_returning:
                    newest = max(session.execute(table.insert().returning(table.c.id), rows).scalars().all())
                else:
                    session.execute(table.insert(), rows)
                    newest = last_id(self, session, tracker.sender_id)
            else:
                newest = synced.last_id if synced else last_id(self, session, tracker.sender_id)
            session.commit()
        if stored <= len(tracker.events) and reads_back_whole(tracker, new):
            tracker.__dict__[SYNCED] = Synced(len(tracker.events), newest)
            keep(self, tracker)

    RASA_ORIGINALS["SQLTrackerStore.retrieve"] = retrieve_in_full
    RASA_ORIGINALS["SQLTrackerStore.save"] = save_as_rasa_does
    SQLTrackerStore.retrieve = retrieve  # type: ignore[assignment]
    SQLTrackerStore.save = save  # type: ignore[assignment]
    _redis_tracker_cache_per_worker(keep)


STORED = "_knee_stored"
# A save of a conversation read whole: written only if the stored value is still the one it was
# read from (its SHA-1), checked and written in one step. ARGV: that SHA-1, the new value, and
# the expiry in seconds ("" for none).
SAVE_SCRIPT = """
local stored = redis.call('GET', KEYS[1])
if not stored or redis.sha1hex(stored) ~= ARGV[1] then return 0 end
if ARGV[3] == '' then redis.call('SET', KEYS[1], ARGV[2]) else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1
"""


def redis_script(store: Any, source: str) -> Any:
    """A Redis script registered once per store object (Rasa's lock or tracker store)."""
    scripts = store.__dict__.setdefault("_knee_scripts", {})
    if source not in scripts:
        scripts[source] = store.red.register_script(source)
    return scripts[source]


def _redis_tracker_cache_per_worker(keep: Any) -> None:
    """The same for the Redis tracker store, which holds a conversation as one serialised value:
    a kept tracker is used while that value is still the one this worker wrote (read as Rasa
    reads it, but neither parsed nor replayed). A tracker read whole is saved with SAVE_SCRIPT
    (one round trip); Rasa reads the value again, parses it and merges it with the tracker first,
    which is what happens here too when the value changed since it was read."""
    import hashlib
    from itertools import islice

    from rasa.core.tracker_store import RedisTrackerStore
    from rasa.shared.core.constants import ACTION_SESSION_START_NAME
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.core.trackers import get_trackers_for_conversation_sessions

    retrieve_as_rasa_does, save_as_rasa_does = RedisTrackerStore.retrieve, RedisTrackerStore.save

    def one_session(tracker: Any) -> bool:
        """Whether Rasa's retrieve gives back all of `tracker` (it splits at each session start)."""
        return not any(isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME
                       for event in islice(tracker.events, 1, None))

    async def retrieve(self: RedisTrackerStore, sender_id: Text) -> Optional[Any]:
        kept = _TRACKERS.pop((id(self), sender_id), None)
        stored = self.red.get(self.key_prefix + sender_id)
        if stored is None:
            return None
        if kept is not None and kept.__dict__.get(STORED) == stored:
            return kept
        tracker = self.deserialise_tracker(sender_id, stored)
        if tracker is None or not one_session(tracker):  # its latest session, as Rasa's retrieve
            return get_trackers_for_conversation_sessions(tracker)[-1] if tracker is not None else None
        tracker.__dict__[STORED] = stored
        return tracker

    async def save(self: RedisTrackerStore, tracker: Any, timeout: Optional[float] = None) -> None:
        read_from = tracker.__dict__.pop(STORED, None)
        if read_from is None:
            await save_as_rasa_does(self, tracker, timeout)
            return
        await self.stream_events(tracker)
        key, timeout = self.key_prefix + tracker.sender_id, timeout or self.record_exp
        serialised = self.serialise_tracker(tracker)
        read_sha = hashlib.sha1(read_from.encode("utf-8")).hexdigest()
        if redis_script(self, SAVE_SCRIPT)(keys=[key], args=[read_sha, serialised, timeout or ""]):
            if one_session(tracker):
                tracker.__dict__[STORED] = serialised
                keep(self, tracker)
            return
        stored = self.red.get(key)  # changed since it was read: the rest of Rasa's save
        if stored is not None:
            tracker = self._merge_trackers(self.deserialise_tracker(tracker.sender_id, stored), tracker)
            serialised = self.serialise_tracker(tracker)
        self.red.set(key, serialised, ex=timeout)

    RASA_ORIGINALS["RedisTrackerStore.retrieve"] = retrieve_as_rasa_does
    RASA_ORIGINALS["RedisTrackerStore.save"] = save_as_rasa_does
    RedisTrackerStore.retrieve = retrieve  # type: ignore[assignment]
    RedisTrackerStore.save = save  # type: ignore[assignment]


# 6. -----------------------------------------------------------------------------------------


class PastStates:
    """Domain.states_for_tracker_history's loop, stopped before its last state so that it can
    go on when events are appended to the same tracker."""

    def __init__(self, tracker: Any) -> None:
        self.prior = tracker.init_copy()  # the tracker before the next action, as Rasa replays it
        self.consumed = 0  # tracker events replayed so far
        self.last_event: Any = None
        self.states: List[Dict[Text, Any]] = []
        self.last_ml_action: Any = None
        self.turn_was_hidden = False


def _states_extended_not_replayed() -> None:
    import itertools

    from rasa.shared.core.constants import PREVIOUS_ACTION
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import (
        ActionExecuted,
        ActionReverted,
        ActiveLoop,
        Restarted,
        SessionStarted,
        UserUtteranceReverted,
    )

    changes_the_past = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop)

    def add_state(domain: Domain, progress: PastStates, hide_rule_turn: bool,
                  omit_unset_slots: bool, ignore_rule_only_turns: bool,
                  rule_only_data: Optional[Dict[Text, Any]]) -> None:
        """One pass of Rasa's loop body (Domain.states_for_tracker_history, Rasa 3.6)."""
        tr = progress.prior
        if ignore_rule_only_turns:
            if not progress.turn_was_hidden:
                progress.last_ml_action = domain._get_prev_action_sub_state(tr)
            if not tr.followup_action and not tr.latest_action_name == tr.active_loop_name:
                progress.turn_was_hidden = hide_rule_turn
            if progress.turn_was_hidden:
                return
        state = domain.get_active_state(tr, omit_unset_slots=omit_unset_slots)
        if ignore_rule_only_turns:
            domain._remove_rule_only_features(state, rule_only_data)
            if progress.states:
                domain._substitute_rule_only_user_input(state, progress.states[-1])
            if progress.last_ml_action:
                state[PREVIOUS_ACTION] = progress.last_ml_action
        progress.states.append(domain._clean_state(state))

    def states_for_tracker_history(
        self: Domain,
        tracker: Any,
        omit_unset_slots: bool = False,
        ignore_rule_only_turns: bool = False,
        rule_only_data: Optional[Dict[Text, Any]] = None,
    ) -> List[Dict[Text, Any]]:
        """The same states as Rasa's, from the events appended since the last call."""
        key = (id(self), omit_unset_slots, ignore_rule_only_turns,
               repr(sorted((rule_only_data or {}).items())))
        kept: Dict[Any, PastStates] = tracker.__dict__.setdefault("_knee_past_states", {})
        progress = kept.get(key)
        events = tracker.events
        new = list(itertools.islice(events, progress.consumed, None)) if progress else []
        loops = {event.name for event in events if isinstance(event, ActiveLoop) and event.name}
        if (progress is None or len(events) < progress.consumed
                or (progress.consumed and events[progress.consumed - 1] is not progress.last_event)
                or any(isinstance(event, changes_the_past) or (
                    isinstance(event, ActionExecuted) and event.action_name in loops)
                    for event in new)):
            progress, new = PastStates(tracker), tracker.applied_events()  # from the start
        for event in new:
            if isinstance(event, ActionExecuted):
                add_state(self, progress, event.hide_rule_turn, omit_unset_slots,
                          ignore_rule_only_turns, rule_only_data)
            progress.prior.update(event)
        progress.consumed, progress.last_event = len(events), events[-1] if events else None
        kept[key] = progress
        # The state after the last event, on a copy of the loop's variables.
        final = PastStates.__new__(PastStates)
        final.__dict__.update(progress.__dict__, states=list(progress.states))
        add_state(self, final, False, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        # Callers edit the states they get (the last user input): each gets its own copies.
        return [{name: dict(sub) for name, sub in state.items()} for state in final.states]

    RASA_ORIGINALS["Domain.states_for_tracker_history"] = Domain.states_for_tracker_history
    Domain.states_for_tracker_history = states_for_tracker_history  # type: ignore[assignment]


# 7. -----------------------------------------------------------------------------------------


def current_turn(events: Any) -> List[Any]:
    """The events from the latest user message on (all of them if there is none)."""
    turn: List[Any] = []
    for event in reversed(events):
        turn.append(event)
        if event.type_name == "user":
            return turn[::-1]
    return turn[::-1]


def _action_calls_carry_the_current_turn() -> None:
    import rasa
    from rasa.core.actions.action import RemoteAction

    def action_call_format(self: RemoteAction, tracker: Any, domain: Any) -> Dict[Text, Any]:
        """RemoteAction._action_call_format (Rasa 3.6) with the current turn's events only."""
        state = tracker.current_state()  # everything but the events
        state["events"] = [event.as_dict() for event in current_turn(tracker.events)]
        result = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
                  "version": rasa.__version__}
        if (not self._is_selective_domain_enabled()
                or domain.does_custom_action_explicitly_need_domain(self.name())):
            result["domain"] = domain.as_dict()
        return result

    RASA_ORIGINALS["RemoteAction._action_call_format"] = RemoteAction._action_call_format
    RemoteAction._action_call_format = action_call_format  # type: ignore[assignment]


# 8. -----------------------------------------------------------------------------------------

# Requests a client connection carries before the worker answering it closes it.
REQUESTS_PER_CONNECTION = 8


def _connections_spread_over_workers() -> None:
    """Each Sanic worker closes a client's kept-alive connection after REQUESTS_PER_CONNECTION
    answers (the answer says "Connection: close"); the client's next connection goes to
    whichever worker takes it first, usually the idle one."""
    import rasa.server

    create_app = rasa.server.create_app

    async def close_some_connections(request: Any, response: Any) -> None:
        if request.stream is None:
            return
        served = getattr(request.conn_info.ctx, "knee_served", 0) + 1
        request.conn_info.ctx.knee_served = served
        if served >= REQUESTS_PER_CONNECTION:
            request.stream.keep_alive = False

    def create_app_spreading_connections(*args: Any, **kwargs: Any) -> Any:
        app = create_app(*args, **kwargs)
        app.register_middleware(close_some_connections, "response")
        return app

    rasa.server.create_app = create_app_spreading_connections


# 9. -----------------------------------------------------------------------------------------


# One Redis script changes a lock (a JSON object whose tickets are JSON strings, as Rasa's
# TicketLock writes it) and answers in one round trip; Redis runs a script as one step.
# ARGV: what to do ("issue", "expire" or "finish"), the time now, the ticket's lifetime (issue)
# or number (finish), the conversation id. A ticket has expired when now is past its expiry.
LOCK_SCRIPT = """
local stored = redis.call('GET', KEYS[1])
local what, now, value = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
if not stored and what ~= 'issue' then return nil end
local conversation, kept, last, finished = ARGV[4], {}, -1, false
if stored then
  local lock = cjson.decode(stored)
  if type(lock['conversation_id']) == 'string' then conversation = lock['conversation_id'] end
  for _, text in ipairs(lock['tickets'] or {}) do
    local ticket = cjson.decode(text)
    local drop = false
    if what == 'finish' then
      drop = not finished and ticket['number'] == value
      finished = finished or drop
    else
      drop = now > ticket['expires']
    end
    if not drop then
      table.insert(kept, text)
      last = ticket['number']
    end
  end
end
local number = nil
if what == 'issue' then
  number = last + 1
  table.insert(kept, string.format('{"number": %d, "expires": %.6f}', number, now + value))
end
if what == 'finish' and #kept == 0 then
  redis.call('DEL', KEYS[1])
  return nil
end
local tickets = {}
for index, text in ipairs(kept) do tickets[index] = cjson.encode(text) end
redis.call('SET', KEYS[1], '{"conversation_id": ' .. cjson.encode(conversation) ..
  ', "tickets": [' .. table.concat(tickets, ', ') .. ']}')
return number
"""


def _lock_changed_in_one_step() -> None:
    """RedisLockStore.issue_ticket, update_lock and cleanup as one Redis script each
    (LOCK_SCRIPT): atomic, and one round trip where Rasa makes two or three."""
    import time

    from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore

    def change(store: RedisLockStore, conversation_id: Text, what: str, value: float) -> Any:
        return redis_script(store, LOCK_SCRIPT)(keys=[store.key_prefix + conversation_id],
                                                args=[what, repr(time.time()), repr(value), conversation_id])

    def issue_ticket(self: RedisLockStore, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return int(change(self, conversation_id, "issue", lock_lifetime))
        except Exception as error:  # as Rasa reports it
            raise LockError(f"Error while acquiring lock. Error:\n{error}")

    def update_lock(self: RedisLockStore, conversation_id: Text) -> None:
        change(self, conversation_id, "expire", 0)

    def cleanup(self: RedisLockStore, conversation_id: Text, ticket_number: int) -> None:
        change(self, conversation_id, "finish", ticket_number)

    RedisLockStore.issue_ticket = issue_ticket  # type: ignore[assignment]
    RedisLockStore.update_lock = update_lock  # type: ignore[assignment]
    RedisLockStore.cleanup = cleanup  # type: ignore[assignment]


# 10. ----------------------------------------------------------------------------------------


def _graph_run_in_order() -> None:
    """DaskGraphRunner.run without dask: the same nodes called with the same inputs, in an order
    where each comes after the nodes it needs (the graph has no cycles: Rasa checks it)."""
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    def plan(runner: DaskGraphRunner, targets: Tuple[Text, ...]) -> List[Tuple[Text, List[Text], List[Text]]]:
        """(node, what it needs, what can be let go after it) for each node the targets need."""
        plans = runner.__dict__.setdefault("_knee_plans", {})
        if targets not in plans:
            schema = runner._graph_schema.minimal_graph_schema(list(targets))
            order: List[Text] = []
            placed: set = set()

            def place(name: Text) -> None:
                if name in placed or name not in schema.nodes:
                    return
                placed.add(name)
                for needed in schema.nodes[name].needs.values():
                    place(needed)
                order.append(name)

            for name in schema.nodes:
                place(name)
            last_use = {needed: name for name in order for needed in schema.nodes[name].needs.values()}
            plans[targets] = [(name, list(schema.nodes[name].needs.values()),
                               [key for key, user in last_use.items() if user == name and key not in targets])
                              for name in order]
        return plans[targets]

    def run(self: DaskGraphRunner, inputs: Optional[Dict[Text, Any]] = None,
            targets: Optional[List[Text]] = None) -> Dict[Text, Any]:
        run_targets = tuple(targets if targets else self._graph_schema.target_names)
        steps = plan(self, run_targets)
        planned = {name for name, _, _ in steps}
        results: Dict[Text, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and (value in planned or value in results):
                raise GraphRunError(
                    f"Input value '{value}' clashes with a node name. Make sure that none of the "
                    f"input names passed to the `run` method are the same as node names in the "
                    f"graph schema.")
            results[name] = (name, value)
        try:
            for name, needs, done in steps:
                results[name] = self._instantiated_nodes[name](*(results[needed] for needed in needs))
                for key in done:
                    results.pop(key, None)
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error
        return dict(results[target] for target in run_targets)

    RASA_ORIGINALS["DaskGraphRunner.run"] = DaskGraphRunner.run
    DaskGraphRunner.run = run  # type: ignore[assignment]


# 11. ----------------------------------------------------------------------------------------

RULE_KEYS_KEPT = 20_000


def _rules_that_fit_remembered() -> None:
    """RulePolicy._get_possible_keys, remembered per policy, rule table and states. A state is
    a dict of dicts of names and tuples; one holding anything else is worked out as Rasa does."""
    from rasa.core.policies.rule_policy import RulePolicy

    work_out = RulePolicy._get_possible_keys

    def possible_keys(self: RulePolicy, lookup: Dict[Text, Text], states: List[Dict[Text, Any]]) -> Any:
        try:
            key = (id(lookup), tuple(tuple(sorted((name, tuple(sorted(part.items())))
                                                  for name, part in state.items())) for state in states))
            hash(key)
        except (AttributeError, TypeError):
            return work_out(self, lookup, states)
        known = self.__dict__.setdefault("_knee_rule_keys", {})
        if key not in known:
            if len(known) >= RULE_KEYS_KEPT:
                known.clear()
            known[key] = frozenset(work_out(self, lookup, states))
        return set(known[key])

    RASA_ORIGINALS["RulePolicy._get_possible_keys"] = work_out
    RulePolicy._get_possible_keys = possible_keys  # type: ignore[assignment]


# 12. ----------------------------------------------------------------------------------------


def _training_examples_keep_fingerprints() -> None:
    """TrainingData.sanitize_examples (Rasa 3.6) without setting a value to itself."""
    from rasa.shared.nlu.constants import INTENT, RESPONSE
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    def sanitize_examples(examples: List[Message]) -> List[Message]:
        for example in examples:
            for key in (INTENT, RESPONSE):
                value = example.get(key)
                if value and value.strip() != value:
                    example.set(key, value.strip())
        return list(OrderedDict.fromkeys(examples))

    RASA_ORIGINALS["TrainingData.sanitize_examples"] = TrainingData.sanitize_examples
    TrainingData.sanitize_examples = staticmethod(sanitize_examples)  # type: ignore[assignment]


# 13. ----------------------------------------------------------------------------------------


def _nlu_files_read_once() -> None:
    """rasa.shared.importers.utils.training_data_from_paths (Rasa 3.6) with each file's reading
    kept, by path, language and content. Only a deep copy of a reading leaves this function."""
    import copy
    import hashlib
    from pathlib import Path

    from rasa.shared.importers import utils
    from rasa.shared.nlu.training_data import loading
    from rasa.shared.nlu.training_data.training_data import TrainingData

    readings: Dict[Tuple[Text, Text], Tuple[bytes, TrainingData]] = {}

    def read(path: Text, language: Text) -> TrainingData:
        file = Path(path)
        if not file.is_file():  # Rasa's own answer (or error) for anything else
            return loading.load_data(path, language)
        key, digest = (str(file.resolve()), language), hashlib.sha256(file.read_bytes()).digest()
        if key not in readings or readings[key][0] != digest:
            readings[key] = (digest, loading.load_data(path, language))
        return readings[key][1]

    def training_data_from_paths(paths: Any, language: Text) -> TrainingData:
        merged = TrainingData().merge(*[read(path, language) for path in paths])
        merged.responses = copy.deepcopy(merged.responses)  # merge copies the examples, not these
        return merged

    RASA_ORIGINALS["training_data_from_paths"] = utils.training_data_from_paths
    utils.training_data_from_paths = training_data_from_paths
