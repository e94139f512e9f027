"""What a runner should read, taken from the content files themselves, never from the code that
renders replies: a topic's text with the clinic's details from content/clinic.yml filled in."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict

import yaml

ROOT = Path(__file__).resolve().parent.parent
TOPIC_FILES = ("education.yml", "faq.yml", "conversation.yml")


def content_dir() -> Path:
    return Path(os.environ.get("KNEE_CONTENT_DIR") or ROOT / "content")


@lru_cache(maxsize=None)
def content_file(name: str) -> Dict[str, Any]:
    return yaml.safe_load((content_dir() / name).read_text(encoding="utf-8"))


def clinic() -> Dict[str, str]:
    """content/clinic.yml's clinic details, by the placeholder names the texts use."""
    fields = content_file("clinic.yml")["clinic"]
    return {f"clinic_{key}" if key == "name" else key: str(value) for key, value in fields.items()}


def filled(text: str) -> str:
    return text.format_map(clinic())


def topic(topic_id: str) -> Dict[str, Any]:
    for name in TOPIC_FILES:
        path = content_dir() / name
        if path.exists():
            topics = content_file(name).get("topics") or {}
            if topic_id in topics:
                return topics[topic_id]
    raise KeyError(f"no topic {topic_id!r} in content/")


def topic_text(topic_id: str) -> str:
    """The topic's reply as the runner reads it."""
    return filled(topic(topic_id)["text"])


def first_line(text: str, limit: int = 60) -> str:
    """A piece of a reply that a terminal or a chat shows unbroken."""
    return text.split("\n", 1)[0][:limit]


def follow_up_titles(topic_id: str) -> list:
    """The buttons under a topic's reply, as the runner reads them."""
    return [topic(follow_up)["title"] for follow_up in topic(topic_id)["follow_ups"]]


def apology() -> str:
    """The reply when the assistant cannot answer (service.yml), lines as the runner reads them."""
    text = filled(content_file("service.yml")["unavailable"])
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def tier_text(tier: str) -> str:
    """What an escalation of this tier leads with (triage.yml), as the runner reads it."""
    return filled(" ".join(content_file("triage.yml")["tiers"][tier]["text"].split()))


def group_text(name: str, **values: str) -> str:
    """What the assistant says in a club's group chat (groups.yml), as the runner reads it."""
    return " ".join(content_file("groups.yml")[name].split()).format_map(dict(clinic(), **values))
