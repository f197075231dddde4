"""The project file: one SQLite database per census submission (``CHL-2017.imila``).

This module owns all SQL of the project file. It promises:

* a schema version in ``PRAGMA user_version`` with ordered migrations;
* WAL journalling and one transaction per user action (``project.action``),
  so a crash, a cancelled job or a bad file leaves the project as it was;
* an audit log of every action (who, when, what);
* ``StoreError`` with a message a user understands for a file that is not a
  project, is newer than the application, is locked, full or corrupt.
"""

from __future__ import annotations

import datetime as _dt
import getpass
import hashlib
import json
import os
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator

from app.errors import StoreError
from app.models.schema import load_schema

APPLICATION_ID = 0x494D4C41  # "IMLA": marks a SQLite file as an IMILA Desk project
METADATA_FIELDS = (
    "country_iso3",
    "country_m49",
    "country_name",
    "census_name",
    "census_year",
    "reference_date",
    "census_round",
    "enumeration_basis",  # de_jure / de_facto
    "source_type",  # full_count / sample
    "weights_note",
    "nso",
    "contact_name",
    "contact_email",
    "submission_version",
    "submission_date",
    "language",
    "national_definitions",
    "universe_notes",  # JSON {table: note}
    "min_ages",  # JSON {table: age}
    "previous_round",
    "license",  # SPDX identifier of the package's licence (CC-BY-4.0 unless the office chose another)
    "license_note",
)


MAX_EXPLANATION = 20_000  # characters: a paragraph or a page, not a file
FINDING_KEY = re.compile(r"[A-Z]{2,5}-[0-9]{3}(\|[^\x00-\x1f]*)?")


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return os.environ.get("USERNAME") or "unknown"


def _dim_columns() -> tuple[str, ...]:
    return load_schema().all_dimension_ids


def _migration_1(db) -> None:
    db.execute("CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
            content BLOB NOT NULL, format TEXT, settings TEXT, imported_at TEXT NOT NULL, imported_by TEXT)"""
    )
    dims = ", ".join(f'"{d}" TEXT NOT NULL DEFAULT \'\'' for d in _dim_columns())
    db.execute(
        f"""CREATE TABLE observations (
            id INTEGER PRIMARY KEY, table_id TEXT NOT NULL, {dims},
            value REAL, flag TEXT NOT NULL DEFAULT 'A', kind TEXT NOT NULL DEFAULT '',
            members TEXT NOT NULL DEFAULT '',
            source_id INTEGER REFERENCES sources(id), mapping_id INTEGER, lineage TEXT NOT NULL DEFAULT '')"""
    )
    db.execute("CREATE INDEX observations_table ON observations(table_id)")
    db.execute("CREATE INDEX observations_mapping ON observations(mapping_id)")
    db.execute(
        """CREATE TABLE mappings (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, source_id INTEGER REFERENCES sources(id),
            recipe TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT)"""
    )
    db.execute(
        """CREATE TABLE findings (
            key TEXT PRIMARY KEY, rule TEXT NOT NULL, severity TEXT NOT NULL, table_id TEXT,
            cells TEXT, params TEXT, run_at TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE explanations (
            id INTEGER PRIMARY KEY, finding_key TEXT NOT NULL, text TEXT NOT NULL,
            author TEXT, created_at TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)"""
    )
    db.execute(
        """CREATE TABLE exports (
            id INTEGER PRIMARY KEY, version INTEGER NOT NULL, filename TEXT NOT NULL, sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL, created_by TEXT, unexplained_warnings TEXT)"""
    )
    db.execute(
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT, action TEXT NOT NULL, details TEXT)"""
    )


# Ordered migrations: index i brings the file from version i to i + 1.
MIGRATIONS = [_migration_1]
SCHEMA_VERSION = len(MIGRATIONS)


# SQLite's primary result codes (the low byte of an extended code), https://sqlite.org/rescode.html
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
LOW_SPACE_BYTES = 8 * 1024 * 1024  # below this much free space, a failed write is a full disk


