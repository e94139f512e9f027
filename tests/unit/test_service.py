"""The apology sent when the assistant fails, and how a message is cleaned before Rasa reads it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from knee.content import ContentError
from knee.service import Apology, load_apology
from channels.answered import NOT_UNDERSTOOD_PAYLOAD, clean_text


def test_apology_names_the_clinic_phone_and_emergency_number(content_copy: Path) -> None:
    text = load_apology(content_copy)
    assert "Riverside Running Physio" in text and "020 7946 0321" in text and "999" in text


def test_apology_follows_a_clinic_edit_and_keeps_the_last_good_text(content_copy: Path) -> None:
    apology = Apology(content_copy)
    clinic = content_copy / "clinic.yml"
    clinic.write_text(clinic.read_text(encoding="utf-8").replace("020 7946 0321", "01632 960001"),
                      encoding="utf-8")
    os.utime(clinic, ns=(1, 10**18))
    assert "01632 960001" in apology.text
    service = content_copy / "service.yml"
    service.write_text("unavailable: Call {fax}\n", encoding="utf-8")
    assert "01632 960001" in apology.text


def test_unknown_placeholder_in_the_apology_names_the_file(content_copy: Path) -> None:
    (content_copy / "service.yml").write_text("unavailable: Call {fax}\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"service.yml.*unknown placeholder \{fax\}"):
        load_apology(content_copy)


@pytest.mark.parametrize("raw, cleaned", [
    ("knee\x00 pain\x07", "knee pain"),
    ("line one\nline two\ttabbed", "line one\nline two\ttabbed"),
    ("", NOT_UNDERSTOOD_PAYLOAD),
    (" \t\n ", NOT_UNDERSTOOD_PAYLOAD),
    ("\x1b\x7f", NOT_UNDERSTOOD_PAYLOAD),
    (None, NOT_UNDERSTOOD_PAYLOAD),
])
def test_clean_text(raw: object, cleaned: str) -> None:
    assert clean_text(raw) == cleaned
