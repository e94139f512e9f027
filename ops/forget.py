"""Delete one person's conversation on request (the sender id their channel gave them), in the
tracker store the endpoints file names.

    python -m ops.forget --sender 5f2c... [--endpoints deploy/endpoints.yml]
"""
from __future__ import annotations

import argparse

from ops.store import TrackerStore, add_endpoints_option, open_store


def forget(store: TrackerStore, sender_id: str) -> int:
    """Delete every event of `sender_id`; return how many there were."""
    return store.delete([sender_id])


def main() -> None:
    parser = argparse.ArgumentParser(description="Delete one person's conversation.")
    parser.add_argument("--sender", required=True, help="the conversation's sender id")
    add_endpoints_option(parser)
    args = parser.parse_args()
    deleted = forget(open_store(args.endpoints), args.sender)
    if deleted:
        print(f"Deleted that conversation ({deleted} events).")
    else:
        print("No conversation with that sender id; nothing deleted.")


if __name__ == "__main__":
    main()
