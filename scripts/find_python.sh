#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter (Rasa 3.6 supports 3.8-3.10 only), or explain
# what to install and fail.
set -euo pipefail

is_310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

for candidate in "${PYTHON:-}" python3.10 python3; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if is_310 "$path"; then
    "$path" -c 'import sys; print(sys.executable)'
    exit 0
  fi
done

pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
for path in "$pyenv_root"/versions/3.10*/bin/python3.10; do
  if [ -x "$path" ] && is_310 "$path"; then
    echo "$path"
    exit 0
  fi
done

cat >&2 <<'MSG'
No Python 3.10 found. Rasa 3.6 runs on Python 3.8-3.10 only.
Install one of:
  Debian/Ubuntu:  sudo apt-get install python3.10 python3.10-venv
  pyenv:          pyenv install 3.10.13
  macOS:          brew install python@3.10
or point PYTHON at a 3.10 interpreter: make test PYTHON=/path/to/python3.10
MSG
exit 1
