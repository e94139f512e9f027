"""Triage figures on labelled sets: recall and precision per tier, as the Rasa server decides.

Each message is read as the Rasa server reads it (knee/detector.py). A safety question counts
as the runner would answer it: "Yes" for a message whose label is at least the question's tier,
"No" otherwise. Reported per set:
- recall: emergencies escalated to emergency, urgent cases to urgent or higher (directly, or
  after a "Yes" to a safety question);
- precision: ordinary messages (no red flag) escalated, and given a safety question.

    python scripts/evaluate_triage.py tests/triage/recall.yml tests/triage/precision.yml
    python scripts/evaluate_triage.py --blind tests/blind/triage.yml   # totals only, never a message

The learned nets are trained as `rasa train` trains them (data/triage/ and the NLU examples);
for a set that is itself in data/triage/, they are trained without it, so every figure is for
messages they have not seen. --rules-only leaves them out.

A set may be gated: --min-emergency, --min-urgent (share caught), --max-escalated,
--max-questions (share of ordinary messages); the run fails when a gate is missed.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knee.detector import TriageDetector  # noqa: E402
from knee.triage_net import Example, load_examples, nlu_examples, read_examples, train_nets  # noqa: E402
from knee.triage import ESCALATING, Assessment, with_confirmed  # noqa: E402
from knee.triage_rules import TIERS, tier_rank  # noqa: E402


ROOT = Path(__file__).resolve().parent.parent
EXAMPLES_DIR = ROOT / "data" / "triage"
NLU_DIR = ROOT / "data" / "nlu"


@dataclass(frozen=True)
class Result:
    case: Example
    direct: Assessment
    final: str  # the tier after the runner answers a safety question, if one was asked

    @property
    def asked(self) -> bool:
        return self.direct.question is not None


def run(detector: TriageDetector, cases: List[Example]) -> List[Result]:
    results = []
    for case in cases:
        direct = detector.assess(case.text)
        final = direct.tier
        question = direct.question
        if question and tier_rank(case.tier) >= tier_rank(question.tier):
            final = with_confirmed(direct).tier  # the runner says "Yes"
        results.append(Result(case, direct, final))
    return results


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "n/a"


def report(name: str, results: List[Result], blind: bool, quiet: bool) -> dict:
    emergencies = [r for r in results if r.case.tier == "emergency"]
    urgent = [r for r in results if r.case.tier == "urgent"]
    ordinary = [r for r in results if r.case.tier not in ESCALATING]
    alarming = [r for r in ordinary if r.case.alarming]
    figures = {
        "emergency": (sum(r.final == "emergency" for r in emergencies), len(emergencies)),
        "emergency_direct": (sum(r.direct.tier == "emergency" for r in emergencies), len(emergencies)),
        "urgent": (sum(r.final in ESCALATING for r in urgent), len(urgent)),
        "urgent_direct": (sum(r.direct.tier in ESCALATING for r in urgent), len(urgent)),
        "escalated": (sum(r.direct.tier in ESCALATING for r in ordinary), len(ordinary)),
        "escalated_emergency": (sum(r.direct.tier == "emergency" for r in ordinary), len(ordinary)),
        "asked": (sum(r.asked for r in ordinary), len(ordinary)),
        "alarming_escalated": (sum(r.direct.tier in ESCALATING for r in alarming), len(alarming)),
        # precision: of the messages sent to a tier (after the runner's answer), how many belong there
        "emergency_precision": (sum(r.case.tier == "emergency" for r in results if r.final == "emergency"),
                                sum(r.final == "emergency" for r in results)),
        "urgent_precision": (sum(r.case.tier in ESCALATING for r in results if r.final in ESCALATING),
                             sum(r.final in ESCALATING for r in results)),
    }
    print(f"Triage: {name}, {len(results)} messages" + (" (blind: totals only)" if blind else ""))
    if emergencies:
        print(f"  emergencies to emergency: {share(*figures['emergency'])}"
              f"  (at once {share(*figures['emergency_direct'])}, the rest after a yes to a safety question)")
    if urgent:
        print(f"  urgent to urgent or higher: {share(*figures['urgent'])}  (at once {share(*figures['urgent_direct'])})")
    if ordinary:
        print(f"  ordinary messages escalated: {share(*figures['escalated'])}"
              f"  (to emergency {share(*figures['escalated_emergency'])}); given a safety question: {share(*figures['asked'])}")
    if alarming:
        print(f"  alarming-sounding ordinary messages escalated: {share(*figures['alarming_escalated'])}")
    print(f"  precision: sent to emergency {share(*figures['emergency_precision'])} emergencies; "
          f"sent to urgent or higher {share(*figures['urgent_precision'])} red flags")
    counts = Counter((r.case.tier, r.final) for r in results)
    print("  confusion (rows: labelled, columns: after the safety question):")
    print("    " + " " * 10 + "".join(f"{tier:>10}" for tier in reversed(TIERS)))
    for want in reversed(TIERS):
        if any(counts[(want, got)] for got in TIERS):
            print(f"    {want:<10}" + "".join(f"{counts[(want, got)]:>10}" for got in reversed(TIERS)))
    if not blind and not quiet:
        for r in results:
            missed = (r.case.tier == "emergency" and r.final != "emergency") or (
                r.case.tier == "urgent" and r.final not in ESCALATING)
            false_alarm = r.case.tier not in ESCALATING and (r.direct.tier in ESCALATING or r.asked)
            if missed or false_alarm:
                what = ", ".join(r.direct.rule_ids) + (f" ?{r.direct.question.rule}" if r.asked else "")
                print(f"  {'MISSED' if missed else 'ALARM '} {r.case.tier}->{r.direct.tier} [{what}]: {r.case.text!r}")
    return figures


def markdown_table(rows: List[tuple]) -> str:
    """Per set: recall per escalating tier (at once / after a safety question), and precision:
    ordinary messages escalated or asked, and how many sent to a tier belonged there."""
    def cell(pair: tuple) -> str:
        return f"{pair[0]}/{pair[1]}" if pair[1] else "–"
    lines = ["| set | messages | emergency → emergency (at once) | urgent → urgent+ (at once) | ordinary escalated "
             "| ordinary asked | sent to emergency that were | sent to urgent+ that were |",
             "|---|---|---|---|---|---|---|---|"]
    for path, size, f in rows:
        lines.append(f"| {path} | {size} | {cell(f['emergency'])} ({cell(f['emergency_direct'])}) | "
                     f"{cell(f['urgent'])} ({cell(f['urgent_direct'])}) | {cell(f['escalated'])} | {cell(f['asked'])} | "
                     f"{cell(f['emergency_precision'])} | {cell(f['urgent_precision'])} |")
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--blind", action="store_true", help="print totals only, never a message")
    parser.add_argument("--quiet", action="store_true", help="figures only, no message texts")
    parser.add_argument("--min-emergency", type=float, default=None)
    parser.add_argument("--min-urgent", type=float, default=None)
    parser.add_argument("--max-escalated", type=float, default=None)
    parser.add_argument("--max-questions", type=float, default=None)
    parser.add_argument("--rules-only", action="store_true", help="without the learned nets")
    parser.add_argument("--markdown", type=Path, help="also write a table of every set's figures here")
    args = parser.parse_args(argv)
    detector = TriageDetector()
    conversation = nlu_examples(NLU_DIR)
    failures = []
    timings: List[float] = []
    table: List[tuple] = []
    for path in args.sets:
        cases = read_examples(path)
        if not args.rules_only:
            held_out = [path] if path.resolve().parent == EXAMPLES_DIR.resolve() else []
            detector.nets = train_nets(load_examples(EXAMPLES_DIR, held_out) + conversation)
        started = time.perf_counter()
        results = run(detector, cases)
        timings.append((time.perf_counter() - started) / len(cases))
        figures = report(str(path), results, args.blind, args.quiet)
        table.append((path, len(cases), figures))
        for key, limit, at_least in (("emergency", args.min_emergency, True), ("urgent", args.min_urgent, True),
                                     ("escalated", args.max_escalated, False), ("asked", args.max_questions, False)):
            part, whole = figures[key]
            if limit is None or not whole:
                continue
            value = part / whole
            if (at_least and value < limit) or (not at_least and value > limit):
                failures.append(f"{path}: {key} {value:.1%} {'<' if at_least else '>'} {limit:.0%}")
    print(f"Mean reading time: {statistics.mean(timings) * 1000:.2f} ms a message")
    if args.markdown:
        args.markdown.write_text(markdown_table(table), encoding="utf-8")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
