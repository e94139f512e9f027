"""Rasa custom actions: translate between the tracker and the content decisions."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.aspects import message_aspects
from actions.content_store import ContentStore
from actions.topics import resolve_topic

STORE = ContentStore()


class ActionRespond(Action):
    """Answer the latest message from content and remember which topic was answered."""

    def name(self) -> Text:
        return "action_respond"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        STORE.refresh()
        message = tracker.latest_message or {}
        aspects = message_aspects(
            message.get("entities") or [], message.get("text") or "", STORE.content.aspect_words
        )
        intent = (message.get("intent") or {}).get("name")
        topic = resolve_topic(STORE.content, intent, aspects, tracker.get_slot("topic"))
        reply = STORE.replies[topic]
        dispatcher.utter_message(text=reply.text, buttons=reply.button_list())
        return [SlotSet("topic", topic)]
