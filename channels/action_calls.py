"""Call the action server over kept-alive connections instead of a new one per call.

Rasa 3.6 opens a new HTTP client session, and so a new TCP connection, for every request to an
endpoint, which is every custom action call: connecting was 5 % of the Rasa server's time in a
py-spy profile of the benchmark. Here each endpoint keeps one client session per event loop. Idle
connections are dropped after 2 s, before the action server (Sanic, 5 s) would drop them, so a
request never goes out on a connection the server is closing. Errors are Rasa's own.
"""
from __future__ import annotations

import asyncio
import ssl
from typing import Any, Dict, Optional, Text, Tuple

import aiohttp
from aiohttp.client_exceptions import ContentTypeError
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.shared.exceptions import FileNotFoundException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

IDLE_CONNECTION_S = 2.0
_SESSIONS: Dict[Tuple[int, int], aiohttp.ClientSession] = {}


def kept_session(endpoint: EndpointConfig) -> aiohttp.ClientSession:
    """The endpoint's client session on the running event loop, made on first use."""
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


async def request(
    self: EndpointConfig,
    method: Text = "post",
    subpath: Optional[Text] = None,
    content_type: Optional[Text] = "application/json",
    compress: bool = False,
    **kwargs: Any,
) -> Optional[Any]:
    """EndpointConfig.request on the endpoint's kept session.

    A server that was frozen past its keep-alive time closes the kept connection as soon as it
    wakes, before reading the request waiting on it; the request then goes once more on a new
    connection, as Rasa would have sent it, so the late answer still arrives.
    """
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
    arguments = dict(headers=headers, params=self.combine_parameters(kwargs), compress=compress,
                     ssl=sslcontext, **kwargs)
    url = concat_url(self.url, subpath)
    try:
        return await _send(kept_session(self), method, url, arguments)
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError):
        async with self.session() as fresh:
            return await _send(fresh, method, url, arguments)


async def _send(session: aiohttp.ClientSession, method: Text, url: Text,
                arguments: Dict[Text, Any]) -> Optional[Any]:
    async with session.request(method, url, **arguments) as response:
        if response.status >= 400:
            raise ClientResponseError(response.status, response.reason, await response.content.read())
        try:
            return await response.json()
        except ContentTypeError:
            return None


def install() -> None:
    EndpointConfig.request = request  # type: ignore[assignment]
