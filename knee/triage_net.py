"""The learned second safety net: text classifiers that recognise emergencies and urgent cases in
wordings no phrase in content/red_flags.yml covers yet.

Rules miss what nobody thought to write down; runners keep finding new ways to say "I can't walk
on it". One classifier per escalating tier is trained on the labelled runners' messages in
data/triage/ (tiers per shared/clinical/red-flags.md) and asks one question: does this message
read like the ones labelled this tier or more urgent? A net can only raise a tier, never lower
one, and its threshold and reason live in content/red_flags.yml with the rules. Training takes
about half a second, so the nets are trained when a server starts, from the files as they are,
and give the same answer every time.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Mapping, Tuple

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union

from knee.content import ContentError
from knee.triage_rules import TIERS, tier_rank

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "data" / "triage"
NLU_DIR = EXAMPLES_DIR.parent / "nlu"
# Everything the NLU examples ask except symptom stories is no red flag: greetings, thanks,
# questions about the topics, "and the hip bit?". Without them a net has never seen chit-chat.
SYMPTOM_INTENT = "describe_symptoms"
CONVERSATION_WEIGHT = 0.3
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
LEARNED_TIERS = ("emergency", "urgent")
# Chosen on the development sets, each scored by a net trained without it (README, "Triage").
REGULARISATION = {"emergency": 10.0, "urgent": 2.0}


@dataclass(frozen=True)
class Example:
    text: str
    tier: str
    weight: float = 1.0


def load_examples(directory: Path = EXAMPLES_DIR, leave_out: Iterable[Path] = ()) -> List[Example]:
    """Every labelled message in the folder's *.yml files, except those in `leave_out`."""
    skipped = {path.resolve() for path in leave_out}
    examples: List[Example] = []
    for path in sorted(directory.glob("*.yml")):
        if path.resolve() not in skipped:
            examples.extend(read_examples(path))
    return examples


def conversation_examples(directory: Path = NLU_DIR) -> List[Example]:
    """The NLU training messages of every intent but symptom stories, as messages without a red flag."""
    examples: List[Example] = []
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if block.get("intent") in (None, SYMPTOM_INTENT):
                continue
            for line in str(block.get("examples", "")).splitlines():
                text = _ANNOTATION.sub(r"\1", line.strip()[2:]) if line.strip().startswith("- ") else ""
                if text.strip():
                    examples.append(Example(text=text.strip(), tier="none", weight=CONVERSATION_WEIGHT))
    return examples


def read_examples(path: Path) -> List[Example]:
    """One labelled set; a mistake names the file, the case and the field."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentError(path.name, f"is not valid YAML: {error}") from error
    cases = data.get("cases") if isinstance(data, dict) else None
    if not isinstance(cases, list) or not cases:
        raise ContentError(path.name, "needs a non-empty 'cases' list")
    examples = []
    for number, case in enumerate(cases, 1):
        where = f"case {number}"
        if not isinstance(case, dict):
            raise ContentError(path.name, "must be a mapping with text and tier", topic=where)
        text, tier = case.get("text"), case.get("tier")
        if not isinstance(text, str) or not text.strip():
            raise ContentError(path.name, "must be non-empty text", topic=where, field="text")
        if tier not in TIERS:
            raise ContentError(path.name, f"must be one of {', '.join(TIERS)}", topic=where, field="tier")
        examples.append(Example(text=text, tier=tier))
    return examples


class TriageNet:
    """Word and character n-grams into a logistic regression: `tier` or more urgent, or not.

    scikit-learn fits the model; a message is then scored from the fitted weights directly (the
    same TF-IDF and the same linear function), about ten times faster than the pipeline's own
    predict_proba, which matters on every message the Rasa server reads.
    """

    def __init__(self, examples: List[Example], tier: str) -> None:
        labels = [tier_rank(example.tier) >= tier_rank(tier) for example in examples]
        if all(labels) or not any(labels):
            raise ValueError(f"the {tier} net needs messages on both sides of {tier} to learn from")
        # Both sides weigh the same in total, as scikit-learn's "balanced" but over example weights.
        totals = {side: sum(e.weight for e, label in zip(examples, labels) if label == side) for side in (True, False)}
        weights = [e.weight * sum(totals.values()) / (2 * totals[label]) for e, label in zip(examples, labels)]
        self.tier, self.size = tier, len(examples)
        self.model: Pipeline = make_pipeline(
            make_union(
                TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
            ),
            LogisticRegression(C=REGULARISATION[tier], max_iter=2000),
        )
        self.model.fit(
            [example.text for example in examples], labels, logisticregression__sample_weight=weights
        )
        self._parts = self._weights()

    def _weights(self) -> List[Tuple[Callable[[str], List[str]], Dict[str, Tuple[float, float]]]]:
        """Per vectorizer: its analyzer, and for each known n-gram its idf and its coefficient."""
        union, regression = self.model.steps[0][1], self.model.steps[1][1]
        coefficients, offset, parts = regression.coef_[0], 0, []
        self._intercept = float(regression.intercept_[0])
        for _, vectorizer in union.transformer_list:
            idf = vectorizer.idf_.tolist()  # a property that rebuilds an array on every access
            table = {
                term: (idf[index], float(coefficients[offset + index]))
                for term, index in vectorizer.vocabulary_.items()
            }
            parts.append((vectorizer.build_analyzer(), table))
            offset += len(vectorizer.vocabulary_)
        return parts

    def probability(self, text: str) -> float:
        """How much the message reads like those labelled this tier or higher, from 0 to 1."""
        score = self._intercept
        for analyzer, table in self._parts:
            weighted = [
                ((1.0 + math.log(count)) * table[term][0], table[term][1])
                for term, count in Counter(analyzer(text)).items()
                if term in table
            ]
            norm = math.sqrt(sum(value * value for value, _ in weighted))
            if norm:
                score += sum(value * weight for value, weight in weighted) / norm
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=4)
def trained_nets(
    directory: Path = EXAMPLES_DIR, leave_out: Tuple[Path, ...] = ()
) -> Mapping[str, TriageNet]:
    """One net per learned tier, trained once per process (and per held-out set when evaluating)."""
    examples = load_examples(directory, leave_out) + conversation_examples()
    return {tier: TriageNet(examples, tier) for tier in LEARNED_TIERS}
