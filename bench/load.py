"""Drive a Rasa server over REST with a fixed number of requests at a fixed concurrency.

Each of the `concurrency` clients is one runner at a time: it sends a conversation's messages in
order, waiting for each answer, then starts a new conversation as a new sender, so trackers stay
the size real conversations have. Latency is measured per request, from send to full answer.
"""
from __future__ import annotations

import asyncio
import itertools
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
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]

    @property
    def throughput(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def _client(session: aiohttp.ClientSession, url: str, headers: Dict[str, str],
                  conversations: Sequence[Sequence[str]], tickets: "itertools.count[int]",
                  total: int, result: LoadResult, parse: bool, first: int) -> None:
    conversation_index = first
    while True:
        messages = conversations[conversation_index % len(conversations)]
        conversation_index += 1
        sender = f"bench-{uuid.uuid4().hex[:12]}"
        for text in messages:
            if next(tickets) >= total:
                return
            body = {"text": text} if parse else {"sender": sender, "message": text}
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
            result.latencies_ms.append((time.perf_counter() - started) * 1000)
            result.requests += 1


async def drive(base_url: str, token: str, conversations: Sequence[Sequence[str]],
                concurrency: int, total: int, endpoint: str = "rest") -> LoadResult:
    """Send `total` messages from `concurrency` clients at once; `endpoint` is rest or parse."""
    url = f"{base_url}/webhooks/rest/webhook" if endpoint == "rest" else f"{base_url}/model/parse"
    headers = {"Authorization": f"Bearer {token}"} if token and endpoint == "rest" else {}
    if token and endpoint != "rest":
        url += f"?token={token}"
    result = LoadResult(concurrency)
    tickets = itertools.count()
    timeout = aiohttp.ClientTimeout(total=60)
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(
            _client(session, url, headers, conversations, tickets, total, result,
                    endpoint != "rest", first=index)
            for index in range(concurrency)
        ))
        result.seconds = time.perf_counter() - started
    return result


def run(base_url: str, token: str, conversations: Sequence[Sequence[str]], concurrency: int,
        total: int, endpoint: str = "rest", warmup: Optional[int] = None) -> LoadResult:
    """A warm-up (not counted), then the measured run."""
    if warmup:
        asyncio.run(drive(base_url, token, conversations, concurrency, warmup, endpoint))
    return asyncio.run(drive(base_url, token, conversations, concurrency, total, endpoint))
