#!/usr/bin/env bash
# Start the action server, the Rasa server and the clinic demo page; Ctrl-C stops all three.
# KNEE_HOST (default 127.0.0.1) is the interface Rasa and the page listen on; anything else
# than loopback, or Slack/Telegram switched on, makes the REST channel require a REST token.
# Tokens not set in the environment are generated once into files (not committed): the HTTP API
# token (RASA_AUTH_TOKEN) into .auth-token, the REST clients' token (KNEE_REST_TOKEN) into
# .rest-token.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
host=${KNEE_HOST:-127.0.0.1}

local_token() {  # a random token kept in file $1
  [ -s "$1" ] || (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))' > "$1")
  cat "$1"
}
RASA_AUTH_TOKEN=${RASA_AUTH_TOKEN:-$(local_token .auth-token)}
KNEE_REST_TOKEN=${KNEE_REST_TOKEN:-$(local_token .rest-token)}
export RASA_AUTH_TOKEN KNEE_REST_TOKEN
.venv/bin/python -m channels.credentials --host "$host" --out .rasa/credentials.yml

pids=()
stop() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop INT TERM EXIT

.venv/bin/python -m actions --port 5055 &
pids+=($!)
.venv/bin/python -m server run --model models/knee.tar.gz --interface "$host" --port 5005 \
  --enable-api --auth-token="$RASA_AUTH_TOKEN" \
  --cors "http://localhost:8000" "http://127.0.0.1:8000" ${KNEE_PAGE_ORIGIN:+"$KNEE_PAGE_ORIGIN"} \
  --credentials .rasa/credentials.yml --endpoints endpoints.yml &
pids+=($!)
.venv/bin/python scripts/serve_web.py --bind "$host" --port 8000 \
  ${KNEE_SOCKET_URL:+--socket-url "$KNEE_SOCKET_URL"} &
pids+=($!)

echo "Rasa on http://localhost:5005 (HTTP API token in .auth-token or \$RASA_AUTH_TOKEN; REST token,"
echo "when REST needs one, in .rest-token or \$KNEE_REST_TOKEN),"
echo "actions on :5055, clinic page on http://localhost:8000/ - Ctrl-C stops all."
wait -n
