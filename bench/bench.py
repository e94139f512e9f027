"""make bench: the stock `rasa init` bot against this assistant, on this machine, in one run.

Trains both from scratch, starts each in turn on loopback (never both at once, so they do not
compete for the cores), measures start-up to first answer, NLU-only latency (/model/parse),
then REST round trips at concurrency 1, 8 and 32 after a warm-up, and the servers' peak memory.
Then the production profile (bench/production.py: nginx, two replicas of two Rasa processes,
PostgreSQL and the Redis lock store) against the stock bot on the same stores, and the cost of a
message against the length of the conversation on that profile, without and with the tracker
cache (server/rasa_changes.py 5-7). Prints the tables and writes them into bench/results.md
(the first one into the README too) between bench markers.

    python bench/bench.py                 # full run, about 15 minutes; needs PostgreSQL
                                          # (scripts/services.sh), redis-server and nginx
    python bench/bench.py --scale 0.1     # fewer requests, for a quick look (not recorded)
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from bench import load, machine  # noqa: E402
from bench.conversations import CONVERSATIONS  # noqa: E402
from bench.production import fresh_stores, largest_process_mb, production_profile, stock_on  # noqa: E402
from bench.report import (  # noqa: E402
    PRODUCTION_BLOCK,
    TURNS_BLOCK,
    Measured,
    render,
    render_production,
    render_turns,
    replace_block,
)
from bench.subjects import StockBot, Subject, ThisAssistant  # noqa: E402

CONCURRENCY_REQUESTS = {1: 300, 8: 1200, 32: 1600}
PRODUCTION_REQUESTS = {8: 1200, 32: 1600}
PARSE_REQUESTS = 300
WARMUP = 200
# Conversation length: runners talking at once, messages each, seconds between a runner's messages.
RUNNERS, TURNS, PACE_S = 24, 60, 1.5


def measure(subject: Subject, scale: float) -> Measured:
    print(f"== {subject.name}: training from scratch", flush=True)
    measured = Measured(subject.name, training_s=subject.train())
    print(f"   trained in {measured.training_s:.0f} s", flush=True)
    with subject.serve() as running:
        measured.startup_s = running.startup_s
        print(f"   first answer {running.startup_s:.1f} s after start", flush=True)
        measured.parse = load.run(running.url, running.token, CONVERSATIONS, 1,
                                  max(10, int(PARSE_REQUESTS * scale)), "parse", warmup=WARMUP)
        for concurrency, total in CONCURRENCY_REQUESTS.items():
            result = load.run(running.url, running.token, CONVERSATIONS, concurrency,
                              max(10, int(total * scale)), warmup=WARMUP)
            measured.rest[concurrency] = result
            print(f"   REST c={concurrency}: {result.throughput:.1f} msg/s, p50 "
                  f"{result.percentile(0.5):.1f} ms, p95 {result.percentile(0.95):.1f} ms, "
                  f"errors {result.errors}, no reply {result.unanswered}", flush=True)
        measured.rasa_rss_mb = machine.peak_rss_mb(running.rasa_pid)
        if running.action_pid:
            measured.action_rss_mb = sum(machine.peak_rss_mb(running.action_pid).values())
    return measured


def measure_rest(url: str, token: str, requests: Dict[int, int], scale: float, **client) -> Dict[int, load.LoadResult]:
    results = {}
    for concurrency, total in requests.items():
        addresses = load.client_addresses(concurrency)
        load.run(url, token, CONVERSATIONS, concurrency, WARMUP, addresses=addresses, **client)
        result = load.run(url, token, CONVERSATIONS, concurrency, max(10, int(total * scale)),
                          addresses=addresses, **client)
        print(f"   REST c={concurrency}: {result.throughput:.1f} msg/s, p50 {result.percentile(0.5):.1f} ms, "
              f"errors {result.errors}, no reply {result.unanswered}", flush=True)
        results[concurrency] = result
    return results


def measure_production(stock: StockBot, ours: ThisAssistant, workdir: Path, scale: float):
    """The stock bot and the production profile on fresh PostgreSQL and Redis stores; then the
    cost of a message against the conversation's length, with and without the tracker cache."""
    runners = max(4, int(RUNNERS * scale))
    messages = [text for conversation in CONVERSATIONS for text in conversation]
    print("== stock rasa init on PostgreSQL + Redis lock store", flush=True)
    with fresh_stores(workdir) as stores, stock_on(stock, stores) as served:
        stock_results = measure_rest(served.url, "", PRODUCTION_REQUESTS, scale)
    print("== production profile: nginx, 2 replicas x 2 Rasa processes, PostgreSQL, Redis", flush=True)
    with fresh_stores(workdir) as stores, production_profile(ours.model, stores, workdir / "cached") as served:
        production = measure_rest(served.url, served.rest_token, PRODUCTION_REQUESTS, scale, ssl=served.ssl)
        rss = largest_process_mb(served.pids or [])
        after = load.conversation_costs(served.url, served.rest_token, messages, runners, TURNS, PACE_S,
                                        load.client_addresses(runners), served.ssl)
    print(f"   with the cache: turn 1 p50 {after.p(1):.1f} ms, turn 60 {after.p(TURNS):.1f} ms", flush=True)
    with fresh_stores(workdir) as stores, production_profile(ours.model, stores, workdir / "uncached",
                                                             cache=False) as served:
        before = load.conversation_costs(served.url, served.rest_token, messages, runners, TURNS, PACE_S,
                                         load.client_addresses(runners), served.ssl)
    print(f"   Rasa as it is: turn 1 p50 {before.p(1):.1f} ms, turn 60 {before.p(TURNS):.1f} ms", flush=True)
    return stock_results, production, rss, before, after


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark against the stock rasa init bot.")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the request counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="knee-bench-") as tmp:
        stock_bot, this_assistant = StockBot(Path(tmp) / "stock"), ThisAssistant(Path(tmp) / "ours")
        stock = measure(stock_bot, args.scale)
        ours = measure(this_assistant, args.scale)
        stock_stores, production, rss, before, after = measure_production(
            stock_bot, this_assistant, Path(tmp), args.scale)
    cpu, cores, today = machine.cpu_model(), machine.cores(), date.today()
    blocks = {"bench": render(stock, ours, cpu, cores, today),
              PRODUCTION_BLOCK: render_production(stock_stores, production, rss, cpu, cores, today),
              TURNS_BLOCK: render_turns(before, after, PACE_S)}
    for table in blocks.values():
        print(table, end="\n\n")
    if args.scale == 1.0:
        results = ROOT / "bench" / "results.md"
        text = results.read_text(encoding="utf-8")
        for name, table in blocks.items():
            text = replace_block(text, table, name)
        results.write_text(text, encoding="utf-8")
        readme = ROOT / "README.md"
        readme.write_text(replace_block(readme.read_text(encoding="utf-8"), blocks["bench"]), encoding="utf-8")
        print("Written to bench/results.md and README.md")
    failures = sum(result.errors for result in [*stock.rest.values(), *ours.rest.values(),
                                                *stock_stores.values(), *production.values()])
    failures += sum(result.unanswered for result in [*ours.rest.values(), *production.values()])
    failures += before.errors + after.errors
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
