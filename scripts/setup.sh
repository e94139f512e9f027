#!/usr/bin/env bash
# Create .venv/ on Python 3.10 and install the pinned packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then
  python=$(scripts/find_python.sh)
  echo "Creating .venv with $python"
  rm -rf .venv
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check pip==24.0
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -r requirements.txt -c requirements.lock
.venv/bin/python -m pip check
