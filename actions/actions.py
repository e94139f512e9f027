"""Rasa custom actions: translate between the tracker and the core's decisions (knee/).

The triage of each message was decided by the Rasa server (components/red_flag_detector.py) and
arrives in the message's parse data; these actions only choose the reply and the slots. A message
from a club's group chat says so in its metadata (knee/groups.py).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from knee.checkin import answer_kind
from knee.content import ANSWER_TOPICS
from knee.groups import PRIVATE_JSON_KEY, PRIVATE_MESSAGE_KEY, in_group
from knee.replies import (
    Reply, escalation_with_answer, group_reply, heard, private_invitation, question_reply, triage_reply, with_heard,
    with_other_questions,
)
from knee.store import ContentStore
from knee.story import symptom_details
from knee.topics import QUESTION_PARTS_KEY, SYMPTOMS_TOPIC, asked_together, is_unsure, named_in_conversation, topic_for
from knee.triage import PARSE_DATA_KEY, Assessment, higher_tier, with_confirmed

STORE = ContentStore()
# A safety question waiting for its answer: the tier asked about (the contract's slot), and what
# the runner's message would have had without the sign (its topic and triage), for a "No".
SAFETY_SLOT = "safety_check"
PENDING_SLOT = "safety_pending"
DISCLAIMER_SLOT = "disclaimer_given"
# The topic parts the runner has named so far in the conversation ("so should I run it?" is read
# with the race named three messages before).
NAMED_SLOT = "named_before"
# The topics of the questions a message asked together, for a later "and 3?" (knee/topics.py).
ASKED_SLOT = "asked_together"
YES_INTENT, NO_INTENT = "affirm", "deny"
UNSURE = "unsure"


class ActionRespond(Action):
    """Answer the latest message from content: an escalation first when it carries a red flag,
    a safety question when it carries a possible one, else the topic it asks about."""

    def name(self) -> Text:
        return "action_respond"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[Dict[Text, Any]]:
        STORE.refresh()
        before = tracker.get_slot(ASKED_SLOT) or []
        asked = asked_together(STORE.content, tracker.latest_message or {}, before)
        asked_events = [SlotSet(ASKED_SLOT, asked)] if asked != before else []
        return self._respond(dispatcher, tracker, before, asked) + named_events(tracker) + asked_events

    def _respond(self, dispatcher: CollectingDispatcher, tracker: Tracker, asked_before: List[str],
                 asked: List[str]) -> List[Dict[Text, Any]]:
        message = tracker.latest_message or {}
        assessment = message_assessment(message)
        events: List[Dict[Text, Any]] = []
        pending = tracker.get_slot(PENDING_SLOT) if tracker.get_slot(SAFETY_SLOT) else None
        if pending:
            answer = safety_answer(message)
            earlier = Assessment.from_parse_data(pending.get("triage"))
            if answer == UNSURE and earlier.question is not None:
                # "not sure", "dunno": the question again, which says what to do if the sign applies; it stays open
                dispatcher.utter_message(**reply_message(question_reply(earlier.question, STORE.triage, STORE.content)))
                return []
            events += [SlotSet(SAFETY_SLOT, None), SlotSet(PENDING_SLOT, None)]
            if answer is not None:
                if answer == "yes":
                    assessment = with_confirmed(earlier)
                    return self._answer_symptoms(dispatcher, tracker, assessment, "", events)
                return events + self._answer(dispatcher, tracker, pending.get("topic"), earlier, pending.get("text", ""),
                                             ask=False)
        topic = topic_for(STORE.content, message, tracker.get_slot("topic"), tracker.get_slot(NAMED_SLOT) or [],
                          asked_before)
        if in_group(message.get("metadata")) and (
                topic == SYMPTOMS_TOPIC or assessment.escalates or assessment.question or assessment.findings):
            return events + self._answer_in_group(dispatcher, tracker, topic, assessment, message["metadata"])
        # several questions at once: the answer to one, with buttons for the others
        others = list(dict.fromkeys(other for other in asked if other != topic and other in ANSWER_TOPICS)) if (
            message.get(QUESTION_PARTS_KEY)) else []
        return events + self._answer(dispatcher, tracker, topic, assessment, message.get("text") or "", others=others)

    def _answer(self, dispatcher: CollectingDispatcher, tracker: Tracker, topic: Optional[str],
                assessment: Assessment, text: str, ask: bool = True, others: Sequence[str] = ()) -> List[Dict[Text, Any]]:
        if not ask:
            assessment = assessment.without_question()
        if topic == SYMPTOMS_TOPIC or topic is None or (assessment.escalates and not assessment.answers_question):
            return self._answer_symptoms(dispatcher, tracker, assessment, text, [])
        if assessment.escalates:  # the advice first, then the answer to the question asked with it
            said = bool(tracker.get_slot(DISCLAIMER_SLOT))
            reply = escalation_with_answer(assessment, STORE.triage, STORE.content, topic_reply(topic),
                                           disclaimer=not said)
            dispatcher.utter_message(**reply_message(reply))
            events = [SlotSet("topic", topic)] + ([] if said else [SlotSet(DISCLAIMER_SLOT, True)])
            return events + level_events(tracker, assessment.tier)
        if assessment.question is not None:
            # A possible sign: ask first; a "No" brings the answer to what was asked.
            dispatcher.utter_message(**reply_message(question_reply(assessment.question, STORE.triage, STORE.content)))
            return [SlotSet(SAFETY_SLOT, assessment.question.tier),
                    SlotSet(PENDING_SLOT, {"topic": topic, "text": text, "triage": assessment.as_parse_data()})]
        reply = with_other_questions(topic_reply(topic), STORE.content, others, STORE.service.asked_together)
        if text and assessment.signs:  # a story told with the question: one sentence shows it was heard
            reply = with_heard(reply, heard(STORE.triage, symptom_details(text), assessment.signs))
        dispatcher.utter_message(**reply_message(reply))
        return [SlotSet("topic", topic)] + level_events(tracker, assessment.tier)

    def _answer_symptoms(self, dispatcher: CollectingDispatcher, tracker: Tracker, assessment: Assessment,
                         text: str, events: List[Dict[Text, Any]]) -> List[Dict[Text, Any]]:
        said = bool(tracker.get_slot(DISCLAIMER_SLOT))
        reply = triage_reply(assessment, STORE.triage, STORE.content, STORE.replies[SYMPTOMS_TOPIC].text,
                             symptom_details(text), disclaimer=not said)
        dispatcher.utter_message(**reply_message(reply))
        events = events + [SlotSet("topic", SYMPTOMS_TOPIC)]
        if assessment.question is not None:
            events += [SlotSet(SAFETY_SLOT, assessment.question.tier),
                       SlotSet(PENDING_SLOT, {"topic": SYMPTOMS_TOPIC, "text": text,
                                              "triage": assessment.as_parse_data()})]
        if not said:
            events.append(SlotSet(DISCLAIMER_SLOT, True))
        tier = assessment.tier if assessment.tier != "none" else "self_care"
        return events + level_events(tracker, tier)

    def _answer_in_group(self, dispatcher: CollectingDispatcher, tracker: Tracker, topic: str,
                         assessment: Assessment, metadata: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        """A member's own knee in a club's group chat: one short public reply (an escalation or
        safety question first, else the answer to their question) that offers a private chat.
        No safety question waits for its answer here: the member's symptoms go on in private."""
        story = topic == SYMPTOMS_TOPIC or assessment.escalates or assessment.question is not None
        said = bool(tracker.get_slot(DISCLAIMER_SLOT))
        offer = STORE.groups.offer(metadata, STORE.content.clinic.placeholders())
        reply = group_reply(assessment, STORE.triage, STORE.content, STORE.groups, offer,
                            answer=None if story else topic_reply(topic), disclaimer=not said)
        dispatcher.utter_message(**reply_message(reply))
        if metadata.get(PRIVATE_MESSAGE_KEY):
            dispatcher.utter_message(json_message={PRIVATE_JSON_KEY: private_invitation(STORE.groups, STORE.content)})
        events = [SlotSet("topic", SYMPTOMS_TOPIC if story else topic)]
        if not said and (assessment.escalates or assessment.question is not None):
            events.append(SlotSet(DISCLAIMER_SLOT, True))
        tier = assessment.tier if assessment.tier != "none" or not story else "self_care"
        return events + level_events(tracker, tier)


