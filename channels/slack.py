"""Slack as a running club uses it: replies stay in the thread they were asked in.

Rasa's connector (signing-secret check, retries, button clicks) does the work; this subclass
changes three things. A reply goes into a thread only when the runner wrote in one (the stock
`use_threads` threads every reply). Up to 25 buttons render as Block Kit buttons (the stock
connector drops all buttons above five). `SLACK_API_URL` points the Web API client at another
base URL (a Slack-compatible gateway, or the fake Slack of the tests).
"""
from __future__ import annotations

import json
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot, SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from channels.answered import always_answered

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

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        elements = [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": button["title"][:75]},
                "value": button["payload"],
            }
            for button in buttons[:MAX_BUTTONS]
        ]
        await self._post_message(
            channel=self.slack_channel or recipient_id,
            as_user=True,
            text=text,
            blocks=[
                {"type": "section", "text": {"type": "plain_text", "text": text}},
                {"type": "actions", "elements": elements},
            ],
        )


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
            metadata["thread_id"] = thread_of(request)
        return metadata

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> OutputChannel:
        api_url = os.environ.get("SLACK_API_URL") or SLACK_API_URL
        return ClinicSlackBot(
            self.slack_token, channel or self.slack_channel, thread_id, self.proxy, api_url
        )


def thread_of(request: Request) -> Optional[str]:
    """The thread a message or button click came from; None for a top-level message."""
    if request.headers.get("content-type") == "application/json":
        return (request.json.get("event") or {}).get("thread_ts")
    payload = json.loads(request.form["payload"][0])
    return (payload.get("message") or {}).get("thread_ts") or (
        payload.get("container") or {}
    ).get("thread_ts")


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
