"""The follow-up probe: bad input gets a clear message before any model is loaded."""
from __future__ import annotations

import io

import pytest

from scripts import probe_follow_ups


def test_no_follow_ups_is_a_clear_error_not_a_silent_run(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n  \n"))
    with pytest.raises(SystemExit) as stopped:
        probe_follow_ups.main([])
    assert stopped.value.code == 2
    assert "give follow-ups as arguments or one per line on stdin" in capsys.readouterr().err
