"""Slack as a running club uses it: direct messages, and mentions in the club's channels.

Rasa's connector (signing-secret check, retries, button clicks) does the work; this subclass
changes these things:
- A direct message is answered in the member's conversation (their user id), in a thread only
  when they wrote in one (the stock `use_threads` threads every reply).
- In a channel (docs/groups.md) the app answers only a mention of it (`app_mention`) or a click
  on one of its buttons, never other messages, and always in a thread under the member's
  message. Each member has a conversation of their own in each channel (`<channel id>:<user
  id>`), apart from their direct messages, so that a check-in or safety question running in
  private never takes a channel message as its answer. The metadata says it is a group chat and
  that the app can message the member privately (knee/groups.py); a reply's "private" message
  is posted to the member's direct messages (conversations.open).
- Up to 25 buttons render as Block Kit buttons (the stock connector drops all buttons above five).
- `SLACK_API_URL` points the Web API client at another base URL (a Slack-compatible gateway, or
  the fake Slack of the tests).
"""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from channels.answered import always_answered
from knee.groups import CHAT_KEY, GROUP_CHAT, PRIVATE_JSON_KEY, PRIVATE_MESSAGE_KEY, in_group, payload_in_group

logger = logging.getLogger(__name__)

SLACK_API_URL = "https://slack.com/api/"
MAX_BUTTONS = 25  # Block Kit's limit for one actions block


class ClinicSlackBot(SlackBot):
    """Posts replies through the Web API at `api_url`, buttons as Block Kit buttons."""

    def __init__(
        self,
        token: Text,
        slack_channel: Optional[Text],
        thread_id: Optional[Text],
        proxy: Optional[Text],
        api_url: str,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, proxy=proxy, base_url=api_url)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        """A reply in a channel is one message in its thread; in direct messages each paragraph
        is a message of its own, as Rasa sends them."""
        if is_direct(self.slack_channel or recipient_id):
            return await super().send_text_message(recipient_id, text, **kwargs)
        await self._post_message(channel=self.slack_channel or recipient_id, as_user=True, text=text, type="mrkdwn")

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        await self._post_message(channel=self.slack_channel or recipient_id, **with_buttons(text, buttons))

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        """A "private" message goes to the member's direct messages, never into the channel."""
        if PRIVATE_JSON_KEY not in json_message:
            return await super().send_custom_json(recipient_id, json_message, **kwargs)
        private = json_message[PRIVATE_JSON_KEY]
        try:
            opened = await self.client.conversations_open(users=member_of(recipient_id))
            await self.client.chat_postMessage(channel=opened["channel"]["id"],
                                               **with_buttons(private["text"], private.get("buttons") or []))
        except Exception as error:  # e.g. missing_scope: the app needs im:write (docs/groups.md)
            logger.error("Private message to a Slack member not sent (%s)", error)


class ClinicSlackInput(SlackInput):
    """Slack Events API and interactivity endpoint at `/webhooks/slack/webhook`."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            credentials.get("slack_token"),
            credentials.get("slack_channel"),
            credentials.get("proxy"),
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            use_threads=True,
            slack_signing_secret=credentials.get("slack_signing_secret", ""),
        )

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(always_answered(on_new_message))

        @webhook.middleware("request")
        async def check_interaction(request: Request) -> Optional[HTTPResponse]:
            """A button click Rasa cannot read gets 400 (the stock connector answers 500)."""
            if request.method != "POST" or \
                    request.headers.get("content-type") != "application/x-www-form-urlencoded":
                return None
            problem = interaction_problem(request)
            return response.text(problem, status=400) if problem else None

        return webhook

    def get_metadata(self, request: Request) -> Dict[Text, Any]:
        metadata = super().get_metadata(request)
        if metadata:
            group = not is_direct(metadata.get("out_channel"))
            metadata["thread_id"] = thread_of(request, group)
            if group:
                metadata.update({CHAT_KEY: GROUP_CHAT, PRIVATE_MESSAGE_KEY: True})
        return metadata

    async def process_message(self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                              text: Text, sender_id: Optional[Text], metadata: Optional[Dict]) -> Any:
        if in_group(metadata):
            text = payload_in_group(text)  # "/start_checkin" in a channel is taken private too
        return await super().process_message(request, on_new_message, text, sender_id, metadata)

    def _get_conversation_id(self, sender_id: Optional[Text], channel_id: Optional[Text],
                             thread_id: Optional[Text]) -> Optional[Text]:
        """A direct message: the member's own conversation. A channel: the member's in that channel."""
        if not sender_id or not channel_id or is_direct(channel_id):
            return sender_id
        return f"{channel_id}:{sender_id}"

    def _is_supported_channel(self, slack_event: Dict, metadata: Dict) -> bool:
        """Direct messages and mentions only: in a channel, members talking to each other are
        never answered (the stock connector also answers every message in `slack_channel`)."""
        return self._is_direct_message(slack_event) or self._is_app_mention(slack_event)

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> OutputChannel:
        api_url = os.environ.get("SLACK_API_URL") or SLACK_API_URL
        return ClinicSlackBot(
            self.slack_token, channel or self.slack_channel, thread_id, self.proxy, api_url
        )


def is_direct(channel_id: Optional[str]) -> bool:
    """A direct message's conversation (Slack's ids for those start with D)."""
    return str(channel_id or "").startswith("D")


def member_of(conversation_id: str) -> str:
    """The member's user id in a conversation id (`<channel id>:<user id>`, or the user id)."""
    return conversation_id.rsplit(":", 1)[-1]


def with_buttons(text: str, buttons: List[Dict[Text, Any]]) -> Dict[str, Any]:
    """A message with up to 25 Block Kit buttons."""
    elements = [
        {"type": "button", "text": {"type": "plain_text", "text": button["title"][:75]}, "value": button["payload"]}
        for button in buttons[:MAX_BUTTONS]
    ]
    blocks: List[Dict[str, Any]] = [{"type": "section", "text": {"type": "plain_text", "text": text}}]
    if elements:
        blocks.append({"type": "actions", "elements": elements})
    return {"as_user": True, "text": text, "blocks": blocks}


def thread_of(request: Request, group: bool = False) -> Optional[str]:
    """The thread a message or button click came from; a direct message's top-level message has
    none, a channel's starts one (replies in a channel always go into a thread)."""
    if request.headers.get("content-type") == "application/json":
        event = request.json.get("event") or {}
        return event.get("thread_ts") or (event.get("ts") if group else None)
    payload = json.loads(request.form["payload"][0])
    message = payload.get("message") or {}
    return message.get("thread_ts") or (payload.get("container") or {}).get("thread_ts") or (
        message.get("ts") if group else None)


def interaction_problem(request: Request) -> Optional[str]:
    """Why an interactivity request cannot be read as a button click, or None."""
    try:
        payload = json.loads(request.form["payload"][0])
        action = payload["actions"][0]
        payload["user"]["id"]
    except (KeyError, IndexError, TypeError, ValueError):
        return "expected a Slack interactivity payload with one action"
    if action.get("type") not in ("button", "static_select", "overflow"):
        return f"unsupported Slack action type {action.get('type')!r}"
    return None
