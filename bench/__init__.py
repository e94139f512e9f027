"""make bench: this assistant measured against the stock rasa init bot (bench/bench.py)."""
