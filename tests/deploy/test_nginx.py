"""nginx as the clinic's public address (tests/deploy/conftest.py: Debian's nginx with the
configuration compose uses, in front of two replicas of two Rasa processes each): HTTPS with the
run's own certificate, plain HTTP redirected, the page served as static files, the widget's
socket.io session kept on one Rasa process, 429 past the per-client limits, the HTTP API not
reachable, and the security headers on every answer.

Each test speaks from its own loopback address (127.0.0.x), so each client's limits are its own.
"""
from __future__ import annotations

import asyncio
import socket
import ssl
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Set

import pytest
import requests
import websockets
from requests_toolbelt.adapters.source import SourceAddressAdapter

from knee.widget import load_widget_settings
from tests.expected import topic_text
from tests.topology import Nginx
from tests.socket_client import SocketChat

SECURITY_HEADERS = ("Strict-Transport-Security", "Content-Security-Policy", "X-Content-Type-Options",
                    "Referrer-Policy")


def client(nginx: Nginx, address: str = "127.0.0.1") -> requests.Session:
    """A browser-like client at `address` that trusts the run's certificate."""
    session = requests.Session()
    session.trust_env = False  # a CA bundle named in the environment would replace `verify`
    session.verify = str(nginx.certificate)
    for scheme in ("http://", "https://"):
        session.mount(scheme, SourceAddressAdapter(address))
    return session


def test_https_answers_with_the_certificate_and_modern_tls_only(nginx: Nginx) -> None:
    assert client(nginx).get(nginx.url("/healthz"), timeout=10).text == "ok\n"
    with pytest.raises(requests.exceptions.SSLError):  # a client that does not trust it
        requests.get(nginx.url("/healthz"), timeout=10)
    for version in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
        context = ssl.create_default_context(cafile=str(nginx.certificate))
        context.minimum_version = context.maximum_version = version
        with context.wrap_socket(socket.create_connection(("127.0.0.1", nginx.https_port)),
                                 server_hostname="localhost") as tls:
            assert tls.version() == {"TLSv1_2": "TLSv1.2", "TLSv1_3": "TLSv1.3"}[version.name]


def test_plain_http_is_redirected_to_https(nginx: Nginx) -> None:
    response = client(nginx).get(f"{nginx.http_url}/some/page?x=1", allow_redirects=False, timeout=10)
    assert response.status_code == 301
    assert response.headers["Location"] == nginx.url("/some/page?x=1")
    page = client(nginx).get(f"{nginx.http_url}/", timeout=10)  # followed: the page, over HTTPS
    assert page.url == nginx.url("/") and "Runner's knee guide" in page.text


def test_certbot_challenges_are_served_over_plain_http(nginx: Nginx) -> None:
    challenge = nginx.acme_root / ".well-known" / "acme-challenge" / "token123"
    challenge.parent.mkdir(parents=True, exist_ok=True)
    challenge.write_text("token123.key", encoding="utf-8")
    response = client(nginx).get(f"{nginx.http_url}/.well-known/acme-challenge/token123",
                                 allow_redirects=False, timeout=10)
    assert response.status_code == 200 and response.text == "token123.key"


def test_the_page_is_static_files_with_the_clinics_widget_settings(nginx: Nginx) -> None:
    session = client(nginx)
    page = session.get(nginx.url("/"), timeout=10)
    assert page.status_code == 200 and '<script src="widget.js">' in page.text
    assert session.get(nginx.url("/vendor/rasa-webchat.js"), timeout=10).headers["Content-Type"] in (
        "application/javascript", "text/javascript")
    settings = session.get(nginx.url("/widget-settings.json"), timeout=10)
    assert settings.json() == dict(load_widget_settings(), socketUrl=nginx.origin)
    assert settings.headers["Access-Control-Allow-Origin"] == "*"  # clinics embed the widget
    assert "Access-Control-Allow-Origin" not in page.headers
    assert (nginx.root / "widget-settings.json").is_file()  # a file, not a server answering


def test_every_answer_carries_the_security_headers(nginx: Nginx) -> None:
    session = client(nginx, "127.0.0.20")
    for path in ("/", "/widget-settings.json", "/no-such-page", "/webhooks/rest/webhook"):
        response = session.get(nginx.url(path), timeout=10)
        for header in SECURITY_HEADERS:
            assert header in response.headers, (path, header)
    headers = session.get(nginx.url("/"), timeout=10).headers
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "object-src 'none'" in csp
    assert f"connect-src 'self' wss://localhost:{nginx.https_port}" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "nginx/" not in headers.get("Server", "")


@pytest.mark.parametrize("method, path", [
    ("GET", "/conversations/{sender}/tracker"), ("GET", "/conversations/{sender}/story"),
    ("POST", "/conversations/{sender}/tracker/events"), ("POST", "/model/parse"),
    ("GET", "/status"), ("GET", "/version"), ("PUT", "/model"), ("GET", "/domain"),
])
def test_the_http_api_is_not_reachable_even_with_its_token(nginx: Nginx, topology, method: str,
                                                           path: str) -> None:
    a, _ = topology["replicas"]
    sender = f"private-{uuid.uuid4().hex[:8]}"
    a.send(sender, "what is runner's knee?")
    url = nginx.url(path.format(sender=sender))
    response = client(nginx, "127.0.0.21").request(
        method, url, params={"token": topology["env"]["RASA_AUTH_TOKEN"]}, json={"text": "hi"}, timeout=10)
    assert response.status_code == 404
    assert sender not in response.text


