"""The compose deployment's inputs, checked without Docker (no engine on the development and CI
machines): the topology, health checks, pinned images, files the images copy, settings the .env
example must provide, nginx's configuration rendered from the one template with compose's
settings, and the page built without Python serving it. The same topology, nginx and template run
natively in tests/deploy/ (conftest.py, test_nginx.py, test_scale_out.py)."""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Dict, List

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]
VARIABLE = re.compile(r"\$\{(\w+)(:-[^}]*)?\}")
sys.path.insert(0, str(ROOT / "scripts"))

import build_web  # noqa: E402


def lock_pins() -> Dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
            pins[name.strip().lower()] = version.strip()
    return pins


def dockerfile(name: str) -> List[str]:
    return (DEPLOY / name).read_text(encoding="utf-8").splitlines()


def env_example() -> Dict[str, str]:
    lines = (DEPLOY / ".env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_the_topology_has_every_service_with_health_checks() -> None:
    assert set(SERVICES) == {"rasa-1", "rasa-2", "actions", "web-build", "nginx", "postgres",
                             "redis", "retention"}
    for name in set(SERVICES) - {"web-build", "retention"}:  # a one-shot step and a daily job
        assert "healthcheck" in SERVICES[name], name
    for replica in ("rasa-1", "rasa-2"):
        assert SERVICES[replica]["environment"]["KNEE_WORKERS"] == "2"
        assert "SANIC_WORKERS" not in SERVICES[replica]["environment"]
        assert set(SERVICES[replica]["depends_on"]) == {"postgres", "redis", "actions"}
    assert SERVICES["nginx"]["depends_on"] == {
        "web-build": {"condition": "service_completed_successfully"},
        "rasa-1": {"condition": "service_healthy"}, "rasa-2": {"condition": "service_healthy"}}


def test_nginx_reaches_every_rasa_process_and_nothing_else() -> None:
    servers = SERVICES["web-build"]["environment"]["KNEE_RASA_SERVERS"].split()
    workers = int(SERVICES["rasa-1"]["environment"]["KNEE_WORKERS"])
    assert servers == [f"{replica}:{5005 + index}" for replica in ("rasa-1", "rasa-2")
                       for index in range(workers)]
    assert all(port.split(":")[0] in ("80", "443") for port in
               (mapping.rsplit(":", 1)[1] for mapping in SERVICES["nginx"]["ports"]))
    assert not any("ports" in SERVICES[name] for name in set(SERVICES) - {"nginx"})


def test_every_setting_comes_from_the_env_example() -> None:
    example = env_example()
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    needed = {name for name, default in VARIABLE.findall(text) if not default}
    assert needed <= set(example), needed - set(example)
    endpoints = (DEPLOY / "endpoints.yml").read_text(encoding="utf-8")
    for name in ("rasa-1", "retention"):  # both read deploy/endpoints.yml, every variable of it
        assert {variable for variable, _ in VARIABLE.findall(endpoints)} <= set(SERVICES[name]["environment"])
    assert {"RASA_AUTH_TOKEN", "KNEE_REST_TOKEN"} <= set(SERVICES["rasa-1"]["environment"])


def test_the_env_example_holds_example_secrets_only() -> None:
    from server.secret_check import problem

    for name in ("POSTGRES_PASSWORD", "RASA_AUTH_TOKEN", "KNEE_REST_TOKEN"):
        assert problem(name, "", env_example()[name]), f"{name} would be accepted"


def test_retention_runs_daily_on_the_production_store() -> None:
    command = " ".join(SERVICES["retention"]["entrypoint"])
    assert "python -m ops.retention --endpoints deploy/endpoints.yml" in command
    assert "sleep 86400" in command
    assert SERVICES["retention"]["environment"]["KNEE_RETENTION_DAYS"] == "${KNEE_RETENTION_DAYS}"


def test_images_build_on_pinned_images_from_files_that_exist() -> None:
    bases = {"Dockerfile.rasa": {"rasa/rasa:3.6.21"}, "Dockerfile.actions": {"rasa/rasa-sdk:3.6.2"},
             "Dockerfile.page": {"node:20.18.1-slim", "python:3.10.16-slim-bookworm"}}
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
    for service in SERVICES.values():
        if "image" in service:
            assert re.fullmatch(r"[\w./-]+:\d+(\.\d+)+", service["image"]), service["image"]


def test_the_page_is_built_not_served_by_python() -> None:
    page = dockerfile("Dockerfile.page")
    assert not any("rasa/rasa" in line for line in page)
    assert page[-1] == 'ENTRYPOINT ["python", "scripts/build_web.py"]'
    assert SERVICES["web-build"]["restart"] == "no"
    assert "web:/srv/knee-web:ro" in SERVICES["nginx"]["volumes"]


def test_compose_settings_render_the_one_nginx_template(tmp_path: Path) -> None:
    """What web-build renders for compose: every placeholder filled, HTTPS only, the HTTP API
    absent (the test with a running nginx is tests/deploy/test_nginx.py)."""
    environment = dict(SERVICES["web-build"]["environment"])
    environment = {name: VARIABLE.sub(lambda match: env_example().get(match.group(1)) or
                                      (match.group(2) or ":-")[2:], value)
                   for name, value in environment.items()}
    conf = build_web.render(build_web.TEMPLATE.read_text(encoding="utf-8"),
                            build_web.nginx_settings(environment, Path("/srv/knee-web")))
    assert "${KNEE_" not in conf
    assert "listen 443 ssl;" in conf and "listen 80;" in conf
    assert "return 301 https://chat.clinic.example$request_uri;" in conf
    assert conf.count("server rasa-1:5006 max_fails=2 fail_timeout=5s;") == 2  # both upstreams
    assert "ssl_certificate /etc/nginx/tls/fullchain.pem;" in conf
    assert "wss://chat.clinic.example" in conf
    locations = re.findall(r"location\s+(\S+(?:\s\S+)?)\s*\{", conf)
    assert locations == ["/.well-known/acme-challenge/", "/", "/socket.io/", "/webhooks/",
                         "= /healthz", "/"]
