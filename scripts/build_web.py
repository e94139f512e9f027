"""Build what nginx serves: the clinic page as static files, and nginx's own configuration.

The static root gets web/ (the demo page and the widget's start-up script), the widget bundle
from node_modules/ and widget-settings.json, the widget's look from content/clinic.yml
(knee/widget.py) with the public address the widget connects to. The nginx configuration is
deploy/nginx/knee.conf.template with every ${KNEE_...} filled in. docker compose runs this at
start (the web-build service), Kubernetes in the page's init container, the tests before they
start nginx: one template, rendered the same way everywhere.

    KNEE_PUBLIC_ORIGIN=https://chat.clinic.example KNEE_RASA_SERVERS="rasa-1:5005 rasa-2:5005" \\
      python scripts/build_web.py --root /srv/knee-web --nginx-conf /etc/nginx/conf.d/knee.conf

Settings (environment):
  KNEE_PUBLIC_ORIGIN   https://host[:port] where runners reach the page (required)
  KNEE_RASA_SERVERS    the Rasa processes, "host:port host:port ..." (required for --nginx-conf)
  KNEE_STATIC_ROOT     the static root as nginx sees it (default: --root)
  KNEE_TLS_CERT, KNEE_TLS_KEY   certificate chain and key (default /etc/nginx/tls/...)
  KNEE_HTTP_LISTEN, KNEE_HTTPS_LISTEN   what nginx listens on (default 80 and 443)
  KNEE_SERVER_NAME     default: the host of KNEE_PUBLIC_ORIGIN
  KNEE_ACME_ROOT       where certbot puts HTTP-01 challenges (default /var/www/acme)
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Dict, List, Mapping
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knee.content import ContentError  # noqa: E402
from knee.widget import load_widget_settings  # noqa: E402

WEB_DIR = ROOT / "web"
WIDGET_BUNDLE = ROOT / "node_modules" / "rasa-webchat" / "lib" / "index.js"
TEMPLATE = ROOT / "deploy" / "nginx" / "knee.conf.template"
PLACEHOLDER = re.compile(r"\$\{(KNEE_[A-Z_]+)\}")
SERVER = re.compile(r"^[A-Za-z0-9.-]+:\d{1,5}$")
DEFAULTS = {
    "KNEE_TLS_CERT": "/etc/nginx/tls/fullchain.pem",
    "KNEE_TLS_KEY": "/etc/nginx/tls/privkey.pem",
    "KNEE_HTTP_LISTEN": "80",
    "KNEE_HTTPS_LISTEN": "443",
    "KNEE_ACME_ROOT": "/var/www/acme",
}


class SettingError(ValueError):
    """A setting is missing or malformed; the message says which and what it should be."""


def public_origin(env: Mapping[str, str]) -> str:
    origin = env.get("KNEE_PUBLIC_ORIGIN", "").rstrip("/")
    parts = urlsplit(origin)
    if parts.scheme != "https" or not parts.hostname or parts.path or parts.query:
        raise SettingError(f"KNEE_PUBLIC_ORIGIN must be https://host[:port] (where runners reach "
                           f"the page), not {origin!r}")
    return origin


def rasa_servers(env: Mapping[str, str]) -> List[str]:
    servers = env.get("KNEE_RASA_SERVERS", "").split()
    if not servers or not all(SERVER.match(server) for server in servers):
        raise SettingError("KNEE_RASA_SERVERS must list the Rasa processes as host:port, "
                           f"separated by spaces, not {env.get('KNEE_RASA_SERVERS', '')!r}")
    return servers


def nginx_settings(env: Mapping[str, str], static_root: Path) -> Dict[str, str]:
    origin = public_origin(env)
    parts = urlsplit(origin)
    settings = dict(DEFAULTS)
    settings.update({name: value for name, value in env.items() if name.startswith("KNEE_")})
    settings.update(
        KNEE_PUBLIC_ORIGIN=origin,
        KNEE_WEBSOCKET_ORIGIN="wss://" + parts.netloc,
        KNEE_SERVER_NAME=env.get("KNEE_SERVER_NAME") or parts.hostname or "",
        KNEE_STATIC_ROOT=env.get("KNEE_STATIC_ROOT") or str(static_root),
        KNEE_RASA_SERVERS="\n".join(f"    server {server} max_fails=2 fail_timeout=5s;"
                                    for server in rasa_servers(env)),
    )
    return settings


def render(template: str, settings: Mapping[str, str]) -> str:
    """`template` with every ${KNEE_...} replaced; nginx's own $variables are left alone."""
    missing = sorted({name for name in PLACEHOLDER.findall(template) if not settings.get(name)})
    if missing:
        raise SettingError(f"{TEMPLATE.relative_to(ROOT)} needs {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda match: settings[match.group(1)], template)


def build_static(root: Path, origin: str, bundle: Path = WIDGET_BUNDLE) -> None:
    """The page, the widget bundle and widget-settings.json under `root`."""
    if not bundle.is_file():
        raise SettingError(f"{bundle} missing: run make setup (npm ci)")
    settings = dict(load_widget_settings(), socketUrl=origin)
    root.mkdir(parents=True, exist_ok=True)
    for page_file in WEB_DIR.iterdir():
        if page_file.is_file():
            shutil.copyfile(page_file, root / page_file.name)
    (root / "vendor").mkdir(exist_ok=True)
    shutil.copyfile(bundle, root / "vendor" / "rasa-webchat.js")
    (root / "widget-settings.json").write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, required=True, help="static root to write")
    parser.add_argument("--nginx-conf", type=Path, help="where to write nginx's configuration")
    args = parser.parse_args(argv)
    try:
        origin = public_origin(os.environ)
        build_static(args.root, origin)
        if args.nginx_conf:
            conf = render(TEMPLATE.read_text(encoding="utf-8"), nginx_settings(os.environ, args.root))
            args.nginx_conf.parent.mkdir(parents=True, exist_ok=True)
            args.nginx_conf.write_text(conf, encoding="utf-8")
    except ContentError as error:
        print(f"error: content/{error}", file=sys.stderr)
        return 2
    except SettingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"Page for {origin} in {args.root}"
          + (f", nginx configuration in {args.nginx_conf}" if args.nginx_conf else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
