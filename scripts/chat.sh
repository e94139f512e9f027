#!/usr/bin/env bash
# Command-line chat: the action server in the background, `rasa shell` in the foreground.
set -euo pipefail
cd "$(dirname "$0")/.."
export RASA_TELEMETRY_ENABLED=false PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

.venv/bin/python -m actions --port 5055 >/dev/null 2>&1 &
actions=$!
trap 'kill $actions 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -fs http://localhost:5055/health >/dev/null 2>&1 && break
  sleep 0.5
done
.venv/bin/python -m server shell --model models/knee.tar.gz --endpoints endpoints.yml --port 5006 --quiet
