"""A socket.io client speaking to the Rasa server the way the web widget does."""
from __future__ import annotations

import queue
import uuid
from typing import Any, Dict, List, Optional

import requests
import socketio


class SocketChat:
    """One widget session: connect, ask for a session, send messages, collect bot replies."""

    def __init__(self, url: str, session_id: str = "",
                 http_session: Optional[requests.Session] = None) -> None:
        """`http_session` carries the requests (long-polling) when the caller needs to choose
        the client's address or certificate authority."""
        self.session_id = session_id or uuid.uuid4().hex
        self.replies: "queue.Queue[Dict[str, Any]]" = queue.Queue()
        confirmed: "queue.Queue[str]" = queue.Queue()
        self.client = socketio.Client(reconnection=False, http_session=http_session)
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("session_confirm", confirmed.put)
        self.client.connect(url, transports=["polling"], socketio_path="socket.io", wait_timeout=20)
        self.client.emit("session_request", {"session_id": self.session_id})
        assert confirmed.get(timeout=20) == self.session_id

    def ask(self, text: str, timeout: float = 30, settle: float = 0.6) -> List[Dict[str, Any]]:
        """Send `text`; return the replies that arrive until none has come for `settle` s."""
        self.client.emit("user_uttered", {"message": text, "session_id": self.session_id})
        replies = [self.replies.get(timeout=timeout)]
        while True:
            try:
                replies.append(self.replies.get(timeout=settle))
            except queue.Empty:
                return replies

    def close(self) -> None:
        self.client.disconnect()
