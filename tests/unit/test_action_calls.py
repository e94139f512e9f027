"""Action calls over kept connections answer as Rasa's own calls did, across server restarts."""
from __future__ import annotations

import asyncio
from typing import List

import pytest
from aiohttp import web
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

import channels  # noqa: F401  (installs the kept connections)
from tests.servers import free_port


async def _serve(port: int, peers: List[str]) -> web.AppRunner:
    async def webhook(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername")[1])
        body = await request.json()
        if body.get("fail"):
            return web.json_response({"error": "no"}, status=400)
        return web.json_response({"echo": body["text"]})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def test_answers_reuse_one_connection_and_survive_a_restart() -> None:
    async def scenario() -> None:
        port, peers = free_port(), []
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        server = await _serve(port, peers)
        assert await endpoint.request(json={"text": "one"}) == {"echo": "one"}
        assert await endpoint.request(json={"text": "two"}) == {"echo": "two"}
        assert len(set(peers)) == 1  # the second call went over the first call's connection
        await server.cleanup()  # the action server restarts: the kept connection is dead
        server = await _serve(port, peers)
        assert await endpoint.request(json={"text": "three"}) == {"echo": "three"}
        with pytest.raises(ClientResponseError):
            await endpoint.request(json={"text": "x", "fail": True})
        await server.cleanup()

    asyncio.run(scenario())
