"""The learned safety net: text classifiers that recognise emergencies and urgent cases in
wordings no rule in content/red_flags.yml covers.

Rules miss what nobody thought to write down; runners keep finding new ways to say "I can't walk
on it". One classifier per escalating tier is trained on the labelled runners' messages in
data/triage/ (tiers per shared/clinical/red-flags.md) and asks one question: does this message
read like those labelled this tier or more urgent? A net never escalates on its own: when no
rule reached its tier and it is confident enough, the runner is asked a safety question (the
learned rules in red_flags.yml hold the threshold and the question).

The nets are trained by `rasa train` (components/red_flag_detector.py) and stored in the model
as plain weights, so a server start trains nothing and the action server needs none of this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional, Tuple

import yaml

from knee.content import ContentError, load_yaml
from knee.text_classifier import TextClassifier
from knee.triage_rules import TIERS, tier_rank
from knee.vocabulary import LEARNED_TIERS

# A follow-up this short is read without the connective it opens with.
OPENING_CONNECTIVE_MAX_WORDS = 6
_OPENING_CONNECTIVE = re.compile(r"^\W*(?:(?:and|n|&|so|ok|okay|also|plus|but)(?![\w'’])\W*)+", re.I)
# Everything the NLU examples ask, except symptom stories and yes/no answers, has no red flag.
NOT_EXAMPLES = ("describe_symptoms", "affirm", "deny")
# NLU blocks with this `metadata: {source: ...}` (data/nlu/conversations.yml) hold the trained
# development conversations' own messages, unannotated: the topic classifier learns from them, and
# the urgent net as messages without a red flag (the sets are written without any; a relayed or
# rambling story was its commonest false alarm), but not the part extractor. A small weight is
# enough, and the emergency net does without them: with them, two held-out emergencies were no
# longer asked about.
# The untrained development and blind sets stay unseen by all of them.
CONVERSATIONS_SOURCE = "development conversations"
CONVERSATION_WEIGHT = 0.3
DEVELOPMENT_CONVERSATION_WEIGHT = 0.05
DEVELOPMENT_CONVERSATION_NETS = ("urgent",)
REGULARISATION = {"emergency": 10.0, "urgent": 2.0}
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Example:
    text: str
    tier: str
    weight: float = 1.0
    nets: Tuple[str, ...] = LEARNED_TIERS  # which nets learn from it
    alarming: bool = False  # an ordinary message in words that sound like a red flag


def read_examples(path: Path) -> List[Example]:
    """One labelled set; a mistake names the file, the case and the field."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
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
        examples.append(Example(text=text, tier=tier, alarming=bool(case.get("alarming"))))
    return examples


def load_examples(directory: Path, leave_out: Iterable[Path] = ()) -> List[Example]:
    """Every labelled message in the folder's *.yml files, except those in `leave_out`."""
    skipped = {path.resolve() for path in leave_out}
    return [example for path in sorted(directory.glob("*.yml")) if path.resolve() not in skipped
            for example in read_examples(path)]


def conversation_examples(texts_by_intent: Mapping[str, Iterable[str]], weight: float = CONVERSATION_WEIGHT,
                          nets: Tuple[str, ...] = LEARNED_TIERS) -> List[Example]:
    """NLU training messages (questions, chit-chat, follow-ups) as messages without a red flag."""
    return [Example(text, "none", weight, nets) for intent, texts in texts_by_intent.items()
            if intent not in NOT_EXAMPLES for text in texts if text.strip()]


def development_examples(texts_by_intent: Mapping[str, Iterable[str]]) -> List[Example]:
    """The trained development conversations' messages, as messages without a red flag."""
    return conversation_examples(texts_by_intent, DEVELOPMENT_CONVERSATION_WEIGHT, DEVELOPMENT_CONVERSATION_NETS)


def nlu_examples(directory: Path) -> List[Example]:
    """What the nets learn from the NLU files of a folder: the written messages and the development
    conversations'."""
    return (conversation_examples(nlu_texts(directory, conversations=False))
            + development_examples(nlu_texts(directory, conversations=True)))


def nlu_texts(directory: Path, leave_out: Iterable[Path] = (), conversations: Optional[bool] = None) -> Dict[str, List[str]]:
    """The example texts of each intent in the Rasa NLU files of a folder, except `leave_out`
    (annotations removed); only those made from the development conversations (`conversations`
    True), only the written ones (False), or all (None)."""
    skipped = {path.resolve() for path in leave_out}
    texts: Dict[str, List[str]] = {}
    for path in sorted(directory.glob("*.yml")):
        if path.resolve() in skipped:
            continue
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if not block.get("intent") or (
                    conversations is not None and from_conversations(block.get("metadata")) != conversations):
                continue
            for line in str(block.get("examples", "")).splitlines():
                if line.strip().startswith("- "):
                    texts.setdefault(block["intent"], []).append(_ANNOTATION.sub(r"\1", line.strip()[2:]))
    return texts


def from_conversations(intent_metadata: object) -> bool:
    """Were NLU examples with this intent metadata made from the development conversations?"""
    return isinstance(intent_metadata, dict) and intent_metadata.get("source") == CONVERSATIONS_SOURCE


class TriageNet:
    """Does a message read like those labelled `tier` or more urgent? A two-label TextClassifier."""

    def __init__(self, tier: str, classifier: TextClassifier) -> None:
        self.tier, self.classifier = tier, classifier

    @classmethod
    def fit(cls, examples: List[Example], tier: str) -> "TriageNet":
        labels = [tier_rank(example.tier) >= tier_rank(tier) for example in examples]
        if all(labels) or not any(labels):
            raise ValueError(f"the {tier} net needs messages on both sides of {tier} to learn from")
        # Both sides weigh the same in total, as scikit-learn's "balanced" but over example weights.
        totals = {side: sum(e.weight for e, label in zip(examples, labels) if label == side) for side in (True, False)}
        weights = [e.weight * sum(totals.values()) / (2 * totals[label]) for e, label in zip(examples, labels)]
        classifier = TextClassifier.fit([e.text for e in examples], labels, weights, c=REGULARISATION[tier])
        return cls(tier, classifier)

    def probability(self, text: str) -> float:
        """How much the message reads like those labelled this tier or higher, from 0 to 1."""
        return self.classifier.probabilities(without_opening_connective(text))[True]

    def save(self, directory: Path) -> None:
        self.classifier.save(directory, f"net_{self.tier}")

    @classmethod
    def load(cls, directory: Path, tier: str) -> "TriageNet":
        return cls(tier, TextClassifier.load(directory, f"net_{tier}"))


def without_opening_connective(text: str) -> str:
    """A short message without the "and", "n" or "so" it opens with ("and ice?", "n the hip one"):
    in a few words it would weigh as much as a whole story's words, and it only joins the message
    to the answer before. Longer messages are read whole."""
    if len(text.split()) > OPENING_CONNECTIVE_MAX_WORDS:
        return text
    return _OPENING_CONNECTIVE.sub("", text)


def train_nets(examples: List[Example]) -> Dict[str, TriageNet]:
    return {tier: TriageNet.fit([example for example in examples if tier in example.nets], tier) for tier in LEARNED_TIERS}
