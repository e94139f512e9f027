"""Every text a runner can see reads as a physiotherapist would sign it: plain (Flesch-Kincaid
grade 8 or below, measured with textstat), no machinery words, physio wording for the clinic's
locale, each tier in its own words, and every education answer ending with something to do."""
from __future__ import annotations

import re
from typing import Dict, Iterator, Tuple

import pytest
import textstat

from knee.content import ANSWER_TOPICS
from tests.expected import clinic, content_file, filled

MAX_GRADE = 8.0
MACHINERY = re.compile(r"\b(rule|rules|match|matched|matches|net|nets|classifier|algorithm|model|word for word)\b", re.I)
# A verb that tells the runner what to do next.
DOING = re.compile(
    r"\b(ask|book|call|try|start|keep|see|talk|tell|bring|use|choose|build|add|cut|ease|plan|check|note|"
    r"write|aim|pick|look|stop|rest|go|get|take|give|let|mention|make|find|read|swap|contact|notice|jot|"
    r"practise|practice|score|change|speak|tap)\b", re.I)
# Flesch-Kincaid means little on a few words; button labels are kept short by the content checks.
MIN_WORDS = 8


def runner_texts() -> Iterator[Tuple[str, str]]:
    """(where, text) for every text a runner can see, clinic details filled in."""
    for file in ("education.yml", "faq.yml", "conversation.yml"):
        for topic_id, topic in content_file(file)["topics"].items():
            yield f"{file}:{topic_id}", filled(topic["text"])
    triage = content_file("triage.yml")
    for tier, advice in triage["tiers"].items():
        for field in ("text", "doctor_text"):
            if field in advice:
                yield f"triage.yml:{tier}.{field}", filled(advice[field])
    for field in ("disclaimer", "safety_net"):
        yield f"triage.yml:{field}", filled(triage[field])
    for file in ("red_flags.yml", "symptom_features.yml"):
        for rule_id, rule in content_file(file)["rules"].items():
            for field in ("says", "ask", "do"):
                if field in rule:
                    yield f"{file}:{rule_id}.{field}", filled(rule[field])
    checkin = content_file("checkin.yml")
    for field in ("intro", "stopped"):
        yield f"checkin.yml:{field}", filled(checkin[field])
    for question in checkin["questions"]:
        yield f"checkin.yml:{question['slot']}", question["ask"]
    for name, text in content_file("service.yml").items():
        yield f"service.yml:{name}", filled(text)


TEXTS: Dict[str, str] = dict(runner_texts())


@pytest.mark.parametrize("where", sorted(where for where, text in TEXTS.items() if len(text.split()) >= MIN_WORDS))
def test_every_runner_text_is_plain(where: str) -> None:
    grade = textstat.flesch_kincaid_grade(TEXTS[where])
    assert grade <= MAX_GRADE, f"{where}: grade {grade:.1f}"


def test_reasons_and_questions_never_name_the_machinery() -> None:
    for where, text in TEXTS.items():
        if where.startswith(("red_flags.yml", "symptom_features.yml", "triage.yml")):
            assert not MACHINERY.search(text), where


def test_an_en_gb_clinic_speaks_of_physios() -> None:
    if clinic()["locale"] != "en-GB":
        pytest.skip("physio wording is checked for an en-GB clinic")
    for where, text in TEXTS.items():
        assert not re.search(r"physical therap|therapist", text, re.I), where


def test_every_education_answer_ends_with_something_to_do() -> None:
    for file in ("education.yml", "faq.yml"):
        for topic_id, topic in content_file(file)["topics"].items():
            if topic_id not in ANSWER_TOPICS:
                continue
            last = re.split(r"(?<=[.!?])\s+|\n", filled(topic["text"]).strip())[-1].lstrip("•- ").strip()
            assert DOING.search(last), f"{file}:{topic_id} ends with: {last!r}"


def test_each_tier_speaks_in_its_own_words() -> None:
    rules = content_file("red_flags.yml")["rules"]
    for rule_id, rule in rules.items():
        if rule["tier"] == "urgent":
            assert "now" not in re.findall(r"\w+", rule["says"].lower()), rule_id
    emergency = content_file("triage.yml")["tiers"]["emergency"]["text"]
    assert " now" in emergency and "soon" not in emergency
