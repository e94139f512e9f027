"""Memory of the two servers `make run` starts, after real messages: the light action server
and the Rasa server, read from /proc (resident now, and the peak).

Starts both on loopback with a private SQLite store (as make run does), sends every message of
bench/conversations.py twice over REST, checks each got an answer, then prints the figures.

    python -m bench.memory        # make bench-memory
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Dict

from bench.conversations import CONVERSATIONS
from tests.servers import running_stack

ACTION_SERVER_LIMIT_MB = 250
BOTH_LIMIT_MB = 900


def memory_mb(pid: int) -> Dict[str, int]:
    """VmRSS (resident now) and VmHWM (the peak) of one process, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) // 1024
    return fields


def main() -> int:
    with tempfile.TemporaryDirectory() as folder, running_stack(Path(folder)) as stack:
        sent = 0
        for round_ in range(2):
            for number, conversation in enumerate(CONVERSATIONS):
                for text in conversation:
                    if not stack.send(f"memory-{round_}-{number}", text):
                        print(f"no answer to {text!r}")
                        return 1
                    sent += 1
        actions, rasa = memory_mb(stack.actions.process.pid), memory_mb(stack.rasa_pid)
    print(f"After {sent} messages in {2 * len(CONVERSATIONS)} conversations:")
    print(f"  action server: {actions['VmRSS']} MB resident, {actions['VmHWM']} MB peak (limit {ACTION_SERVER_LIMIT_MB} MB)")
    print(f"  Rasa server:   {rasa['VmRSS']} MB resident, {rasa['VmHWM']} MB peak")
    both = actions["VmHWM"] + rasa["VmHWM"]
    print(f"  both, peak:    {both} MB (limit {BOTH_LIMIT_MB} MB)")
    return 0 if actions["VmHWM"] <= ACTION_SERVER_LIMIT_MB and both <= BOTH_LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
