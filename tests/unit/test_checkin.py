"""The check-in's decisions and its actions, run as Rasa runs them. Expected texts and answers
come from content/checkin.yml."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import STORE
from actions.checkin_actions import ActionCheckinSummary, ValidateKneeCheckinForm
from knee.checkin import SKIPPED, answer_kind, assess_answers, load_checkin
from knee.content import ContentError
from tests.expected import content_file, filled

CHECKIN = STORE.checkin
QUESTIONS = {question["slot"]: question for question in content_file("checkin.yml")["questions"]}
RULES = content_file("red_flags.yml")["rules"]
TIERS = content_file("triage.yml")["tiers"]


@pytest.mark.parametrize(
    "text, kind",
    [("Yes", "yes"), ("yeah a bit", "yes"), ("No", "no"), ("nope, never", "no"), ("I can't", "no"),
     ("skip", "skip"), ("no idea", "skip"), ("stop", "stop"), ("never mind", "stop"),
     ("it aches on the inside", None)],
)
def test_answer_kind(text: str, kind: Optional[str]) -> None:
    assert answer_kind(text, CHECKIN) == kind


def test_age_is_asked_first_then_the_signs_that_need_help_now() -> None:
    slots = CHECKIN.slots
    assert slots[0] == "checkin_under_16"
    for emergency_check in ("checkin_weight", "checkin_shape", "checkin_stuck", "checkin_calf", "checkin_breath"):
        assert slots.index(emergency_check) < slots.index("checkin_location"), emergency_check


def test_every_question_asks_one_thing() -> None:
    for question in CHECKIN.questions:
        assert question.ask.count("?") == 1, question.slot


def test_a_travel_question_only_follows_a_swollen_calf() -> None:
    assert "checkin_travel" not in CHECKIN.slots_to_ask(CHECKIN.starts_with)
    assert "checkin_travel" in CHECKIN.slots_to_ask([*CHECKIN.starts_with, "swollen@calf"])


def test_not_bearing_weight_is_an_emergency() -> None:
    findings = [*CHECKIN.starts_with, *QUESTIONS["checkin_weight"]["answers"]["no"]]
    assert assess_answers(STORE.triage.rules.values(), findings).tier == "emergency"


def test_a_swollen_calf_after_a_long_journey_is_an_emergency() -> None:
    findings = [*CHECKIN.starts_with, *QUESTIONS["checkin_calf"]["answers"]["yes"],
                *QUESTIONS["checkin_travel"]["answers"]["yes"]]
    assert assess_answers(STORE.triage.rules.values(), findings).tier == "emergency"


def test_more_than_three_weeks_and_not_better_is_urgent() -> None:
    findings = [*CHECKIN.starts_with, *QUESTIONS["checkin_duration"]["answers"]["More than 3 weeks"],
                *QUESTIONS["checkin_trend"]["answers"]["About the same"]]
    assert assess_answers(STORE.triage.rules.values(), findings).tier == "urgent"
    fewer = [*CHECKIN.starts_with, *QUESTIONS["checkin_trend"]["answers"]["About the same"]]
    assert assess_answers(STORE.triage.rules.values(), fewer).tier != "urgent"


def test_unknown_finding_in_checkin_names_file_question_and_field(content_copy: Path) -> None:
    path = content_copy / "checkin.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["questions"][1]["answers"] = {"no": ["cannot_walk"]}
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError, match="checkin.yml: topic 'checkin_weight', field 'answers'"):
        load_checkin(content_copy, STORE.vocabulary.names())


def form_tracker(slots: Dict[str, Any], text: str = "", triage: Optional[dict] = None) -> Tracker:
    return Tracker(
        sender_id="runner",
        slots={"triage_level": "none", "checkin_status": None, **slots},
        latest_message={"text": text, "intent": {"name": "describe_symptoms"}, "entities": [], "triage": triage},
        events=[], paused=False, followup_action=None, active_loop={"name": "knee_checkin_form"},
        latest_action_name="action_listen",
    )


def validate(tracker: Tracker) -> List[dict]:
    action = ValidateKneeCheckinForm()
    return asyncio.run(action.get_validation_events(CollectingDispatcher(), tracker, {"forms": {}}))


def test_skip_is_stored_as_skipped() -> None:
    events = validate(form_tracker({"requested_slot": "checkin_worse"}, "skip"))
    assert SlotSet("checkin_worse", SKIPPED) in events


def test_stop_ends_the_check_in() -> None:
    assert SlotSet("checkin_status", "stopped") in validate(form_tracker({"requested_slot": "checkin_worse"}, "stop"))


def test_the_answer_that_carries_an_emergency_sign_ends_the_check_in_at_once() -> None:
    events = validate(form_tracker({"requested_slot": "checkin_weight"}, "No, I can't"))
    assert SlotSet("checkin_status", "escalated") in events


def test_calf_swelling_then_a_long_journey_ends_the_check_in() -> None:
    calf = validate(form_tracker({"requested_slot": "checkin_calf"}, "Yes"))
    assert SlotSet("checkin_status", "escalated") not in calf
    findings = next(event["value"] for event in calf if event["name"] == "checkin_findings")
    travel = validate(form_tracker({"requested_slot": "checkin_travel", "checkin_findings": findings}, "yes"))
    assert SlotSet("checkin_status", "escalated") in travel


def test_a_yes_to_an_ordinary_question_does_not_end_it() -> None:
    events = validate(form_tracker({"requested_slot": "checkin_under_16"}, "yes"))
    assert SlotSet("checkin_status", "escalated") not in events


def test_words_in_a_free_text_answer_count_too() -> None:
    triage = {"tier": "emergency", "findings": [{"rule": "cannot_bear_weight", "tier": "emergency",
                                                  "says": RULES["cannot_bear_weight"]["says"]}],
              "signs": ["cannot_bear_weight"]}
    events = validate(form_tracker({"requested_slot": "checkin_location"}, "i can't put weight on it", triage))
    assert SlotSet("checkin_status", "escalated") in events


def summary(slots: Dict[str, Any]) -> tuple:
    dispatcher = CollectingDispatcher()
    events = ActionCheckinSummary().run(dispatcher, form_tracker(slots), domain={})
    return dispatcher.messages[0]["text"], events


def test_an_escalated_check_in_ends_with_the_escalation() -> None:
    text, events = summary({"checkin_status": "escalated",
                            "checkin_findings": [*CHECKIN.starts_with, "cannot_bear_weight"]})
    assert text.startswith(filled(" ".join(TIERS["emergency"]["text"].split())))
    assert SlotSet("triage_level", "emergency") in events


def test_summary_gives_tier_reasons_and_resets_answers() -> None:
    text, events = summary({"checkin_location": "Back of the knee",
                            "checkin_findings": [*CHECKIN.starts_with, "back_of_knee"]})
    assert content_file("symptom_features.yml")["rules"]["back_of_knee"]["says"] in text
    assert SlotSet("triage_level", "physio") in events and SlotSet("checkin_location", None) in events


def test_summary_after_stop_says_so_without_triage() -> None:
    text, events = summary({"checkin_status": "stopped"})
    assert text == filled(" ".join(content_file("checkin.yml")["stopped"].split()))
    assert not any(event.get("name") == "triage_level" for event in events)
