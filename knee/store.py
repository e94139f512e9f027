"""Keep the content in service while a clinician edits it.

Edits to `content/` take effect on the next message, with no restart or retraining. An edit that
breaks validation is logged and ignored: the last good content stays in service. This store is
light (YAML only); the Rasa server's triage detector (knee/detector.py) builds its matcher on it.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Dict, Tuple

from knee.checkin import Checkin, load_checkin
from knee.content import ANSWER_TOPICS, CONTENT_DIR, Content, ContentError, load_content
from knee.groups import GroupTexts, load_group_texts
from knee.replies import Reply, build_replies
from knee.service import ServiceTexts, load_service_texts
from knee.triage_rules import TriageContent, load_triage
from knee.vocabulary import Vocabulary, load_vocabulary

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
        vocabulary = load_vocabulary(self.directory)
        triage = load_triage(self.directory, set(ANSWER_TOPICS), vocabulary.names())
        checkin = load_checkin(self.directory, vocabulary.names())
        replies = build_replies(content)
        service = load_service_texts(self.directory)  # the apology is sent by the Rasa server
        groups = load_group_texts(self.directory)
        self.content: Content = content
        self.checkin: Checkin = checkin
        self.triage: TriageContent = triage
        self.vocabulary: Vocabulary = vocabulary
        self.service: ServiceTexts = service
        self.replies: Dict[str, Reply] = replies
        self.groups: GroupTexts = groups
        self.version += 1

    def _read_stamp(self) -> Tuple[Tuple[str, int, int], ...]:
        """Each content file's name, time of change and size (read on every message)."""
        with os.scandir(self.directory) as entries:
            return tuple(sorted(
                (entry.name, stat.st_mtime_ns, stat.st_size)
                for entry in entries if entry.name.endswith(".yml") and not entry.name.startswith(".")
                for stat in (entry.stat(),)
            ))
