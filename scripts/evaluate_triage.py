"""Triage figures on a labelled set: recall per tier, over-triage, and the confusion between tiers.

The decision is the same pure function the Rasa server runs (RedFlagDetector): the rules in
content/red_flags.yml plus the learned nets. For a set the nets learn from (data/triage/), they
are trained on the other sets only, so every figure is for messages they have not seen. Fails
when an emergency is missed, when fewer than 95 % of urgent cases reach urgent or higher, or when
more than 10 % of messages without a red flag are escalated to urgent or higher.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knee.detector import TriageDetector  # noqa: E402
from knee.triage_net import EXAMPLES_DIR, read_examples, trained_nets  # noqa: E402
from knee.triage import ESCALATING, assess  # noqa: E402
from knee.triage_rules import TIERS, tier_rank  # noqa: E402

MIN_URGENT_RECALL = 0.95
MAX_OVER_TRIAGE = 0.10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", type=Path)
    parser.add_argument("--quiet", action="store_true", help="figures only, no message texts")
    parser.add_argument(
        "--report-only", action="store_true",
        help="print the figures without failing (for the blind held-out set, which is never tuned on)",
    )
    parser.add_argument("--rules-only", action="store_true", help="without the learned nets")
    args = parser.parse_args()
    cases = read_examples(args.cases)
    learned = args.cases.resolve().parent == EXAMPLES_DIR.resolve()
    # One training per run: for a set the nets learn from, only the nets that leave it out.
    nets = trained_nets(leave_out=(args.cases.resolve(),) if learned else ())
    store = TriageDetector(nets=nets)
    if args.rules_only:
        store.matcher.nets = {}
    results = [(case.tier, assess(store.matcher.find(case.text), store.store.triage).tier, case.text) for case in cases]

    size = next(iter(nets.values())).size
    how = "rules only" if args.rules_only else f"rules + nets trained on {size} messages"
    print(f"Triage evaluation: {len(results)} messages, {args.cases} ({how}"
          f"{', not this set' if learned and not args.rules_only else ''})")
    print("recall per tier (exact tier / this tier or more urgent):")
    for tier in reversed(TIERS):
        rows = [(want, got) for want, got, _ in results if want == tier]
        if rows:
            exact = sum(got == want for want, got in rows) / len(rows)
            at_least = sum(tier_rank(got) >= tier_rank(want) for want, got in rows) / len(rows)
            print(f"  {tier:<10} n={len(rows):<4} exact {exact:6.1%}   at least {at_least:6.1%}")
    calm = [(want, got) for want, got, _ in results if want not in ESCALATING]
    over = sum(got in ESCALATING for _, got in calm) / max(len(calm), 1)
    urgent = [(want, got) for want, got, _ in results if want == "urgent"]
    urgent_recall = sum(tier_rank(got) >= tier_rank("urgent") for _, got in urgent) / max(len(urgent), 1)
    missed = [text for want, got, text in results if want == "emergency" and got != "emergency"]
    print(f"over-triage: {over:.1%} of {len(calm)} messages without a red flag escalated to urgent or higher")
    print("confusion (rows: expected, columns: assessed):")
    counts = Counter((want, got) for want, got, _ in results)
    print("  " + " " * 10 + "".join(f"{tier:>10}" for tier in reversed(TIERS)))
    for want in reversed(TIERS):
        print(f"  {want:<10}" + "".join(f"{counts[(want, got)]:>10}" for got in reversed(TIERS)))
    for want, got, text in results:
        if want != got and not args.quiet:
            print(f"  {want} -> {got}: {text}")
    failures = []
    if missed:
        failures.append(f"{len(missed)} emergencies missed")
    if urgent_recall < MIN_URGENT_RECALL:
        failures.append(f"urgent recall {urgent_recall:.1%} < {MIN_URGENT_RECALL:.0%}")
    if over > MAX_OVER_TRIAGE:
        failures.append(f"over-triage {over:.1%} > {MAX_OVER_TRIAGE:.0%}")
    for failure in failures:
        print(f"{'BELOW TARGET' if args.report_only else 'FAIL'}: {failure}")
    return 1 if failures and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
