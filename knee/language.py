"""English as spaCy's lookup tables know it (spacy-lookups-data; no statistical model needed):
the pipeline the finding reader tokenises and lemmatises with, and whether a word is English."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Container, FrozenSet, Tuple

import spacy
from spacy.language import Language

_LETTERS = re.compile(r"[a-z]+")
# the tail of a contraction ("i'll", "we've") is a word only after its apostrophe: "kkkkjj;;;ll" is mash
_CONTRACTION_TAILS = frozenset({"ll", "ve", "re", "nt"})
# With no word in it, more symbols than this for each letter or digit make a message mash.
SYMBOLS_PER_CHARACTER = 2
# Below this share of known words a message reads as keyboard mash ("asdkjh qwe zzxv").
MIN_KNOWN_SHARE = 0.5
_ASIDE = re.compile(r"l+o+l+|lmf?a+o+|rofl|(?:h+a+){2,}h*|(?:h+e+){2,}|xd+|(?:j+a+){2,}|sorry|sry|soz|srry|oops|whoops|oopsie")
# What a chat app puts in place of a photo, voice note or deleted message ("<Media omitted>" in a
# WhatsApp group bridged to the assistant): nothing the runner wrote.
_CHAT_PLACEHOLDER = re.compile(r"^\W*(?:(?:media|image|video|audio|gif|sticker|document|photo|voice message)s? omitted"
                               r"|attached:[^>]*|this message was deleted|you deleted this message)\W*$", re.I)


@lru_cache(maxsize=1)
def english() -> Language:
    """A blank English pipeline with spaCy's lookup lemmatizer."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp


@lru_cache(maxsize=1)
def _lemma_table() -> Tuple[Any, FrozenSet[str]]:
    table = english().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return table, frozenset(table.values())


def is_english(word: str) -> bool:
    table, lemmas = _lemma_table()
    return word in table or word in lemmas


MAX_STRETCHED_RUNS = 4


def _spellings(word: str) -> list:
    """The word, every way of writing each run of a repeated letter once or twice, and each of
    those ending in "in" with its dropped g put back."""
    forms = [""]
    pieces = [match.group(0) for match in re.finditer(r"(.)\1*", word)]
    if sum(len(piece) > 1 for piece in pieces) > MAX_STRETCHED_RUNS:
        return [word]
    for piece in pieces:
        options = {piece[0], piece[:2]} if len(piece) > 1 else {piece}
        forms = [form + option for form in forms for option in options]
    forms = [word, *(form for form in forms if len(set(form)) > 1)]  # "kkkk" is no word
    # a dropped g is the same word ("runnin", "stretchin")
    return forms + [form + "g" for form in forms if form.endswith("in") and len(form) > 4]


def looks_like_gibberish(text: str, also_known: Container[str] = ()) -> bool:
    """Mostly not words: neither English nor among `also_known` (the assistant's own vocabulary,
    such as "pfps" or "parkrun")."""
    lowered = text.lower()
    words = [found.group(0) for found in _LETTERS.finditer(lowered) if len(found.group(0)) > 1
             and not (found.group(0) in _CONTRACTION_TAILS and lowered[max(found.start() - 1, 0):found.start()] not in ("'", "’"))]
    # laughter or an apology next to mash is no word of its own ("sdfsdf;; lol", "asdf sry")
    asides = [word for word in words if _ASIDE.fullmatch(word)]
    if asides and len(asides) < len(words):
        words = [word for word in words if not _ASIDE.fullmatch(word)]
    if not words:
        # letters of another script only ("ㅇㅋ ㅋㅋ"): not English, so nothing the assistant can read
        if any(char.isalpha() for char in text) and not any(char.isascii() and char.isalpha() for char in text):
            return True
        # no word of two letters: mash when it is mostly symbols ("/;;[[p0"), not "k" or "10/10"
        characters = sum(char.isalnum() for char in text)
        symbols = sum(not char.isalnum() and not char.isspace() for char in text)
        return not characters or symbols > SYMBOLS_PER_CHARACTER * characters
    # a word counts also when stretched ("heyy", "sooo sore") or its g dropped ("runnin"); one letter repeated is
    # no English word ("kjdfg;; hh", "hjkl;;pp"), though the assistant's own vocabulary may know it
    known = sum(any((is_english(form) and len(set(form)) > 1) or form in also_known for form in _spellings(word))
                for word in words)
    return known / len(words) < MIN_KNOWN_SHARE


def is_chat_placeholder(text: str) -> bool:
    """A chat app's stand-in for something that is not text ("<Media omitted>", "sticker omitted")."""
    return bool(_CHAT_PLACEHOLDER.match(text))


def says_nothing(text: str, also_known: Container[str] = ()) -> bool:
    """Nothing to answer: keyboard mash, or a chat app's stand-in for something that is not text."""
    return looks_like_gibberish(text, also_known) or is_chat_placeholder(text)
