"""The demo census made exportable: its sources corrected and its warnings explained, as a trainee ends the tour.

Built once per test session (about a second) and copied for each test that changes it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))

_BUILT: dict[str, Path] = {}


def build(folder: Path) -> Path:
    """An exportable copy of the demo project in ``folder``; returns its path."""
    import build_demo
    import make_demo_sources

    from app.store.project import Project
    from app.workflow import check_project, reimport_file

    folder.mkdir(parents=True, exist_ok=True)
    path = build_demo.build(folder / "demo.imila")
    corrected = folder / "corrected"
    make_demo_sources.write_sources(corrected, seeded=False)
    with Project.open(path) as project:
        for source in project.sources():
            if source["name"] == build_demo.HOUSEHOLDS:  # T11, tabulated from the household file: nothing to correct
                continue
            summary = reimport_file(project, source["id"], corrected / source["name"], memory=False)
            assert not summary.unresolved, summary.unresolved
        for finding in check_project(project):
            if finding.severity == "warning":
                project.explain(finding.key, "Checked with the office.", "trainer")
        project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def copy(tmp_root: Path, target: Path) -> Path:
    """A fresh copy of the exportable demo at ``target`` (the demo is built once under ``tmp_root``)."""
    if "demo" not in _BUILT:
        _BUILT["demo"] = build(tmp_root / "exportable-demo")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(_BUILT["demo"], target)
    return target
