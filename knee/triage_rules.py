"""Load and validate the triage rules a clinician reviews: red_flags.yml, symptom_features.yml,
triage.yml. A mistake names the file, the rule and the field, like the rest of content/."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

from knee.content import ContentError, check_placeholders, read_yaml, text_field

RED_FLAGS_FILE = "red_flags.yml"
FEATURES_FILE = "symptom_features.yml"
TRIAGE_FILE = "triage.yml"

# Most urgent last, so that max() over tiers picks the most urgent.
TIERS: Tuple[str, ...] = ("none", "self_care", "physio", "urgent", "emergency")
RULE_TIERS = {RED_FLAGS_FILE: ("emergency", "urgent"), FEATURES_FILE: ("physio", "self_care")}
ADVICE_TIERS = ("emergency", "urgent", "physio", "self_care")
CONTEXT_LISTS = (
    "negation", "not_negation", "negation_after", "hypothetical", "conditional", "other_person",
    "history", "breaks",
)


def tier_rank(tier: str) -> int:
    return TIERS.index(tier)


@dataclass(frozen=True)
class Rule:
    id: str
    tier: str
    says: str
    source: str
    phrases: Tuple[str, ...]
    with_any: Tuple[str, ...] = ()
    child_only: bool = False
    # Set for a learned rule: it counts when its tier's net gives at least this probability.
    learned_threshold: Optional[float] = None


@dataclass(frozen=True)
class TierAdvice:
    text: str
    follow_ups: Tuple[str, ...]


@dataclass(frozen=True)
class Context:
    negation: Tuple[str, ...]
    not_negation: Tuple[str, ...]
    negation_after: Tuple[str, ...]
    hypothetical: Tuple[str, ...]
    conditional: Tuple[str, ...]
    other_person: Tuple[str, ...]
    history: Tuple[str, ...]
    breaks: Tuple[str, ...]
    window: int


@dataclass(frozen=True)
class TriageContent:
    rules: Mapping[str, Rule]
    advice: Mapping[str, TierAdvice]
    disclaimer: str
    details_intro: str
    context: Context
    child_words: Tuple[str, ...]
    child_max_age: int
    own_knee_words: Tuple[str, ...]
    child_body_words: Tuple[str, ...]
    personal_words: Tuple[str, ...]


def load_triage(directory: Path, topic_ids: Optional[set] = None) -> TriageContent:
    """Read the three triage files; `topic_ids` checks the tiers' follow-up buttons exist."""
    rules: Dict[str, Rule] = {}
    for file, tiers in RULE_TIERS.items():
        raw = read_yaml(directory, file).get("rules")
        if not isinstance(raw, dict) or not raw:
            raise ContentError(file, "needs a non-empty 'rules' mapping of rule id to rule")
        for rule_id, fields in raw.items():
            if rule_id in rules:
                raise ContentError(file, "rule id is used twice", topic=str(rule_id))
            rules[rule_id] = _parse_rule(file, str(rule_id), fields, tiers)
    data = read_yaml(directory, TRIAGE_FILE)
    return TriageContent(
        rules=rules,
        advice=_parse_advice(data, topic_ids),
        disclaimer=text_field(TRIAGE_FILE, data, "disclaimer"),
        details_intro=text_field(TRIAGE_FILE, data, "details_intro"),
        context=_parse_context(data),
        child_words=_words(data.get("child"), "child", "words"),
        child_max_age=_number(data.get("child"), "child", "max_age"),
        own_knee_words=_words(data.get("child"), "child", "own_knee"),
        child_body_words=_words(data.get("child"), "child", "child_body"),
        personal_words=tuple(_word_list(TRIAGE_FILE, "", data, "personal")),
    )


def _word_list(file: str, where: str, fields: Any, name: str) -> List[str]:
    value = fields.get(name) if isinstance(fields, dict) else None
    if not isinstance(value, list) or not value:
        raise ContentError(file, "must be a non-empty list", topic=where, field=name)
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ContentError(
            file,
            "entries must be non-empty text (put quotes around words like \"no\" or \"on\")",
            topic=where,
            field=name,
        )
    return [item.strip().lower() for item in value]


