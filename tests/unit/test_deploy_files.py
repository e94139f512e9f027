"""The compose deployment's inputs, checked without Docker (no engine on the development and CI
machines): the topology, health checks, pinned official images, files the images copy, settings
the .env example must provide, and nginx keeping a widget session on one replica. The same
topology runs natively in tests/deploy/test_scale_out.py."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
VARIABLE = re.compile(r"\$\{(\w+)(:-[^}]*)?\}")


def lock_pins() -> Dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
            pins[name.strip().lower()] = version.strip()
    return pins


def dockerfile(name: str) -> List[str]:
    return (DEPLOY / name).read_text(encoding="utf-8").splitlines()


def test_the_topology_has_every_service_with_health_checks() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"rasa-1", "rasa-2", "actions", "page", "postgres", "redis", "nginx"}
    for name in set(services) - {"nginx"}:
        assert "healthcheck" in services[name], name
    for replica in ("rasa-1", "rasa-2"):
        environment = services[replica]["environment"]
        assert environment["SANIC_WORKERS"] == "2"
        assert set(services[replica]["depends_on"]) == {"postgres", "redis", "actions"}
    assert services["nginx"]["depends_on"].keys() == {"rasa-1", "rasa-2", "page"}


def test_every_setting_comes_from_the_env_example() -> None:
    example = {line.split("=", 1)[0] for line in (DEPLOY / ".env.example").read_text().splitlines()
               if "=" in line and not line.startswith("#")}
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    needed = {name for name, default in VARIABLE.findall(text) if not default}
    assert needed <= example, needed - example
    endpoints = (DEPLOY / "endpoints.yml").read_text(encoding="utf-8")
    rasa_env = set(COMPOSE["services"]["rasa-1"]["environment"])
    assert {name for name, _ in VARIABLE.findall(endpoints)} <= rasa_env


def test_images_build_on_the_pinned_official_images_from_files_that_exist() -> None:
    bases = {"Dockerfile.rasa": {"rasa/rasa:3.6.21"}, "Dockerfile.actions": {"rasa/rasa-sdk:3.6.2"},
             "Dockerfile.page": {"node:20-slim", "rasa/rasa:3.6.21"}}
    pins = lock_pins()
    for name, expected in bases.items():
        lines = dockerfile(name)
        assert {line.split()[1] for line in lines if line.startswith("FROM ")} == expected
        for line in lines:
            if line.startswith("COPY ") and "--from=" not in line:
                for source in line.split()[1:-1]:
                    if not source.startswith("--"):
                        assert (ROOT / source).exists(), f"{name}: {source}"
            for package, version in re.findall(r"([\w.-]+)==([\w.]+)", line):
                assert pins[package.lower()] == version, f"{name}: {package}"


def test_nginx_keeps_a_widget_session_on_one_replica() -> None:
    conf = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    upstream = conf.split("upstream rasa {", 1)[1].split("}", 1)[0]
    assert "ip_hash;" in upstream
    assert {"rasa-1:5005", "rasa-2:5005"} <= set(re.findall(r"server (\S+);", upstream))
    socketio = conf.split("location /socket.io/ {", 1)[1].split("}", 1)[0]
    assert "proxy_set_header Upgrade $http_upgrade;" in socketio
    assert 'proxy_set_header Connection "upgrade";' in socketio
