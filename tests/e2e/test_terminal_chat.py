"""`make chat`: a staff member talks to the assistant in a terminal, as in the web widget."""
from __future__ import annotations

import os
import re
import signal

import pexpect

from tests.expected import first_line, topic, topic_text
from tests.servers import ROOT

PROMPT = "You: "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def plain(text: str) -> str:
    return ANSI.sub("", text).replace("\r\n", "\n")


def test_make_chat_shows_choices_and_answers_numbers_and_words() -> None:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TERM="xterm")
    chat = pexpect.spawn("make", ["--no-print-directory", "chat"], cwd=str(ROOT), env=env,
                         encoding="utf-8", timeout=240, dimensions=(50, 200))
    try:
        chat.expect_exact(PROMPT)
        opening = plain(chat.before)
        assert not re.search(r"warn|deprecat|tensorflow|traceback", opening, re.I), opening
        assert first_line(topic_text("greeting")) in opening
        follow_ups = [topic(topic_id)["title"] for topic_id in topic("greeting")["follow_ups"]]
        assert f"1. {follow_ups[0]}" in opening and f"2. {follow_ups[1]}" in opening

        chat.sendline("what is runner's knee?")
        chat.expect_exact(PROMPT, timeout=60)
        assert first_line(topic_text("what_is")) in plain(chat.before)
        chosen = topic("what_is")["follow_ups"][0]
        assert f"1. {topic(chosen)['title']}" in plain(chat.before)

        chat.sendline("1")  # a number picks that choice
        chat.expect_exact(PROMPT, timeout=60)
        assert first_line(topic_text(chosen)) in plain(chat.before)

        chat.sendline("/restart")
        chat.expect_exact(PROMPT, timeout=60)
        assert first_line(topic_text("greeting")) in plain(chat.before)
        chat.sendline("/quit")
        chat.expect(pexpect.EOF, timeout=60)
    finally:
        if chat.isalive():
            os.killpg(chat.pid, signal.SIGTERM)
        chat.close(force=True)
