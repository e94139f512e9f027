"""action_respond, run as Rasa runs it: a Tracker in, messages and slot events out."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import actions
from actions.actions import ActionRespond
from knee.store import ContentStore
from knee.triage import Finding, assessment_of


def decided(*rule_ids: str) -> Dict[str, Any]:
    """The triage the Rasa server puts in a message's parse data when it finds these rules."""
    signs = [Finding.of(actions.STORE.triage.rules[rule_id]) for rule_id in rule_ids]
    return assessment_of(signs).as_parse_data(signs)


def tracker_for(
    intent: str,
    entities: Optional[List[Dict[str, Any]]] = None,
    topic: Optional[str] = None,
    triage: Optional[Dict[str, Any]] = None,
) -> Tracker:
    return Tracker(
        sender_id="runner",
        slots={"topic": topic, "triage_level": "none"},
        latest_message={"text": "...", "intent": {"name": intent}, "entities": entities or [],
                        "triage": triage},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def respond(tracker: Tracker) -> tuple:
    dispatcher = CollectingDispatcher()
    events = ActionRespond().run(dispatcher, tracker, domain={})
    return dispatcher.messages, events


def test_answers_from_content_and_sets_topic() -> None:
    messages, events = respond(tracker_for("ask_why_rest_fails"))
    assert messages[0]["text"] == actions.STORE.replies["why_rest_fails"].text
    assert events == [SlotSet("topic", "why_rest_fails")]


def test_every_answer_offers_next_topics_as_buttons() -> None:
    messages, _ = respond(tracker_for("ask_what_is"))
    titles = [button["title"] for button in messages[0]["buttons"]]
    assert titles == ["What causes it", *titles[1:]] and 2 <= len(titles) <= 3
    assert messages[0]["buttons"][0]["payload"] == "/ask_causes"


def test_named_contributor_reaches_its_subtopic() -> None:
    entities = [{"entity": "aspect", "value": "fatigue"}]
    messages, events = respond(tracker_for("ask_causes", entities))
    assert events == [SlotSet("topic", "causes.fatigue")]
    assert "tired" in messages[0]["text"].lower()


def test_follow_up_continues_the_last_topic() -> None:
    _, events = respond(tracker_for("ask_more", topic="pt_approach"))
    assert events == [SlotSet("topic", "pt_approach.root_cause")]


def test_subtopic_button_leads_back_to_that_subtopic() -> None:
    messages, _ = respond(tracker_for("ask_causes"))
    payload = messages[0]["buttons"][0]["payload"]
    assert payload == '/ask_causes{"aspect":"hip"}'
    _, events = respond(tracker_for("ask_causes", [{"entity": "aspect", "value": "hip"}]))
    assert events == [SlotSet("topic", "causes.hip_control")]


def test_greeting_carries_disclaimer_and_clinic_contact() -> None:
    messages, _ = respond(tracker_for("greet"))
    text = messages[0]["text"]
    clinic = actions.STORE.content.clinic
    assert "not a diagnosis" in text and clinic.name in text and clinic.phone in text


def test_out_of_scope_says_it_cannot_help_and_what_it_can_do() -> None:
    messages, events = respond(tracker_for("out_of_scope"))
    assert "can't help" in messages[0]["text"]
    assert messages[0]["buttons"] and events == [SlotSet("topic", "out_of_scope")]


def test_low_confidence_offers_choices_instead_of_a_guess() -> None:
    messages, events = respond(tracker_for("nlu_fallback", topic="causes"))
    assert events == [SlotSet("topic", "fallback")]
    assert len(messages[0]["buttons"]) >= 2


def test_unrecognised_aspect_value_falls_back_to_the_overview() -> None:
    _, events = respond(tracker_for("ask_causes", [{"entity": "aspect", "value": "shoes"}]))
    assert events == [SlotSet("topic", "causes")]


def test_clinic_edit_changes_replies_without_restart(content_copy: Path) -> None:
    store = ContentStore(content_copy)
    clinic_file = content_copy / "clinic.yml"
    data = yaml.safe_load(clinic_file.read_text(encoding="utf-8"))
    data["clinic"]["name"] = "Hillside Knee Clinic"
    time.sleep(0.01)
    clinic_file.write_text(yaml.safe_dump(data), encoding="utf-8")
    store.refresh()
    assert "Hillside Knee Clinic" in store.replies["greeting"].text


def test_invalid_edit_keeps_the_previous_content(content_copy: Path, caplog) -> None:
    store = ContentStore(content_copy)
    before = store.replies["greeting"].text
    (content_copy / "conversation.yml").write_text("topics: {}\n", encoding="utf-8")
    store.refresh()
    assert store.replies["greeting"].text == before
    assert "conversation.yml: topic 'greeting': topic is missing" in caplog.text


def test_red_flag_finding_escalates_and_raises_triage_level() -> None:
    messages, events = respond(tracker_for("ask_causes", topic="what_is", triage=decided("locked_knee", "injury")))
    text = messages[0]["text"]
    assert text.startswith("Please get medical help now")
    assert actions.STORE.content.clinic.emergency_number in text
    assert actions.STORE.triage.disclaimer in text
    assert events == [SlotSet("topic", "symptoms"), SlotSet("triage_level", "emergency")]


def test_symptom_story_without_signs_is_self_care_with_disclaimer() -> None:
    messages, events = respond(tracker_for("describe_symptoms"))
    assert actions.STORE.triage.disclaimer in messages[0]["text"]
    assert events == [SlotSet("topic", "symptoms"), SlotSet("triage_level", "self_care")]


def test_symptom_reply_reflects_side_duration_and_meaning() -> None:
    tracker = tracker_for("describe_symptoms", triage=decided("downhill_or_downstairs"))
    tracker.latest_message["text"] = "my left knee aches going downstairs, for 3 weeks now"
    messages, events = respond(tracker)
    text = messages[0]["text"]
    assert text.startswith("You mention: left knee, 3 weeks.")
    assert "kneecap loading" in text and actions.STORE.content.clinic.booking_url in text
    assert SlotSet("triage_level", "physio") in events
