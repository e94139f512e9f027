"""Soak: many simulated runners talking at once over REST, then every conversation checked.

Each runner sends its messages one after another, waiting for each answer, as a person does;
all runners talk at the same time. Afterwards every runner's tracker must hold every message
they sent, in order, each followed by the assistant's reply. Prints throughput, latency and
error counts; exits 1 on any error or lost event.

    python scripts/soak.py                      # 100 runners x 50 messages, own deployment
    python scripts/soak.py --users 20 --messages 10 --url http://127.0.0.1:5005 --token T --rest-token R
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONVERSATION = [
    "hi",
    "what is runner's knee?",
    "what causes it?",
    "tell me more about the hip part",
    "why won't rest fix it",
    "how does physio help",
    "my knee aches at the front after long runs since I upped my mileage",
    "is it my glutes?",
    "when should I get it checked",
    "thanks!",
]


@dataclass
class SoakResult:
    users: int
    messages: int = 0
    seconds: float = 0.0
    errors: List[str] = field(default_factory=list)
    apologies: int = 0
    latencies_ms: List[float] = field(default_factory=list)
    lost: List[str] = field(default_factory=list)

    def summary(self) -> str:
        ordered = sorted(self.latencies_ms) or [0.0]
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        return (
            f"{self.users} runners, {self.messages} messages in {self.seconds:.1f} s: "
            f"{self.messages / max(self.seconds, 1e-9):.1f} msg/s, p50 "
            f"{statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms; errors {len(self.errors)}, "
            f"apologies {self.apologies}, conversations with lost or misordered events "
            f"{len(self.lost)}"
        )


async def _runner(session: aiohttp.ClientSession, url: str, headers: Dict[str, str], sender: str,
                  texts: List[str], apology: str, result: SoakResult) -> None:
    for text in texts:
        started = time.perf_counter()
        try:
            async with session.post(f"{url}/webhooks/rest/webhook", headers=headers,
                                    json={"sender": sender, "message": text}) as response:
                replies = await response.json(content_type=None)
                if response.status != 200 or not replies:
                    result.errors.append(f"{sender}: HTTP {response.status}, {len(replies or [])} replies")
                elif any(reply.get("text") == apology for reply in replies):
                    result.apologies += 1
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            result.errors.append(f"{sender}: {type(error).__name__}")
        result.latencies_ms.append((time.perf_counter() - started) * 1000)
        result.messages += 1


async def _check(session: aiohttp.ClientSession, url: str, token: str, sender: str,
                 texts: List[str]) -> bool:
    """True when the tracker holds each text in order, each followed by a bot reply."""
    async with session.get(f"{url}/conversations/{sender}/tracker", params={"token": token}) as response:
        events = (await response.json())["events"]
    kinds = [(event["event"], event.get("text")) for event in events if event["event"] in ("user", "bot")]
    users = [text for kind, text in kinds if kind == "user"]
    answered = all(kinds[i + 1][0] == "bot" for i, (kind, _) in enumerate(kinds) if kind == "user"
                   and i + 1 < len(kinds)) and bool(kinds) and kinds[-1][0] == "bot"
    return users == texts and answered


async def soak(url: str, token: str, users: int, messages: int, apology: str,
               rest_token: str = "") -> SoakResult:
    """`users` runners at once over REST (with `rest_token` if REST needs one), then every
    conversation read back through the HTTP API (with `token`)."""
    result = SoakResult(users)
    senders = [f"soak-{uuid.uuid4().hex[:10]}" for _ in range(users)]
    texts = [(CONVERSATION * (messages // len(CONVERSATION) + 1))[:messages] for _ in senders]
    headers = {"Authorization": f"Bearer {rest_token}"} if rest_token else {}
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=users)) as session:
        started = time.perf_counter()
        await asyncio.gather(*(_runner(session, url, headers, sender, sent, apology, result)
                               for sender, sent in zip(senders, texts)))
        result.seconds = time.perf_counter() - started
        await asyncio.sleep(0.5 if not result.apologies else 15)  # late answers land in the tracker
        for sender, sent in zip(senders, texts):
            if not await _check(session, url, token, sender, sent):
                result.lost.append(sender)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description="Soak the assistant over REST.")
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--messages", type=int, default=50, help="messages per runner")
    parser.add_argument("--url", help="a running Rasa server; default: start one")
    parser.add_argument("--token", default="", help="the HTTP API token (reads conversations)")
    parser.add_argument("--rest-token", default="", help="a REST client's token, if REST needs one")
    args = parser.parse_args()
    from knee.service import load_apology

    apology = load_apology()
    if args.url:
        result = asyncio.run(soak(args.url.rstrip("/"), args.token, args.users, args.messages, apology,
                                  args.rest_token))
    else:
        from tests.servers import running_stack

        with tempfile.TemporaryDirectory() as workdir, running_stack(Path(workdir)) as stack:
            result = asyncio.run(soak(stack.url, stack.token, args.users, args.messages, apology))
    print(result.summary())
    for error in result.errors[:10]:
        print(f"  error: {error}")
    return 0 if not result.errors and not result.lost else 1


if __name__ == "__main__":
    sys.exit(main())
