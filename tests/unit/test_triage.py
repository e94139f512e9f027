"""Context rules of the red-flag matcher, one behaviour each (the table covers breadth)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knee.detector import TriageDetector
from knee.triage import assess, higher_tier

STORE = TriageDetector()
ROOT = Path(__file__).resolve().parents[2]


def tier_of(text: str) -> str:
    return assess(STORE.matcher.find(text), STORE.store.triage).tier


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
        # the past is not now
        ("I had a fever last week, fully recovered now, knee not hot or red, just achy", "none"),
        ("dislocated my kneecap years ago, fine since, now a dull ache on stairs", "self_care"),
        ("dislocated my kneecap years ago and now it has popped out again", "emergency"),
        # somebody else's knee, or the writer's own beside a child
        ("my buddy's knee swelled up like a balloon after she twisted it, mine just aches when I squat", "self_care"),
        ("my son and I run together, my knee aches going down stairs after our runs", "physio"),
        ("my son (24) ran his first half and now his knee aches round the cap", "self_care"),
        ("my son is 12 and his knee aches after football, my knee is fine", "urgent"),
        # wording that used to mislead the matcher
        ("my knee aches going down stairs after long runs", "physio"),
        ("my knee is a bit stiff first thing for 5 mins then fine", "none"),
        ("my knee is stiff every morning for about an hour", "urgent"),
        ("both knees n ankles n my hands aching all at once", "urgent"),
    ],
)
def test_context_decides_the_tier(text: str, tier: str) -> None:
    assert tier_of(text) == tier


def test_questions_and_chit_chat_never_escalate() -> None:
    """Every held-out NLU message that is not a symptom story ("what's your phone number?",
    "catch you later", "is runner's knee an injury?") gets its answer, not an escalation."""
    data = yaml.safe_load((ROOT / "tests/nlu/heldout.yml").read_text(encoding="utf-8"))
    messages = [
        line.strip()[2:]
        for block in data["nlu"] if block["intent"] != "describe_symptoms"
        for line in block["examples"].splitlines() if line.strip().startswith("- ")
    ]
    assert len(messages) > 150
    escalated = [text for text in messages if tier_of(text) in ("urgent", "emergency")]
    assert escalated == []


def test_the_conversation_level_never_goes_down() -> None:
    assert higher_tier("urgent", "self_care") == "urgent"
    assert higher_tier("none", "physio") == "physio"
    assert higher_tier(None, "none") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "had knee surgery last year, calf swollen and hot since the flight home",
        "I had a clot years ago, calf swollen and tight again after the long drive",
    ],
)
def test_an_old_history_does_not_hide_a_new_sign(text: str) -> None:
    """A history cue before a comma belongs to its own clause; the rules, not only the learned
    net, must still see the clot signs after it."""
    assert "clot_signs" in STORE.matcher.find(text).rule_ids
    assert tier_of(text) == "emergency"
