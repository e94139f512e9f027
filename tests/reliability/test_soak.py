"""The soak in its short form: runners talking at once, nothing lost (full run: make soak)."""
from __future__ import annotations

import asyncio

from tests.expected import apology
from scripts.soak import soak
from tests.servers import Stack


def test_twenty_runners_at_once_lose_nothing(stack: Stack) -> None:
    result = asyncio.run(soak(stack.url, stack.token, users=20, messages=10, apology=apology(),
                              rest_token=stack.rest_token))
    print(result.summary())
    assert result.messages == 200
    assert result.errors == []
    assert result.lost == []
