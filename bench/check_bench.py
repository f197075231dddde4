"""Benchmark of the data-quality checks: run_checks on a demo-size and a large project.

Generates consistent synthetic census tables (T00–T10, T05 filling up the
large size) with a handful of seeded errors and prints the median time of
``run_checks`` over several runs. The smallest project it makes (two
countries of birth in every table) has about 3,000 observations, a little
more than the demo project; the large one about 200,000. Targets: under
200 ms for the demo size, under 2 s for 200,000 observations.

    .venv/bin/python bench/check_bench.py [--runs N] [--sizes 2000,200000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from itertools import product
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.checks import run_checks  # noqa: E402
from app.models.schema import load_schema  # noqa: E402

FIVE_YEAR = [f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)] + ["85+"]
SEXES = ["1", "2"]
CATEGORIES = {
    "MARST": ["1", "2", "3", "4", "5", "6", "9"],
    "EDUC": ["0", "1-3", "4-6", "7-9", "10-12", "13+", "UNK"],
    "ACT": ["1", "2", "3", "9"],
    "IND": [*"ABCDEFGHIJKLMNOPQRSTU", "X"],
    "OCC": [*"0123456789", "X"],
    "ICSE": ["1", "2", "3", "4", "5", "9"],
    "CEB": ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10+", "99"],
    "ARRIVAL": ["<1990", "1990-1999", "2000-2004", "2005-2009", "2010-2014", "2015-2019", "2020-2022", "UNK"],
    "DEPART": ["2013-2015", "2016-2018", "2019-2022"],
}


def _split(rng, totals: np.ndarray, k: int) -> np.ndarray:
    """Integer split of each total into k parts (last axis), by a random profile."""
    profile = rng.dirichlet(np.full(k, 2.0))
    flat = totals.reshape(-1).astype(np.int64)
    return rng.multinomial(flat, profile).reshape(*totals.shape, k)


def _rows(table: str, dims: list[str], codes: list[list[str]], leaves: np.ndarray, regions: dict[str, list[int]] | None) -> list[pd.DataFrame]:
    """Every cell of an additive table: leaves, all ``_T`` margins, region subtotals on the first axis."""
    frames = []
    for mask in product((False, True), repeat=len(dims)):
        axes = tuple(i for i, m in enumerate(mask) if m)
        array = leaves.sum(axis=axes, keepdims=True) if axes else leaves
        variants = [(codes[0], array)]
        if regions and not mask[0]:
            region_codes = list(regions)
            stacked = np.concatenate([array[members].sum(axis=0, keepdims=True) for members in regions.values()], axis=0)
            variants.append((region_codes, stacked))
        for first_codes, arr in variants:
            level = [first_codes if not mask[0] else ["_T"]] + [["_T"] if m else c for m, c in zip(mask[1:], codes[1:])]
            grids = np.meshgrid(*[np.asarray(c, dtype=object) for c in level], indexing="ij")
            frame = pd.DataFrame({d: g.reshape(-1) for d, g in zip(dims, grids)})
            frame["value"] = arr.reshape(-1).astype(float)
            frame["table_id"] = table
            frames.append(frame)
    return frames


def generate(target: int, seed: int = 7) -> tuple[pd.DataFrame, dict]:
    """A synthetic project of about ``target`` observations (consistent tables plus a few seeded errors)."""
    rng = np.random.default_rng(seed)
    schema = load_schema()
    countries = [c for c in schema.codelist("COB") if c.kind == "country"]
    per_country = 750  # observations per country of birth over T01–T10 (with region rows), measured
    n = int(np.clip(target / per_country, 2, len(countries)))
    chosen = [countries[i] for i in rng.choice(len(countries), size=n, replace=False)]
    cob = [c.code for c in chosen] + ["UNK"]
    cob_list = schema.codelist("COB")
    regions: dict[str, list[int]] = {}
    for i, code in enumerate(cob[:-1]):
        region = next((a for a in cob_list.ancestors(code) if cob_list.get(a) and cob_list.get(a).kind == "region"), None)
        if region:
            regions.setdefault(region, []).append(i)
    stock = np.maximum(rng.lognormal(8.5, 1.6, size=(len(cob), 2)).astype(np.int64), 20)
    t01 = _split(rng, stock, len(FIVE_YEAR))  # COB × SEX × AGE
    frames = _rows("T01", ["COB", "SEX", "AGE"], [cob, SEXES, FIVE_YEAR], t01, regions)
    foreign = t01.sum(axis=0)
    native = foreign * 12 + rng.integers(1000, 50000, size=foreign.shape)
    t00 = np.stack([native, foreign])
    frames += _rows("T00", ["NATIVITY", "SEX", "AGE"], [["N", "F"], SEXES, FIVE_YEAR], t00, None)
    frames += _rows("T04", ["COB", "SEX", "ARRIVAL"], [cob, SEXES, CATEGORIES["ARRIVAL"]], _split(rng, t01.sum(axis=2), 8), regions)
    adults = t01[:, :, 3:].sum(axis=2)  # 15+
    frames += _rows("T02", ["COB", "SEX", "MARST"], [cob, SEXES, CATEGORIES["MARST"]], _split(rng, adults, 7), regions)
    frames += _rows("T06", ["COB", "SEX", "EDUC"], [cob, SEXES, CATEGORIES["EDUC"]], _split(rng, adults, 7), regions)
    act = _split(rng, adults, 4)
    frames += _rows("T07", ["COB", "SEX", "ACT"], [cob, SEXES, CATEGORIES["ACT"]], act, regions)
    employed = act[:, :, 0]
    for table, dim in (("T08", "IND"), ("T09", "OCC"), ("T10", "ICSE")):
        frames += _rows(table, ["COB", "SEX", dim], [cob, SEXES, CATEGORIES[dim]], _split(rng, employed, len(CATEGORIES[dim])), regions)
    women = t01[:, 1, 3:]  # COB × AGE (15+)
    frames += _rows("T03", ["COB", "AGE", "CEB"], [cob, FIVE_YEAR[3:], CATEGORIES["CEB"]], _split(rng, women, 12), regions)
    observations = pd.concat(frames, ignore_index=True)
    missing = target - len(observations)
    if missing > 0:  # fill up with T05 (residence five years earlier), a table of its own universe
        side = max(2, int(np.sqrt(missing / 54)) - 2)  # 54 cells (3 sexes × 18 ages) per pair of codes
        res5 = [c.code for c in countries[:side]] + ["NAT"]
        cob5 = list(res5)
        t05 = _split(rng, rng.integers(100, 5000, size=(len(cob5), len(res5), 2)), len(FIVE_YEAR) - 1)
        observations = pd.concat([observations, *_rows("T05", ["COB", "RES5", "SEX", "AGE"], [cob5, res5, SEXES, FIVE_YEAR[1:]], t05, None)], ignore_index=True)
    dims = schema.all_dimension_ids
    for dim in dims:
        observations[dim] = observations[dim].fillna("") if dim in observations else ""
    observations["flag"] = "A"
    observations["kind"] = ""
    observations["members"] = ""
    observations["source_id"] = 1
    observations["mapping_id"] = 1
    observations["lineage"] = "bench!" + observations.index.astype(str)
    observations.insert(0, "id", np.arange(1, len(observations) + 1))
    # Seeded errors: a wrong country cell, a negative value, a late arrival period.
    observations.loc[observations.index[(observations["table_id"] == "T01") & (observations["COB"] == cob[0])][5], "value"] += 1000
    observations.loc[observations.index[observations["table_id"] == "T02"][7], "value"] = -3
    late = observations.index[(observations["table_id"] == "T04") & (observations["ARRIVAL"] == "2020-2022")][0]
    observations.loc[late, "ARRIVAL"] = "2020-2024"
    columns = ["id", "table_id", *dims, "value", "flag", "kind", "members", "source_id", "mapping_id", "lineage"]
    return observations[columns], {"census_year": 2022}


def bench(target: int, runs: int) -> tuple[int, float, int]:
    observations, metadata = generate(target)
    run_checks(observations, metadata)  # warm-up (schema load, imports)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        findings = run_checks(observations, metadata)
        times.append(time.perf_counter() - start)
    return len(observations), statistics.median(times), len(findings)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="2000,200000")
    args = parser.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        count, median, findings = bench(size, args.runs if size <= 20000 else max(3, args.runs // 2))
        print(f"{count:>9,} observations  median {median * 1000:8.1f} ms  ({findings} findings)")


if __name__ == "__main__":
    main()
