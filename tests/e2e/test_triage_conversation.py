"""Escalation through the real servers: the first reply to a red flag names what to do."""
from __future__ import annotations

import uuid

from knee.content import load_content
from knee.triage_rules import load_triage
from knee.content import CONTENT_DIR
from tests.servers import Stack

CLINIC = load_content().clinic
TRIAGE = load_triage(CONTENT_DIR)


def sender() -> str:
    return f"runner-{uuid.uuid4().hex[:8]}"


def test_emergency_is_the_first_reply_even_inside_a_question(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(runner, "my knee locked and now it won't straighten at all, what causes that?")
    text = replies[0]["text"]
    assert text.startswith("Please get medical help now")
    assert CLINIC.emergency_number in text and TRIAGE.disclaimer in text
    assert stack.slot(runner, "triage_level") == "emergency"
    assert stack.slot(runner, "topic") == "symptoms"


def test_an_emergency_no_phrase_covers_is_caught_by_the_learned_net(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(
        runner,
        "went down hard on the track and my leg just gives out the moment I try to step, "
        "I'm stuck on the bench",
    )
    text = replies[0]["text"]
    assert text.startswith("Please get medical help now")
    assert CLINIC.emergency_number in text
    assert TRIAGE.rules["reads_like_emergency"].says in text
    assert stack.slot(runner, "triage_level") == "emergency"


def test_triage_level_never_goes_down(stack: Stack) -> None:
    runner = sender()
    stack.send(runner, "calf is swollen and warm since the long haul flight home")
    assert stack.slot(runner, "triage_level") == "emergency"
    stack.send(runner, "what causes runner's knee?")
    assert stack.slot(runner, "triage_level") == "emergency"


def test_urgent_sign_sends_to_a_clinician_within_days(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(runner, "my knee keeps giving way on me when i run")
    assert "see a doctor or physiotherapist soon" in replies[0]["text"]
    assert CLINIC.phone in replies[0]["text"]
    assert stack.slot(runner, "triage_level") == "urgent"


def test_child_with_knee_pain_is_at_least_urgent(stack: Stack) -> None:
    runner = sender()
    stack.send(runner, "my 12 year old son says his knee aches after football")
    assert stack.slot(runner, "triage_level") == "urgent"


def test_negated_signs_do_not_escalate(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(runner, "my kneecap aches when i squat, no swelling and it never gives way")
    assert "medical help now" not in replies[0]["text"]
    assert stack.slot(runner, "triage_level") == "self_care"
    assert TRIAGE.disclaimer in replies[0]["text"]


def test_article_sign_suggests_booking_with_the_clinic(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(runner, "my knee aches every time i go downstairs after a long run")
    assert CLINIC.booking_url in replies[0]["text"]
    assert stack.slot(runner, "triage_level") == "physio"
