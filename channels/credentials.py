"""Compose the one credentials file Rasa reads from the per-channel files the clinic keeps.

Slack and Telegram each have a file under credentials/ and are switched on by their token being
set in the environment. Secrets stay `${VAR}` references: Rasa fills them in at load. REST is
open only when the server listens on loopback, is not behind a public proxy (--public) and no
public channel is on; otherwise it needs one of the REST clients' tokens (KNEE_REST_TOKEN),
which are not the HTTP API's token.

    python -m channels.credentials --host 127.0.0.1 --out .rasa/credentials.yml
    python -m channels.credentials --public --out /tmp/credentials.yml   # behind nginx
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any, Dict, List, Mapping

import yaml

ROOT = Path(__file__).resolve().parent.parent
BASE_FILE = ROOT / "credentials.yml"
CHANNEL_DIR = ROOT / "credentials"
# channel -> the variable whose presence switches it on
OPTIONAL_CHANNELS = {"slack": "SLACK_BOT_TOKEN", "telegram": "TELEGRAM_TOKEN"}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
VARIABLE = re.compile(r"\$\{(\w+)\}")


class CredentialsError(Exception):
    """A channel is switched on but cannot be configured; the message says what to set."""


def read(path: Path) -> Dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def missing_variables(channel_file: Path, env: Mapping[str, str]) -> List[str]:
    return [name for name in VARIABLE.findall(channel_file.read_text(encoding="utf-8"))
            if not env.get(name)]


def enabled_channels(env: Mapping[str, str]) -> List[str]:
    return [channel for channel, switch in OPTIONAL_CHANNELS.items() if env.get(switch)]


def rest_needs_token(host: str, env: Mapping[str, str], public: bool = False) -> bool:
    """REST is open only in a local run: loopback, no proxy in front, no public channel on."""
    return public or host not in LOOPBACK or bool(enabled_channels(env))


def compose(host: str, env: Mapping[str, str], channel_dir: Path = CHANNEL_DIR,
            base_file: Path = BASE_FILE, public: bool = False) -> Dict[str, Any]:
    """The credentials for a server listening on `host` (behind a public proxy if `public`)
    with the channels `env` switches on."""
    credentials = read(base_file)
    channels = enabled_channels(env)
    needs_token = rest_needs_token(host, env, public)
    files = [channel_dir / f"{channel}.yml" for channel in channels]
    if needs_token:
        files.append(channel_dir / "rest-token.yml")
    for channel_file in files:
        missing = missing_variables(channel_file, env)
        if missing:
            raise CredentialsError(
                f"{channel_file.relative_to(channel_dir.parent)} needs these environment "
                f"variables: {', '.join(missing)} (see the README's channel setup)"
            )
        credentials.update(read(channel_file))
    return credentials


def describe(credentials: Mapping[str, Any]) -> str:
    names = {"channels.rest.ClinicRestInput": "rest", "channels.socketio.ClinicSocketIOInput": "socket.io",
             "channels.slack.ClinicSlackInput": "slack", "channels.telegram.ClinicTelegramInput": "telegram"}
    rest = credentials.get("channels.rest.ClinicRestInput") or {}
    return ", ".join(names.get(key, key) for key in credentials) + (
        " (REST needs a REST client's token)" if rest.get("token") else " (REST open: local run)")


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="interface the Rasa server binds")
    parser.add_argument("--public", action="store_true",
                        help="the server is reached from outside through a proxy")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        credentials = compose(args.host, os.environ, public=args.public)
    except CredentialsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(yaml.safe_dump(credentials, sort_keys=False), encoding="utf-8")
    print(f"Channels: {describe(credentials)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
