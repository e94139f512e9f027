"""The symptom check-in through the real servers: age first, the signs that need help now, a
yes that escalates at once, skip and stop. Questions and answers come from content/checkin.yml."""
from __future__ import annotations

import uuid
from typing import List

from tests.expected import content_file, filled
from tests.servers import Stack, reply_text

CHECKIN = content_file("checkin.yml")
QUESTIONS = {question["slot"]: question for question in CHECKIN["questions"]}
ORDER = [question["slot"] for question in CHECKIN["questions"] if not question.get("only_if")]
TIERS = content_file("triage.yml")["tiers"]


def texts(replies: List[dict]) -> List[str]:
    return [reply.get("text", "") for reply in replies]


def ask(slot: str) -> str:
    return QUESTIONS[slot]["ask"]


def start(stack: Stack) -> str:
    runner = f"runner-{uuid.uuid4().hex[:8]}"
    replies = stack.send(runner, "can you check my knee?")
    assert texts(replies) == [filled(" ".join(CHECKIN["intro"].split())), ask(ORDER[0])]
    assert [b["title"] for b in replies[1]["buttons"]] == ["Yes", "No"]
    return runner


def test_full_check_in_ends_with_tier_reasons_and_topics(stack: Stack) -> None:
    runner = start(stack)
    answers = {"checkin_weight": "Yes", "checkin_duration": "1 to 3 weeks", "checkin_trend": "Getting better",
               "checkin_location": "Outside of the knee", "checkin_worse": "Stairs or downhill"}
    for index, slot in enumerate(ORDER):
        replies = stack.send(runner, answers.get(slot, "No"))
        if index + 1 < len(ORDER):
            assert texts(replies) == [ask(ORDER[index + 1])], slot
    assert content_file("symptom_features.yml")["rules"]["outside_of_knee"]["says"] in reply_text(replies)
    assert replies[-1]["buttons"]
    assert stack.slot(runner, "triage_level") == "physio" and stack.slot(runner, "topic") == "symptoms"


def test_not_bearing_weight_escalates_on_that_answer(stack: Stack) -> None:
    runner = start(stack)
    assert texts(stack.send(runner, "No")) == [ask("checkin_weight")]
    replies = stack.send(runner, "No, I can't")
    assert reply_text(replies).startswith(filled(" ".join(TIERS["emergency"]["text"].split())))
    assert stack.slot(runner, "triage_level") == "emergency"


def test_a_swollen_calf_brings_the_journey_question_and_escalates(stack: Stack) -> None:
    runner = start(stack)
    for slot in ORDER[:ORDER.index("checkin_calf")]:
        stack.send(runner, "Yes" if slot == "checkin_weight" else "No")
    assert texts(stack.send(runner, "Yes")) == [ask("checkin_travel")]
    replies = stack.send(runner, "yes, a long flight last week")
    assert reply_text(replies).startswith(filled(" ".join(TIERS["emergency"]["text"].split())))
    assert stack.slot(runner, "triage_level") == "emergency"


def test_skip_passes_a_question_and_stop_ends_politely(stack: Stack) -> None:
    runner = start(stack)
    assert texts(stack.send(runner, "skip")) == [ask(ORDER[1])]
    assert stack.tracker(runner)["slots"]["checkin_under_16"] == "skipped"
    replies = stack.send(runner, "stop")
    assert replies[0]["text"] == filled(" ".join(CHECKIN["stopped"].split()))
    assert stack.slot(runner, "triage_level") == "none"


def test_a_red_flag_in_free_text_escalates_in_the_first_reply(stack: Stack) -> None:
    runner = start(stack)
    stack.send(runner, "No")
    replies = stack.send(runner, "it swelled up like a balloon straight after i twisted it and i cant put weight on it")
    assert reply_text(replies).startswith(filled(" ".join(TIERS["emergency"]["text"].split())))
    assert stack.slot(runner, "triage_level") == "emergency"
