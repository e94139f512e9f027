"""Shared fixtures: the project's real content, and copies of it that tests may break."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from actions.content import CONTENT_DIR, Content, load_content

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of content/ for tests that edit or break it."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target
