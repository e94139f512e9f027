"""The apology sent when the assistant cannot answer, read from content/service.yml.

The Rasa server sends it (channels/answered.py) when the action server is down or slow, so it
cannot come from the action server. It is re-read when service.yml or clinic.yml changes; an
invalid edit is logged and the last good text stays in service.
"""
from __future__ import annotations

import logging
from pathlib import Path
from dataclasses import dataclass
from typing import Optional, Tuple

from knee.content import (
    CLINIC_FILE, CONTENT_DIR, ContentError, check_placeholders, parse_clinic, read_yaml, text_field,
)

logger = logging.getLogger(__name__)

SERVICE_FILE = "service.yml"


@dataclass(frozen=True)
class ServiceTexts:
    unavailable: str  # the apology when the assistant cannot answer
    unreviewed: str  # said instead of an answer no clinician has signed off, if the clinic wishes
    asked_together: str  # added to the answer to one of several questions asked at once


def load_service_texts(directory: Path = CONTENT_DIR) -> ServiceTexts:
    """service.yml's texts with the clinic's details filled in; ContentError names what is wrong."""
    data = read_yaml(directory, SERVICE_FILE)
    values = parse_clinic(read_yaml(directory, CLINIC_FILE)).placeholders()
    texts = {}
    for name in ("unavailable", "unreviewed", "asked_together"):
        text = text_field(SERVICE_FILE, data, name)
        check_placeholders(SERVICE_FILE, name, text)
        texts[name] = "\n".join(" ".join(line.split()) for line in text.format(**values).splitlines())
    return ServiceTexts(**texts)


def load_apology(directory: Path = CONTENT_DIR) -> str:
    """The apology with the clinic's details filled in; ContentError names what is wrong."""
    return load_service_texts(directory).unavailable


class Apology:
    """The current apology text, reloaded when its files change."""

    def __init__(self, directory: Path = CONTENT_DIR) -> None:
        self.directory = directory
        self._stamp: Optional[Tuple[int, ...]] = None
        self._text = load_apology(directory)
        self._stamp = self._read_stamp()

    @property
    def text(self) -> str:
        stamp = self._read_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                self._text = load_apology(self.directory)
            except ContentError as error:
                logger.error("Content change rejected, previous apology stays in service: %s", error)
        return self._text

    def _read_stamp(self) -> Tuple[int, ...]:
        return tuple(
            (self.directory / name).stat().st_mtime_ns if (self.directory / name).exists() else 0
            for name in (SERVICE_FILE, CLINIC_FILE)
        )
