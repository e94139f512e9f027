"""Delete one person's conversation on request (the sender id their channel gave them).

    python -m ops.forget --sender 5f2c...
"""
from __future__ import annotations

import argparse

from sqlalchemy import text
from sqlalchemy.engine import Engine

from ops.store import engine_from_env


def forget(engine: Engine, sender_id: str) -> int:
    """Delete every event of `sender_id`; return how many there were."""
    with engine.begin() as connection:
        return connection.execute(text("DELETE FROM events WHERE sender_id = :sender"),
                                  {"sender": sender_id}).rowcount


def main() -> None:
    parser = argparse.ArgumentParser(description="Delete one person's conversation.")
    parser.add_argument("--sender", required=True, help="the conversation's sender id")
    args = parser.parse_args()
    deleted = forget(engine_from_env(), args.sender)
    if deleted:
        print(f"Deleted that conversation ({deleted} events).")
    else:
        print("No conversation with that sender id; nothing deleted.")


if __name__ == "__main__":
    main()
