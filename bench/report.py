"""The benchmark's table: both assistants side by side, the ratios, and the targets met."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional

from bench.load import LoadResult, TurnCosts

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PRODUCTION_BLOCK, TURNS_BLOCK = "bench-production", "bench-turns"
TURNS = (1, 20, 60)


@dataclass
class Measured:
    name: str
    training_s: float = 0.0
    startup_s: float = 0.0
    parse: Optional[LoadResult] = None
    rest: Dict[int, LoadResult] = field(default_factory=dict)
    rasa_rss_mb: Dict[int, float] = field(default_factory=dict)
    action_rss_mb: float = 0.0

    @property
    def worker_rss_mb(self) -> float:
        """The largest Rasa process: with Sanic workers, one worker (each loads the model)."""
        return max(self.rasa_rss_mb.values(), default=0.0)


def _ms(value: float) -> str:
    return f"{value:.1f} ms"


def _ratio(ours: float, stock: float) -> str:
    return f"{ours / stock:.2f}×" if stock else "–"


def _rows(stock: Measured, ours: Measured) -> List[List[str]]:
    rows = [
        ["Training from scratch", f"{stock.training_s:.0f} s", f"{ours.training_s:.0f} s",
         _ratio(ours.training_s, stock.training_s)],
        ["Start-up to first answer", f"{stock.startup_s:.1f} s", f"{ours.startup_s:.1f} s",
         _ratio(ours.startup_s, stock.startup_s)],
        ["Rasa server processes", str(len(stock.rasa_rss_mb)), str(len(ours.rasa_rss_mb)), ""],
        ["Peak memory of the largest Rasa process", f"{stock.worker_rss_mb:.0f} MB",
         f"{ours.worker_rss_mb:.0f} MB", _ratio(ours.worker_rss_mb, stock.worker_rss_mb)],
        ["Peak memory, all Rasa processes (+ action server)",
         f"{sum(stock.rasa_rss_mb.values()):.0f} MB",
         f"{sum(ours.rasa_rss_mb.values()):.0f} MB (+ {ours.action_rss_mb:.0f} MB)", ""],
    ]
    if stock.parse and ours.parse:
        for share, label in ((0.5, "p50"), (0.95, "p95")):
            rows.append([f"NLU only (/model/parse), c=1, {label}", _ms(stock.parse.percentile(share)),
                         _ms(ours.parse.percentile(share)),
                         _ratio(ours.parse.percentile(share), stock.parse.percentile(share))])
    return rows + _rest_rows(stock.rest, ours.rest)


def _rest_rows(stock: Dict[int, LoadResult], ours: Dict[int, LoadResult]) -> List[List[str]]:
    """Throughput, latencies and failures at each concurrency, side by side."""
    rows = []
    for concurrency in sorted(stock):
        s, o = stock[concurrency], ours[concurrency]
        rows.append([f"REST c={concurrency}, throughput", f"{s.throughput:.1f} msg/s",
                     f"{o.throughput:.1f} msg/s", _ratio(o.throughput, s.throughput)])
        for share, label in ((0.5, "p50"), (0.95, "p95"), (0.99, "p99")):
            rows.append([f"REST c={concurrency}, {label}", _ms(s.percentile(share)),
                         _ms(o.percentile(share)), _ratio(o.percentile(share), s.percentile(share))])
        rows.append([f"REST c={concurrency}, errors / no reply / requests",
                     f"{s.errors} / {s.unanswered} / {s.requests}",
                     f"{o.errors} / {o.unanswered} / {o.requests}", ""])
    return rows


def _targets(stock: Measured, ours: Measured) -> List[str]:
    def mark(ok: bool) -> str:
        return "met" if ok else "**not met**"

    lines = []
    if 8 in stock.rest and 1 in stock.rest:
        s8, o8, s1, o1 = stock.rest[8], ours.rest[8], stock.rest[1], ours.rest[1]
        ratio = o8.throughput / s8.throughput if s8.throughput else 0.0
        lines += [
            f"- Throughput at c=8 at least 4× stock: {ratio:.1f}× — {mark(ratio >= 4)}",
            f"- p50 at c=1 at most half of stock ({_ms(s1.percentile(0.5) / 2)}): "
            f"{_ms(o1.percentile(0.5))} — {mark(o1.percentile(0.5) <= s1.percentile(0.5) / 2)}",
            f"- p95 at c=1 under 50 ms: {_ms(o1.percentile(0.95))} — {mark(o1.percentile(0.95) < 50)}",
        ]
    lines += [
        f"- Training from scratch under 2 minutes: {ours.training_s:.0f} s — "
        f"{mark(ours.training_s < 120)}",
        f"- Under 1.2 GB per Rasa worker: {ours.worker_rss_mb:.0f} MB — "
        f"{mark(ours.worker_rss_mb < 1229)}",
    ]
    return lines


def render(stock: Measured, ours: Measured, cpu: str, cores: int, day: date) -> str:
    rows = _rows(stock, ours)
    table = ["| Measure | Stock `rasa init` | This assistant | Ours / stock |",
             "|---|---:|---:|---:|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([
        f"Measured by `make bench` on {day.isoformat()}: {cpu}, {cores} cores, both assistants in "
        "the same run, served side by side and measured in alternating rounds, over REST on "
        "loopback. Stock: `rasa init`'s project "
        "and default config, in-memory stores. This assistant: its action server in the loop, "
        "2 Sanic workers, Redis lock and tracker stores. c = clients sending at once.",
        "",
        *table,
        "",
        "Targets:",
        *_targets(stock, ours),
    ])


def replace_block(text: str, table: str, name: str = "bench") -> str:
    """`text` with what lies between the `name` markers (<!-- name:begin --> ... end) replaced."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    if begin not in text or end not in text:
        raise ValueError(f"no {begin} … {end} block to fill")
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    return f"{head}{begin}\n{table}\n{end}{tail}"


