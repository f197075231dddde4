"""Wordings the offices publish that an automatic import reads right: the census country's own name as the
national row of a region dimension, natives with the foreign-born and their countries in one stub, "born
outside" the census country, labels in two languages, and signs whose meaning the table's legend gives."""

from pathlib import Path

from app.cli import main
from app.importers.cells import FLAG_C, FLAG_M, FLAG_Z, legend_flags
from app.mapping.matcher import census_country, is_total_label, suggest
from app.store.project import Project


def _project(tmp_path, iso3: str, year: int) -> Path:
    project = tmp_path / f"{iso3}-{year}.imila"
    assert main(["--lang", "en", "new", str(project), "--country", iso3, "--year", str(year)]) == 0
    return project


def _auto(project: Path, source: Path, capsys) -> str:
    code = main(["--lang", "en", "import", str(project), str(source), "--auto"])
    out = capsys.readouterr().out
    assert code == 0, out
    return out


def _cell(frame, **codes) -> float:
    part = frame
    for dim, code in codes.items():
        part = part[part[dim] == code]
    assert len(part) == 1, (codes, len(part))
    return float(part["value"].iloc[0])


def test_the_census_countrys_own_name_is_the_national_row_of_its_regions(tmp_path, capsys):
    rows = [("00", "Estados Unidos Mexicanos", 300, 120, 180), ("02", "Baja California", 100, 40, 60),
            ("14", "Jalisco", 200, 80, 120)]
    lines = ["cve_ent,nom_ent,pais_nac,poblacion"]
    for code, name, total, usa, gtm in rows:
        lines += [f"{code},{name},Total,{total}", f"{code},{name},Estados Unidos de América,{usa}",
                  f"{code},{name},Guatemala,{gtm}"]
    source = tmp_path / "entidades.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _project(tmp_path, "MEX", 2020)
    _auto(project, source, capsys)
    with Project.open(project) as p:
        t01 = p.observations("T01")
    assert len(t01) == 3  # the national rows only: never the national row added to its states
    assert _cell(t01, COB="_T") == 300 and _cell(t01, COB="840") == 120 and _cell(t01, COB="320") == 180


def test_natives_foreign_born_and_their_countries_in_one_stub_feed_t00_and_t01(tmp_path, capsys):
    lines = ["Table 2: Population by place of birth and sex, 2010", "",
             "Place of Birth;Total;Male;Female",
             "Total Population;1000;480;520", "Born in Barbados;700;340;360", "Born Outside Barbados;250;120;130",
             "Guyana;150;70;80", "United Kingdom;60;30;30", "Other;40;20;20", "Not Stated;50;20;30",
             "", "Source: Barbados Statistical Service"]
    source = tmp_path / "table2.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _project(tmp_path, "BRB", 2010)
    _auto(project, source, capsys)
    with Project.open(project) as p:
        t00, t01 = p.observations("T00"), p.observations("T01")
    assert sorted(set(t00["NATIVITY"])) == ["F", "N", "UNK", "_T"]
    assert _cell(t00, NATIVITY="F", SEX="_T") == 250  # the countries below it are its parts, not more foreign-born
    assert _cell(t00, NATIVITY="_T", SEX="2") == 520
    assert sorted(set(t01["COB"])) == ["328", "826", "OTH", "_T"]
    assert _cell(t01, COB="_T", SEX="1") == 120  # the foreign-born row is T01's own total


def test_born_outside_the_census_country():
    with census_country("052"):
        assert suggest("NATIVITY", "Born Outside Barbados").code == "F"
        assert suggest("COB", "Born Outside Barbados").code == "_T"
    with census_country("170"):
        assert suggest("COB", "Nacidos fuera de Colombia").code == "_T"
    with census_country("052"):
        assert suggest("COB", "Born outside Guyana").code != "_T"  # another country: not the foreign-born


def test_a_label_in_two_languages_takes_the_code_both_sides_agree_on():
    assert suggest("COB", "Brazilië / Brazil").code == "076"
    assert suggest("COB", "Frans-Guyana / French Guiana").code == "254"
    assert suggest("SEX", "Vrouwen / Females").code == "2"
    assert is_total_label("Totaal / Total")
    assert suggest("COB", "Bolivia / Perú").confidence < 0.9  # two countries: a question, never one of them


