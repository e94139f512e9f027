"""Serve the clinic demo page: web/ (the page in the clinic's language), the widget bundle from
node_modules/, and the widget's settings from content/clinic.yml (read on every request, so an
edit shows on the next reload).

    python scripts/serve_web.py --port 8000 [--socket-url http://localhost:5005]
"""
from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knee.content import ContentError  # noqa: E402
from knee.widget import load_widget_settings  # noqa: E402

WEB_DIR = ROOT / "web"
PAGE_LANG = '<html lang="en">'  # in web/index.html, replaced by clinic.yml's locale
WIDGET_BUNDLE = ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"
RASA_PORT = 5005


class PageHandler(SimpleHTTPRequestHandler):
    """Static files, plus the two paths that are not files under web/."""

    socket_url: Optional[str] = None

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path == "/widget-settings.json":
            self.send_settings()
        elif path in ("/", "/index.html"):
            self.send_page()
        elif path == "/vendor/rasa-webchat.js":
            self.send_file(WIDGET_BUNDLE, "text/javascript; charset=utf-8")
        else:
            super().do_GET()

    def end_headers(self) -> None:
        socket = self.rasa_url()
        websocket = socket.replace("http", "ws", 1)
        self.send_header(
            "Content-Security-Policy",
            f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data:; font-src 'self' data:; connect-src 'self' {socket} {websocket}; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
        )
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def rasa_url(self) -> str:
        """The Rasa server the widget talks to: as configured, else this host on port 5005."""
        if self.socket_url:
            return self.socket_url
        host = (self.headers.get("Host") or "localhost").rsplit(":", 1)[0] or "localhost"
        return f"http://{host}:{RASA_PORT}"

    def send_settings(self) -> None:
        try:
            settings = dict(load_widget_settings(), socketUrl=self.rasa_url())
        except ContentError as error:
            self.log_error("%s", error)
            self.send_json({"error": f"content/{error}"}, HTTPStatus.SERVICE_UNAVAILABLE)
            return
        self.send_json(settings, HTTPStatus.OK)

    def send_page(self) -> None:
        """index.html with `lang` set to the clinic's locale (the page's default if content is broken)."""
        page = (WEB_DIR / "index.html").read_text(encoding="utf-8")
        try:
            page = page.replace(PAGE_LANG, f'<html lang="{load_widget_settings()["locale"]}">', 1)
        except ContentError as error:
            self.log_error("%s", error)
        data = page.encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def send_json(self, body: object, status: HTTPStatus) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Access-Control-Allow-Origin", "*")  # clinics embed widget.js elsewhere
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def send_file(self, path: Path, content_type: str) -> None:
        if not path.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, f"{path.name} missing: run make setup")
            return
        data = path.read_bytes()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main() -> int:
    parser = argparse.ArgumentParser(description="Serve the clinic demo page.")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--socket-url", help="Rasa's URL as the browser sees it")
    args = parser.parse_args()
    try:
        load_widget_settings()
    except ContentError as error:
        print(f"error: content/{error}", file=sys.stderr)
        return 2
    if not WIDGET_BUNDLE.is_file():
        print(f"error: {WIDGET_BUNDLE.relative_to(ROOT)} missing: run make setup", file=sys.stderr)
        return 2
    PageHandler.socket_url = args.socket_url.rstrip("/") if args.socket_url else None
    server = ThreadingHTTPServer((args.bind, args.port), partial(PageHandler, directory=str(WEB_DIR)))
    print(f"Clinic page on http://{args.bind}:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
