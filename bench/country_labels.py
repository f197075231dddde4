"""How often the matcher names the right place, and how far its confidence can be trusted.

Runs ``app.mapping.suggest("COB", label)`` with an empty memory over the labelled suites:

* ``tests/mapping/country_labels.csv``: country-of-birth labels of real tables;
* ``tests/mapping/country_labels_region.csv``: a second suite of the region's conventions (census tables and
  REDATAM outputs in es/pt/en/fr/nl and Papiamento, UN and CLDR forms, qualifiers, former names, Caribbean short
  forms, typing slips, aggregates and residuals that must not become countries). ``NONE`` as the expected code
  means the right answer is no code (a label of punctuation only).

For each suite it prints the share correct, the codes given at or above the auto-accept threshold
(``AUTO_ACCEPT``: applied without asking) and how many of them are wrong, and a reliability table: confidence band
→ labels, share correct. With ``--misses`` it lists every label not answered correctly.

Run:  .venv/bin/python bench/country_labels.py [--misses] [--classes]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.mapping.matcher import AUTO_ACCEPT, suggest  # noqa: E402

SUITES = (ROOT / "tests" / "mapping" / "country_labels.csv", ROOT / "tests" / "mapping" / "country_labels_region.csv")
BANDS = ((AUTO_ACCEPT, 1.01, f"≥ {AUTO_ACCEPT:.2f} (auto)"), (0.8, AUTO_ACCEPT, "0.80–0.90"), (0.7, 0.8, "0.70–0.80"),
         (0.5, 0.7, "0.50–0.70"), (0.0001, 0.5, "0.00–0.50"), (-1, 0.0001, "no code"))


def evaluate(rows: list[dict]) -> dict:
    """Per label: the suggestion and whether it is right; totals, the auto-accepted share and the bands."""
    results = []
    for row in rows:
        s = suggest("COB", row["label"], lang_hint=row.get("lang") or None)
        expected = None if row["expected"] == "NONE" else row["expected"]
        results.append({**row, "code": s.code, "confidence": s.confidence, "ok": s.code == expected,
                        "reason": s.reason.text("en")})
    auto = [r for r in results if r["code"] is not None and r["confidence"] >= AUTO_ACCEPT]
    bands = []
    for low, high, name in BANDS:
        inside = [r for r in results if (r["code"] is None and low < 0) or
                  (r["code"] is not None and low >= 0 and low <= r["confidence"] < high)]
        bands.append((name, len(inside), sum(r["ok"] for r in inside)))
    return {"results": results, "n": len(results), "correct": sum(r["ok"] for r in results), "auto": len(auto),
            "auto_wrong": [r for r in auto if not r["ok"]], "bands": bands}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def report(path: Path, figures: dict, misses: bool, classes: bool) -> None:
    n, correct, auto = figures["n"], figures["correct"], figures["auto"]
    wrong = figures["auto_wrong"]
    print(f"\n{path.relative_to(ROOT)}: {n} labels")
    print(f"  correct: {correct}/{n} = {correct / n:.1%}")
    auto_share = (auto - len(wrong)) / auto if auto else 1.0
    print(f"  codes at/above auto-accept ({AUTO_ACCEPT}): {auto}, wrong: {len(wrong)}, correct {auto_share:.2%}")
    print("  confidence band     labels   correct")
    for name, count, ok in figures["bands"]:
        share = f"{ok / count:.1%}" if count else "–"
        print(f"  {name:<18} {count:>7}   {share:>7}")
    if classes:
        by_class: dict[str, list] = defaultdict(list)
        for r in figures["results"]:
            by_class[r.get("class") or "-"].append(r)
        print("  class              labels   correct")
        for name, rows in sorted(by_class.items()):
            print(f"  {name:<18} {len(rows):>7}   {sum(r['ok'] for r in rows) / len(rows):>7.1%}")
    for r in wrong:
        print(f"  WRONG AT THRESHOLD: {r['label']!r} expected {r['expected']} got {r['code']} {r['confidence']}")
    if misses:
        for r in figures["results"]:
            if not r["ok"]:
                print(f"  miss: {r['label']!r} expected {r['expected']} got {r['code']} {r['confidence']} ({r['reason']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every label not answered correctly")
    parser.add_argument("--classes", action="store_true", help="share correct per class of label")
    parser.add_argument("suites", nargs="*", type=Path, help="CSV files (label, expected[, lang, class])")
    args = parser.parse_args(argv)
    all_auto = all_auto_wrong = 0
    for path in args.suites or SUITES:
        figures = evaluate(load(path))
        report(path.resolve(), figures, args.misses, args.classes)
        all_auto += figures["auto"]
        all_auto_wrong += len(figures["auto_wrong"])
    if all_auto:
        print(f"\nboth suites: {all_auto} codes at/above the threshold, {all_auto_wrong} wrong, "
              f"{(all_auto - all_auto_wrong) / all_auto:.2%} correct")
    return 0


if __name__ == "__main__":
    sys.exit(main())
