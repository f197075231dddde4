"""The bank file: DuckDB tables, loading verified packages, history and the load log.

Tables::

    packages     one row per country × census round now in the bank (the current version)
    history      the versions a newer package replaced, with when and by which hash
    obs          every observation of the current packages (long form, one column per dimension)
    obs_history  the observations of replaced versions
    findings     the findings each package carries (quality/findings.csv) with their explanations
    load_log     one line per load attempt: who, when, file, package hash, outcome

A package is read only through ``app.export.verify.verify_package`` (which
must accept it) and the package's own data files; each load is one
transaction, so a refused or failing package leaves the bank unchanged.
"""

from __future__ import annotations

import csv
import datetime as _dt
import getpass
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ImilaError
from app.models.schema import load_schema

BANK_FORMAT = "1"
DATA_COLUMNS = ("value", "flag")


class BankError(ImilaError):
    """The bank file or a package cannot be used."""

    key = "bank.error"


def census_round(year: int) -> int:
    """The census round of a package that states none: its decade, as a new project proposes it."""
    return int(year) // 10 * 10


def dimensions() -> tuple[str, ...]:
    return tuple(load_schema().all_dimension_ids)


def round_change_tolerance() -> float:
    """Relative change of a stock between rounds above which the bank reports a finding.

    Read from the schema resource (``checks.round_change_tolerance``) where it
    is set; the schema's plausibility rule says 50 % otherwise.
    """
    from app.resources import resource_path

    try:
        raw = json.loads(resource_path("schema/imila_schema.json").read_text(encoding="utf-8"))
        return float(raw.get("checks", {}).get("round_change_tolerance", 0.5))
    except (OSError, ValueError, AttributeError):
        return 0.5


@dataclass
class LoadResult:
    path: str
    ok: bool
    iso3: str = ""
    year: int = 0
    round: int = 0
    version: int = 0
    sha256: str = ""
    observations: int = 0
    replaced: int | None = None
    problems: list[str] = field(default_factory=list)
    comparison: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


