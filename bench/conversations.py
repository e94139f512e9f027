"""The messages the benchmark sends: what runners ask, in the order they ask it.

Topic questions, follow-ups that lean on the previous topic, symptom stories and red-flag
messages, in the proportions a clinic's chat sees (mostly questions, some stories, a few
emergencies). The stock bot gets the same texts, so both parse the same words.
"""
from __future__ import annotations

from typing import List

CONVERSATIONS: List[List[str]] = [
    [
        "hi",
        "what is runner's knee?",
        "what causes it?",
        "tell me more about the hip part",
        "how is it treated",
        "thanks",
    ],
    [
        "hello there",
        "my knee aches at the front after long runs since I upped my mileage",
        "why won't rest fix it",
        "how does physio help",
        "when should I get it checked",
        "bye",
    ],
    [
        "hey, quick question",
        "pain around my kneecap going down stairs and downhill, started 3 weeks ago",
        "can I keep running?",
        "what exercises should I do",
        "ok thanks",
    ],
    [
        "hi",
        "I fell on my knee during a trail race and now I can't put any weight on it",
        "what should I do",
    ],
    [
        "good morning",
        "what are the symptoms of patellofemoral pain",
        "is it serious?",
        "how long does recovery take",
        "my calf is swollen and hot since my long flight yesterday",
    ],
    [
        "hello",
        "how do I prevent runner's knee",
        "do shoes matter",
        "my knee hurts on the outside when I run",
        "thank you",
    ],
]
