"""Rasa NLU component: the part of a topic a follow-up asks about ("and the hip part?"), as
`aspect` entities (knee/aspects.py reads them first, then the word list in content/aspects.yml).

Rasa's CRF entity extractor, trained on the written NLU examples only. The examples made from
the development conversations (data/nlu/conversations.yml) teach the topic classifier and the
urgent triage net; they mark no parts, so they would teach the extractor that a part is never
named, and take more than half of its training time.
"""
from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.extractors.crf_entity_extractor import CRFEntityExtractor
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.examples import is_written


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=True)
class PartExtractor(CRFEntityExtractor):
    def train(self, training_data: TrainingData) -> Resource:
        written = [message for message in training_data.training_examples if is_written(message)]
        return super().train(TrainingData(written, entity_synonyms=training_data.entity_synonyms,
                                          regex_features=training_data.regex_features,
                                          lookup_tables=training_data.lookup_tables))
