#!/usr/bin/env bash
# Start the action server, the Rasa server and the clinic demo page; Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false

token=${RASA_AUTH_TOKEN:-}
if [ -z "$token" ]; then
  [ -s .auth-token ] || (umask 077 && .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))' > .auth-token)
  token=$(cat .auth-token)
fi

pids=()
stop() { trap - INT TERM EXIT; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop INT TERM EXIT

.venv/bin/rasa run actions --port 5055 &
pids+=($!)
.venv/bin/rasa run --model models/knee.tar.gz --port 5005 --enable-api --auth-token "$token" \
  --cors "http://localhost:8000" --credentials credentials.yml --endpoints endpoints.yml &
pids+=($!)
.venv/bin/python -m http.server 8000 --bind 127.0.0.1 --directory web &
pids+=($!)

echo "Rasa on http://localhost:5005 (HTTP API token in .auth-token or \$RASA_AUTH_TOKEN),"
echo "actions on :5055, clinic page on http://localhost:8000/ - Ctrl-C stops all."
wait -n
