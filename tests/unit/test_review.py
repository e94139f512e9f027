"""Clinician sign-off: `make review` shows every topic and rule, what is signed, and what
changed since the last signed version; an edit unsigns the item it touches."""
from __future__ import annotations

import datetime
from pathlib import Path

import yaml

from knee.content import load_content
from knee.review import content_items, load_sign_offs, review_status, sign_off
from scripts.review import render

TODAY = datetime.date(2026, 11, 29)


def edit_topic(directory: Path, file: str, topic_id: str, text: str) -> None:
    path = directory / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["topics"][topic_id]["text"] = text
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_document_holds_every_topic_and_rule_with_its_source(content_copy: Path) -> None:
    document = render(content_copy, TODAY)
    for key in content_items(content_copy):
        assert f"id='{key}'" in document, key
    assert "S21:" in document and "not yet signed off" in document and TODAY.isoformat() in document


def test_a_sign_off_holds_until_the_item_is_edited_and_the_edit_shows_as_a_diff(content_copy: Path) -> None:
    assert sign_off(content_copy, "A. Physio", TODAY) == len(content_items(content_copy))
    assert load_content(content_copy).topics["treatment.scans"].review.by == "A. Physio"
    assert "Nothing has changed since the last sign-off." in render(content_copy, TODAY)

    edit_topic(content_copy, "faq.yml", "treatment.scans", "A brand new sentence about scans. Call us.")
    item = content_items(content_copy)["faq.yml/treatment.scans"]
    assert review_status(item, load_sign_offs(content_copy)) is None
    assert load_content(content_copy).topics["treatment.scans"].review is None
    document = render(content_copy, TODAY)
    changed = document.split("<h2>Changed since the last signed version</h2>", 1)[1].split("<h2>", 1)[0]
    assert "faq.yml/treatment.scans (changed)" in changed
    assert "+text: A brand new sentence about scans. Call us." in changed
    assert "faq.yml/treatment.surgery" not in changed

    assert sign_off(content_copy, "B. Physio", TODAY) == 1
    assert load_content(content_copy).topics["treatment.scans"].review.by == "B. Physio"
    assert load_content(content_copy).topics["treatment.surgery"].review.by == "A. Physio"


def test_escalation_messages_check_in_questions_and_group_texts_are_signed_off_too(content_copy: Path) -> None:
    keys = content_items(content_copy)
    for key in ("triage.yml/emergency", "triage.yml/urgent", "triage.yml/safety_net", "checkin.yml/checkin_weight",
                "groups.yml/public"):
        assert key in keys, key
    sign_off(content_copy, "A. Physio", TODAY)
    path = content_copy / "triage.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["tiers"]["urgent"]["text"] = "Please get this checked within a week."
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    changed = render(content_copy, TODAY).split("<h2>Changed since the last signed version</h2>", 1)[1].split("<h2>", 1)[0]
    assert "triage.yml/urgent (changed)" in changed and "+text: Please get this checked within a week." in changed
    assert "triage.yml/emergency" not in changed
