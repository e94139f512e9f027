"""Drive Rasa servers over REST with a fixed number of requests at a fixed concurrency.

Each of the `concurrency` clients is one runner at a time: it sends a conversation's messages in
order, waiting for each answer, then starts a new conversation as a new sender, so trackers stay
the size real conversations have. Latency is measured per request, from send to full answer.
Each client has its own connection, from its own loopback address when `addresses` are given (so
that nginx's per-client limits apply to each as to a real runner), over HTTPS when `ssl` is.

Servers compared are measured in alternating rounds while both run (`alternate`), so that what
else the machine does at the time weighs on both alike.
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


@dataclass
class Target:
    """A running server as a client reaches it: its address, the token, the TLS trust."""

    url: str
    token: str = ""
    ssl: Optional[ssl_module.SSLContext] = None


def merged(results: Sequence[LoadResult]) -> LoadResult:
    """Rounds of one measure taken as one: all requests over all the time spent on them."""
    total = LoadResult(results[0].concurrency)
    for result in results:
        total.requests += result.requests
        total.seconds += result.seconds
        total.errors += result.errors
        total.unanswered += result.unanswered
        total.latencies_ms += result.latencies_ms
    return total


def alternate(targets: Dict[str, Target], conversations: Sequence[Sequence[str]], concurrency: int,
              total: int, warmup: int, endpoint: str = "rest", rounds: int = 4) -> Dict[str, LoadResult]:
    """The same load on each target in turn, `rounds` times, after a warm-up of each: every
    target is measured across the whole time the measure takes."""
    addresses = client_addresses(concurrency)
    for target in targets.values():
        asyncio.run(drive(target.url, target.token, conversations, concurrency, warmup, endpoint,
                          addresses, target.ssl))
    results: Dict[str, List[LoadResult]] = {name: [] for name in targets}
    for _ in range(rounds):
        for name, target in targets.items():
            results[name].append(asyncio.run(drive(
                target.url, target.token, conversations, concurrency, max(1, total // rounds),
                endpoint, addresses, target.ssl)))
    return {name: merged(parts) for name, parts in results.items()}


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
                  pace_s: float, offset: int, start_s: float, costs: TurnCosts,
                  prefilled: "asyncio.Queue[None]", go: asyncio.Event, address: Optional[str],
                  ssl: Optional[ssl_module.SSLContext]) -> None:
    result, turn = LoadResult(1), 0
    sender = f"turns-{uuid.uuid4().hex[:12]}"
    async with _session(address, ssl) as session:
        async with session.get(url.split("/webhooks/", 1)[0] + "/"):  # connected (and TLS) first
            pass
        def body() -> dict:
            return {"sender": sender, "message": messages[(turn - 1) % len(messages)]}

        for _ in range(offset):  # the conversation so far, not measured
            turn += 1
            await _post(session, url, body(), headers, result)
        prefilled.put_nowait(None)
        await go.wait()
        await asyncio.sleep(start_s)
        for _ in range(2 * turns):
            if turn == turns:
                sender, turn = f"turns-{uuid.uuid4().hex[:12]}", 0
            turn += 1
            started = time.perf_counter()
            measured = LoadResult(1)
            elapsed = await _post(session, url, body(), headers, measured)
            costs.latencies_ms.setdefault(turn, []).append(elapsed)
            costs.errors += measured.errors + measured.unanswered
            await asyncio.sleep(max(0.0, pace_s - (time.perf_counter() - started)))


def conversation_costs(target: Target, messages: Sequence[str], runners: int, turns: int,
                       pace_s: float) -> TurnCosts:
    """A steady state of `runners` conversations `turns` messages long, each runner from its own
    address sending one message every `pace_s` seconds (a person types; nginx's per-client
    limit holds) and starting a new conversation when one ends. The runners are spread over the
    turns (runner i's first conversation is brought to turn i x turns / runners, unmeasured,
    before the measure starts), so the load is the same all along and every turn number is
    measured all along the run, twice per runner: the latency of each turn."""
    url, headers = _endpoint(target.url, target.token, "rest")
    costs = TurnCosts(runners, turns)
    addresses = client_addresses(runners)

    async def all_runners() -> None:
        prefilled: "asyncio.Queue[None]" = asyncio.Queue()
        go = asyncio.Event()
        tasks = [asyncio.ensure_future(_runner(
            url, headers, messages, turns, pace_s, index * turns // runners, index * pace_s / runners,
            costs, prefilled, go, addresses[index], target.ssl)) for index in range(runners)]
        for _ in range(runners):
            await prefilled.get()
        await asyncio.sleep(2)  # let the prefill's backlog clear
        go.set()
        await asyncio.gather(*tasks)

    asyncio.run(all_runners())
    return costs
