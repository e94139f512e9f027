"""`make chat`: a staff member types a question in the terminal and reads the answer."""
from __future__ import annotations

import os
import signal

import pexpect

from knee.content import load_content
from knee.replies import build_replies
from tests.servers import ROOT

PROMPT = "Your input ->"
PROMPT_READY = "\x1b[?25h"  # the prompt shows the cursor once it reads keys


def test_make_chat_answers_a_question_in_the_terminal() -> None:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TERM="xterm")
    chat = pexpect.spawn(
        "make", ["--no-print-directory", "chat"], cwd=str(ROOT), env=env,
        encoding="utf-8", timeout=240, dimensions=(50, 200),
    )
    answer = build_replies(load_content())["what_is"].text
    try:
        chat.expect_exact(PROMPT)
        chat.expect_exact(PROMPT_READY)
        chat.send("what is runner's knee?\r")
        chat.expect_exact(answer[:50], timeout=60)
    finally:
        if chat.isalive():
            os.killpg(chat.pid, signal.SIGTERM)
        chat.close(force=True)
