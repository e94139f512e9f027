"""action_respond, run as Rasa runs it: a Tracker in (with the triage the Rasa server decided in
the message's parse data), messages and slot events out. Expected texts come from content/."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import actions
from actions.actions import ActionRespond
from knee.store import ContentStore
from knee.triage import Finding, Question, assessment_of
from tests.expected import clinic, content_file, filled, topic, topic_text

RULES = {**content_file("red_flags.yml")["rules"], **content_file("symptom_features.yml")["rules"]}
TIERS = content_file("triage.yml")["tiers"]


def decided(*rule_ids: str, ask: Optional[str] = None, signs: tuple = ()) -> Dict[str, Any]:
    """The triage the Rasa server puts in a message's parse data when these rules count (and
    `ask` is a possible sign it asks about)."""
    findings = [Finding(rule_id, RULES[rule_id]["tier"], RULES[rule_id]["says"], RULES[rule_id].get("who", "doctor_or_physio"),
                        RULES[rule_id].get("do"), RULES[rule_id].get("answers_question", False)) for rule_id in rule_ids]
    assessment = assessment_of(findings)
    if ask:
        rule = RULES[ask]
        assessment = type(assessment)(assessment.tier, assessment.findings,
                                      Question(ask, rule["tier"], rule["ask"], rule["says"], rule.get("do")), signs)
    elif signs:
        assessment = type(assessment)(assessment.tier, assessment.findings, None, signs)
    return assessment.as_parse_data()


def tracker_for(intent: str, entities: Optional[List[Dict[str, Any]]] = None, topic_id: Optional[str] = None,
                triage: Optional[Dict[str, Any]] = None, text: str = "...", **slots: Any) -> Tracker:
    return Tracker(
        sender_id="runner",
        slots={"topic": topic_id, "triage_level": "none", **slots},
        latest_message={"text": text, "intent": {"name": intent}, "entities": entities or [], "triage": triage},
        events=[], paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen",
    )


def respond(tracker: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    events = ActionRespond().run(dispatcher, tracker, domain={})
    return dispatcher.messages, events


def slot(events: list, name: str) -> Any:
    values = [event["value"] for event in events if event.get("name") == name]
    return values[-1] if values else "unset"


# -- topics -------------------------------------------------------------------------------------

def test_answers_from_content_and_sets_topic() -> None:
    messages, events = respond(tracker_for("ask_why_rest_fails"))
    assert messages[0]["text"] == topic_text("why_rest_fails")
    assert events == [SlotSet("topic", "why_rest_fails")]


def test_every_answer_offers_its_next_topics_as_buttons() -> None:
    messages, _ = respond(tracker_for("ask_what_is"))
    assert [b["title"] for b in messages[0]["buttons"]] == [topic(t)["title"] for t in topic("what_is")["follow_ups"]]


def test_the_parts_a_runner_names_are_remembered_and_read_with_later_questions() -> None:
    _, events = respond(tracker_for("ask_braces_taping", text="will a sleeve help on race day? 10 miler on the 14th"))
    assert set(slot(events, "named_before")) == {"braces", "race"}
    # nothing new named: the slot is left as it is
    _, events = respond(tracker_for("ask_why_rest_fails", named_before=["race"]))
    assert slot(events, "named_before") == "unset"
    later = Tracker(
        sender_id="runner", slots={"topic": "treatment.braces_taping", "triage_level": "none", "named_before": ["braces", "race"]},
        latest_message={"text": "so should i run it or not", "intent": {"name": "ask_race_soon", "confidence": 0.39},
                        "intent_ranking": [{"name": "ask_race_soon", "confidence": 0.39},
                                           {"name": "ask_keep_running", "confidence": 0.26}],
                        "entities": [], "triage": None},
        events=[], paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen")
    messages, events = respond(later)
    assert messages[0]["text"] == topic_text("training.race_soon")
    assert slot(events, "topic") == "training.race_soon"


def test_a_question_beyond_the_article_gets_its_own_answer() -> None:
    messages, events = respond(tracker_for("ask_braces_taping"))
    assert messages[0]["text"] == topic_text("treatment.braces_taping")
    assert slot(events, "topic") == "treatment.braces_taping"


def test_named_contributor_reaches_its_subtopic() -> None:
    _, events = respond(tracker_for("ask_causes", [{"entity": "aspect", "value": "fatigue"}]))
    assert slot(events, "topic") == "causes.fatigue"


def test_follow_up_continues_the_last_topic() -> None:
    _, events = respond(tracker_for("ask_more", topic_id="why_rest_fails", text="tell me more"))
    assert slot(events, "topic") == topic("why_rest_fails")["follow_ups"][0]


def test_follow_up_naming_a_subject_goes_to_its_topic() -> None:
    tracker = tracker_for("ask_more", topic_id="exercises.examples", text="what about taping?")
    assert slot(respond(tracker)[1], "topic") == "treatment.braces_taping"


def test_low_confidence_offers_choices_instead_of_a_guess() -> None:
    messages, events = respond(tracker_for("nlu_fallback", topic_id="causes"))
    assert slot(events, "topic") == "fallback" and len(messages[0]["buttons"]) >= 2


def test_a_story_the_classifier_could_not_place_is_answered_as_a_story() -> None:
    tracker = tracker_for("nlu_fallback", triage=decided("squatting_or_kneeling", "knee_pain"),
                          text="my kneecap aches when i squat, no swelling and it never gives way")
    messages, events = respond(tracker)
    assert slot(events, "topic") == "symptoms" and slot(events, "triage_level") == "self_care"
    assert filled(content_file("triage.yml")["safety_net"]) in messages[0]["text"]


def test_a_story_told_with_a_question_gets_the_answer_and_a_sentence_that_it_was_heard() -> None:
    tracker = tracker_for("ask_race_soon", triage=decided("front_of_knee", signs=("front_of_knee",)),
                          text="my left kneecap aches after long runs, half marathon in 10 days, should I run it?")
    messages, events = respond(tracker)
    heard, answer = messages[0]["text"].split("\n\n", 1)
    assert heard.startswith(content_file("triage.yml")["heard_intro"]) and "left knee" in heard
    assert answer == topic_text("training.race_soon")
    assert slot(events, "topic") == "training.race_soon"


def test_unreviewed_answers_wait_when_the_clinic_serves_only_signed_off_ones(content_copy: Path) -> None:
    path = content_copy / "clinic.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["settings"] = {"serve_unreviewed": False}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    original, actions.STORE = actions.STORE, ContentStore(content_copy)
    try:
        messages, _ = respond(tracker_for("ask_surgery"))
    finally:
        actions.STORE = original
    assert messages[0]["text"].startswith(" ".join(filled(content_file("service.yml")["unreviewed"]).split()[:6]))


# -- escalations --------------------------------------------------------------------------------

def test_an_emergency_leads_with_what_to_do_now_and_names_only_emergency_reasons() -> None:
    tracker = tracker_for("describe_symptoms", topic_id="what_is",
                          triage=decided("cannot_bear_weight", "pain_after_injury"))
    messages, events = respond(tracker)
    text = messages[0]["text"]
    assert text.startswith(filled(" ".join(TIERS["emergency"]["text"].split())))
    assert RULES["cannot_bear_weight"]["says"] in text
    assert RULES["pain_after_injury"]["says"] not in text  # urgent words under an emergency
    assert "soon" not in text.lower()
    assert messages[0]["buttons"] == []  # no education topics under an emergency
    assert slot(events, "triage_level") == "emergency" and slot(events, "topic") == "symptoms"


def test_chest_pain_says_call_now_and_dont_drive() -> None:
    messages, _ = respond(tracker_for("describe_symptoms", triage=decided("chest_pain_during_exercise")))
    text = messages[0]["text"]
    assert text.startswith(filled(RULES["chest_pain_during_exercise"]["do"]))
    assert "Don't drive yourself" in text and clinic()["emergency_department"] in text


def test_urgent_gives_the_clinic_and_the_out_of_hours_route() -> None:
    messages, events = respond(tracker_for("describe_symptoms", triage=decided("locking_or_giving_way")))
    text = messages[0]["text"]
    assert text.startswith(filled(" ".join(TIERS["urgent"]["text"].split())))
    assert clinic()["phone"] in text and clinic()["out_of_hours"] in text
    assert slot(events, "triage_level") == "urgent"


def test_a_pain_that_has_not_settled_is_escalated_and_the_question_asked_with_it_answered() -> None:
    text = "3 years of this knee, tried insoles, a strap and two physios. does it ever actually go away?"
    messages, events = respond(tracker_for("ask_outlook", triage=decided("not_improving", "knee_pain"), text=text))
    reply = messages[0]["text"]
    assert reply.startswith(filled(" ".join(RULES["not_improving"]["do"].split())))  # what to do comes first
    assert RULES["not_improving"]["says"] in reply and topic_text("outlook") in reply
    assert reply.index(RULES["not_improving"]["says"]) < reply.index(topic_text("outlook"))
    assert "Don't run on it" not in reply  # the answer may be about running: the advice doesn't forbid it
    assert slot(events, "topic") == "outlook" and slot(events, "triage_level") == "urgent"
    assert content_file("triage.yml")["disclaimer"] in reply and slot(events, "disclaimer_given") is True


def test_a_pain_that_has_not_settled_told_without_a_question_gets_the_escalation_alone() -> None:
    text = "3 years of this knee, tried insoles, rest and two physios, and it still aches on the stairs"
    messages, events = respond(tracker_for("describe_symptoms", triage=decided("not_improving"), text=text))
    assert topic_text("outlook") not in messages[0]["text"]
    assert slot(events, "topic") == "symptoms" and slot(events, "triage_level") == "urgent"


def test_a_question_is_not_answered_beside_any_other_red_flag() -> None:
    text = "still hurts after 3 months of rehab and now it gives way on stairs. will it ever go away?"
    messages, events = respond(tracker_for("ask_outlook", triage=decided("not_improving", "locking_or_giving_way"),
                                           text=text))
    assert messages[0]["text"].startswith(filled(" ".join(TIERS["urgent"]["text"].split())))
    assert topic_text("outlook") not in messages[0]["text"]
    assert slot(events, "topic") == "symptoms" and slot(events, "triage_level") == "urgent"


def test_reasons_for_a_doctor_send_the_runner_to_a_doctor() -> None:
    messages, _ = respond(tracker_for("describe_symptoms", triage=decided("unexplained_weight_loss")))
    assert messages[0]["text"].startswith(filled(" ".join(TIERS["urgent"]["doctor_text"].split())))


def test_self_care_carries_a_review_point_and_the_emergency_number() -> None:
    messages, events = respond(tracker_for("describe_symptoms", triage=decided("front_of_knee")))
    text = messages[0]["text"]
    assert filled(content_file("triage.yml")["safety_net"]) in text
    assert clinic()["emergency_number"] in text and "2 to 3 weeks" in text
    assert slot(events, "triage_level") == "self_care"


def test_the_symptoms_reply_never_says_what_the_runner_has() -> None:
    messages, _ = respond(tracker_for("describe_symptoms", triage=decided("front_of_knee", "stairs_or_hills")))
    text = messages[0]["text"].lower()
    assert "fits the pattern" not in text and "you have runner" not in text and "this is runner" not in text


def test_the_disclaimer_is_said_once_per_conversation() -> None:
    disclaimer = content_file("triage.yml")["disclaimer"]
    first, events = respond(tracker_for("describe_symptoms", triage=decided("front_of_knee")))
    assert disclaimer in first[0]["text"] and slot(events, "disclaimer_given") is True
    again, _ = respond(tracker_for("describe_symptoms", triage=decided("front_of_knee"), disclaimer_given=True))
    assert disclaimer not in again[0]["text"]


# -- safety questions ---------------------------------------------------------------------------

def test_a_possible_emergency_sign_is_asked_about_with_the_number_and_yes_no() -> None:
    tracker = tracker_for("ask_what_is", triage=decided(ask="numb_or_cold_foot_possible"), text="my foot went numb")
    messages, events = respond(tracker)
    assert messages[0]["text"] == filled(" ".join(RULES["numb_or_cold_foot_possible"]["ask"].split()))
    assert clinic()["emergency_number"] in messages[0]["text"]
    assert [b["title"] for b in messages[0]["buttons"]] == content_file("triage.yml")["ask_buttons"]
    assert slot(events, "safety_check") == "emergency"


def test_yes_to_a_safety_question_escalates_at_once() -> None:
    pending = {"topic": "what_is", "text": "my foot went numb", "triage": decided(ask="numb_or_cold_foot_possible")}
    messages, events = respond(tracker_for("affirm", text="yes", safety_check="emergency", safety_pending=pending))
    assert messages[0]["text"].startswith(filled(" ".join(TIERS["emergency"]["text"].split())))
    assert RULES["numb_or_cold_foot_possible"]["says"] in messages[0]["text"]
    assert slot(events, "triage_level") == "emergency" and slot(events, "safety_check") is None


def test_no_to_a_safety_question_answers_the_runners_message() -> None:
    pending = {"topic": "what_is", "text": "my foot went numb", "triage": decided(ask="numb_or_cold_foot_possible")}
    messages, events = respond(tracker_for("deny", text="no, just cold", safety_check="emergency", safety_pending=pending))
    assert messages[0]["text"] == topic_text("what_is")
    assert slot(events, "safety_check") is None and slot(events, "triage_level") == "unset"


@pytest.mark.parametrize("intent, text", [("deny", "dunno"), ("affirm", "hmm not sure"), ("deny", "idk")])
def test_not_sure_to_a_safety_question_asks_it_again_and_keeps_it_open(intent: str, text: str) -> None:
    pending = {"topic": "what_is", "text": "my foot went numb", "triage": decided(ask="numb_or_cold_foot_possible")}
    messages, events = respond(tracker_for(intent, text=text, safety_check="emergency", safety_pending=pending))
    assert messages[0]["text"] == filled(" ".join(RULES["numb_or_cold_foot_possible"]["ask"].split()))
    assert clinic()["emergency_number"] in messages[0]["text"]
    assert [b["title"] for b in messages[0]["buttons"]] == content_file("triage.yml")["ask_buttons"]
    assert events == []  # the question stays open: a "yes" next still escalates, a "no" answers the message


def test_an_escalation_can_carry_a_question_about_a_more_urgent_sign() -> None:
    tracker = tracker_for("describe_symptoms", triage=decided("pain_after_injury", ask="rapid_swelling_after_injury"))
    messages, events = respond(tracker)
    text = messages[0]["text"]
    assert text.startswith(filled(" ".join(TIERS["urgent"]["text"].split())))
    assert text.endswith(filled(" ".join(RULES["rapid_swelling_after_injury"]["ask"].split())))
    assert slot(events, "triage_level") == "urgent" and slot(events, "safety_check") == "emergency"


def test_clinic_edit_changes_replies_without_restart(content_copy: Path) -> None:
    store = ContentStore(content_copy)
    clinic_file = content_copy / "clinic.yml"
    data = yaml.safe_load(clinic_file.read_text(encoding="utf-8"))
    data["clinic"]["name"] = "Hillside Knee Clinic"
    time.sleep(0.01)
    clinic_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    store.refresh()
    assert "Hillside Knee Clinic" in store.replies["greeting"].text


def test_invalid_edit_keeps_the_previous_content(content_copy: Path, caplog) -> None:
    store = ContentStore(content_copy)
    before = store.replies["greeting"].text
    (content_copy / "conversation.yml").write_text("topics: {}\n", encoding="utf-8")
    store.refresh()
    assert store.replies["greeting"].text == before
    assert "conversation.yml: topic 'greeting': topic is missing" in caplog.text


def test_several_questions_get_one_answer_with_the_others_as_buttons_and_a_number_picks_one() -> None:
    parts = [("what actually is runner's knee", "ask_what_is"), ("do I have to stop running", "ask_keep_running"),
             ("how long does it take to sort out", "ask_recurrence")]
    text = "three questions: " + " ".join(f"{n}) {part}" for n, (part, _) in enumerate(parts, 1))
    asked = Tracker(
        sender_id="runner", slots={"topic": None, "triage_level": "none"},
        latest_message={"text": text, "intent": {"name": "ask_what_is", "confidence": 0.6}, "entities": [], "triage": None,
                        "question_parts": [{"text": part, "intent_ranking": [{"name": intent, "confidence": 0.9}]}
                                           for part, intent in parts]},
        events=[], paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen")
    messages, events = respond(asked)
    note = filled(content_file("service.yml")["asked_together"])
    assert messages[0]["text"].startswith(topic_text("what_is")) and " ".join(note.split()) in messages[0]["text"]
    assert [b["title"] for b in messages[0]["buttons"]][:2] == [topic("training.keep_running")["title"],
                                                                 topic("outlook.recurrence")["title"]]
    assert slot(events, "asked_together") == ["what_is", "training.keep_running", "outlook.recurrence"]
    # "and 3?" is answered with the third question's topic; one question alone gets no note
    messages, events = respond(tracker_for("nlu_fallback", topic_id="what_is", text="and 3?",
                                           asked_together=slot(events, "asked_together")))
    assert messages[0]["text"] == topic_text("outlook.recurrence")
    assert slot(events, "asked_together") == "unset"
