"""Check the action server's answers with a JSON Schema validator built once, not per answer.

Rasa 3.6 calls `jsonschema.validate()` on every action server response, and `validate()` first
checks the schema itself against its meta-schema. In a py-spy profile of the Rasa server under
the soak that check took 52 % of all its time. The schema never changes, so it is checked once
here and its validator kept; a response is still validated in full, with Rasa's error message.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def response_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(_: RemoteAction, result: Dict[Text, Any]) -> bool:
    """RemoteAction._validate_action_result with the schema checked only once."""
    try:
        response_validator().validate(result)
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            f"from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise
    return True


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
