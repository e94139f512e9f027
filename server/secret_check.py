"""Refuse to serve with a secret that is empty, short or an example value, and say which one.

`python -m server run ...` checks, before Rasa starts, every secret the run will use: the HTTP
API token (--auth-token, RASA_AUTH_TOKEN), the REST clients' tokens (KNEE_REST_TOKEN, one per
integration, comma-separated) and the channel secrets the credentials file names, and the store
passwords the endpoints file names. A token must be at least MIN_LENGTH characters and no REST
token may be the HTTP API token. A store password on this machine (loopback) may be shorter:
nothing outside the machine reaches that store.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import Any, Iterator, List, Mapping, Optional, Sequence, Tuple

import yaml

from channels.credentials import LOOPBACK

MIN_LENGTH = 16
# Every example secret the repository ships (deploy/.env.example, docs) contains one of these.
EXAMPLE_MARKERS = ("change-me", "changeme", "replace-me", "example")
CHANNEL_SECRETS = {
    "KNEE_REST_TOKEN": "a REST client's token",
    "SLACK_SIGNING_SECRET": "Slack's signing secret",
    "TELEGRAM_WEBHOOK_SECRET": "the Telegram webhook secret",
}
VARIABLE = re.compile(r"^\$\{(\w+)\}$")
GENERATE = "python3 -c 'import secrets; print(secrets.token_urlsafe(32))'"


def problem(name: str, what: str, value: str) -> Optional[str]:
    """Why `value` cannot serve as the secret `name`, or None."""
    if not value.strip():
        return f"{name} ({what}) is empty; set it to a random value ({GENERATE})"
    if any(marker in value.lower() for marker in EXAMPLE_MARKERS):
        return (f"{name} ({what}) is an example value; set it to a random value ({GENERATE})")
    if len(value) < MIN_LENGTH:
        return (f"{name} ({what}) is {len(value)} characters; use at least {MIN_LENGTH} random "
                f"characters ({GENERATE})")
    return None


def rest_tokens(value: str) -> List[str]:
    """KNEE_REST_TOKEN's tokens: one per integration, comma-separated."""
    return [token.strip() for token in value.split(",") if token.strip()]


def _referenced(value: Any, env: Mapping[str, str]) -> Tuple[Optional[str], str]:
    """(variable name, value) for a `${VAR}` setting; (None, value) for a literal."""
    text = "" if value is None else str(value)
    match = VARIABLE.match(text.strip())
    return (match.group(1), env.get(match.group(1), "")) if match else (None, text)


def _yaml(path: Optional[str]) -> Mapping[str, Any]:
    if not path or not Path(path).is_file():
        return {}
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def _channel_problems(credentials: Mapping[str, Any], env: Mapping[str, str],
                      api_token: Optional[str]) -> Iterator[str]:
    for settings in credentials.values():
        for value in (settings or {}).values():
            name, secret = _referenced(value, env)
            if name not in CHANNEL_SECRETS:
                continue
            if name != "KNEE_REST_TOKEN":
                found = problem(name, CHANNEL_SECRETS[name], secret)
                if found:
                    yield found
                continue
            tokens = rest_tokens(secret) or [""]
            for number, token in enumerate(tokens, 1):
                label = name if len(tokens) == 1 else f"{name}, token {number},"
                found = problem(label, CHANNEL_SECRETS[name], token)
                if found:
                    yield found
                elif api_token and token == api_token:
                    yield (f"{label} is the HTTP API token (RASA_AUTH_TOKEN): REST clients need "
                           "tokens of their own, which cannot read conversations")


def _store_problems(endpoints: Mapping[str, Any], env: Mapping[str, str], source: str) -> Iterator[str]:
    for section, settings in endpoints.items():
        if not isinstance(settings, Mapping) or "password" not in settings:
            continue
        name, secret = _referenced(settings["password"], env)
        _, host = _referenced(settings.get("url"), env)
        on_this_machine = host.strip() in LOOPBACK
        label = name or f"{section}.password in {source}"
        if on_this_machine and not any(marker in secret.lower() for marker in EXAMPLE_MARKERS):
            continue
        found = problem(label, f"the {section.replace('_', ' ')}'s password", secret)
        if found:
            yield found


def run_problems(arguments: Sequence[str], env: Mapping[str, str]) -> List[str]:
    """What is wrong with the secrets of `rasa run <arguments>`; empty when all is well."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--auth-token", "-t")
    parser.add_argument("--enable-api", action="store_true")
    parser.add_argument("--credentials")
    parser.add_argument("--endpoints", default="endpoints.yml")
    known, _ = parser.parse_known_args(list(arguments))
    problems: List[str] = []
    if known.auth_token is not None or known.enable_api:
        found = problem("RASA_AUTH_TOKEN", "the HTTP API token, --auth-token", known.auth_token or "")
        if found:
            problems.append(found)
    problems += _channel_problems(_yaml(known.credentials), env, known.auth_token)
    problems += _store_problems(_yaml(known.endpoints), env, known.endpoints)
    return problems


def main(arguments: Sequence[str], env: Mapping[str, str]) -> int:
    """`python -m server.secret_check <rasa run options>`: 0 if the secrets are fine, else 2
    with each problem on stderr."""
    problems = run_problems(arguments, env)
    for found in problems:
        print(f"error: {found}", file=sys.stderr)
    if problems:
        print("The server did not start: its secrets must be set, random and at least "
              f"{MIN_LENGTH} characters long (docs/deployment.md, \"Tokens\").", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], os.environ))