def test_the_legend_of_a_table_gives_its_signs_their_meaning(tmp_path, capsys):
    assert legend_flags(["n.a. Niet beschikbaar / Not available", "- Nul / Nil"]) == {"n.a.": FLAG_M}
    assert legend_flags(["... Dato no disponible", "x Confidencial", "/// No aplica"]) == {
        "...": FLAG_M, "x": FLAG_C, "///": FLAG_Z}
    assert legend_flags(["Fuente: INE", "n.a."]) == {}
    lines = ["Tabel 5 / Table 5: In het buitenland geboren bevolking naar geboorteland en geslacht / "
             "Foreign-born population by country of birth and sex, 2012", "",
             "Geboorteland / Country of birth;Totaal / Total;Mannen / Males;Vrouwen / Females",
             "Totaal / Total;300;140;160", "Guyana;100;40;60", "Brazilië / Brazil;120;60;60", "China;80;40;n.a.",
             "", "Verklaring van symbolen / Explanation of symbols", "n.a. Niet beschikbaar / Not available",
             "Bron / Source: ABS"]
    source = tmp_path / "tabel5.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _project(tmp_path, "SUR", 2012)
    _auto(project, source, capsys)
    with Project.open(project) as p:
        t01 = p.observations("T01")
    china_women = t01[(t01["COB"] == "156") & (t01["SEX"] == "2")]
    assert len(china_women) == 1 and china_women["flag"].iloc[0] == "M"
    assert _cell(t01, COB="_T", SEX="2") == 160


def test_places_inside_the_country_said_without_naming_it():
    with census_country("068"):
        assert suggest("NATIVITY", "En el lugar donde vive").code == "N"
        assert suggest("NATIVITY", "En otro lugar del país").code == "N"
        assert suggest("COB", "En otro lugar del país").code == "NAT"
        assert suggest("NATIVITY", "En el exterior").code == "F"
        assert suggest("COB", "Otro lugar").code != "NAT"  # no country named: not said to be inside it


def test_two_names_of_one_category():
    assert suggest("MARST", "Conviviente o concubino(a)").code == "3"
    assert suggest("MARST", "Casado o soltero").code is None  # two categories: a question


def test_a_blank_grand_total_is_not_proven(tmp_path, capsys):
    lines = ["Población nacida en otro país por sexo, según país de nacimiento", "",
             "País de nacimiento;Total;Hombres;Mujeres", "Total;;40;60", "Venezuela;70;30;40", "Colombia;30;10;20"]
    source = tmp_path / "blank.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _project(tmp_path, "PER", 2017)
    main(["--lang", "en", "import", str(project), str(source), "--auto"])
    text = capsys.readouterr()
    assert "blank or missing" in text.out + text.err
    with Project.open(project) as p:
        assert p.observations("T01").empty


def test_a_header_of_years_with_an_open_bound_and_not_stated(tmp_path, capsys):
    lines = ["Población nacida en otro país por año de llegada a Colombia, según país de nacimiento", "",
             "País de nacimiento;Total;Antes de 2016;2016;2017;2018;No informa",
             "Total;100;30;20;20;20;10", "Venezuela;60;10;15;15;15;5", "Ecuador;40;20;5;5;5;5"]
    source = tmp_path / "llegada.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _project(tmp_path, "COL", 2018)
    _auto(project, source, capsys)
    with Project.open(project) as p:
        t04 = p.observations("T04")
    assert _cell(t04, COB="862", ARRIVAL="2016-2016") == 15  # the years are the header, not a row of figures
    assert _cell(t04, COB="218", ARRIVAL="<2016") == 20
    assert _cell(t04, COB="_T", ARRIVAL="UNK") == 10


def test_a_table_of_one_region_is_never_written_as_the_country(tmp_path, capsys):
    lines = ["Región de Antofagasta: inmigrantes internacionales por sexo, según comuna y país de nacimiento", "",
             "Comuna;País de nacimiento;Total;Hombres;Mujeres",
             "Total Región;Total;300;140;160", ";Bolivia;200;90;110", ";Perú;100;50;50",
             "Antofagasta;Total;180;80;100", ";Bolivia;120;50;70", ";Perú;60;30;30",
             "Calama;Total;120;60;60", ";Bolivia;80;40;40", ";Perú;40;20;20"]
    source = tmp_path / "region.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = _project(tmp_path, "CHL", 2017)
    main(["--lang", "en", "import", str(project), str(source), "--auto"])
    text = capsys.readouterr()
    assert "Total Región" in text.out + text.err
    with Project.open(project) as p:
        assert p.observations("T01").empty
