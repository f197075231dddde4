"""The IMILA data bank: verified packages in, emigration read the other way round out."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile

import openpyxl
import pytest

from app.bank import open_bank
from app.bank.exports import to_csv, to_sdmx, to_xlsx
from app.bank.queries import across_rounds, emigrants, households, matrix
from app.cli import main

CURRENT = ("ARG2022", "MEX2020", "CHL2017", "BRA2022", "ESP2021", "BOL2024")


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.fixture
def bank_path(tmp_path, packages):
    path = tmp_path / "IMILA.imilabank"
    assert cli("bank", "add", path, *(packages[k] for k in CURRENT)) == 0
    return path


def test_packages_load_and_list(bank_path, capsys):
    with open_bank(bank_path, read_only=True) as bank:
        listed = {(p["iso3"], p["round"]) for p in bank.packages()}
        log = bank.load_log()
    assert listed == {("ARG", 2020), ("MEX", 2020), ("CHL", 2010), ("BRA", 2020), ("ESP", 2020), ("BOL", 2020)}
    assert len(log) == 6 and all(r["outcome"] == "loaded" and len(r["sha256"]) == 64 and r["who"] for r in log)
    capsys.readouterr()
    assert cli("bank", "list", bank_path, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    arg = next(p for p in data["packages"] if p["iso3"] == "ARG")
    assert arg["tables"] == "T01" and arg["version"] == 1 and arg["findings"] >= 0


def test_emigrants_of_paraguay(bank_path, capsys):
    capsys.readouterr()
    assert cli("bank", "emigrants", bank_path, "--origin", "PRY", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    rows = {(r["round"], r["destination"]): r for r in data["rows"]}
    assert rows[(2020, "ARG")]["value"] == 522_598
    assert rows[(2020, "ARG")]["women"] == 298_850
    others = {d for (_, d) in rows} - {"ARG"}
    assert {"CHL", "BRA", "ESP", "BOL"} <= others
    total_2020 = next(t for t in data["totals"] if t["round"] == 2020)
    assert total_2020["value"] == sum(r["value"] for (rnd, _), r in rows.items() if rnd == 2020)
    assert total_2020["destinations"] >= 3


def test_emigrants_by_sex_and_age_and_arrival(bank_path):
    with open_bank(bank_path, read_only=True) as bank:
        by = emigrants(bank, "PRY", round_=2020, by=["SEX", "AGE"])
        arrival = emigrants(bank, "PRY", round_=2020, by=["ARRIVAL"])
    arg = [r for r in by.records() if r["destination"] == "ARG"]
    women = sum(r["value"] for r in arg if r["SEX"] == "2" and r["AGE"] != "_T")
    assert women == 298_850
    assert {r["destination"] for r in arrival.records()} >= {"BRA", "ESP"}
    assert "ARG" not in {r["destination"] for r in arrival.records()}  # ARG 2022 has no T04


def test_matrix_has_women_share_and_sex_ratio(bank_path):
    with open_bank(bank_path, read_only=True) as bank:
        result = matrix(bank, 2020)
    cell = next(r for r in result.records() if r["origin"] == "PRY" and r["destination"] == "ARG")
    assert cell["value"] == 522_598 and cell["women"] == 298_850
    assert cell["women_pct"] == pytest.approx(57.2, abs=0.05)
    assert cell["sex_ratio"] == pytest.approx(100 * 223_748 / 298_850, abs=0.05)
    assert {r["destination"] for r in result.records()} >= {"ARG", "BRA", "ESP"}


def test_across_rounds_and_comparison(bank_path, packages):
    with open_bank(bank_path) as bank:
        result = bank.add(packages["CHL2002"])
        assert result.ok and result.round == 2000
        rounds = across_rounds(bank, "CHL")
        # the 2017 census compared with the 2002 one already in the bank
        from app.bank.store import read_package

        frame, *_ = read_package(packages["CHL2017"], bank.dims)
        found = bank.compare(frame, "CHL", 2010, tolerance=0.0)
    per_origin = {}
    for r in rounds.records():
        per_origin.setdefault(r["origin"], []).append(r["round"])
    assert per_origin["PRY"] == [2000, 2010]
    assert found and all(f["previous_round"] == 2000 and f["rule"] == "BNK-001" for f in found)


def test_household_emigration_beside_destinations(bank_path):
    with open_bank(bank_path, read_only=True) as bank:
        result = households(bank, "BOL")
    rows = {r["residence"]: r for r in result.records()}
    assert rows["ARG"]["reported_by_households"] == 600_000
    assert rows["ARG"]["counted_by_destination"] == 338_299
    assert rows["BRA"]["counted_by_destination"] > 0


def test_newer_version_replaces_and_keeps_history(tmp_path, packages, bank_path):
    from .conftest import arg_package

    out = tmp_path / "v2"
    out.mkdir()
    arg_package(out)  # v1 of a fresh project
    with open_bank(bank_path) as bank:
        same = bank.add(packages["ARG2022"])
        assert not same.ok
    # a second export of the same project is version 2
    from app.bank import sample
    from checks.indec import cuadro3_rows, realdata

    rows = [{k: v for k, v in r.items() if k != "lineage"} for r in cuadro3_rows(realdata("ar_indec_c2022_tp_migraciones_c3.xlsx"))]
    v2 = sample.build_package(tmp_path / "v2b", "ARG", 2022, rows, versions=2)
    with open_bank(bank_path) as bank:
        result = bank.add(v2)
        assert result.ok and result.replaced == 1 and result.version == 2
        assert [(h["iso3"], h["version"]) for h in bank.history()] == [("ARG", 1)]
        assert [p["version"] for p in bank.packages() if p["iso3"] == "ARG"] == [2]
        counts = bank.counts()
    assert counts["history"] == 1


def _tamper(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "data/T01.csv":
                data = data.replace(b"522598", b"622598")
            zout.writestr(info, data)


def test_tampered_package_is_refused_and_bank_unchanged(tmp_path, packages, bank_path, capsys):
    bad = tmp_path / "ARG_2022_IMILA_v9.zip"
    _tamper(packages["ARG2022"], bad)
    before = (bank_path.read_bytes(), )
    with open_bank(bank_path, read_only=True) as bank:
        counts, rows = bank.counts(), bank.packages()
    del before
    capsys.readouterr()
    assert cli("bank", "add", bank_path, bad) == 1
    err = capsys.readouterr().err
    assert "refused" in err and "T01.csv" in err
    with open_bank(bank_path, read_only=True) as bank:
        after = bank.counts()
        assert bank.packages() == rows
        assert bank.load_log()[-1]["outcome"] == "refused"
    assert after["observations"] == counts["observations"] and after["packages"] == counts["packages"]
    assert after["log"] == counts["log"] + 1


def test_every_query_exports(bank_path, tmp_path):
    with open_bank(bank_path, read_only=True) as bank:
        result = emigrants(bank, "PRY")
    rows = list(csv.DictReader(io.StringIO(to_csv(result).decode())))
    assert any(r["destination"] == "ARG" and r["value"] == "522598" for r in rows)
    text = to_sdmx(result).decode()
    assert text.startswith("STRUCTURE,STRUCTURE_ID,ACTION,")  # SDMX-CSV 2.0, as the packages' SDMX files
    sdmx = list(csv.DictReader(io.StringIO(text)))
    assert sdmx[0]["STRUCTURE_ID"] == "CELADE:DF_IMILA_BANK_EMIGRANTS(1.0)" and {"OBS_VALUE", "OBS_STATUS"} <= set(sdmx[0])
    # countries in M49, as in the packages: Paraguayans counted by Argentina (032)
    assert any(r["DESTINATION"] == "032" and r["MEASURE"] == "VALUE" and r["OBS_VALUE"] == "522598" for r in sdmx)
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(result, "es")))
    sheet = book.active
    assert "PRY" in sheet["A1"].value
    for fmt, name in (("csv", "e.csv"), ("xlsx", "e.xlsx"), ("sdmx", "e.sdmx.csv")):
        assert cli("bank", "emigrants", bank_path, "--origin", "PRY", "--out", tmp_path / name, "--format", fmt) == 0
        assert (tmp_path / name).stat().st_size > 0
    assert cli("bank", "matrix", bank_path, "--round", "2020", "--out", tmp_path / "m.xlsx") == 0
    assert cli("bank", "rounds", bank_path, "--destination", "CHL", "--json") == 0


def test_unknown_country_is_an_error(bank_path):
    assert cli("bank", "emigrants", bank_path, "--origin", "XXX") != 0
    shutil.rmtree(bank_path.parent / "nothing", ignore_errors=True)


def test_by_destination_pyramid_grid_and_series(bank_path, capsys):
    from app.bank.queries import by_destination, matrix_grid, pyramid, rounds_series, stock_class

    with open_bank(bank_path, read_only=True) as bank:
        bars = by_destination(bank, "PRY")
        everywhere = pyramid(bank, "PRY", 2020)
        brazil = pyramid(bank, "PRY", 2020, destination="BRA")
        grid = matrix_grid(matrix(bank, 2020))
        series = rounds_series(across_rounds(bank, "BRA"))
    rows = bars.records()
    assert bars.params["round"] == 2020 and rows[0]["destination"] == "ARG"
    assert (rows[0]["value"], rows[0]["women"], rows[0]["men"], rows[0]["women_pct"]) == (522_598, 298_850, 223_748, 57.2)
    assert [r["value"] for r in rows] == sorted((r["value"] for r in rows), reverse=True)
    # ARG publishes broad age groups: all destinations together are shown at the groups every one has
    assert [r["AGE"] for r in everywhere.records()] == ["00-14", "15-24", "25-64", "65+"]
    assert everywhere.params["groups_set_by"] == ["ARG"]
    total = everywhere.totals[0]
    assert total["women"] == bars.totals[0]["women"] and total["value"] == bars.totals[0]["value"]
    assert total["men"] + total["women"] == sum(r["value"] for r in rows)
    assert len(brazil.rows) == 18 and brazil.totals[0]["value"] == next(r["value"] for r in rows if r["destination"] == "BRA")
    assert grid["destinations"][0] == "ARG" and "PRY" in grid["origins"]
    cell = grid["cells"][("PRY", "ARG")]
    assert stock_class(grid["classes"], cell["value"]) == len(grid["classes"]) - 1
    assert stock_class(grid["classes"], None) is None and stock_class(grid["classes"], 0) == 0
    assert series and all(len(s["points"]) == 1 for s in series)
    capsys.readouterr()
    assert cli("bank", "pyramid", bank_path, "--origin", "PRY", "--round", "2020", "--json") == 0
    assert json.loads(capsys.readouterr().out)["totals"][0]["women"] == 342_579
    assert cli("bank", "destinations", bank_path, "--origin", "PRY", "--json") == 0
    assert json.loads(capsys.readouterr().out)["rows"][0]["women"] == 298_850
