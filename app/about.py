"""What the About box shows: the program's versions and the licences of the components it ships.

Qt-free. ``resources/licenses.json`` lists each component with its licence
and a short notice; the version is read at run time (``importlib.metadata``
for Python packages, the interpreter, SQLite, the CLDR data inside Babel, the
schema's build record), so the list is right for the copy that runs,
installed or bundled.
"""

from __future__ import annotations

import json
import platform
from functools import lru_cache
from typing import Any

from app.resources import resource_path

UNKNOWN = "—"


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, Any]:
    return json.loads(resource_path("licenses.json").read_text(encoding="utf-8"))


# Module of a distribution, for a bundle that was built without the packages' metadata.
MODULES = {
    "PySide6-Essentials": "PySide6", "pandas": "pandas", "numpy": "numpy", "openpyxl": "openpyxl",
    "python-calamine": "python_calamine", "pyqtgraph": "pyqtgraph", "sqlite-utils": "sqlite_utils",
    "pyreadstat": "pyreadstat", "duckdb": "duckdb", "rapidfuzz": "rapidfuzz", "babel": "babel",
    "platformdirs": "platformdirs", "pyarrow": "pyarrow", "defusedxml": "defusedxml", "narwhals": "narwhals",
}


def _distribution_version(name: str) -> str:
    """The installed version; without package metadata, the module's own ``__version__`` if it is loaded already.

    Nothing is imported to find a version (the core never loads Qt).
    """
    import sys
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        module = sys.modules.get(MODULES.get(name, ""))
        return str(getattr(module, "__version__", UNKNOWN)) if module is not None else UNKNOWN


def _version(row: dict[str, Any]) -> str:
    source = row.get("version_from")
    if isinstance(source, dict) and source.get("distribution"):
        return _distribution_version(source["distribution"])
    if row.get("distribution"):
        return _distribution_version(row["distribution"])
    if row.get("distributions"):
        return ", ".join(f"{name} {_distribution_version(name)}" for name in row["distributions"])
    if source == "python":
        return platform.python_version()
    if source == "sqlite":
        import sqlite3

        return sqlite3.sqlite_version
    if source == "cldr":
        try:
            from babel.core import get_cldr_version

            return str(get_cldr_version())
        except (ImportError, AttributeError):
            return UNKNOWN
    if isinstance(source, str) and source.startswith("schema:"):
        try:
            from app.models.schema import load_schema

            built = getattr(load_schema(), "built_with", None)
            if built is None:
                built = json.loads(resource_path("schema/imila_schema.json").read_text(encoding="utf-8")).get("built_with", {})
            return str(built.get(source.split(":", 1)[1], UNKNOWN))
        except (OSError, ValueError, KeyError):
            return UNKNOWN
    return UNKNOWN


def licences() -> list[dict[str, Any]]:
    """One row per shipped component: name, version (as installed), licence, SPDX id, copyright, notice, bundled."""
    rows = []
    for row in _catalogue()["components"]:
        rows.append({
            "name": row["name"],
            "version": _version(row),
            "licence": row["licence"],
            "spdx": row.get("spdx", ""),
            "copyright": row.get("copyright", ""),
            "notice": row.get("notice", ""),
            "source": row.get("source", ""),
            "bundled": bool(row.get("bundled", True)),
        })
    return rows


def application_info() -> dict[str, str]:
    """The program's own name, version, licence and the IMILA schema version."""
    from app import APP_NAME, __version__

    info = {"name": APP_NAME, "version": __version__, "licence": _catalogue()["application"]["licence"],
            "python": platform.python_version(), "schema": UNKNOWN}
    try:
        from app.models.schema import load_schema

        info["schema"] = str(load_schema().version)
    except (OSError, KeyError, ValueError):
        pass
    return info


def licences_text() -> str:
    """The list as plain text (a "copy" button, a THIRD-PARTY file next to a bundle)."""
    lines = []
    for row in licences():
        where = "" if row["bundled"] else " (build time only, not shipped)"
        lines.append(f"{row['name']} {row['version']}{where}\n  {row['licence']}\n  {row['copyright']}\n  {row['notice']}")
        if row["source"]:
            lines.append(f"  Source: {row['source']}")
    return "\n\n".join(lines) + "\n"
