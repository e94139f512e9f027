"""Telegram: real-shaped updates into the real Rasa server, replies read from the fake Bot API."""
from __future__ import annotations

import itertools
import random
import time
from typing import Any, Dict

import requests

from knee.content import load_content
from knee.replies import button_payload
from tests.conftest import TELEGRAM_SECRET, TELEGRAM_WEBHOOK_URL
from tests.fake_apis import FakeApis, reply_markup
from tests.servers import Stack
from tests.expected import tier_text, topic_text, follow_up_titles

CONTENT = load_content()
UPDATE_IDS = itertools.count(10_000)


def new_chat() -> int:
    return random.randint(10**8, 10**9)


def user(chat_id: int) -> Dict[str, Any]:
    return {"id": chat_id, "is_bot": False, "first_name": "Sam", "language_code": "en"}


def text_update(chat_id: int, text: str) -> Dict[str, Any]:
    return {
        "update_id": next(UPDATE_IDS),
        "message": {
            "message_id": next(UPDATE_IDS), "date": int(time.time()), "from": user(chat_id),
            "chat": {"id": chat_id, "type": "private", "first_name": "Sam"}, "text": text,
        },
    }


def callback_update(chat_id: int, data: str) -> Dict[str, Any]:
    return {
        "update_id": next(UPDATE_IDS),
        "callback_query": {
            "id": str(next(UPDATE_IDS)), "from": user(chat_id), "chat_instance": "42", "data": data,
            "message": {
                "message_id": next(UPDATE_IDS), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"}, "text": "earlier reply",
            },
        },
    }


def post(stack: Stack, update: Dict[str, Any], secret: str = TELEGRAM_SECRET) -> requests.Response:
    return requests.post(f"{stack.url}/webhooks/telegram/webhook", json=update,
                         headers={"X-Telegram-Bot-Api-Secret-Token": secret}, timeout=30)


def sent_to(chat_id: int):
    return lambda call: call.api == "telegram" and call.method == "sendMessage" \
        and int(call.fields["chat_id"]) == chat_id


def keyboard_titles(markup: Dict[str, Any]) -> list:
    return [button["text"] for row in markup["keyboard"] for button in row]


def test_webhook_was_registered_at_start_with_the_secret(stack: Stack, fake: FakeApis) -> None:
    [call] = fake.wait_for(lambda c: c.api == "telegram" and c.method == "setWebhook")
    assert call.fields["url"] == TELEGRAM_WEBHOOK_URL
    assert call.fields["secret_token"] == TELEGRAM_SECRET


def test_question_gets_the_content_answer_and_a_reply_keyboard(stack: Stack, fake: FakeApis) -> None:
    chat = new_chat()
    assert post(stack, text_update(chat, "what causes runner's knee?")).status_code == 200
    [sent] = fake.wait_for(sent_to(chat))
    assert sent.fields["text"] == topic_text("causes")
    markup = reply_markup(sent)
    assert keyboard_titles(markup) == follow_up_titles("causes")
    assert markup["one_time_keyboard"] is True and markup["resize_keyboard"] is True


def test_tapping_a_keyboard_button_answers_its_topic(stack: Stack, fake: FakeApis) -> None:
    chat = new_chat()
    post(stack, text_update(chat, "what is runner's knee?"))
    fake.wait_for(sent_to(chat))
    follow_up = CONTENT.topics[CONTENT.topics["what_is"].follow_ups[1]]
    post(stack, text_update(chat, follow_up.title))  # a reply-keyboard tap sends the title
    second = fake.wait_for(sent_to(chat), count=2)[1]
    assert second.fields["text"] == topic_text(follow_up.id)
    assert stack.slot(str(chat), "topic") == follow_up.id


def test_callback_query_from_an_inline_button_is_answered(stack: Stack, fake: FakeApis) -> None:
    chat = new_chat()
    update = callback_update(chat, button_payload(CONTENT.topics["pt_approach"]))
    assert post(stack, update).status_code == 200
    [sent] = fake.wait_for(sent_to(chat))
    assert sent.fields["text"] == topic_text("pt_approach")
    query_id = update["callback_query"]["id"]
    fake.wait_for(lambda c: c.method == "answerCallbackQuery" and c.fields["callback_query_id"] == query_id)


def test_start_command_opens_with_the_greeting(stack: Stack, fake: FakeApis) -> None:
    chat = new_chat()
    post(stack, text_update(chat, "/start"))
    [sent] = fake.wait_for(sent_to(chat))
    assert sent.fields["text"] == topic_text("greeting")


def test_red_flag_in_telegram_is_escalated_in_the_first_reply(stack: Stack, fake: FakeApis) -> None:
    chat = new_chat()
    post(stack, text_update(chat, "my knee locked at parkrun and now it won't straighten at all"))
    sent = fake.wait_for(sent_to(chat))[0]
    assert sent.fields["text"].startswith(tier_text("emergency"))
    assert stack.slot(str(chat), "triage_level") == "emergency"


def test_update_without_the_secret_is_refused(stack: Stack, fake: FakeApis) -> None:
    chat = new_chat()
    response = post(stack, text_update(chat, "hello"), secret="guessed")
    assert response.status_code == 403
    time.sleep(2)
    assert fake.find(sent_to(chat)) == []


def test_malformed_update_is_a_client_error(stack: Stack) -> None:
    response = requests.post(f"{stack.url}/webhooks/telegram/webhook", data=b"[not json",
                             headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET,
                                      "Content-Type": "application/json"}, timeout=30)
    assert 400 <= response.status_code < 500
