"""The part extractor: learns the parts a follow-up names from the written NLU examples only."""
from __future__ import annotations

from pathlib import Path

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.lexical_syntactic_featurizer import LexicalSyntacticFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.message import Message

from components.part_extractor import PartExtractor

WRITTEN = """\
- intent: ask_more
  examples: |
    - and the [hip](aspect) part?
    - what about the [hip](aspect) bit
    - tell me more about the [hip](aspect) one
    - and the [quads](aspect)?
    - more on the [quads](aspect) please
    - what about the [quads](aspect) part
"""
GENERATED = """\
- intent: ask_more
  metadata:
    source: development conversations
  examples: |
""" + "".join(f"    - and the hip part? {n}\n" for n in range(30))


def test_it_learns_from_the_written_examples_not_the_development_conversations(tmp_path: Path) -> None:
    data = RasaYAMLReader().reads('version: "3.1"\nnlu:\n' + WRITTEN + GENERATED)
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    context = ExecutionContext(GraphSchema({}), "test")
    storage = LocalModelStorage(tmp_path)
    featurizer = LexicalSyntacticFeaturizer.create({**LexicalSyntacticFeaturizer.get_default_config(), "features": [["low"]]},
                                                   storage, Resource("features"), context)
    tokenizer.process_training_data(data)
    featurizer.train(data)
    featurizer.process_training_data(data)
    extractor = PartExtractor.create(PartExtractor.get_default_config(), storage, Resource("parts"), context)
    learned = []
    convert = extractor._convert_to_crf_tokens
    extractor._convert_to_crf_tokens = lambda message: learned.append(message.get("text")) or convert(message)
    extractor.train(data)
    assert len(learned) == 6 and not any(text.startswith("and the hip part? ") for text in learned)

    message = Message({"text": "and the hip part?"})
    tokenizer.process([message])
    featurizer.process([message])
    extractor.process([message])
    assert [entity["value"] for entity in message.get("entities")] == ["hip"]
