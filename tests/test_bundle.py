"""The offline bundle: it builds, its program passes the self-test and its GUI starts (about 90 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_bundle_builds_passes_its_self_test_and_starts(tmp_path):
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[build]')")
    dist = tmp_path / "dist"
    result = subprocess.run(
        [sys.executable, "installer/build.py", "--no-archive", "--dist", str(dist), "--work", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=900,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-6000:]
    assert "OK self-test" in out and "FAIL" not in out
    assert "IMILA_READY" in out and "project=True" in out
    internal = dist / "imila-desk" / "_internal"
    assert (internal / "resources" / "schema" / "imila_schema.json").is_file()
    assert (internal / "resources" / "demo" / "demo.imila").is_file()
    assert not list(internal.rglob("libQt6Qml*")) and not list(internal.rglob("libQt6Quick*"))
