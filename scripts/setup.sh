#!/usr/bin/env bash
# Set up IMILA Desk on a fresh Debian/Ubuntu machine (or refresh an existing set-up):
# system libraries Qt needs, a virtual environment with the application and its
# test tools, compiled translations and the demo project.
#
# Each step records a digest of what it was built from in .venv/.setup/ and is skipped
# while that digest is unchanged, so a repeated run (every ./scripts/run.sh) takes
# about a second. `bash scripts/setup.sh --force` (or IMILA_SETUP_FORCE=1) redoes every step.
set -euo pipefail
cd "$(dirname "$0")/.."

FORCE="${IMILA_SETUP_FORCE:-}"
[ "${1:-}" = "--force" ] && FORCE=1
STAMPS=.venv/.setup

# digest NAME...: one SHA-256 over the names and contents of the files under the given paths.
digest() {
  find "$@" -type f ! -name '*.pyc' ! -name '*.qm' ! -name '*.imila' ! -name '*.imila-*' 2>/dev/null \
    | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum | cut -d' ' -f1
}
# up_to_date STEP DIGEST [OUTPUT...]: the step ran with these inputs and its outputs exist.
up_to_date() {
  local step="$1" want="$2"; shift 2
  [ -z "$FORCE" ] && [ -f "$STAMPS/$step" ] && [ "$(cat "$STAMPS/$step")" = "$want" ] || return 1
  local out
  for out in "$@"; do [ -e "$out" ] || return 1; done
}
mark() { mkdir -p "$STAMPS"; echo "$2" > "$STAMPS/$1"; }

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
# The application and its test tools: again only when pyproject.toml or the Python changed.
venv_digest="$( (cat pyproject.toml; .venv/bin/python -VV) | sha256sum | cut -d' ' -f1)"
if ! up_to_date venv "$venv_digest" .venv/bin/imila-desk; then
  echo "Installing the application and its test tools into .venv …"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  mark venv "$venv_digest"
fi

# Compiled translations (.qm), the demo project and the workshop exercises' starting projects are build output,
# never committed; each is rebuilt when its sources (or the application code that builds it) changed.
i18n_digest="$(digest resources/i18n tools/i18n.py)"
if ! up_to_date i18n "$i18n_digest" resources/i18n/app_es.qm resources/i18n/app_en.qm \
    resources/i18n/app_pt.qm resources/i18n/app_fr.qm; then
  .venv/bin/python tools/i18n.py --release
  mark i18n "$i18n_digest"
fi
code_digest="$(digest app resources/schema resources/i18n/messages tools/make_demo_sources.py)"
demo_digest="$( (echo "$code_digest"; digest resources/demo tools/build_demo.py) | sha256sum | cut -d' ' -f1)"
if ! up_to_date demo "$demo_digest" resources/demo/demo.imila; then
  .venv/bin/python tools/build_demo.py
  mark demo "$demo_digest"
fi
workshop_digest="$( (echo "$code_digest"; digest resources/workshop tools/build_workshop.py) | sha256sum | cut -d' ' -f1)"
starts=()
for exercise in resources/workshop/*/exercise.json; do starts+=("$(dirname "$exercise")/start.imila"); done
if ! up_to_date workshop "$workshop_digest" "${starts[@]}"; then
  .venv/bin/python tools/build_workshop.py
  mark workshop "$workshop_digest"
fi
