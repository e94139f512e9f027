"""Slack's Web API and Telegram's Bot API as the assistant sees them over HTTP, on loopback.

The only fakes in the end-to-end tests: the real Rasa server posts its replies here (through
SLACK_API_URL and TELEGRAM_API_URL) and the tests read what would have reached Slack or Telegram.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional
from contextlib import contextmanager

from aiohttp import web

from tests.servers import free_port

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Knee guide", "username": "knee_guide_bot"}


@dataclass
class Call:
    """One request the assistant made: which API, which method, with which fields."""

    api: str
    method: str
    fields: Dict[str, Any]


@dataclass
class FakeApis:
    url: str
    calls: List[Call] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def slack_url(self) -> str:
        return f"{self.url}/slack/api/"

    @property
    def telegram_url(self) -> str:
        return f"{self.url}/telegram"

    def record(self, call: Call) -> None:
        with self.lock:
            self.calls.append(call)

    def wait_for(self, match: Callable[[Call], bool], count: int = 1, timeout: float = 30) -> List[Call]:
        """The first `count` calls that `match`, waiting up to `timeout` seconds for them."""
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                found = [call for call in self.calls if match(call)]
            if len(found) >= count or time.monotonic() > deadline:
                assert len(found) >= count, f"expected {count} calls, got {found}"
                return found[:count]
            time.sleep(0.1)

    def find(self, match: Callable[[Call], bool]) -> List[Call]:
        with self.lock:
            return [call for call in self.calls if match(call)]


async def _fields(request: web.Request) -> Dict[str, Any]:
    """The call's fields, wherever the client put them (query string, form or JSON body)."""
    fields: Dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        fields.update(await request.json())
    else:
        fields.update((await request.post()).items())
    return fields


def direct_channel(user: str) -> str:
    """The id of a Slack member's direct messages with the app, as the fake Slack opens it."""
    return f"D{user[1:]}"


def _app(apis: FakeApis) -> web.Application:
    async def slack(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        fields = await _fields(request)
        apis.record(Call("slack", method, fields))
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": direct_channel(fields["users"])}})
        return web.json_response({"ok": True, "channel": fields.get("channel"), "ts": f"{time.time():.6f}"})

    async def telegram(request: web.Request) -> web.Response:
        method = request.match_info["method"]
        fields = await _fields(request)
        apis.record(Call("telegram", method, fields))
        if method == "sendMessage":
            result: Any = {
                "message_id": len(apis.calls), "date": int(time.time()), "from": BOT_USER,
                "chat": {"id": int(fields["chat_id"]), "type": "private"}, "text": fields.get("text"),
            }
        elif method == "getMe":
            result = BOT_USER
        else:
            result = True
        return web.json_response({"ok": True, "result": result})

    app = web.Application()
    app.router.add_post("/slack/api/{method}", slack)
    app.router.add_post("/telegram/bot{token}/{method}", telegram)
    return app


@contextmanager
def fake_apis() -> Iterator[FakeApis]:
    port = free_port()
    apis = FakeApis(f"http://127.0.0.1:{port}")
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(_app(apis))
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield apis
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)


def reply_markup(call: Call) -> Optional[Dict[str, Any]]:
    markup = call.fields.get("reply_markup")
    return json.loads(markup) if isinstance(markup, str) else markup
