"""Telegram as a running club uses it: answers with a reply keyboard, safe to start offline.

Differences from Rasa's stock connector, and why:
- The webhook is registered after the server has started, in the background, with a time limit:
  the stock connector registers it while building the routes, so a Telegram that cannot be
  reached hangs or crashes the start-up.
- Updates are checked against the secret token Telegram echoes in
  `X-Telegram-Bot-Api-Secret-Token` (set with the webhook), instead of one `getMe` call to
  Telegram per message.
- Buttons are a reply keyboard in a private chat. A tap sends the button's title as text; it is turned back into
  the button's payload from the conversation's last buttons, so a tap means the same as on the web.
- Commands: `/start` opens the conversation with the greeting, `/start checkin` (the private
  chat's link) and `/checkin` the check-in, `/ask <question>` asks, `/help`. A sticker or photo
  gets the "I didn't catch that" reply; a failure answers Telegram 200 so it does not redeliver
  the update forever.
- A private chat is answered at every message (channels/answered.py), with an apology if the
  assistant fails. In a group (docs/groups.md) each member has a conversation of their own
  (`<group id>:<member id>`), the bot answers only a message that mentions it, replies to one of
  its messages or is one of its commands, and its reply is a reply to that message (buttons
  inline: a reply keyboard would pop up for the whole group). The metadata says it is a group
  and gives the link that opens the check-in in a private chat (knee/groups.py).
- The bot's username (for mentions and that link) is `TELEGRAM_BOT_USERNAME`, else asked of
  Telegram (`getMe`) after start-up and, while unknown, again when a group message arrives.
- `TELEGRAM_API_URL` points the bot at another Bot API server (a self-hosted one, or the fake
  Telegram of the tests).
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.types import (
    InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, Message, ReplyKeyboardMarkup, Update,
)
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.core.events import BotUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.answered import always_answered
from knee.groups import CHAT_KEY, CHECKIN_PAYLOAD, GROUP_CHAT, PRIVATE_LINK_KEY, payload_in_group

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_TIMEOUT_S = 10
USERNAME_TIMEOUT_S = 5
GREET_PAYLOAD = "/greet"
HELP_PAYLOAD = "/help"
NOT_TEXT_PAYLOAD = "/nlu_fallback"
# The private chat's link starts it with "/start checkin" (https://t.me/<bot>?start=checkin).
CHECKIN_START_PARAMETER = "checkin"
COMMANDS = ("start", "checkin", "ask", "help")
GROUP_CHATS = ("group", "supergroup")
MAX_CALLBACK_DATA = 64  # bytes, Telegram's limit for an inline button's data


class ClinicTelegramOutput(TelegramOutput):
    """Sends replies through the Bot API at `api_url`, buttons as a one-time reply keyboard."""

    def __init__(self, access_token: Text, api_url: Optional[str] = None) -> None:
        server = TelegramAPIServer.from_base(api_url) if api_url else TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        keyboard = ReplyKeyboardMarkup(resize_keyboard=True, one_time_keyboard=True)
        for button in buttons:
            keyboard.add(KeyboardButton(button["title"]))
        await self.send_message(recipient_id, text, reply_markup=keyboard)

    async def register_webhook(self, url: str, secret_token: str) -> bool:
        """Tell Telegram where to deliver updates, and the secret to send with each one."""
        return bool(
            await self.request(
                "setWebhook",
                {
                    "url": url,
                    "secret_token": secret_token,
                    "allowed_updates": json.dumps(["message", "edited_message", "callback_query"]),
                },
            )
        )


class GroupReply(OutputChannel):
    """Replies to one member's message in a group: into the group, as a reply to that message, one
    Telegram message per reply, follow-ups as inline buttons (a reply keyboard would pop up for
    the whole group, and a tap on it is a plain message the bot does not get in privacy mode)."""

    def __init__(self, bot: ClinicTelegramOutput, chat_id: int, reply_to: int) -> None:
        self.bot, self.chat_id, self.reply_to = bot, chat_id, reply_to

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send(text)

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        keyboard = InlineKeyboardMarkup(row_width=1)
        for button in buttons:
            if len(str(button["payload"]).encode()) <= MAX_CALLBACK_DATA:
                keyboard.add(InlineKeyboardButton(button["title"], callback_data=button["payload"]))
        await self._send(text, reply_markup=keyboard)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        logger.debug("Custom message not sent to a Telegram group")

    async def _send(self, text: str, **kwargs: Any) -> None:
        await self.bot.send_message(self.chat_id, text, reply_to_message_id=self.reply_to,
                                    allow_sending_without_reply=True, **kwargs)


class ClinicTelegramInput(TelegramInput):
    """Telegram updates at `/webhooks/telegram/webhook`."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        missing = [
            key for key in ("access_token", "webhook_url", "secret_token") if not credentials.get(key)
        ]
        if missing:
            raise ValueError(f"Telegram credentials need {', '.join(missing)}")
        return cls(
            credentials["access_token"],
            credentials.get("verify"),
            credentials["webhook_url"],
            secret_token=str(credentials["secret_token"]),
        )

    def __init__(
        self,
        access_token: Optional[Text],
        verify: Optional[Text],
        webhook_url: Optional[Text],
        secret_token: str = "",
    ) -> None:
        super().__init__(access_token, verify, webhook_url, debug_mode=False)
        self.secret_token = secret_token
        self.bot_username: Optional[str] = os.environ.get("TELEGRAM_BOT_USERNAME", "").lstrip("@") or None

    def get_output_channel(self) -> ClinicTelegramOutput:
        return ClinicTelegramOutput(self.access_token, os.environ.get("TELEGRAM_API_URL"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)
        out_channel = self.get_output_channel()
        on_new_message = always_answered(on_new_message)

        @telegram_webhook.listener("after_server_start")
        async def register(*_: Any) -> None:
            async def start() -> None:
                await self._register_webhook(out_channel)
                await self._username(out_channel)

            asyncio.get_running_loop().create_task(start())

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            presented = request.headers.get(SECRET_HEADER, "")
            if not hmac.compare_digest(presented.encode(), self.secret_token.encode()):
                return response.json({"error": "unknown sender"}, status=403)
            try:
                update = Update(**request.json)
            except (TypeError, ValueError, AttributeError):
                return response.json({"error": "expected a Telegram update as JSON"}, status=400)
            await self._handle(request, update, out_channel, on_new_message)
            return response.text("success")

        return telegram_webhook

    async def _register_webhook(self, out_channel: ClinicTelegramOutput) -> None:
        try:
            registered = await asyncio.wait_for(
                out_channel.register_webhook(self.webhook_url, self.secret_token),
                WEBHOOK_TIMEOUT_S,
            )
        except Exception as error:  # offline, refused, timed out or rejected: keep serving
            registered = False
            logger.warning("Telegram webhook not registered (%s); see README", error)
        if registered:
            logger.info("Telegram webhook registered at %s", self.webhook_url)

    async def _username(self, out_channel: ClinicTelegramOutput) -> Optional[str]:
        """The bot's username: from the environment, else asked of Telegram once it answers."""
        if self.bot_username is None:
            try:
                me = await asyncio.wait_for(out_channel.get_me(), USERNAME_TIMEOUT_S)
                self.bot_username = me.username or None
            except Exception as error:  # offline or refused: only commands are answered in groups
                logger.warning("Telegram bot's username unknown (%s); in groups only its commands "
                               "are answered until it is known (TELEGRAM_BOT_USERNAME)", type(error).__name__)
        return self.bot_username

    async def _handle(
        self,
        request: Request,
        update: Update,
        out_channel: ClinicTelegramOutput,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        if update.callback_query:
            message, text = update.callback_query.message, update.callback_query.data
            member = update.callback_query.from_user
            asyncio.get_running_loop().create_task(
                out_channel.answer_callback_query(update.callback_query.id)
            )
        else:
            message = update.message or update.edited_message
            member = (message.from_user or message.sender_chat) if message else None
            text = message.text if message and message.text is not None else NOT_TEXT_PAYLOAD
        if message is None:  # no message (another kind of update), or a button under an inline one
            return
        output: OutputChannel = out_channel
        sender_id, metadata = str(message.chat.id), self.get_metadata(request)
        if message.chat.type in GROUP_CHATS:
            username = await self._username(out_channel)
            if member is None or not (update.callback_query or addresses_bot(message, username)):
                return  # members talking to each other
            sender_id = f"{message.chat.id}:{member.id}"
            output = GroupReply(out_channel, message.chat.id, message.message_id)
            metadata = {CHAT_KEY: GROUP_CHAT}
            if username:
                metadata[PRIVATE_LINK_KEY] = f"https://t.me/{username}?start={CHECKIN_START_PARAMETER}"
            text = payload_in_group(command_text(without_mention(text, username)))
        else:
            text = command_text(text)
        text = await self._payload_for(request, sender_id, text)
        try:
            await on_new_message(
                UserMessage(text, output, sender_id, input_channel=self.name(), metadata=metadata)
            )
        except Exception:
            logger.exception("Telegram update %s could not be answered", update.update_id)

    @staticmethod
    async def _payload_for(request: Request, sender_id: str, text: str) -> str:
        """What a keyboard tap means: the payload of the last offered button with that title."""
        if text.startswith("/"):
            return text
        tracker = await request.app.ctx.agent.tracker_store.retrieve(sender_id)
        for event in reversed(tracker.events if tracker else []):
            buttons = event.data.get("buttons") if isinstance(event, BotUttered) else None
            if buttons:
                return button_payload(buttons, text)
        return text


def button_payload(buttons: List[Dict[str, Any]], text: str) -> str:
    """The payload of the button titled `text` (any case), else `text` itself."""
    wanted = text.casefold()
    for button in buttons:
        if str(button.get("title", "")).strip().casefold() == wanted:
            return str(button["payload"])
    return text


def command_text(text: str) -> str:
    """What a command means: `/start` the greeting, `/start checkin` and `/checkin` the check-in,
    `/help` the help, `/ask <question>` the question (the help when there is none). Other text,
    and payloads such as `/ask_causes`, stay as they are."""
    if not text.startswith("/"):
        return text
    command, *rest = text.split(None, 1)
    name, rest = command[1:].split("@")[0].lower(), " ".join(rest).strip()
    if name == "start":
        return CHECKIN_PAYLOAD if rest.lower() == CHECKIN_START_PARAMETER else GREET_PAYLOAD
    if name == "checkin":
        return CHECKIN_PAYLOAD
    if name in ("help", "ask"):
        return rest if name == "ask" and rest else HELP_PAYLOAD
    return text


def addresses_bot(message: Message, username: Optional[str]) -> bool:
    """A group message meant for the bot: one of its commands (`/ask`, or `/anything@<bot>`), a
    reply to one of its messages, or a mention of it. Without its username, only its commands."""
    text = message.text or message.caption or ""
    if text.startswith("/"):
        name, _, target = text.split()[0][1:].partition("@")
        if target and username and target.lower() == username.lower():
            return True
        if not target and name.lower() in COMMANDS:
            return True
    if not username:
        return False
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and \
            (replied.from_user.username or "").lower() == username.lower():
        return True
    return bool(_mention(username).search(text))


def without_mention(text: str, username: Optional[str]) -> str:
    """The message without the bot's @name; just the name asks what the bot can do."""
    if not username:
        return text
    rest = " ".join(_mention(username).sub(" ", text).split())
    return rest or HELP_PAYLOAD


def _mention(username: str) -> "re.Pattern[str]":
    return re.compile(rf"@{re.escape(username)}\b", re.I)
