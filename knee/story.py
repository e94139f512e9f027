"""Which knee and for how long: details a runner mentions, reflected back in the reply."""
from __future__ import annotations

import re
from typing import List

_SIDE = re.compile(r"\b(left|right|both)\s+(?:knee|knees|kneecap|kneecaps|leg|legs|side)\b", re.I)
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|couple of|few)"
_DURATION = re.compile(
    r"\b(?:for|since|past|last|about|over|nearly|almost)\s+(?:the\s+)?(?:about\s+|around\s+|nearly\s+|over\s+)?"
    rf"({_NUMBER}\s+(?:days?|weeks?|wks?|months?|years?|yrs?))\b"
    r"|\b(since\s+(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|christmas|last\s+\w+|the\s+\w+\s+marathon|my\s+last\s+race))\b",
    re.I,
)


def symptom_details(text: str) -> List[str]:
    """Short phrases such as "left knee" and "3 weeks", in the order a reply names them."""
    details = []
    side = _SIDE.search(text)
    if side:
        word = side.group(1).lower()
        details.append("both knees" if word == "both" else f"{word} knee")
    duration = _DURATION.search(text)
    if duration:
        details.append((duration.group(1) or duration.group(2)).lower())
    return details
