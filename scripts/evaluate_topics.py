"""Does the assistant answer the question a runner asked? Topic accuracy on labelled sets of
real-phrasing messages, with the trained model, as the assistant chooses topics.

Each message is parsed by the trained model (the NLU pipeline with the red-flag detector) and its
topic chosen as the action server chooses it (knee/topics.py). A message that asks a safety
question counts as the runner would answer it: "No" (these sets hold no red flags). A dialogue's
turns follow each other, so follow-ups ("tell me more", "and the hip part?") see the topic before.

    python scripts/evaluate_topics.py --model models/knee.tar.gz tests/nlu/questions.yml tests/nlu/dialogues.yml
    python scripts/evaluate_topics.py --blind ... tests/blind/questions.yml   # totals only, never a message

Question sets: `questions: [{text, topic, also, kind}]`; dialogue sets: `dialogues: [{name,
turns: [{say, topic, also}]}]`. --min-accuracy fails the run below that share of answered messages.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knee.content import CONVERSATION_TOPICS, ContentError, load_content, load_yaml  # noqa: E402
from knee.topics import asked_together, named_in_conversation, topic_for  # noqa: E402
from knee.triage_net import nlu_texts  # noqa: E402
from server.rasa_changes import install  # noqa: E402

Case = Tuple[str, str, Tuple[str, ...], str]  # text, topic, also, kind


def read_set(path: Path, known: set) -> Tuple[List[Case], List[Tuple[str, List[Case]]]]:
    """A question set's cases and a dialogue set's dialogues; a mistake names file, case and field."""
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    questions = [_case(path, f"question {n}", item, "text", known) for n, item in enumerate(data.get("questions") or [], 1)]
    dialogues = []
    for n, dialogue in enumerate(data.get("dialogues") or [], 1):
        turns = [_case(path, f"dialogue {n} turn {t}", turn, "say", known)
                 for t, turn in enumerate(dialogue.get("turns") or [], 1)]
        dialogues.append((str(dialogue.get("name") or n), turns))
    if not questions and not dialogues:
        raise ContentError(path.name, "needs 'questions' or 'dialogues'")
    return questions, dialogues


def _case(path: Path, where: str, item: Any, text_field: str, known: set) -> Case:
    if not isinstance(item, dict) or not isinstance(item.get(text_field), str):
        raise ContentError(path.name, "needs text", topic=where, field=text_field)
    topics = [item.get("topic"), *(item.get("also") or [])]
    unknown = [topic for topic in topics if topic not in known]
    if unknown:
        raise ContentError(path.name, f"unknown topic '{unknown[0]}'", topic=where, field="topic")
    return item[text_field], item["topic"], tuple(item.get("also") or ()), str(item.get("kind") or "turn")


class Assistant:
    def __init__(self, model: Path) -> None:
        install()
        from rasa.core.agent import Agent

        self.agent = Agent.load(str(model))
        self.content = load_content()

    def topic(self, text: str, last: Optional[str], named_before: Sequence[str] = (),
              asked_before: Sequence[str] = ()) -> Tuple[str, Dict[str, Any]]:
        parsed = asyncio.run(self.agent.parse_message(text))
        return topic_for(self.content, parsed, last, named_before, asked_before), parsed


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+")
    parser.add_argument("--model", type=Path, default=Path("models/knee.tar.gz"))
    parser.add_argument("--blind", action="store_true", help="print totals only, never a message")
    parser.add_argument("--quiet", action="store_true", help="no per-topic table or misses")
    parser.add_argument("--trained", action="store_true",
                        help="sets the classifier is trained on (data/nlu/conversations.yml): not checked for leaks")
    parser.add_argument("--min-accuracy", type=float, default=None)
    parser.add_argument("--training-data", type=Path, default=Path("data/nlu"))
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    import structlog  # Rasa's own debug log quotes every message: never for a blind set

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    content = load_content()
    known = set(content.topics)
    assistant = Assistant(args.model)
    failures = []
    trained = {" ".join(text.lower().split()) for texts in nlu_texts(args.training_data).values() for text in texts}
    for path in args.sets:
        questions, dialogues = read_set(path, known)
        cases = questions + [turn for _, turns in dialogues for turn in turns]
        # the figure would then measure memory, not understanding; a message of one or two words
        # ("why?", "bye") is the same for everyone and is not counted
        leaked = sum(" ".join(case[0].lower().split()) in trained and len(case[0].split()) > 2 for case in cases)
        if leaked and not args.trained:
            failures.append(f"{path}: {leaked} message(s) also in the training data")
        results: List[Tuple[Case, str, bool]] = []
        for case in questions:
            got, parsed = assistant.topic(case[0], None)
            results.append((case, got, got in (case[1], *case[2])))
        passed_dialogues = 0
        for _, turns in dialogues:
            last, ok, named, asked = None, True, [], []
            for case in turns:
                got, parsed = assistant.topic(case[0], last, named, asked)
                named = named_in_conversation(named, parsed, content)
                asked = asked_together(content, parsed, asked)
                right = got in (case[1], *case[2])
                ok &= right
                results.append((case, got, right))
                last = got
            passed_dialogues += ok
        report(path, results, dialogues, passed_dialogues, args.blind, args.quiet, args.trained)
        accuracy = sum(right for _, _, right in results) / len(results)
        if args.min_accuracy is not None and accuracy < args.min_accuracy:
            failures.append(f"{path}: {accuracy:.1%} < {args.min_accuracy:.0%}")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


def report(path: Path, results: List[Tuple[Case, str, bool]], dialogues: list, passed: int,
           blind: bool, quiet: bool, trained: bool = False) -> None:
    right = sum(ok for _, _, ok in results)
    print(f"Topics: {path}, {len(results)} messages" + (" (blind: totals only)" if blind else "")
          + (" (training data too)" if trained else ""))
    print(f"  right topic: {right}/{len(results)} ({right / len(results):.1%})")
    ordinary = [(c, g, ok) for c, g, ok in results if c[1] not in CONVERSATION_TOPICS or c[1] == "symptoms"]
    if ordinary and len(ordinary) != len(results):
        good = sum(ok for _, _, ok in ordinary)
        print(f"  questions and stories (not chit-chat): {good}/{len(ordinary)} ({good / len(ordinary):.1%})")
    kinds: Dict[str, List[bool]] = defaultdict(list)
    for case, _, ok in results:
        kinds[case[3]].append(ok)
    print("  by kind: " + ", ".join(f"{kind} {sum(v)}/{len(v)}" for kind, v in sorted(kinds.items())))
    if dialogues:
        print(f"  dialogues with every turn right: {passed}/{len(dialogues)}")
    if blind or quiet:
        return
    by_topic: Dict[str, List[bool]] = defaultdict(list)
    confusion: Counter = Counter()
    for case, got, ok in results:
        by_topic[case[1]].append(ok)
        if not ok:
            confusion[(case[1], got)] += 1
    print("  per topic (right/all):")
    for topic_id, oks in sorted(by_topic.items()):
        print(f"    {topic_id:<28} {sum(oks):>3}/{len(oks):<3}")
    print("  most frequent confusions (expected -> answered):")
    for (want, got), count in confusion.most_common(25):
        print(f"    {count:>3}  {want} -> {got}")
    for case, got, ok in results:
        if not ok:
            print(f"  miss: {case[1]} -> {got}: {case[0]!r}")


if __name__ == "__main__":
    sys.exit(main())
