"""Look event classes up by name in a table instead of walking every Event subclass each time.

Rasa 3.6 turns each stored event back into an object with `Event.resolve_by_type`, which lists
all Event subclasses by reflection (recursively, checking each for abstract methods) for every
single event. Reading and saving a tracker did that for every event of the conversation: 9 % of
the Rasa server's time in a py-spy profile of the benchmark. The table is built on first use and
rebuilt when a name is missing (a subclass imported later), so the answer is always Rasa's own.
"""
from __future__ import annotations

from typing import Dict, Optional, Text, Type

from rasa.shared.core.events import Event

_ORIGINAL = Event.resolve_by_type
_TABLE: Dict[Text, Type[Event]] = {}


def _rebuild() -> None:
    import rasa.shared.utils.common

    _TABLE.clear()
    for cls in rasa.shared.utils.common.all_subclasses(Event):
        _TABLE.setdefault(cls.type_name, cls)  # the first match wins, as in Rasa


def resolve_by_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """Event.resolve_by_type, answered from the table."""
    cls = _TABLE.get(type_name)
    if cls is None:
        _rebuild()
        cls = _TABLE.get(type_name)
    return cls if cls is not None else _ORIGINAL(type_name, default)


def install() -> None:
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[assignment]
