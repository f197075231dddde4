#!/usr/bin/env bash
# Set up (if needed) and launch IMILA Desk on the bundled demo project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
  echo "No screen found: starting on a virtual screen (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python -m app "$@"
fi
exec .venv/bin/python -m app "$@"
