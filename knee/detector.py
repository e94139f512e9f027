"""The Rasa server's triage: read a message, find its signs, decide its tier. Done once per
message, in the NLU pipeline (components/red_flag_detector.py); the reply is rendered from the
result by the action server, which never loads spaCy or the learned nets."""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional

from knee.content import CONTENT_DIR
from knee.findings import FindingReader, Reading
from knee.store import ContentStore
from knee.triage import Assessment, evaluate
from knee.triage_net import TriageNet
from knee.triage_rules import has_finding


class TriageDetector:
    """The rules and words in content/ (re-read when they change) and the learned nets."""

    def __init__(self, directory: Path = CONTENT_DIR, nets: Optional[Mapping[str, TriageNet]] = None) -> None:
        self.store = ContentStore(directory)
        self.nets: Mapping[str, TriageNet] = nets or {}
        self._reader_version = 0
        self.reader = self._build_reader()

    def _build_reader(self) -> FindingReader:
        self._reader_version = self.store.version
        return FindingReader(self.store.vocabulary)

    def refresh(self) -> None:
        self.store.refresh()
        if self.store.version != self._reader_version:
            self.reader = self._build_reader()

    def read(self, text: str) -> Reading:
        """What the message says: the reader's findings, plus "reads_like_<tier>" for each net
        confident enough (its threshold is in content/triage.yml)."""
        reading = self.reader.read(text)
        learned = {
            f"reads_like_{tier}"
            for tier, net in self.nets.items()
            if net.probability(text) >= self.store.triage.learned_thresholds.get(tier, 1.0)
        }
        return Reading(reading.findings | learned, reading.child, reading.personal) if learned else reading

    def assess(self, text: str) -> Assessment:
        reading = self.read(text)
        return evaluate(self.store.triage.rules.values(), lambda name: has_finding(reading.findings, name),
                        reading.child, reading.personal, reading.findings)
