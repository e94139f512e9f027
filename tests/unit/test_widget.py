"""The widget's look comes from clinic.yml, and a mistake there names the field."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knee.content import CONTENT_DIR, ContentError
from knee.contrast import contrast_ratio
from knee.widget import load_widget_settings


def edit_widget(content_dir: Path, **changes) -> None:
    path = content_dir / "clinic.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["widget"].update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_title_is_the_clinic_name_and_colours_are_widget_props(content_copy: Path) -> None:
    settings = load_widget_settings(content_copy)
    assert settings["title"] == "Riverside Running Physio"
    assert settings["mainColor"] == "#0f6b5c"
    assert settings["assistBackgoundColor"] == "#eef4f2"


def test_renamed_clinic_renames_the_widget(content_copy: Path) -> None:
    path = content_copy / "clinic.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("Riverside Running Physio", "Hill Physio"),
                    encoding="utf-8")
    assert load_widget_settings(content_copy)["title"] == "Hill Physio"


def test_bad_colour_names_file_topic_and_field(content_copy: Path) -> None:
    edit_widget(content_copy, colours={"header": "green", "user_bubble": "#0f6b5c", "user_text": "#ffffff",
                                       "assistant_bubble": "#eef4f2", "assistant_text": "#17302b",
                                       "background": "#ffffff"})
    with pytest.raises(ContentError, match=r"clinic.yml: topic 'widget', field 'colours.header'"):
        load_widget_settings(content_copy)


def test_missing_subtitle_is_reported(content_copy: Path) -> None:
    edit_widget(content_copy, subtitle="")
    with pytest.raises(ContentError, match="field 'subtitle'"):
        load_widget_settings(content_copy)


COLOURS = {"header": "#0f6b5c", "user_bubble": "#0f6b5c", "user_text": "#ffffff",
           "assistant_bubble": "#eef4f2", "assistant_text": "#17302b", "background": "#ffffff"}


def test_labels_locale_and_emergency_number_reach_the_page(content_copy: Path) -> None:
    settings = load_widget_settings(content_copy)
    clinic = yaml.safe_load((content_copy / "clinic.yml").read_text(encoding="utf-8"))
    assert settings["inputLabel"] == clinic["widget"]["input_label"]
    assert settings["sendLabel"] == clinic["widget"]["send_label"]
    assert settings["locale"] == "en-GB"
    assert settings["emergencyNumber"] == "999"


def test_missing_input_label_is_reported(content_copy: Path) -> None:
    edit_widget(content_copy, input_label=" ")
    with pytest.raises(ContentError, match=r"clinic.yml: topic 'widget', field 'input_label': must be non-empty"):
        load_widget_settings(content_copy)


@pytest.mark.parametrize("changes, message", [
    ({"assistant_text": "#999999", "assistant_bubble": "#ffffff"},
     "assistant_text #999999 on assistant_bubble #ffffff is 2.8:1; WCAG AA needs at least 4.5:1"),
    ({"user_text": "#ffffff", "user_bubble": "#3aa58f"},
     "user_text #ffffff on user_bubble #3aa58f is 3.0:1; WCAG AA needs at least 4.5:1"),
    ({"header": "#7fc8b9"},
     "header text (always white) #ffffff on header #7fc8b9 is 1.9:1; WCAG AA needs at least 4.5:1"),
    # 4.48:1 is not rounded up to a pass, nor shown as 4.5:1
    ({"assistant_text": "#777777", "assistant_bubble": "#ffffff"},
     "assistant_text #777777 on assistant_bubble #ffffff is 4.4:1"),
])
def test_hard_to_read_colours_are_refused_naming_the_pair_and_ratio(content_copy: Path, changes, message) -> None:
    edit_widget(content_copy, colours=dict(COLOURS, **changes))
    with pytest.raises(ContentError) as error:
        load_widget_settings(content_copy)
    assert str(error.value).startswith("clinic.yml: topic 'widget', field 'colours': ")
    assert message in str(error.value)


def test_colours_at_the_aa_threshold_pass(content_copy: Path) -> None:
    # #767676 on white is 4.54:1, the lightest grey that passes; black on white is 21:1
    edit_widget(content_copy, colours=dict(COLOURS, assistant_text="#767676", assistant_bubble="#ffffff",
                                           user_text="#000000", user_bubble="#ffffff"))
    assert load_widget_settings(content_copy)["assistTextColor"] == "#767676"


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffffff", "#767676") == contrast_ratio("#767676", "#ffffff")


def test_locale_must_be_a_language_tag(content_copy: Path) -> None:
    path = content_copy / "clinic.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("locale: en-GB", "locale: English (UK)"),
                    encoding="utf-8")
    with pytest.raises(ContentError, match=r"topic 'clinic', field 'locale': must be a language tag"):
        load_widget_settings(content_copy)


def test_emergency_advice_says_call_the_emergency_number_in_its_first_sentence() -> None:
    # web/widget.js announces a reply at once when its first sentence says "call <emergency
    # number>" (docs/accessibility.md); rewording triage.yml's emergency advice must keep that.
    text = yaml.safe_load((CONTENT_DIR / "triage.yml").read_text(encoding="utf-8"))["tiers"]["emergency"]["text"]
    first_sentence = text.split(". ")[0]
    assert "call {emergency_number}" in first_sentence.lower()
