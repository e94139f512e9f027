"""Escalation through the real servers: the Rasa server decides a message's triage once, and the
first reply to a red flag says what to do in that tier's words. Expected texts come from content/."""
from __future__ import annotations

import uuid

from tests.expected import clinic, content_file, filled, topic_text
from tests.servers import Stack, reply_text

RULES = content_file("red_flags.yml")["rules"]
TIERS = content_file("triage.yml")["tiers"]
DISCLAIMER = content_file("triage.yml")["disclaimer"]


def sender() -> str:
    return f"runner-{uuid.uuid4().hex[:8]}"


def tier_text(tier: str) -> str:
    return filled(" ".join(TIERS[tier]["text"].split()))


def test_the_reply_follows_the_tier_the_rasa_server_decided(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(runner, "my knee locked and now it won't straighten at all, what causes that?")
    decided = [event for event in stack.tracker(runner)["events"] if event["event"] == "user"][-1]["parse_data"]
    assert decided["triage"]["tier"] == "emergency"
    assert decided["triage"]["findings"][0]["rule"] == "locked_knee"
    text = reply_text(replies)
    assert text.startswith(tier_text("emergency"))
    assert RULES["locked_knee"]["says"] in text and DISCLAIMER in text
    assert not any(reply.get("buttons") for reply in replies)
    assert stack.slot(runner, "triage_level") == "emergency" and stack.slot(runner, "topic") == "symptoms"


def test_chest_pain_is_call_now_and_dont_drive(stack: Stack) -> None:
    text = stack.say(sender(), "my calf has been swollen since the flight and now I've got chest pain")
    assert text.startswith(filled(RULES["chest_pain_during_exercise"]["do"]))


def test_a_possible_sign_is_asked_about_and_yes_escalates_at_once(stack: Stack) -> None:
    runner = sender()
    replies = stack.send(runner, "my foot went numb on my run")
    assert replies[0]["text"] == filled(" ".join(RULES["numb_or_cold_foot_possible"]["ask"].split()))
    assert [b["title"] for b in replies[0]["buttons"]] == content_file("triage.yml")["ask_buttons"]
    assert stack.slot(runner, "safety_check") == "emergency"
    assert stack.say(runner, "/affirm").startswith(tier_text("emergency"))
    assert stack.slot(runner, "triage_level") == "emergency" and stack.slot(runner, "safety_check") is None


def test_no_to_a_safety_question_answers_the_message(stack: Stack) -> None:
    runner = sender()
    stack.send(runner, "my foot went numb, what is runner's knee?")
    assert stack.say(runner, "no, it was just the cold") == topic_text("what_is")
    assert stack.slot(runner, "triage_level") == "none" and stack.slot(runner, "safety_check") is None


def test_triage_level_never_goes_down(stack: Stack) -> None:
    runner = sender()
    stack.send(runner, "calf is swollen and warm since the long haul flight home")
    assert stack.slot(runner, "triage_level") == "emergency"
    stack.send(runner, "what causes runner's knee?")
    assert stack.slot(runner, "triage_level") == "emergency"


def test_urgent_sends_to_a_clinician_soon_with_an_out_of_hours_route(stack: Stack) -> None:
    runner = sender()
    text = stack.say(runner, "my knee keeps giving way on me when i run")
    assert text.startswith(tier_text("urgent")) and clinic()["out_of_hours"] in text
    assert stack.slot(runner, "triage_level") == "urgent"


def test_child_with_knee_pain_is_at_least_urgent(stack: Stack) -> None:
    runner = sender()
    stack.send(runner, "my 12 year old son says his knee aches after football")
    assert stack.slot(runner, "triage_level") == "urgent"


def test_everyday_words_and_negations_do_not_escalate(stack: Stack) -> None:
    runner = sender()
    text = stack.say(runner, "my kneecap aches when i squat, no swelling and it never gives way")
    assert not text.startswith(tier_text("emergency"))
    assert stack.slot(runner, "triage_level") == "self_care"
    assert filled(content_file("triage.yml")["safety_net"]) in text
    chilly = sender()
    stack.send(chilly, "my feet get chilly on winter runs, any tips?")
    assert stack.slot(chilly, "triage_level") == "none" and stack.slot(chilly, "safety_check") is None


def test_article_sign_suggests_booking_with_the_clinic(stack: Stack) -> None:
    runner = sender()
    assert clinic()["booking_url"] in stack.say(runner, "my knee aches every time i go downstairs after a long run")
    assert stack.slot(runner, "triage_level") == "physio"
