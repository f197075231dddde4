"""Four-language message catalogue for the core (findings, errors, CLI output).

The core never imports Qt, so its user-facing text cannot go through Qt
Linguist. Messages live in ``resources/i18n/messages/*.json`` as
``{key: {"es": ..., "en": ..., "pt": ..., "fr": ...}}`` (one file per area);
parameters are ``str.format`` fields and numbers are formatted for the
language's locale (``1.933.463`` in Spanish, ``1,933,463`` in English).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from app.resources import resource_path

LOCALES = {"es": "es", "en": "en", "pt": "pt_BR", "fr": "fr"}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    folder = resource_path("i18n/messages")
    for path in sorted(folder.glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            merged.update(json.load(fh))
    return merged


def format_number(value, lang: str = "en") -> str:
    """A count or a rate as the language's locale writes it (an absurd magnitude in scientific notation)."""
    from babel.numbers import format_decimal, format_scientific

    locale = LOCALES.get(lang, "en")
    if isinstance(value, int):
        huge = abs(value) >= 10**21
    else:
        huge = isinstance(value, float) and math.isfinite(value) and abs(value) >= 1e21
    if huge:
        return format_scientific(value, format="0.###E0", locale=locale)
    if isinstance(value, float) and not value.is_integer():
        return format_decimal(value, format="#,##0.##", locale=locale)
    return format_decimal(int(value), locale=locale)


def message(key: str, lang: str = "en", /, **params) -> str:
    """The text of ``key`` in ``lang`` with its parameters filled in.

    An unknown key yields the key itself followed by the parameters, so that
    a missing translation is visible but never crashes.
    """
    texts = catalogue().get(key)
    shown = {
        k: (format_number(v, lang) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
        for k, v in params.items()
    }
    if not texts:
        extra = ", ".join(f"{k}={v}" for k, v in shown.items())
        return f"{key} ({extra})" if extra else key
    template = texts.get(lang) or texts.get("en") or next(iter(texts.values()))
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template
