"""Named parts of a topic are found whether the classifier tagged them or only the word list did."""
from __future__ import annotations

import pytest

from knee.aspects import aspects_in_text, message_aspects
from knee.content import Content


@pytest.mark.parametrize(
    "text, expected",
    [
        ("is it my glutes?", ["hip"]),
        ("what does the mobility step involve", ["mobility"]),
        ("and the tiredness bit?", ["fatigue"]),
        ("i have tight hips", ["mobility", "hip"]),
        ("how do I get back to running", ["return_to_running"]),
        ("tell me more", []),
        ("whipped cream", []),
        # "MRT" is the German for an MRI, and Singapore's trains
        ("Must I make an MRT to be sure?", ["scans"]),
        ("ok meet at mrt 7pm can", []),
        ("carbon plates?", ["shoes"]),
        # sitting is sitting still, not sitting a season out (whether to keep running) or a wall sit
        ("why does it ache when i sit through a film", ["sitting", "other_names"]),
        ("how long can you sit before it matters", ["sitting"]),
        ("should he sit out practice", ["running_with_pain"]),
        ("the ones already sore, do they sit out sessions or what", ["running_with_pain"]),
        ("should i be sitting it out", []),
        ("sitting on the fence about physio", []),
        ("sitting it out made no difference, still sore after sitting at my desk", ["sitting"]),
        ("wall sit ok?", ["exercise_types"]),
        # worn out, said as "wrecked"; a knee that is "wrecked" is not tiredness
        ("I'm wrecked and my form goes to pot near the end", ["fatigue", "movement"]),
        ("i wrecked my knee", []),
        # how often they run is no exercise dose; how often to do the exercises is
        ("I'm 35 and was running 4 times a week before it got bad", []),
        ("how many times a week should I do them", ["dosage"]),
        # how deep or shallow a squat goes
        ("how shallow are we talking", ["exercise_types"]),
        ("how low do i go tho", ["exercise_types"]),
        # sets by reps are an exercise's dose; intervals are not
        ("an app with 3x15 of everything every single day", ["dosage"]),
        ("3 x 10 each leg, is that enough", ["dosage"]),
        ("did 5x1k on the track", []),
        ("2x20 min tempo on thursdays", []),
        ("4 x 15 hill sprints on tuesday", ["training_load"]),
        ("6x30 strides after the easy run", []),
    ],
)
def test_word_list_finds_aspects_in_order(content: Content, text: str, expected: list) -> None:
    assert aspects_in_text(text, content.aspect_words) == expected


def test_classifier_entities_come_first_and_are_not_repeated(content: Content) -> None:
    entities = [{"entity": "aspect", "value": "quads"}, {"entity": "aspect", "value": "thigh bits"}]
    assert message_aspects(entities, "my thigh muscles and glutes", content.aspect_words) == [
        "quads",
        "hip",
    ]