def topic_reply(topic: str) -> Reply:
    """A topic's reply, or the holding text while the clinic serves only signed-off answers."""
    clinic = STORE.content.clinic
    if clinic.serve_unreviewed or STORE.content.topics[topic].review is not None:
        return STORE.replies[topic]
    return Reply(STORE.service.unreviewed, STORE.replies[topic].buttons)


def safety_answer(message: Dict[Text, Any]) -> Optional[str]:
    """"yes" or "no" when the message answers a safety question, "unsure" when it says only that the
    runner is not sure, else None."""
    if is_unsure(message.get("text") or ""):
        return UNSURE
    intent = (message.get("intent") or {}).get("name")
    if intent in (YES_INTENT, NO_INTENT):
        return "yes" if intent == YES_INTENT else "no"
    kind = answer_kind(message.get("text") or "", STORE.checkin)
    return kind if kind in ("yes", "no") else None


def message_assessment(message: Dict[Text, Any]) -> Assessment:
    """The triage the Rasa server decided for this message (components/red_flag_detector.py)."""
    return Assessment.from_parse_data(message.get(PARSE_DATA_KEY))


def level_events(tracker: Tracker, tier: str) -> List[Dict[Text, Any]]:
    """Raise triage_level to `tier` if that is higher; it never goes down in a session."""
    level = tracker.get_slot("triage_level")
    new_level = higher_tier(level, tier)
    return [SlotSet("triage_level", new_level)] if new_level != level else []


def reply_message(reply: Reply) -> Dict[str, Any]:
    return {"text": reply.text, "buttons": reply.button_list()}


def named_events(tracker: Tracker) -> List[Dict[Text, Any]]:
    """The conversation's named topic parts with those of the latest message, when they change."""
    before = tracker.get_slot(NAMED_SLOT) or []
    now = named_in_conversation(before, tracker.latest_message or {}, STORE.content)
    return [SlotSet(NAMED_SLOT, now)] if now != before else []
