"""The two assistants under test: how each is trained from scratch and served on loopback.

The stock bot is `rasa init`'s project with its default config (no action server, in-memory
stores), exactly as a user starting from Rasa would have it. This assistant runs as it is
deployed: its action server, two Sanic workers, and Redis for the lock store (required by more
than one worker) and the tracker store, started by the benchmark on a free port.
"""
from __future__ import annotations

import secrets
import shutil
import subprocess
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterator, List, Optional

import rasa.cli
import requests

from server.processes import running
from tests.servers import (
    ROOT,
    VENV_BIN,
    ActionServer,
    free_port,
    rasa_run_command,
    server_env,
    wait_until,
)

STOCK_TEMPLATE = Path(rasa.cli.__file__).parent / "initial_project"
START_TIMEOUT_S = 300
RASA_WORKERS = 2


@dataclass
class Running:
    url: str
    token: str
    rasa_pid: int
    startup_s: float
    action_pid: Optional[int] = None


@dataclass
class Subject:
    name: str
    workdir: Path
    model: Path = field(init=False)
    training_s: float = 0.0

    def __post_init__(self) -> None:
        self.model = self.workdir / "models" / "bench.tar.gz"

    def train(self) -> float:
        """Train from scratch (a fresh folder, so no cached components) and time it."""
        started = time.perf_counter()
        subprocess.run(
            [str(VENV_BIN / "python"), "-m", "server", "train", *self.train_args(), "--out", "models",
             "--fixed-model-name", "bench", "--quiet"],
            cwd=self.workdir, env=server_env(), check=True,
            stdout=(self.workdir / "train.log").open("w"), stderr=subprocess.STDOUT,
        )
        self.training_s = time.perf_counter() - started
        return self.training_s

    def train_args(self) -> List[str]:
        return []


class StockBot(Subject):
    def __init__(self, workdir: Path) -> None:
        shutil.copytree(STOCK_TEMPLATE, workdir, ignore=shutil.ignore_patterns("__pycache__"))
        super().__init__("stock rasa init", workdir)

    @contextmanager
    def serve(self) -> Iterator[Running]:
        port, token = free_port(), secrets.token_urlsafe(24)
        with _process(rasa_run_command(self.model, port, token), self.workdir, {},
                      "rasa.log") as (process, started):
            url = f"http://127.0.0.1:{port}"
            yield Running(url, token, process.pid, _first_answer(url, process, started, self.workdir / "rasa.log"))


class ThisAssistant(Subject):
    def __init__(self, workdir: Path) -> None:
        workdir.mkdir(parents=True)
        super().__init__("this assistant", workdir)

    def train_args(self) -> List[str]:
        return ["--config", str(ROOT / "config.yml"), "--domain", str(ROOT / "domain.yml"),
                "--data", str(ROOT / "data")]

    @contextmanager
    def serve(self) -> Iterator[Running]:
        redis_port, action_port, port = free_port(), free_port(), free_port()
        token = secrets.token_urlsafe(24)
        endpoints = self.workdir / "endpoints.yml"
        endpoints.write_text(
            f"action_endpoint:\n  url: http://127.0.0.1:{action_port}/webhook\n"
            "  enable_selective_domain: true\n"
            f"tracker_store:\n  type: redis\n  url: 127.0.0.1\n  port: {redis_port}\n  db: 0\n"
            f"lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: {redis_port}\n  db: 1\n",
            encoding="utf-8",
        )
        with ExitStack() as stack:
            redis = stack.enter_context(_process(
                [_redis_server(), "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "",
                 "--appendonly", "no"], self.workdir, {}, "redis.log"))[0]
            _wait_for_port(redis_port, redis)
            actions = ActionServer(action_port, None, self.workdir / "actions.log")
            stack.callback(actions.stop)
            actions.start()
            process, started = stack.enter_context(_process(
                rasa_run_command(self.model, port, token, "--credentials",
                                 str(ROOT / "credentials.yml"), "--endpoints", str(endpoints)),
                self.workdir, {"SANIC_WORKERS": str(RASA_WORKERS)}, "rasa.log"))
            actions.wait_ready()
            url = f"http://127.0.0.1:{port}"
            yield Running(url, token, process.pid,
                          _first_answer(url, process, started, self.workdir / "rasa.log"),
                          actions.process.pid if actions.process else None)


def _redis_server() -> str:
    found = shutil.which("redis-server")
    if not found:
        raise SystemExit("The benchmark runs this assistant with Redis: install redis-server "
                         "(Debian: apt-get install redis-server).")
    return found


@contextmanager
def _process(command: List[str], workdir: Path, env: Dict[str, str], log: str):
    started = time.perf_counter()
    with running(command, workdir / log, cwd=workdir, env=env) as process:
        yield process, started


def _wait_for_port(port: int, process: subprocess.Popen) -> None:
    import socket

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"redis-server did not start on port {port}")


def _first_answer(url: str, process: subprocess.Popen, started: float, log: Path) -> float:
    """Seconds from starting the server process to the first answer over REST."""
    wait_until(f"{url}/", process, log)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        try:
            response = requests.post(f"{url}/webhooks/rest/webhook",
                                     json={"sender": "bench-startup", "message": "hi"}, timeout=10)
            if response.status_code == 200 and response.json():
                return time.perf_counter() - started
        except (requests.RequestException, ValueError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} gave no answer within {START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")
