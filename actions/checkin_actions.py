"""Rasa actions of the symptom check-in form: ask from content, validate answers, summarise."""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.actions import STORE, level_events, message_assessment
from knee.checkin import SKIPPED, answer_kind, checkin_findings
from knee.replies import triage_reply
from knee.topics import SYMPTOMS_TOPIC
from knee.triage import PARSE_DATA_KEY, assessment_of, signs_in_parse_data

FORM = "knee_checkin_form"
STATUS_SLOT = "checkin_status"  # None while running, "stopped" or "escalated" when it ended early
SIGNS_SLOT = "checkin_signs"  # the signs the Rasa server found in the free-text answers so far


class ValidateKneeCheckinForm(FormValidationAction):
    """Normalise each answer; "stop" or a red flag in any answer ends the check-in at once."""

    def name(self) -> Text:
        return f"validate_{FORM}"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        return [] if tracker.get_slot(STATUS_SLOT) else STORE.checkin.slots

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        STORE.refresh()
        slot = tracker.get_slot("requested_slot")
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        if slot not in STORE.checkin.slots:
            return []
        kind = answer_kind(text, STORE.checkin)
        if kind == "stop":
            return [SlotSet(slot, None), SlotSet(STATUS_SLOT, "stopped"), SlotSet("requested_slot", None)]
        events = [SlotSet(slot, SKIPPED if kind == "skip" else text)]
        signs = signs_in_parse_data(message.get(PARSE_DATA_KEY))
        if kind is None and signs:
            kept = list(tracker.get_slot(SIGNS_SLOT) or []) + [sign.as_dict() for sign in signs]
            events.append(SlotSet(SIGNS_SLOT, kept))
        if message_assessment(message).escalates:
            events += [SlotSet(STATUS_SLOT, "escalated"), SlotSet("requested_slot", None)]
        return events


class AskCheckinQuestion(Action):
    """Ask one check-in question from content/checkin.yml with its answers as buttons."""

    slot = ""

    def name(self) -> Text:
        return f"action_ask_{self.slot}"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        STORE.refresh()
        checkin = STORE.checkin
        if self.slot == checkin.slots[0]:
            dispatcher.utter_message(text=checkin.intro)
        question = checkin.question(self.slot)
        buttons = [{"title": answer, "payload": answer} for answer in question.buttons]
        dispatcher.utter_message(text=question.ask, buttons=buttons)
        return []


def _ask_action(slot: str) -> type:
    return type(f"AskCheckin_{slot}", (AskCheckinQuestion,), {"slot": slot})


ASK_ACTIONS = [_ask_action(slot) for slot in STORE.checkin.slots]


class ActionCheckinSummary(Action):
    """End of the check-in: the tier, the reasons in plain words, topics to read next."""

    def name(self) -> Text:
        return "action_checkin_summary"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        STORE.refresh()
        checkin = STORE.checkin
        reset = [SlotSet(slot, None) for slot in checkin.slots + [STATUS_SLOT, SIGNS_SLOT]]
        if tracker.get_slot(STATUS_SLOT) == "stopped":
            text = checkin.stopped.format_map(STORE.content.clinic.placeholders())
            dispatcher.utter_message(text=text)
            return reset
        answers = {slot: tracker.get_slot(slot) for slot in checkin.slots}
        answer_signs = signs_in_parse_data({"signs": tracker.get_slot(SIGNS_SLOT) or []})
        assessment = assessment_of(checkin_findings(answers, checkin, STORE.triage.rules, answer_signs))
        reply = triage_reply(assessment, STORE.triage, STORE.content, STORE.replies[SYMPTOMS_TOPIC].text)
        dispatcher.utter_message(text=reply.text, buttons=reply.button_list())
        tier = assessment.tier if assessment.tier != "none" else "self_care"
        return reset + [SlotSet("topic", SYMPTOMS_TOPIC)] + level_events(tracker, tier)
