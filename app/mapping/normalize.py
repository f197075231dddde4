"""Normalised forms of the labels census tables publish.

Two labels that a statistician would read as the same thing must normalise to
the same key: case, accents, punctuation, non-breaking spaces and footnote
marks ("Cuba 1/", "Ignorado(1)", "Población total1", "Chile*", "Perú (a)",
superscripts) make no difference. ``clean_label`` keeps the published text but
drops the footnote marks; ``normalize`` gives the comparison key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Superscript digits and letters used as footnote calls.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁽⁾ᵃᵇᶜᵈᵉᶠ"
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+")

# Trailing footnote marks, applied repeatedly ("Cuba 1/ *").
_TRAILING_MARKS = (
    re.compile(r"\s*\(\s*(?:\d{1,2}|[a-zA-Z]|\*+)\s*\)\s*$"),  # "(1)", "(a)", "(*)"
    re.compile(r"\s*\[\s*(?:\d{1,2}|[a-zA-Z])\s*\]\s*$"),  # "[1]"
    re.compile(r"\s+\d{1,2}\s*/\s*$"),  # "Cuba 1/"
    re.compile(r"(?<=[^\W\d_])\d{1,2}\s*/\s*$"),  # "Cuba1/"
    re.compile(r"\s+[a-z]\s*/\s*$"),  # "Cuba a/"
    re.compile(r"\s*[*†‡§¶#]+\s*$"),  # "Chile*", "Chile **"
    re.compile(r"(?<=[^\W\d_]{3})\d{1,2}$"),  # "Población total1": digit glued to a word
)
_LEADING_MARKS = (re.compile(r"^\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*/)\s+(?=\D)"),)
_PUNCT = re.compile(r"[^\w\s]|_")


def clean_spaces(text: str) -> str:
    """Collapse every kind of blank (NBSP, thin spaces, tabs, newlines) into one space."""
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def strip_footnotes(label: str) -> str:
    """The label as published, minus footnote calls and surplus blanks."""
    if label is None:
        return ""
    text = str(label)
    text = "".join(ch for ch in text if ch not in _SUPERSCRIPTS)
    text = clean_spaces(text)
    changed = True
    while changed and text:
        changed = False
        for pattern in _TRAILING_MARKS:
            new = pattern.sub("", text)
            if new != text and new.strip():
                text = new.strip()
                changed = True
        for pattern in _LEADING_MARKS:
            new = pattern.sub("", text)
            if new != text and new.strip():
                text = new.strip()
                changed = True
    return text


def fold_accents(text: str) -> str:
    """Remove diacritics: "Perú" → "Peru", "São Tomé" → "Sao Tome", "Ñ" stays a letter ("n")."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("đ", "d")


@lru_cache(maxsize=65536)
def normalize(label: str, footnotes: bool = True) -> str:
    """Comparison key: lower case, no accents, punctuation as blanks, no footnote marks.

    ``normalize("Venezuela (República Bolivariana de) 1/")`` →
    ``"venezuela republica bolivariana de"``.
    """
    text = strip_footnotes(label) if footnotes else clean_spaces(str(label or ""))
    text = fold_accents(text).casefold()
    text = text.replace("'", " ").replace("’", " ")
    text = _PUNCT.sub(" ", text)
    return clean_spaces(text)


def tokens(label: str) -> list[str]:
    """Words of the normalised label."""
    key = normalize(label)
    return key.split() if key else []


# Words that carry no meaning for matching names of places (four languages).
STOPWORDS = frozenset(
    """de del la las los el y e en
    of the and
    da do das dos
    d l le les du des et au aux
    """.split()
)


def content_tokens(label_or_key: str, normalized: bool = False) -> list[str]:
    """Words without articles and prepositions, in order."""
    key = label_or_key if normalized else normalize(label_or_key)
    return [t for t in key.split() if t not in STOPWORDS]


def sorted_key(label_or_key: str, normalized: bool = False) -> str:
    """Order-free key: content words sorted ("Corea, República de" ≡ "República de Corea")."""
    return " ".join(sorted(content_tokens(label_or_key, normalized)))


def compact_key(label_or_key: str, normalized: bool = False) -> str:
    """The letters only ("EE.UU." → "eeuu", "U.S.A." → "usa")."""
    key = label_or_key if normalized else normalize(label_or_key)
    return key.replace(" ", "")
