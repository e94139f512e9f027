"""Load and validate the reviewed content in `content/*.yml`.

Content is data a clinician edits without reading Python. A mistake in it must stop the action
server at start-up with a message naming the file, the topic and the field, instead of
surfacing later as a broken reply to a runner.
"""
from __future__ import annotations

import os
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

# KNEE_CONTENT_DIR lets a clinic keep its reviewed content outside the code checkout.
CONTENT_DIR = Path(os.environ.get("KNEE_CONTENT_DIR") or Path(__file__).resolve().parent.parent / "content")

EDUCATION_FILE = "education.yml"
CONVERSATION_FILE = "conversation.yml"
CLINIC_FILE = "clinic.yml"
ASPECTS_FILE = "aspects.yml"

EDUCATION_TOPICS: Tuple[str, ...] = (
    "what_is",
    "causes",
    "causes.hip_control",
    "causes.quad_strength",
    "causes.mobility",
    "causes.single_leg_control",
    "causes.training_load",
    "causes.fatigue",
    "why_rest_fails",
    "pt_approach",
    "pt_approach.root_cause",
    "pt_approach.strength",
    "pt_approach.mobility",
    "pt_approach.movement",
    "pt_approach.return_to_running",
    "seek_help",
    "outlook",
)
CONVERSATION_TOPICS: Tuple[str, ...] = (
    "greeting",
    "goodbye",
    "thanks",
    "help",
    "bot_challenge",
    "out_of_scope",
    "fallback",
    "symptoms",
)
ASPECTS = frozenset(
    {
        "hip",
        "quads",
        "mobility",
        "single_leg",
        "training_load",
        "fatigue",
        "root_cause",
        "strength",
        "movement",
        "return_to_running",
    }
)
CLINIC_FIELDS: Tuple[str, ...] = (
    "name",
    "phone",
    "booking_url",
    "emergency_number",
    "opening_hours",
    "locale",
)
# The names a content text may use in braces, filled from clinic.yml at reply time.
PLACEHOLDERS = frozenset(
    {"clinic_name", "phone", "booking_url", "emergency_number", "opening_hours"}
)
MAX_FOLLOW_UPS = 3
MIN_FOLLOW_UPS = 2


class ContentError(ValueError):
    """A content file is malformed; the message says which file, topic and field."""

    def __init__(self, file: str, problem: str, topic: str = "", field: str = "") -> None:
        where = file
        if topic:
            where += f": topic '{topic}'"
        if field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")
        self.file, self.topic, self.field = file, topic, field


@dataclass(frozen=True)
class Topic:
    """One answer the assistant can give, as a clinician wrote it."""

    id: str
    title: str
    text: str
    follow_ups: Tuple[str, ...]
    aspects: Tuple[str, ...] = ()
    source: Optional[str] = None

    @property
    def family(self) -> str:
        """The overview a sub-topic belongs to (`causes` for `causes.fatigue`)."""
        return self.id.split(".", 1)[0]


@dataclass(frozen=True)
class Clinic:
    """The clinic's details: the one file a clinic edits to rebrand the assistant."""

    name: str
    phone: str
    booking_url: str
    emergency_number: str
    opening_hours: str
    locale: str

    def placeholders(self) -> Dict[str, str]:
        return {
            "clinic_name": self.name,
            "phone": self.phone,
            "booking_url": self.booking_url,
            "emergency_number": self.emergency_number,
            "opening_hours": self.opening_hours,
        }


@dataclass(frozen=True)
class Content:
    """Every topic and the clinic, validated together."""

    topics: Mapping[str, Topic]
    clinic: Clinic
    aspect_words: Mapping[str, Tuple[str, ...]]


def load_content(directory: Path = CONTENT_DIR) -> Content:
    """Read and validate all content files in `directory`; raise ContentError on any mistake."""
    clinic = parse_clinic(read_yaml(directory, CLINIC_FILE))
    topics: Dict[str, Topic] = {}
    for file, expected, needs_source in (
        (EDUCATION_FILE, EDUCATION_TOPICS, True),
        (CONVERSATION_FILE, CONVERSATION_TOPICS, False),
    ):
        raw = read_yaml(directory, file).get("topics")
        if not isinstance(raw, dict):
            raise ContentError(file, "needs a 'topics' mapping of topic id to topic")
        for topic_id in expected:
            if topic_id not in raw:
                raise ContentError(file, "topic is missing", topic=topic_id)
        for topic_id, fields in raw.items():
            if topic_id not in expected:
                raise ContentError(
                    file,
                    f"unknown topic id; this file holds only: {', '.join(expected)}",
                    topic=str(topic_id),
                )
            topics[topic_id] = _parse_topic(file, topic_id, fields, needs_source)
    _check_links(topics)
    aspect_words = _parse_aspect_words(read_yaml(directory, ASPECTS_FILE))
    return Content(topics=topics, clinic=clinic, aspect_words=aspect_words)


def read_yaml(directory: Path, file: str) -> Dict[str, Any]:
    path = directory / file
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(file, f"file not found in {directory}") from None
    except yaml.YAMLError as error:
        raise ContentError(file, f"is not valid YAML ({error})") from None
    if not isinstance(data, dict):
        raise ContentError(file, "must be a YAML mapping")
    return data


