"""make bench: the stock `rasa init` bot against this assistant, on this machine, in one run.

Trains both from scratch, starts each in turn on loopback (never both at once, so they do not
compete for the cores), measures start-up to first answer, NLU-only latency (/model/parse),
then REST round trips at concurrency 1, 8 and 32 after a warm-up, and the servers' peak memory.
Prints the table and writes it into bench/results.md and the README between bench markers.

    python bench/bench.py                 # full run, a few minutes
    python bench/bench.py --scale 0.1     # fewer requests, for a quick look (not recorded)
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")

from bench import load, machine  # noqa: E402
from bench.conversations import CONVERSATIONS  # noqa: E402
from bench.report import Measured, render, replace_block  # noqa: E402
from bench.subjects import StockBot, Subject, ThisAssistant  # noqa: E402

CONCURRENCY_REQUESTS = {1: 300, 8: 1200, 32: 1600}
PARSE_REQUESTS = 300
WARMUP = 200


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


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark against the stock rasa init bot.")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the request counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="knee-bench-") as tmp:
        stock = measure(StockBot(Path(tmp) / "stock"), args.scale)
        ours = measure(ThisAssistant(Path(tmp) / "ours"), args.scale)
    table = render(stock, ours, machine.cpu_model(), machine.cores(), date.today())
    print(table)
    if args.scale == 1.0:
        for path in (ROOT / "bench" / "results.md", ROOT / "README.md"):
            path.write_text(replace_block(path.read_text(encoding="utf-8"), table), encoding="utf-8")
        print("Written to bench/results.md and README.md")
    failures = sum(result.errors for result in [*stock.rest.values(), *ours.rest.values()])
    failures += sum(result.unanswered for result in ours.rest.values())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
