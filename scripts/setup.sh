#!/usr/bin/env bash
# Set up IMILA Desk on a fresh Debian/Ubuntu machine (or refresh an existing set-up):
# system libraries Qt needs, a virtual environment with the application and its
# test tools, compiled translations and the demo project.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-image0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 fonts-dejavu-core)
if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

# Compiled translations (.qm), the demo project and the workshop exercises' starting projects are build output, never committed.
.venv/bin/python tools/i18n.py --release
.venv/bin/python tools/build_demo.py
.venv/bin/python tools/build_workshop.py
