"""Triage decisions: pure functions from what a message says to a tier and its reasons.

The Rasa server decides a message's triage once (components/red_flag_detector.py) and hands the
Assessment on in the message's parse data; the action server renders the reply from it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Tuple

from knee.triage_rules import TIERS, Rule, TriageContent, tier_rank

ESCALATING = ("urgent", "emergency")
MAX_FEATURE_REASONS = 3
# The key of a message's parse data that carries its Assessment.
PARSE_DATA_KEY = "triage"


@dataclass(frozen=True)
class Findings:
    """What a message says, after context: rule ids that count, and who it is about."""

    rule_ids: Tuple[str, ...]
    child: bool
    personal: bool


@dataclass(frozen=True)
class Finding:
    """One rule that counted: its id, tier and the plain-words reason shown to the runner."""

    rule: str
    tier: str
    says: str

    @classmethod
    def of(cls, rule: Rule) -> "Finding":
        return cls(rule.id, rule.tier, rule.says)

    def as_dict(self) -> dict:
        return {"rule": self.rule, "tier": self.tier, "says": self.says}


@dataclass(frozen=True)
class Assessment:
    tier: str
    findings: Tuple[Finding, ...]  # every rule that counted, most urgent first

    @property
    def escalates(self) -> bool:
        return self.tier in ESCALATING

    @property
    def rule_ids(self) -> Tuple[str, ...]:
        return tuple(finding.rule for finding in self.findings)

    def reasons(self) -> Tuple[str, ...]:
        """Plain-words reasons: the red flags behind an escalation, else the symptom features."""
        if self.escalates:
            return tuple(f.says for f in self.findings if f.tier in ESCALATING)
        return tuple(f.says for f in self.findings[:MAX_FEATURE_REASONS])

    def as_parse_data(self, signs: Iterable[Finding] = ()) -> dict:
        """The parse data form; `signs` adds every sign found, also those that did not count for
        this message alone (a feature without "I" or "my"), which a check-in answer counts."""
        return {
            "tier": self.tier,
            "findings": [f.as_dict() for f in self.findings],
            "signs": [f.as_dict() for f in signs],
        }

    @classmethod
    def from_parse_data(cls, data: Optional[Mapping[str, Any]]) -> "Assessment":
        """The Assessment the Rasa server put in a message's parse data; none for a message
        that never went through it (a button payload)."""
        if not isinstance(data, Mapping) or data.get("tier") not in TIERS:
            return NO_SIGNS
        return cls(tier=str(data["tier"]), findings=_findings(data.get("findings")))


def signs_in_parse_data(data: Optional[Mapping[str, Any]]) -> Tuple[Finding, ...]:
    """Every sign the Rasa server found in a message (Assessment.as_parse_data)."""
    return _findings(data.get("signs") if isinstance(data, Mapping) else None)


def _findings(raw: Any) -> Tuple[Finding, ...]:
    return tuple(
        Finding(str(f["rule"]), str(f["tier"]), str(f["says"]))
        for f in raw or []
        if isinstance(f, Mapping) and f.get("tier") in TIERS and f.get("rule") and f.get("says")
    )


NO_SIGNS = Assessment(tier="none", findings=())


def assess(findings: Findings, triage: TriageContent) -> Assessment:
    """Red flags always count; children change the tier; features count for the writer's own knee."""
    signs = found_signs(findings, triage)
    if not (findings.personal or findings.child):
        signs = tuple(sign for sign in signs if sign.tier in ESCALATING)
    return assessment_of(signs)


def found_signs(findings: Findings, triage: TriageContent) -> Tuple[Finding, ...]:
    """Every rule found, as Findings; a child-only rule only when a child is the patient."""
    return tuple(
        Finding.of(triage.rules[rule_id])
        for rule_id in findings.rule_ids
        if findings.child or not triage.rules[rule_id].child_only
    )


def assessment_of(findings: Iterable[Finding]) -> Assessment:
    ordered = tuple(sorted(dict.fromkeys(findings), key=lambda finding: -tier_rank(finding.tier)))
    return Assessment(tier=ordered[0].tier if ordered else "none", findings=ordered)


def higher_tier(current: Optional[str], new: str) -> str:
    """The conversation's triage level never goes down."""
    current = current if current in TIERS else "none"
    return max(current, new, key=tier_rank)
