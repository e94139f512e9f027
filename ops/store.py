"""The production tracker store (PostgreSQL, Rasa's `events` table), from the same environment
variables as deploy/endpoints.yml."""
from __future__ import annotations

import os
from typing import Mapping

import sqlalchemy
from sqlalchemy.engine import Engine

DB_VARIABLES = ("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER", "DB_PASSWORD")
SECONDS_PER_DAY = 86400


def engine_from_env(env: Mapping[str, str] = os.environ) -> Engine:
    missing = [name for name in DB_VARIABLES if name not in env]
    if missing:
        raise SystemExit(f"Set {', '.join(missing)}: the tracker store's settings, as for "
                         "deploy/endpoints.yml.")
    url = sqlalchemy.engine.URL.create(
        "postgresql", username=env["DB_USER"], password=env["DB_PASSWORD"], host=env["DB_HOST"],
        port=int(env["DB_PORT"]), database=env["DB_NAME"],
    )
    return sqlalchemy.create_engine(url)
