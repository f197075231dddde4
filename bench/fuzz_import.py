"""The long import fuzzer: thousands of seeded mutants of the real tables and the layout corpus.

Each mutant (tests/fuzz/mutants.py: rows and columns deleted, repeated or
swapped, cells blanked or replaced by odd tokens, the sheet saved as text in
another encoding, the bytes cut short or flipped, inside the zip too) goes
through ``read_file`` and ``import --auto`` into a real project, in a worker
process so that an abort is counted, not suffered; the oracle
(tests/fuzz/oracle.py) says whether what was written is right. Prints the
counts: cases, clean messages, correct imports, tracebacks, aborts, silent
wrong figures, and one line per case that is none of the first two.

    .venv/bin/python bench/fuzz_import.py [--seed 1] [--count 2000] [--jobs 1] [--realdata DIR]
    .venv/bin/python bench/fuzz_import.py --seed 1 --case 17 --keep /tmp/case17   # one case, its file kept

Exit status 1 when any case is a traceback, an abort or a silent wrong figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTED = ("traceback", "abort", "wrong")


def _realdata() -> Path | None:
    for parent in ROOT.parents:
        if (parent / "shared" / "realdata").is_dir():
            return parent / "shared" / "realdata"
    return None


def _setup_path() -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    os.environ.setdefault("IMILA_DESK_HOME", tempfile.mkdtemp(prefix="imila-fuzz-home-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def worker(seed: int, realdata: str | None, folder: str) -> int:
    """Read case numbers on stdin, write one JSON line per case on stdout."""
    _setup_path()
    from fuzz.harness import Runner
    from fuzz.mutants import all_bases, mutant

    bases = all_bases(Path(realdata) if realdata else None)
    runner = Runner(Path(folder))
    out = sys.stdout
    sys.stdout = sys.stderr  # anything the product prints stays out of the protocol
    for line in sys.stdin:
        index = int(line)
        try:
            m = mutant(bases, seed, index)
            name = m.id
            result = runner.run(m)
            record = {"index": index, "id": name, "outcome": result.outcome, "detail": result.detail}
        except Exception as exc:  # the fuzzer itself failed on this case: say so, do not count it as the product's
            record = {"index": index, "id": "?", "outcome": "harness", "detail": f"{type(exc).__name__}: {exc}"}
        out.write(json.dumps(record) + "\n")
        out.flush()
    return 0


class Worker:
    def __init__(self, seed: int, realdata: str | None, folder: str):
        self.args = [sys.executable, __file__, "--worker", "--seed", str(seed), "--folder", folder]
        if realdata:
            self.args += ["--realdata", realdata]
        self.proc = None

    def ask(self, index: int) -> dict:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(self.args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, text=True, bufsize=1)
        self.proc.stdin.write(f"{index}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.proc = None
            return {"index": index, "id": f"case {index}", "outcome": "abort", "detail": f"worker died, exit status {code}"}
        return json.loads(line)

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


def run(seed: int, count: int, jobs: int, realdata: str | None, start: int = 0) -> int:
    import threading

    counts: Counter = Counter()
    lines: list[str] = []
    lock = threading.Lock()
    todo = iter(range(start, start + count))
    began = time.perf_counter()

    def loop(folder: str) -> None:
        w = Worker(seed, realdata, folder)
        try:
            while True:
                with lock:
                    index = next(todo, None)
                if index is None:
                    return
                record = w.ask(index)
                with lock:
                    counts[record["outcome"]] += 1
                    if record["outcome"] not in ("clean", "correct"):
                        lines.append(f"{record['outcome']:9} {record['id'][:150]} — {record['detail'][:300]}")
                        print(lines[-1], flush=True)
        finally:
            w.close()

    with tempfile.TemporaryDirectory(prefix="imila-fuzz-") as folder:
        threads = [threading.Thread(target=loop, args=(str(Path(folder) / f"w{j}"),)) for j in range(jobs)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    seconds = time.perf_counter() - began
    print(f"seed {seed}, cases {sum(counts.values())}: clean {counts['clean']}, correct {counts['correct']}, "
          f"tracebacks {counts['traceback']}, aborts {counts['abort']}, silent wrong {counts['wrong']}"
          + (f", harness failures {counts['harness']}" if counts["harness"] else "")
          + f" ({seconds:.0f} s)")
    return 1 if any(counts[o] for o in REPORTED) or counts["harness"] else 0


def one_case(seed: int, index: int, realdata: str | None, keep: str | None) -> int:
    _setup_path()
    from fuzz.harness import Runner
    from fuzz.mutants import all_bases, mutant

    m = mutant(all_bases(Path(realdata) if realdata else None), seed, index)
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="imila-fuzz-case-"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"case-{seed}-{index}.{m.ext}").write_bytes(m.data)
    result = Runner(folder / "run").run(m)
    print(f"{m.id}\n  kind {m.kind}, sheet {m.sheet}, file {folder / f'case-{seed}-{index}.{m.ext}'}\n"
          f"  {result.outcome}: {result.detail}")
    return 0 if result.outcome in ("clean", "correct") else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--start", type=int, default=0, help="first case number")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--realdata", default=None, help="folder of the real tables (default: shared/realdata beside)")
    parser.add_argument("--case", type=int, help="run this one case in this process and keep its file")
    parser.add_argument("--keep", help="with --case: the folder to write the mutant into")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    realdata = args.realdata or (str(_realdata()) if _realdata() else None)
    if args.worker:
        return worker(args.seed, realdata, args.folder)
    if args.case is not None:
        return one_case(args.seed, args.case, realdata, args.keep)
    return run(args.seed, args.count, max(1, args.jobs), realdata, args.start)


if __name__ == "__main__":
    sys.exit(main())
