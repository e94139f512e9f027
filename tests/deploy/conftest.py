"""The production topology, natively, shared by the deployment tests (tests/topology.py):
PostgreSQL (tracker store), Redis (lock store), the action server, two Rasa replicas started by
their container entry point (two Rasa processes each, deploy/endpoints.yml) and Debian's nginx in
front with the configuration docker compose uses, serving the page statically over TLS with a
certificate made for the run.
"""
from __future__ import annotations

import secrets
import uuid
from pathlib import Path
from typing import Dict, Iterator

import pytest

from tests.postgres import PG, run_sql
from tests.servers import free_port
from tests.topology import MissingTool, Nginx, running_nginx, running_replicas

REDIS = {"host": "127.0.0.1", "port": "6379"}


@pytest.fixture(scope="package")
def topology(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, object]]:
    workdir = Path(tmp_path_factory.mktemp("topology"))
    database = f"knee_scale_{uuid.uuid4().hex[:8]}"
    run_sql(f'CREATE DATABASE "{database}"')
    action_port = free_port()
    env = {
        "RASA_AUTH_TOKEN": secrets.token_urlsafe(24),
        "KNEE_REST_TOKEN": secrets.token_urlsafe(24),
        "ACTION_SERVER_URL": f"http://127.0.0.1:{action_port}/webhook",
        "DB_HOST": PG["host"], "DB_PORT": str(PG["port"]), "DB_NAME": database,
        "DB_USER": PG["user"], "DB_PASSWORD": PG["password"],
        "REDIS_HOST": REDIS["host"], "REDIS_PORT": REDIS["port"], "REDIS_DB": "5",
    }
    try:
        with running_replicas(workdir, env, action_port) as (actions, replicas):
            yield {"actions": actions, "replicas": replicas, "workdir": workdir, "env": env}
    finally:
        run_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture(scope="package")
def nginx(topology: Dict[str, object], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nginx]:
    servers = [server for replica in topology["replicas"] for server in replica.servers]  # type: ignore[attr-defined]
    try:
        with running_nginx(Path(tmp_path_factory.mktemp("nginx")), servers) as running:
            yield running
    except MissingTool as missing:
        pytest.fail(str(missing))
