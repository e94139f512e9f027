"""Keep the content in service while a clinician edits it.

Edits to `content/` take effect on the next message, with no restart or retraining. An edit that
breaks validation is logged and ignored: the last good content stays in service. This store is
light (YAML only); the Rasa server's triage detector (knee/detector.py) builds its matcher on it.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, Tuple

from knee.checkin import Checkin, load_checkin
from knee.content import CONTENT_DIR, EDUCATION_TOPICS, Content, ContentError, load_content
from knee.replies import Reply, build_replies
from knee.service import load_apology
from knee.triage_rules import TriageContent, load_triage

logger = logging.getLogger(__name__)


class ContentStore:
    def __init__(self, directory: Path = CONTENT_DIR) -> None:
        self.directory = directory
        self.version = 0  # counts successful loads, so users of the store can rebuild their parts
        self._stamp = self._read_stamp()
        self._load()

    def refresh(self) -> bool:
        """Reload if any content file changed since the last load; keep the old one if invalid.
        True when new content went into service."""
        stamp = self._read_stamp()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        try:
            self._load()
        except ContentError as error:
            logger.error("Content change rejected, previous content stays in service: %s", error)
            return False
        logger.info("Content reloaded from %s", self.directory)
        return True

    def _load(self) -> None:
        content = load_content(self.directory)
        triage = load_triage(self.directory, set(EDUCATION_TOPICS))
        checkin = load_checkin(self.directory, triage.rules)
        replies = build_replies(content)
        load_apology(self.directory)  # sent by the Rasa server; validated with the rest
        self.content: Content = content
        self.checkin: Checkin = checkin
        self.triage: TriageContent = triage
        self.replies: Dict[str, Reply] = replies
        self.version += 1

    def _read_stamp(self) -> Tuple[Tuple[str, int, int], ...]:
        return tuple(
            (path.name, stat.st_mtime_ns, stat.st_size)
            for path in sorted(self.directory.glob("*.yml"))
            for stat in (path.stat(),)
        )
