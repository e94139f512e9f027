"""Triage decisions: pure functions from findings to a tier, its reasons and a safety question.

The Rasa server reads each message once (components/red_flag_detector.py, knee/detector.py) and
hands the Assessment on in the message's parse data; the action server renders the reply from
it. The check-in's structured answers are combined by the same rules (knee/checkin.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Optional, Tuple

from knee.triage_rules import TIERS, Rule, tier_rank
from knee.vocabulary import LEARNED_FINDING

ESCALATING = ("urgent", "emergency")
MAX_FEATURE_REASONS = 3
# The key of a message's parse data that carries its Assessment.
PARSE_DATA_KEY = "triage"


@dataclass(frozen=True)
class Finding:
    """One rule that counted: its id, tier and the plain-words reason shown to the runner."""

    rule: str
    tier: str
    says: str
    who: str = "doctor_or_physio"
    do: Optional[str] = None
    answers_question: bool = False  # the rule lets a question asked with it be answered after the advice

    @classmethod
    def of(cls, rule: Rule) -> "Finding":
        return cls(rule.id, rule.tier, rule.says, rule.who, rule.do, rule.answers_question)

    def as_dict(self) -> dict:
        return {key: value for key, value in vars(self).items() if value is not None and value is not False}


@dataclass(frozen=True)
class Question:
    """A safety question: a possible sign the runner is asked to confirm."""

    rule: str
    tier: str
    ask: str
    says: str
    do: Optional[str] = None

    def as_dict(self) -> dict:
        return {key: value for key, value in vars(self).items() if value is not None}

    def confirmed(self) -> Finding:
        """What a "Yes" to the question means: the sign is present."""
        return Finding(self.rule, self.tier, self.says, do=self.do)


@dataclass(frozen=True)
class Assessment:
    tier: str
    findings: Tuple[Finding, ...]  # every rule that counted, most urgent first
    question: Optional[Question] = None
    signs: Tuple[str, ...] = ()  # what the message says, as findings ("swollen@knee", "child")

    @property
    def escalates(self) -> bool:
        return self.tier in ESCALATING

    @property
    def answers_question(self) -> bool:
        """An escalation whose every reason lets the runner's question be answered after the advice
        (a pain that hasn't settled with self-care), with no possible sign left to ask about."""
        own = [finding for finding in self.findings if finding.tier == self.tier]
        return self.escalates and self.question is None and bool(own) and all(f.answers_question for f in own)

    @property
    def rule_ids(self) -> Tuple[str, ...]:
        return tuple(finding.rule for finding in self.findings)

    def reasons(self) -> Tuple[str, ...]:
        """Plain-words reasons: an escalation's own tier only, else the symptom features."""
        if self.escalates:
            return tuple(dict.fromkeys(f.says for f in self.findings if f.tier == self.tier))
        return tuple(dict.fromkeys(f.says for f in self.findings))[:MAX_FEATURE_REASONS]

    def without_question(self) -> "Assessment":
        return Assessment(self.tier, self.findings, None, self.signs)

    def as_parse_data(self) -> dict:
        data = {"tier": self.tier, "findings": [f.as_dict() for f in self.findings], "signs": list(self.signs)}
        if self.question:
            data["question"] = self.question.as_dict()
        return data

    @classmethod
    def from_parse_data(cls, data: Optional[Mapping[str, Any]]) -> "Assessment":
        """The Assessment the Rasa server put in a message's parse data; none for a message
        that never went through it (a button payload)."""
        if not isinstance(data, Mapping) or data.get("tier") not in TIERS:
            return NO_SIGNS
        question = data.get("question")
        return cls(
            tier=str(data["tier"]),
            findings=tuple(
                Finding(**{k: str(v) for k, v in f.items() if k in ("rule", "tier", "says", "who", "do")},
                        answers_question=f.get("answers_question") is True)
                for f in data.get("findings") or []
                if isinstance(f, Mapping) and f.get("tier") in TIERS and f.get("rule") and f.get("says")
            ),
            question=Question(**{k: str(v) for k, v in question.items() if k in ("rule", "tier", "ask", "says", "do")})
            if isinstance(question, Mapping) and question.get("tier") in ESCALATING and question.get("ask") else None,
            signs=tuple(str(sign) for sign in data.get("signs") or [] if isinstance(sign, str)),
        )


NO_SIGNS = Assessment(tier="none", findings=())


def evaluate(
    rules: Iterable[Rule], has: Callable[[str], bool], child: bool, personal: bool, signs: Iterable[str] = ()
) -> Assessment:
    """Apply every rule to what a message says. Red flags always count; symptom features count
    for the writer's own (or their child's) knee. A possible sign more urgent than everything
    found becomes the safety question."""
    sure, possible = [], []
    for rule in rules:
        if not rule.applies(has, child):
            continue
        if rule.tier not in ESCALATING and not personal:
            continue
        (sure if rule.is_sure(has) else possible).append(rule)
    assessment = assessment_of(Finding.of(rule) for rule in sure)
    question = None
    for rule in sorted(possible, key=lambda rule: -tier_rank(rule.tier)):
        if tier_rank(rule.tier) > tier_rank(assessment.tier):
            question = Question(rule.id, rule.tier, rule.ask or "", rule.says, rule.do)
            break
    return Assessment(assessment.tier, assessment.findings, question, tuple(sorted(signs)))


def doubted(assessment: Assessment, rules: Mapping[str, Rule]) -> Assessment:
    """The learned nets read the message as ordinary although a rule escalated it: the most urgent
    sign becomes a safety question (the rule's own, else its tier's reads_like_* question) and
    "Yes" escalates as the rule would have. Everything below urgent still counts."""
    escalating = [f for f in assessment.findings if f.tier in ESCALATING]
    # who the patient is (a child) is no wording: the nets cannot doubt it; and one question at
    # a time: an escalation that already asks about a more urgent sign stays
    if not escalating or any(rules[f.rule].child_only for f in escalating) or assessment.question:
        return assessment
    rule = rules[escalating[0].rule]
    ask = rule.ask or rules[LEARNED_FINDING.format(tier=rule.tier)].ask or ""
    question = Question(rule.id, rule.tier, ask, rule.says, rule.do)
    rest = assessment_of(f for f in assessment.findings if f.tier not in ESCALATING)
    return Assessment(rest.tier, rest.findings, question, assessment.signs)


def assessment_of(findings: Iterable[Finding]) -> Assessment:
    ordered = tuple(sorted(dict.fromkeys(findings), key=lambda finding: -tier_rank(finding.tier)))
    return Assessment(tier=ordered[0].tier if ordered else "none", findings=ordered)


def with_confirmed(assessment: Assessment) -> Assessment:
    """The runner answered "Yes" to the safety question: the sign counts."""
    if assessment.question is None:
        return assessment
    return assessment_of([assessment.question.confirmed(), *assessment.findings])


def higher_tier(current: Optional[str], new: str) -> str:
    """The conversation's triage level never goes down."""
    current = current if current in TIERS else "none"
    return max(current, new, key=tier_rank)
