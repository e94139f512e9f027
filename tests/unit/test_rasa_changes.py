"""The changes to Rasa (server/rasa_changes.py), installed by tests/conftest.py: each keeps Rasa's
own answers while doing less work, and none lets a runner's words into the logs."""
from __future__ import annotations

import asyncio
import logging
import re
from typing import List

import pytest
import sqlalchemy
from aiohttp import web
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from server import rasa_changes

from tests.servers import free_port


# The Rasa server still rejects a malformed action server answer after the validator change.

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


# Stored conversations read back into the same events after the lookup-table change.

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


# Action calls over kept connections answer as Rasa's own calls did, across server restarts.

async def _serve(port: int, peers: List[str]) -> web.AppRunner:
    async def webhook(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername")[1])
        body = await request.json()
        if body.get("fail"):
            return web.json_response({"error": "no"}, status=400)
        return web.json_response({"echo": body["text"]})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


def test_answers_reuse_one_connection_and_survive_a_restart() -> None:
    async def scenario() -> None:
        port, peers = free_port(), []
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        server = await _serve(port, peers)
        assert await endpoint.request(json={"text": "one"}) == {"echo": "one"}
        assert await endpoint.request(json={"text": "two"}) == {"echo": "two"}
        assert len(set(peers)) == 1  # the second call went over the first call's connection
        await server.cleanup()  # the action server restarts: the kept connection is dead
        server = await _serve(port, peers)
        assert await endpoint.request(json={"text": "three"}) == {"echo": "three"}
        with pytest.raises(ClientResponseError):
            await endpoint.request(json={"text": "x", "fail": True})
        await server.cleanup()

    asyncio.run(scenario())


# A failed database write logged by Rasa does not carry the runner's words into the logs.

WORDS = "my knee is killing me after the marathon"


def test_a_failed_save_is_logged_without_the_message_text(caplog: pytest.LogCaptureFixture) -> None:
    engine = sqlalchemy.create_engine("sqlite://")
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("CREATE TABLE events (id INTEGER PRIMARY KEY, data TEXT NOT NULL)"))
    with pytest.raises(sqlalchemy.exc.IntegrityError) as failure:
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text("INSERT INTO events (id, data) VALUES (1, :d), (1, :d)"),
                               {"d": f'{{"text": "{WORDS} ] [x]"}}'})
    assert WORDS in str(failure.value)  # SQLAlchemy puts the parameters in its message
    with caplog.at_level(logging.ERROR):
        logging.getLogger("rasa.core.tracker_store").error(f"Error happened: {failure.value}")
        logging.getLogger("rasa.core.tracker_store").error("Error happened: %s", str(failure.value))
    assert WORDS not in caplog.text
    assert "[parameters hidden]" in caplog.text and "UNIQUE constraint failed" in caplog.text


# Training data keeps its examples, their order and Rasa's duplicates, without hashing every
# example again each time Rasa makes a TrainingData.


def _examples() -> List[Message]:
    return [Message(data={"text": "does a brace help", "intent": "ask_braces "}),
            Message(data={"text": "how many reps", "intent": "ask_dosage"}),
            Message(data={"text": "does a brace help", "intent": "ask_braces"}),
            Message(data={"text": "hi", "intent": "greet", "response": " greet/hi "})]


def test_training_data_keeps_rasas_examples_and_drops_its_duplicates() -> None:
    rasas = rasa_changes.RASA_ORIGINALS["TrainingData.sanitize_examples"](_examples())
    ours = TrainingData(_examples()).training_examples
    assert [example.data for example in ours] == [example.data for example in rasas]
    assert [example.get("intent") for example in ours] == ["ask_braces", "ask_dosage", "greet"]


