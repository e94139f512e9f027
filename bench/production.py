"""The production profile for the benchmark, as the deployment tests run it (tests/topology.py):
nginx in front of two replicas of two Rasa processes each, the action server, PostgreSQL (a fresh
database on the loopback server the tests use, tests/postgres.py) and Redis (the lock store, a
redis-server of the benchmark's own). The stock bot is served on the same stores.
"""
from __future__ import annotations

import secrets
import ssl
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List

from bench import machine
from bench.subjects import StockBot, _process, _redis_server, _wait_for_port
from tests.postgres import PG, run_sql
from tests.servers import free_port, rasa_run_command, wait_until
from tests.topology import running_nginx, running_replicas


@dataclass
class Stores:
    database: str
    redis_port: int

    def env(self) -> Dict[str, str]:
        """The variables deploy/endpoints.yml reads, for these stores."""
        return {"DB_HOST": PG["host"], "DB_PORT": str(PG["port"]), "DB_NAME": self.database,
                "DB_USER": PG["user"], "DB_PASSWORD": PG["password"], "REDIS_HOST": "127.0.0.1",
                "REDIS_PORT": str(self.redis_port), "REDIS_DB": "1"}

    def endpoints_for_stock(self) -> str:
        """The same stores for the stock bot: Rasa's SQL tracker store and Rasa's Redis lock store."""
        return (f"tracker_store:\n  type: SQL\n  dialect: postgresql\n  url: {PG['host']}\n"
                f"  port: {PG['port']}\n  db: {self.database}\n  username: {PG['user']}\n"
                f"  password: {PG['password']}\n"
                f"lock_store:\n  type: redis\n  url: 127.0.0.1\n  port: {self.redis_port}\n  db: 1\n")


@contextmanager
def fresh_stores(workdir: Path) -> Iterator[Stores]:
    """An empty PostgreSQL database and an empty Redis, dropped and stopped afterwards."""
    workdir.mkdir(parents=True, exist_ok=True)
    database = f"knee_bench_{uuid.uuid4().hex[:8]}"
    run_sql(f'CREATE DATABASE "{database}"')
    redis_port = free_port()
    try:
        with _process([_redis_server(), "--port", str(redis_port), "--bind", "127.0.0.1",
                       "--save", "", "--appendonly", "no"], workdir, {}, "redis.log") as (redis, _):
            _wait_for_port(redis_port, redis)
            yield Stores(database, redis_port)
    finally:
        run_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@dataclass
class Served:
    url: str
    rest_token: str
    ssl: "ssl.SSLContext | None" = None
    pids: "List[int] | None" = None


@contextmanager
def stock_on(stock: StockBot, stores: Stores) -> Iterator[Served]:
    """The trained stock bot, one Rasa process on loopback, on `stores`."""
    endpoints = stock.workdir / "endpoints-stores.yml"
    endpoints.write_text(stores.endpoints_for_stock(), encoding="utf-8")
    port, token = free_port(), secrets.token_urlsafe(24)
    command = rasa_run_command(stock.model, port, token, "--endpoints", str(endpoints))
    with _process(command, stock.workdir, {}, "rasa-stores.log") as (process, _):
        url = f"http://127.0.0.1:{port}"
        wait_until(f"{url}/status?token={token}", process, stock.workdir / "rasa-stores.log")
        yield Served(url, "", pids=[process.pid])


@contextmanager
def production_profile(model: Path, stores: Stores, workdir: Path, cache: bool = True) -> Iterator[Served]:
    """nginx → two replicas × two Rasa processes → the stores, with this assistant's `model`;
    `cache` False leaves out server/rasa_changes.py 5 to 7 (KNEE_TRACKER_CACHE=0)."""
    workdir.mkdir(parents=True, exist_ok=True)
    action_port = free_port()
    env = dict(stores.env(), RASA_AUTH_TOKEN=secrets.token_urlsafe(24),
               KNEE_REST_TOKEN=secrets.token_urlsafe(24), KNEE_MODEL=str(model),
               ACTION_SERVER_URL=f"http://127.0.0.1:{action_port}/webhook")
    if not cache:
        env["KNEE_TRACKER_CACHE"] = "0"
    (workdir / "nginx").mkdir()
    with running_replicas(workdir, env, action_port) as (_, replicas), running_nginx(
            workdir / "nginx", [server for replica in replicas for server in replica.servers]) as nginx:
        context = ssl.create_default_context(cafile=str(nginx.certificate))
        yield Served(nginx.origin, env["KNEE_REST_TOKEN"], context,
                     [replica.process.pid for replica in replicas])


def largest_process_mb(pids: List[int]) -> float:
    return max((mb for pid in pids for mb in machine.peak_rss_mb(pid).values()), default=0.0)
