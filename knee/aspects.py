"""Which part of a topic a message names ("the hip part", "is it my glutes?").

The classifier's `aspect` entities come first; the reviewed word list in content/aspects.yml
catches wording the classifier has not seen, so a named part is not silently lost.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Mapping, Pattern, Tuple


class AspectWords(Dict[str, Tuple[str, ...]]):
    """Each aspect's words (content/aspects.yml), and the phrases that hold one of those words but
    name no aspect (`not_named`: "sitting it out" rests, it is not sitting)."""

    def __init__(self, words: Mapping[str, Tuple[str, ...]], not_named: Iterable[str] = ()) -> None:
        super().__init__(words)
        self.not_named = tuple(not_named)


@lru_cache(maxsize=64)
def words_pattern(words: Tuple[str, ...]) -> Pattern[str]:
    alternatives = sorted((re.escape(word) for word in words), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


# "was running 4 times a week before it got bad": how often they run, not an exercise's dose (its "times a week" is
# taken out before the words are looked up)
_HOW_OFTEN_THEY_RUN = re.compile(r"\b(?:run|runs|running|ran|jog|jogs|jogging|train|trains|training|trained)\b(?: [\w-]+){0,3}? "
                                 r"(?:\d+|one|two|three|four|five|six|seven)(?: or \d+)?(?: \w+)? (?P<often>times? (?:a|per|each) week)\b")


# "3x15 of everything every single day", "3 x 10 on each leg": sets by reps, an exercise's dose (not runs: "2x20 min
# tempo", "2x20 tempo", "4 x 15 hill sprints", "6x30 strides", "3x10' at threshold", "6 x 400")
_SETS_BY_REPS = re.compile(r"(?<![\w.])[1-6] ?x ?(?:[5-9]|[1-3]\d)(?!\w)(?!\.\d)(?! ?(?:min|mins|minutes?|secs?|seconds?|s\b|km|m\b|mi|miles?|metres?|meters?|'|at\b|tempo|hills?|hill sprints?|sprints?|strides|intervals?|efforts?|reps? (?:of|at|up)))")
DOSAGE_ASPECT = "dosage"


def aspects_in_text(text: str, aspect_words: Mapping[str, Tuple[str, ...]]) -> List[str]:
    """Aspects whose words appear in `text`, in the order they appear (accents aside: "cuádriceps")."""
    lowered = without_accents(text.lower())
    lowered = _HOW_OFTEN_THEY_RUN.sub(
        lambda found: found.group(0)[:found.start("often") - found.start()] + " " * len(found.group("often")), lowered)
    if isinstance(aspect_words, AspectWords) and aspect_words.not_named:
        lowered = words_pattern(aspect_words.not_named).sub(lambda phrase: " " * len(phrase.group(0)), lowered)
    found = []
    for aspect, words in aspect_words.items():
        match = words_pattern(words).search(lowered)
        if match:
            found.append((match.start(), aspect))
    sets_by_reps = _SETS_BY_REPS.search(lowered)
    if sets_by_reps and DOSAGE_ASPECT in aspect_words and DOSAGE_ASPECT not in (aspect for _, aspect in found):
        found.append((sets_by_reps.start(), DOSAGE_ASPECT))
    return [aspect for _, aspect in sorted(found)]


def without_accents(text: str) -> str:
    """The text with accents taken off its letters ("cuádriceps" -> "cuadriceps"); other characters as they are."""
    if text.isascii():
        return text
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def message_aspects(
    entities: Iterable[Mapping[str, Any]], text: str, aspect_words: Mapping[str, Tuple[str, ...]]
) -> List[str]:
    """The classifier's aspects, then any further ones the word list finds, without repeats."""
    recognised = [
        entity["value"]
        for entity in entities
        if entity.get("entity") == "aspect" and entity.get("value") in aspect_words
    ]
    ordered = dict.fromkeys(recognised + aspects_in_text(text or "", aspect_words))
    return list(ordered)
