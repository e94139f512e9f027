"""The REST channel with the same token as Rasa's HTTP API, for runs reachable from outside.

`make run` on loopback keeps Rasa's stock `rest` channel; scripts/credentials.py swaps in this
one whenever the server listens beyond this machine or a public channel (Slack, Telegram) is on.
"""
from __future__ import annotations

import hmac
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse


def presented_token(request: Request) -> str:
    """The token a client sent: `Authorization: Bearer <token>` or `?token=` like the HTTP API."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.args.get("token", "")


class TokenRestInput(RestInput):
    """`/webhooks/rest/webhook`, answering only requests that carry the deployment's token."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        token = str((credentials or {}).get("token") or "")
        if not token:
            cls.raise_missing_credentials_exception()
        return cls(token)

    def __init__(self, token: str) -> None:
        self.token = token

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)

        @webhook.middleware("request")
        async def require_token(request: Request) -> Optional[HTTPResponse]:
            if request.path.rstrip("/").endswith("/webhook") and not hmac.compare_digest(
                presented_token(request).encode(), self.token.encode()
            ):
                return response.json(
                    {"error": "This REST channel needs the deployment's token "
                              "(Authorization: Bearer <token> or ?token=<token>)."},
                    status=401,
                )
            return None

        return webhook
