"""The topic classifier component: a long story does not drown the question it asks."""
from __future__ import annotations

from components.topic_classifier import TopicClassifier
from knee.text_classifier import TextClassifier

STORIES = [
    "my kneecap aches after long runs and on the stairs at work",
    "front of my knee has been sore for three weeks since I added hills",
    "ache round the kneecap when I sit through a film, fine once I move",
    "both knees grumble on descents since I upped my mileage",
]
RACE_QUESTIONS = [
    "should I still run the half marathon next week",
    "is it ok to race on sunday",
    "do I pull out of the race or start it",
    "marathon in ten days, should I still do it",
]


def test_a_long_story_that_asks_leans_towards_its_question() -> None:
    classifier = TextClassifier.fit(STORIES + RACE_QUESTIONS,
                                    ["describe_symptoms"] * len(STORIES) + ["ask_race_soon"] * len(RACE_QUESTIONS))
    component = TopicClassifier({**TopicClassifier.get_default_config()}, None, None, classifier)
    message = ("My kneecap has ached after every long run for three weeks and the stairs at work are sore "
               "since I added hills. Should I still race on sunday?")
    whole = classifier.probabilities(message)["ask_race_soon"]
    assert component.read(message)["ask_race_soon"] > whole
    # a message that only asks is read as it is
    assert component.read("should I still race on sunday") == classifier.probabilities("should I still race on sunday")


def test_each_of_several_questions_is_read_alone_and_a_single_question_is_not_split() -> None:
    from rasa.shared.nlu.training_data.message import Message

    from knee.topics import QUESTION_PARTS_KEY

    classifier = TextClassifier.fit(STORIES + RACE_QUESTIONS,
                                    ["describe_symptoms"] * len(STORIES) + ["ask_race_soon"] * len(RACE_QUESTIONS))
    component = TopicClassifier({**TopicClassifier.get_default_config()}, None, None, classifier)
    several = Message(data={"text": "1) why does my kneecap ache after long runs 2) should I still race on sunday"})
    single = Message(data={"text": "should I still race on sunday"})
    component.process([several, single])
    parts = several.get(QUESTION_PARTS_KEY)
    assert [part["text"] for part in parts] == ["why does my kneecap ache after long runs", "should I still race on sunday"]
    assert parts[1]["intent_ranking"][0]["name"] == "ask_race_soon"
    assert QUESTION_PARTS_KEY in several.as_dict(only_output_properties=True)
    assert single.get(QUESTION_PARTS_KEY) is None


def test_a_story_that_asks_also_carries_its_question_read_alone() -> None:
    from rasa.shared.nlu.training_data.message import Message

    from knee.topics import QUESTION_ALONE_KEY

    classifier = TextClassifier.fit(STORIES + RACE_QUESTIONS,
                                    ["describe_symptoms"] * len(STORIES) + ["ask_race_soon"] * len(RACE_QUESTIONS))
    component = TopicClassifier({**TopicClassifier.get_default_config()}, None, None, classifier)
    story = Message(data={"text": "My kneecap has ached after every long run for three weeks and the stairs at work "
                                  "are sore since I added hills. Should I still race on sunday?"})
    question = Message(data={"text": "should I still race on sunday"})
    component.process([story, question])
    alone = story.get(QUESTION_ALONE_KEY)
    assert alone[0]["name"] == "ask_race_soon"
    assert alone[0]["confidence"] == classifier.probabilities("Should I still race on sunday?")["ask_race_soon"]
    assert QUESTION_ALONE_KEY in story.as_dict(only_output_properties=True)
    assert question.get(QUESTION_ALONE_KEY) is None


def test_a_change_to_how_text_is_read_trains_the_classifier_again(tmp_path, monkeypatch) -> None:
    # Rasa reuses a cached component unless its fingerprint changes; the reading code is part of it
    from knee import text_classifier

    before = TopicClassifier.fingerprint_addon({})
    changed = tmp_path / "text_classifier.py"
    changed.write_text(open(text_classifier.__file__, encoding="utf-8").read() + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(text_classifier, "__file__", str(changed))
    assert TopicClassifier.fingerprint_addon({}) != before
