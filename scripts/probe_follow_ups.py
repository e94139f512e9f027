"""Where a bare follow-up goes after each answer: a probe for conversation rules, with no labels.

Each follow-up is parsed once by the trained model and its topic chosen after every answer topic,
as the action server chooses it (knee/topics.py). A follow-up that goes to one topic after every
answer ("is that normal?" -> recovery time, whatever came before) is usually a rule missing; what
each should get is judged from the answer's text, so the probe finds candidates, and the labelled
sets decide (`scripts/evaluate_topics.py`).

    python scripts/probe_follow_ups.py "is that normal?" "when?" "how much?"
    python scripts/probe_follow_ups.py < follow_ups.txt      # one per line
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Dict, List, Optional

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knee.topics import ANSWER_TOPICS, topic_for  # noqa: E402
from scripts.evaluate_topics import Assistant  # noqa: E402


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("follow_ups", nargs="*", help="messages to try; read from stdin when none are given")
    parser.add_argument("--model", type=Path, default=Path("models/knee.tar.gz"))
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    follow_ups = args.follow_ups or [line.strip() for line in sys.stdin if line.strip()]
    if not follow_ups:
        parser.error("give follow-ups as arguments or one per line on stdin")
    assistant = Assistant(args.model)
    answers = sorted(topic for topic in assistant.content.topics if topic in ANSWER_TOPICS)
    for text in follow_ups:
        parsed = asyncio.run(assistant.agent.parse_message(text))
        chosen = {answer: topic_for(assistant.content, parsed, answer) for answer in answers}
        intent = parsed.get("intent") or {}
        stays = sum(chosen[answer] == answer for answer in answers)
        print(f"{text!r}  [{intent.get('name')} {intent.get('confidence') or 0:.2f}]  stays with the answer: {stays}/{len(answers)}")
        elsewhere: Dict[str, List[str]] = {}
        for answer in answers:
            if chosen[answer] != answer:
                elsewhere.setdefault(chosen[answer], []).append(answer)
        for topic, after in sorted(elsewhere.items(), key=lambda item: -len(item[1])):
            print(f"    -> {topic:<30} after {', '.join(after)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
