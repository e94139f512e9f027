"""Load and validate the reviewed content in `content/*.yml`.

Content is data a clinician edits without reading Python. A mistake in it must stop the action
server at start-up with a message naming the file, the topic and the field, instead of
surfacing later as a broken reply to a runner.
"""
from __future__ import annotations

import os
import string
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple

import yaml

from knee.aspects import AspectWords

# KNEE_CONTENT_DIR lets a clinic keep its reviewed content outside the code checkout.
CONTENT_DIR = Path(os.environ.get("KNEE_CONTENT_DIR") or Path(__file__).resolve().parent.parent / "content")

EDUCATION_FILE = "education.yml"
QUESTIONS_FILE = "faq.yml"
CONVERSATION_FILE = "conversation.yml"
CLINIC_FILE = "clinic.yml"
ASPECTS_FILE = "aspects.yml"
SOURCES_FILE = "sources.yml"

# The topic ids of shared/CONTRACT.md, by the file that holds them.
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
QUESTION_TOPICS: Tuple[str, ...] = (
    "training.keep_running",
    "training.race_soon",
    "training.cross_training",
    "training.running_form",
    "treatment.braces_taping",
    "treatment.insoles_shoes",
    "treatment.pain_relief",
    "treatment.other_therapies",
    "treatment.scans",
    "treatment.surgery",
    "exercises.examples",
    "exercises.dosage",
    "exercises.stretching",
    "related.names",
    "related.conditions",
    "related.clicking",
    "seek_help.who",
    "outlook.recurrence",
    "privacy",
    "about",
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
# Topics that answer a question from evidence: they cite sources and may be offered as buttons.
ANSWER_TOPICS: Tuple[str, ...] = EDUCATION_TOPICS + QUESTION_TOPICS
TOPIC_FILES = (
    (EDUCATION_FILE, EDUCATION_TOPICS), (QUESTIONS_FILE, QUESTION_TOPICS), (CONVERSATION_FILE, CONVERSATION_TOPICS),
)
# How an answer may advise (shared/clinical/faq-evidence.md, "Scope"): education from the facts,
# general facts and then who can advise, or only who can advise.
SCOPES = ("answer", "general", "refer")
CLINIC_FIELDS: Tuple[str, ...] = (
    "name",
    "phone",
    "booking_url",
    "emergency_number",
    "emergency_department",
    "out_of_hours",
    "opening_hours",
    "retention_days",
    "locale",
)
# The names a content text may use in braces, filled from clinic.yml at reply time.
PLACEHOLDERS = frozenset(
    {"clinic_name", "phone", "booking_url", "emergency_number", "emergency_department",
     "out_of_hours", "opening_hours", "retention_days"}
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
class Review:
    """A clinician's sign-off of one topic or rule: who, and on which date."""

    by: str
    on: str


@dataclass(frozen=True)
class Topic:
    """One answer the assistant can give, as a clinician wrote it."""

    id: str
    title: str
    text: str
    follow_ups: Tuple[str, ...]
    aspects: Tuple[str, ...] = ()
    source: Tuple[str, ...] = ()
    scope: Optional[str] = None
    review: Optional[Review] = None

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
    emergency_department: str
    out_of_hours: str
    opening_hours: str
    retention_days: str
    locale: str
    serve_unreviewed: bool = True

    def placeholders(self) -> Dict[str, str]:
        values = {name: getattr(self, name) for name in PLACEHOLDERS if name != "clinic_name"}
        return dict(values, clinic_name=self.name)


@dataclass(frozen=True)
class Content:
    """Every topic and the clinic, validated together."""

    topics: Mapping[str, Topic]
    clinic: Clinic
    aspect_words: Mapping[str, Tuple[str, ...]]
    sources: Mapping[str, str]


def load_content(directory: Path = CONTENT_DIR) -> Content:
    """Read and validate all content files in `directory`; raise ContentError on any mistake."""
    clinic = parse_clinic(read_yaml(directory, CLINIC_FILE))
    sources = _parse_sources(read_yaml(directory, SOURCES_FILE))
    aspect_words = _parse_aspect_words(read_yaml(directory, ASPECTS_FILE))
    topics: Dict[str, Topic] = {}
    for file, expected in TOPIC_FILES:
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
            topics[topic_id] = _parse_topic(file, topic_id, fields, sources, aspect_words)
    _check_links(topics)
    return Content(topics=_with_reviews(directory, topics), clinic=clinic, aspect_words=aspect_words, sources=sources)


def _with_reviews(directory: Path, topics: Dict[str, Topic]) -> Dict[str, Topic]:
    """Each topic with the clinician's sign-off that still holds for it (content/reviews.yml)."""
    from knee.review import content_items, load_sign_offs, review_status

    items, sign_offs = content_items(directory), load_sign_offs(directory)
    reviewed = {}
    for topic in topics.values():
        file = next(file for file, ids in TOPIC_FILES if topic.id in ids)
        sign_off = review_status(items[f"{file}/{topic.id}"], sign_offs)
        reviewed[topic.id] = replace(topic, review=Review(sign_off.by, sign_off.on) if sign_off else None)
    return reviewed


# libyaml's parser when PyYAML has it: the same safe loading, ten times faster on the labelled sets.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """yaml.safe_load, in C where it can be."""
    return yaml.load(text, Loader=_SAFE_LOADER)


def read_yaml(directory: Path, file: str) -> Dict[str, Any]:
    path = directory / file
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
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
    values = {name: text_field(CLINIC_FILE, fields, name) for name in CLINIC_FIELDS}
    if not values["retention_days"].isdigit() or int(values["retention_days"]) < 1:
        raise ContentError(CLINIC_FILE, "must be a whole number of days", field="retention_days")
    settings = data.get("settings") or {}
    serve_unreviewed = settings.get("serve_unreviewed", True) if isinstance(settings, dict) else None
    if not isinstance(serve_unreviewed, bool):
        raise ContentError(CLINIC_FILE, "must be true or false", topic="settings", field="serve_unreviewed")
    return Clinic(**values, serve_unreviewed=serve_unreviewed)


def _parse_sources(data: Dict[str, Any]) -> Dict[str, str]:
    sources = data.get("sources")
    if not isinstance(sources, dict) or not sources:
        raise ContentError(SOURCES_FILE, "needs a 'sources' mapping of key to reference")
    return {str(key): text_field(SOURCES_FILE, sources, key, topic=str(key)) for key in sources}


def _parse_aspect_words(data: Dict[str, Any]) -> AspectWords:
    """Aspect words are reported like topics: the aspect is the entry a reviewer looks for."""
    words = data.get("aspects")
    if not isinstance(words, dict) or not words:
        raise ContentError(ASPECTS_FILE, "needs an 'aspects' mapping of aspect to words")
    not_named = data.get("not_aspects", [])
    if not isinstance(not_named, list) or not all(isinstance(phrase, str) and phrase.strip() for phrase in not_named):
        raise ContentError(ASPECTS_FILE, "'not_aspects' needs a list of phrases")
    owner: Dict[str, str] = {}
    parsed = {}
    for aspect, value in words.items():
        if not isinstance(value, list) or not value:
            raise ContentError(ASPECTS_FILE, "needs a non-empty list of words", topic=str(aspect))
        if not all(isinstance(word, str) and word.strip() for word in value):
            raise ContentError(ASPECTS_FILE, "words must be non-empty text (quote words like no)", topic=str(aspect))
        cleaned = tuple(word.strip().lower() for word in value)
        for word in cleaned:
            if owner.setdefault(word, str(aspect)) != aspect:
                raise ContentError(ASPECTS_FILE, f"'{word}' is already a word of '{owner[word]}'", topic=str(aspect))
        parsed[str(aspect)] = cleaned
    return AspectWords(parsed, (phrase.strip().lower() for phrase in not_named))


def _parse_topic(
    file: str, topic_id: str, fields: Any, sources: Mapping[str, str], aspect_words: Mapping[str, Any]
) -> Topic:
    if not isinstance(fields, dict):
        raise ContentError(file, "must be a mapping of fields", topic=topic_id)
    text = text_field(file, fields, "text", topic_id)
    check_placeholders(file, topic_id, text)
    answers = topic_id in ANSWER_TOPICS
    source: List[str] = []
    scope = None
    if answers:
        source = _id_list(file, topic_id, fields, "source")
        unknown = [key for key in source if key not in sources]
        if unknown:
            raise ContentError(file, f"unknown source '{unknown[0]}' (see {SOURCES_FILE})", topic=topic_id, field="source")
        scope = text_field(file, fields, "scope", topic_id)
        if scope not in SCOPES:
            raise ContentError(file, f"must be one of {', '.join(SCOPES)}", topic=topic_id, field="scope")
    aspects = _id_list(file, topic_id, fields, "aspects") if "aspects" in fields else []
    unknown = [aspect for aspect in aspects if aspect not in aspect_words]
    if unknown:
        raise ContentError(file, f"unknown aspect '{unknown[0]}' (see {ASPECTS_FILE})", topic=topic_id, field="aspects")
    return Topic(
        id=topic_id,
        title=text_field(file, fields, "title", topic_id),
        text=text,
        follow_ups=tuple(_id_list(file, topic_id, fields, "follow_ups")),
        aspects=tuple(aspects),
        source=tuple(source),
        scope=scope,
    )


def _id_list(file: str, topic_id: str, fields: Mapping[str, Any], name: str) -> List[str]:
    value = fields.get(name)
    if not isinstance(value, list) or not value:
        raise ContentError(file, "must be a non-empty list", topic=topic_id, field=name)
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ContentError(file, "entries must be non-empty text", topic=topic_id, field=name)
    return [item.strip() for item in value]


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
        file = next(file for file, ids in TOPIC_FILES if topic.id in ids)
        unknown = [follow_up for follow_up in topic.follow_ups if follow_up not in ANSWER_TOPICS]
        problem = (
            f"needs {MIN_FOLLOW_UPS} to {MAX_FOLLOW_UPS} entries"
            if not MIN_FOLLOW_UPS <= len(topic.follow_ups) <= MAX_FOLLOW_UPS
            else f"unknown follow-up id '{unknown[0]}' (follow-ups must be education or question topics)"
            if unknown else None
        )
        if problem:
            raise ContentError(file, problem, topic=topic.id, field="follow_ups")
        for aspect in topic.aspects:
            owner = claimed.setdefault((topic.family, aspect), topic.id)
            if owner != topic.id:
                raise ContentError(
                    file,
                    f"aspect '{aspect}' already points to '{owner}' in the same family",
                    topic=topic.id,
                    field="aspects",
                )
