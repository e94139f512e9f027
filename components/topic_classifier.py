"""Rasa NLU component: which question a message asks (its intent), learned from the NLU examples.

A TF-IDF and logistic-regression classifier over words, word pairs and character n-grams
(knee/text_classifier.py), trained by `rasa train` and stored in the model. It sets the intent
and the intent ranking like Rasa's own classifiers, so Rasa's FallbackClassifier (after it in
config.yml) and the red-flag detector (last) work on its output. Measured against Rasa's
count-vector LogisticRegressionClassifier on the held-out set (docs/understanding.md).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knee import text_classifier
from knee.language import says_nothing
from knee.text_classifier import TextClassifier, spelled_out
from knee.topics import FALLBACK_INTENT, QUESTION_ALONE_KEY, QUESTION_PARTS_KEY, asked_outright, asked_separately, question_part

MODEL_NAME = "topic_classifier"
# How much a question said outright weighs ("... I suppose what I'm asking is whether she ought to defer"): the runner
# says which part of the story is the question (docs/understanding.md)
ASKED_OUTRIGHT_WEIGHT = 0.6
# A button's payload ("/ask_causes", "/affirm{...}"), which is not read as text; "/;;[[p0" is keyboard mash.
_COMMAND = re.compile(r"^/\w")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class TopicClassifier(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # min_df: a word or word pair, and a character n-gram, counts once in this many examples;
        # max_iter: 40 iterations keep training under 2 minutes; they choose the same intent as 60
        # for 98.7 % of the untrained development messages, one fewer of them right (docs/understanding.md).
        return {"C": 10.0, "ranking_length": 10, "question_weight": 0.2, "min_df": [2, 3], "max_iter": 40}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        # How a message is read (text-speak written out, the analyzers) is code, not data or config:
        # a change to it trains the classifier again instead of reusing one from Rasa's training cache.
        return hashlib.sha256(Path(text_classifier.__file__).read_bytes()).hexdigest()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "TopicClassifier":
        return cls({**cls.get_default_config(), **config}, model_storage, resource)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "TopicClassifier":
        with model_storage.read_from(resource) as directory:
            classifier = TextClassifier.load(directory, MODEL_NAME)
        return cls({**cls.get_default_config(), **config}, model_storage, resource, classifier)

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 classifier: TextClassifier = None) -> None:
        self.config, self._model_storage, self._resource = config, model_storage, resource
        self.classifier = classifier

    def train(self, training_data: TrainingData) -> Resource:
        examples = [(message.get(TEXT), message.get(INTENT)) for message in training_data.intent_examples]
        self.classifier = TextClassifier.fit([text for text, _ in examples], [intent for _, intent in examples],
                                             c=float(self.config["C"]), min_df=self.config["min_df"],
                                             max_iter=int(self.config["max_iter"]))
        with self._model_storage.write_to(self._resource) as directory:
            self.classifier.save(directory, MODEL_NAME)
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def read(self, text: str) -> Dict[str, float]:
        """Each intent's probability. A long story that asks a question is read whole and by its
        question alone (that reading weighs `question_weight`, or more when the question is said
        outright), so the story does not drown the question."""
        return self._readings(text)[0]

    def _readings(self, text: str) -> Tuple[Dict[str, float], Optional[Dict[str, float]]]:
        """read's probabilities, and those of the story's question read alone (None for a message that is not a
        story with a question)."""
        probabilities = self.classifier.probabilities(text)
        asked = question_part(text)
        if asked is None:
            return probabilities, None
        question = self.classifier.probabilities(asked)
        weight = ASKED_OUTRIGHT_WEIGHT if asked == asked_outright(text) else float(self.config["question_weight"])
        return {name: (1.0 - weight) * value + weight * question[name] for name, value in probabilities.items()}, question

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or self.classifier is None:
                continue
            probabilities, question = self._readings(text)
            ranking = self._ranked(probabilities)
            if not _COMMAND.match(text) and says_nothing(spelled_out(text), self.classifier.words):
                ranking = [{"name": FALLBACK_INTENT, "confidence": 1.0}]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            # several questions in one message: each read alone, for a follow-up that picks one ("and 3?")
            parts = [] if _COMMAND.match(text) else asked_separately(text)
            if parts:
                message.set(QUESTION_PARTS_KEY, [{"text": part, "intent_ranking": self._ranked(self.read(part))}
                                                 for part in parts], add_to_output=True)
            # a story's question read alone, for a story whose list of what was tried drowns it
            if question is not None and not _COMMAND.match(text):
                message.set(QUESTION_ALONE_KEY, self._ranked(question)[:1], add_to_output=True)
        return messages

    def _ranked(self, probabilities: Dict[str, float]) -> List[Dict[str, Any]]:
        ranked = sorted(probabilities.items(), key=lambda item: -item[1])
        return [{"name": name, "confidence": confidence} for name, confidence in ranked[: int(self.config["ranking_length"])]]
