"""make bench: the stock `rasa init` bot against this assistant, on this machine, in one run.

Trains both from scratch, starts each in turn on loopback (never both at once, so they do not
compete for the cores), measures start-up to first answer, NLU-only latency (/model/parse),
then REST round trips at concurrency 1, 8 and 32 after a warm-up, and the servers' peak memory.
Then the production profile (bench/production.py: nginx, two replicas of two Rasa processes,
PostgreSQL and the Redis lock store) against the stock bot on the same stores, and the cost of a
message against the length of the conversation on that profile, without and with the tracker
cache (server/rasa_changes.py 5-7). Prints the tables and writes them into bench/results.md
between bench markers.

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
from contextlib import ExitStack
from typing import Tuple

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
# Conversation length: runners at once, messages a conversation, seconds between a runner's
# messages (16 messages a second: a light load, so that a turn's latency is its cost).
RUNNERS, TURNS, PACE_S = 16, 60, 1.0


def trained(subject: Subject) -> Measured:
    print(f"== {subject.name}: training from scratch", flush=True)
    measured = Measured(subject.name, training_s=subject.train())
    print(f"   trained in {measured.training_s:.0f} s", flush=True)
    return measured


def report(name: str, result: load.LoadResult) -> None:
    print(f"   {name}: {result.throughput:.1f} msg/s, p50 {result.percentile(0.5):.1f} ms, p95 "
          f"{result.percentile(0.95):.1f} ms, errors {result.errors}, no reply {result.unanswered}",
          flush=True)


def measure(stock: StockBot, ours: ThisAssistant, scale: float) -> Tuple[Measured, Measured]:
    """Both trained, then served side by side (started one after the other, so each start-up is
    timed alone) and measured in alternating rounds."""
    measured = {subject.name: trained(subject) for subject in (stock, ours)}
    with ExitStack() as stack:
        targets = {}
        for subject in (stock, ours):
            running = stack.enter_context(subject.serve())
            measured[subject.name].startup_s = running.startup_s
            print(f"   {subject.name}: first answer {running.startup_s:.1f} s after start", flush=True)
            targets[subject.name] = (running, load.Target(running.url, running.token))
        plain = {name: target for name, (_, target) in targets.items()}
        for name, result in load.alternate(plain, CONVERSATIONS, 1, max(10, int(PARSE_REQUESTS * scale)),
                                           WARMUP, endpoint="parse").items():
            measured[name].parse = result
        for concurrency, total in CONCURRENCY_REQUESTS.items():
            for name, result in load.alternate(plain, CONVERSATIONS, concurrency,
                                               max(10, int(total * scale)), WARMUP).items():
                measured[name].rest[concurrency] = result
                report(f"{name}, REST c={concurrency}", result)
        for name, (running, _) in targets.items():
            measured[name].rasa_rss_mb = machine.peak_rss_mb(running.rasa_pid)
            if running.action_pid:
                measured[name].action_rss_mb = sum(machine.peak_rss_mb(running.action_pid).values())
    return measured[stock.name], measured[ours.name]


def measure_production(stock: StockBot, ours: ThisAssistant, workdir: Path, scale: float):
    """The stock bot and the production profile, each on fresh PostgreSQL and Redis stores, side
    by side in alternating rounds; then a message's cost against the conversation's length on
    the production profile with the tracker cache, then on one without."""
    runners = max(2, int(RUNNERS * scale))
    messages = [text for conversation in CONVERSATIONS for text in conversation]
    with ExitStack() as stack:
        print("== production profile (nginx, 2 replicas x 2 Rasa processes) and stock, both on "
              "PostgreSQL + Redis lock store", flush=True)
        cached = stack.enter_context(production_profile(
            ours.model, stack.enter_context(fresh_stores(workdir / "stores-cached")), workdir / "cached"))
        production_target = load.Target(cached.url, cached.rest_token, cached.ssl)
        with fresh_stores(workdir / "stores-stock") as stores, stock_on(stock, stores) as served:
            targets = {"stock": load.Target(served.url), "production": production_target}
            results = {concurrency: load.alternate(targets, CONVERSATIONS, concurrency,
                                                   max(10, int(total * scale)), WARMUP)
                       for concurrency, total in PRODUCTION_REQUESTS.items()}
        for concurrency, pair in results.items():
            for name, result in pair.items():
                report(f"{name}, REST c={concurrency}", result)
        rss = largest_process_mb(cached.pids or [])
        print("== a message's cost against the conversation's length", flush=True)
        after = load.conversation_costs(production_target, messages, runners, TURNS, PACE_S)
        uncached = stack.enter_context(production_profile(
            ours.model, stack.enter_context(fresh_stores(workdir / "stores-uncached")),
            workdir / "uncached", cache=False))
        before = load.conversation_costs(load.Target(uncached.url, uncached.rest_token, uncached.ssl),
                                         messages, runners, TURNS, PACE_S)
    for name, turn_costs in (("Rasa as it is", before), ("with the tracker cache", after)):
        print(f"   {name}: p50 turn 1 {turn_costs.p(1):.1f} ms, turn 20 {turn_costs.p(20):.1f} ms, "
              f"turn {TURNS} {turn_costs.p(TURNS):.1f} ms", flush=True)
    return ({c: pair["stock"] for c, pair in results.items()},
            {c: pair["production"] for c, pair in results.items()}, rss, before, after)


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark against the stock rasa init bot.")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the request counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="knee-bench-") as tmp:
        stock_bot, this_assistant = StockBot(Path(tmp) / "stock"), ThisAssistant(Path(tmp) / "ours")
        stock, ours = measure(stock_bot, this_assistant, args.scale)
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
        print("Written to bench/results.md")
    failures = sum(result.errors for result in [*stock.rest.values(), *ours.rest.values(),
                                                *stock_stores.values(), *production.values()])
    failures += sum(result.unanswered for result in [*ours.rest.values(), *production.values()])
    failures += before.errors + after.errors
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
