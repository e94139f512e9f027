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
   made with hide_parameters, and any log record that still quotes statement parameters (a
   driver message, a traceback) has them replaced.
"""
from __future__ import annotations

import asyncio
import logging
import re
import ssl
from functools import lru_cache
from typing import Any, Dict, Optional, Text, Tuple

RASA_SERIES = "3.6."
_INSTALLED = False


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
HIDDEN = "[parameters hidden]"


def redact(text: str) -> str:
    return PARAMETERS.sub(HIDDEN, text) if "[parameters: " in text else text


def _database_parameters_out_of_logs() -> None:
    import rasa.core.tracker_store as tracker_store

    engine_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url: Any) -> Dict[Text, Any]:
        return dict(engine_kwargs(url), hide_parameters=True)

    tracker_store.create_engine_kwargs = create_engine_kwargs

    previous = logging.getLogRecordFactory()

    def record_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback now, redacted, so no handler prints the raw one.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return record

    logging.setLogRecordFactory(record_factory)
