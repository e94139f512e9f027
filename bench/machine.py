"""What the benchmark ran on, and how much memory a server's processes hold."""
from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Dict, List


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def cores() -> int:
    return len(os.sched_getaffinity(0))


def _status(pid: int) -> Dict[str, str]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def process_tree(pid: int) -> List[int]:
    """`pid` and all its descendants (Sanic forks its workers from the main process)."""
    children: Dict[int, List[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int(_status(int(entry.name)).get("PPid", "0"))
            except (OSError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending.extend(children.get(current, []))
    return tree


def peak_rss_mb(pid: int) -> Dict[int, float]:
    """Peak resident memory (VmHWM) of each process in the tree, in MB."""
    peaks = {}
    for member in process_tree(pid):
        try:
            peaks[member] = int(_status(member)["VmHWM"].split()[0]) / 1024
        except (OSError, KeyError, ValueError):
            continue
    return peaks
