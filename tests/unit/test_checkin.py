"""The check-in's pure decisions and its actions, run as Rasa runs them."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Dict, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import STORE
from actions.checkin_actions import ActionCheckinSummary, ValidateKneeCheckinForm
from knee.checkin import SKIPPED, answer_kind, checkin_findings, load_checkin
from knee.content import ContentError
from knee.triage import Finding, assessment_of

CHECKIN = STORE.checkin


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Yes", "yes"), ("yeah a bit", "yes"), ("No", "no"), ("nope, never", "no"),
        ("skip", "skip"), ("no idea", "skip"), ("stop", "stop"), ("never mind", "stop"),
        ("it aches on the inside", None),
    ],
)
def test_answer_kind(text: str, kind: Optional[str]) -> None:
    assert answer_kind(text, CHECKIN) == kind


def test_yes_to_a_screening_question_counts_as_its_rule() -> None:
    answers = {"checkin_location": "Front or around the kneecap", "checkin_locking": "Yes"}
    findings = checkin_findings(answers, CHECKIN, STORE.triage.rules, ())
    assert assessment_of(findings).tier == "urgent"


def test_signs_in_free_text_answers_count() -> None:
    answers = {"checkin_location": "it hurts going down the stairs"}
    signs = (Finding.of(STORE.triage.rules["downhill_or_downstairs"]),)
    assert assessment_of(checkin_findings(answers, CHECKIN, STORE.triage.rules, signs)).tier == "physio"


def test_skipped_answers_are_ignored() -> None:
    answers = {slot: SKIPPED for slot in CHECKIN.slots}
    assert assessment_of(checkin_findings(answers, CHECKIN, STORE.triage.rules, ())).tier == "none"


def test_unknown_rule_in_checkin_names_file_question_and_field(content_copy: Path) -> None:
    path = content_copy / "checkin.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["questions"][4]["yes_means"] = "swollen_knee"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ContentError, match="checkin.yml: topic 'checkin_swelling', field 'yes_means'"):
        load_checkin(content_copy, STORE.triage.rules)


def decided(*rule_ids: str) -> Dict[str, Any]:
    """The triage the Rasa server puts in a message's parse data when it finds these rules."""
    signs = [Finding.of(STORE.triage.rules[rule_id]) for rule_id in rule_ids]
    return assessment_of(signs).as_parse_data(signs)


def form_tracker(slots: Dict[str, Any], text: str = "", triage: Optional[dict] = None) -> Tracker:
    return Tracker(
        sender_id="runner",
        slots={"triage_level": "none", "checkin_status": None, **slots},
        latest_message={"text": text, "intent": {"name": "describe_symptoms"}, "entities": [],
                        "triage": triage},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": "knee_checkin_form"},
        latest_action_name="action_listen",
    )


def validate(tracker: Tracker) -> list:
    action = ValidateKneeCheckinForm()
    return asyncio.run(action.get_validation_events(CollectingDispatcher(), tracker, {"forms": {}}))


def test_skip_is_stored_as_skipped() -> None:
    events = validate(form_tracker({"requested_slot": "checkin_worse", "checkin_worse": "skip"}, "skip"))
    assert events == [SlotSet("checkin_worse", SKIPPED)]


def test_stop_ends_the_form() -> None:
    events = validate(form_tracker({"requested_slot": "checkin_worse"}, "stop"))
    assert SlotSet("checkin_status", "stopped") in events


def test_red_flag_answer_ends_the_form_for_escalation() -> None:
    tracker = form_tracker(
        {"requested_slot": "checkin_swelling"}, "yes, it went numb", decided("numb_or_cold_leg"),
    )
    assert SlotSet("checkin_status", "escalated") in validate(tracker)


def test_summary_gives_tier_reasons_and_resets_answers() -> None:
    dispatcher = CollectingDispatcher()
    answers = {"checkin_location": "Back of the knee", "checkin_swelling": "No",
               "checkin_signs": decided("back_of_knee_pain")["signs"]}
    events = ActionCheckinSummary().run(dispatcher, form_tracker(answers), domain={})
    assert "back of the knee is not typical" in dispatcher.messages[0]["text"]
    assert SlotSet("triage_level", "physio") in events
    assert SlotSet("checkin_location", None) in events


def test_summary_after_stop_says_so_without_triage() -> None:
    dispatcher = CollectingDispatcher()
    events = ActionCheckinSummary().run(dispatcher, form_tracker({"checkin_status": "stopped"}), domain={})
    assert "stopped the check-in" in dispatcher.messages[0]["text"]
    assert not any(event.get("name") == "triage_level" for event in events)


def test_signs_of_free_text_answers_are_kept_for_the_summary() -> None:
    tracker = form_tracker({"requested_slot": "checkin_location"}, "round the back", decided("back_of_knee_pain"))
    assert SlotSet("checkin_signs", decided("back_of_knee_pain")["signs"]) in validate(tracker)
