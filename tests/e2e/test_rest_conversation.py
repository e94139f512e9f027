"""A runner's conversation through the REST channel, against the real Rasa and action servers."""
from __future__ import annotations

import uuid

import pytest

from knee.content import EDUCATION_TOPICS, load_content
from knee.replies import build_replies, button_payload
from tests.servers import Stack

CONTENT = load_content()
REPLIES = build_replies(CONTENT)


def new_sender() -> str:
    return f"runner-{uuid.uuid4().hex[:8]}"


def test_multi_turn_conversation_answers_from_content_and_tracks_topic(stack: Stack) -> None:
    sender = new_sender()
    turns = [
        ("hi there", "greeting"),
        ("what actually is runner's knee?", "what_is"),
        ("tell me more", "causes"),
        ("tell me more about the hip part", "causes.hip_control"),
        ("how does physio help with it", "pt_approach"),
        ("what does the mobility step involve", "pt_approach.mobility"),
        ("why won't resting fix my knee?", "why_rest_fails"),
        ("when should I get my knee looked at?", "seek_help"),
        ("thanks, that's really useful", "thanks"),
    ]
    for text, topic in turns:
        replies = stack.send(sender, text)
        assert [reply["text"] for reply in replies] == [REPLIES[topic].text], text
        assert stack.slot(sender, "topic") == topic, text
    assert stack.slot(sender, "triage_level") == "none"


def test_every_reply_carries_its_follow_up_buttons(stack: Stack) -> None:
    replies = stack.send(new_sender(), "what is patellofemoral pain")
    offered = [(button["title"], button["payload"]) for button in replies[0]["buttons"]]
    expected = [
        (CONTENT.topics[topic].title, button_payload(CONTENT.topics[topic]))
        for topic in CONTENT.topics["what_is"].follow_ups
    ]
    assert offered == expected


@pytest.mark.parametrize("topic", EDUCATION_TOPICS)
def test_every_education_topic_is_reachable_by_its_button(stack: Stack, topic: str) -> None:
    sender = new_sender()
    replies = stack.send(sender, button_payload(CONTENT.topics[topic]))
    assert replies[0]["text"] == REPLIES[topic].text
    assert stack.slot(sender, "topic") == topic


def test_gibberish_gets_choices_not_a_guess(stack: Stack) -> None:
    sender = new_sender()
    replies = stack.send(sender, "zxqv plorf wibble")
    assert replies[0]["text"] == REPLIES["fallback"].text
    assert len(replies[0]["buttons"]) >= 2
    assert stack.slot(sender, "topic") == "fallback"
