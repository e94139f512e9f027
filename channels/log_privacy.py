"""Keep what runners wrote out of the logs when the tracker store fails.

Rasa logs a tracker store error with the database driver's message, and SQLAlchemy appends the
statement's parameters to it: for a failed save those are the stored events, including the
message text. Every log record of the Rasa process has that part replaced, whoever logs it.
"""
from __future__ import annotations

import logging
import re
from typing import Any

PARAMETERS = re.compile(r"\[parameters: .*?(?=\n\(Background on this error|\Z)", re.S)
HIDDEN = "[parameters hidden]"


def redact(text: str) -> str:
    return PARAMETERS.sub(HIDDEN, text) if "[parameters: " in text else text


def install() -> None:
    previous = logging.getLogRecordFactory()

    def record_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        return record

    logging.setLogRecordFactory(record_factory)
