"""`python -m server <rasa arguments>`: Rasa's command line with this project's changes to Rasa
installed first. `make run`, `make chat`, training, the tests and the containers all start Rasa
this way, so every entry point runs with the same changes (server/rasa_changes.py).

    python -m server run --model models/knee.tar.gz --enable-api ...
    python -m server train --fixed-model-name knee
"""
from __future__ import annotations

import sys

from server.rasa_changes import install


def main() -> None:
    install()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *sys.argv[1:]]
    rasa_main()


if __name__ == "__main__":
    main()
