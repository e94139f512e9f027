"""How long triage takes per message in the Rasa server: the finding reader, the learned nets,
and the whole decision, over every labelled message in data/triage/ and tests/triage/.

    python bench/triage_speed.py       # make bench-triage; prints p50, p95 and mean in ms
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knee.detector import TriageDetector  # noqa: E402
from knee.triage_net import load_examples, nlu_examples, read_examples, train_nets  # noqa: E402

REPEATS = 3


def timed(function: Callable[[str], object], texts: List[str]) -> List[float]:
    """Per-message times in ms, the best of REPEATS runs of each message."""
    times = []
    for text in texts:
        best = float("inf")
        for _ in range(REPEATS):
            started = time.perf_counter()
            function(text)
            best = min(best, time.perf_counter() - started)
        times.append(best * 1000)
    return times


def line(name: str, times: List[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"  {name:<22} p50 {statistics.median(times):6.2f} ms   p95 {p95:6.2f} ms   mean {statistics.mean(times):6.2f} ms"


def main() -> int:
    texts = [example.text for path in sorted((ROOT / "data" / "triage").glob("*.yml"))
             + sorted((ROOT / "tests" / "triage").glob("*.yml")) for example in read_examples(path)]
    nets = train_nets(load_examples(ROOT / "data" / "triage") + nlu_examples(ROOT / "data" / "nlu"))
    detector = TriageDetector(nets=nets)
    detector.assess(texts[0])  # the reader's first use builds its tables
    print(f"Triage time per message, {len(texts)} labelled messages (best of {REPEATS} each):")
    print(line("finding reader", timed(detector.reader.read, texts)))
    for tier, net in nets.items():
        print(line(f"{tier} net", timed(net.probability, texts)))
    print(line("whole decision", timed(detector.assess, texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
