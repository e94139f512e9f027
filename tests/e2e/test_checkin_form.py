"""The symptom check-in through the real servers: buttons or free text, skip, stop, red flags."""
from __future__ import annotations

import uuid
from typing import List

from knee.checkin import load_checkin
from knee.content import CONTENT_DIR
from knee.triage_rules import load_triage
from tests.servers import Stack

TRIAGE = load_triage(CONTENT_DIR)
CHECKIN = load_checkin(CONTENT_DIR, TRIAGE.rules)
QUESTIONS = [question.ask for question in CHECKIN.questions]


def texts(replies: List[dict]) -> List[str]:
    return [reply.get("text", "") for reply in replies]


def start(stack: Stack) -> str:
    runner = f"runner-{uuid.uuid4().hex[:8]}"
    replies = stack.send(runner, "can you check my knee?")
    assert texts(replies) == [CHECKIN.intro, QUESTIONS[0]]
    assert [b["title"] for b in replies[1]["buttons"]] == list(CHECKIN.questions[0].buttons)
    return runner


def test_full_check_in_ends_with_tier_reasons_and_topics(stack: Stack) -> None:
    runner = start(stack)
    answers = ["Outside of the knee", "Stairs or downhill", "1 to 3 weeks", "No, nothing changed"]
    answers += ["No"] * 6 + ["no"]
    for index, answer in enumerate(answers):
        replies = stack.send(runner, answer)
        if index + 1 < len(QUESTIONS):
            assert texts(replies) == [QUESTIONS[index + 1]], answer
    summary = replies[0]
    assert "Pain on the outside of the knee is not typical" in summary["text"]
    assert TRIAGE.disclaimer in summary["text"]
    assert summary["buttons"]
    assert stack.slot(runner, "triage_level") == "physio"
    assert stack.slot(runner, "topic") == "symptoms"


def test_skip_passes_a_question_and_free_text_answers_count(stack: Stack) -> None:
    runner = start(stack)
    assert texts(stack.send(runner, "skip")) == [QUESTIONS[1]]
    assert texts(stack.send(runner, "it's worst when i squat down")) == [QUESTIONS[2]]
    assert stack.tracker(runner)["slots"]["checkin_location"] == "skipped"


def test_stop_ends_the_check_in_politely(stack: Stack) -> None:
    runner = start(stack)
    stack.send(runner, "Front or around the kneecap")
    replies = stack.send(runner, "stop")
    assert "stopped the check-in" in replies[0]["text"]
    assert stack.tracker(runner)["active_loop"] in ({}, None) or not stack.tracker(runner)["active_loop"].get("name")
    assert stack.slot(runner, "triage_level") == "none"


def test_red_flag_mid_form_escalates_in_the_first_reply(stack: Stack) -> None:
    runner = start(stack)
    stack.send(runner, "Front or around the kneecap")
    replies = stack.send(runner, "it swelled up like a balloon straight after i twisted it and i cant put weight on it")
    assert replies[0]["text"].startswith("Please get medical help now")
    assert stack.slot(runner, "triage_level") == "emergency"


def test_yes_to_a_screening_question_escalates_at_the_end(stack: Stack) -> None:
    runner = start(stack)
    for answer in ["Front or around the kneecap", "Long runs", "More than 3 weeks", "No, nothing changed", "No"]:
        stack.send(runner, answer)
    for answer in ["Yes", "No", "No", "No", "No", "No"]:
        replies = stack.send(runner, answer)
    assert "see a doctor or physiotherapist soon" in replies[0]["text"]
    assert stack.slot(runner, "triage_level") == "urgent"
