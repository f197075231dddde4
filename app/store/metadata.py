"""Submission metadata that CELADE needs, and what is still missing from a project's.

The schema (IMILA-SCHEMA.md, "Submission-level metadata") asks for the
producing office, a contact person, the census reference date and round,
the enumeration basis and source type, universe notes per table and the
national definitions that differ from the code lists. ``new`` and the New
Project dialog ask for them; ``export`` warns and ``verify`` reports on
whatever is still empty.
"""

from __future__ import annotations

import json
import re
from typing import Any

# T11's reference period: {"from": 2012, "to": 2024, "label": "left since 2012"} (the census's question).
T11_PERIOD = "t11_reference_period"

# Fields a package must carry; the rest are recommended.
REQUIRED_FIELDS = ("nso", "contact_name", "reference_date", "census_round", "enumeration_basis", "source_type")
RECOMMENDED_FIELDS = ("contact_email", "universe_notes", "national_definitions")
ENUMERATION_BASES = ("de_jure", "de_facto")
SOURCE_TYPES = ("full_count", "sample")
PACKAGE_LANGUAGES = ("es", "pt", "fr", "en", "nl")
DEFAULT_LICENSE = "CC-BY-4.0"
LICENSES = {
    "CC-BY-4.0": "Creative Commons Attribution 4.0",
    "CC0-1.0": "Creative Commons Zero 1.0",
    "CC-BY-SA-4.0": "Creative Commons Attribution Share-Alike 4.0",
    "ODC-BY-1.0": "Open Data Commons Attribution License 1.0",
    "other": "Terms of the producing office",
}

# The official (or first census) language of each country or territory; English where not listed.
_COUNTRY_LANGUAGE = {
    "es": "ARG BOL CHL COL CRI CUB DOM ECU ESP GNQ GTM HND MEX NIC PAN PER PRI PRY SLV URY VEN AND",
    "pt": "BRA PRT AGO MOZ CPV GNB STP TLS",
    "fr": "HTI GUF GLP MTQ BLM MAF SPM FRA MCO",
    "nl": "SUR ABW CUW SXM BES NLD ANT",
}
COUNTRY_LANGUAGE = {iso3: lang for lang, codes in _COUNTRY_LANGUAGE.items() for iso3 in codes.split()}

# The identity of a submission: the package's file name is built from these two, so they are checked
# whenever they are stored and again when a package is named (a project file may come from anyone).
FIRST_CENSUS_YEAR, LAST_CENSUS_YEAR = 1950, 2100
_ISO3 = re.compile(r"[A-Z]{3}")


def country_code_of(value: Any) -> str | None:
    """``value`` when it is an ISO alpha-3 code written as three capital letters (``ARG``), else None."""
    return value if isinstance(value, str) and _ISO3.fullmatch(value) else None


def census_year_of(value: Any) -> int | None:
    """The census year ``value`` stands for (an integer, or four digits as text) within 1950–2100, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        year = value
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{4}", value):
        year = int(value)
    else:
        return None
    return year if FIRST_CENSUS_YEAR <= year <= LAST_CENSUS_YEAR else None


def identity_problems(values: dict[str, Any]) -> list[str]:
    """``field=value`` for a country code or census year among ``values`` that is malformed."""
    bad = []
    if "country_iso3" in values and country_code_of(values["country_iso3"]) is None:
        bad.append(f"country_iso3={values['country_iso3']!r}")
    if "census_year" in values and census_year_of(values["census_year"]) is None:
        bad.append(f"census_year={values['census_year']!r}")
    return bad


def country_language(iso3: str | None) -> str:
    """The language a country's census is published in (``es``, ``pt``, ``fr``, ``nl``; ``en`` otherwise)."""
    return COUNTRY_LANGUAGE.get(str(iso3 or "").upper(), "en")


def package_language(metadata: dict[str, Any]) -> str:
    """The package's language: the project's, else its country's."""
    lang = str(metadata.get("language") or "").lower()
    return lang if lang in PACKAGE_LANGUAGES else country_language(metadata.get("country_iso3"))


def _json_field(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _empty(value: Any) -> bool:
    value = _json_field(value)
    if value is None:
        return True
    if isinstance(value, (dict, list, tuple)):
        return not any(str(v).strip() for v in (value.values() if isinstance(value, dict) else value))
    return not str(value).strip()


def missing_metadata(metadata: dict[str, Any], tables: list[str] | None = None) -> dict[str, list[str]]:
    """``{"required": [...], "recommended": [...], "invalid": [...]}``: metadata fields still empty or malformed.

    ``universe_notes`` counts as missing when a table of ``tables`` has no note;
    ``t11_reference_period`` ("left since 2012") is required when ``tables`` has T11.
    """
    required = [f for f in REQUIRED_FIELDS if _empty(metadata.get(f))]
    if tables and "T11" in tables and not reference_period_text(metadata.get(T11_PERIOD)):
        required.append(T11_PERIOD)
    recommended = [f for f in RECOMMENDED_FIELDS if _empty(metadata.get(f))]
    notes = _json_field(metadata.get("universe_notes"))
    if tables and "universe_notes" not in recommended:
        notes = notes if isinstance(notes, dict) else {}
        if any(not str(notes.get(t, "")).strip() for t in tables):
            recommended.append("universe_notes")
    invalid = []
    date = str(metadata.get("reference_date") or "").strip()
    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        invalid.append("reference_date")
    if metadata.get("enumeration_basis") not in (None, "", *ENUMERATION_BASES):
        invalid.append("enumeration_basis")
    if metadata.get("source_type") not in (None, "", *SOURCE_TYPES):
        invalid.append("source_type")
    if not _empty(metadata.get(T11_PERIOD)) and not reference_period_text(metadata.get(T11_PERIOD)):
        invalid.append(T11_PERIOD)
    email = str(metadata.get("contact_email") or "").strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        invalid.append("contact_email")
    return {"required": required, "recommended": recommended, "invalid": invalid}


def reference_period_text(value: Any) -> str:
    """A recorded reference period as ``2012-2024`` (``2012-`` open to the census), '' when none or malformed."""
    from app.tabulate.emigrants import period_text

    return period_text(_json_field(value))


def invalid_values(values: dict[str, Any]) -> list[str]:
    """The fields of ``values`` that are given but malformed (a date not YYYY-MM-DD, an unknown basis …)."""
    bad = missing_metadata(values)["invalid"]
    if values.get("language") not in (None, "", *PACKAGE_LANGUAGES):
        bad.append("language")
    if values.get("license") not in (None, "", *LICENSES):
        bad.append("license")
    return bad


def license_of(metadata: dict[str, Any]) -> dict[str, str]:
    """The Frictionless licence entry of the project's licence (``CC-BY-4.0`` unless the office chose another)."""
    name = str(metadata.get("license") or DEFAULT_LICENSE).strip()
    entry = {"name": name, "title": LICENSES.get(name, name)}
    if name.startswith(("CC-BY", "CC0")):
        version = re.search(r"(\d\.\d)$", name)
        kind = name.split("-", 1)[1].rsplit("-", 1)[0].lower() if name.startswith("CC-BY") else "zero"
        if version and name.startswith("CC-BY"):
            entry["path"] = f"https://creativecommons.org/licenses/{kind}/{version.group(1)}/"
        elif version:
            entry["path"] = f"https://creativecommons.org/publicdomain/zero/{version.group(1)}/"
    if name == "other":
        entry["title"] = str(metadata.get("license_note") or LICENSES["other"])
    return entry
