"""Compose the one credentials file Rasa reads from the per-channel files the clinic keeps.

Slack and Telegram each have a file under credentials/ and are switched on by their token being
set in the environment. Secrets stay `${VAR}` references: Rasa fills them in at load. REST is
open only when the server listens on loopback and no public channel is on; otherwise it needs
the deployment's token like the HTTP API.

    python -m channels.credentials --host 127.0.0.1 --out .rasa/credentials.yml
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


def compose(host: str, env: Mapping[str, str], channel_dir: Path = CHANNEL_DIR,
            base_file: Path = BASE_FILE) -> Dict[str, Any]:
    """The credentials for a server listening on `host` with the channels `env` switches on."""
    credentials = read(base_file)
    channels = enabled_channels(env)
    needs_token = host not in LOOPBACK or bool(channels)
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
        " (REST needs the token)" if rest.get("token") else " (REST open: local run)")


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="interface the Rasa server binds")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        credentials = compose(args.host, os.environ)
    except CredentialsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(yaml.safe_dump(credentials, sort_keys=False), encoding="utf-8")
    print(f"Channels: {describe(credentials)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
