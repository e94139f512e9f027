"""A running club's group chat, through the real Rasa and action servers with Slack's and Telegram's
APIs faked: one conversation per member, answers only when addressed, threaded, and a member's
own knee taken to a private chat after one public reply (with the escalation in it)."""
from __future__ import annotations

import json
import random
import time
import uuid
from typing import Any, Dict, List

from knee.content import load_content
from knee.replies import button_payload
from tests.channels.test_slack import button_click, buttons_of, message_event, signed_post
from tests.channels.test_telegram import UPDATE_IDS, post, sent_to, text_update
from tests.expected import content_file, filled, follow_up_titles, group_text, tier_text, topic_text
from tests.fake_apis import BOT_USER, Call, FakeApis, direct_channel, reply_markup
from tests.servers import Stack

CONTENT = load_content()
CHECKIN = content_file("checkin.yml")
FIRST_QUESTION = CHECKIN["questions"][0]["ask"]
CHECKIN_LINK = f"https://t.me/{BOT_USER['username']}?start=checkin"
MENTION = f"@{BOT_USER['username']}"
RED_FLAG = "my knee locked at parkrun and now it won't straighten at all"
CHATTER = "anyone up for Saturday's long run? meeting at the bridge at 8"


def settled() -> None:
    """Long enough for a reply that should not come to have come."""
    time.sleep(3)


def events_of(stack: Stack, sender: str) -> List[Dict[str, Any]]:
    return [event for event in stack.tracker(sender)["events"] if event["event"] in ("user", "bot")]


# -- Telegram ------------------------------------------------------------------------------------

def new_group() -> int:
    return -random.randint(10**12, 10**13)


def new_member() -> int:
    return random.randint(10**8, 10**9)


def group_update(group: int, member: int, text: str, reply_to_bot: bool = False) -> Dict[str, Any]:
    message: Dict[str, Any] = {
        "message_id": next(UPDATE_IDS), "date": int(time.time()),
        "from": {"id": member, "is_bot": False, "first_name": "Alex"},
        "chat": {"id": group, "type": "supergroup", "title": "Riverside Harriers"}, "text": text,
    }
    if reply_to_bot:
        message["reply_to_message"] = {
            "message_id": next(UPDATE_IDS), "date": int(time.time()), "from": BOT_USER,
            "chat": message["chat"], "text": "an earlier answer",
        }
    return {"update_id": next(UPDATE_IDS), "message": message}


def replies_to(update: Dict[str, Any]):
    chat, message_id = update["message"]["chat"]["id"], update["message"]["message_id"]
    return lambda call: sent_to(chat)(call) and int(call.fields.get("reply_to_message_id") or 0) == message_id


def telegram_says(stack: Stack, fake: FakeApis, update: Dict[str, Any]) -> Call:
    assert post(stack, update).status_code == 200
    return fake.wait_for(replies_to(update))[0]


def test_telegram_group_members_each_have_their_own_conversation(stack: Stack, fake: FakeApis) -> None:
    group, alex, sam = new_group(), new_member(), new_member()
    first = telegram_says(stack, fake, group_update(group, alex, f"{MENTION} {RED_FLAG}"))
    assert first.fields["text"].startswith(tier_text("emergency"))  # safety first, in public
    assert CHECKIN_LINK in first.fields["text"]
    assert stack.slot(f"{group}:{alex}", "triage_level") == "emergency"

    chatter = group_update(group, sam, CHATTER)
    assert post(stack, chatter).status_code == 200
    question = group_update(group, sam, f"{MENTION} what causes runner's knee?")
    answer = telegram_says(stack, fake, question)
    assert answer.fields["text"] == topic_text("causes")
    assert keyboard_titles_inline(answer) == follow_up_titles("causes")
    settled()
    assert fake.find(replies_to(chatter)) == []
    assert [event.get("text") for event in events_of(stack, f"{group}:{sam}") if event["event"] == "user"] == [
        "what causes runner's knee?"]
    assert stack.slot(f"{group}:{sam}", "triage_level") == "none"
    assert stack.slot(f"{group}:{sam}", "topic") == "causes"
    assert stack.slot(f"{group}:{alex}", "triage_level") == "emergency"


