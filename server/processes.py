"""Starting the project's servers as processes on this machine: the commands, their environment,
a free port, waiting until one answers, and stopping it. Shared by `make chat`
(scripts/chat.py), the tests (tests/servers.py) and the benchmarks (bench/)."""
from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Mapping, Optional

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
START_TIMEOUT_S = 240
STOP_TIMEOUT_S = 20


# Servers listen below Linux's ephemeral range (32768-60999), which the kernel hands to outgoing
# connections: a port picked from that range can be taken by a client socket before the server binds
# it (seen under benchmark load).
SERVER_PORTS = range(20000, 32000)


def free_port() -> int:
    """A port no one listens on, outside the ephemeral range, free on every interface."""
    while True:
        port = random.choice(SERVER_PORTS)
        with socket.socket() as sock:
            try:
                sock.bind(("0.0.0.0", port))
            except OSError:
                continue
        return port


def server_env(extra: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    """The environment every server runs in: no telemetry, the project importable, `extra` added."""
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    env.update(extra or {})
    env["SQLALCHEMY_SILENCE_UBER_WARNING"] = "1"
    env["PYTHONPATH"] = str(ROOT)  # the Rasa server imports components/ from the project
    return env


def rasa_run_command(model: Path, port: int, token: str, *options: str) -> List[str]:
    """`rasa run` with the project's changes (`python -m server`) on loopback, the HTTP API behind
    `token` (none: no HTTP API); `options` add credentials, endpoints and so on."""
    api = ["--enable-api", f"--auth-token={token}"] if token else []
    return [PYTHON, "-m", "server", "run", "--model", str(model), "--port", str(port),
            "--interface", "127.0.0.1", *api, *options]


def action_server_command(port: int) -> List[str]:
    """The light action server (`python -m actions`, as make run starts it)."""
    return [PYTHON, "-m", "actions", "--port", str(port)]


def wait_until(url: str, process: subprocess.Popen, log: Path, timeout_s: float = START_TIMEOUT_S) -> None:
    """Until `url` answers 200; a RuntimeError with the end of `log` if the process exits or
    the time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(url, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout_s:.0f}s:\n{log.read_text()[-3000:]}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_TIMEOUT_S)


@contextmanager
def running(command: List[str], log: Path, cwd: Path = ROOT, env: Optional[Mapping[str, str]] = None,
            **options) -> Iterator[subprocess.Popen]:
    """`command` as a process writing to `log`, stopped when the block ends."""
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=cwd, env=server_env(env), stdout=output,
                                   stderr=subprocess.STDOUT, **options)
    try:
        yield process
    finally:
        stop(process)
