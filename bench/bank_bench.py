"""Benchmark of the IMILA data bank: load a bank of 40 countries × 6 census rounds, then time every query.

Generates (once, cached in ``--packages``) one real submission package per
country and round with ``app.bank.sample`` — exported by the application, so
each verifies like an office's package — with T01, T04 and T11 over 40
countries of birth. Then it times ``bank add`` of all of them into a fresh
bank (every package verified: checksums, structure, the checks) and the
median of several runs of each query. Targets: the load in seconds, every
query under 200 ms.

    .venv/bin/python bench/bank_bench.py [--packages DIR] [--countries 40] [--rounds 6] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.bank import open_bank, sample  # noqa: E402
from app.bank.queries import across_rounds, by_destination, emigrants, households, matrix, matrix_grid, pyramid  # noqa: E402

COUNTRIES = ["ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM", "HTI", "HND", "MEX",
             "NIC", "PAN", "PRY", "PER", "URY", "VEN", "CAN", "USA", "ESP", "ITA", "PRT", "FRA", "DEU", "GBR",
             "NLD", "BEL", "CHE", "AUT", "SWE", "NOR", "JPN", "AUS", "JAM", "TTO", "BLZ", "GUY"]
YEARS = [1970, 1980, 1991, 2001, 2011, 2022]


def generate(folder: Path, countries: list[str], years: list[int]) -> list[Path]:
    from app.workflow import country_by_iso3

    origins = [country_by_iso3(c).code for c in countries]
    found = []
    for iso3 in countries:
        for year in years:
            existing = list((folder / f"{iso3}{year}").glob("*.zip"))
            if existing:
                found.append(existing[0])
                continue
            rng = random.Random(f"{iso3}{year}")
            stocks = sample.sample_stocks(iso3, origins, rng)
            t11 = {o: int(20_000 * (0.1 + rng.random())) for o in origins[:10] if o != country_by_iso3(iso3).code}
            rows = sample.country_rows(iso3, year, stocks, t11=t11)
            found.append(sample.build_package(folder / f"{iso3}{year}", iso3, year, rows))
    return found


def timed(func, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packages", default=str(Path(tempfile.gettempdir()) / "imila-bank-bench"))
    parser.add_argument("--countries", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(args.packages)
    folder.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    packages = generate(folder, COUNTRIES[: args.countries], YEARS[-args.rounds:])
    print(f"packages: {len(packages)} ready in {time.perf_counter() - t:.1f} s ({folder})")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "IMILA.imilabank"
        t = time.perf_counter()
        with open_bank(path) as bank:
            results = [bank.add(p) for p in packages]
            counts = bank.counts()
        load = time.perf_counter() - t
        refused = [r for r in results if not r.ok]
        print(f"load: {len(results) - len(refused)} packages, {counts['observations']:,} observations in {load:.1f} s "
              f"({1000 * load / len(results):.0f} ms a package, each verified); refused {len(refused)}")
        with open_bank(path, read_only=True) as bank:
            queries = {
                "emigrants --origin PRY": lambda: emigrants(bank, "PRY"),
                "emigrants --origin PRY --round 2020 --by SEX,AGE": lambda: emigrants(bank, "PRY", round_=2020, by=["SEX", "AGE"]),
                "emigrants --origin PER --by ARRIVAL": lambda: emigrants(bank, "PER", by=["ARRIVAL"]),
                "destinations --origin PRY (bar chart)": lambda: by_destination(bank, "PRY"),
                "pyramid --origin PRY --round 2020 (all destinations)": lambda: pyramid(bank, "PRY", 2020),
                "matrix --round 2020": lambda: matrix(bank, 2020),
                "matrix --round 2020 as the shaded grid": lambda: matrix_grid(matrix(bank, 2020)),
                "rounds --destination ARG": lambda: across_rounds(bank, "ARG"),
                "households --origin BOL": lambda: households(bank, "BOL"),
                "list": lambda: bank.packages(),
            }
            worst = 0.0
            for name, func in queries.items():
                ms = timed(func, args.runs)
                worst = max(worst, ms)
                answer = func()
                rows = answer.rows if hasattr(answer, "rows") else answer["cells"] if isinstance(answer, dict) else answer
                size = len(rows)
                print(f"  {name:<54} {ms:7.1f} ms  ({size} rows)")
        print(f"slowest query {worst:.1f} ms (target < 200 ms); load {load:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