def _mark(ok: bool) -> str:
    return "met" if ok else "**not met**"


def render_production(stock: Dict[int, LoadResult], production: Dict[int, LoadResult],
                      production_rss_mb: float, cpu: str, cores: int, day: date) -> str:
    """Stock on PostgreSQL and the Redis lock store against the production profile."""
    rows = _rest_rows(stock, production)
    rows.append(["Peak memory of the largest Rasa process", "", f"{production_rss_mb:.0f} MB", ""])
    table = ["| Measure | Stock `rasa init`, same stores | Production profile | Production / stock |",
             "|---|---:|---:|---:|"] + ["| " + " | ".join(row) + " |" for row in rows]
    targets = [f"- Throughput at c={c} at least 3× stock on the same stores: "
               f"{production[c].throughput / stock[c].throughput:.1f}× — "
               f"{_mark(production[c].throughput >= 3 * stock[c].throughput)}"
               for c in sorted(stock) if stock[c].throughput]
    return "\n".join([
        f"Measured by `make bench` on {day.isoformat()}: {cpu}, {cores} cores, over REST. Both on "
        "PostgreSQL (tracker store, a fresh database) and Redis (lock store). Stock: `rasa init`'s "
        "project and default config, one Rasa process, started as this assistant is (`python -m "
        "server`, so with server/rasa_changes.py: the comparison is of project and deployment, "
        "not of those changes). Production profile: "
        "nginx (HTTPS, deploy/nginx/knee.conf.template) in front of two replicas of two Rasa "
        "processes each (deploy/rasa-entrypoint.sh), the action server in the loop. Both run at "
        "once and are measured in alternating rounds (four each, after a warm-up), so that the "
        "machine's other work weighs on both alike. Each client is one runner, from its own "
        "loopback address (nginx limits each address).",
        "", *table, "", "Targets:", *targets,
    ])


def render_turns(before: TurnCosts, after: TurnCosts, pace_s: float) -> str:
    """Reply latency at turns 1, 20 and 60, without and with server/rasa_changes.py 5-7."""
    def cell(costs: TurnCosts, turn: int) -> str:
        return f"{costs.p(turn):.1f} / {costs.p(turn, 0.95):.1f} ms"

    table = ["| Turn of the conversation | Rasa as it is (p50 / p95) | With the tracker cache (p50 / p95) |",
             "|---:|---:|---:|"]
    table += [f"| {turn} | {cell(before, turn)} | {cell(after, turn)} |" for turn in TURNS]
    growth = [f"| turn {TURNS[-1]} / turn 1 (p50) | {before.p(TURNS[-1]) / before.p(1):.2f}× | "
              f"{after.p(TURNS[-1]) / after.p(1):.2f}× |"]
    ok = after.p(TURNS[-1]) <= 1.3 * after.p(1)
    return "\n".join([
        f"The production profile on PostgreSQL, with the tracker cache and then as Rasa is "
        "(KNEE_TRACKER_CACHE=0 leaves out server/rasa_changes.py 5 to 7). On each, "
        f"{after.runners} runners at once, each through nginx from its own address, one message "
        f"every {pace_s:g} s, a new conversation after {after.turns} messages; the runners are "
        "spread over the turns (brought there before the measure), so the load is the same all "
        "along and each turn number is measured all along, twice per runner. Latency of each "
        f"turn, send to full answer. Errors: {before.errors} and {after.errors}.",
        "", *table, *growth, "", "Target:",
        f"- p50 at turn {TURNS[-1]} at most 1.3× that of turn 1: "
        f"{after.p(TURNS[-1]) / after.p(1):.2f}× — {_mark(ok)}",
    ])