def test_rest_through_nginx_needs_a_rest_token_and_answers(nginx: Nginx, topology) -> None:
    session = client(nginx, "127.0.0.22")
    message = {"sender": f"rest-{uuid.uuid4().hex[:8]}", "message": "what is runner's knee?"}
    assert session.post(nginx.url("/webhooks/rest/webhook"), json=message, timeout=60).status_code == 401
    answer = session.post(nginx.url("/webhooks/rest/webhook"), json=message, timeout=60,
                          headers={"Authorization": f"Bearer {topology['env']['KNEE_REST_TOKEN']}"})
    assert answer.status_code == 200 and answer.json()[0]["text"] == topic_text("what_is")


def burst(session: requests.Session, method: str, url: str, count: int) -> "tuple[List[requests.Response], float]":
    """`count` requests from one client, 50 at a time; the answers and the seconds it took."""
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(lambda _: session.request(method, url, json={}, timeout=30), range(count)))
    return answers, time.monotonic() - started


def test_webhooks_past_the_rate_limit_get_429(nginx: Nginx) -> None:
    session = client(nginx, "127.0.0.23")
    session.mount("https://", SourceAddressAdapter("127.0.0.23", pool_maxsize=50))
    url = nginx.url("/webhooks/rest/webhook")
    answers, seconds = burst(session, "POST", url, 150)
    statuses = [answer.status_code for answer in answers]
    assert set(statuses) == {401, 429}  # refused by nginx, or reached Rasa (and lacked a token)
    # A burst of 40, then 20 a second: everything past that is refused.
    assert statuses.count(401) <= 40 + 20 * seconds + 2, (statuses.count(401), seconds)
    refused = next(answer for answer in answers if answer.status_code == 429)
    assert "Strict-Transport-Security" in refused.headers
    assert client(nginx, "127.0.0.24").post(url, json={}, timeout=30).status_code == 401  # others go on


def test_socketio_requests_past_the_rate_limit_get_429(nginx: Nginx) -> None:
    session = client(nginx, "127.0.0.25")
    session.mount("https://", SourceAddressAdapter("127.0.0.25", pool_maxsize=50))
    answers, seconds = burst(session, "GET", nginx.url("/socket.io/?EIO=4&transport=polling"), 120)
    statuses = [answer.status_code for answer in answers]
    assert set(statuses) == {200, 429}
    assert 40 <= statuses.count(200) <= 40 + 10 * seconds + 2, (statuses.count(200), seconds)


def test_open_socketio_connections_past_the_limit_get_429(nginx: Nginx) -> None:
    """A client may hold 20 socket.io connections (WebSockets) at once; the 21st is refused."""
    context = ssl.create_default_context(cafile=str(nginx.certificate))
    url = f"wss://localhost:{nginx.https_port}/socket.io/?EIO=4&transport=websocket"

    async def scenario() -> List[object]:
        opened, outcomes = [], []
        try:
            for _ in range(22):
                try:
                    opened.append(await websockets.connect(url, ssl=context, open_timeout=20,
                                                           local_addr=("127.0.0.26", 0)))
                    outcomes.append("open")
                except websockets.InvalidStatusCode as refused:
                    outcomes.append(refused.status_code)
        finally:
            for connection in opened:
                await connection.close()
        return outcomes

    outcomes = asyncio.run(scenario())
    assert outcomes[:20] == ["open"] * 20
    assert outcomes[20:] == [429, 429]


def test_a_widget_session_stays_on_one_rasa_process(nginx: Nginx) -> None:
    """Eight runners (client addresses) each hold a socket.io conversation over long-polling, many
    requests a session: every request of a session reaches the same Rasa process (any other
    would not know the session), and the runners are spread over the processes."""
    addresses = [f"127.0.0.{host}" for host in range(40, 48)]

    def converse(address: str) -> str:
        chat = SocketChat(nginx.origin, http_session=client(nginx, address))
        try:
            return chat.ask("what is runner's knee?")[0]["text"]
        finally:
            chat.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(converse, addresses))
    assert answers == [topic_text("what_is")] * len(addresses)
    upstreams: Dict[str, Set[str]] = defaultdict(set)
    for line in nginx.access_log.read_text(encoding="utf-8").splitlines():
        address, rest = line.split(" ", 1)
        if address in addresses and "/socket.io/" in rest:
            upstreams[address].add(rest.rsplit(" ", 1)[1])
    assert set(upstreams) == set(addresses)
    assert all(len(served) == 1 for served in upstreams.values()), dict(upstreams)
    assert len(set().union(*upstreams.values())) >= 2  # not every runner on one process
