"""A table of the foreign-born by sex and age, with no country of birth, is T01 at COB=_T when its title
says the persons were born abroad — and only then: a table of foreign nationals is not the foreign-born."""

from pathlib import Path

from app.cli import main
from app.store.project import Project

AGES = [("0-14", 21_304, 20_118), ("15-64", 301_877, 356_020), ("65 y más", 70_212, 92_905)]


def _write(path: Path, title: str) -> None:
    men = sum(a[1] for a in AGES)
    women = sum(a[2] for a in AGES)
    lines = [title, "", "Grupo de edad;Total;Hombres;Mujeres", f"Total;{men + women};{men};{women}"]
    lines += [f"{age};{m + w};{m};{w}" for age, m, w in AGES]
    lines += ["", "Fuente: Censo Nacional de Población 2022"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _new(tmp_path) -> Path:
    project = tmp_path / "CHL-2022.imila"
    assert main(["--lang", "en", "new", str(project), "--country", "CHL", "--year", "2022"]) == 0
    return project


def test_foreign_born_by_sex_and_age_is_t01_total_of_countries(tmp_path, capsys):
    source = tmp_path / "cuadro5.csv"
    _write(source, "Cuadro 5. Población nacida en otro país por sexo y grupo de edad. Censo 2022")
    project = _new(tmp_path)
    assert main(["--lang", "en", "import", str(project), str(source), "--auto"]) == 0, capsys.readouterr().out
    with Project.open(project) as p:
        t01 = p.observations("T01")
    assert set(t01["COB"]) == {"_T"}
    total = t01[(t01["SEX"] == "_T") & (t01["AGE"] == "_T")]["value"]
    women = t01[(t01["SEX"] == "2") & (t01["AGE"] == "_T")]["value"]
    assert int(total.iloc[0]) == sum(a[1] + a[2] for a in AGES)
    assert int(women.iloc[0]) == sum(a[2] for a in AGES)
    old_women = t01[(t01["SEX"] == "2") & (t01["AGE"] == "65+")]["value"]
    assert int(old_women.iloc[0]) == 92_905


def test_foreign_nationals_are_not_taken_for_the_foreign_born(tmp_path, capsys):
    source = tmp_path / "cuadro6.csv"
    _write(source, "Cuadro 6. Población extranjera por nacionalidad, sexo y grupo de edad. Censo 2022")
    project = _new(tmp_path)
    main(["--lang", "en", "import", str(project), str(source), "--auto"])
    capsys.readouterr()
    with Project.open(project) as p:
        assert p.observations("T01").empty
