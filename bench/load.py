"""Drive a Rasa server over REST with a fixed number of requests at a fixed concurrency.

Each of the `concurrency` clients is one runner at a time: it sends a conversation's messages in
order, waiting for each answer, then starts a new conversation as a new sender, so trackers stay
the size real conversations have. Latency is measured per request, from send to full answer.
Each client has its own connection, from its own loopback address when `addresses` are given (so
that nginx's per-client limits apply to each as to a real runner), over HTTPS when `ssl` is.
"""
from __future__ import annotations

import asyncio
import itertools
import ssl as ssl_module
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import aiohttp


@dataclass
class LoadResult:
    concurrency: int
    requests: int = 0
    seconds: float = 0.0
    errors: int = 0  # HTTP errors and failed connections
    unanswered: int = 0  # HTTP 200 with no reply (the stock bot stays silent on some messages)
    latencies_ms: List[float] = field(default_factory=list)

    def percentile(self, share: float) -> float:
        return percentile(self.latencies_ms, share)

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def client_addresses(count: int) -> List[str]:
    """`count` loopback addresses, one per simulated runner (127.0.1.1, 127.0.1.2, ...)."""
    return [f"127.0.{1 + index // 250}.{1 + index % 250}" for index in range(count)]


def _session(address: Optional[str], ssl: Optional[ssl_module.SSLContext]) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=1, ssl=ssl if ssl is not None else False,
                                     local_addr=(address, 0) if address else None)
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60), connector=connector)


async def _post(session: aiohttp.ClientSession, url: str, body: dict, headers: Dict[str, str],
                result: LoadResult) -> float:
    started = time.perf_counter()
    try:
        async with session.post(url, json=body, headers=headers) as response:
            answer = await response.json(content_type=None)
            if response.status != 200:
                result.errors += 1
            elif not answer:
                result.unanswered += 1
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        result.errors += 1
    elapsed = (time.perf_counter() - started) * 1000
    result.latencies_ms.append(elapsed)
    result.requests += 1
    return elapsed


async def _client(url: str, headers: Dict[str, str], conversations: Sequence[Sequence[str]],
                  tickets: "itertools.count[int]", total: int, result: LoadResult, parse: bool,
                  first: int, address: Optional[str], ssl: Optional[ssl_module.SSLContext]) -> None:
    conversation_index = first
    async with _session(address, ssl) as session:
        while True:
            messages = conversations[conversation_index % len(conversations)]
            conversation_index += 1
            sender = f"bench-{uuid.uuid4().hex[:12]}"
            for text in messages:
                if next(tickets) >= total:
                    return
                body = {"text": text} if parse else {"sender": sender, "message": text}
                await _post(session, url, body, headers, result)


def _endpoint(base_url: str, token: str, endpoint: str) -> "tuple[str, Dict[str, str]]":
    if endpoint == "rest":
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return f"{base_url}/webhooks/rest/webhook", headers
    return f"{base_url}/model/parse" + (f"?token={token}" if token else ""), {}


async def drive(base_url: str, token: str, conversations: Sequence[Sequence[str]],
                concurrency: int, total: int, endpoint: str = "rest",
                addresses: Optional[Sequence[str]] = None,
                ssl: Optional[ssl_module.SSLContext] = None) -> LoadResult:
    """Send `total` messages from `concurrency` clients at once; `endpoint` is rest (with the
    REST token, if any) or parse (with the HTTP API token)."""
    url, headers = _endpoint(base_url, token, endpoint)
    result = LoadResult(concurrency)
    tickets = itertools.count()
    started = time.perf_counter()
    await asyncio.gather(*(
        _client(url, headers, conversations, tickets, total, result, endpoint != "rest",
                first=index, address=addresses[index] if addresses else None, ssl=ssl)
        for index in range(concurrency)
    ))
    result.seconds = time.perf_counter() - started
    return result


def run(base_url: str, token: str, conversations: Sequence[Sequence[str]], concurrency: int,
        total: int, endpoint: str = "rest", warmup: Optional[int] = None,
        addresses: Optional[Sequence[str]] = None, ssl: Optional[ssl_module.SSLContext] = None) -> LoadResult:
    """A warm-up (not counted), then the measured run."""
    if warmup:
        asyncio.run(drive(base_url, token, conversations, concurrency, warmup, endpoint, addresses, ssl))
    return asyncio.run(drive(base_url, token, conversations, concurrency, total, endpoint, addresses, ssl))


@dataclass
class TurnCosts:
    """Reply latencies by turn number (1 = a conversation's first message)."""

    runners: int
    turns: int
    latencies_ms: Dict[int, List[float]] = field(default_factory=dict)
    errors: int = 0

    def p(self, turn: int, share: float = 0.5) -> float:
        return percentile(self.latencies_ms.get(turn, []), share)


async def _runner(url: str, headers: Dict[str, str], messages: Sequence[str], turns: int,
                  pace_s: float, start_s: float, costs: TurnCosts, address: Optional[str],
                  ssl: Optional[ssl_module.SSLContext]) -> None:
    sender = f"turns-{uuid.uuid4().hex[:12]}"
    result = LoadResult(1)
    await asyncio.sleep(start_s)
    async with _session(address, ssl) as session:
        async with session.get(url.split("/webhooks/", 1)[0] + "/"):  # connected (and TLS) first
            pass
        for turn in range(1, turns + 1):
            started = time.perf_counter()
            elapsed = await _post(session, url, {"sender": sender, "message": messages[(turn - 1) % len(messages)]},
                                  headers, result)
            costs.latencies_ms.setdefault(turn, []).append(elapsed)
            await asyncio.sleep(max(0.0, pace_s - (time.perf_counter() - started)))
    costs.errors += result.errors + result.unanswered


def conversation_costs(base_url: str, token: str, messages: Sequence[str], runners: int, turns: int,
                       pace_s: float, addresses: Optional[Sequence[str]] = None,
                       ssl: Optional[ssl_module.SSLContext] = None) -> TurnCosts:
    """`runners` conversations at once, each `turns` messages long, one message every `pace_s`
    seconds at most (a person types; nginx's per-client limit holds), the runners' starts spread
    over the first `pace_s` so that their messages do not arrive together: the latency of each
    turn."""
    url, headers = _endpoint(base_url, token, "rest")
    costs = TurnCosts(runners, turns)

    async def all_runners() -> None:
        await asyncio.gather(*(_runner(url, headers, messages, turns, pace_s, index * pace_s / runners,
                                       costs, addresses[index] if addresses else None, ssl)
                               for index in range(runners)))

    asyncio.run(all_runners())
    return costs
