"""Start-up time of the GUI: process start → main window painted with the demo project open.

    .venv/bin/python bench/startup_bench.py            # 5 runs, offscreen
    .venv/bin/python bench/startup_bench.py -n 10 --project CHL-2017.imila

Each run is a fresh ``python -m app --startup-bench`` process with its own
empty settings; the application prints ``IMILA_READY <epoch>`` once the
window has been shown and painted with its project, then quits. The target is
under 2 s. To see what the start imports: ``python -X importtime -m app
--startup-bench 2> imports.txt``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 2.0


def fallback_project(folder: Path) -> Path:
    """A small project for machines where the demo is not built yet."""
    sys.path.insert(0, str(ROOT))
    from app import workflow

    csv = folder / "t01.csv"
    csv.write_text("table,COB,SEX,AGE,value\nT01,_T,_T,_T,300\nT01,032,_T,_T,100\nT01,068,_T,_T,200\n", encoding="utf-8")
    path = folder / "bench.imila"
    project = workflow.new_project(path, "CHL", 2017, overwrite=True)
    workflow.import_tidy_csv(project, csv)
    project.close()
    return path


def one_run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "app", "--startup-bench", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("IMILA_READY"):
            _, stamp, *rest = line.split()
            return float(stamp) - start, " ".join(rest)
    raise RuntimeError(f"no ready line (exit {out.returncode}):\n{out.stdout}\n{out.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=5)
    parser.add_argument("--project", help="open this project instead of the demo")
    options = parser.parse_args(argv)

    profile = Path(tempfile.mkdtemp(prefix="imila-bench-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(profile / var.lower())
    args: list[str] = []
    if options.project:
        args = [options.project]
        what = options.project
    elif (ROOT / "resources" / "demo" / "demo.imila").is_file():
        what = "demo project"
    else:
        args = [str(fallback_project(profile))]
        what = "small project (demo not built: run tools/build_demo.py)"

    one_run(args, env)  # warm-up: byte-code and file caches, first copy of the demo
    times = []
    for index in range(options.runs):
        seconds, detail = one_run(args, env)
        times.append(seconds)
        print(f"run {index + 1}: {seconds:.3f} s  {detail}")
    median = statistics.median(times)
    print(f"start-up to painted window with {what}, {options.runs} runs: "
          f"median {median:.3f} s, min {min(times):.3f} s, max {max(times):.3f} s "
          f"(target < {TARGET_SECONDS:.1f} s: {'met' if median < TARGET_SECONDS else 'NOT met'})")
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
