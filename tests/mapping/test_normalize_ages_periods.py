"""Label normalisation, age and period parsing."""

import pytest

from app.mapping.ages import fold_ages, is_five_year_standard, parse_age
from app.mapping.normalize import normalize, sorted_key, strip_footnotes
from app.mapping.periods import parse_period


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Cuba 1/", "Cuba"),
        ("Cuba1/", "Cuba"),
        ("Ignorado(1)", "Ignorado"),
        ("Población total1", "Población total"),
        ("Chile*", "Chile"),
        ("Chile **", "Chile"),
        ("Perú (a)", "Perú"),
        ("Italia²", "Italia"),
        ("Bolivia a/", "Bolivia"),
        ("Censo\xa0Nacional\xa0de\xa0Población", "Censo Nacional de Población"),
        ("  Venezuela (República Bolivariana de)  ", "Venezuela (República Bolivariana de)"),
        ("Población de 5 años y más", "Población de 5 años y más"),
        ("0 a 4", "0 a 4"),
        ("1-249 habitantes", "1-249 habitantes"),
        ("Año 2020", "Año 2020"),
        ("(1)", "(1)"),
    ],
)
def test_strip_footnotes(label, expected):
    assert strip_footnotes(label) == expected


def test_normalize_is_case_accent_punctuation_insensitive():
    assert normalize("PERÚ") == normalize("Perú") == normalize("peru") == "peru"
    assert normalize("EE.UU.") == "ee uu"
    assert normalize("Côte d'Ivoire") == "cote d ivoire"
    assert normalize("Ignorado(1)") == normalize("IGNORADO") == "ignorado"
    assert normalize("Población\xa0total1") == "poblacion total"
    assert normalize("Chile*") == "chile"
    assert sorted_key("Corea, República de") == sorted_key("República de Corea")


@pytest.mark.parametrize(
    "label, code",
    [
        ("0 a 4", "00-04"),
        ("0-4 años", "00-04"),
        ("05-09 años", "05-09"),
        ("65 años y más", "65+"),
        ("90 y más", "90+"),
        ("85 años y más", "85+"),
        ("100 y más", "100+"),
        ("85+", "85+"),
        ("Menos de 1 año", "00-00"),
        ("1 año", "01-01"),
        ("37", "37-37"),
        ("0-14", "00-14"),
        ("15 a 24 años", "15-24"),
        ("Total", "_T"),
        ("", "_T"),
        ("No especificado", "UNK"),
        ("Ignorado", "UNK"),
        ("65 years and over", "65+"),
        ("80 ans et plus", "80+"),
    ],
)
def test_parse_age(label, code):
    assert parse_age(label).code == code


@pytest.mark.parametrize("label", ["1-249 habitantes", "1 000-2 499 habitantes", "Bolivia", "2010-2014", "En la entidad"])
def test_not_ages(label):
    assert parse_age(label) is None


def test_fold_ages_open_top_and_single_years():
    labels = ["", "0-4", "5-9", "80-84", "85-89", "90 y más"]
    codes = fold_ages(labels)
    assert codes["85-89"] == codes["90 y más"] == "85+"
    assert codes["0-4"] == "00-04" and codes[""] == "_T"
    singles = fold_ages(["Menos de 1 año", "1 año", "2", "3", "4", "5", "6", "7", "8", "9", "10 y más"])
    assert {singles[x] for x in ["Menos de 1 año", "1 año", "2", "3", "4"]} == {"00-04"}
    assert {singles[x] for x in ["5", "6", "7", "8", "9"]} == {"05-09"}
    assert singles["10 y más"] == "10+"


def test_fold_ages_keeps_broad_and_incomplete_groups():
    codes = fold_ages(["Total", "0-14", "15-24", "25-64", "65 años y más"])
    assert codes == {"Total": "_T", "0-14": "00-14", "15-24": "15-24", "25-64": "25-64", "65 años y más": "65+"}
    # 0 and 1 alone do not make 00-04: kept as single years
    partial = fold_ages(["0", "1", "5-9"])
    assert partial["0"] == "00-00" and partial["1"] == "01-01"
    # a published 85+ is not doubled by its parts
    both = fold_ages(["85-89", "90 y más", "85 y más"])
    assert both["85 y más"] == "85+" and both["85-89"] == "85-89"


def test_five_year_standard():
    assert is_five_year_standard(["00-04", "05-09", "85+", "_T", "UNK"])
    assert not is_five_year_standard(["00-14", "65+"])


@pytest.mark.parametrize(
    "label, code",
    [
        ("Antes de 1990", "<1990"),
        ("2010-2014", "2010-2014"),
        ("2017 a 2019", "2017-2019"),
        ("De 2000 a 2004", "2000-2004"),
        ("Año 2020", "2020-2020"),
        ("2021", "2021-2021"),
        ("1989 y antes", "<1990"),
        ("Before 1980", "<1980"),
        ("Avant 1980", "<1980"),
        ("Hasta 1989", "<1990"),
        ("No especificado", "UNK"),
        ("Ignorado", "UNK"),
        ("Total", "_T"),
        ("", "_T"),
    ],
)
def test_parse_period(label, code):
    assert parse_period(label) == code


@pytest.mark.parametrize("label", ["Bolivia", "0-4", "2019-2010", "1-249 habitantes"])
def test_not_periods(label):
    assert parse_period(label) is None
