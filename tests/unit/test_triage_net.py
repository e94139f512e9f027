"""The learned safety net: trained from the labelled messages, scored from its weights alone, and
only ever asking a safety question, never escalating on its own."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knee.content import ContentError
from knee.detector import TriageDetector
from knee.text_classifier import PARTS
from knee.triage_net import (
    REGULARISATION, Example, TriageNet, conversation_examples, development_examples, load_examples, nlu_examples,
    nlu_texts, read_examples,
    without_opening_connective,
)
from tests.expected import content_file

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = load_examples(ROOT / "data" / "triage") + nlu_examples(ROOT / "data" / "nlu")
NETS = {tier: TriageNet.fit(EXAMPLES, tier) for tier in ("emergency", "urgent")}
# An emergency worded in a way no rule in content/ covers (no sign word a rule names).
UNWRITTEN = "went over badly on the trail and the marshal says go straight to A&E"


def test_scoring_from_the_weights_is_scikit_learns_own() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    from knee.text_classifier import spelled_out

    examples = EXAMPLES[::7]
    labels = [example.tier == "emergency" for example in examples]
    model = make_pipeline(
        make_union(*[TfidfVectorizer(analyzer=kind, ngram_range=grams, min_df=min_df, sublinear_tf=True)
                     for kind, grams, min_df in PARTS]),
        LogisticRegression(C=REGULARISATION["emergency"], max_iter=2000),
    )
    totals = {side: sum(label == side for label in labels) for side in (True, False)}
    weights = [len(labels) / (2 * totals[label]) for label in labels]
    # both read the message with its text-speak written out
    model.fit([spelled_out(e.text) for e in examples], labels, logisticregression__sample_weight=weights)
    net = TriageNet.fit([Example(e.text, e.tier) for e in examples], "emergency")
    for text in ("my knee is swollen and hot", "what is runner's knee?", "can't walk on it", "🙂 ok", "u ok?"):
        assert net.classifier.probabilities(text)[True] == pytest.approx(model.predict_proba([spelled_out(text)])[0][1], abs=1e-9)


def test_the_weights_survive_storage_in_the_model(tmp_path: Path) -> None:
    net = NETS["urgent"]
    net.save(tmp_path)
    assert TriageNet.load(tmp_path, "urgent").probability(UNWRITTEN) == net.probability(UNWRITTEN)


def test_a_net_asks_but_never_escalates_on_its_own() -> None:
    detector = TriageDetector(nets=NETS)
    assessment = detector.assess(UNWRITTEN)
    assert assessment.question is not None and assessment.question.rule == "reads_like_emergency"
    assert "reads_like_emergency" not in assessment.rule_ids
    assert content_file("red_flags.yml")["rules"]["reads_like_emergency"].get("ask")


def test_calm_messages_stay_calm() -> None:
    detector = TriageDetector(nets=NETS)
    for text in ("what causes runner's knee?", "thanks, that helps", "my knee aches going down stairs after long runs",
                 # a follow-up that only opens with "and" is not alarming for it
                 "and step 3?", "and", "and ice?"):
        assessment = detector.assess(text)
        assert assessment.question is None and assessment.tier not in ("urgent", "emergency"), text


def test_keyboard_mash_gets_no_safety_question() -> None:
    detector = TriageDetector(nets=NETS)
    for text in ("ghhhjj,,,m n", "asdkjh qwe zzxv"):
        assessment = detector.assess(text)
        assert assessment.question is None and assessment.tier not in ("urgent", "emergency"), text


def test_the_threshold_in_content_decides(content_copy: Path) -> None:
    path = content_copy / "triage.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["learned_thresholds"] = {"emergency": 0.999, "urgent": 0.999}
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert TriageDetector(content_copy, nets=NETS).assess(UNWRITTEN).question is None


def test_a_faulty_labelled_file_names_file_case_and_field(tmp_path: Path) -> None:
    path = tmp_path / "set.yml"
    path.write_text("cases:\n  - text: fine\n    tier: self_care\n  - text: hmm\n    tier: severe\n", encoding="utf-8")
    with pytest.raises(ContentError, match="set.yml: topic 'case 2', field 'tier'"):
        read_examples(path)


class _Reads:
    """A net that reads every message the same (the real nets are tested above)."""

    def __init__(self, probability: float) -> None:
        self._probability = probability

    def probability(self, text: str) -> float:
        return self._probability


def _nets(probability: float) -> dict:
    return {"emergency": _Reads(probability), "urgent": _Reads(probability)}


@pytest.mark.parametrize("text, tier", [
    ("my knee gave way on the stairs yesterday", "urgent"),
    ("fell on the ice and I can't put any weight on my leg", "emergency"),
])
def test_an_escalation_every_net_reads_as_ordinary_is_asked_and_yes_escalates(text: str, tier: str) -> None:
    from knee.triage import with_confirmed

    doubted = TriageDetector(nets=_nets(0.01)).assess(text)
    assert not doubted.escalates and doubted.question is not None and doubted.question.tier == tier
    assert with_confirmed(doubted).tier == tier
    if tier == "emergency":
        assert "{emergency_number}" in doubted.question.ask
    assert TriageDetector(nets=_nets(0.5)).assess(text).tier == tier


def test_a_childs_sign_is_never_doubted() -> None:
    assert TriageDetector(nets=_nets(0.01)).assess("my 12 year old's knee hurts after football").tier == "urgent"


def test_the_doubt_setting_is_checked_on_load(content_copy: Path) -> None:
    path = content_copy / "triage.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["learned_doubt_below"] = 2
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError, match="learned_doubt_below"):
        TriageDetector(content_copy)


def test_the_urgent_net_learns_from_the_development_conversations_too(tmp_path) -> None:
    written = "- intent: ask_causes\n  examples: |\n    - why does my [kneecap](aspect) ache\n"
    generated = ("- intent: ask_causes\n  metadata:\n    source: development conversations\n"
                 "  examples: |\n    - is it my shoes doing this\n")
    (tmp_path / "nlu.yml").write_text('version: "3.1"\nnlu:\n' + written + generated, encoding="utf-8")
    assert nlu_texts(tmp_path) == {"ask_causes": ["why does my kneecap ache", "is it my shoes doing this"]}
    assert nlu_texts(tmp_path, conversations=False) == {"ask_causes": ["why does my kneecap ache"]}
    examples = nlu_examples(tmp_path)
    assert [(example.text, example.tier, example.nets) for example in examples] == [
        ("why does my kneecap ache", "none", ("emergency", "urgent")), ("is it my shoes doing this", "none", ("urgent",))]
    assert development_examples({"describe_symptoms": ["my knee aches"]}) == []


def test_a_short_follow_up_is_read_without_the_connective_it_opens_with() -> None:
    assert without_opening_connective("and the hip one") == "the hip one"
    assert without_opening_connective("n can i take nurofen") == "can i take nurofen"
    assert without_opening_connective("and ice?") == "ice?"
    assert without_opening_connective("andrew says my calf is fine") == "andrew says my calf is fine"
    # a longer message is read whole
    long_message = "and now my calf is swollen and hot and I am out of breath"
    assert without_opening_connective(long_message) == long_message
