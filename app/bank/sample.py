"""Generated submission packages: consistent fictional tables of any country and round.

For demonstrations, tests and the benchmark of the bank. Each package is a
real project exported by the application (so it verifies like any office's
package): T01 (COB × SEX × AGE), T04 (COB × SEX × ARRIVAL) with every
published total, and T11 (COR × SEX × AGE × DEPART) when asked.
"""

from __future__ import annotations

import random
from itertools import product
from pathlib import Path

AGES = [f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)] + ["85+"]
ORIGINS = ["032", "068", "076", "152", "170", "218", "604", "600", "858", "862", "484", "724"]


def split(total: int, weights: list[float]) -> list[int]:
    """``total`` split by ``weights`` into integers that add up exactly (largest remainder)."""
    s = sum(weights) or 1
    raw = [total * w / s for w in weights]
    parts = [int(r) for r in raw]
    rest = total - sum(parts)
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)[:rest]:
        parts[i] += 1
    return parts


def with_totals(table: str, dims: list[str], leaves: dict[tuple, int]) -> list[dict]:
    """Every cell of a cube plus its published totals along every dimension."""
    codes = [sorted({k[i] for k in leaves}) + ["_T"] for i in range(len(dims))]
    sums: dict[tuple, int] = {}
    for key, value in leaves.items():
        for mask in product((False, True), repeat=len(dims)):
            cell = tuple("_T" if m else c for m, c in zip(mask, key))
            sums[cell] = sums.get(cell, 0) + value
    del codes
    return [{"table_id": table, **dict(zip(dims, cell)), "value": value, "flag": "A"} for cell, value in sums.items()]


def _arrival_bands(year: int) -> list[str]:
    start = min(1990, year - 30)
    bands = [f"<{start}"]
    while start + 9 < year:
        bands.append(f"{start}-{start + 9}")
        start += 10
    bands.append(f"{start}-{year}")
    return bands


def country_rows(iso3: str, year: int, stocks: dict[str, int], *, seed: int = 0,
                 t11: dict[str, int] | None = None) -> list[dict]:
    """T01 and T04 of a country whose foreign-born stocks (COB → persons) are ``stocks``; T11 from ``t11`` (COR → persons)."""
    rng = random.Random(f"{iso3}{year}{seed}")
    t01, t04 = {}, {}
    bands = _arrival_bands(year)
    for cob, stock in stocks.items():
        women_share = 0.45 + 0.12 * rng.random()
        by_sex = dict(zip(("2", "1"), split(stock, [women_share, 1 - women_share])))
        for sex, n in by_sex.items():
            weights = [max(0.2, 1.0 - abs(i - 6) / 10) * (0.8 + 0.4 * rng.random()) for i in range(len(AGES))]
            for age, v in zip(AGES, split(n, weights)):
                t01[(cob, sex, age)] = v
            for band, v in zip(bands, split(n, [1 + i + rng.random() for i in range(len(bands))])):
                t04[(cob, sex, band)] = v
    rows = with_totals("T01", ["COB", "SEX", "AGE"], t01) + with_totals("T04", ["COB", "SEX", "ARRIVAL"], t04)
    if t11:
        t11_leaves = {}
        groups = ["00-14", "15-29", "30-44", "45-64", "65+"]
        departs = [f"{year - 10}-{year - 6}", f"{year - 5}-{year}"]
        for cor, n in t11.items():
            for (sex, age, dep), v in zip(product(("1", "2"), groups, departs),
                                          split(n, [1 + rng.random() for _ in range(2 * len(groups) * len(departs))])):
                t11_leaves[(cor, sex, age, dep)] = v
        rows += with_totals("T11", ["COR", "SEX", "AGE", "DEPART"], t11_leaves)
    return rows


def build_package(out_dir: str | Path, iso3: str, year: int, rows: list[dict], *, versions: int = 1,
                  explain: dict[str, str] | None = None, **metadata) -> Path:
    """A project of ``rows`` exported ``versions`` times; returns the last package."""
    import tempfile

    from app.workflow import check_project, export_package, new_project

    out_dir = Path(out_dir)
    with tempfile.TemporaryDirectory() as tmp:
        project = new_project(Path(tmp) / f"{iso3}-{year}.imila", iso3, year, **metadata)
        try:
            with project.action("observations.import", {"sample": iso3}):
                project.replace_observations(rows, source_id=None)
            if explain:
                for f in check_project(project):
                    for prefix, text in explain.items():
                        if f.key.startswith(prefix):
                            project.explain(f.key, text)
            package = None
            for _ in range(versions):
                package = export_package(project, out_dir, lang="en", confirm_unexplained=True)
        finally:
            project.close()
    return package


def sample_stocks(iso3: str, origins: list[str], rng: random.Random, scale: int = 50_000) -> dict[str, int]:
    from app.workflow import country_by_iso3

    own = country_by_iso3(iso3)
    return {cob: int(scale * (0.05 + rng.random())) for cob in origins if not own or cob != own.code}