def _free_bytes(path: Path) -> int | None:
    import shutil

    for folder in (path.parent, *path.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


def _folder_problem(path: Path) -> StoreError | None:
    """Why the folder of ``path`` cannot hold a project file, or None when it can."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return StoreError("store.no_folder", folder=str(folder), path=str(path))
    if not os.access(folder, os.W_OK | os.X_OK):
        return StoreError("store.folder_readonly", folder=str(folder), path=str(path))
    return None


def _classify(exc: Exception, path: Path) -> StoreError:
    """What an error of SQLite or of the operating system means for the project at ``path``.

    Only a file SQLite itself finds damaged is called damaged: a full disk, a
    folder or file that cannot be written, a lock, a drive that failed to read
    or write each say what happened, so that nobody throws a good project away.
    """
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+; the text tells on older versions
    primary = code & 0xFF if isinstance(code, int) else None
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        import errno

        if exc.errno == errno.ENOSPC:
            return StoreError("store.full", path=str(path))
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _folder_problem(path) or StoreError("store.readonly", path=str(path))
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR):
            return _folder_problem(path) or StoreError("store.cannot_open", path=str(path), detail=exc.strerror or text)
        return StoreError("store.io_error", path=str(path), detail=exc.strerror or text)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return StoreError("store.locked", path=str(path))
    if primary == SQLITE_FULL or "full" in text or "no space" in text:
        return StoreError("store.full", path=str(path))
    if primary in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return _folder_problem(path) or StoreError("store.readonly", path=str(path))
    if primary == SQLITE_CANTOPEN or "unable to open" in text:
        return _folder_problem(path) or StoreError("store.cannot_open", path=str(path), detail=text)
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        free = _free_bytes(path)
        if free is not None and free < LOW_SPACE_BYTES:
            return StoreError("store.full", path=str(path))
        return StoreError("store.io_error", path=str(path), detail=text)
    if primary == SQLITE_NOTADB or "not a database" in text or "file is encrypted" in text:
        return StoreError("store.not_project", path=str(path))
    if primary == SQLITE_CORRUPT or "malformed" in text or "corrupt" in text:
        return StoreError("store.corrupt", path=str(path), detail=str(exc))
    return StoreError("store.failed", path=str(path), detail=str(exc))


class Project:
    """An open project file. Use ``Project.create`` or ``Project.open``; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn
        self._db = None
        self._depth = 0

    @property
    def db(self):
        """A sqlite-utils view of the connection, made on first use (it loads pandas: keep start-up light)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # -- opening ---------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, metadata: dict[str, Any] | None = None, overwrite: bool = False) -> "Project":
        from app.store.metadata import identity_problems

        path = Path(path)
        bad = identity_problems(metadata or {})
        if bad:
            raise StoreError("store.bad_identity", fields=", ".join(bad))
        if path.exists():
            if not overwrite:
                raise StoreError("store.exists", path=str(path))
        problem = _folder_problem(path)
        if problem is not None:
            raise problem
        try:
            if path.exists():
                path.unlink()
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            conn = sqlite3.connect(str(path), timeout=2.0, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except (sqlite3.Error, OSError) as exc:
            raise _classify(exc, path) from exc
        project = cls(path, conn)
        try:
            project._prepare()
            with project.action("project.create", {"metadata": metadata or {}}):
                project._set_metadata(metadata or {})
        except BaseException:
            project.close()  # a project that could not be made is not left behind half made
            for leftover in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass
            raise
        return project

    @classmethod
    def open(cls, path: str | os.PathLike) -> "Project":
        path = Path(path)
        if not path.is_file():
            raise StoreError("store.missing", path=str(path))
        try:
            with path.open("rb") as fh:
                header = fh.read(16)
        except OSError as exc:
            raise _classify(exc, path) from exc
        if header != b"SQLite format 3\x00":
            raise StoreError("store.not_project", path=str(path))
        try:
            conn = sqlite3.connect(str(path), timeout=2.0, isolation_level=None, check_same_thread=False)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise _classify(exc, path) from exc
        if app_id != APPLICATION_ID:
            conn.close()
            raise StoreError("store.not_project", path=str(path))
        if version > SCHEMA_VERSION:
            conn.close()
            raise StoreError("store.too_new", path=str(path), found=version, supported=SCHEMA_VERSION)
        project = cls(path, conn)
        project._prepare()
        return project

    def _prepare(self) -> None:
        try:
            self.conn.execute("PRAGMA busy_timeout = 2000")
            mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError("database is locked")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.Error as exc:
            self.conn.close()
            raise _classify(exc, self.path) from exc

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for index in range(version, SCHEMA_VERSION):
                MIGRATIONS[index](self.db)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ----------------------------------------------------
    @contextmanager
    def action(self, name: str, details: dict[str, Any] | None = None) -> Iterator["Project"]:
        """One user action: one transaction and one audit entry, all or nothing.

        Nested calls join the outer transaction. Any exception rolls back
        everything the action wrote.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _classify(exc, self.path) from exc
        self._depth = 1
        try:
            yield self
            self.conn.execute(
                "INSERT INTO audit (at, user, action, details) VALUES (?, ?, ?, ?)",
                (_now(), _user(), name, json.dumps(details or {}, ensure_ascii=False, default=str)),
            )
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise _classify(exc, self.path) from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            self._depth = 0

    def _rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    # -- metadata --------------------------------------------------------
    def metadata(self) -> dict[str, Any]:
        rows = self.conn.execute("SELECT key, value FROM metadata").fetchall()
        return {k: json.loads(v) for k, v in rows}

    def _set_metadata(self, values: dict[str, Any]) -> None:
        from app.store.metadata import identity_problems

        bad = identity_problems(values)
        if bad:  # the package's file name is made of these: never store one that could name another folder
            raise StoreError("store.bad_identity", fields=", ".join(bad))
        for key, value in values.items():
            self.conn.execute(
                "INSERT INTO metadata (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def update_metadata(self, values: dict[str, Any]) -> None:
        with self.action("metadata.update", values):
            self._set_metadata(values)

    # -- sources ---------------------------------------------------------
    def add_source(self, name: str, content: bytes, fmt: str = "", settings: dict | None = None) -> int:
        """Store the original file as a blob with its SHA-256; returns its id."""
        digest = hashlib.sha256(content).hexdigest()
        with self.action("source.add", {"name": name, "sha256": digest, "size": len(content)}):
            cur = self.conn.execute(
                "INSERT INTO sources (name, sha256, size, content, format, settings, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?)",
                (name, digest, len(content), content, fmt, json.dumps(settings or {}, ensure_ascii=False), _now(), _user()),
            )
            return int(cur.lastrowid)

    def add_source_file(self, name: str, path: str | os.PathLike, fmt: str = "", settings: dict | None = None) -> int:
        """``add_source`` of a file, streamed into its blob: never held in memory whole (a 256 MB CSV).

        The file is hashed first, then copied in blocks; when its bytes change in between nothing is stored
        (``ImportError_`` ``import.changed_while_stored``).
        """
        from app.errors import ImportError_

        chunk = 4 * 1024 * 1024
        size = os.path.getsize(path)
        if size <= chunk or not hasattr(self.conn, "blobopen"):
            return self.add_source(name, Path(path).read_bytes(), fmt, settings)
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(chunk), b""):
                digest.update(block)
        sha = digest.hexdigest()
        with self.action("source.add", {"name": name, "sha256": sha, "size": size}):
            # the row is written once, with its final values: an UPDATE would rewrite the whole blob in memory
            cur = self.conn.execute(
                "INSERT INTO sources (name, sha256, size, content, format, settings, imported_at, imported_by) "
                "VALUES (?,?,?,zeroblob(?),?,?,?,?)",
                (name, sha, size, size, fmt, json.dumps(settings or {}, ensure_ascii=False), _now(), _user()),
            )
            rowid = int(cur.lastrowid)
            check = hashlib.sha256()
            written = 0
            with open(path, "rb") as fh, self.conn.blobopen("sources", "content", rowid) as blob:
                while written < size:
                    block = fh.read(min(chunk, size - written))
                    if not block:
                        break
                    check.update(block)
                    blob.write(block)
                    written += len(block)
                extra = fh.read(1)
            if written != size or extra or check.hexdigest() != sha:
                raise ImportError_("import.changed_while_stored", path=Path(path).name)
            return rowid

    def sources(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT s.id, s.name, s.sha256, s.size, s.format, s.settings, s.imported_at, s.imported_by, "
            "(SELECT count(*) FROM observations o WHERE o.source_id = s.id) FROM sources s ORDER BY s.id"
        ).fetchall()
        keys = ("id", "name", "sha256", "size", "format", "settings", "imported_at", "imported_by", "observations")
        out = []
        for row in rows:
            item = dict(zip(keys, row))
            item["settings"] = json.loads(item["settings"] or "{}")
            out.append(item)
        return out

    def source(self, source_id: int) -> dict[str, Any]:
        for item in self.sources():
            if item["id"] == source_id:
                return item
        raise KeyError(source_id)

    def source_content(self, source_id: int) -> bytes:
        row = self.conn.execute("SELECT content FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            raise KeyError(source_id)
        return bytes(row[0])

    def update_source_settings(self, source_id: int, settings: dict) -> None:
        with self.action("source.settings", {"source_id": source_id}):
            self.conn.execute("UPDATE sources SET settings = ? WHERE id = ?", (json.dumps(settings, ensure_ascii=False), source_id))

    def delete_source(self, source_id: int) -> None:
        with self.action("source.delete", {"source_id": source_id}):
            self.conn.execute("DELETE FROM observations WHERE source_id = ?", (source_id,))
            self.conn.execute("DELETE FROM mappings WHERE source_id = ?", (source_id,))
            self.conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    # -- observations ----------------------------------------------------
    def replace_observations(
        self,
        rows: Iterable[dict[str, Any]],
        *,
        source_id: int | None,
        mapping_id: int | None = None,
        tables: Iterable[str] | None = None,
    ) -> int:
        """Replace what ``source_id`` (and ``mapping_id``) contributed with ``rows``.

        Called inside an action. Each row has ``table_id``, dimension codes,
        ``value``, ``flag`` and optionally ``kind`` and ``lineage``. Returns
        the number of rows written.
        """
        dims = _dim_columns()
        if source_id is not None:
            if tables:
                marks = ",".join("?" * len(list(tables)))
                self.conn.execute(
                    f"DELETE FROM observations WHERE source_id = ? AND table_id IN ({marks})", (source_id, *tables)
                )
            else:
                self.conn.execute("DELETE FROM observations WHERE source_id = ?", (source_id,))
        columns = ("table_id", *dims, "value", "flag", "kind", "members", "source_id", "mapping_id", "lineage")
        sql = f"INSERT INTO observations ({', '.join(chr(34) + c + chr(34) for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
        count = 0

        def gen():
            nonlocal count
            for row in rows:
                count += 1
                yield (
                    row["table_id"],
                    *(str(row.get(d) or "") for d in dims),
                    None if row.get("value") is None else float(row["value"]),
                    row.get("flag") or "A",
                    row.get("kind") or "",
                    json.dumps(list(row["members"])) if row.get("members") else "",
                    source_id,
                    mapping_id,
                    row.get("lineage") or "",
                )

        self.conn.executemany(sql, gen())
        return count

    def add_table_observations(
        self,
        table_id: str,
        dimensions: list[str] | tuple[str, ...],
        rows: Iterable[tuple],
        *,
        source_id: int | None,
        mapping_id: int | None = None,
        lineage: str = "",
    ) -> int:
        """Append one table's observations, given as tuples ``(*codes of dimensions, value, flag)``.

        Called inside an action, after ``replace_observations`` (or a delete)
        has cleared what the source wrote before. The dimensions the table
        does not have keep their empty default. Rows go in multi-row
        statements: several times faster than a row at a time, for the
        hundred thousand cells of a tabulation.
        """
        known = set(_dim_columns())
        unknown = [d for d in dimensions if d not in known]
        if unknown:
            raise ValueError(f"unknown dimensions: {unknown}")
        columns = ("table_id", *dimensions, "value", "flag", "source_id", "mapping_id", "lineage")
        names = ", ".join(f'"{c}"' for c in columns)
        # table_id, source, mapping and lineage are the same for every row: numbered parameters after the row's
        width = len(dimensions) + 2
        fixed = (table_id, source_id, mapping_id, lineage)
        block = 200  # rows per statement; (width * block + 4) stays far below SQLite's parameter limit

        def values(count: int) -> str:
            one = lambda r: "(?{t}, {cells}, ?{s}, ?{m}, ?{l})".format(  # noqa: E731
                t=count * width + 1, s=count * width + 2, m=count * width + 3, l=count * width + 4,
                cells=", ".join(f"?{r * width + i + 1}" for i in range(width)),
            )
            return f"INSERT INTO observations ({names}) VALUES " + ", ".join(one(r) for r in range(count))

        full_sql = values(block)
        written = 0
        pending: list = []
        for row in rows:
            if len(row) != width:
                raise ValueError(f"{table_id}: a row has {len(row)} values, {width} expected")
            pending.extend(row)
            written += 1
            if written % block == 0:
                self.conn.execute(full_sql, (*pending, *fixed))
                pending = []
        if pending:
            self.conn.execute(values(len(pending) // width), (*pending, *fixed))
        return written

    def delete_table_observations(self, table_id: str, source_id: int | None) -> None:
        """Remove what ``source_id`` contributed to one table (inside an action)."""
        if source_id is None:
            self.conn.execute("DELETE FROM observations WHERE table_id = ? AND source_id IS NULL", (table_id,))
        else:
            self.conn.execute("DELETE FROM observations WHERE table_id = ? AND source_id = ?", (table_id, source_id))

    def observation_count_of(self, source_id: int) -> int:
        return int(self.conn.execute("SELECT count(*) FROM observations WHERE source_id = ?", (source_id,)).fetchone()[0])

    def delete_observations(self, *, source_id: int) -> None:
        """Remove what ``source_id`` contributed (inside an action)."""
        self.conn.execute("DELETE FROM observations WHERE source_id = ?", (source_id,))

    def observations(self, table_id: str | None = None):
        """All observations (or one table's) as a pandas DataFrame; dimension columns hold codes."""
        import pandas as pd

        dims = _dim_columns()
        cols = ", ".join(f'"{c}"' for c in ("id", "table_id", *dims, "value", "flag", "kind", "members", "source_id", "mapping_id", "lineage"))
        sql = f"SELECT {cols} FROM observations"
        params: tuple = ()
        if table_id:
            sql += " WHERE table_id = ?"
            params = (table_id,)
        sql += " ORDER BY id"
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return pd.DataFrame(cur.fetchall(), columns=names)

    def observation_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM observations").fetchone()[0])

    def table_counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT table_id, count(*) FROM observations GROUP BY table_id ORDER BY table_id").fetchall())

    # -- mappings --------------------------------------------------------
    def save_mapping(self, name: str, recipe: dict, source_id: int | None) -> int:
        with self.action("mapping.save", {"name": name, "source_id": source_id}):
            cur = self.conn.execute(
                "INSERT INTO mappings (name, source_id, recipe, created_at, created_by) VALUES (?,?,?,?,?)",
                (name, source_id, json.dumps(recipe, ensure_ascii=False, sort_keys=True), _now(), _user()),
            )
            return int(cur.lastrowid)

    def mappings(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, name, source_id, recipe, created_at, created_by FROM mappings ORDER BY id").fetchall()
        return [
            {"id": r[0], "name": r[1], "source_id": r[2], "recipe": json.loads(r[3]), "created_at": r[4], "created_by": r[5]}
            for r in rows
        ]

    # -- findings and explanations ---------------------------------------
    def store_findings(self, findings: Iterable[dict[str, Any]]) -> None:
        """Replace the stored findings with the latest run (inside or outside an action)."""
        now = _now()
        with self.action("checks.run"):
            self.conn.execute("DELETE FROM findings")
            self.conn.executemany(
                "INSERT OR REPLACE INTO findings (key, rule, severity, table_id, cells, params, run_at) VALUES (?,?,?,?,?,?,?)",
                [
                    (
                        f["key"],
                        f["rule"],
                        f["severity"],
                        f.get("table_id"),
                        json.dumps(f.get("cells", []), ensure_ascii=False),
                        json.dumps(f.get("params", {}), ensure_ascii=False, default=str),
                        now,
                    )
                    for f in findings
                ],
            )

    def stored_findings(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT key, rule, severity, table_id, cells, params, run_at FROM findings").fetchall()
        return [
            {"key": r[0], "rule": r[1], "severity": r[2], "table_id": r[3], "cells": json.loads(r[4] or "[]"),
             "params": json.loads(r[5] or "{}"), "run_at": r[6]}
            for r in rows
        ]

    def explain(self, finding_key: str, text: str, author: str | None = None) -> int:
        """Record an explanation for a warning; earlier ones for the same finding become history.

        Refused: an empty text (an explanation says why), one longer than
        ``MAX_EXPLANATION`` characters, and a key that is not a finding's
        (``RULE-NNN|…``, as ``check --json`` prints it).
        """
        text = str(text or "").strip()
        if not text:
            raise StoreError("store.explain_empty", key=_short(finding_key))
        if len(text) > MAX_EXPLANATION:
            raise StoreError("store.explain_too_long", count=len(text), limit=MAX_EXPLANATION)
        if not isinstance(finding_key, str) or len(finding_key) > 4000 or not FINDING_KEY.fullmatch(finding_key):
            raise StoreError("store.explain_bad_key", key=_short(finding_key))
        author = str(author).strip()[:200] if author is not None and str(author).strip() else None
        with self.action("finding.explain", {"finding": finding_key}):
            self.conn.execute("UPDATE explanations SET active = 0 WHERE finding_key = ?", (finding_key,))
            cur = self.conn.execute(
                "INSERT INTO explanations (finding_key, text, author, created_at, active) VALUES (?,?,?,?,1)",
                (finding_key, text, author or _user(), _now()),
            )
            return int(cur.lastrowid)

    def explanations(self, include_history: bool = False) -> list[dict[str, Any]]:
        sql = "SELECT id, finding_key, text, author, created_at, active FROM explanations"
        if not include_history:
            sql += " WHERE active = 1"
        sql += " ORDER BY id"
        return [
            {"id": r[0], "finding_key": r[1], "text": r[2], "author": r[3], "created_at": r[4], "active": bool(r[5])}
            for r in self.conn.execute(sql).fetchall()
        ]

    # -- exports and audit -----------------------------------------------
    def next_export_version(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(version), 0) + 1 FROM exports").fetchone()[0])

    def record_export(self, version: int, filename: str, sha256: str, unexplained: list[str] | None = None) -> None:
        with self.action("export", {"version": version, "filename": filename, "sha256": sha256}):
            self.conn.execute(
                "INSERT INTO exports (version, filename, sha256, created_at, created_by, unexplained_warnings) VALUES (?,?,?,?,?,?)",
                (version, filename, sha256, _now(), _user(), json.dumps(unexplained or [])),
            )

    def exports(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT version, filename, sha256, created_at, created_by FROM exports ORDER BY id").fetchall()
        return [dict(zip(("version", "filename", "sha256", "created_at", "created_by"), r)) for r in rows]

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT at, user, action, details FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [{"at": r[0], "user": r[1], "action": r[2], "details": json.loads(r[3] or "{}")} for r in rows]

    def save_copy(self, target: str | os.PathLike) -> Path:
        """Write a consistent copy of the project (File → Save As)."""
        target = Path(target)
        if target.exists():
            target.unlink()
        try:
            dest = sqlite3.connect(str(target))
            with dest:
                self.conn.backup(dest)
            dest.close()
        except sqlite3.Error as exc:
            target.unlink(missing_ok=True)
            raise _classify(exc, target) from exc
        return target
