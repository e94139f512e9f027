"""The content loader accepts the shipped content and names file, topic and field of each fault."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knee.content import (
    ANSWER_TOPICS,
    CONVERSATION_TOPICS,
    EDUCATION_TOPICS,
    QUESTION_TOPICS,
    SCOPES,
    Content,
    ContentError,
    load_content,
)


def edit(directory: Path, file: str, change) -> None:
    path = directory / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_shipped_content_covers_every_contract_topic(content: Content) -> None:
    assert set(content.topics) == set(EDUCATION_TOPICS) | set(QUESTION_TOPICS) | set(CONVERSATION_TOPICS)
    assert len(QUESTION_TOPICS) == 20


def test_every_answer_cites_its_sources_and_scope(content: Content) -> None:
    for topic_id in ANSWER_TOPICS:
        topic = content.topics[topic_id]
        assert topic.source and set(topic.source) <= set(content.sources), topic_id
        assert topic.scope in SCOPES, topic_id
    for topic_id in EDUCATION_TOPICS:
        assert "S0" in content.topics[topic_id].source, f"{topic_id} comes from the clinic's article"


def test_refer_and_general_answers_say_who_can_advise(content: Content) -> None:
    clinic = content.clinic
    for topic_id in ANSWER_TOPICS:
        topic = content.topics[topic_id]
        if topic.scope in ("refer", "general"):
            text = topic.text.format_map(clinic.placeholders())
            assert clinic.phone in text, f"{topic_id} ({topic.scope}) gives the clinic's number"


def test_every_reply_offers_two_or_three_next_topics(content: Content) -> None:
    for topic in content.topics.values():
        assert 2 <= len(topic.follow_ups) <= 3, topic.id


@pytest.mark.parametrize(
    "file, change, expected",
    [
        (
            "education.yml",
            lambda d: d["topics"].pop("causes.fatigue"),
            "education.yml: topic 'causes.fatigue': topic is missing",
        ),
        (
            "education.yml",
            lambda d: d["topics"]["outlook"].update(text="   "),
            "education.yml: topic 'outlook', field 'text': must be non-empty text",
        ),
        (
            "education.yml",
            lambda d: d["topics"]["what_is"].pop("title"),
            "education.yml: topic 'what_is', field 'title': is missing",
        ),
        (
            "education.yml",
            lambda d: d["topics"]["causes"].update(follow_ups=["causes.hip_control", "causes.knees"]),
            "education.yml: topic 'causes', field 'follow_ups': unknown follow-up id 'causes.knees'",
        ),
        (
            "education.yml",
            lambda d: d["topics"]["why_rest_fails"].update(source=[]),
            "education.yml: topic 'why_rest_fails', field 'source': must be a non-empty list",
        ),
        (
            "faq.yml",
            lambda d: d["topics"]["treatment.scans"].update(source=["S99"]),
            "faq.yml: topic 'treatment.scans', field 'source': unknown source 'S99'",
        ),
        (
            "faq.yml",
            lambda d: d["topics"]["treatment.scans"].update(scope="advise"),
            "faq.yml: topic 'treatment.scans', field 'scope': must be one of answer, general, refer",
        ),
        (
            "faq.yml",
            lambda d: d["topics"].pop("privacy"),
            "faq.yml: topic 'privacy': topic is missing",
        ),
        (
            "education.yml",
            lambda d: d["topics"]["causes.mobility"].update(aspects=["ankles"]),
            "education.yml: topic 'causes.mobility', field 'aspects': unknown aspect 'ankles'",
        ),
        (
            "education.yml",
            lambda d: d["topics"]["seek_help"].update(text="Call {clinic_phone} today."),
            "education.yml: topic 'seek_help', field 'text': unknown placeholder {clinic_phone}",
        ),
        (
            "education.yml",
            lambda d: d["topics"].update({"causes.shoes": d["topics"]["causes.fatigue"]}),
            "education.yml: topic 'causes.shoes': unknown topic id",
        ),
        (
            "conversation.yml",
            lambda d: d["topics"]["greeting"].update(follow_ups=["what_is"]),
            "conversation.yml: topic 'greeting', field 'follow_ups': needs 2 to 3 entries",
        ),
        (
            "conversation.yml",
            lambda d: d["topics"].pop("fallback"),
            "conversation.yml: topic 'fallback': topic is missing",
        ),
        (
            "clinic.yml",
            lambda d: d["clinic"].update(phone=""),
            "clinic.yml, field 'phone': must be non-empty text",
        ),
        (
            "clinic.yml",
            lambda d: d["clinic"].pop("emergency_number"),
            "clinic.yml, field 'emergency_number': is missing",
        ),
        (
            "clinic.yml",
            lambda d: d["clinic"].update(retention_days="ninety"),
            "clinic.yml, field 'retention_days': must be a whole number of days",
        ),
        (
            "clinic.yml",
            lambda d: d.update(settings={"serve_unreviewed": "yes"}),
            "clinic.yml: topic 'settings', field 'serve_unreviewed': must be true or false",
        ),
    ],
)
def test_malformed_content_names_file_topic_and_field(
    content_copy: Path, file: str, change, expected: str
) -> None:
    edit(content_copy, file, change)
    with pytest.raises(ContentError) as raised:
        load_content(content_copy)
    assert str(raised.value).startswith(expected)


def test_invalid_yaml_names_the_file(content_copy: Path) -> None:
    (content_copy / "education.yml").write_text("topics: [unclosed", encoding="utf-8")
    with pytest.raises(ContentError, match=r"^education.yml: is not valid YAML"):
        load_content(content_copy)


def test_missing_file_names_the_file(content_copy: Path) -> None:
    (content_copy / "clinic.yml").unlink()
    with pytest.raises(ContentError, match=r"^clinic.yml: file not found"):
        load_content(content_copy)


def test_an_aspect_points_to_one_subtopic_per_family(content_copy: Path) -> None:
    edit(content_copy, "education.yml", lambda d: d["topics"]["causes.fatigue"].update(aspects=["hip"]))
    with pytest.raises(ContentError, match="aspect 'hip' already points to 'causes."):
        load_content(content_copy)


def test_aspect_word_list_names_the_faulty_aspect(content_copy: Path) -> None:
    edit(content_copy, "aspects.yml", lambda d: d["aspects"].update(fatigue=[]))
    with pytest.raises(ContentError, match=r"^aspects.yml: topic 'fatigue': needs a non-empty list"):
        load_content(content_copy)


def test_phrases_that_name_no_aspect_are_a_list(content_copy: Path) -> None:
    edit(content_copy, "aspects.yml", lambda d: d.update(not_aspects="sitting it out"))
    with pytest.raises(ContentError, match=r"^aspects.yml: 'not_aspects' needs a list of phrases"):
        load_content(content_copy)


def test_a_word_belongs_to_one_aspect(content_copy: Path) -> None:
    edit(content_copy, "aspects.yml", lambda d: d["aspects"]["fatigue"].append("hips"))
    with pytest.raises(ContentError, match=r"^aspects.yml: topic 'fatigue': 'hips' is already a word of 'hip'"):
        load_content(content_copy)
