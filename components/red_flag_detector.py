"""Rasa NLU component: the red-flag safety net that the intent classifier cannot out-vote.

It runs last in the pipeline on every message. The signs it finds are added as `finding`
entities (rule ids from content/red_flags.yml and content/symptom_features.yml); when one of
them is `urgent` or `emergency`, the intent is forced to `describe_symptoms` so that the first
reply to that message is the escalation, whatever DIET or the fallback classifier predicted.
The rules are read from content/ at run time, so a clinician's edit needs no retraining. Behind
the rules, the learned nets (actions/triage_net.py, trained at start-up on data/triage/) catch
emergencies and urgent cases in wordings no phrase covers; they can only raise a tier.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from actions.content_store import ContentStore
from actions.triage import assess

FINDING_ENTITY = "finding"
ESCALATION_INTENT = "describe_symptoms"
EXTRACTOR = "RedFlagDetector"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=False,
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

    def __init__(self, store: Optional[ContentStore] = None) -> None:
        self.store = store or ContentStore()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self.store.refresh()
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            assessment = assess(self.store.matcher.find(text), self.store.triage)
            if not assessment.rules:
                continue
            findings = [
                {"entity": FINDING_ENTITY, "value": rule.id, "extractor": EXTRACTOR}
                for rule in assessment.rules
            ]
            message.set(ENTITIES, list(message.get(ENTITIES) or []) + findings, add_to_output=True)
            if assessment.escalates:
                forced = {"name": ESCALATION_INTENT, "confidence": 1.0}
                ranking = [forced] + [
                    entry
                    for entry in message.get(INTENT_RANKING_KEY) or []
                    if entry.get("name") != ESCALATION_INTENT
                ]
                message.set(INTENT, forced, add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
