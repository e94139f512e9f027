"""What both browser test files do on the demo page: wait for the assistant's words, which come
from content/ (tests/expected.py)."""
from __future__ import annotations

import re

from tests.expected import topic_text

WAIT_MS = 30_000


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def first_paragraph(topic_id: str) -> str:
    return squash(topic_text(topic_id).split("\n\n")[0])


def wait_for_bot_text(page, text: str) -> None:
    """Wait until a bot bubble contains `text`."""
    page.wait_for_function(
        "([wanted]) => [...document.querySelectorAll('.rw-response')]"
        ".some(node => node.innerText.replace(/\\s+/g, ' ').includes(wanted))",
        arg=[squash(text)], timeout=WAIT_MS,
    )
