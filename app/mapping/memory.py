"""The user's mapping memory: labels confirmed once are suggested everywhere after.

A small SQLite file in the user's data folder (``platformdirs``), shared by all
projects of that user; a file named ``portable`` beside the executable moves
it to a ``data`` folder beside the executable (USB-stick installs used in
workshops). Teams share a memory by exporting it to JSON and importing it.

Entries are keyed by dimension and normalised label; each remembers the code,
the label as first seen and where it was learned ("CHL-2017").
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import MappingError
from app.mapping.normalize import normalize

FILE_NAME = "mapping_memory.sqlite"
EXPORT_FORMAT = "imila-desk-mapping-memory"
# Dimensions whose labels mean the same thing (they share the country code list).
_SHARED = {"COB": ("RES5", "COR"), "RES5": ("COB", "COR"), "COR": ("COB", "RES5"), "DEPART": ("ARRIVAL",), "ARRIVAL": ("DEPART",)}


def default_memory_path() -> Path:
    """Where the memory lives: beside the executable when installed portable, else the user data folder."""
    from app.paths import user_data_dir

    return user_data_dir() / FILE_NAME


@dataclass(frozen=True)
class MemoryHit:
    dimension: str
    label: str  # the label as first confirmed
    code: str
    origin: str  # where it was learned ("CHL-2017")
    updated_at: str
    uses: int


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


class MappingMemory:
    """Confirmed (dimension, normalised label) → code, with origin. Use as a context manager or close()."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_memory_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=2.0, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA busy_timeout = 2000")
            self.conn.execute(
                """CREATE TABLE IF NOT EXISTS memory (
                    dimension TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, code TEXT NOT NULL,
                    origin TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, uses INTEGER NOT NULL DEFAULT 1,
                    PRIMARY KEY (dimension, key))"""
            )
        except (OSError, sqlite3.Error) as exc:
            raise MappingError("mapping.memory_unavailable", path=str(self.path), detail=str(exc)) from exc

    # -- context manager -------------------------------------------------
    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "MappingMemory":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- entries ---------------------------------------------------------
    def remember(self, dimension: str, label: str, code: str, origin: str = "") -> None:
        """Record a confirmed mapping (the latest confirmation wins)."""
        key = normalize(label)
        self.conn.execute(
            """INSERT INTO memory (dimension, key, label, code, origin, updated_at, uses) VALUES (?,?,?,?,?,?,1)
               ON CONFLICT(dimension, key) DO UPDATE SET code = excluded.code, origin = excluded.origin,
               updated_at = excluded.updated_at, uses = memory.uses + 1,
               label = CASE WHEN memory.code = excluded.code THEN memory.label ELSE excluded.label END""",
            (dimension, key, str(label), code, origin or "", _now()),
        )

    def remember_many(self, items, origin: str = "") -> int:
        """``items``: iterable of (dimension, label, code). Returns how many were recorded."""
        count = 0
        self.conn.execute("BEGIN")
        try:
            for dimension, label, code in items:
                self.remember(dimension, label, code, origin)
                count += 1
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return count

    def forget(self, dimension: str, label: str) -> bool:
        cur = self.conn.execute("DELETE FROM memory WHERE dimension = ? AND key = ?", (dimension, normalize(label)))
        return cur.rowcount > 0

    def lookup(self, dimension: str, label: str) -> MemoryHit | None:
        """The remembered code of ``label``, also from a dimension sharing its code list (COB ↔ RES5)."""
        key = normalize(label)
        for dim in (dimension, *_SHARED.get(dimension, ())):
            row = self.conn.execute(
                "SELECT dimension, label, code, origin, updated_at, uses FROM memory WHERE dimension = ? AND key = ?", (dim, key)
            ).fetchone()
            if row is not None:
                return MemoryHit(*row)
        return None

    def entries(self, dimension: str | None = None) -> list[MemoryHit]:
        sql = "SELECT dimension, label, code, origin, updated_at, uses FROM memory"
        params: tuple = ()
        if dimension:
            sql += " WHERE dimension = ?"
            params = (dimension,)
        sql += " ORDER BY dimension, key"
        return [MemoryHit(*row) for row in self.conn.execute(sql, params).fetchall()]

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM memory").fetchone()[0])

    # -- sharing ---------------------------------------------------------
    def export_file(self, path: str | Path) -> int:
        """Write every entry to a JSON file a colleague can import; returns the count."""
        entries = self.entries()
        body = {
            "format": EXPORT_FORMAT,
            "version": 1,
            "exported_at": _now(),
            "entries": [
                {"dimension": e.dimension, "label": e.label, "code": e.code, "origin": e.origin, "updated_at": e.updated_at}
                for e in entries
            ],
        }
        Path(path).write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
        return len(entries)

    def import_file(self, path: str | Path, overwrite: bool = False) -> int:
        """Merge a colleague's exported memory; own entries win unless ``overwrite``. Returns entries added or changed."""
        try:
            body = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MappingError("mapping.memory_bad_file", path=str(path)) from exc
        if not isinstance(body, dict) or body.get("format") != EXPORT_FORMAT or not isinstance(body.get("entries"), list):
            raise MappingError("mapping.memory_bad_file", path=str(path))
        changed = 0
        self.conn.execute("BEGIN")
        try:
            for entry in body["entries"]:
                try:
                    dimension, label, code = str(entry["dimension"]), str(entry["label"]), str(entry["code"])
                except (KeyError, TypeError):
                    continue
                existing = self.lookup_exact(dimension, label)
                if existing is not None and (existing.code == code or not overwrite):
                    continue
                self.conn.execute(
                    """INSERT INTO memory (dimension, key, label, code, origin, updated_at, uses) VALUES (?,?,?,?,?,?,1)
                       ON CONFLICT(dimension, key) DO UPDATE SET code = excluded.code, origin = excluded.origin,
                       label = excluded.label, updated_at = excluded.updated_at""",
                    (dimension, normalize(label), label, code, str(entry.get("origin") or ""), str(entry.get("updated_at") or _now())),
                )
                changed += 1
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return changed

    def lookup_exact(self, dimension: str, label: str) -> MemoryHit | None:
        row = self.conn.execute(
            "SELECT dimension, label, code, origin, updated_at, uses FROM memory WHERE dimension = ? AND key = ?",
            (dimension, normalize(label)),
        ).fetchone()
        return MemoryHit(*row) if row else None