def keyboard_titles_inline(call: Call) -> List[str]:
    return [button["text"] for row in reply_markup(call)["inline_keyboard"] for button in row]


def test_telegram_group_chatter_and_other_bots_commands_get_no_reply(stack: Stack, fake: FakeApis) -> None:
    group, sam = new_group(), new_member()
    for text in (CHATTER, "my knee is killing me after that hill session", "/poll@club_poll_bot Sunday?"):
        assert post(stack, group_update(group, sam, text)).status_code == 200
    settled()
    assert fake.find(sent_to(group)) == []
    assert events_of(stack, f"{group}:{sam}") == []


def test_telegram_reply_to_the_bot_and_commands_are_answered_in_the_group(stack: Stack, fake: FakeApis) -> None:
    group, sam = new_group(), new_member()
    reply = telegram_says(stack, fake, group_update(group, sam, "why doesn't rest fix it?", reply_to_bot=True))
    assert reply.fields["text"] == topic_text("why_rest_fails")
    asked = telegram_says(stack, fake, group_update(group, sam, "/ask what is runner's knee?"))
    assert asked.fields["text"] == topic_text("what_is")
    assert stack.slot(f"{group}:{sam}", "topic") == "what_is"


def test_telegram_button_in_a_group_answers_the_member_who_pressed_it(stack: Stack, fake: FakeApis) -> None:
    group, sam = new_group(), new_member()
    bot_message = {"message_id": next(UPDATE_IDS), "date": int(time.time()), "from": BOT_USER,
                   "chat": {"id": group, "type": "supergroup"}, "text": "an earlier answer"}
    update = {"update_id": next(UPDATE_IDS), "callback_query": {
        "id": str(next(UPDATE_IDS)), "from": {"id": sam, "is_bot": False, "first_name": "Sam"},
        "chat_instance": "42", "data": button_payload(CONTENT.topics["pt_approach"]), "message": bot_message}}
    assert post(stack, update).status_code == 200
    [sent] = fake.wait_for(lambda call: sent_to(group)(call)
                           and int(call.fields.get("reply_to_message_id") or 0) == bot_message["message_id"])
    assert sent.fields["text"] == topic_text("pt_approach")
    assert stack.slot(f"{group}:{sam}", "topic") == "pt_approach"


def test_telegram_checkin_in_a_group_answers_publicly_and_runs_in_private(stack: Stack, fake: FakeApis) -> None:
    group, alex = new_group(), new_member()
    public = telegram_says(stack, fake, group_update(group, alex, "/checkin"))
    assert public.fields["text"] == "\n\n".join(
        [group_text("public"), group_text("private_link", link=CHECKIN_LINK)])
    assert stack.tracker(f"{group}:{alex}")["active_loop"] in ({}, None, {"name": None})

    # The link opens a private chat (its id is the member's) that starts with "/start checkin".
    assert post(stack, text_update(alex, "/start checkin")).status_code == 200
    intro, ask = fake.wait_for(sent_to(alex), count=2)
    assert intro.fields["text"] == filled(" ".join(CHECKIN["intro"].split()))
    assert ask.fields["text"] == FIRST_QUESTION
    post(stack, text_update(alex, "No"))
    fake.wait_for(sent_to(alex), count=3)
    assert stack.tracker(str(alex))["active_loop"]["name"] == "knee_checkin_form"
    assert [call.fields["text"] for call in fake.find(sent_to(group))] == [public.fields["text"]]


def test_telegram_direct_chat_still_answers_everything(stack: Stack, fake: FakeApis) -> None:
    chat = new_member()
    post(stack, text_update(chat, CHATTER))
    [sent] = fake.wait_for(sent_to(chat))
    assert sent.fields["text"]
    assert "reply_to_message_id" not in sent.fields


# -- Slack ---------------------------------------------------------------------------------------

def new_channel() -> str:
    return f"C{uuid.uuid4().hex[:8].upper()}"


def new_user() -> str:
    return f"U{uuid.uuid4().hex[:8].upper()}"


