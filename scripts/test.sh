#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, GUI tests included, headless.
# The offline bundle's build (about 90 s, marked "slow") is left to CI: run it with ./scripts/test.sh -m slow.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest -q -m "not slow" "$@"
