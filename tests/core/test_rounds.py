"""Rounds compared: the previous census's package given to the project, PLA-004 on it, stocks round against round."""

import json
import zipfile
from pathlib import Path

import pytest

from app import workflow
from app.cli import main
from app.rounds import RoundError, previous_round, read_previous_round, rounds_compared, set_previous_round

REALDATA = Path(__file__).resolve().parents[3] / "shared" / "realdata"
C3 = REALDATA / "ar_indec_c2022_tp_migraciones_c3.xlsx"

# A previous round of Argentina (2010) as a package: T01 by country of birth and sex.
STOCKS_2010 = {"600": (550_713, 0.57), "068": (345_272, 0.51), "152": (191_147, 0.55), "604": (157_514, 0.57),
               "858": (116_592, 0.54), "380": (147_499, 0.55), "862": (6_379, 0.53), "076": (41_330, 0.6),
               "724": (94_030, 0.55), "170": (17_576, 0.54)}


def previous_package(folder: Path, country: str = "ARG", year: int = 2010) -> Path:
    lines = ["table,COB,SEX,AGE,value"]
    women_all = men_all = 0
    for cob, (total, share) in STOCKS_2010.items():
        women = round(total * share)
        women_all, men_all = women_all + women, men_all + total - women
        lines += [f"T01,{cob},_T,_T,{total}", f"T01,{cob},2,_T,{women}", f"T01,{cob},1,_T,{total - women}"]
    lines += [f"T01,_T,_T,_T,{women_all + men_all}", f"T01,_T,2,_T,{women_all}", f"T01,_T,1,_T,{men_all}"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "previous.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with workflow.new_project(folder / f"{country}-{year}.imila", country, year, nso="INDEC", contact_name="A",
                              reference_date=f"{year}-10-27") as project:
        workflow.import_tidy_csv(project, folder / "previous.csv")
        return workflow.export_package(project, folder, confirm_unexplained=True)


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return previous_package(tmp_path_factory.mktemp("previous"))


def cli(*args) -> int:
    return main(["--lang", "en", *map(str, args)])


@pytest.mark.skipif(not C3.exists(), reason="shared/realdata is not beside the project")
def test_new_with_previous_then_rounds_and_pla004(package, tmp_path, capsys):
    path = tmp_path / "ARG-2022.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", "--previous", package) == 0
    assert "Previous round: census 2010 (ARG_2010_IMILA_v1.zip), 33 cells by country of birth" in capsys.readouterr().out
    assert cli("import", path, C3, "--auto") == 0
    capsys.readouterr()
    assert cli("rounds", path) == 0
    out = capsys.readouterr().out
    assert "Stocks by country of birth: census 2010 against 2022 (T01)" in out
    venezuela = next(line for line in out.splitlines() if line.strip().startswith("Venezuela"))
    assert "6,379" in venezuela and "161,495" in venezuela and "2,431.7" in venezuela and "PLA-004" in venezuela
    assert "3 countries of birth changed by more than 50 % (PLA-004)" in out
    assert cli("rounds", path, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert {r["COB"] for r in data["rows"] if r["flagged"]} == {"862", "380", "170"}
    assert data["total"]["previous"] == sum(t for t, _ in STOCKS_2010.values()) and data["total"]["current"] == 1_933_463
    # the rule runs on it wherever the checks run, and its findings are explained like any warning
    assert cli("check", path, "--json") in (1, 2)
    findings = [f for f in json.loads(capsys.readouterr().out) if f["rule"] == "PLA-004"]
    assert sorted(f["params"]["code"] for f in findings) == ["170", "380", "862"]
    assert "in the previous census 2010" in findings[0]["message"]
    venezuela_key = next(f["key"] for f in findings if f["params"]["code"] == "862")
    assert cli("explain", path, venezuela_key, "Arrivals from Venezuela since 2015 (DNM records).") == 0
    capsys.readouterr()
    assert cli("check", path, "--json") in (1, 2)
    assert next(f for f in json.loads(capsys.readouterr().out) if f["key"] == venezuela_key)["explained"]
    # the package names the previous round, without its cells
    assert cli("meta", path, "--office", "INDEC", "--contact", "A", "--reference-date", "2022-05-18") == 0
    assert cli("export", path, "--out", tmp_path / "out", "--send-unexplained") == 0
    archive = zipfile.ZipFile(next((tmp_path / "out").glob("*.zip")))
    metadata = json.loads(archive.read("metadata.json"))
    assert "previous_round" not in metadata
    assert metadata["previous_round_reference"]["file"] == "ARG_2010_IMILA_v1.zip"
    assert metadata["previous_round_reference"]["census_year"] == 2010
    assert "PLA-004" in archive.read("quality/report.html").decode("utf-8")
    capsys.readouterr()
    assert cli("verify", next((tmp_path / "out").glob("*.zip"))) == 0
    assert cli("meta", path, "--no-previous") == 0
    assert "no longer has a previous round" in capsys.readouterr().out
    assert cli("rounds", path) == 2


def test_a_package_that_cannot_be_the_previous_round(package, tmp_path, capsys):
    with pytest.raises(RoundError):
        read_previous_round(package, "CHL", 2017)  # another country's
    with pytest.raises(RoundError):
        read_previous_round(package, "ARG", 2010)  # not earlier
    with pytest.raises(RoundError):
        read_previous_round(tmp_path / "nothing.zip")
    (tmp_path / "bad.zip").write_bytes(b"not a zip")
    with pytest.raises(RoundError):
        read_previous_round(tmp_path / "bad.zip")
    # new refuses before making the file
    assert cli("new", tmp_path / "CHL.imila", "--country", "CHL", "--year", "2017", "--previous", package) == 2
    assert "not of CHL" in capsys.readouterr().err and not (tmp_path / "CHL.imila").exists()


def test_set_on_an_existing_project(package, tmp_path, capsys):
    with workflow.new_project(tmp_path / "ARG.imila", "ARG", 2022) as project:
        assert rounds_compared(project) is None
        reference = set_previous_round(project, package)
        assert reference["census_year"] == 2010 and "observations" not in reference
        assert len(previous_round(project)["observations"]) == 33
        result = rounds_compared(project)
        assert result["table"] is None and result["rows"] == []  # nothing of this round's yet
    assert cli("rounds", tmp_path / "ARG.imila") == 0
    assert "share no table by country of birth" in capsys.readouterr().out
