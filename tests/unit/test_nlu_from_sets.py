"""The NLU examples made from the development conversations (scripts/nlu_from_sets.py)."""
from pathlib import Path

import yaml

from scripts.nlu_from_sets import OUTPUT, _key, _texts_in, examples_from_sets, main, sets_of

ROOT = Path(__file__).resolve().parents[2]


def _write_set(tmp_path: Path, turns) -> Path:
    path = tmp_path / "dialogues_test.yml"
    path.write_text(yaml.safe_dump({"dialogues": [{"name": "runner", "turns": [
        {"say": say, "topic": topic, "also": []} for say, topic in turns]}]}), encoding="utf-8")
    return path


def test_a_dialogue_gives_its_first_turn_and_its_longer_turns_but_not_its_bare_follow_ups(tmp_path):
    path = _write_set(tmp_path, [
        ("kneecap aches on the stairs after my long runs, zero idea what to do", "symptoms"),
        ("reps?", "exercises.dosage"),
        ("would a strap under the kneecap help on race day", "treatment.braces_taping"),
    ])
    examples = examples_from_sets([path])
    assert examples == {
        "describe_symptoms": ["kneecap aches on the stairs after my long runs, zero idea what to do"],
        "ask_braces_taping": ["would a strap under the kneecap help on race day"],
    }


def test_a_message_already_in_the_nlu_data_is_not_repeated(tmp_path):
    existing = next(text for path in sorted((ROOT / "data" / "nlu").glob("*.yml")) if path != OUTPUT
                    for text in _texts_in(yaml.safe_load(path.read_text(encoding="utf-8")))
                    if "[" not in text and len(text.split()) > 4)
    path = _write_set(tmp_path, [(existing, "what_is")])
    assert examples_from_sets([path]) == {}


def test_the_committed_examples_are_made_from_the_sets_as_they_are_now():
    assert main(["--check", str(OUTPUT)]) == 0


def test_no_example_is_a_message_of_a_set_the_classifier_is_not_trained_on():
    trained = {(ROOT / path).resolve() for path in sets_of(OUTPUT)}
    examples = {_key(text) for text in _texts_in(yaml.safe_load(OUTPUT.read_text(encoding="utf-8")))}
    held_out = [path for pattern in ("tests/blind/*.yml", "tests/nlu/*.yml", "tests/triage/*.yml")
                for path in ROOT.glob(pattern) if path.resolve() not in trained]
    assert any(path.name == "heldout.yml" for path in held_out) and any("blind" in str(path) for path in held_out)
    for path in held_out:
        shared = examples & {_key(text) for text in _texts_in(yaml.safe_load(path.read_text(encoding="utf-8")))}
        # a blind set's messages are never printed, not even by a failing test
        assert not shared, f"{path.name}: {len(shared)} message(s)" + ("" if "blind" in str(path) else f" {sorted(shared)[:3]}")
