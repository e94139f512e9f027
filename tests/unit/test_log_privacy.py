"""A failed database write logged by Rasa does not carry the runner's words into the logs."""
from __future__ import annotations

import logging

import pytest
import sqlalchemy

import channels  # noqa: F401  (installs the redaction)

WORDS = "my knee is killing me after the marathon"


def test_a_failed_save_is_logged_without_the_message_text(caplog: pytest.LogCaptureFixture) -> None:
    engine = sqlalchemy.create_engine("sqlite://")
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("CREATE TABLE events (id INTEGER PRIMARY KEY, data TEXT NOT NULL)"))
    with pytest.raises(sqlalchemy.exc.IntegrityError) as failure:
        with engine.begin() as connection:
            connection.execute(sqlalchemy.text("INSERT INTO events (id, data) VALUES (1, :d), (1, :d)"),
                               {"d": f'{{"text": "{WORDS} ] [x]"}}'})
    assert WORDS in str(failure.value)  # SQLAlchemy puts the parameters in its message
    with caplog.at_level(logging.ERROR):
        logging.getLogger("rasa.core.tracker_store").error(f"Error happened: {failure.value}")
        logging.getLogger("rasa.core.tracker_store").error("Error happened: %s", str(failure.value))
    assert WORDS not in caplog.text
    assert "[parameters hidden]" in caplog.text and "UNIQUE constraint failed" in caplog.text
