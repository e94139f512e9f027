"""Clinician sign-off of the content: what was signed, by whom and when, and what changed since.

content/reviews.yml keeps, for each topic and each triage rule a physiotherapist signed off, who
signed it, on which date, and the item as it was signed. An item counts as reviewed while it is
unchanged since; any edit makes it unreviewed again until the next sign-off, and the review
document shows the edit as a diff. `make review` renders that document (scripts/review.py);
`make sign-off REVIEWER="name"` records a sign-off of everything in it.
"""
from __future__ import annotations

import datetime
import difflib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

import yaml

from knee.content import ContentError, read_yaml

REVIEWS_FILE = "reviews.yml"
# What a clinician signs off, file by file: the sections holding runner-facing text or rules. A
# section that maps ids to fields (topics, rules, tiers) or lists check-in questions gives one item
# per id; any other section (a message) is one item.
SIGNED_FILES = {
    "education.yml": ("topics",), "faq.yml": ("topics",), "conversation.yml": ("topics",),
    "red_flags.yml": ("rules",), "symptom_features.yml": ("rules",),
    "triage.yml": ("tiers", "safety_net", "disclaimer"),
    "checkin.yml": ("intro", "questions", "stopped"),
    "groups.yml": ("public", "private_link", "private_sent", "private_ask", "invitation"),
}


@dataclass(frozen=True)
class Item:
    """One topic or rule as a reviewer reads it: its fields, in the file's own words."""

    key: str  # "faq.yml/treatment.scans"
    fields: Mapping[str, Any]

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(self.fields, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def lines(self) -> List[str]:
        return [line for name, value in self.fields.items() for line in _lines(name, value)]


@dataclass(frozen=True)
class SignOff:
    by: str
    on: str
    fingerprint: str
    signed: Mapping[str, Any]  # the item's fields as signed


def content_items(directory: Path) -> Dict[str, Item]:
    items = {}
    for file, sections in SIGNED_FILES.items():
        data = read_yaml(directory, file)
        for section in sections:
            for item_id, fields in _section_items(section, data.get(section)).items():
                key = f"{file}/{item_id}"
                items[key] = Item(key, {name: value for name, value in fields.items() if name != "reviewed"})
    return items


def _section_items(section: str, value: Any) -> Dict[str, Mapping[str, Any]]:
    if isinstance(value, dict) and all(isinstance(fields, dict) or fields is None for fields in value.values()):
        return {str(item_id): fields or {} for item_id, fields in value.items()}
    if isinstance(value, list) and all(isinstance(fields, dict) and fields.get("slot") for fields in value):
        return {str(fields["slot"]): fields for fields in value}
    if value is None:
        return {}
    return {section: {"text": value} if isinstance(value, str) else {section: value}}


def load_sign_offs(directory: Path) -> Dict[str, SignOff]:
    path = directory / REVIEWS_FILE
    if not path.exists():
        return {}
    data = read_yaml(directory, REVIEWS_FILE).get("signed") or {}
    if not isinstance(data, dict):
        raise ContentError(REVIEWS_FILE, "needs a 'signed' mapping of item to sign-off")
    sign_offs = {}
    for key, entry in data.items():
        if not isinstance(entry, dict) or not all(entry.get(name) for name in ("by", "on", "fingerprint")):
            raise ContentError(REVIEWS_FILE, "needs by, on, fingerprint and signed", topic=str(key))
        sign_offs[str(key)] = SignOff(str(entry["by"]), str(entry["on"]), str(entry["fingerprint"]),
                                      entry.get("signed") or {})
    return sign_offs


def review_status(item: Item, sign_offs: Mapping[str, SignOff]) -> Optional[SignOff]:
    """The sign-off that still holds for the item (it is unchanged since), else None."""
    sign_off = sign_offs.get(item.key)
    return sign_off if sign_off and sign_off.fingerprint == item.fingerprint else None


def changes(item: Optional[Item], sign_off: Optional[SignOff]) -> List[str]:
    """What changed since the last signed version, as unified-diff lines (empty when unchanged)."""
    before = [line for name, value in (sign_off.signed if sign_off else {}).items() for line in _lines(name, value)]
    after = item.lines() if item else []
    if sign_off and item and sign_off.fingerprint == item.fingerprint:
        return []
    return list(difflib.unified_diff(before, after, "signed", "now", lineterm="", n=1))[2:]


def sign_off(directory: Path, reviewer: str, today: Optional[datetime.date] = None) -> int:
    """Record `reviewer`'s sign-off of every item that is new or changed since; returns how many."""
    if not reviewer.strip():
        raise ContentError(REVIEWS_FILE, "a sign-off needs the reviewer's name")
    date = (today or datetime.date.today()).isoformat()
    sign_offs = load_sign_offs(directory)
    signed: Dict[str, Any] = {}
    count = 0
    for key, item in content_items(directory).items():
        previous = sign_offs.get(key)
        if previous and previous.fingerprint == item.fingerprint:
            signed[key] = {"by": previous.by, "on": previous.on, "fingerprint": previous.fingerprint,
                           "signed": dict(previous.signed)}
            continue
        signed[key] = {"by": reviewer.strip(), "on": date, "fingerprint": item.fingerprint, "signed": dict(item.fields)}
        count += 1
    header = ("# Clinician sign-offs of content/ (written by `make sign-off`; see knee/review.py).\n"
              "# An item stays signed while it is unchanged; an edit shows as a diff in `make review`.\n")
    (directory / REVIEWS_FILE).write_text(
        header + yaml.safe_dump({"signed": signed}, allow_unicode=True, sort_keys=True, width=100), encoding="utf-8")
    return count


def _lines(name: str, value: Any) -> List[str]:
    if isinstance(value, str):
        return [f"{name}: {line}" for line in value.strip().splitlines()] or [f"{name}:"]
    return [f"{name}: {json.dumps(value, default=str)}"]
