"""The symptom check-in as data (content/checkin.yml) and the pure decisions it needs."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, List, Mapping, Optional, Tuple

from knee.content import ContentError, check_placeholders, read_yaml, text_field
from knee.triage import Finding
from knee.triage_rules import Rule

CHECKIN_FILE = "checkin.yml"
SKIPPED = "skipped"
YES_NO_BUTTONS = ("Yes", "No")


@dataclass(frozen=True)
class Question:
    slot: str
    ask: str
    buttons: Tuple[str, ...]
    yes_means: Optional[str] = None


@dataclass(frozen=True)
class Checkin:
    intro: str
    stopped: str
    questions: Tuple[Question, ...]
    words: Mapping[str, Tuple[str, ...]]  # skip, stop, yes, no

    @property
    def slots(self) -> List[str]:
        return [question.slot for question in self.questions]

    def question(self, slot: str) -> Question:
        return next(question for question in self.questions if question.slot == slot)


def load_checkin(directory: Path, rule_ids: Iterable[str]) -> Checkin:
    data = read_yaml(directory, CHECKIN_FILE)
    known_rules = set(rule_ids)
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise ContentError(CHECKIN_FILE, "needs a non-empty 'questions' list")
    questions = []
    for index, fields in enumerate(raw, 1):
        if not isinstance(fields, dict):
            raise ContentError(CHECKIN_FILE, "must be a mapping", topic=f"question {index}")
        slot = text_field(CHECKIN_FILE, fields, "slot", f"question {index}")
        yes_means = fields.get("yes_means")
        if yes_means is not None and yes_means not in known_rules:
            raise ContentError(CHECKIN_FILE, f"unknown rule id '{yes_means}'", topic=slot, field="yes_means")
        buttons = fields.get("buttons", list(YES_NO_BUTTONS) if yes_means else None)
        if not isinstance(buttons, list) or not all(isinstance(b, str) and b.strip() for b in buttons):
            raise ContentError(CHECKIN_FILE, "must be a list of answer texts (quote Yes and No)", topic=slot, field="buttons")
        questions.append(
            Question(slot, text_field(CHECKIN_FILE, fields, "ask", slot), tuple(buttons), yes_means)
        )
    for name in ("intro", "stopped"):
        check_placeholders(CHECKIN_FILE, name, text_field(CHECKIN_FILE, data, name))
    words = {}
    for kind in ("skip", "stop", "yes", "no"):
        value = data.get(f"{kind}_words")
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise ContentError(
                CHECKIN_FILE, "must be a list of words (quote yes/no)", field=f"{kind}_words"
            )
        words[kind] = tuple(word.strip().lower() for word in value)
    return Checkin(
        intro=text_field(CHECKIN_FILE, data, "intro"),
        stopped=text_field(CHECKIN_FILE, data, "stopped"),
        questions=tuple(questions),
        words=words,
    )


def answer_kind(text: str, checkin: Checkin) -> Optional[str]:
    """'stop', 'skip', 'yes' or 'no' when the answer is one of those words, else None."""
    cleaned = " ".join(re.sub(r"[^\w' -]", " ", text.lower()).split())
    for kind in ("stop", "skip", "yes", "no"):
        if any(cleaned == word or cleaned.startswith(word + " ") for word in checkin.words[kind]):
            return kind
    return None


def checkin_findings(
    answers: Mapping[str, Any], checkin: Checkin, rules: Mapping[str, Rule], answer_signs: Iterable[Finding]
) -> Tuple[Finding, ...]:
    """What the answers say: 'yes' to a screening question counts as its rule; `answer_signs` are
    the signs the Rasa server found in the free-text answers (about the runner's or child's knee)."""
    said_yes = [
        Finding.of(rules[question.yes_means])
        for question in checkin.questions
        if question.yes_means
        and isinstance(answers.get(question.slot), str)
        and answer_kind(answers[question.slot], checkin) == "yes"
    ]
    return tuple(dict.fromkeys([*said_yes, *answer_signs]))
