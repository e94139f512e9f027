"""A content mistake stops the action server at start-up and says where it is."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from knee.content import CONTENT_DIR
from tests.servers import ROOT, action_server_command, free_port, server_env


def test_action_server_refuses_to_start_on_broken_content(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, content)
    education = content / "education.yml"
    education.write_text(
        education.read_text(encoding="utf-8").replace("title: What causes it", 'title: ""'),
        encoding="utf-8",
    )
    result = subprocess.run(
        action_server_command(free_port()),
        cwd=ROOT, env=dict(server_env(), KNEE_CONTENT_DIR=str(content)),
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "education.yml: topic 'causes', field 'title': must be non-empty text" in (
        result.stdout + result.stderr
    )
