"""Rasa NLU component: in a club's group chat, asking for the check-in does not start it there.

The check-in form asks about a member's own knee, question after question; in a group chat the
whole club would read it. A message from a group chat (its channel says so in the metadata,
knee/groups.py) whose intent is the check-in is read as the member talking about their own knee
(describe_symptoms): action_respond answers it with one short public reply that offers the
private chat, where the check-in runs. Direct chats are unchanged. Payloads ("/start_checkin")
never reach NLU components: the channels map those sent in a group the same way
(knee.groups.payload_in_group).
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from knee.groups import in_group, intent_in_group


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class GroupChat(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "GroupChat":
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            name = (message.get(INTENT) or {}).get("name")
            meant = intent_in_group(name)
            if meant != name and in_group(message.get("metadata")):
                # Only this intent is ranked, so no question the classifier also saw is answered instead.
                forced = {"name": meant, "confidence": 1.0}
                message.set(INTENT, forced, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [forced], add_to_output=True)
        return messages
