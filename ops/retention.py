"""Delete conversations with no activity for more than N days (--days, or the clinic's
setting KNEE_RETENTION_DAYS in the environment), in the tracker store the endpoints file names.

    python -m ops.retention --days 90                                   # make run's SQLite store
    python -m ops.retention --endpoints deploy/endpoints.yml            # production (DB_* set)

Scheduled once a day in production (docker compose's retention service, the Kubernetes CronJob).
"""
from __future__ import annotations

import argparse
import os
import time

from ops.store import SECONDS_PER_DAY, TrackerStore, add_endpoints_option, open_store


def delete_inactive(store: TrackerStore, days: int, now: float) -> int:
    """Delete every conversation whose last event is older than `days`; return how many."""
    senders = store.inactive_senders(now - days * SECONDS_PER_DAY)
    store.delete(senders)
    return len(senders)


def main() -> None:
    parser = argparse.ArgumentParser(description="Delete conversations older than N days.")
    setting = os.environ.get("KNEE_RETENTION_DAYS")
    if setting is not None and not setting.strip().isdigit():
        parser.error(f"KNEE_RETENTION_DAYS must be a whole number of days, not {setting!r}")
    parser.add_argument("--days", type=int, default=int(setting) if setting else None,
                        required=not setting, help="keep conversations active within (days)")
    add_endpoints_option(parser)
    args = parser.parse_args()
    if args.days < 1:
        parser.error("--days must be at least 1")
    deleted = delete_inactive(open_store(args.endpoints), args.days, time.time())
    print(f"Deleted {deleted} conversation(s) with no activity in the last {args.days} days.")


if __name__ == "__main__":
    main()
