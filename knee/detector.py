"""The Rasa server's triage: read a message, find its signs, decide its tier. Done once per
message, in the NLU pipeline (components/red_flag_detector.py); the reply is rendered from the
result by the action server, which never loads spaCy or the learned nets."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Mapping, Optional

from knee.content import CONTENT_DIR
from knee.findings import FindingReader, Reading
from knee.language import is_english
from knee.store import ContentStore
from knee.triage import Assessment, doubted, evaluate
from knee.triage_net import TriageNet
from knee.triage_rules import has_finding
from knee.vocabulary import LEARNED_FINDING

_WORD = re.compile(r"[a-z]{2,}")


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

    def _read(self, text: str, probabilities: Mapping[str, float]) -> Reading:
        """What the message says: the reader's findings, plus "reads_like_<tier>" for each net
        confident enough (its threshold is in content/triage.yml)."""
        reading = self.reader.read(text)
        # (keyboard mash, with no word in it, reads like nothing: "ghhhjj,,,m n")
        if not any(is_english(word) for word in _WORD.findall(text.lower())):
            return reading
        thresholds = self.store.triage.learned_thresholds
        learned = {LEARNED_FINDING.format(tier=tier) for tier, p in probabilities.items() if p >= thresholds.get(tier, 1.0)}
        return Reading(reading.findings | learned, reading.child, reading.personal) if learned else reading

    def probabilities(self, text: str) -> Dict[str, float]:
        """How much the message reads like the labelled messages of each tier, per learned net."""
        return {tier: net.probability(text) for tier, net in self.nets.items()}

    def assess(self, text: str) -> Assessment:
        probabilities = self.probabilities(text)
        reading = self._read(text, probabilities)
        rules = self.store.triage.rules
        assessment = evaluate(rules.values(), lambda name: has_finding(reading.findings, name),
                              reading.child, reading.personal, reading.findings)
        # a second opinion: every net reads it as ordinary, so the rule's sign is asked about
        doubt = self.store.triage.learned_doubt_below
        if assessment.escalates and probabilities and doubt is not None and max(probabilities.values()) < doubt:
            return doubted(assessment, rules)
        return assessment
