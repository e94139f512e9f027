"""The production topology as processes on this machine, for the deployment tests
(tests/deploy/conftest.py) and the benchmark (bench/production.py): Rasa replicas started by
their container entry point (deploy/rasa-entrypoint.sh), and Debian's nginx in front with the
configuration docker compose uses (deploy/nginx/knee.conf.template rendered by
scripts/build_web.py), serving the page statically over TLS with a certificate made for the run.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Sequence

import requests

from tests.servers import ROOT, VENV_BIN, ActionServer, free_port, server_env, wait_until

WORKERS = 2  # Rasa processes per replica, as compose runs them


def free_ports(count: int) -> int:
    """The first of `count` consecutive free loopback ports."""
    while True:
        first = free_port()
        try:
            for port in range(first + 1, first + count):
                with socket.socket() as sock:
                    sock.bind(("0.0.0.0", port))
            return first
        except OSError:
            continue


class MissingTool(RuntimeError):
    """A system program the topology needs is not installed; the message says how to get it."""


def required_tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if not found:
        raise MissingTool(f"{name} is not installed: the production topology runs Debian's {name} "
                          f"(apt-get install {name}; .ci/run installs it)")
    return found


class Replica:
    """One Rasa replica as compose and Kubernetes start it: deploy/rasa-entrypoint.sh with its
    Rasa processes on consecutive ports."""

    def __init__(self, workdir: Path, name: str, env: Dict[str, str]) -> None:
        self.port, self.log = free_ports(WORKERS), workdir / f"{name}.log"
        self.env = dict(env, KNEE_HOST="127.0.0.1", KNEE_PORT=str(self.port),
                        KNEE_WORKERS=str(WORKERS), PATH=f"{VENV_BIN}:{os.environ['PATH']}")
        self.urls = [f"http://127.0.0.1:{self.port + index}" for index in range(WORKERS)]
        self.url = self.urls[0]
        self.process: subprocess.Popen = None  # type: ignore[assignment]

    @property
    def servers(self) -> List[str]:
        return [url.split("//", 1)[1] for url in self.urls]

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(ROOT / "deploy" / "rasa-entrypoint.sh")], cwd=ROOT, env=server_env(self.env),
            stdout=self.log.open("a"), stderr=subprocess.STDOUT, start_new_session=True,
        )

    def wait_ready(self) -> None:
        for url in self.urls:
            wait_until(f"{url}/status?token={self.env['RASA_AUTH_TOKEN']}", self.process, self.log)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, sig)  # every Rasa process of the replica
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=20)

    def send(self, sender: str, text: str, worker: int = 0) -> List[dict]:
        response = requests.post(f"{self.urls[worker]}/webhooks/rest/webhook", timeout=60,
                                 json={"sender": sender, "message": text},
                                 headers={"Authorization": f"Bearer {self.env['KNEE_REST_TOKEN']}"})
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> dict:
        response = requests.get(f"{self.url}/conversations/{sender}/tracker",
                                params={"token": self.env["RASA_AUTH_TOKEN"]}, timeout=30)
        response.raise_for_status()
        return response.json()


def start_replicas(stack: ExitStack, workdir: Path, env: Dict[str, str], action_port: int) -> tuple:
    """The action server and two replicas with `env`, stopped when `stack` closes; returns them
    once every one answers."""
    actions = ActionServer(action_port, None, workdir / "actions.log")
    replicas = [Replica(workdir, name, env) for name in ("replica-a", "replica-b")]
    stack.callback(actions.stop)
    for replica in replicas:
        stack.callback(replica.stop)
    actions.start()
    for replica in replicas:
        replica.start()
    actions.wait_ready()
    for replica in replicas:
        replica.wait_ready()
    return actions, replicas


@dataclass
class Nginx:
    """nginx in front of the topology: where it listens and what it wrote."""

    origin: str  # https://localhost:<port>
    http_url: str  # http://127.0.0.1:<port>
    https_port: int
    certificate: Path  # the run's self-signed certificate, to verify the server with
    root: Path  # the static root
    acme_root: Path
    access_log: Path

    def url(self, path: str) -> str:
        return f"{self.origin}{path}"


NGINX_MAIN = """\
# The part the nginx image's own nginx.conf plays in compose; the server part is knee.conf.
{user}worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log notice;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format upstreams '$remote_addr "$request" $status $upstream_addr';
    access_log {dir}/access.log upstreams;
    client_body_temp_path {dir}/temp/body;
    proxy_temp_path {dir}/temp/proxy;
    fastcgi_temp_path {dir}/temp/fastcgi;
    uwsgi_temp_path {dir}/temp/uwsgi;
    scgi_temp_path {dir}/temp/scgi;
    include {dir}/knee.conf;
}}
"""


@contextmanager
def running_nginx(workdir: Path, servers: Sequence[str]) -> Iterator[Nginx]:
    """nginx in front of the Rasa processes `servers` (host:port), with the compose template."""
    binary, openssl = required_tool("nginx"), required_tool("openssl")
    (workdir / "temp").mkdir()
    certificate, key = workdir / "fullchain.pem", workdir / "privkey.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(certificate), "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    http_port, https_port = free_port(), free_port()
    origin = f"https://localhost:{https_port}"
    settings = {
        "KNEE_PUBLIC_ORIGIN": origin,
        "KNEE_RASA_SERVERS": " ".join(servers),
        "KNEE_HTTP_LISTEN": f"127.0.0.1:{http_port}",
        "KNEE_HTTPS_LISTEN": f"127.0.0.1:{https_port}",
        "KNEE_TLS_CERT": str(certificate), "KNEE_TLS_KEY": str(key),
        "KNEE_ACME_ROOT": str(workdir / "acme"),
    }
    build = subprocess.run([str(VENV_BIN / "python"), str(ROOT / "scripts" / "build_web.py"),
                            "--root", str(workdir / "www"), "--nginx-conf", str(workdir / "knee.conf")],
                           cwd=ROOT, env=server_env(settings), capture_output=True, text=True, timeout=60)
    if build.returncode != 0:
        raise RuntimeError(f"scripts/build_web.py failed:\n{build.stderr}")
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers read the test's private files
    (workdir / "nginx.conf").write_text(NGINX_MAIN.format(user=user, dir=workdir), encoding="utf-8")
    command = [binary, "-p", str(workdir), "-c", str(workdir / "nginx.conf"), "-g", "daemon off;"]
    checked = subprocess.run([*command[:5], "-t"], capture_output=True, text=True, timeout=30)
    if checked.returncode != 0:
        raise RuntimeError(f"nginx refused the configuration:\n{checked.stderr}")
    log = workdir / "nginx.log"
    process = subprocess.Popen(command, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{origin}/healthz", verify=str(certificate), timeout=2)
                break
            except requests.RequestException:
                if process.poll() is not None or time.monotonic() > deadline:
                    errors = workdir / "error.log"
                    raise RuntimeError(f"nginx did not start:\n{log.read_text()}"
                                       f"{errors.read_text() if errors.exists() else ''}")
                time.sleep(0.2)
        yield Nginx(origin, f"http://127.0.0.1:{http_port}", https_port, certificate,
                    workdir / "www", workdir / "acme", workdir / "access.log")
    finally:
        process.send_signal(signal.SIGQUIT)  # graceful stop
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
