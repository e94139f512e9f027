"""The learned second safety net: it catches an emergency no phrase covers, never lowers a tier,
and is configured in content/red_flags.yml like the rules."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from knee.content import CONTENT_DIR, ContentError
from knee.detector import TriageDetector
from knee.triage_net import EXAMPLES_DIR, TriageNet, load_examples, read_examples
from knee.triage import assess
from knee.triage_rules import load_triage

STORE = TriageDetector()
# No emergency phrase in content/red_flags.yml matches this; the net recognises it.
UNWRITTEN_EMERGENCY = (
    "went down hard on the track and my leg just gives out the moment I try to step, "
    "I'm stuck on the bench"
)


def tier_of(text: str, store: TriageDetector = STORE) -> str:
    return assess(store.matcher.find(text), store.store.triage).tier


def test_the_net_catches_an_emergency_the_rules_miss() -> None:
    with_net = assess(STORE.matcher.find(UNWRITTEN_EMERGENCY), STORE.store.triage)
    assert with_net.tier == "emergency"
    assert "reads_like_emergency" in with_net.rule_ids
    assert any("emergency care" in reason for reason in with_net.reasons())
    rules_only = TriageDetector(STORE.store.directory, nets=STORE.nets)
    rules_only.matcher.nets = {}
    assert tier_of(UNWRITTEN_EMERGENCY, rules_only) != "emergency"


@pytest.mark.parametrize(
    "text, tier",
    [
        ("my knee aches going down stairs after long runs, no swelling and it never gives way", "physio"),
        ("dislocated my kneecap ten years ago, fine since, now a dull ache when I squat", "self_care"),
        ("what if my knee swells up after the marathon?", "none"),
        ("my calf is sore after hill repeats yesterday", "self_care"),
    ],
)
def test_calm_messages_stay_calm(text: str, tier: str) -> None:
    assert tier_of(text) == tier


def test_a_rule_emergency_is_reported_by_its_rule_not_the_net() -> None:
    found = STORE.matcher.find("my calf is swollen and hot since the long-haul flight")
    assert "clot_signs" in found.rule_ids
    assert "reads_like_emergency" not in found.rule_ids


def test_the_threshold_in_content_decides(tmp_path: Path) -> None:
    directory = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, directory)
    path = directory / "red_flags.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["rules"]["reads_like_emergency"]["learned_threshold"] = 0.999
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    strict = TriageDetector(directory, nets=STORE.nets)
    assert tier_of(UNWRITTEN_EMERGENCY, strict) != "emergency"


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda rule: rule.update(learned_threshold=1.5), "learned_threshold"),
        (lambda rule: rule.update(tier="physio"), "tier"),
        (lambda rule: rule.update(phrases=["gives out"]), "phrases"),
    ],
)
def test_a_faulty_learned_rule_names_file_rule_and_field(tmp_path: Path, change, field: str) -> None:
    directory = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, directory)
    path = directory / "red_flags.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["rules"]["reads_like_emergency"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_triage(directory)
    assert (error.value.file, error.value.topic, error.value.field) == (
        "red_flags.yml", "reads_like_emergency", field
    )


@pytest.mark.parametrize(
    "case, field",
    [({"text": "knee hurts", "tier": "severe"}, "tier"), ({"tier": "urgent"}, "text")],
)
def test_a_faulty_labelled_message_names_file_case_and_field(tmp_path: Path, case, field: str) -> None:
    path = tmp_path / "extra.yml"
    good = {"text": "calf swollen after the flight", "tier": "emergency"}
    path.write_text(yaml.safe_dump({"cases": [good, case]}), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_examples(path)
    assert (error.value.file, error.value.topic, error.value.field) == ("extra.yml", "case 2", field)


def test_training_is_deterministic_and_can_leave_a_set_out() -> None:
    held_out = EXAMPLES_DIR / "forum.yml"
    examples = load_examples(leave_out=[held_out])
    assert len(examples) == len(load_examples()) - len(read_examples(held_out))
    first, second = TriageNet(examples, "emergency"), TriageNet(examples, "emergency")
    assert first.probability(UNWRITTEN_EMERGENCY) == second.probability(UNWRITTEN_EMERGENCY)


def test_direct_scoring_gives_the_fitted_models_probabilities() -> None:
    texts = [example.text for example in load_examples()[::7]] + ["", "!!!", UNWRITTEN_EMERGENCY]
    for net in STORE.nets.values():
        expected = net.model.predict_proba(texts)[:, 1]
        assert [net.probability(text) for text in texts] == pytest.approx(list(expected), abs=1e-9)