def test_a_merged_copy_hashes_only_its_new_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.shared.utils.io as rasa_io

    computed: List[object] = []
    work_out = rasa_io.deep_container_fingerprint

    def counted(obj: object, *args: object) -> str:
        computed.append(obj)
        return work_out(obj, *args)

    data, new = TrainingData(_examples()), TrainingData([Message(data={"text": "bye", "intent": "goodbye"})])
    monkeypatch.setattr(rasa_io, "deep_container_fingerprint", counted)
    Message(data={"text": "bye", "intent": "goodbye"}).fingerprint()
    one_example = len(computed)
    computed.clear()
    merged = data.merge(new)
    assert len(merged.training_examples) == 4
    assert len(computed) <= one_example


def test_an_nlu_file_read_again_gives_rasas_data_in_new_objects(tmp_path) -> None:
    from rasa.shared.importers import utils

    nlu = tmp_path / "nlu.yml"
    nlu.write_text('version: "3.1"\nnlu:\n- intent: ask_braces\n  examples: |\n    - does a brace help\n',
                   encoding="utf-8")
    rasas = rasa_changes.RASA_ORIGINALS["training_data_from_paths"]([str(nlu)], "en")
    first, again = (utils.training_data_from_paths([str(nlu)], "en") for _ in range(2))
    assert [m.data for m in first.training_examples] == [m.data for m in rasas.training_examples]
    assert first.training_examples[0] is not again.training_examples[0]
    first.training_examples[0].set("intent", "changed")
    assert again.training_examples[0].get("intent") == "ask_braces"


def test_responses_read_again_are_new_objects(tmp_path) -> None:
    from rasa.shared.importers import utils

    nlu = tmp_path / "nlu.yml"
    nlu.write_text('version: "3.1"\nnlu:\n- intent: faq/brace\n  examples: |\n    - does a brace help\n'
                   'responses:\n  utter_faq/brace:\n  - text: Sometimes.\n', encoding="utf-8")
    first, again = (utils.training_data_from_paths([str(nlu)], "en") for _ in range(2))
    first.responses["utter_faq/brace"][0]["text"] = "changed"
    assert again.responses["utter_faq/brace"][0]["text"] == "Sometimes."


def test_an_edited_nlu_file_is_read_again(tmp_path) -> None:
    from rasa.shared.importers import utils

    nlu = tmp_path / "nlu.yml"
    example = 'version: "3.1"\nnlu:\n- intent: {}\n  examples: |\n    - does a brace help\n'
    nlu.write_text(example.format("ask_braces"), encoding="utf-8")
    utils.training_data_from_paths([str(nlu)], "en")
    nlu.write_text(example.format("ask_taping"), encoding="utf-8")
    assert utils.training_data_from_paths([str(nlu)], "en").intents == {"ask_taping"}


# Every entry point installs the changes; another Rasa version is refused.


def test_another_rasa_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa

    monkeypatch.setattr(rasa_changes, "_INSTALLED", False)
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    with pytest.raises(rasa_changes.RasaVersionError, match="3.7.0"):
        rasa_changes.install()


@pytest.mark.parametrize("entry", ["scripts/run.sh", "server/processes.py", "Makefile",
                                   "deploy/rasa-entrypoint.sh", "deploy/Dockerfile.rasa"])
def test_every_entry_point_starts_rasa_with_the_changes(entry: str) -> None:
    from tests.servers import ROOT

    text = (ROOT / entry).read_text(encoding="utf-8")
    assert "-m server" in text or '"-m", "server"' in text
    assert not re.search(r"(^|[\s/])rasa (run|train|shell|test)\b", text, re.M), entry


@pytest.mark.parametrize("entry", ["scripts/chat.py", "tests/servers.py", "bench/subjects.py"])
def test_the_chat_tests_and_benchmarks_start_rasa_through_server_processes(entry: str) -> None:
    from tests.servers import ROOT

    text = (ROOT / entry).read_text(encoding="utf-8")
    assert "rasa_run_command" in text and ("server.processes" in text or "tests.servers" in text)
    assert not re.search(r"(^|[\s/\"])rasa\"?,? \"?(run|train|shell|test)\b", text, re.M), entry
