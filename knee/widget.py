"""The web widget's look, from clinic.yml, as the props rasa-webchat takes.

The demo page fetches these from the page server (scripts/serve_web.py) on every load, so a
clinic rebrands its widget by editing clinic.yml, with no build step and no code change.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Mapping

from knee.content import CLINIC_FILE, CONTENT_DIR, ContentError, parse_clinic, read_yaml, text_field

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
# clinic.yml colour name -> rasa-webchat prop (the widget spells "Backgound" that way)
COLOUR_PROPS = {
    "header": "mainColor",
    "user_bubble": "userBackgroundColor",
    "user_text": "userTextColor",
    "assistant_bubble": "assistBackgoundColor",
    "assistant_text": "assistTextColor",
    "background": "conversationBackgroundColor",
}
TOPIC = "widget"


def load_widget_settings(directory: Path = CONTENT_DIR) -> Dict[str, Any]:
    """rasa-webchat props for this clinic; raise ContentError naming the field at fault."""
    data = read_yaml(directory, CLINIC_FILE)
    clinic = parse_clinic(data)
    widget = data.get(TOPIC)
    if not isinstance(widget, dict):
        raise ContentError(CLINIC_FILE, "needs a 'widget' mapping (subtitle, input_hint, colours)")
    props: Dict[str, Any] = {
        "title": clinic.name,
        "subtitle": text_field(CLINIC_FILE, widget, "subtitle", topic=TOPIC),
        "inputTextFieldHint": text_field(CLINIC_FILE, widget, "input_hint", topic=TOPIC),
    }
    props.update(_colour_props(widget.get("colours")))
    return props


def _colour_props(colours: Any) -> Dict[str, str]:
    if not isinstance(colours, Mapping):
        raise ContentError(CLINIC_FILE, "needs a mapping of colour names", topic=TOPIC, field="colours")
    unknown = sorted(set(colours) - set(COLOUR_PROPS))
    if unknown:
        raise ContentError(
            CLINIC_FILE, f"unknown colour {unknown[0]!r}; known: {', '.join(COLOUR_PROPS)}",
            topic=TOPIC, field=f"colours.{unknown[0]}",
        )
    props = {}
    for name, prop in COLOUR_PROPS.items():
        value = str(colours.get(name, ""))
        if not COLOUR.match(value):
            raise ContentError(
                CLINIC_FILE, f"must be a colour like #0f6b5c, not {value!r}",
                topic=TOPIC, field=f"colours.{name}",
            )
        props[prop] = value
    return props
