"""The symptom check-in as data (content/checkin.yml) and the pure decisions it needs.

Each answer adds findings; the same rules as for any message (red_flags.yml,
symptom_features.yml) are applied to everything said so far. A yes to a screening question that
raises the check-in to urgent or emergency ends it at once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

from knee.content import ContentError, check_placeholders, read_yaml, text_field
from knee.triage import ESCALATING, Assessment, evaluate
from knee.triage_rules import Rule, has_finding, tier_rank

CHECKIN_FILE = "checkin.yml"
SKIPPED = "skipped"
YES_NO_BUTTONS = ("Yes", "No")
ANSWER_KINDS = ("stop", "skip", "yes", "no")


@dataclass(frozen=True)
class Question:
    slot: str
    ask: str
    buttons: Tuple[str, ...]
    answers: Mapping[str, Tuple[str, ...]]  # "yes", "no" or a button's text -> findings
    screening: bool = False
    only_if: Tuple[str, ...] = ()

    def findings_for(self, text: str, kind: Optional[str]) -> Tuple[str, ...]:
        """The findings an answer adds: a button's, or yes/no typed in the runner's own words."""
        for answer, findings in self.answers.items():
            if answer.casefold() == text.strip().casefold():
                return findings
        if kind in ("yes", "no"):
            return self.answers.get(kind, ())
        return ()


@dataclass(frozen=True)
class Checkin:
    intro: str
    stopped: str
    starts_with: Tuple[str, ...]
    questions: Tuple[Question, ...]
    words: Mapping[str, Tuple[str, ...]]  # skip, stop, yes, no

    @property
    def slots(self) -> List[str]:
        return [question.slot for question in self.questions]

    def question(self, slot: str) -> Question:
        return next(question for question in self.questions if question.slot == slot)

    def slots_to_ask(self, findings: Iterable[str]) -> List[str]:
        """The questions in order, leaving out those whose `only_if` finding was not given."""
        given = set(findings)
        return [q.slot for q in self.questions if not q.only_if or given & set(q.only_if)]


def load_checkin(directory: Path, finding_names: Set[str]) -> Checkin:
    data = read_yaml(directory, CHECKIN_FILE)
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        raise ContentError(CHECKIN_FILE, "needs a non-empty 'questions' list")
    questions = [_question(fields, index, finding_names) for index, fields in enumerate(raw, 1)]
    slots = [question.slot for question in questions]
    if len(set(slots)) != len(slots):
        raise ContentError(CHECKIN_FILE, "each question needs its own slot", field="slot")
    for name in ("intro", "stopped"):
        check_placeholders(CHECKIN_FILE, name, text_field(CHECKIN_FILE, data, name))
    words = {}
    for kind in ANSWER_KINDS:
        value = data.get(f"{kind}_words")
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise ContentError(CHECKIN_FILE, "must be a list of words (quote yes/no)", field=f"{kind}_words")
        words[kind] = tuple(word.strip().lower() for word in value)
    return Checkin(
        intro=text_field(CHECKIN_FILE, data, "intro"),
        stopped=text_field(CHECKIN_FILE, data, "stopped"),
        starts_with=tuple(_findings(data.get("starts_with", ["pain@knee"]), "starts_with", "", finding_names)),
        questions=tuple(questions),
        words=words,
    )


def _question(fields: Any, index: int, finding_names: Set[str]) -> Question:
    if not isinstance(fields, dict):
        raise ContentError(CHECKIN_FILE, "must be a mapping", topic=f"question {index}")
    slot = text_field(CHECKIN_FILE, fields, "slot", f"question {index}")
    buttons = fields.get("buttons", list(YES_NO_BUTTONS))
    if not isinstance(buttons, list) or not all(isinstance(b, str) and b.strip() for b in buttons):
        raise ContentError(CHECKIN_FILE, "must be a list of answer texts (quote Yes and No)", topic=slot, field="buttons")
    answers = fields.get("answers") or {}
    if not isinstance(answers, dict):
        raise ContentError(CHECKIN_FILE, "must map an answer to findings", topic=slot, field="answers")
    parsed = {}
    for answer, findings in answers.items():
        answer = "yes" if answer is True else "no" if answer is False else str(answer)
        if answer not in ("yes", "no") and answer not in buttons:
            raise ContentError(CHECKIN_FILE, f"'{answer}' is neither yes, no nor one of the buttons",
                               topic=slot, field="answers")
        parsed[answer] = tuple(_findings(findings, slot, "answers", finding_names))
    screening = fields.get("screening", False)
    if not isinstance(screening, bool):
        raise ContentError(CHECKIN_FILE, "must be true or false", topic=slot, field="screening")
    only_if = tuple(_findings(fields.get("only_if", []), slot, "only_if", finding_names))
    return Question(slot, text_field(CHECKIN_FILE, fields, "ask", slot), tuple(buttons), parsed, screening, only_if)


def _findings(value: Any, slot: str, field: str, finding_names: Set[str]) -> List[str]:
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ContentError(CHECKIN_FILE, "must be a list of findings", topic=slot, field=field)
    unknown = [name for name in value if name not in finding_names]
    if unknown:
        raise ContentError(CHECKIN_FILE, f"unknown finding '{unknown[0]}' (see signs.yml)", topic=slot, field=field)
    return list(value)


def answer_kind(text: str, checkin: Checkin) -> Optional[str]:
    """'stop', 'skip', 'yes' or 'no' when the answer is one of those words, else None."""
    cleaned = " ".join(re.sub(r"[^\w' -]", " ", text.lower().replace("’", "'")).split())
    for kind in ANSWER_KINDS:
        if any(cleaned == word or cleaned.startswith(word + " ") or cleaned.startswith(word + ",")
               for word in checkin.words[kind]):
            return kind
    return None


def assess_answers(rules: Iterable[Rule], findings: Sequence[str]) -> Assessment:
    """The check-in's triage so far: every rule applied to every finding given."""
    given = set(findings)
    return evaluate(list(rules), lambda name: has_finding(given, name), "child" in given, True, given)


def ends_checkin(rules: Sequence[Rule], before: Sequence[str], after: Sequence[str], question: Question) -> bool:
    """A screening answer that raised the check-in to urgent or emergency ends it at once."""
    if not question.screening:
        return False
    now = assess_answers(rules, after).tier
    return now in ESCALATING and tier_rank(now) > tier_rank(assess_answers(rules, before).tier)
