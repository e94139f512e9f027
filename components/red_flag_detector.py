"""Rasa NLU component: a message's triage, decided once, which the intent classifier cannot
out-vote.

It runs last in the pipeline on every message and puts the Assessment (tier, the rules that
counted and their reasons, a safety question for a possible sign; knee/triage.py) in the
message's parse data under `triage`. When the tier is `urgent` or `emergency` the intent is
forced to `describe_symptoms`, so that the first reply to that message is the escalation,
whatever the classifiers predicted. The action server renders the reply from that parse data.

The rules are read from content/ at run time, so a clinician's edit needs no retraining. The
learned nets (knee/triage_net.py) are trained here by `rasa train`, from data/triage/ and the
NLU examples, and stored in the model.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.examples import is_written
from knee.detector import TriageDetector
from knee.topics import SYMPTOMS_INTENT
from knee.triage import ESCALATING, PARSE_DATA_KEY
from knee.triage_net import TriageNet, conversation_examples, development_examples, load_examples, train_nets
from knee.vocabulary import LEARNED_TIERS

ROOT = Path(__file__).resolve().parent.parent


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RedFlagDetector(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # The labelled runners' messages the nets learn from, relative to the project.
        return {"examples": "data/triage"}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "RedFlagDetector":
        return cls(config, model_storage, resource)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "RedFlagDetector":
        with model_storage.read_from(resource) as directory:
            nets = {tier: TriageNet.load(directory, tier) for tier in LEARNED_TIERS}
        return cls(config, model_storage, resource, nets)

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the labelled messages change (they are not Rasa training data)."""
        digest = hashlib.sha256()
        for path in sorted(_examples_dir(config).glob("*.yml")):
            digest.update(path.name.encode() + path.read_bytes())
        return digest.hexdigest()

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 nets: Optional[Dict[str, TriageNet]] = None) -> None:
        self.config, self._model_storage, self._resource = config, model_storage, resource
        self.detector = TriageDetector(nets=nets)

    def train(self, training_data: TrainingData) -> Resource:
        written: Dict[str, List[str]] = {}
        conversations: Dict[str, List[str]] = {}
        for message in training_data.intent_examples:
            (written if is_written(message) else conversations).setdefault(message.get(INTENT), []).append(message.get(TEXT))
        nets = train_nets(load_examples(_examples_dir(self.config)) + conversation_examples(written)
                          + development_examples(conversations))
        with self._model_storage.write_to(self._resource) as directory:
            for net in nets.values():
                net.save(directory)
        self.detector.nets = nets
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self.detector.refresh()
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            triage = self.detector.assess(text).as_parse_data()
            message.set(PARSE_DATA_KEY, triage, add_to_output=True)
            if triage["tier"] in ESCALATING:
                forced = {"name": SYMPTOMS_INTENT, "confidence": 1.0}
                ranking = [forced] + [entry for entry in message.get(INTENT_RANKING_KEY) or []
                                      if entry.get("name") != SYMPTOMS_INTENT]
                message.set(INTENT, forced, add_to_output=True)
                message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


def _examples_dir(config: Dict[Text, Any]) -> Path:
    return ROOT / str(config.get("examples") or "data/triage")
