"""Triage decisions: pure functions from what a message says to a tier and its reasons."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Tuple

from actions.sign_matcher import Findings
from actions.triage_rules import TIERS, Rule, TriageContent, tier_rank

ESCALATING = ("urgent", "emergency")
MAX_FEATURE_REASONS = 3


@dataclass(frozen=True)
class Assessment:
    tier: str
    rules: Tuple[Rule, ...]  # every rule that counted, most urgent first

    @property
    def escalates(self) -> bool:
        return self.tier in ESCALATING

    def reasons(self) -> Tuple[str, ...]:
        """Plain-words reasons: the red flags behind an escalation, else the symptom features."""
        if self.escalates:
            return tuple(rule.says for rule in self.rules if rule.tier in ESCALATING)
        return tuple(rule.says for rule in self.rules[:MAX_FEATURE_REASONS])


def assess(findings: Findings, triage: TriageContent) -> Assessment:
    """Red flags always count; children change the tier; features count for the writer's own knee."""
    rules = [
        triage.rules[rule_id]
        for rule_id in findings.rule_ids
        if findings.child or not triage.rules[rule_id].child_only
    ]
    if not (findings.personal or findings.child):
        rules = [rule for rule in rules if rule.tier in ESCALATING]
    return assessment_of(rules)


def assessment_of(rules: Iterable[Rule]) -> Assessment:
    ordered = tuple(sorted(rules, key=lambda rule: -tier_rank(rule.tier)))
    return Assessment(tier=ordered[0].tier if ordered else "none", rules=ordered)


def higher_tier(current: Optional[str], new: str) -> str:
    """The conversation's triage level never goes down."""
    current = current if current in TIERS else "none"
    return max(current, new, key=tier_rank)
