"""Context rules of the red-flag matcher, one behaviour each (the table covers breadth)."""
from __future__ import annotations

import pytest

from actions.content_store import ContentStore
from actions.triage import assess, higher_tier

STORE = ContentStore()


def tier_of(text: str) -> str:
    return assess(STORE.matcher.find(text), STORE.triage).tier


@pytest.mark.parametrize(
    "text, tier",
    [
        ("my knee swelled up straight after I twisted it", "emergency"),
        ("no swelling and it never gives way, my knee just aches going downstairs", "physio"),
        ("what if it swells?", "none"),
        ("clots run in my family", "none"),
        ("my mum had a DVT last year", "none"),
        ("my calf is sore after intervals", "self_care"),
        ("calf swollen after the flight home", "emergency"),
        ("calf ache and I'm short of breath", "emergency"),
        ("my son's knee aches after football", "urgent"),
        ("my 13 year old can't walk on it after a fall", "emergency"),
        ("I'm 15 and my knee hurts on stairs", "urgent"),
        ("I'm 15 miles into my long run and my knee aches", "self_care"),
        ("my knee is swolen and hot and i have a fever", "emergency"),
        ("i cant straigten it, its locked", "emergency"),
        ("no idea why but it swelled up", "urgent"),
        ("the outside of my knee hurts", "physio"),
        ("what causes runner's knee", "none"),
        ("it's worst when i squat down", "self_care"),
        ("my kneecap is worst when i squat down", "self_care"),
        ("it's worse than when I started despite the rest", "urgent"),
        ("Chloe's 9 - slipped at school, limping since", "emergency"),
        ("our Millie (she's nine) says her knee hurts", "urgent"),
    ],
)
def test_context_decides_the_tier(text: str, tier: str) -> None:
    assert tier_of(text) == tier


def test_the_conversation_level_never_goes_down() -> None:
    assert higher_tier("urgent", "self_care") == "urgent"
    assert higher_tier("none", "physio") == "physio"
    assert higher_tier(None, "none") == "none"
