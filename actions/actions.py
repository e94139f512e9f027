"""Rasa custom actions: translate between the tracker and the core's decisions (knee/)."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from knee.aspects import message_aspects
from knee.replies import triage_reply
from knee.store import ContentStore
from knee.story import symptom_details
from knee.topics import SYMPTOMS_INTENT, SYMPTOMS_TOPIC, resolve_topic
from knee.triage import PARSE_DATA_KEY, Assessment, higher_tier

STORE = ContentStore()


class ActionRespond(Action):
    """Answer the latest message from content, escalating first when it carries a red flag."""

    def name(self) -> Text:
        return "action_respond"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        STORE.refresh()
        message = tracker.latest_message or {}
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
            text = message.get("text") or ""
            aspects = message_aspects(message.get("entities") or [], text, STORE.content.aspect_words)
            topic = resolve_topic(STORE.content, intent, aspects, tracker.get_slot("topic"))
            reply = STORE.replies[topic]
        dispatcher.utter_message(text=reply.text, buttons=reply.button_list())
        tier = assessment.tier
        if intent == SYMPTOMS_INTENT and tier == "none":
            tier = "self_care"
        return [SlotSet("topic", topic)] + level_events(tracker, tier)


def message_assessment(message: Dict[Text, Any]) -> Assessment:
    """The triage the Rasa server decided for this message (components/red_flag_detector.py)."""
    return Assessment.from_parse_data(message.get(PARSE_DATA_KEY))


def level_events(tracker: Tracker, tier: str) -> List[Dict[Text, Any]]:
    """Raise triage_level to `tier` if that is higher; it never goes down in a session."""
    level = tracker.get_slot("triage_level")
    new_level = higher_tier(level, tier)
    return [SlotSet("triage_level", new_level)] if new_level != level else []
