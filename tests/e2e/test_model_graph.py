"""Changes 10 and 11 of server/rasa_changes.py on the trained model: its graph run node after node
without dask, and RulePolicy's remembered rules, give Rasa's own answers."""
from __future__ import annotations

import asyncio
from typing import Any, Iterator

import pytest
from rasa.core.agent import load_agent
from rasa.core.channels.channel import UserMessage
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from server.rasa_changes import RASA_ORIGINALS
from tests.servers import MODEL

MESSAGES = [
    "what is runner's knee?", "my knee hurts going downstairs, should I stop running?",
    "and the hip part?", "how many reps tho", "asdkjh qwe zzxv", "thanks!",
    "my knee is hot, red and swollen and I have a fever", "can I run my 10k on sunday?",
]


@pytest.fixture(scope="module")
def agent() -> Iterator[Any]:
    yield asyncio.run(load_agent(str(MODEL)))


def both_runs(runner: DaskGraphRunner, inputs: dict, target: str) -> tuple:
    ours = runner.run(inputs=inputs, targets=[target])
    rasas = RASA_ORIGINALS["DaskGraphRunner.run"](runner, inputs=inputs, targets=[target])
    return ours[target], rasas[target]


def test_messages_read_by_the_graph_in_order_read_as_with_dask(agent: Any) -> None:
    processor = agent.processor
    for text in MESSAGES:
        ours, rasas = both_runs(processor.graph_runner, {"__message__": [UserMessage(text, sender_id="graph")]},
                                processor.model_metadata.nlu_target)
        assert [message.as_dict() for message in ours] == [message.as_dict() for message in rasas]
        assert ours[0].get("intent")["name"]


def test_next_actions_predicted_in_order_are_predicted_as_with_dask(agent: Any) -> None:
    processor = agent.processor
    tracker = DialogueStateTracker("graph", agent.domain.slots)
    for text in MESSAGES:
        parsed = asyncio.run(processor.parse_message(UserMessage(text, sender_id="graph")))
        tracker.update(ActionExecuted("action_listen"))
        tracker.update(UserUttered(text, parsed["intent"], parsed["entities"], parsed))
        ours, rasas = both_runs(processor.graph_runner, {"__tracker__": tracker},
                                processor.model_metadata.core_target)
        assert ours.max_confidence_index == rasas.max_confidence_index
        assert ours.policy_name == rasas.policy_name
        tracker.update(ActionExecuted(agent.domain.action_names_or_texts[ours.max_confidence_index]))


def rule_policy(agent: Any) -> RulePolicy:
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    return next(node._component for node in nodes if isinstance(node._component, RulePolicy))


def test_rules_that_fit_are_remembered_and_are_the_ones_rasa_finds(agent: Any) -> None:
    policy = rule_policy(agent)
    work_out = RASA_ORIGINALS["RulePolicy._get_possible_keys"]
    for table in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH):
        lookup = policy.lookup.get(table, {})
        for rule_key in list(lookup)[:200]:
            states = policy._rule_key_to_state(rule_key)
            for past in (states, states[-1:], [{}, *states]):
                expected = work_out(policy, lookup, past)
                assert policy._get_possible_keys(lookup, past) == expected
                found = policy._get_possible_keys(lookup, past)  # now from memory
                assert found == expected
                found.add("changed by a caller")  # what a caller does to it stays with it
                assert policy._get_possible_keys(lookup, past) == expected
