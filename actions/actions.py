"""Rasa custom actions: translate between the tracker and the content decisions."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.aspects import message_aspects
from actions.content_store import ContentStore
from actions.replies import triage_reply
from actions.symptom_details import symptom_details
from actions.topics import resolve_topic
from actions.triage import Assessment, assessment_of, higher_tier

STORE = ContentStore()
SYMPTOMS_TOPIC = "symptoms"
SYMPTOMS_INTENT = "describe_symptoms"
FINDING_ENTITY = "finding"


class ActionRespond(Action):
    """Answer the latest message from content, escalating first when it carries a red flag."""

    def name(self) -> Text:
        return "action_respond"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        STORE.refresh()
        message = tracker.latest_message or {}
        entities = message.get("entities") or []
        intent = (message.get("intent") or {}).get("name")
        assessment = message_assessment(message)
        if assessment.escalates or intent == SYMPTOMS_INTENT:
            topic = SYMPTOMS_TOPIC
            reply = triage_reply(
                assessment,
                STORE.triage,
                STORE.content,
                STORE.replies[SYMPTOMS_TOPIC].text,
                symptom_details(message.get("text") or ""),
            )
        else:
            aspects = message_aspects(entities, message.get("text") or "", STORE.content.aspect_words)
            topic = resolve_topic(STORE.content, intent, aspects, tracker.get_slot("topic"))
            reply = STORE.replies[topic]
        dispatcher.utter_message(text=reply.text, buttons=reply.button_list())
        tier = assessment.tier
        if intent == SYMPTOMS_INTENT and tier == "none":
            tier = "self_care"
        return [SlotSet("topic", topic)] + level_events(tracker, tier)


def message_assessment(message: Dict[Text, Any]) -> Assessment:
    """The tier of the signs RedFlagDetector found in a message (its `finding` entities)."""
    rules = STORE.triage.rules
    return assessment_of(
        rules[entity["value"]]
        for entity in message.get("entities") or []
        if entity.get("entity") == FINDING_ENTITY and entity.get("value") in rules
    )


def level_events(tracker: Tracker, tier: str) -> List[Dict[Text, Any]]:
    """Raise triage_level to `tier` if that is higher; it never goes down in a session."""
    level = tracker.get_slot("triage_level")
    new_level = higher_tier(level, tier)
    return [SlotSet("triage_level", new_level)] if new_level != level else []
