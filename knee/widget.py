"""The web widget's look and words, from clinic.yml, as the settings the demo page hands to
rasa-webchat and to its accessibility layer (web/widget.js).

The demo page fetches these from the page server (scripts/serve_web.py) on every load, so a
clinic rebrands its widget by editing clinic.yml, with no build step and no code change.
Colours whose text would be hard to read (WCAG 2.1 AA, 4.5:1) are refused like any other
content mistake.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Dict, Mapping

from knee.content import CLINIC_FILE, CONTENT_DIR, ContentError, parse_clinic, read_yaml, text_field
from knee.contrast import AA_TEXT, contrast_ratio, shown

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  # BCP 47, e.g. en-GB
# clinic.yml colour name -> rasa-webchat prop (the widget spells "Backgound" that way)
COLOUR_PROPS = {
    "header": "mainColor",
    "user_bubble": "userBackgroundColor",
    "user_text": "userTextColor",
    "assistant_bubble": "assistBackgoundColor",
    "assistant_text": "assistTextColor",
    "background": "conversationBackgroundColor",
}
# rasa-webchat draws the header's title, subtitle and close icon, and the launcher's icon, in
# white; only the header colour is the clinic's to choose.
FIXED_COLOURS = {"header text (always white)": "#ffffff"}
# Text shown on a background: (text, background). Quick replies use the user's colours.
TEXT_PAIRS = (("user_text", "user_bubble"), ("assistant_text", "assistant_bubble"),
              ("header text (always white)", "header"))
# clinic.yml widget field -> setting: what a screen reader says for the controls, which show icons.
LABELS = {
    "input_label": "inputLabel",
    "send_label": "sendLabel",
    "open_label": "openLabel",
    "close_label": "closeLabel",
    "conversation_label": "conversationLabel",
}
TOPIC = "widget"


def load_widget_settings(directory: Path = CONTENT_DIR) -> Dict[str, Any]:
    """rasa-webchat props and the widget's accessible names for this clinic; raise
    ContentError naming the field at fault."""
    data = read_yaml(directory, CLINIC_FILE)
    clinic = parse_clinic(data)
    if not LANGUAGE_TAG.match(clinic.locale):
        raise ContentError(CLINIC_FILE, f"must be a language tag like en-GB, not {clinic.locale!r}",
                           topic="clinic", field="locale")
    widget = data.get(TOPIC)
    if not isinstance(widget, dict):
        raise ContentError(CLINIC_FILE, "needs a 'widget' mapping (subtitle, input_hint, labels, colours)")
    props: Dict[str, Any] = {
        "title": clinic.name,
        "subtitle": text_field(CLINIC_FILE, widget, "subtitle", topic=TOPIC),
        "inputTextFieldHint": text_field(CLINIC_FILE, widget, "input_hint", topic=TOPIC),
        "locale": clinic.locale,
        # web/widget.js announces a reply whose first sentence says "call <this>" at once.
        "emergencyNumber": clinic.emergency_number,
    }
    props.update({setting: text_field(CLINIC_FILE, widget, name, topic=TOPIC) for name, setting in LABELS.items()})
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
    known = dict(colours, **FIXED_COLOURS)
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(known[text], known[background])
        if ratio < AA_TEXT:
            raise ContentError(
                CLINIC_FILE,
                f"{text} {known[text]} on {background} {known[background]} is {shown(ratio)}; "
                f"WCAG AA needs at least {AA_TEXT}:1",
                topic=TOPIC, field="colours",
            )
    return props
