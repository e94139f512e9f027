"""Rasa actions of the symptom check-in form: ask from content, read each answer, summarise.

Each answer adds findings: a button's or a yes/no's from content/checkin.yml, or, for an answer in
the runner's own words, those the Rasa server read in it (its parse data). A yes to a screening
question that makes the check-in urgent or an emergency ends it at once with the escalation.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.actions import DISCLAIMER_SLOT, STORE, reply_message, level_events, message_assessment
from knee.checkin import SKIPPED, answer_kind, assess_answers, ends_checkin
from knee.replies import triage_reply
from knee.topics import SYMPTOMS_TOPIC

FORM = "knee_checkin_form"
STATUS_SLOT = "checkin_status"  # None while running, "stopped" or "escalated" when it ended early
FINDINGS_SLOT = "checkin_findings"  # every finding the answers gave so far


def findings_so_far(tracker: Tracker) -> List[str]:
    return list(tracker.get_slot(FINDINGS_SLOT) or STORE.checkin.starts_with)


class ValidateKneeCheckinForm(FormValidationAction):
    """Read each answer; "stop", or an answer that makes it urgent, ends the check-in at once."""

    def name(self) -> Text:
        return f"validate_{FORM}"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        if tracker.get_slot(STATUS_SLOT):
            return []
        return STORE.checkin.slots_to_ask(findings_so_far(tracker))

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        STORE.refresh()
        slot = tracker.get_slot("requested_slot")
        if slot not in STORE.checkin.slots:
            return []
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        kind = answer_kind(text, STORE.checkin)
        if kind == "stop":
            return [SlotSet(slot, None), SlotSet(STATUS_SLOT, "stopped"), SlotSet("requested_slot", None)]
        question = STORE.checkin.question(slot)
        before = findings_so_far(tracker)
        said = list(question.findings_for(text, kind)) + list(message_assessment(message).signs)
        after = list(dict.fromkeys(before + said))
        events = [SlotSet(slot, SKIPPED if kind == "skip" else text), SlotSet(FINDINGS_SLOT, after)]
        rules = list(STORE.triage.rules.values())
        if message_assessment(message).escalates or ends_checkin(rules, before, after, question):
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
            dispatcher.utter_message(text=checkin.intro.format_map(STORE.content.clinic.placeholders()))
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
        reset = [SlotSet(slot, None) for slot in checkin.slots + [STATUS_SLOT, FINDINGS_SLOT]]
        if tracker.get_slot(STATUS_SLOT) == "stopped":
            dispatcher.utter_message(text=checkin.stopped.format_map(STORE.content.clinic.placeholders()))
            return reset
        assessment = assess_answers(STORE.triage.rules.values(), findings_so_far(tracker)).without_question()
        said = bool(tracker.get_slot(DISCLAIMER_SLOT))
        reply = triage_reply(assessment, STORE.triage, STORE.content, STORE.replies[SYMPTOMS_TOPIC].text,
                             disclaimer=not said)
        dispatcher.utter_message(**reply_message(reply))
        tier = assessment.tier if assessment.tier != "none" else "self_care"
        events = reset + [SlotSet("topic", SYMPTOMS_TOPIC)] + level_events(tracker, tier)
        return events + ([] if said else [SlotSet(DISCLAIMER_SLOT, True)])