def text_field(file: str, fields: Mapping[str, Any], name: str, topic: str = "") -> str:
    value = fields.get(name)
    if value is None:
        raise ContentError(file, "is missing", topic=topic, field=name)
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise ContentError(file, "must be non-empty text", topic=topic, field=name)
    return str(value).strip()


def parse_clinic(data: Dict[str, Any]) -> Clinic:
    fields = data.get("clinic")
    if not isinstance(fields, dict):
        raise ContentError(CLINIC_FILE, "needs a 'clinic' mapping")
    return Clinic(**{name: text_field(CLINIC_FILE, fields, name) for name in CLINIC_FIELDS})


def _parse_aspect_words(data: Dict[str, Any]) -> Dict[str, Tuple[str, ...]]:
    """Aspect words are reported like topics: the aspect is the entry a reviewer looks for."""
    words = data.get("aspects")
    if not isinstance(words, dict):
        raise ContentError(ASPECTS_FILE, "needs an 'aspects' mapping of aspect to words")
    for aspect in sorted(set(words) | ASPECTS):
        if aspect not in ASPECTS:
            raise ContentError(
                ASPECTS_FILE, f"unknown aspect; known: {', '.join(sorted(ASPECTS))}", topic=aspect
            )
        value = words.get(aspect)
        if not isinstance(value, list) or not value:
            raise ContentError(ASPECTS_FILE, "needs a non-empty list of words", topic=aspect)
        if not all(isinstance(word, str) and word.strip() for word in value):
            raise ContentError(ASPECTS_FILE, "words must be non-empty text", topic=aspect)
    return {aspect: tuple(word.strip().lower() for word in words[aspect]) for aspect in sorted(ASPECTS)}


def _parse_topic(file: str, topic_id: str, fields: Any, needs_source: bool) -> Topic:
    if not isinstance(fields, dict):
        raise ContentError(file, "must be a mapping of fields", topic=topic_id)
    text = text_field(file, fields, "text", topic_id)
    check_placeholders(file, topic_id, text)
    source = text_field(file, fields, "source", topic_id) if needs_source else None
    return Topic(
        id=topic_id,
        title=text_field(file, fields, "title", topic_id),
        text=text,
        follow_ups=tuple(_id_list(file, topic_id, fields, "follow_ups")),
        aspects=tuple(_aspects(file, topic_id, fields)),
        source=source,
    )


def _id_list(file: str, topic_id: str, fields: Mapping[str, Any], name: str) -> List[str]:
    value = fields.get(name)
    if not isinstance(value, list) or not value:
        raise ContentError(file, "must be a non-empty list", topic=topic_id, field=name)
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ContentError(file, "entries must be non-empty text", topic=topic_id, field=name)
    return [item.strip() for item in value]


def _aspects(file: str, topic_id: str, fields: Mapping[str, Any]) -> List[str]:
    is_subtopic = "." in topic_id
    if not is_subtopic:
        if "aspects" in fields:
            raise ContentError(
                file, "only sub-topics (ids with a dot) have aspects", topic=topic_id, field="aspects"
            )
        return []
    aspects = _id_list(file, topic_id, fields, "aspects")
    unknown = sorted(set(aspects) - ASPECTS)
    if unknown:
        raise ContentError(
            file,
            f"unknown aspect {', '.join(unknown)}; known: {', '.join(sorted(ASPECTS))}",
            topic=topic_id,
            field="aspects",
        )
    return aspects


def check_placeholders(file: str, topic_id: str, text: str) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        raise ContentError(file, f"has a stray brace ({error})", topic=topic_id, field="text") from None
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        raise ContentError(
            file,
            f"unknown placeholder {{{unknown[0]}}}; known: {', '.join(sorted(PLACEHOLDERS))}",
            topic=topic_id,
            field="text",
        )


def _check_links(topics: Mapping[str, Topic]) -> None:
    claimed: Dict[Tuple[str, str], str] = {}
    for topic in topics.values():
        file = EDUCATION_FILE if topic.id in EDUCATION_TOPICS else CONVERSATION_FILE
        if not MIN_FOLLOW_UPS <= len(topic.follow_ups) <= MAX_FOLLOW_UPS:
            raise ContentError(
                file,
                f"needs {MIN_FOLLOW_UPS} to {MAX_FOLLOW_UPS} entries",
                topic=topic.id,
                field="follow_ups",
            )
        for follow_up in topic.follow_ups:
            if follow_up not in EDUCATION_TOPICS:
                raise ContentError(
                    file,
                    f"unknown follow-up id '{follow_up}' (follow-ups must be education topics)",
                    topic=topic.id,
                    field="follow_ups",
                )
        for aspect in topic.aspects:
            owner = claimed.setdefault((topic.family, aspect), topic.id)
            if owner != topic.id:
                raise ContentError(
                    file,
                    f"aspect '{aspect}' already points to '{owner}' in the same family",
                    topic=topic.id,
                    field="aspects",
                )
