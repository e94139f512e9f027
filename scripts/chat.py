"""Talk to the assistant in the terminal, as a runner would in the web widget.

`make chat` starts the action server and the Rasa server quietly in the background (their
output goes to .rasa/chat-*.log), then reads what you type. The assistant's buttons are shown
as numbered choices: type a number to pick one, or type anything else to send it as your own
words. /restart starts a new conversation, /quit (or Ctrl-D) ends.

    python scripts/chat.py                    # start the servers, then chat
    python scripts/chat.py --url http://localhost:5005   # chat with a running `make run`
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import uuid
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, TextIO

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from server.processes import ROOT, action_server_command, free_port, rasa_run_command, running, wait_until  # noqa: E402

MODEL = ROOT / "models" / "knee.tar.gz"
LOG_DIR = ROOT / ".rasa"
COMMANDS = {"/quit": "end the chat", "/restart": "start a new conversation"}


@dataclass
class Style:
    """ANSI colours on a terminal, plain text otherwise (or with NO_COLOR set)."""

    enabled: bool

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def assistant(self, text: str) -> str:
        return self._wrap("36", text)

    def choice(self, text: str) -> str:
        return self._wrap("1", text)

    def note(self, text: str) -> str:
        return self._wrap("2", text)


@dataclass
class Conversation:
    """One runner's conversation over the REST channel, and the choices last offered."""

    url: str
    sender: str = field(default_factory=lambda: f"terminal-{uuid.uuid4().hex[:8]}")
    choices: List[Dict[str, str]] = field(default_factory=list)

    def send(self, text: str) -> List[Dict[str, Any]]:
        response = requests.post(f"{self.url}/webhooks/rest/webhook",
                                 json={"sender": self.sender, "message": text}, timeout=60)
        response.raise_for_status()
        messages = response.json()
        self.choices = [button for message in messages for button in message.get("buttons") or []]
        return messages

    def restart(self) -> None:
        self.sender, self.choices = f"terminal-{uuid.uuid4().hex[:8]}", []

    def message_for(self, typed: str) -> tuple:
        """What to send for what was typed: a choice's payload for its number, else the words."""
        if typed.isdigit() and 1 <= int(typed) <= len(self.choices):
            choice = self.choices[int(typed) - 1]
            return choice["payload"], choice["title"]
        return typed, None


def show(messages: List[Dict[str, Any]], style: Style, out: TextIO) -> None:
    number = 0
    for message in messages:
        if message.get("text"):
            out.write(style.assistant(f"Assistant: {message['text']}") + "\n")
        for button in message.get("buttons") or []:
            number += 1
            out.write(f"  {style.choice(str(number))}. {button['title']}\n")
    if number:
        out.write(style.note("(type a number to choose, or your own words)") + "\n")
    out.flush()


def chat(conversation: Conversation, style: Style, read=input, out: TextIO = sys.stdout) -> None:
    out.write(style.note("Ask about runner's knee. Commands: "
                         + ", ".join(f"{name} ({what})" for name, what in COMMANDS.items())) + "\n")
    show(conversation.send("/greet"), style, out)
    while True:
        try:
            typed = read("You: ").strip()
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return
        if not typed:
            continue
        if typed == "/quit":
            return
        if typed == "/restart":
            conversation.restart()
            out.write(style.note("(new conversation)") + "\n")
            show(conversation.send("/greet"), style, out)
            continue
        text, chosen = conversation.message_for(typed)
        if chosen:
            out.write(style.note(f"(you chose: {chosen})") + "\n")
        try:
            show(conversation.send(text), style, out)
        except requests.RequestException as error:
            out.write(f"The assistant did not answer ({error}); try again, or /quit.\n")


@contextmanager
def assistant() -> Iterator[str]:
    """The action server and a REST-only Rasa server on free loopback ports, for this chat."""
    LOG_DIR.mkdir(exist_ok=True)
    action_port, rasa_port = free_port(), free_port()
    endpoints, credentials = LOG_DIR / "chat-endpoints.yml", LOG_DIR / "chat-credentials.yml"
    endpoints.write_text(f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
                         "  enable_selective_domain: true\n", encoding="utf-8")
    credentials.write_text("channels.rest.ClinicRestInput:\n", encoding="utf-8")
    quiet = {"TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore"}
    with ExitStack() as stack:
        actions_log, rasa_log = LOG_DIR / "chat-actions.log", LOG_DIR / "chat-rasa.log"
        actions = stack.enter_context(running(action_server_command(action_port), actions_log, env=quiet,
                                              stdin=subprocess.DEVNULL, start_new_session=True))
        rasa = stack.enter_context(running(
            rasa_run_command(MODEL, rasa_port, "", "--credentials", str(credentials), "--endpoints", str(endpoints)),
            rasa_log, env=quiet, stdin=subprocess.DEVNULL, start_new_session=True))
        url = f"http://127.0.0.1:{rasa_port}"
        try:
            wait_until(f"http://127.0.0.1:{action_port}/health", actions, actions_log)
            wait_until(url, rasa, rasa_log)
        except RuntimeError:
            raise SystemExit(f"The assistant did not start; see {rasa_log.relative_to(ROOT)} and "
                             f"{actions_log.relative_to(ROOT)}") from None
        yield url


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running Rasa server's URL (REST channel open)")
    args = parser.parse_args(argv)
    style = Style(enabled=sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    if args.url:
        chat(Conversation(args.url.rstrip("/")), style)
        return 0
    print(style.note("Starting the assistant (about 20 seconds)..."), flush=True)
    try:
        with assistant() as url:
            chat(Conversation(url), style)
    except KeyboardInterrupt:
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
