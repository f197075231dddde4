"""Qt Linguist translations of the interface.

    python tools/i18n.py            # both steps below
    python tools/i18n.py --update   # pyside6-lupdate: app/ui/**/*.py → resources/i18n/app_<lang>.ts
    python tools/i18n.py --release  # pyside6-lrelease: .ts → resources/i18n/app_<lang>.qm
    python tools/i18n.py --check    # fail on anything left to translate

The ``.ts`` files are sources (edit them with ``pyside6-linguist``); the
``.qm`` files are build output, git-ignored, built by ``scripts/setup.sh``.
``--check`` fails when a ``.ts`` still has unfinished or obsolete entries (every plural form
counts), or a translation that lost or invented a placeholder of its source ({file}, %1, %n).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"es": "es", "en": "en", "pt": "pt_BR", "fr": "fr"}


def _tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / name
    for candidate in (local, local.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_path(lang: str) -> Path:
    return I18N / f"app_{lang}.ts"


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for lang, locale in LANGUAGES.items():
        ts = ts_path(lang)
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", "-target-language",
                        locale, *sources, "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)


def release() -> None:
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not ts.exists():
            sys.exit(f"missing {ts}")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def _translations(message: ET.Element) -> list[str]:
    """The translated texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if message.get("numerus") == "yes" or forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def _placeholders(text: str) -> list[str]:
    """Python fields ({name}), Qt arguments (%1) and plural counts (%n, %Ln) a text must keep."""
    return sorted(set(re.findall(r"\{[A-Za-z_][A-Za-z_0-9]*\}|%L?n|%\d", text)))


def unfinished() -> dict[str, list[str]]:
    """Source texts without a finished translation, per language."""
    missing: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        root = ET.parse(ts_path(lang)).getroot()
        for message in root.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            texts = _translations(message)
            if kind in ("unfinished", "obsolete", "vanished") or not texts or not all(t.strip() for t in texts):
                missing.setdefault(lang, []).append(message.findtext("source") or "")
    return missing


def broken_placeholders() -> dict[str, list[str]]:
    """Finished translations that lost or invented a placeholder of their source, per language."""
    broken: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        root = ET.parse(ts_path(lang)).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            wanted = _placeholders(source)
            for text in _translations(message):
                # A singular form may write the number out ("1 error") instead of %n.
                if text.strip() and _placeholders(text) != wanted and \
                        _placeholders(text) != [p for p in wanted if p not in ("%n", "%Ln")]:
                    broken.setdefault(lang, []).append(source)
                    break
    return broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run pyside6-lupdate only")
    parser.add_argument("--release", action="store_true", help="run pyside6-lrelease only")
    parser.add_argument("--check", action="store_true", help="fail when a translation is unfinished")
    args = parser.parse_args(argv)
    both = not (args.update or args.release or args.check)
    if args.update or both:
        update()
    if args.release or both:
        release()
    if args.check:
        missing = unfinished()
        for lang, texts in missing.items():
            print(f"{lang}: {len(texts)} unfinished: {texts[:5]}")
        broken = broken_placeholders()
        for lang, texts in broken.items():
            print(f"{lang}: {len(texts)} with placeholders that differ from the source: {texts[:5]}")
        return 1 if missing or broken else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
