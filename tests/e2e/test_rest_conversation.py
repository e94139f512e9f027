"""A runner's conversation through the REST channel, against the real Rasa and action servers.
Expected replies come from content/."""
from __future__ import annotations

import uuid

import pytest
import requests

from knee.content import ANSWER_TOPICS, load_content
from knee.replies import button_payload
from tests.expected import content_file, filled, topic, topic_text
from tests.servers import Stack

CONTENT = load_content()


def new_sender() -> str:
    return f"runner-{uuid.uuid4().hex[:8]}"


def test_multi_turn_conversation_answers_from_content_and_tracks_topic(stack: Stack) -> None:
    sender = new_sender()
    turns = [
        ("hi there", "greeting"),
        ("what actually is runner's knee?", "what_is"),
        ("tell me more", topic("what_is")["follow_ups"][0]),
        ("is it my glutes?", "causes.hip_control"),
        ("how does physio help with it", "pt_approach"),
        ("what does the mobility step involve", "pt_approach.mobility"),
        ("should I wear a knee brace?", "treatment.braces_taping"),
        ("how many reps should I do", "exercises.dosage"),
        ("why won't resting fix my knee?", "why_rest_fails"),
        ("thanks, that's really useful", "thanks"),
    ]
    for text, topic_id in turns:
        replies = stack.send(sender, text)
        assert [reply["text"] for reply in replies] == [topic_text(topic_id)], text
        assert stack.slot(sender, "topic") == topic_id, text
    assert stack.slot(sender, "triage_level") == "none"


def test_every_reply_carries_its_follow_up_buttons(stack: Stack) -> None:
    replies = stack.send(new_sender(), "what is patellofemoral pain")
    offered = [(button["title"], button["payload"]) for button in replies[0]["buttons"]]
    expected = [(topic(t)["title"], button_payload(CONTENT.topics[t])) for t in topic("what_is")["follow_ups"]]
    assert offered == expected


@pytest.mark.parametrize("topic_id", ANSWER_TOPICS)
def test_every_answer_is_reachable_by_its_button(stack: Stack, topic_id: str) -> None:
    sender = new_sender()
    replies = stack.send(sender, button_payload(CONTENT.topics[topic_id]))
    assert replies[0]["text"] == topic_text(topic_id)
    assert stack.slot(sender, "topic") == topic_id


def test_a_story_with_a_question_is_answered_by_the_question(stack: Stack) -> None:
    sender = new_sender()
    text = "my left kneecap aches after long runs, half marathon in 10 days, should I still run it?"
    replies = stack.send(sender, text)
    first, answer = replies[0]["text"].split("\n\n", 1)
    assert first.startswith(content_file("triage.yml")["heard_intro"]) and "left knee" in first
    assert answer == topic_text("training.race_soon")
    assert stack.slot(sender, "topic") == "training.race_soon"


def test_gibberish_gets_choices_not_a_guess(stack: Stack) -> None:
    sender = new_sender()
    replies = stack.send(sender, "asdkjh qwe zzxv")
    assert replies[0]["text"] == topic_text("fallback")
    assert len(replies[0]["buttons"]) >= 2
    assert stack.slot(sender, "topic") == "fallback"


def test_a_kept_connection_is_closed_after_a_few_requests_so_workers_share_the_load(stack: Stack) -> None:
    from server.rasa_changes import REQUESTS_PER_CONNECTION

    sender, closes = new_sender(), []
    with requests.Session() as session:
        for _ in range(REQUESTS_PER_CONNECTION + 1):
            response = session.post(f"{stack.url}/webhooks/rest/webhook", json={"sender": sender, "message": "hi"},
                                    headers={"Authorization": f"Bearer {stack.rest_token}"} if stack.rest_token else {},
                                    timeout=60)
            response.raise_for_status()
            assert response.json(), "every request is still answered"
            closes.append(response.headers.get("Connection", "").lower() == "close")
    assert closes == [False] * (REQUESTS_PER_CONNECTION - 1) + [True, False]


def test_a_short_follow_up_is_read_with_a_race_named_earlier(stack: Stack) -> None:
    sender = new_sender()
    stack.send(sender, "will a sleeve help on race day? 10 miler on the 14th and the knee's been niggling")
    assert "race" in stack.slot(sender, "named_before")
    replies = stack.send(sender, "so should i run it or not")
    assert [reply["text"] for reply in replies] == [topic_text("training.race_soon")]
    assert stack.slot(sender, "topic") == "training.race_soon"


def test_several_questions_get_one_answer_the_others_as_buttons_and_a_number_picks_one(stack: Stack) -> None:
    sender = new_sender()
    asked = ["treatment.braces_taping", "exercises.dosage", "training.keep_running"]
    replies = stack.send(sender, "3 quick ones: 1) should I wear a knee brace? 2) how many reps should I do? "
                                 "3) can I keep running on it?")
    answered = stack.slot(sender, "topic")
    assert answered in asked
    note = " ".join(filled(content_file("service.yml")["asked_together"]).split())
    assert replies[0]["text"] == f"{topic_text(answered)}\n\n{note}"
    others = [topic(t)["title"] for t in asked if t != answered]
    assert [button["title"] for button in replies[0]["buttons"]][:2] == others
    assert stack.slot(sender, "asked_together") == asked
    # a short follow-up picks one of them by its number
    replies = stack.send(sender, "and 3?")
    assert [reply["text"] for reply in replies] == [topic_text("training.keep_running")]
    assert stack.slot(sender, "topic") == "training.keep_running"
