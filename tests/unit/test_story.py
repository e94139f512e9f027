from __future__ import annotations

import pytest

from knee.story import symptom_details


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my left knee has ached for 3 weeks", ["left knee", "3 weeks"]),
        ("both knees sore since March", ["both knees", "since march"]),
        ("right kneecap niggle the past couple of months", ["right knee", "couple of months"]),
        ("pain for about a week", ["a week"]),
        ("my knee hurts", []),
    ],
)
def test_side_and_duration_are_found(text: str, expected: list) -> None:
    assert symptom_details(text) == expected
