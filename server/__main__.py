"""`python -m server <rasa arguments>`: Rasa's command line with this project's changes to Rasa
installed first. `make run`, `make chat`, training, the tests and the containers all start Rasa
this way, so every entry point runs with the same changes (server/rasa_changes.py). A server
(`run`) first checks its secrets (server/secret_check.py) and refuses to start with an empty,
short or example one, naming it.

    python -m server run --model models/knee.tar.gz --enable-api ...
    python -m server train --fixed-model-name knee
"""
from __future__ import annotations

import os
import sys

from server import secret_check


def main() -> None:
    arguments = sys.argv[1:]
    if arguments[:1] == ["run"] and arguments[1:2] != ["actions"]:
        if secret_check.main(arguments[1:], os.environ):
            sys.exit(2)
    from server.rasa_changes import install

    install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *arguments]
    rasa_main()


if __name__ == "__main__":
    main()
