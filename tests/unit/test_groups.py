"""A club's group chat without the servers: groups.yml is checked and plain, the short public
reply (safety first, then the private chat), action_respond in a group, the NLU step that keeps the
check-in out of a group, and how the channels read a group message. Expected texts come from
content/."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

import pytest
import textstat
import yaml
from aiogram.types import Message as TelegramMessage
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.actions import ActionRespond
from channels.slack import ClinicSlackInput, is_direct, member_of
from channels.telegram import addresses_bot, command_text, without_mention
from components.group_chat import GroupChat
from knee.content import ContentError
from knee.groups import load_group_texts, payload_in_group
from tests.expected import content_file, filled, group_text, tier_text, topic_text
from tests.unit.test_actions import RULES, decided, slot
from tests.unit.test_wording import MACHINERY, MAX_GRADE

LINK = "https://t.me/knee_guide_bot?start=checkin"
TELEGRAM = {"chat": "group", "private_link": LINK}
SLACK = {"chat": "group", "private_message": True}
BOT = "knee_guide_bot"


# -- content ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["public", "private_link", "private_sent", "private_ask", "invitation"])
def test_every_group_text_is_plain(name: str) -> None:
    text = group_text(name, link="the link")
    assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE, name
    assert not MACHINERY.search(text), name


@pytest.mark.parametrize("change, field", [
    (lambda data: data.pop("public"), "public"),
    (lambda data: data.update(private_link="Open a private chat with me."), "private_link"),
    (lambda data: data.update(invitation="Hi {member_name}!"), "invitation"),
])
def test_a_broken_groups_file_names_the_field(content_copy: Path, change, field: str) -> None:
    path = content_copy / "groups.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_group_texts(content_copy)
    assert "groups.yml" in str(error.value) and field in str(error.value)


# -- action_respond in a group ----------------------------------------------------------------------

def in_group(intent: str, metadata: Dict[str, Any], triage: Optional[Dict[str, Any]] = None, text: str = "...",
             **slots: Any) -> tuple:
    tracker = Tracker(
        sender_id="-1001:42", slots={"topic": None, "triage_level": "none", **slots},
        latest_message={"text": text, "intent": {"name": intent}, "entities": [], "triage": triage,
                        "metadata": metadata},
        events=[], paused=False, followup_action=None, active_loop={}, latest_action_name="action_listen",
    )
    dispatcher = CollectingDispatcher()
    events = ActionRespond().run(dispatcher, tracker, domain={})
    return dispatcher.messages, events


def test_a_red_flag_in_a_group_gets_what_to_do_first_then_the_private_link() -> None:
    messages, events = in_group("describe_symptoms", TELEGRAM, decided("cannot_bear_weight"))
    [reply] = messages
    assert reply["text"].split("\n\n") == [
        tier_text("emergency"), group_text("public"), group_text("private_link", link=LINK),
        content_file("triage.yml")["disclaimer"]]
    assert RULES["cannot_bear_weight"]["says"] not in reply["text"]  # the member's symptoms stay private
    assert reply["buttons"] == []
    assert slot(events, "triage_level") == "emergency" and slot(events, "topic") == "symptoms"


def test_a_rules_own_what_to_do_leads_in_a_group_too() -> None:
    [reply], _ = in_group("describe_symptoms", TELEGRAM, decided("chest_pain_during_exercise"))
    assert reply["text"].startswith(filled(RULES["chest_pain_during_exercise"]["do"]))


def test_a_possible_sign_in_a_group_says_what_to_do_but_asks_nothing_in_public() -> None:
    messages, events = in_group("describe_symptoms", SLACK, decided(ask="clot_signs"))
    assert messages[0]["text"].startswith(filled(" ".join(RULES["clot_signs"]["ask"].split())))
    assert messages[0]["buttons"] == []  # no Yes / No in front of the club
    assert slot(events, "safety_check") == "unset" and slot(events, "safety_pending") == "unset"


def test_slack_gets_the_private_message_to_send_with_its_button() -> None:
    messages, _ = in_group("describe_symptoms", SLACK)
    assert messages[0]["text"] == "\n\n".join([group_text("public"), group_text("private_sent")])
    assert messages[1]["custom"] == {"private": {
        "text": group_text("invitation"),
        "buttons": [{"title": group_text("start_button"), "payload": "/start_checkin"}]}}


def test_without_a_link_or_a_private_message_the_member_is_asked_to_write_privately() -> None:
    [reply], events = in_group("describe_symptoms", {"chat": "group"})
    assert reply["text"] == "\n\n".join([group_text("public"), group_text("private_ask")])
    assert slot(events, "disclaimer_given") == "unset"  # no advice given, nothing to disclaim


def test_a_question_told_with_a_story_in_a_group_is_answered_and_offers_the_private_chat() -> None:
    messages, events = in_group("ask_race_soon", TELEGRAM, decided("front_of_knee", signs=("front_of_knee",)),
                                text="my left kneecap aches after long runs, half marathon in 10 days, should I run it?")
    assert messages[0]["text"] == "\n\n".join(
        [topic_text("training.race_soon"), group_text("public"), group_text("private_link", link=LINK)])
    assert messages[0]["buttons"]  # the answer's next topics; no "You mention: ..." in public
    assert slot(events, "topic") == "training.race_soon"


def test_a_question_in_a_group_is_answered_as_anywhere() -> None:
    messages, events = in_group("ask_why_rest_fails", TELEGRAM)
    assert messages[0]["text"] == topic_text("why_rest_fails")
    assert events == [SlotSet("topic", "why_rest_fails")]


# -- the NLU step --------------------------------------------------------------------------------

@pytest.mark.parametrize("metadata, intent", [
    ({"chat": "group"}, "describe_symptoms"), (None, "start_checkin"), ({"chat": "direct"}, "start_checkin")])
def test_asking_for_the_check_in_in_a_group_is_read_as_the_members_own_knee(metadata, intent: str) -> None:
    message = Message(data={"text": "can you check my knee?", "metadata": metadata,
                            "intent": {"name": "start_checkin", "confidence": 0.9},
                            "intent_ranking": [{"name": "start_checkin", "confidence": 0.9},
                                               {"name": "ask_seek_help", "confidence": 0.1}]})
    [processed] = GroupChat().process([message])
    assert processed.get("intent")["name"] == intent
    assert processed.get("intent_ranking")[0]["name"] == intent


def test_a_check_in_payload_in_a_group_is_taken_private_too() -> None:
    assert payload_in_group("/start_checkin") == "/describe_symptoms"
    assert payload_in_group("/ask_causes") == "/ask_causes"
    assert payload_in_group("can you check my knee?") == "can you check my knee?"


# -- Telegram ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, meant", [
    ("/start", "/greet"), ("/start checkin", "/start_checkin"), (f"/checkin@{BOT}", "/start_checkin"),
    ("/ask what is runner's knee?", "what is runner's knee?"), ("/ask", "/help"), ("/help", "/help"),
    ("/ask_causes", "/ask_causes"), ("hello", "hello")])
def test_telegram_commands(text: str, meant: str) -> None:
    assert command_text(text) == meant


def group_message(text: str, replied_to: Optional[str] = None) -> TelegramMessage:
    data: Dict[str, Any] = {"message_id": 5, "date": 1, "chat": {"id": -1001, "type": "supergroup"},
                            "from": {"id": 7, "is_bot": False, "first_name": "Alex"}, "text": text}
    if replied_to:
        data["reply_to_message"] = {"message_id": 3, "date": 1, "chat": data["chat"], "text": "...",
                                    "from": {"id": 4242, "is_bot": True, "first_name": "Bot", "username": replied_to}}
    return TelegramMessage(**data)


@pytest.mark.parametrize("text, replied_to, addressed", [
    ("anyone up for Saturday's long run?", None, False),
    (f"@{BOT} what is runner's knee?", None, True),
    ("thanks @Knee_Guide_Bot!", None, True),
    (f"@{BOT}2 hi", None, False),
    ("and the hip part?", BOT, True),
    ("and the hip part?", "club_poll_bot", False),
    ("/checkin", None, True), ("/ask why?", None, True), (f"/poll@{BOT}", None, True),
    ("/poll", None, False), ("/start@club_poll_bot", None, False)])
def test_telegram_answers_a_group_message_only_when_it_is_meant_for_the_bot(
        text: str, replied_to: Optional[str], addressed: bool) -> None:
    assert addresses_bot(group_message(text, replied_to), BOT) is addressed


def test_telegram_without_its_username_answers_only_its_commands_in_a_group() -> None:
    assert addresses_bot(group_message("/checkin"), None)
    assert not addresses_bot(group_message(f"@{BOT} hi"), None)
    assert not addresses_bot(group_message("hi", BOT), None)


def test_telegram_mention_is_taken_out_of_the_question() -> None:
    assert without_mention(f"@{BOT} what is runner's knee?", BOT) == "what is runner's knee?"
    assert without_mention(f"@{BOT}", BOT) == "/help"


# -- Slack ---------------------------------------------------------------------------------------

def test_slack_member_has_one_conversation_per_channel_apart_from_their_direct_messages() -> None:
    slack = ClinicSlackInput("xoxb-test", slack_signing_secret="secret")
    assert slack._get_conversation_id("U1", "DABC", None) == "U1"
    assert slack._get_conversation_id("U1", "C123", "1764100000.000100") == "C123:U1"
    assert slack._get_conversation_id("U2", "C123", None) == "C123:U2"
    assert is_direct("DABC") and not is_direct("C123") and not is_direct("G123")
    assert member_of("C123:U1") == "U1" and member_of("U1") == "U1"


def test_slack_answers_a_channel_message_only_when_it_mentions_the_app() -> None:
    slack = ClinicSlackInput("xoxb-test", slack_channel="C123", slack_signing_secret="secret")
    chatter = {"event": {"type": "message", "channel_type": "channel", "channel": "C123"}}
    mention = {"event": {"type": "app_mention", "channel": "C123"}}
    direct = {"event": {"type": "message", "channel_type": "im", "channel": "DABC"}}
    assert not slack._is_supported_channel(chatter, {"out_channel": "C123"})
    assert slack._is_supported_channel(mention, {"out_channel": "C123"})
    assert slack._is_supported_channel(direct, {"out_channel": "DABC"})
