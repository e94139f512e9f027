"""Turn a topic into what the runner sees: clinic details filled in, follow-ups as buttons."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Dict, List, Mapping, Sequence, Tuple

from knee.content import Content, Topic
from knee.topics import TOPIC_BY_INTENT
from knee.triage import Assessment
from knee.triage_rules import TriageContent

_INTENT_BY_TOPIC = {topic: intent for intent, topic in TOPIC_BY_INTENT.items()}


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: Tuple[Mapping[str, str], ...]

    def button_list(self) -> List[Dict[str, str]]:
        return [dict(button) for button in self.buttons]


def button_payload(topic: Topic) -> str:
    """The message a button sends: the family's intent, plus the aspect that picks a sub-topic.

    Payloads are ordinary intents so that Slack, Telegram and the widget need nothing special.
    """
    intent = _INTENT_BY_TOPIC[topic.family]
    if not topic.aspects:
        return f"/{intent}"
    return f"/{intent}{json.dumps({'aspect': topic.aspects[0]}, separators=(',', ':'))}"


def build_replies(content: Content) -> Dict[str, Reply]:
    """Render every topic once, so answering a message is a dictionary look-up."""
    values = content.clinic.placeholders()
    return {
        topic.id: Reply(
            text=topic.text.format_map(values),
            buttons=tuple(_button(content, follow_up) for follow_up in topic.follow_ups),
        )
        for topic in content.topics.values()
    }


def _button(content: Content, topic_id: str) -> Mapping[str, str]:
    topic = content.topics[topic_id]
    return {"title": topic.title, "payload": button_payload(topic)}


def triage_reply(
    assessment: Assessment,
    triage: TriageContent,
    content: Content,
    symptoms_text: str,
    details: Sequence[str] = (),
) -> Reply:
    """The reply to a symptom description: escalations lead with what to do, symptom replies
    with which knee and how long, then what the description means; all end with the disclaimer."""
    tier = assessment.tier if assessment.tier != "none" else "self_care"
    advice = triage.advice[tier]
    action = advice.text.format_map(content.clinic.placeholders())
    reasons = " ".join(assessment.reasons())
    if assessment.escalates:
        parts = [action, f"Why: {reasons}"]
    else:
        parts = [reasons or symptoms_text, action]
        if details:
            parts.insert(0, f"{triage.details_intro} {', '.join(details)}.")
    buttons = tuple(_button(content, topic_id) for topic_id in advice.follow_ups)
    return Reply(text="\n\n".join([*parts, triage.disclaimer]), buttons=buttons)
