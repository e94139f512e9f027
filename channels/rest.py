"""The REST channel: requests checked before Rasa sees them, every message answered, and a REST
client's token required whenever the run is reachable from outside.

`make run` on loopback serves it open; channels/credentials.py gives it the REST clients' tokens
(KNEE_REST_TOKEN, one per integration, comma-separated) whenever the server listens beyond this
machine, sits behind a public proxy or a public channel (Slack, Telegram) is on. A REST token
only sends messages: the HTTP API (conversations, model) takes RASA_AUTH_TOKEN, never these.
"""
from __future__ import annotations

import hmac
import json
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.answered import always_answered
from server.secret_check import rest_tokens

MAX_BODY_BYTES = 256 * 1024
MAX_MESSAGE_CHARS = 50_000
MAX_SENDER_CHARS = 128


def presented_token(request: Request) -> str:
    """The token a client sent: `Authorization: Bearer <token>` or `?token=` like the HTTP API."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return request.args.get("token", "")


class RequestProblem(ValueError):
    """A webhook body Rasa cannot take; `status` is the 4xx to answer with."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def parse_message_request(body: bytes) -> Dict[str, Any]:
    """The webhook body as a dict, or RequestProblem saying what is wrong with it."""
    if len(body) > MAX_BODY_BYTES:
        raise RequestProblem(413, f"the body is larger than {MAX_BODY_BYTES // 1024} KB")
    try:
        data = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError) as error:
        raise RequestProblem(400, f"the body is not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise RequestProblem(400, 'the body must be a JSON object like {"sender": "...", "message": "..."}')
    sender, message = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not sender.strip():
        raise RequestProblem(400, "'sender' must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise RequestProblem(400, f"'sender' must be at most {MAX_SENDER_CHARS} characters")
    if not isinstance(message, str):
        raise RequestProblem(400, "'message' must be a string")
    if len(message) > MAX_MESSAGE_CHARS:
        raise RequestProblem(413, f"'message' must be at most {MAX_MESSAGE_CHARS} characters")
    if "metadata" in data and not isinstance(data["metadata"], (dict, type(None))):
        raise RequestProblem(400, "'metadata' must be a JSON object")
    return data


class ClinicRestInput(RestInput):
    """`/webhooks/rest/webhook`: 4xx with a reason for a broken request, an answer for any message."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        return cls(str((credentials or {}).get("token") or ""))

    def __init__(self, token: str = "") -> None:
        self.tokens = [candidate.encode() for candidate in rest_tokens(token)]

    def accepts(self, presented: str) -> bool:
        """Whether `presented` is one of the REST clients' tokens (compared in constant time)."""
        given = presented.encode()
        return any([hmac.compare_digest(given, token) for token in self.tokens])

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = super().blueprint(always_answered(on_new_message))

        @webhook.middleware("request")
        async def check_request(request: Request) -> Optional[HTTPResponse]:
            if not request.path.rstrip("/").endswith("/webhook"):
                return None
            if self.tokens and not self.accepts(presented_token(request)):
                return response.json(
                    {"error": "This REST channel needs a REST client's token "
                              "(Authorization: Bearer <token> or ?token=<token>)."},
                    status=401,
                )
            try:
                request.parsed_json = parse_message_request(request.body)  # Rasa reads this
            except RequestProblem as problem:
                return response.json({"error": str(problem)}, status=problem.status)
            return None

        return webhook
