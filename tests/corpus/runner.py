"""Run ``import --auto`` on every layout of the corpus and compare what was written with the truth.

For each layout: a fresh project of the layout's country and census year, the
layout's file written into a temporary folder, then the real import path
(``app.workflow.import_file(…, auto=True, memory=False)``: no mapping memory,
nothing learnt from an earlier layout). The observations in the project are
then compared cell by cell with the truth:

exact      every true table written, each with exactly the true cells (codes and values)
refused    nothing written, the import asked a question or said clearly why not
incomplete something written, every written cell true, but true cells (or tables) missing
WRONG      any written cell not in the truth, or with another value, or a table the truth lacks
crashed    an exception that is not one of the product's own messages
"""

from __future__ import annotations

import math
import os
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .cube import TABLE_DIMS
from .layouts import Layout, build

OUTCOMES = ("exact", "refused", "incomplete", "WRONG", "crashed")


@dataclass
class Result:
    layout: Layout
    outcome: str
    detail: str = ""
    written: dict = field(default_factory=dict)   # table → number of cells written
    seconds: float = 0.0


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=0.5)


def _written_cells(project) -> dict:
    frame = project.observations()
    out: dict[str, dict] = {}
    if frame is None or len(frame) == 0:
        return out
    for table, part in frame.groupby("table_id"):
        dims = TABLE_DIMS.get(table)
        if dims is None:
            from app.models.schema import load_schema
            dims = tuple(load_schema().tables[table].dimensions)
        cells = {}
        for row in part.itertuples(index=False):
            rec = row._asdict()
            key = tuple((d, rec.get(d) or "_T") for d in dims)
            value = rec.get("value")
            if value is not None and isinstance(value, float) and math.isnan(value):
                value = None
            if key in cells:  # a duplicate cell is wrong whatever its value
                cells[key] = ("DUP", value)
            else:
                cells[key] = value
        out[table] = cells
    return out


def compare(truth: dict, written: dict) -> tuple[str, str]:
    """(outcome, detail) of ``written`` against ``truth`` (see the module docstring)."""
    if not written:
        return "refused", ""
    wrong: list[str] = []
    missing = 0
    for table, cells in written.items():
        true_cells = truth.get(table)
        if true_cells is None:
            wrong.append(f"{table} written ({len(cells)} cells) but the source is no {table}")
            continue
        for key, value in cells.items():
            if isinstance(value, tuple) and value and value[0] == "DUP":
                wrong.append(f"{table} {_key(key)} written twice")
            elif key not in true_cells:
                wrong.append(f"{table} {_key(key)}={value} not in the truth")
            elif not _same(value, true_cells[key]):
                wrong.append(f"{table} {_key(key)}={value}, true {true_cells[key]}")
        missing += sum(1 for k in true_cells if k not in cells)
    missing_tables = [t for t in truth if t not in written]
    if wrong:
        return "WRONG", f"{len(wrong)} wrong cells; e.g. " + "; ".join(wrong[:3])
    if missing or missing_tables:
        parts = []
        if missing:
            parts.append(f"{missing} true cells not written")
        if missing_tables:
            parts.append("tables not written: " + ",".join(missing_tables))
        return "incomplete", "; ".join(parts)
    return "exact", ""


def _key(key) -> str:
    return "(" + ",".join(f"{d}={c}" for d, c in key) + ")"


def run_layout(layout: Layout, folder: Path) -> Result:
    from app.errors import ImilaError
    from app.workflow import import_file, new_project

    start = time.perf_counter()
    path = folder / layout.filename
    try:
        layout.write(path)
    except Exception as exc:  # the generator itself failed: report it, it is not the product's crash
        return Result(layout, "crashed", f"generator: {exc!r}", seconds=time.perf_counter() - start)
    project_path = folder / f"{layout.id}.imila"
    project = new_project(project_path, layout.country, layout.year)
    try:
        try:
            summary = import_file(project, path, auto=True, memory=False, lang="en")
        except ImilaError as exc:
            return Result(layout, "refused", "message: " + exc.message("en")[:160], seconds=time.perf_counter() - start)
        except Exception as exc:
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            return Result(layout, "crashed", f"{type(exc).__name__}: {exc} ({Path(tb.filename).name}:{tb.lineno})",
                          seconds=time.perf_counter() - start)
        written = _written_cells(project)
        outcome, detail = compare(layout.truth, written)
        if outcome == "refused":
            asked = "; ".join(f"{dim}: {', '.join(map(str, labels[:3]))}" for dim, labels in (summary.unresolved or {}).items())
            detail = ("asked " + asked) if asked else "nothing written, nothing asked"
            if getattr(summary, "mismatch", None) or getattr(summary, "conflicts", None):
                detail = "stopped: " + " | ".join(summary.mismatch or [str(c) for c in summary.conflicts])[:220]
            if getattr(summary, "refused", None):
                detail = "not proven: " + " | ".join(summary.refused)[:220]
        return Result(layout, outcome, detail, {t: len(c) for t, c in written.items()}, time.perf_counter() - start)
    finally:
        project.close()


def run_all(layouts: list[Layout] | None = None, folder: Path | None = None) -> list[Result]:
    layouts = build() if layouts is None else layouts
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="imila-corpus-"))
    os.environ.setdefault("IMILA_DESK_HOME", str(folder / "home"))
    return [run_layout(layout, folder) for layout in layouts]


def totals(results: list[Result]) -> Counter:
    return Counter(r.outcome for r in results)


def report(results: list[Result]) -> str:
    lines = [f"{'layout':44} {'office':28} {'lang':4} {'expect':6} {'outcome':10} written / detail"]
    for r in results:
        written = ",".join(f"{t}:{n}" for t, n in r.written.items()) or "-"
        lines.append(f"{r.layout.id:44} {r.layout.office[:28]:28} {r.layout.lang:4} {r.layout.expect:6} {r.outcome:10} {written} {r.detail}")
    t = totals(results)
    n = len(results)
    lines.append("")
    offices = {r.layout.office.split(" (")[0] for r in results} - {"REDATAM+SP"}
    redatam = sum(r.layout.office.startswith("REDATAM") for r in results)
    lines.append(f"layouts: {n} ({redatam} REDATAM+SP outputs); offices: {len(offices)}; "
                 f"languages: {','.join(sorted({r.layout.lang for r in results}))}")
    lines.append("auto-imported exactly: {} ({:.0f} %)".format(t["exact"], 100 * t["exact"] / max(n, 1)))
    lines.append(f"refused with a question: {t['refused']}")
    lines.append(f"written incomplete (no wrong cell): {t['incomplete']}")
    lines.append(f"WRITTEN WRONG (must be 0): {t['WRONG']}")
    lines.append(f"crashed: {t['crashed']}")
    ask = [r for r in results if r.layout.expect == "ask"]
    lines.append(f"of {len(ask)} layouts a careful tool asks about: refused {sum(r.outcome == 'refused' for r in ask)}")
    exp = [r for r in results if r.layout.expect == "exact"]
    lines.append(f"of {len(exp)} layouts the table itself proves: exact {sum(r.outcome == 'exact' for r in exp)} "
                 f"({100 * sum(r.outcome == 'exact' for r in exp) / max(len(exp), 1):.0f} %)")
    return "\n".join(lines)
