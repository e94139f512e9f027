"""Decide which content topic answers a message: a pure function of the NLU result and context."""
from __future__ import annotations

from typing import Dict, Iterable, Optional

from knee.content import EDUCATION_TOPICS, Content

FIRST_TOPIC = "what_is"
FALLBACK_TOPIC = "fallback"
SYMPTOMS_TOPIC = "symptoms"
# The intent of a runner's own symptom story; the Rasa server also forces it for an escalation.
SYMPTOMS_INTENT = "describe_symptoms"

TOPIC_BY_INTENT: Dict[str, str] = {
    "ask_what_is": "what_is",
    "ask_causes": "causes",
    "ask_why_rest_fails": "why_rest_fails",
    "ask_pt_approach": "pt_approach",
    "ask_seek_help": "seek_help",
    "ask_outlook": "outlook",
    SYMPTOMS_INTENT: SYMPTOMS_TOPIC,
    "greet": "greeting",
    "goodbye": "goodbye",
    "thanks": "thanks",
    "help": "help",
    "bot_challenge": "bot_challenge",
    "out_of_scope": "out_of_scope",
    "nlu_fallback": FALLBACK_TOPIC,
}
FOLLOW_UP_INTENT = "ask_more"
# Families whose sub-topics an aspect ("the hip part") can point to.
FAMILIES = ("causes", "pt_approach")


def resolve_topic(
    content: Content, intent: Optional[str], aspects: Iterable[str], last_topic: Optional[str]
) -> str:
    """Return the topic id that answers `intent`, narrowed by `aspects` and the last topic.

    A family question naming an aspect ("is it my glutes?") reaches that sub-topic; a follow-up
    ("tell me more", "and the hip part?") continues from the last topic answered.
    """
    aspects = list(aspects)
    if intent == FOLLOW_UP_INTENT:
        return _follow_up(content, aspects, last_topic)
    topic = TOPIC_BY_INTENT.get(intent or "", FALLBACK_TOPIC)
    if topic in FAMILIES:
        return _subtopic(content, topic, aspects) or topic
    return topic


def _follow_up(content: Content, aspects: list, last_topic: Optional[str]) -> str:
    last = content.topics.get(last_topic or "")
    if aspects:
        family = last.family if last is not None and last.family in FAMILIES else FAMILIES[0]
        for candidate in (family, *FAMILIES):
            found = _subtopic(content, candidate, aspects)
            if found:
                return found
    if last is None:
        return FIRST_TOPIC
    return last.follow_ups[0]


def _subtopic(content: Content, family: str, aspects: list) -> Optional[str]:
    for aspect in aspects:
        for topic_id in EDUCATION_TOPICS:
            topic = content.topics[topic_id]
            if topic.family == family and aspect in topic.aspects:
                return topic_id
    return None
