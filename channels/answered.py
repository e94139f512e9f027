"""Every message gets an answer, even when the assistant behind the channel fails.

Each channel hands Rasa's message handler through `always_answered`. If handling raises (the
tracker store is unavailable), ends without a single reply (the action server is down: Rasa logs
it and carries on silently) or takes longer than the deadline (the action server is slow), the
runner gets the apology from content/service.yml, with the clinic's contact and the emergency
number. A slow message keeps running: its real answer still lands in the conversation.
Message text never reaches the logs here, only what failed.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
from functools import lru_cache
from typing import Any, Awaitable, Callable, Dict, Set, Text

from rasa.core.channels.channel import OutputChannel, UserMessage

from knee.service import Apology

logger = logging.getLogger(__name__)

Handler = Callable[[UserMessage], Awaitable[Any]]
# Control characters other than tab and newlines carry no meaning and PostgreSQL refuses NUL.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NOT_UNDERSTOOD_PAYLOAD = "/nlu_fallback"


def reply_deadline_s() -> float:
    return float(os.environ.get("KNEE_REPLY_DEADLINE_S", "10"))


def max_concurrent_messages() -> int:
    """Messages one server process works on at once; the rest wait their turn.

    Working on more than a few at once on a small server only adds contention, and a burst of a
    hundred at once overran the action server's accept queue in the soak (about 2 % of action
    calls failed); the wait still counts against the reply deadline.
    """
    return int(os.environ.get("KNEE_MAX_CONCURRENT_MESSAGES", "8"))


class CountingOutput(OutputChannel):
    """Passes replies on to the channel's own output and counts them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> Text:  # type: ignore[override]
        return self.inner.name()

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)


def clean_text(text: Any) -> str:
    """What the assistant reads: control characters dropped; an empty message as 'not understood'."""
    cleaned = CONTROL_CHARACTERS.sub("", text if isinstance(text, str) else "")
    return cleaned if cleaned.strip() else NOT_UNDERSTOOD_PAYLOAD


@lru_cache(maxsize=1)
def process_turns() -> asyncio.Semaphore:
    """The limit shared by every channel of this server process."""
    return asyncio.Semaphore(max_concurrent_messages())


@lru_cache(maxsize=1)
def process_apology() -> Apology:
    return Apology()


def always_answered(on_new_message: Handler) -> Handler:
    background: Set[asyncio.Future] = set()
    apology, turns, deadline = process_apology(), process_turns(), reply_deadline_s()

    async def in_turn(message: UserMessage) -> None:
        async with turns:
            await on_new_message(message)

    async def handle(message: UserMessage) -> None:
        output = CountingOutput(message.output_channel)
        message.output_channel = output
        message.text = clean_text(message.text)
        task = asyncio.ensure_future(in_turn(message))
        done, _ = await asyncio.wait({task}, timeout=deadline)
        if not done:
            logger.error("No answer within %.0f s (action server slow?); apology sent", deadline)
            background.add(task)
            task.add_done_callback(_log_late_failure)
            task.add_done_callback(background.discard)
        elif task.exception() is not None:
            # The type only: a database error's text can quote the message.
            logger.error("Message could not be handled (%s); apology sent",
                         type(task.exception()).__name__)
        elif output.sent == 0:
            logger.error("Message handled without a reply (action server down?); apology sent")
        else:
            return
        await output.inner.send_response(message.sender_id, {"text": apology.text})

    return handle


def _log_late_failure(task: asyncio.Future) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("A late message failed too (%s)", type(task.exception()).__name__)
