"""Delete conversations with no activity for more than N days (--days, or the clinic's
setting KNEE_RETENTION_DAYS in the environment).

    python -m ops.retention --days 90
"""
from __future__ import annotations

import argparse
import os
import time

from sqlalchemy import text
from sqlalchemy.engine import Engine

from ops.store import SECONDS_PER_DAY, engine_from_env


def delete_inactive(engine: Engine, days: int, now: float) -> int:
    """Delete every conversation whose last event is older than `days`; return how many."""
    cutoff = now - days * SECONDS_PER_DAY
    with engine.begin() as connection:
        senders = [row[0] for row in connection.execute(
            text("SELECT sender_id FROM events GROUP BY sender_id HAVING max(timestamp) < :cutoff"),
            {"cutoff": cutoff},
        )]
        if senders:
            connection.execute(text("DELETE FROM events WHERE sender_id = ANY(:senders)"),
                               {"senders": senders})
    return len(senders)


def main() -> None:
    parser = argparse.ArgumentParser(description="Delete conversations older than N days.")
    setting = os.environ.get("KNEE_RETENTION_DAYS")
    parser.add_argument("--days", type=int, default=int(setting) if setting else None,
                        required=not setting, help="keep conversations active within (days)")
    args = parser.parse_args()
    if args.days < 1:
        parser.error("--days must be at least 1")
    deleted = delete_inactive(engine_from_env(), args.days, time.time())
    print(f"Deleted {deleted} conversation(s) with no activity in the last {args.days} days.")


if __name__ == "__main__":
    main()
