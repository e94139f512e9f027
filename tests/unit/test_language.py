"""What reads as words: keyboard mash is "not understood", a stretched greeting or a dropped g is not."""
from __future__ import annotations

import pytest

from knee.language import is_chat_placeholder, looks_like_gibberish

KNOWN = {"hey", "hello", "pfps", "parkrun"}


@pytest.mark.parametrize("text", ["heyy", "hellooo", "sooo sore after parkrun", "PFPS?", "my knee hurts",
                                  "I'll try, we've got a race", "you’re right", "stretchin?", "runnin n hurtin",
                                  "k", "10/10", "5k?", "haha ok", "lol my knee", "sorry", "oops sorry my knee",
                                  "10mm drop?", "thanks xx"])
def test_words_and_stretched_words_are_read(text: str) -> None:
    assert not looks_like_gibberish(text, KNOWN)


@pytest.mark.parametrize("text", ["asdkjh qwe zzxv", "jjjjjjj kkkk", "!!!???", "kkkkjj;;;ll", "sdfin lkjin", "/;;[[p0",
                                  "sdfsdf;; lol", "qwfpgj hahaha", "asdf sry", "kjdfg;; hh", "hjkl;;pp oops pocket",
                                  "ㅇㅋ ㅋㅋ", "ппп"])
def test_keyboard_mash_is_not_read_as_a_question(text: str) -> None:
    assert looks_like_gibberish(text, KNOWN)


@pytest.mark.parametrize(("text", "placeholder"), [("<Media omitted>", True), ("image omitted", True),
                                                   ("<attached: 00000012-PHOTO-2026-11-02.jpg>", True),
                                                   ("This message was deleted", True),
                                                   ("I omitted the hills this week", False), ("media says rest", False)])
def test_a_chat_apps_placeholder_is_nothing_the_runner_wrote(text: str, placeholder: bool) -> None:
    assert is_chat_placeholder(text) is placeholder


def test_text_speak_is_read_as_the_words_it_stands_for() -> None:
    from knee.text_classifier import spelled_out

    assert spelled_out("what can u do, thx") == "what can you do, thanks"
    # a letter inside a word, a contraction or a distance is left alone
    assert spelled_out("you're 5k u'll ur") == "you're 5k u'll your"
