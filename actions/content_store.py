"""Keep the content in service while a clinician edits it.

Edits to `content/` take effect on the next message, with no restart or retraining. An edit that
breaks validation is logged and ignored: the last good content stays in service.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, Mapping, Optional, Tuple

from actions.checkin import Checkin, load_checkin
from actions.content import CONTENT_DIR, EDUCATION_TOPICS, Content, ContentError, load_content
from actions.triage_net import TriageNet, trained_nets
from actions.replies import Reply, build_replies
from actions.service_messages import load_apology
from actions.sign_matcher import SignMatcher
from actions.triage_rules import TriageContent, load_triage

logger = logging.getLogger(__name__)


class ContentStore:
    def __init__(
        self, directory: Path = CONTENT_DIR, nets: Optional[Mapping[str, TriageNet]] = None
    ) -> None:
        self.directory = directory
        self.nets = nets or trained_nets()
        self._stamp = self._read_stamp()
        self._load()

    def refresh(self) -> None:
        """Reload if any content file changed since the last load; keep the old one if invalid."""
        stamp = self._read_stamp()
        if stamp == self._stamp:
            return
        self._stamp = stamp
        try:
            self._load()
        except ContentError as error:
            logger.error("Content change rejected, previous content stays in service: %s", error)
            return
        logger.info("Content reloaded from %s", self.directory)

    def _load(self) -> None:
        content = load_content(self.directory)
        triage = load_triage(self.directory, set(EDUCATION_TOPICS))
        checkin = load_checkin(self.directory, triage.rules)
        replies = build_replies(content)
        load_apology(self.directory)  # sent by the Rasa server; validated with the rest
        matcher = SignMatcher(triage, self.nets)
        self.content: Content = content
        self.checkin: Checkin = checkin
        self.triage: TriageContent = triage
        self.replies: Dict[str, Reply] = replies
        self.matcher = matcher

    def _read_stamp(self) -> Tuple[Tuple[str, int, int], ...]:
        return tuple(
            (path.name, stat.st_mtime_ns, stat.st_size)
            for path in sorted(self.directory.glob("*.yml"))
            for stat in (path.stat(),)
        )
