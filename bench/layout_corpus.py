"""The layout corpus: ``import --auto`` on census tables laid out as the offices of the region publish them.

For every layout of tests/corpus/layouts.py (INDEC, INEGI, INE Chile, DANE,
IBGE/SIDRA, INEI, INEC Costa Rica, INEC Ecuador, ONE, INE Bolivia, CBS Aruba,
CBS Curaçao, ABS Suriname, STATIN, CSO Trinidad and Tobago, Barbados, IHSI and
REDATAM+SP outputs) a fresh project of that country and census year is made,
the file written, and the real automatic import run with no mapping memory;
what it wrote is compared with the layout's true IMILA cells. Prints one line
per layout and the totals: auto-imported exactly / refused with a question /
written incomplete / WRITTEN WRONG (must be 0) / crashed.

    .venv/bin/python bench/layout_corpus.py [--only SUBSTRING] [--failures FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("IMILA_DESK_HOME", tempfile.mkdtemp(prefix="imila-corpus-home-"))

from corpus.layouts import build  # noqa: E402
from corpus.runner import report, run_all  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the layouts whose id contains this text")
    parser.add_argument("--failures", help="also write the layouts that are not exact, with the reason, to this file")
    args = parser.parse_args(argv)
    layouts = build()
    if args.only:
        layouts = [lay for lay in layouts if args.only in lay.id]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="imila-corpus-") as folder:
        results = run_all(layouts, Path(folder))
    text = report(results)
    print(text)
    print(f"time: {time.perf_counter() - start:.1f} s")
    if args.failures:
        lines = ["# Layouts of the corpus that are not imported exactly", "",
                 "Written by bench/layout_corpus.py. One line each: layout, expected, outcome, what happened.", ""]
        for r in results:
            if r.outcome != "exact":
                lines.append(f"- `{r.layout.id}` ({r.layout.office}, {r.layout.ext}; expect {r.layout.expect}): "
                             f"**{r.outcome}** — {r.detail or '-'}"
                             + (f" — a person must decide: {r.layout.why}" if r.layout.why else ""))
        lines += ["", "## Totals", "", "```", *text.splitlines()[-9:], "```", ""]
        Path(args.failures).write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
