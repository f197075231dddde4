"""One mutant through the real import path, and its outcome.

``run_case`` writes the mutant's bytes to a file, reads it with
``app.importers.read_file`` and imports it with ``app.cli.main(["import",
project, file, "--auto"])`` into a fresh real project of the base's country and
census year (with a mapping memory of its own, so that no mutant learns from
another); then reads back what the project holds and asks the oracle
(oracle.py) whether it is right. Outcomes: clean, correct, traceback, wrong
(``abort`` is seen only by a parent process: bench/fuzz_import.py).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from .mutants import Base, Mutant
from .oracle import identities, judge

OUTCOMES = ("clean", "correct", "traceback", "abort", "wrong")
_UNKNOWN_KEY = re.compile(r"^(?:import|mapping|store|export|verify|error|cli)\.[a-z0-9_.]+(?: \(|$)", re.MULTILINE)


@dataclass
class Outcome:
    outcome: str
    detail: str = ""
    seconds: float = 0.0


def _written(project_path: Path) -> dict:
    from corpus.runner import _written_cells

    from app.store.project import Project

    with Project.open(project_path) as project:
        return _written_cells(project)


def _flagged(project_path: Path, tables: set[str]) -> bool:
    """True when every table in ``tables`` carries an error or warning finding after the checks."""
    from app.checks import run_project_checks
    from app.store.project import Project

    with Project.open(project_path) as project:
        findings = run_project_checks(project)
    marked = {f.table_id for f in findings if f.severity in ("error", "warning")}
    return bool(tables) and tables <= marked


def _cli(*args) -> tuple[int, str]:
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main([str(a) for a in args])
    return rc, out.getvalue() + err.getvalue()


class Runner:
    """Runs mutants in one folder; keeps one empty project per country and year, and each base's reference."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._templates: dict[tuple, Path] = {}
        self._references: dict[str, dict] = {}
        self._identities: dict[str, list] = {}
        self.count = 0

    def _home(self, name: str) -> Path:
        home = self.folder / "home" / name
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        return home

    def project(self, country: str, year: int, name: str) -> Path:
        key = (country, year)
        if key not in self._templates:
            path = self.folder / f"template-{country}-{year}.imila"
            rc, text = _cli("new", path, "--country", country, "--year", year)
            if rc != 0:
                raise RuntimeError(f"cannot make a {country} {year} project: {text}")
            self._templates[key] = path
        target = self.folder / f"{name}.imila"
        for extra in self.folder.glob(f"{name}.imila*"):
            extra.unlink()
        shutil.copyfile(self._templates[key], target)
        return target

    def reference(self, base: Base) -> dict:
        """The base's true cells: the corpus truth, or what the unmutated real file imports to."""
        if base.id not in self._references:
            if base.reference is not None:
                ref = base.reference
            else:
                ref = self.import_bytes(base, base.original_bytes(), base.ext, base.sheet, "reference")[1]
                if not ref:
                    raise RuntimeError(f"the unmutated {base.id} imports nothing")
            self._references[base.id] = ref
            self._identities[base.id] = identities(ref)
        return self._references[base.id]

    def import_bytes(self, base: Base, data: bytes, ext: str, sheet: str | None, name: str) -> tuple[str, dict, str]:
        """(what happened, written cells, text) of one file: "ok", "message" or "traceback: …"."""
        from app.errors import ImilaError
        from app.importers import read_file
        from app.models.messages import catalogue

        path = self.folder / f"{name}.{ext}"
        path.write_bytes(data)
        old_home = os.environ.get("IMILA_DESK_HOME")
        os.environ["IMILA_DESK_HOME"] = str(self._home(name))
        try:
            try:
                read_file(path, sheet=sheet)
            except ImilaError as exc:
                if exc.key not in catalogue():
                    return f"traceback: read_file: message key {exc.key!r} has no text", {}, ""
                exc.message("en")
            except Exception as exc:
                return "traceback: read_file: " + _where(exc), {}, ""
            project = self.project(base.country, base.year, name)
            args = ["import", project, path, "--auto"] + (["--sheet", sheet] if sheet else [])
            try:
                rc, text = _cli(*args)
            except SystemExit as exc:
                return f"traceback: import exited with {exc.code!r}", {}, ""
            except Exception as exc:
                return "traceback: import: " + _where(exc), {}, ""
            if "Traceback" in text:
                return "traceback: import printed a traceback", {}, text
            unknown = _UNKNOWN_KEY.search(text)
            if unknown:
                return f"traceback: import printed a message key with no text: {unknown.group(0)}", {}, text
            written = _written(project)
            return ("ok" if rc == 0 else "message"), written, text
        finally:
            if old_home is None:
                os.environ.pop("IMILA_DESK_HOME", None)
            else:
                os.environ["IMILA_DESK_HOME"] = old_home

    def run(self, m: Mutant) -> Outcome:
        start = time.perf_counter()
        reference = self.reference(m.base)
        self.count += 1
        name = f"m{self.count % 4}"
        what, written, text = self.import_bytes(m.base, m.data, m.ext, m.sheet, name)
        if what.startswith("traceback"):
            return Outcome("traceback", what, time.perf_counter() - start)
        if not written:
            return Outcome("clean", what, time.perf_counter() - start)
        verdict, reasons, tables = judge(reference, written, m.kind, m.numbers, self._identities[m.base.id])
        if m.base.flag_ok and verdict != "ok":
            tables = set(written)
        if verdict == "ok":
            changed = sum(1 for t, cells in written.items() for k, v in cells.items()
                          if k not in reference.get(t, {}) or v != reference[t][k])
            return Outcome("correct", f"{changed} cells differ from the unmutated source, every sum holds" if changed else "",
                           time.perf_counter() - start)
        if tables and _flagged(self.folder / f"{name}.imila", tables):
            return Outcome("correct", "flagged: " + "; ".join(reasons[:2]), time.perf_counter() - start)
        return Outcome("wrong", "; ".join(reasons[:3]), time.perf_counter() - start)


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    app = [f for f in frames if "/app/" in f.filename.replace("\\", "/")] or frames
    last = app[-1] if app else None
    place = f" ({Path(last.filename).name}:{last.lineno} in {last.name})" if last else ""
    return f"{type(exc).__name__}: {str(exc)[:160]}{place}"
