#!/usr/bin/env bash
# Install the web widget (rasa-webchat) into node_modules/ from package-lock.json; the demo
# page serves its bundle from there, so no CDN is involved.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: install Node.js 18 or newer with npm (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
