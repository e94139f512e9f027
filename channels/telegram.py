"""Telegram as a running club uses it: answers with a reply keyboard, safe to start offline.

Differences from Rasa's stock connector, and why:
- The webhook is registered after the server has started, in the background, with a time limit:
  the stock connector registers it while building the routes, so a Telegram that cannot be
  reached hangs or crashes the start-up.
- Updates are checked against the secret token Telegram echoes in
  `X-Telegram-Bot-Api-Secret-Token` (set with the webhook), instead of one `getMe` call to
  Telegram per message.
- Buttons are a reply keyboard. A tap sends the button's title as text; it is turned back into
  the button's payload from the conversation's last buttons, so a tap means the same as on the web.
- `/start` opens the conversation with the greeting; a sticker or photo gets the "I didn't
  catch that" reply; a failure answers Telegram 200 so it does not redeliver the update forever.
- Every message is answered (channels/answered.py), with an apology if the assistant fails.
- `TELEGRAM_API_URL` points the bot at another Bot API server (a self-hosted one, or the fake
  Telegram of the tests).
"""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.types import KeyboardButton, ReplyKeyboardMarkup, Update
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput, TelegramOutput
from rasa.shared.core.events import BotUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.answered import always_answered

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_TIMEOUT_S = 10
START_COMMAND = "/start"
GREET_PAYLOAD = "/greet"
NOT_TEXT_PAYLOAD = "/nlu_fallback"


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

    def get_output_channel(self) -> ClinicTelegramOutput:
        return ClinicTelegramOutput(self.access_token, os.environ.get("TELEGRAM_API_URL"))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)
        out_channel = self.get_output_channel()
        on_new_message = always_answered(on_new_message)

        @telegram_webhook.listener("after_server_start")
        async def register(*_: Any) -> None:
            asyncio.get_running_loop().create_task(self._register_webhook(out_channel))

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

    async def _handle(
        self,
        request: Request,
        update: Update,
        out_channel: ClinicTelegramOutput,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        if update.callback_query:
            message, text = update.callback_query.message, update.callback_query.data
            asyncio.get_running_loop().create_task(
                out_channel.answer_callback_query(update.callback_query.id)
            )
        else:
            message = update.message or update.edited_message
            if message is None:
                return
            text = message.text if message.text is not None else NOT_TEXT_PAYLOAD
        sender_id = str(message.chat.id)
        text = await self._payload_for(request, sender_id, text.replace("/bot", "").strip())
        try:
            await on_new_message(
                UserMessage(
                    text, out_channel, sender_id,
                    input_channel=self.name(), metadata=self.get_metadata(request),
                )
            )
        except Exception:
            logger.exception("Telegram update %s could not be answered", update.update_id)

    @staticmethod
    async def _payload_for(request: Request, sender_id: str, text: str) -> str:
        """What a keyboard tap means: the payload of the last offered button with that title."""
        if text.split("@")[0] == START_COMMAND:
            return GREET_PAYLOAD
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
