#!/bin/bash
# One Rasa replica: KNEE_WORKERS Rasa processes (default 2) with one Sanic worker each, on
# consecutive ports from KNEE_PORT (default 5005), sharing the stores of deploy/endpoints.yml.
# A process per worker rather than Sanic's workers (which share one port): a widget's socket.io
# session lives in one process, so each needs a port of its own for nginx to keep the session
# there. The HTTP API takes RASA_AUTH_TOKEN (staff), the REST channel KNEE_REST_TOKEN (one per
# integration, comma-separated); both are checked before anything starts. If any process exits,
# the replica stops, so that compose or Kubernetes restarts it.
#
#   docker compose (Dockerfile.rasa), or natively from the repository root:
#   KNEE_HOST=127.0.0.1 KNEE_PORT=5005 ... deploy/rasa-entrypoint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python}
workers=${KNEE_WORKERS:-2} port=${KNEE_PORT:-5005} host=${KNEE_HOST:-0.0.0.0}
credentials=$(mktemp "${TMPDIR:-/tmp}/knee-credentials.XXXXXX")
trap 'rm -f "$credentials"' EXIT  # also when the check below refuses to start
"$python" -m channels.credentials --public --host "$host" --out "$credentials"
run_options=(--model "${KNEE_MODEL:-models/knee.tar.gz}" --interface "$host" --enable-api
  --auth-token="${RASA_AUTH_TOKEN:-}" --cors "${PUBLIC_URL:-*}" --credentials "$credentials"
  --endpoints deploy/endpoints.yml)
"$python" -m server.secret_check "${run_options[@]}"

pids=()
stop() { trap - INT TERM; kill "${pids[@]}" 2>/dev/null || true; wait || true; }
trap 'stop; exit 0' INT TERM
for ((i = 0; i < workers; i++)); do
  SANIC_WORKERS=1 "$python" -m server run "${run_options[@]}" --port $((port + i)) &
  pids+=($!)
done
wait -n || true
echo "A Rasa process of this replica exited; stopping the replica." >&2
stop
exit 1
