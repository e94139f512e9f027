"""The widget's look comes from clinic.yml, and a mistake there names the field."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knee.content import ContentError
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
