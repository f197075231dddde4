"""Packages for the bank tests: ARG 2022 and MEX 2020 exported from the real census tables, plus generated countries."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from app.bank import sample

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checks.indec import cuadro3_rows, realdata  # noqa: E402

GENERATED = (("CHL", 2017), ("BRA", 2022), ("ESP", 2021), ("BOL", 2024), ("CHL", 2002))


def arg_package(out: Path) -> Path:
    rows = [{k: v for k, v in r.items() if k != "lineage"} for r in cuadro3_rows(realdata("ar_indec_c2022_tp_migraciones_c3.xlsx"))]
    return sample.build_package(out, "ARG", 2022, rows)


def mex_package(out: Path) -> Path:
    from app.cli import main

    project = out / "MEX-2020.imila"
    assert main(["--lang", "en", "new", str(project), "--country", "MEX", "--year", "2020"]) == 0
    assert main(["--lang", "en", "import", str(project), str(realdata("mx_inegi_cpv2020_b_eum_04_migracion.xlsx")), "--auto"]) == 0
    assert main(["--lang", "en", "export", str(project), "--out", str(out), "--send-unexplained"]) in (0, 1)
    return next(out.glob("MEX_2020_IMILA_v*.zip"))


def generated(out: Path, iso3: str, year: int, **kw) -> Path:
    rng = random.Random(f"{iso3}{year}")
    stocks = sample.sample_stocks(iso3, sample.ORIGINS, rng)
    return sample.build_package(out, iso3, year, sample.country_rows(iso3, year, stocks, **kw))


@pytest.fixture(scope="session")
def packages(tmp_path_factory) -> dict[str, Path]:
    if realdata("ar_indec_c2022_tp_migraciones_c3.xlsx") is None:
        pytest.skip("shared/realdata is not beside the project")
    out = tmp_path_factory.mktemp("bank-packages")
    found = {"ARG2022": arg_package(out), "MEX2020": mex_package(out)}
    for iso3, year in GENERATED:
        kw = {"t11": {"032": 600_000, "076": 40_000, "152": 90_000}} if iso3 == "BOL" else {}
        found[f"{iso3}{year}"] = generated(out / f"{iso3}{year}", iso3, year, **kw)
    return found
