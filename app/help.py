"""The bundled help: one HTML page per step of the workflow, in four languages, and the guided tour.

Qt-free. Pages live in ``resources/help/<lang>/<page>.html`` (self-contained:
a small inline style, no scripts, no links out of the program) and the tour
in ``resources/help/<lang>/tour.json`` (a list of ``{title, text, page}``
steps, ``page`` being the key of the main window's page to show). A page or
tour missing in a language falls back to English, then Spanish.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from app.resources import resource_path

LANGUAGES = ("es", "en", "pt", "fr")
PAGES = ("project", "import", "map", "check", "export", "workshop", "tour")
FALLBACK = ("en", "es")


def _candidates(lang: str) -> list[str]:
    return list(dict.fromkeys([lang, *FALLBACK]))


def help_path(page: str, lang: str = "en") -> Path:
    """The file of a help page (for a browser widget that resolves the page itself)."""
    if page not in PAGES:
        raise KeyError(page)
    for candidate in _candidates(lang):
        path = resource_path(f"help/{candidate}/{page}.html")
        if path.is_file():
            return path
    raise FileNotFoundError(f"help/{lang}/{page}.html")


@lru_cache(maxsize=64)
def help_html(page: str, lang: str = "en") -> str:
    """The HTML of a help page in ``lang`` (English, then Spanish, when that language lacks it)."""
    return help_path(page, lang).read_text(encoding="utf-8")


def help_title(page: str, lang: str = "en") -> str:
    """The page's title (its ``<title>``), for a list of help pages."""
    text = help_html(page, lang)
    start, end = text.find("<title>"), text.find("</title>")
    return text[start + 7:end].strip() if start >= 0 and end > start else page


@lru_cache(maxsize=8)
def _tour(lang: str) -> tuple[dict, ...]:
    for candidate in _candidates(lang):
        path = resource_path(f"help/{candidate}/tour.json")
        if path.is_file():
            steps = json.loads(path.read_text(encoding="utf-8"))
            return tuple({"title": s["title"], "text": s["text"], "page": s["page"]} for s in steps)
    return ()


def tour_steps(lang: str = "en") -> list[dict]:
    """The guided tour: ``[{"title", "text", "page"}]``, in order."""
    return [dict(step) for step in _tour(lang)]
