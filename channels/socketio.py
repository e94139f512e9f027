"""The web widget's socket.io channel, with every message answered (channels/answered.py)."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint

from channels.answered import always_answered


class ClinicSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel (`/socket.io/`, name `socketio`) behind `always_answered`."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        return super().blueprint(always_answered(on_new_message))
