"""Load and validate the triage rules a clinician reviews: red_flags.yml (emergency and urgent),
symptom_features.yml (physio and self-care) and triage.yml (what each tier says). A mistake
names the file, the rule and the field, like the rest of content/.

A rule is a combination of findings (knee/findings.py): `when` lists what must all be present,
an inner list meaning any one of them ("swollen@knee", "injury", [rapid, large]); `unless` lists
everyday explanations that cancel it; with `sure_with`, the rule escalates only when one of those
is present too, and otherwise asks the runner its `ask` question (a safety question).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

from knee.content import ContentError, check_placeholders, read_yaml, text_field

RED_FLAGS_FILE = "red_flags.yml"
FEATURES_FILE = "symptom_features.yml"
TRIAGE_FILE = "triage.yml"

# Most urgent last, so that max() over tiers picks the most urgent.
TIERS: Tuple[str, ...] = ("none", "self_care", "physio", "urgent", "emergency")
RULE_TIERS = {RED_FLAGS_FILE: ("emergency", "urgent"), FEATURES_FILE: ("physio", "self_care")}
ADVICE_TIERS = ("emergency", "urgent", "physio", "self_care")
# Who an urgent rule sends the runner to: a doctor or physio (default), or a doctor.
WHO = ("doctor", "doctor_or_physio")


def tier_rank(tier: str) -> int:
    return TIERS.index(tier)


def has_finding(findings: Any, name: str) -> bool:
    """`name` is among `findings` ("fever"), or is a state on one of several sites
    ("swollen@calf|leg": swollen@calf or swollen@leg)."""
    if "@" not in name:
        return name in findings
    state, sites = name.split("@", 1)
    return any(f"{state}@{site}" in findings for site in sites.split("|"))


Condition = Tuple[str, ...]  # any one of these findings


@dataclass(frozen=True)
class Rule:
    id: str
    tier: str
    says: str
    source: str
    when: Tuple[Condition, ...]
    unless: Tuple[str, ...] = ()
    sure_with: Tuple[str, ...] = ()
    ask: Optional[str] = None
    child_only: bool = False
    who: str = "doctor_or_physio"
    do: Optional[str] = None  # what to do, instead of the tier's own words (chest pain: don't drive)
    answers_question: bool = False  # a question asked with it is answered after the advice

    def applies(self, has: Any, child: bool) -> bool:
        """Every condition is met and no everyday explanation cancels it."""
        if self.child_only and not child:
            return False
        return all(any(has(name) for name in condition) for condition in self.when) and not any(
            has(name) for name in self.unless
        )

    def is_sure(self, has: Any) -> bool:
        """Escalate at once; otherwise only ask. A rule with a question and no sure_with always asks."""
        if self.sure_with:
            return any(has(name) for name in self.sure_with)
        return self.ask is None


@dataclass(frozen=True)
class TierAdvice:
    text: str
    follow_ups: Tuple[str, ...]
    doctor_text: Optional[str] = None


@dataclass(frozen=True)
class TriageContent:
    rules: Mapping[str, Rule]
    advice: Mapping[str, TierAdvice]
    disclaimer: str
    safety_net: str
    heard_intro: str
    heard_signs: Mapping[str, str]
    ask_buttons: Tuple[str, str]
    learned_thresholds: Mapping[str, float]
    learned_doubt_below: Optional[float] = None


def load_triage(directory: Path, topic_ids: Optional[set] = None, findings: Optional[set] = None) -> TriageContent:
    """Read the three triage files; `topic_ids` checks the tiers' follow-up buttons exist and
    `findings` (the vocabulary's names) checks every rule names findings the reader knows."""
    rules: Dict[str, Rule] = {}
    for file, tiers in RULE_TIERS.items():
        raw = read_yaml(directory, file).get("rules")
        if not isinstance(raw, dict) or not raw:
            raise ContentError(file, "needs a non-empty 'rules' mapping of rule id to rule")
        for rule_id, fields in raw.items():
            if rule_id in rules:
                raise ContentError(file, "rule id is used twice", topic=str(rule_id))
            rules[str(rule_id)] = _parse_rule(file, str(rule_id), fields, tiers, findings)
    data = read_yaml(directory, TRIAGE_FILE)
    for name in ("disclaimer", "safety_net", "heard_intro"):
        check_placeholders(TRIAGE_FILE, name, text_field(TRIAGE_FILE, data, name))
    buttons = data.get("ask_buttons")
    if not (isinstance(buttons, list) and len(buttons) == 2 and all(isinstance(b, str) and b for b in buttons)):
        raise ContentError(TRIAGE_FILE, "must be the two answers to a safety question, e.g. [\"Yes\", \"No\"]",
                           field="ask_buttons")
    return TriageContent(
        rules=rules,
        advice=_parse_advice(data, topic_ids),
        disclaimer=text_field(TRIAGE_FILE, data, "disclaimer"),
        safety_net=text_field(TRIAGE_FILE, data, "safety_net"),
        heard_intro=text_field(TRIAGE_FILE, data, "heard_intro"),
        heard_signs=_heard_signs(data, findings),
        ask_buttons=(buttons[0], buttons[1]),
        learned_thresholds=_thresholds(data),
        learned_doubt_below=_doubt(data),
    )


def _heard_signs(data: Mapping[str, Any], findings: Optional[set]) -> Dict[str, str]:
    value = data.get("heard_signs")
    if not isinstance(value, dict):
        raise ContentError(TRIAGE_FILE, "needs heard_signs: a finding and the words that reflect it", field="heard_signs")
    unknown = [name for name in value if findings is not None and name not in findings]
    if unknown:
        raise ContentError(TRIAGE_FILE, f"unknown finding '{unknown[0]}' (see signs.yml)", field="heard_signs")
    return {str(name): text_field(TRIAGE_FILE, value, name, "heard_signs") for name in value}


def _doubt(data: Mapping[str, Any]) -> Optional[float]:
    """learned_doubt_below: optional; when every net reads a message below it, a rule's
    escalation becomes its safety question."""
    value = data.get("learned_doubt_below")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1:
        raise ContentError(TRIAGE_FILE, "must be a number between 0 and 1, or left out", field="learned_doubt_below")
    return float(value)


def _thresholds(data: Mapping[str, Any]) -> Dict[str, float]:
    value = data.get("learned_thresholds")
    if not isinstance(value, dict) or not value:
        raise ContentError(TRIAGE_FILE, "needs learned_thresholds: a number between 0 and 1 per tier",
                           field="learned_thresholds")
    thresholds = {}
    for tier, number in value.items():
        if tier not in ("emergency", "urgent"):
            raise ContentError(TRIAGE_FILE, "only emergency and urgent are learned", topic=str(tier),
                               field="learned_thresholds")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not 0 < number < 1:
            raise ContentError(TRIAGE_FILE, "must be a number between 0 and 1", topic=str(tier),
                               field="learned_thresholds")
        thresholds[str(tier)] = float(number)
    return thresholds


def _parse_rule(file: str, rule_id: str, fields: Any, tiers: Tuple[str, ...], findings: Optional[set]) -> Rule:
    if not isinstance(fields, dict):
        raise ContentError(file, "must be a mapping of fields", topic=rule_id)
    tier = text_field(file, fields, "tier", rule_id)
    if tier not in tiers:
        raise ContentError(file, f"must be one of {', '.join(tiers)} in this file", topic=rule_id, field="tier")
    child_only = fields.get("child_only", False)
    if not isinstance(child_only, bool):
        raise ContentError(file, "must be true or false", topic=rule_id, field="child_only")
    when = _conditions(file, rule_id, fields.get("when"), findings)
    unless = _names(file, rule_id, fields, "unless", findings)
    sure_with = _names(file, rule_id, fields, "sure_with", findings)
    ask = fields.get("ask")
    if sure_with and not ask:
        raise ContentError(file, "a rule with sure_with needs the question to ask otherwise", topic=rule_id, field="ask")
    if ask is not None and tier not in ("emergency", "urgent"):
        raise ContentError(file, "only red flags ask safety questions", topic=rule_id, field="ask")
    if ask is not None:
        ask = text_field(file, fields, "ask", rule_id)
        check_placeholders(file, rule_id, ask)
        if tier == "emergency" and "{emergency_number}" not in ask:
            raise ContentError(file, "an emergency question must give {emergency_number}", topic=rule_id, field="ask")
    who = fields.get("who", "doctor_or_physio")
    if who not in WHO:
        raise ContentError(file, f"must be one of {', '.join(WHO)}", topic=rule_id, field="who")
    answers_question = fields.get("answers_question", False)
    if not isinstance(answers_question, bool):
        raise ContentError(file, "must be true or false", topic=rule_id, field="answers_question")
    if answers_question and tier != "urgent":
        raise ContentError(file, "only an urgent rule lets the question be answered after it", topic=rule_id,
                           field="answers_question")
    do = fields.get("do")
    if do is not None:
        do = text_field(file, fields, "do", rule_id)
        check_placeholders(file, rule_id, do)
    says = text_field(file, fields, "says", rule_id)
    check_placeholders(file, rule_id, says)
    return Rule(
        id=rule_id, tier=tier, says=says, source=text_field(file, fields, "source", rule_id), when=when,
        unless=unless, sure_with=sure_with, ask=ask, child_only=child_only, who=who, do=do,
        answers_question=answers_question,
    )


def _conditions(file: str, rule_id: str, value: Any, findings: Optional[set]) -> Tuple[Condition, ...]:
    if not isinstance(value, list) or not value:
        raise ContentError(file, "must be a non-empty list of findings", topic=rule_id, field="when")
    conditions = []
    for item in value:
        names = item if isinstance(item, list) else [item]
        conditions.append(tuple(_checked(file, rule_id, "when", names, findings)))
    return tuple(conditions)


def _names(file: str, rule_id: str, fields: Mapping[str, Any], name: str, findings: Optional[set]) -> Tuple[str, ...]:
    if name not in fields:
        return ()
    value = fields[name]
    if not isinstance(value, list) or not value:
        raise ContentError(file, "must be a non-empty list of findings", topic=rule_id, field=name)
    return tuple(_checked(file, rule_id, name, value, findings))


def _checked(file: str, rule_id: str, field: str, names: Iterable[Any], findings: Optional[set]) -> List[str]:
    checked = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise ContentError(file, "entries must be finding names", topic=rule_id, field=field)
        name = name.strip()
        parts = [name] if "@" not in name else [f"{name.split('@')[0]}@{site}" for site in name.split("@", 1)[1].split("|")]
        unknown = [part for part in parts if findings is not None and part not in findings]
        if unknown:
            raise ContentError(file, f"unknown finding '{unknown[0]}' (see signs.yml)", topic=rule_id, field=field)
        checked.append(name)
    return checked


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
        doctor_text = fields.get("doctor_text")
        if doctor_text is not None:
            doctor_text = text_field(TRIAGE_FILE, fields, "doctor_text", tier)
            check_placeholders(TRIAGE_FILE, tier, doctor_text)
        follow_ups = fields.get("follow_ups", [])
        if not isinstance(follow_ups, list) or not all(isinstance(t, str) for t in follow_ups):
            raise ContentError(TRIAGE_FILE, "must be a list of topic ids", topic=tier, field="follow_ups")
        if tier == "emergency" and follow_ups:
            raise ContentError(TRIAGE_FILE, "an emergency offers no education topics", topic=tier, field="follow_ups")
        unknown = [topic for topic in follow_ups if topic_ids is not None and topic not in topic_ids]
        if unknown:
            raise ContentError(TRIAGE_FILE, f"unknown follow-up id '{unknown[0]}'", topic=tier, field="follow_ups")
        advice[tier] = TierAdvice(text=text, follow_ups=tuple(follow_ups), doctor_text=doctor_text)
    return advice