def _words(fields: Any, where: str, name: str) -> Tuple[str, ...]:
    return tuple(_word_list(TRIAGE_FILE, where, fields, name))


def _number(fields: Any, where: str, name: str) -> int:
    value = fields.get(name) if isinstance(fields, dict) else None
    if not isinstance(value, int) or value < 0:
        raise ContentError(TRIAGE_FILE, "must be a whole number", topic=where, field=name)
    return value


def _parse_rule(file: str, rule_id: str, fields: Any, tiers: Tuple[str, ...]) -> Rule:
    if not isinstance(fields, dict):
        raise ContentError(file, "must be a mapping of fields", topic=rule_id)
    tier = text_field(file, fields, "tier", rule_id)
    if tier not in tiers:
        raise ContentError(
            file, f"must be one of {', '.join(tiers)} in this file", topic=rule_id, field="tier"
        )
    child_only = fields.get("child_only", False)
    if not isinstance(child_only, bool):
        raise ContentError(file, "must be true or false", topic=rule_id, field="child_only")
    says = text_field(file, fields, "says", rule_id)
    source = text_field(file, fields, "source", rule_id)
    if "learned_threshold" in fields:
        return _parse_learned_rule(file, rule_id, fields, tier, says, source)
    return Rule(
        id=rule_id,
        tier=tier,
        says=says,
        source=source,
        phrases=tuple(_word_list(file, rule_id, fields, "phrases")),
        with_any=tuple(_word_list(file, rule_id, fields, "with_any")) if "with_any" in fields else (),
        child_only=child_only,
    )


def _parse_learned_rule(
    file: str, rule_id: str, fields: Mapping[str, Any], tier: str, says: str, source: str
) -> Rule:
    """A learned rule: its tier's net and a threshold instead of phrases (actions/triage_net.py)."""
    threshold = fields["learned_threshold"]
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
        raise ContentError(file, "must be a number between 0 and 1", topic=rule_id, field="learned_threshold")
    extra = sorted(set(fields) & {"phrases", "with_any", "child_only"})
    if extra:
        raise ContentError(file, "a learned rule has a threshold, not phrases", topic=rule_id, field=extra[0])
    return Rule(id=rule_id, tier=tier, says=says, source=source, phrases=(), learned_threshold=float(threshold))


def _parse_advice(data: Mapping[str, Any], topic_ids: Optional[set]) -> Dict[str, TierAdvice]:
    tiers = data.get("tiers")
    if not isinstance(tiers, dict):
        raise ContentError(TRIAGE_FILE, "needs a 'tiers' mapping")
    advice = {}
    for tier in ADVICE_TIERS:
        fields = tiers.get(tier)
        if not isinstance(fields, dict):
            raise ContentError(TRIAGE_FILE, "tier is missing", topic=tier)
        text = text_field(TRIAGE_FILE, fields, "text", tier)
        check_placeholders(TRIAGE_FILE, tier, text)
        follow_ups = tuple(_word_list(TRIAGE_FILE, tier, fields, "follow_ups"))
        unknown = [topic for topic in follow_ups if topic_ids is not None and topic not in topic_ids]
        if unknown:
            raise ContentError(
                TRIAGE_FILE, f"unknown follow-up id '{unknown[0]}'", topic=tier, field="follow_ups"
            )
        advice[tier] = TierAdvice(text=text, follow_ups=follow_ups)
    return advice


def _parse_context(data: Mapping[str, Any]) -> Context:
    fields = data.get("context")
    if not isinstance(fields, dict):
        raise ContentError(TRIAGE_FILE, "needs a 'context' mapping")
    window = fields.get("window")
    if not isinstance(window, int) or window < 1:
        raise ContentError(TRIAGE_FILE, "must be a whole number above 0", topic="context", field="window")
    lists = {name: tuple(_word_list(TRIAGE_FILE, "context", fields, name)) for name in CONTEXT_LISTS}
    return Context(window=window, **lists)
