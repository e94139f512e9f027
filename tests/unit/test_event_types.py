"""Stored conversations read back into the same events after the lookup-table change."""
from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

import channels  # noqa: F401  (installs the table)


def test_every_event_name_resolves_to_the_class_rasa_would_pick() -> None:
    for cls in all_subclasses(Event):
        first = next(c for c in all_subclasses(Event) if c.type_name == cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is first


def test_a_stored_conversation_reads_back_unchanged() -> None:
    events = [UserUttered("what causes it?", {"name": "ask_causes"}), ActionExecuted("action_respond"),
              BotUttered("Mostly load."), SlotSet("topic", "causes")]
    restored = [Event.from_parameters(event.as_dict()) for event in events]
    assert restored == events


def test_unknown_names_behave_as_in_rasa() -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
