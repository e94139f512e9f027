"""Evaluate the trained model on the held-out NLU set: per-intent F1, macro F1, aspect accuracy.

Exits non-zero when macro F1 falls below --min-macro-f1, or when a held-out message also
appears in the training data (the figure would then measure memory, not understanding).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import List, Tuple

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import structlog  # noqa: E402

from knee.aspects import message_aspects  # noqa: E402
from server.rasa_changes import install  # noqa: E402
from knee.content import load_content  # noqa: E402
from rasa.core.agent import Agent  # noqa: E402
from rasa.shared.nlu.training_data.loading import load_data  # noqa: E402
from sklearn.metrics import precision_recall_fscore_support  # noqa: E402

Example = Tuple[str, str, List[str]]


def examples(path: Path) -> List[Example]:
    data = load_data(str(path))
    return [
        (
            message.get("text"),
            message.get("intent"),
            sorted(e["value"] for e in message.get("entities") or [] if e["entity"] == "aspect"),
        )
        for message in data.intent_examples
    ]


async def predict(model: Path, texts: List[str]) -> List[Tuple[str, List[str]]]:
    """Intent and aspects as the assistant uses them: classifier entities plus the word list."""
    install()
    agent = Agent.load(str(model))
    aspect_words = load_content().aspect_words
    results = []
    for text in texts:
        parsed = await agent.parse_message(text)
        aspects = message_aspects(parsed.get("entities", []), text, aspect_words)
        results.append((parsed["intent"]["name"], sorted(aspects)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--training-data", type=Path, default=Path("data/nlu"))
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))

    heldout = examples(args.data)
    seen = {text.lower().strip() for text, _, _ in examples(args.training_data)}
    leaked = [text for text, _, _ in heldout if text.lower().strip() in seen]
    if leaked:
        print(f"{len(leaked)} held-out messages are also in the training data, e.g. {leaked[0]!r}")
        return 1

    predicted = asyncio.run(predict(args.model, [text for text, _, _ in heldout]))
    gold = [intent for _, intent, _ in heldout]
    guessed = [intent for intent, _ in predicted]
    labels = sorted(set(gold))
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, guessed, labels=labels, zero_division=0
    )
    print(f"Held-out NLU evaluation: {len(heldout)} messages, {args.data}")
    print(f"{'intent':<22}{'precision':>10}{'recall':>8}{'f1':>7}{'n':>5}")
    for row in zip(labels, precision, recall, f1, support):
        print(f"{row[0]:<22}{row[1]:>10.3f}{row[2]:>8.3f}{row[3]:>7.3f}{row[4]:>5}")
    macro_f1 = sum(f1) / len(f1)
    accuracy = sum(g == p for g, p in zip(gold, guessed)) / len(gold)
    with_aspects = [(ex[2], pred[1]) for ex, pred in zip(heldout, predicted) if ex[2]]
    aspect_hits = sum(want == got for want, got in with_aspects)
    print(f"macro F1 {macro_f1:.3f}, accuracy {accuracy:.3f}")
    print(f"aspects exactly right in {aspect_hits}/{len(with_aspects)} messages that name one")
    for (text, want, _), (got, _) in zip(heldout, predicted):
        if want != got:
            print(f"  miss: {want} -> {got}: {text}")
    if macro_f1 < args.min_macro_f1:
        print(f"FAIL: macro F1 {macro_f1:.3f} is below {args.min_macro_f1:.2f}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
