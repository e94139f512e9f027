"""The Rasa server's triage: read a message, find its signs, decide its tier. Done once per
message, in the NLU pipeline (components/red_flag_detector.py); the reply is rendered from the
result by the action server, which never loads spaCy or the learned nets."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional

from knee.content import CONTENT_DIR
from knee.signs import SignMatcher
from knee.store import ContentStore
from knee.triage import Assessment, assess, found_signs
from knee.triage_net import TriageNet, trained_nets


class TriageDetector:
    """The rules in content/ (re-read when they change) and the learned nets."""

    def __init__(
        self, directory: Path = CONTENT_DIR, nets: Optional[Mapping[str, TriageNet]] = None
    ) -> None:
        self.store = ContentStore(directory)
        self.nets = nets if nets is not None else trained_nets()
        self._matcher_version = 0
        self.matcher = self._build_matcher()

    def _build_matcher(self) -> SignMatcher:
        self._matcher_version = self.store.version
        return SignMatcher(self.store.triage, self.nets)

    def refresh(self) -> None:
        self.store.refresh()
        if self.store.version != self._matcher_version:
            self.matcher = self._build_matcher()

    def assess(self, text: str) -> Assessment:
        return assess(self.matcher.find(text), self.store.triage)

    def parse_data(self, text: str) -> dict:
        """The message's Assessment, with every sign found, as the action server reads it."""
        findings = self.matcher.find(text)
        triage = self.store.triage
        return assess(findings, triage).as_parse_data(found_signs(findings, triage))