class Bank:
    """An open bank file."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        import duckdb

        self.path = Path(path)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise BankError("bank.cannot_open", path=str(self.path), detail=str(exc)) from exc
        self.dims = dimensions()
        if not read_only:
            self._create()
        else:
            self._check_format()

    # -- structure -----------------------------------------------------------
    def _create(self) -> None:
        dims = ", ".join(f'"{d}" VARCHAR' for d in self.dims)
        self.con.execute("CREATE TABLE IF NOT EXISTS bank_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
        self.con.execute("INSERT INTO bank_info VALUES ('format', ?) ON CONFLICT DO NOTHING", [BANK_FORMAT])
        pkg_cols = ("pkg_id INTEGER, iso3 VARCHAR, m49 VARCHAR, country VARCHAR, census_year INTEGER, "
                    "round INTEGER, version INTEGER, created_at VARCHAR, loaded_at VARCHAR, loaded_by VARCHAR, "
                    "sha256 VARCHAR, file VARCHAR, tables VARCHAR, observations INTEGER, findings INTEGER, "
                    "explanations INTEGER, metadata VARCHAR")
        self.con.execute(f"CREATE TABLE IF NOT EXISTS packages ({pkg_cols})")
        self.con.execute(f"CREATE TABLE IF NOT EXISTS history ({pkg_cols}, replaced_at VARCHAR, replaced_by VARCHAR)")
        self.con.execute(f"CREATE TABLE IF NOT EXISTS obs (pkg_id INTEGER, table_id VARCHAR, {dims}, value DOUBLE, flag VARCHAR)")
        self.con.execute(f"CREATE TABLE IF NOT EXISTS obs_history (pkg_id INTEGER, table_id VARCHAR, {dims}, value DOUBLE, flag VARCHAR)")
        self.con.execute("CREATE TABLE IF NOT EXISTS findings (pkg_id INTEGER, key VARCHAR, rule VARCHAR, severity VARCHAR, "
                         "table_id VARCHAR, message VARCHAR, explanation VARCHAR)")
        self.con.execute("CREATE TABLE IF NOT EXISTS load_log (loaded_at VARCHAR, who VARCHAR, file VARCHAR, sha256 VARCHAR, "
                         "iso3 VARCHAR, round INTEGER, version INTEGER, outcome VARCHAR, detail VARCHAR)")
        self.con.execute("CREATE SEQUENCE IF NOT EXISTS pkg_seq START 1")

    def _check_format(self) -> None:
        try:
            self.con.execute("SELECT value FROM bank_info WHERE key = 'format'").fetchall()
        except Exception as exc:  # noqa: BLE001 - any DuckDB error means not a bank
            raise BankError("bank.not_a_bank", path=str(self.path)) from exc

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- loading -------------------------------------------------------------
    def add(self, path: str | Path, *, lang: str = "en", verify: bool = True) -> LoadResult:
        """Verify ``path`` and load it in one transaction; a refused package changes nothing but the log."""
        from app.models.messages import message

        path = Path(path)
        result = LoadResult(str(path), ok=False)
        if not path.is_file():
            result.problems.append(message("verify.missing_package", lang, path=str(path)))
            self._log(result, "refused", "; ".join(result.problems))
            return result
        result.sha256 = _sha256_file(path)
        if verify:
            from app.export.verify import verify_package

            report = verify_package(path)
            if not report.ok:
                result.problems = report.lines(lang)[:-1] or [message("bank.refused", lang, path=str(path))]
                self._log(result, "refused", "; ".join(result.problems[:5]))
                return result
        try:
            frame, metadata, manifest, findings = read_package(path, self.dims)
        except (KeyError, ValueError, zipfile.BadZipFile) as exc:
            result.problems.append(message("bank.unreadable", lang, path=str(path), detail=str(exc)))
            self._log(result, "refused", result.problems[0])
            return result
        result.iso3 = str(metadata.get("country_iso3", "")).upper()
        result.year = int(metadata.get("census_year") or 0)
        result.round = int(metadata.get("census_round") or census_round(result.year)) if result.year else 0
        result.version = int(manifest.get("submission_version") or metadata.get("submission_version") or 1)
        result.observations = len(frame)
        existing = self.con.execute("SELECT pkg_id, version, sha256 FROM packages WHERE iso3 = ? AND round = ?",
                                    [result.iso3, result.round]).fetchall()
        existing = existing[0] if existing else None
        if existing and existing[1] >= result.version:
            key = "bank.same_package" if existing[2] == result.sha256 else "bank.not_newer"
            result.problems.append(message(key, lang, country=result.iso3, round=str(result.round),
                                           version=existing[1], found=result.version))
            self._log(result, "refused", result.problems[0])
            return result
        result.comparison = self.compare(frame, result.iso3, result.round)
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            pkg_id = con.execute("SELECT nextval('pkg_seq')").fetchall()[0][0]
            if existing:
                result.replaced = int(existing[1])
                old = existing[0]
                con.execute("INSERT INTO history SELECT *, ?, ? FROM packages WHERE pkg_id = ?", [_now(), result.sha256, old])
                con.execute("INSERT INTO obs_history SELECT * FROM obs WHERE pkg_id = ?", [old])
                con.execute("DELETE FROM obs WHERE pkg_id = ?", [old])
                con.execute("DELETE FROM packages WHERE pkg_id = ?", [old])
            frame.insert(0, "pkg_id", pkg_id)
            con.register("incoming", frame)
            cols = ", ".join(["pkg_id", "table_id", *(f'"{d}"' for d in self.dims), "value", "flag"])
            con.execute(f"INSERT INTO obs ({cols}) SELECT {cols} FROM incoming")
            con.unregister("incoming")
            for f in findings:
                con.execute("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [pkg_id, f.get("key", ""), f.get("rule", ""), f.get("severity", ""), f.get("table", ""),
                             f.get("message", ""), f.get("explanation", "")])
            from app.workflow import country_by_iso3

            code = country_by_iso3(result.iso3)
            tables = ",".join(sorted(frame["table_id"].unique()))
            con.execute("INSERT INTO packages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                pkg_id, result.iso3, code.code if code else "", str(metadata.get("country_name") or result.iso3),
                result.year, result.round, result.version, str(manifest.get("created_at", "")), _now(), _user(),
                result.sha256, path.name, tables, len(frame), len(findings),
                sum(1 for f in findings if f.get("explanation")), json.dumps(metadata, ensure_ascii=False, default=str),
            ])
            self._log(result, "replaced" if existing else "loaded", "")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        result.ok = True
        return result

    def _log(self, result: LoadResult, outcome: str, detail: str) -> None:
        self.con.execute("INSERT INTO load_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            _now(), _user(), result.path, result.sha256, result.iso3, result.round, result.version, outcome, detail])

    # -- comparison with the previous round ----------------------------------
    def compare(self, frame, iso3: str, round_: int, tolerance: float | None = None) -> list[dict]:
        """Stocks by country of birth (T01 totals) that changed by more than the tolerance since the previous round."""
        tolerance = round_change_tolerance() if tolerance is None else tolerance
        prev = self.con.execute("SELECT pkg_id, round FROM packages WHERE iso3 = ? AND round < ? ORDER BY round DESC LIMIT 1",
                                [iso3, round_]).fetchall()
        prev = prev[0] if prev else None
        if not prev:
            return []
        new = frame[(frame["table_id"] == "T01") & (frame["SEX"] == "_T") & (frame["AGE"] == "_T")]
        old = dict(self.con.execute("SELECT COB, value FROM obs WHERE pkg_id = ? AND table_id = 'T01' AND SEX = '_T' AND AGE = '_T'",
                                    [prev[0]]).fetchall())
        out = []
        for cob, value in zip(new["COB"], new["value"]):
            before = old.get(cob)
            if before is None or value is None or before != before or value != value or before <= 0:
                continue
            change = (value - before) / before
            if abs(change) > tolerance:
                out.append({"rule": "BNK-001", "severity": "warning", "COB": cob, "previous_round": prev[1],
                            "previous": before, "value": value, "change": round(change, 4),
                            "key": f"BNK-001|T01|{iso3}|{round_}|COB={cob}"})
        return out

    # -- reading -------------------------------------------------------------
    def packages(self) -> list[dict]:
        cur = self.con.execute("SELECT iso3, m49, country, census_year, round, version, tables, observations, findings, "
                               "explanations, created_at, loaded_at, loaded_by, sha256, file FROM packages ORDER BY iso3, round")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def history(self) -> list[dict]:
        cur = self.con.execute("SELECT iso3, round, version, sha256, loaded_at, replaced_at, replaced_by FROM history ORDER BY iso3, round, version")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def load_log(self) -> list[dict]:
        cur = self.con.execute("SELECT * FROM load_log ORDER BY loaded_at")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def counts(self) -> dict:
        return {
            "packages": self.con.execute("SELECT count(*) FROM packages").fetchall()[0][0],
            "observations": self.con.execute("SELECT count(*) FROM obs").fetchall()[0][0],
            "history": self.con.execute("SELECT count(*) FROM history").fetchall()[0][0],
            "log": self.con.execute("SELECT count(*) FROM load_log").fetchall()[0][0],
        }


def open_bank(path: str | Path, *, read_only: bool = False) -> Bank:
    return Bank(path, read_only=read_only)


def read_package(path: Path, dims: tuple[str, ...]):
    """The observations (a DataFrame with every dimension column), metadata, manifest and findings of a package."""
    import pandas as pd

    from app.export.spreadsheet import restore

    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        metadata = json.loads(archive.read("metadata.json"))
        package = json.loads(archive.read("datapackage.json"))
        frames = []
        for resource in package.get("resources", []):
            name = resource["path"]
            if not name.startswith("data/"):
                continue  # the code lists the tables refer to
            table_id = Path(name).stem
            part = pd.read_csv(io.BytesIO(archive.read(name)), dtype=str, keep_default_na=False)
            part["value"] = pd.to_numeric(part["value"].replace("", None), errors="coerce")
            part.insert(0, "table_id", table_id)
            frames.append(part)
        findings = []
        if "quality/findings.csv" in archive.namelist():
            text = archive.read("quality/findings.csv").decode("utf-8")
            # the package wrote its text cells neutralised against formula injection: read them back as written
            findings = [{k: restore(v) for k, v in r.items()} for r in csv.DictReader(io.StringIO(text))]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["table_id", "value", "flag"])
    for dim in dims:
        if dim not in frame:
            frame[dim] = ""
        frame[dim] = frame[dim].fillna("").astype(str)
    frame["flag"] = frame["flag"].fillna("A").astype(str)
    frame["value"] = frame["value"].astype("float64")
    return frame[["table_id", *dims, "value", "flag"]], metadata, manifest, findings
