"""`python -m actions`: the action server, light (rasa_sdk only: no Rasa, spaCy or learned
models; it renders replies from content/ and from the triage the Rasa server decided).

Keeps idle connections from the Rasa server open for 60 s, longer than the Rasa server keeps
them (2 s, server/rasa_changes.py), so a kept connection is never closed under a request.

    python -m actions --port 5055
"""
from __future__ import annotations

import os
import sys

KEEP_ALIVE_TIMEOUT_S = "60"


def main() -> None:
    os.environ.setdefault("SANIC_KEEP_ALIVE_TIMEOUT", KEEP_ALIVE_TIMEOUT_S)
    from rasa_sdk.__main__ import main as sdk_main

    sys.argv = ["rasa_sdk", "--actions", "actions", *sys.argv[1:]]
    sdk_main()


if __name__ == "__main__":
    main()
