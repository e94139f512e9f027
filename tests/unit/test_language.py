"""What reads as words: keyboard mash is "not understood", a stretched greeting is not."""
from __future__ import annotations

import pytest

from knee.language import looks_like_gibberish

KNOWN = {"hey", "hello", "pfps", "parkrun"}


@pytest.mark.parametrize("text", ["heyy", "hellooo", "sooo sore after parkrun", "PFPS?", "my knee hurts"])
def test_words_and_stretched_words_are_read(text: str) -> None:
    assert not looks_like_gibberish(text, KNOWN)


@pytest.mark.parametrize("text", ["asdkjh qwe zzxv", "jjjjjjj kkkk", "!!!???"])
def test_keyboard_mash_is_not_read_as_a_question(text: str) -> None:
    assert looks_like_gibberish(text, KNOWN)
