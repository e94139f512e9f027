"""Table-driven triage: the development table (cases.yml) through the same function the Rasa
server runs. Every emergency must be caught; urgent cases must reach urgent or higher; messages
without a red flag must rarely be escalated."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List

import pytest
import yaml

from knee.detector import TriageDetector
from knee.triage import ESCALATING, assess
from knee.triage_rules import tier_rank

CASES: List[Dict[str, str]] = yaml.safe_load(
    (Path(__file__).parent / "cases.yml").read_text(encoding="utf-8")
)["cases"]
STORE = TriageDetector()


def tier_of(text: str) -> str:
    return assess(STORE.matcher.find(text), STORE.store.triage).tier


def test_table_is_large_and_covers_every_tier() -> None:
    assert len(CASES) >= 250
    assert {case["tier"] for case in CASES} == {"emergency", "urgent", "physio", "self_care", "none"}


@pytest.mark.parametrize(
    "text", [case["text"] for case in CASES if case["tier"] == "emergency"]
)
def test_every_emergency_is_caught(text: str) -> None:
    assert tier_of(text) == "emergency"


def test_urgent_cases_reach_urgent_or_higher() -> None:
    urgent = [case["text"] for case in CASES if case["tier"] == "urgent"]
    missed = [text for text in urgent if tier_rank(tier_of(text)) < tier_rank("urgent")]
    assert len(missed) / len(urgent) <= 0.05, missed


def test_messages_without_red_flags_are_rarely_escalated() -> None:
    calm = [case["text"] for case in CASES if case["tier"] not in ESCALATING]
    escalated = [text for text in calm if tier_of(text) in ESCALATING]
    assert len(escalated) / len(calm) <= 0.10, escalated