def channel_event(user: str, channel: str, text: str, mention: bool = True) -> tuple:
    """A message in a channel: a mention of the app (app_mention), else plain chatter."""
    ts = f"{time.time():.6f}"
    event = {"type": "app_mention", "channel": channel, "user": user, "text": f"<@UBOT> {text}", "ts": ts} \
        if mention else {"type": "message", "channel": channel, "channel_type": "channel", "user": user,
                         "text": text, "ts": ts}
    body = json.dumps({"type": "event_callback", "team_id": "T0CLUB", "event": event,
                       "event_id": f"Ev{uuid.uuid4().hex[:8]}", "authorizations": [{"user_id": "UBOT"}]})
    return body.encode(), ts


def in_thread(channel: str, thread: str):
    return lambda call: call.api == "slack" and call.method == "chat.postMessage" \
        and call.fields.get("channel") == channel and call.fields.get("thread_ts") == thread


def to_dm(user: str):
    return lambda call: call.api == "slack" and call.method == "chat.postMessage" \
        and call.fields.get("channel") == direct_channel(user)


def slack_says(stack: Stack, fake: FakeApis, user: str, channel: str, text: str) -> Call:
    body, ts = channel_event(user, channel, text)
    assert signed_post(stack, body, "application/json").status_code == 200
    return fake.wait_for(in_thread(channel, ts))[0]


def blocks_buttons(call: Call) -> List[tuple]:
    return buttons_of(call) if any(block["type"] == "actions" for block in call.fields.get("blocks", [])) else []


def test_slack_channel_members_each_have_their_own_conversation(stack: Stack, fake: FakeApis) -> None:
    channel, alex, sam = new_channel(), new_user(), new_user()
    first = slack_says(stack, fake, alex, channel, "my knee locked and I can't straighten it")
    assert first.fields["text"].startswith(tier_text("emergency"))  # the escalation in the first reply
    assert group_text("private_sent") in first.fields["text"]
    [invitation] = fake.wait_for(to_dm(alex))
    assert invitation.fields["text"] == group_text("invitation")
    assert blocks_buttons(invitation) == [(group_text("start_button"), "/start_checkin")]
    assert stack.slot(f"{channel}:{alex}", "triage_level") == "emergency"

    body, chatter_ts = channel_event(sam, channel, CHATTER, mention=False)
    assert signed_post(stack, body, "application/json").status_code == 200
    answer = slack_says(stack, fake, sam, channel, "what causes runner's knee?")
    assert answer.fields["text"] == topic_text("causes")
    settled()
    assert [call for call in fake.find(lambda c: c.fields.get("channel") == channel)
            if call.fields.get("thread_ts") not in (first.fields["thread_ts"], answer.fields["thread_ts"])] == []
    assert fake.find(in_thread(channel, chatter_ts)) == []
    assert stack.slot(f"{channel}:{sam}", "triage_level") == "none"
    assert stack.slot(f"{channel}:{alex}", "triage_level") == "emergency"
    assert fake.find(to_dm(sam)) == []


def test_slack_checkin_asked_in_a_channel_runs_in_a_direct_message(stack: Stack, fake: FakeApis) -> None:
    channel, alex = new_channel(), new_user()
    public = slack_says(stack, fake, alex, channel, "can you check my knee?")
    assert public.fields["text"] == "\n\n".join([group_text("public"), group_text("private_sent")])
    [invitation] = fake.wait_for(to_dm(alex))
    _, payload = blocks_buttons(invitation)[0]
    assert signed_post(stack, button_click(alex, direct_channel(alex), payload),
                       "application/x-www-form-urlencoded").status_code == 200
    intro, ask = fake.wait_for(to_dm(alex), count=3)[1:]
    assert intro.fields["text"] == filled(" ".join(CHECKIN["intro"].split()))
    assert ask.fields["text"] == FIRST_QUESTION
    assert stack.tracker(alex)["active_loop"]["name"] == "knee_checkin_form"
    assert stack.tracker(f"{channel}:{alex}")["active_loop"] in ({}, None, {"name": None})
    assert [call.fields["text"] for call in fake.find(lambda c: c.fields.get("channel") == channel)] == [
        public.fields["text"]]


def test_slack_direct_message_still_answers_everything(stack: Stack, fake: FakeApis) -> None:
    user = new_user()
    signed_post(stack, message_event(user, direct_channel(user), CHATTER), "application/json")
    [post_] = fake.wait_for(to_dm(user))
    assert post_.fields["text"]
    assert "thread_ts" not in post_.fields
