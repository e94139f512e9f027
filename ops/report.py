"""The clinic's activity report: conversations, topics asked and escalations per tier over a
date range, as a table and a PNG chart. Counts and topic ids only, never what anyone wrote.
Reads the tracker store the endpoints file names.

    python -m ops.report --since 2026-11-01 --until 2026-11-30 --chart report.png \
      [--endpoints deploy/endpoints.yml]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, Iterable, Set

from knee.triage_rules import ADVICE_TIERS, TIERS
from ops.store import Row, TrackerStore, add_endpoints_option, open_store


@dataclass
class Report:
    since: date
    until: date
    conversations: int = 0
    topics: Counter = field(default_factory=Counter)
    escalations: Dict[str, int] = field(default_factory=dict)

    def table(self) -> str:
        lines = [f"Clinic report {self.since.isoformat()} to {self.until.isoformat()}",
                 f"{'conversations':<28}{self.conversations:>8}", "", "topics answered"]
        lines += [f"  {topic:<26}{count:>8}" for topic, count in self.topics.most_common()]
        lines += ["", "conversations reaching each tier"]
        lines += [f"  {tier:<26}{self.escalations.get(tier, 0):>8}" for tier in ADVICE_TIERS]
        return "\n".join(lines)


def summarise(rows: Iterable[Row], since: date, until: date) -> Report:
    """Count conversations, topic answers and the tiers conversations reached."""
    report = Report(since, until)
    senders: Set[str] = set()
    tiers: Dict[str, Set[str]] = {}
    for sender, kind, data in rows:
        if kind == "user":
            senders.add(sender)
        elif kind == "slot" and data:
            slot = json.loads(data)
            if slot.get("name") == "topic" and slot.get("value"):
                report.topics[slot["value"]] += 1
            elif slot.get("name") == "triage_level" and slot.get("value") in TIERS:
                tiers.setdefault(slot["value"], set()).add(sender)
    report.conversations = len(senders)
    report.escalations = {tier: len(members) for tier, members in tiers.items()}
    return report


def read_rows(store: TrackerStore, since: date, until: date) -> Iterable[Row]:
    start = datetime.combine(since, datetime.min.time(), timezone.utc).timestamp()
    end = datetime.combine(until + timedelta(days=1), datetime.min.time(), timezone.utc).timestamp()
    return store.rows(start, end)


def draw(report: Report, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, (topics, tiers) = pyplot.subplots(1, 2, figsize=(11, 4.5))
    names = [topic for topic, _ in report.topics.most_common()]
    topics.barh(names, [report.topics[name] for name in names], color="#0f6b5c")
    topics.invert_yaxis()
    topics.set_title("Topics answered")
    order = list(ADVICE_TIERS)
    tiers.bar(order, [report.escalations.get(tier, 0) for tier in order], color="#b3541e")
    tiers.set_title("Conversations reaching each tier")
    figure.suptitle(f"{report.conversations} conversations, {report.since} to {report.until}")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    pyplot.close(figure)


def main() -> None:
    today = date.today()
    parser = argparse.ArgumentParser(description="Conversations, topics and escalations.")
    parser.add_argument("--since", type=date.fromisoformat, default=today - timedelta(days=30))
    parser.add_argument("--until", type=date.fromisoformat, default=today)
    parser.add_argument("--chart", type=Path, default=Path("clinic-report.png"))
    add_endpoints_option(parser)
    args = parser.parse_args()
    if args.until < args.since:
        parser.error("--until is before --since")
    report = summarise(read_rows(open_store(args.endpoints), args.since, args.until), args.since,
                       args.until)
    print(report.table())
    draw(report, args.chart)
    print(f"\nChart written to {args.chart}")


if __name__ == "__main__":
    main()
