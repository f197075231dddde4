"""Peak memory of an import of the largest accepted files, each beside its floor, in fresh processes.

Generates, in a temporary folder (or ``--dir``):

* a long CSV just under the size limit (``ImportLimits.max_file_bytes``): one row per
  country of birth × sex × age group × region of residence and a value column — the
  shape of an office's database extract;
* the same shape at ``--csv-mb`` (200 MB by default);
* a workbook of census tables (``bench/import_bench.py``'s generator) with as many
  cells as the workbook limits accept (``--xlsx-sheets`` × ``--xlsx-rows``).

Each measurement runs in its own child process: wall time of the whole process and
its peak resident memory (``ru_maxrss`` of that child, from ``os.wait4``). For each
file it prints the product (``app.importers.read_file``; for the CSV also the whole
``imila-desk import`` into a new project), the floor (a plain pandas read of the same
file, pyarrow's CSV reader, pandas + calamine for the workbook), their ratio, and the
peak memory as a multiple of the file size. Goals: peak RSS < 1 GB for the largest
accepted input; CSV import within 2× a pandas read, memory within 3× the file.

Run: ``.venv/bin/python bench/import_rss.py [--csv-mb 200] [--repeat 1] [--dir FOLDER] [--skip-xlsx]``
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

GB = 1024 ** 3

CHILDREN = {
    "product": "import sys; from app.importers import read_file; "
               "r = read_file(sys.argv[1], sheet=None if sys.argv[1].endswith('.csv') else '*'); "
               "print(sum(len(t.frame) for t in r.tables))",
    "pandas": "import sys, pandas as pd; print(pd.read_csv(sys.argv[1]).size)",
    "pyarrow": "import sys, pyarrow.csv as c; print(c.read_csv(sys.argv[1]).num_rows)",
    "pandas+calamine": "import sys, pandas as pd; "
                       "print(sum(f.size for f in pd.read_excel(sys.argv[1], sheet_name=None, header=None, "
                       "engine='calamine').values()))",
}


def make_long_csv(path: Path, target_bytes: int) -> int:
    """Country of birth × sex × age group × region rows and a value column, up to ``target_bytes``; the row count."""
    countries = [f"País {k:03d}" for k in range(200)]
    sexes = ["Hombres", "Mujeres"]
    ages = [f"{5 * k:02d}-{5 * k + 4:02d}" for k in range(17)] + ["85 y más"]
    regions = [f"Región {k:02d}" for k in range(1, 41)]
    header = "pais_nacimiento,sexo,edad,region,valor\n".encode()
    n = 0
    size = len(header)
    with open(path, "wb") as fh:
        fh.write(header)
        while True:
            for c in countries:
                lines = []
                for s in sexes:
                    for a in ages:
                        for r in regions:
                            lines.append(f"{c},{s},{a},{r},{(n * 37) % 100000}\n")
                            n += 1
                chunk = "".join(lines).encode()
                if size + len(chunk) > target_bytes:
                    # the last block line by line, up to the target
                    for line in lines:
                        b = line.encode()
                        if size + len(b) > target_bytes:
                            return n
                        fh.write(b)
                        size += len(b)
                    return n
                fh.write(chunk)
                size += len(chunk)


def run_child(kind: str, path: Path, extra: list[str] | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS bytes) of one fresh process."""
    if kind == "cli-import":
        project = path.with_suffix(".imila")
        project.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "app", "new", str(project), "--country", "CHL", "--year", "2024"],
                       cwd=ROOT, check=True, capture_output=True)
        cmd = [sys.executable, "-m", "app", "import", str(project), str(path)]
    else:
        cmd = [sys.executable, "-c", CHILDREN[kind], str(path)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    out = proc.stdout.read().decode(errors="replace")
    err = proc.stderr.read().decode(errors="replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 and not (kind == "cli-import" and proc.returncode == 0):
        raise SystemExit(f"{kind} failed on {path.name} (rc {proc.returncode}):\n{out[-2000:]}\n{err[-2000:]}")
    if kind == "cli-import":
        path.with_suffix(".imila").unlink(missing_ok=True)
    return wall, usage.ru_maxrss * 1024.0


def best(kind: str, path: Path, repeat: int) -> tuple[float, float]:
    runs = [run_child(kind, path) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def report(path: Path, rows: list[tuple[str, float, float]], floor: str) -> None:
    size = path.stat().st_size
    floor_t = {name: t for name, t, _ in rows}[floor]
    print(f"\n{path.name}: {size / 1e6:.1f} MB")
    print(f"| run | wall s | ÷ {floor} | peak RSS MB | RSS ÷ file | < 1 GB |")
    print("|---|---|---|---|---|---|")
    for name, t, rss in rows:
        print(f"| {name} | {t:.2f} | {t / floor_t:.2f} | {rss / 2**20:.0f} | {rss / size:.2f} | "
              f"{'yes' if rss < GB else 'NO'} |")


def main(argv=None) -> int:
    from app.importers.safety import DEFAULT_LIMITS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv-mb", type=float, default=200.0, help="the second CSV's size in MB (the first is the limit)")
    ap.add_argument("--xlsx-sheets", type=int, default=50)
    ap.add_argument("--xlsx-rows", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each child; the fastest time, the largest RSS")
    ap.add_argument("--dir", help="keep the generated files in this folder (reused when present)")
    ap.add_argument("--skip-xlsx", action="store_true")
    ap.add_argument("--skip-limit", action="store_true", help="leave out the CSV at the size limit")
    args = ap.parse_args(argv)
    tmp = None
    if args.dir:
        folder = Path(args.dir)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        folder = Path(tmp.name)
    ok = True
    try:
        files = []
        if not args.skip_limit:
            files.append(("long_limit.csv", DEFAULT_LIMITS.max_file_bytes - 1024 * 1024))
        files.append((f"long_{int(args.csv_mb)}mb.csv", int(args.csv_mb * 1e6)))
        for name, target in files:
            path = folder / name
            if not path.exists() or abs(path.stat().st_size - target) > 1024 * 1024:
                t = time.perf_counter()
                n = make_long_csv(path, target)
                print(f"generated {name}: {n:,} rows, {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")
            rows = []
            for kind in ("product", "cli-import", "pandas", "pyarrow"):
                t, rss = best(kind, path, args.repeat)
                rows.append((kind if kind != "product" else "read_file", t, rss))
            report(path, rows, "pandas")
            ok &= all(rss < GB for name, _, rss in rows if name in ("read_file", "cli-import"))
        if not args.skip_xlsx:
            from import_bench import make_workbook

            path = folder / f"census_{args.xlsx_sheets}x{args.xlsx_rows}.xlsx"
            if not path.exists():
                make_workbook(path, args.xlsx_sheets, args.xlsx_rows)
            rows = []
            for kind in ("product", "pandas+calamine"):
                t, rss = best(kind, path, args.repeat)
                rows.append((kind if kind != "product" else "read_file", t, rss))
            report(path, rows, "pandas+calamine")
            ok &= rows[0][2] < GB
        if hasattr(os, "getloadavg"):
            print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        print("OK" if ok else "OVER 1 GB")
        return 0 if ok else 1
    finally:
        if tmp is not None:
            tmp.cleanup()


if __name__ == "__main__":
    raise SystemExit(main())
