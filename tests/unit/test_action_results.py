"""The Rasa server still rejects a malformed action server answer after the validator change."""
from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

import channels  # noqa: F401  (installs the validator)

ACTION = RemoteAction("action_respond", EndpointConfig("http://localhost:5055/webhook"))


def test_valid_answer_passes() -> None:
    answer = {"events": [{"event": "slot", "name": "topic", "value": "causes"}],
              "responses": [{"text": "hello", "buttons": [{"title": "t", "payload": "/p"}]}]}
    assert ACTION._validate_action_result(answer) is True


@pytest.mark.parametrize("answer", [
    {"events": "not a list", "responses": []},
    {"events": [{"no_event_key": 1}], "responses": []},
])
def test_malformed_answer_is_rejected_with_rasas_message(answer: dict) -> None:
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        ACTION._validate_action_result(answer)
