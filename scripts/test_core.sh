#!/usr/bin/env bash
# The core without Qt: a second environment with every dependency but PySide6
# and pyqtgraph, and the test suite run in it (the GUI tests are left out).
# Everything a user can do must work headless, on a machine with no Qt at all.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV=.venv-core
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
mapfile -t DEPS < <("$PYTHON" - <<'PY'
import re, tomllib
with open("pyproject.toml", "rb") as handle:
    project = tomllib.load(handle)["project"]
deps = project["dependencies"] + project["optional-dependencies"]["test"]
for dep in deps:
    name = re.split(r"[<>=!~ \[]", dep, maxsplit=1)[0].lower()
    if name not in {"pyside6", "pyside6-essentials", "pyqtgraph", "pytest-qt", "pyinstaller"}:
        print(dep)
PY
)
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "${DEPS[@]}"
"$VENV/bin/python" -m pip install -q --no-deps -e .
if "$VENV/bin/python" -c "import PySide6" 2>/dev/null; then
  echo "PySide6 is installed in $VENV: the core test needs an environment without Qt" >&2
  exit 1
fi
[ "${IMILA_SETUP_ONLY:-}" = 1 ] && exit 0
export QT_QPA_PLATFORM=offscreen
BASETEMP="$(mktemp -d -t imila-core-tests-XXXXXX)"
exec "$VENV/bin/python" -m pytest -q -m "not slow" -p no:cacheprovider --basetemp="$BASETEMP" "$@"
