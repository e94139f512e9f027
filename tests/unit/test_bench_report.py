"""The benchmark's table states the figures, the ratios and which targets were met."""
from __future__ import annotations

from datetime import date

import pytest

from bench.load import LoadResult
from bench.report import BEGIN, END, Measured, render, replace_block


def _load(concurrency: int, seconds: float, latencies: list) -> LoadResult:
    return LoadResult(concurrency, requests=len(latencies), seconds=seconds, latencies_ms=latencies)


def _measured(name: str, speed: float, training_s: float) -> Measured:
    measured = Measured(name, training_s=training_s, startup_s=20.0, rasa_rss_mb={1: 900.0})
    measured.parse = _load(1, 1.0, [10.0 / speed] * 10)
    measured.rest = {c: _load(c, 10.0 / speed, [40.0 / speed] * 100) for c in (1, 8, 32)}
    return measured


def test_percentiles_come_from_the_measured_latencies() -> None:
    result = _load(1, 1.0, [float(ms) for ms in range(1, 101)])
    assert result.percentile(0.5) == 51.0 and result.percentile(0.99) == 99.0
    assert result.throughput == 100.0


def test_the_table_shows_ratios_and_marks_each_target() -> None:
    text = render(_measured("stock", 1.0, 100.0), _measured("ours", 5.0, 30.0), "CPU X", 2,
                  date(2026, 11, 26))
    assert "CPU X, 2 cores" in text and "2026-11-26" in text
    assert "| REST c=8, throughput | 10.0 msg/s | 50.0 msg/s | 5.00× |" in text
    assert "Throughput at c=8 at least 4× stock: 5.0× — met" in text
    assert "p95 at c=1 under 50 ms: 8.0 ms — met" in text
    slow = render(_measured("stock", 1.0, 100.0), _measured("ours", 2.0, 150.0), "CPU X", 2,
                  date(2026, 11, 26))
    assert "at least 4× stock: 2.0× — **not met**" in slow
    assert "under 2 minutes: 150 s — **not met**" in slow


def test_only_the_marked_block_is_replaced() -> None:
    text = f"intro\n{BEGIN}\nold table\n{END}\nprofile notes\n"
    assert replace_block(text, "new") == f"intro\n{BEGIN}\nnew\n{END}\nprofile notes\n"
    with pytest.raises(ValueError):
        replace_block("no markers", "new")


def test_the_production_table_compares_on_the_same_stores_and_marks_the_target() -> None:
    from bench.report import render_production

    stock = {c: _load(c, 10.0, [200.0] * 100) for c in (8, 32)}
    production = {c: _load(c, 10.0 / 3.5, [60.0] * 100) for c in (8, 32)}
    text = render_production(stock, production, 660.0, "CPU X", 2, date(2026, 11, 29))
    assert "| REST c=32, throughput | 10.0 msg/s | 35.0 msg/s | 3.50× |" in text
    assert "Throughput at c=8 at least 3× stock on the same stores: 3.5× — met" in text
    slow = render_production(stock, {c: _load(c, 5.0, [60.0] * 100) for c in (8, 32)}, 660.0,
                             "CPU X", 2, date(2026, 11, 29))
    assert "2.0× — **not met**" in slow


def test_the_turns_table_shows_growth_before_and_after() -> None:
    from bench.load import TurnCosts
    from bench.report import render_turns

    before = TurnCosts(4, 60, {1: [20.0] * 4, 20: [30.0] * 4, 60: [40.0] * 4})
    after = TurnCosts(4, 60, {1: [10.0] * 4, 20: [10.0] * 4, 60: [12.0] * 4})
    text = render_turns(before, after, 1.5)
    assert "| 60 | 40.0 / 40.0 ms | 12.0 / 12.0 ms |" in text
    assert "| turn 60 / turn 1 (p50) | 2.00× | 1.20× |" in text
    assert "at most 1.3× that of turn 1: 1.20× — met" in text
    assert "1.60× — **not met**" in render_turns(before, TurnCosts(4, 60, {1: [10.0], 60: [16.0]}), 1.5)
