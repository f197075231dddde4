"""The tabulation benchmark still runs (on a tiny file), so its figures can be reproduced."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_runs_on_a_tiny_file(tmp_path):
    out = tmp_path / "figures.json"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "tabulate_bench.py"), "--sizes", "0.02", "--formats", "parquet",
         "--dir", str(tmp_path), "--out", str(out)],
        capture_output=True, text=True, cwd=str(ROOT), timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "| 0.02 M | parquet |" in proc.stdout
    (row,) = json.loads(out.read_text(encoding="utf-8"))
    assert row["tabulate"]["records"] == 20_000 and row["tabulate"]["observations"] > 0
    assert row["pandas_same"]["cells"] == row["tabulate"]["observations"]  # pandas made the very same cells
