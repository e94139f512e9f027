"""The PostgreSQL server the production-store tests use: on loopback with the `knee` role
(scripts/services.sh, run by .ci/run); KNEE_PG_HOST / KNEE_PG_PORT / KNEE_PG_USER /
KNEE_PG_PASSWORD point elsewhere."""
from __future__ import annotations

import os

import psycopg2
import pytest

PG = {
    "host": os.environ.get("KNEE_PG_HOST", "127.0.0.1"),
    "port": int(os.environ.get("KNEE_PG_PORT", "5432")),
    "user": os.environ.get("KNEE_PG_USER", "knee"),
    "password": os.environ.get("KNEE_PG_PASSWORD", "knee"),
}


def run_sql(statement: str, *parameters: object, database: str = "knee") -> None:
    """One statement outside a transaction (CREATE / DROP / ALTER DATABASE need that), in the
    `knee` database unless told otherwise."""
    connection = connect_admin(database)
    try:
        connection.cursor().execute(statement, parameters or None)
    finally:
        connection.close()


def connect_admin(database: str = "knee") -> "psycopg2.extensions.connection":
    """A connection to `database` in autocommit, or a failed test saying what to start."""
    try:
        connection = psycopg2.connect(dbname=database, connect_timeout=5, **PG)
    except psycopg2.OperationalError as error:
        pytest.fail(f"PostgreSQL is not reachable at {PG['host']}:{PG['port']} ({error}); "
                    "start it with scripts/services.sh (as root) or set KNEE_PG_*")
    connection.autocommit = True
    return connection
