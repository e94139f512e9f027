"""Rasa NLU component: a message's triage, decided once, which the intent classifier cannot
out-vote.

It runs last in the pipeline on every message and puts the Assessment (tier, the rules that
counted and their plain-words reasons; knee/triage.py) in the message's parse data under
`triage`. When the tier is `urgent` or `emergency` the intent is forced to `describe_symptoms`
so that the first reply to that message is the escalation, whatever the classifiers predicted.
The action server renders the reply from that parse data. The rules are read from content/ at
run time, so a clinician's edit needs no retraining (knee/detector.py).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knee.detector import TriageDetector
from knee.topics import SYMPTOMS_INTENT
from knee.triage import ESCALATING, PARSE_DATA_KEY


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False,
)
class RedFlagDetector(GraphComponent):
    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RedFlagDetector":
        return cls()

    def __init__(self, detector: Optional[TriageDetector] = None) -> None:
        self.detector = detector or TriageDetector()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self.detector.refresh()
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            triage = self.detector.parse_data(text)
            message.set(PARSE_DATA_KEY, triage, add_to_output=True)
            if triage["tier"] in ESCALATING:
                forced = {"name": SYMPTOMS_INTENT, "confidence": 1.0}
                ranking = [forced] + [
                    entry
                    for entry in message.get(INTENT_RANKING_KEY) or []
                    if entry.get("name") != SYMPTOMS_INTENT
                ]
                message.set(INTENT, forced, add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
