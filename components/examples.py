"""Which NLU examples were written for a purpose (and annotated), and which were made from the
development conversations (data/nlu/conversations.yml, not annotated)."""
from __future__ import annotations

from rasa.shared.nlu.constants import METADATA, METADATA_INTENT
from rasa.shared.nlu.training_data.message import Message

from knee.triage_net import from_conversations


def is_written(message: Message) -> bool:
    """Not one of the examples made from the development conversations."""
    return not from_conversations((message.get(METADATA) or {}).get(METADATA_INTENT))
