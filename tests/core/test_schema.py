"""The IMILA schema file (resources/schema/imila_schema.json) and its loader."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

from app.models.schema import LANGUAGES, TOTAL, load_schema
from app.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "tools" / "build_schema.py"

# IMILA-SCHEMA.md, "Tables": id -> dimensions in the order given.
SPEC_TABLES = {
    "T00": ("NATIVITY", "SEX", "AGE"),
    "T01": ("COB", "SEX", "AGE"),
    "T02": ("COB", "SEX", "MARST"),
    "T03": ("COB", "AGE", "CEB"),
    "T04": ("COB", "SEX", "ARRIVAL"),
    "T05": ("COB", "RES5", "SEX", "AGE"),
    "T06": ("COB", "SEX", "EDUC"),
    "T07": ("COB", "SEX", "ACT"),
    "T08": ("COB", "SEX", "IND"),
    "T09": ("COB", "SEX", "OCC"),
    "T10": ("COB", "SEX", "ICSE"),
    "T11": ("COR", "SEX", "AGE", "DEPART"),
}
SPEC_MIN_AGE = {"T02": 15, "T03": 15, "T05": 5, "T06": 15, "T07": 15, "T08": 15, "T09": 15, "T10": 15}
SPEC_POPULATION = {
    "T00": "all", "T01": "foreign_born", "T02": "foreign_born", "T03": "foreign_born_women", "T04": "foreign_born",
    "T05": "aged_5_plus", "T06": "foreign_born", "T07": "foreign_born", "T08": "employed_foreign_born",
    "T09": "employed_foreign_born", "T10": "employed_foreign_born", "T11": "emigrants",
}
DIMENSION_ORDER = ("COB", "RES5", "COR", "NATIVITY", "SEX", "AGE", "MARST", "CEB", "ARRIVAL", "DEPART", "EDUC",
                   "ACT", "IND", "OCC", "ICSE")
SHARED_LISTS = {"COB": "COUNTRY", "RES5": "COUNTRY", "COR": "COUNTRY", "ARRIVAL": "PERIOD", "DEPART": "PERIOD"}

# IMILA-SCHEMA.md, "Code lists": the codes each list must carry.
SPEC_CODES = {
    "COB": {TOTAL, "002", "019", "142", "150", "009", "419", "005", "013", "029", "021", "032", "152", "862",
            "810", "890", "200", "530", "R019", "R005", "R150", "R419", "OTH", "NAT", "UNK"},
    "SEX": {"1", "2", "3", "9", TOTAL},
    "AGE": {f"{a:02d}-{a + 4:02d}" for a in range(0, 85, 5)} | {"85+", "00-14", "15-24", "25-64", "65+", "UNK",
                                                                 TOTAL},
    "NATIVITY": {"N", "F", "UNK", TOTAL},
    "MARST": {"1", "2", "3", "4", "5", "6", "9", TOTAL},
    "CEB": {str(n) for n in range(10)} | {"10+", "99", TOTAL},
    "ARRIVAL": {"UNK", TOTAL},
    "EDUC": {"0", "1-3", "4-6", "7-9", "10-12", "13+", "UNK", TOTAL},
    "ACT": {"1", "2", "3", "9", TOTAL},
    "IND": set("ABCDEFGHIJKLMNOPQRSTU") | {"X", TOTAL},
    "OCC": {str(n) for n in range(10)} | {"X", TOTAL},
    "ICSE": {"1", "2", "3", "4", "5", "9", TOTAL},
}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^0-9a-z+<]+", " ", text).strip()


@pytest.fixture(scope="module")
def schema():
    return load_schema()


@pytest.fixture(scope="module")
def country(schema):
    return schema.codelist("COUNTRY")


def lookup(codelist, text: str) -> set[str]:
    """Codes whose label or alias matches ``text`` once case, accents and punctuation are ignored."""
    key = norm(text)
    return {c.code for c in codelist if key in {norm(s) for s in (*c.labels.values(), *c.aliases)}}


# --- tables and dimensions -------------------------------------------------------------------------------

def test_version_and_languages(schema):
    assert schema.version == "1.0"
    raw = json.loads(resource_path("schema/imila_schema.json").read_text(encoding="utf-8"))
    assert tuple(raw["languages"]) == LANGUAGES


def test_tables_as_in_spec(schema):
    assert list(schema.tables) == list(SPEC_TABLES)
    for table_id, dims in SPEC_TABLES.items():
        table = schema.table(table_id)
        assert table.dimensions == dims, table_id
        assert table.min_age == SPEC_MIN_AGE.get(table_id, 0), table_id
        assert table.population == SPEC_POPULATION[table_id], table_id
        for lang in LANGUAGES:
            assert table.titles.get(lang, "").strip(), (table_id, lang)
            assert table.universes.get(lang, "").strip(), (table_id, lang)
    assert schema.table("T01").title("en") == "Foreign-born population by country of birth, sex and age"
    assert schema.table("T01").title("es") == ("Población nacida en el extranjero por país de nacimiento, sexo y "
                                              "grupos de edad")


def test_dimensions_in_schema_order(schema):
    assert schema.all_dimension_ids == DIMENSION_ORDER
    for dim_id in DIMENSION_ORDER:
        dim = schema.dimension(dim_id)
        assert dim.codelist in schema.codelists, dim_id
        assert dim.codelist == SHARED_LISTS.get(dim_id, dim_id)
        for lang in LANGUAGES:
            assert dim.names.get(lang, "").strip(), (dim_id, lang)
        assert dim.header_words, dim_id
    assert {"país de nacimiento", "lugar de nacimiento", "country of birth", "naturalidade",
            "pays de naissance"} <= set(schema.dimension("COB").header_words)
    assert {"sexo", "sex", "sexe", "sexo registrado al nacer"} <= set(schema.dimension("SEX").header_words)
    assert {"edad", "grupos de edad", "age", "idade", "âge"} <= set(schema.dimension("AGE").header_words)
    assert "lugar de residencia hace cinco años" in schema.dimension("RES5").header_words


def test_every_list_has_the_spec_codes(schema):
    for dim_id, codes in SPEC_CODES.items():
        missing = codes - set(schema.codelist(dim_id).codes)
        assert not missing, (dim_id, sorted(missing))


def test_every_code_has_four_labels_and_sane_fields(schema):
    for list_id, codelist in schema.codelists.items():
        assert TOTAL in codelist.codes, list_id
        for code in codelist:
            for lang in LANGUAGES:
                assert code.labels.get(lang, "").strip(), (list_id, code.code, lang)
            assert code.kind in {"total", "region", "subregion", "country", "historic", "residual", "other",
                                 "native", "unknown", "category"}, (list_id, code.code)
            assert all(a.strip() for a in code.aliases), (list_id, code.code)
            if code.parent is not None:
                assert code.parent in codelist.codes, (list_id, code.code, code.parent)


def test_no_alias_names_two_codes(schema):
    """Within a list, a label or alias (case, accents, punctuation ignored) belongs to one code only."""
    for list_id, codelist in schema.codelists.items():
        owner: dict[str, str] = {}
        for code in codelist:
            for text in {*code.labels.values(), *code.aliases}:
                key = norm(text)
                assert owner.setdefault(key, code.code) == code.code, (list_id, text, owner[key], code.code)


# --- COUNTRY ---------------------------------------------------------------------------------------------

def test_countries_complete_with_unique_iso3(country):
    countries = [c for c in country if c.kind == "country"]
    assert len(countries) >= 245
    iso3 = [c.iso3 for c in countries]
    assert all(iso3) and len(set(iso3)) == len(iso3)
    historic_iso3 = [c.iso3 for c in country if c.kind == "historic"]
    assert not set(historic_iso3) & set(iso3)
    for c in countries:
        assert re.fullmatch(r"\d{3}", c.code), c.code


def test_countries_agree_with_iso3166():
    pycountry = pytest.importorskip("pycountry")
    country = load_schema().codelist("COUNTRY")
    for entry in pycountry.countries:
        code = country.get(entry.numeric)
        assert code is not None and code.kind == "country", entry.numeric
        assert code.iso3 == entry.alpha_3, entry.numeric


def test_hierarchy(country):
    assert country.get(TOTAL).parent is None
    for code in ("002", "019", "142", "150", "009"):
        assert country.get(code).kind == "region" and country.get(code).parent == TOTAL
    assert country.ancestors("032") == ["005", "419", "019", TOTAL]
    assert country.get("032").iso3 == "ARG" and country.label("032", "es") == "Argentina"
    assert country.label("032", "en") == "Argentina"
    for code, iso3 in (("862", "VEN"), ("068", "BOL"), ("152", "CHL"), ("076", "BRA"), ("604", "PER")):
        assert country.get(code).iso3 == iso3 and country.get(code).parent == "005", code
    assert country.get("840").iso3 == "USA" and country.ancestors("840") == ["021", "019", TOTAL]
    assert country.ancestors("484") == ["013", "419", "019", TOTAL]  # Mexico: M49 Central America
    assert country.ancestors("332") == ["029", "419", "019", TOTAL]
    assert country.ancestors("724") == ["039", "150", TOTAL]
    assert country.ancestors("710") == ["018", "202", "002", TOTAL]
    assert country.ancestors("818") == ["015", "002", TOTAL]
    assert country.ancestors("156") == ["030", "142", TOTAL]
    assert country.ancestors("036") == ["053", "009", TOTAL]
    assert country.ancestors("831") == ["830", "154", "150", TOTAL]
    for sub in ("005", "013", "029"):
        assert country.get(sub).kind == "subregion" and country.get(sub).parent == "419"
    assert country.get("419").parent == "019" and country.get("021").parent == "019"
    for sub in ("014", "017", "018", "011"):
        assert country.get(sub).parent == "202"
    # every code reaches the total, without cycles
    for code in country:
        chain = country.ancestors(code.code)
        assert len(chain) == len(set(chain)) <= 5, code.code
        if code.code != TOTAL:
            assert chain[-1] == TOTAL, code.code
    # a country's parent is its smallest M49 region: the intermediate region where one exists
    for code in country:
        if code.kind == "country" and code.parent != TOTAL:
            assert country.get(code.parent).kind == "subregion", code.code
            assert code.parent not in ("419", "202"), code.code  # divided wholly into intermediate regions
    assert [c.code for c in country if c.kind == "country" and c.parent == TOTAL] == ["010"]  # Antarctica


def test_historic_entities(country):
    for code, iso3 in (("810", "SUN"), ("890", "YUG"), ("200", "CSK"), ("530", "ANT")):
        entry = country.get(code)
        assert entry is not None and entry.kind == "historic" and entry.iso3 == iso3, code
    assert country.ancestors("810")[:2] == ["151", "150"]
    assert country.ancestors("890")[:2] == ["039", "150"]
    assert country.get("530").parent == "029"


def test_residuals_other_native_unknown(country):
    regions = [c.code for c in country if c.kind in ("region", "subregion")]
    for region in regions:
        residual = country.get("R" + region)
        assert residual is not None and residual.kind == "residual" and residual.parent == region, region
    assert country.label("R005", "es") == "Otros países de América del Sur"
    assert country.label("R005", "en") == "Other countries of South America"
    assert country.label("R005", "pt") == "Outros países da América do Sul"
    assert country.label("R005", "fr") == "Autres pays d'Amérique du Sud"
    for code, kind in (("OTH", "other"), ("NAT", "native"), ("UNK", "unknown")):
        assert country.get(code).kind == kind and country.get(code).parent == TOTAL


@pytest.mark.parametrize("text, code", [
    ("EE.UU.", "840"), ("EEUU", "840"), ("Estados Unidos de América", "840"), ("USA", "840"),
    ("Estados Unidos de Norteamérica", "840"), ("ESTADOS UNIDOS", "840"),
    ("Bolivia (Estado Plurinacional de)", "068"), ("Estado Plurinacional de Bolivia", "068"),
    ("Bolivie (État plurinational de)", "068"),
    ("Venezuela (República Bolivariana de)", "862"), ("República Bolivariana de Venezuela", "862"),
    ("Perú", "604"), ("PERU", "604"), ("Haití", "332"), ("República Dominicana", "214"),
    ("Brasil", "076"), ("Brazil", "076"), ("Reino Unido", "826"), ("Gran Bretaña", "826"), ("Inglaterra", "826"),
    ("Corea del Sur", "410"), ("República de Corea", "410"), ("China (Taiwán)", "158"), ("Taiwán", "158"),
    ("Rusia", "643"), ("Federación de Rusia", "643"), ("Irán (República Islámica del)", "364"), ("Siria", "760"),
    ("Holanda", "528"), ("Países Bajos", "528"), ("Alemania", "276"), ("Checoslovaquia", "200"),
    ("URSS", "810"), ("Unión Soviética", "810"), ("Yugoslavia", "890"), ("Antillas Neerlandesas", "530"),
    ("Guayana Francesa", "254"), ("Islas Malvinas", "238"),
    ("República Unida de Tanzanía", "834"), ("Côte d'Ivoire", "384"), ("Costa de Marfil", "384"),
    ("AMÉRICA", "019"), ("EUROPA", "150"), ("Asia", "142"), ("África", "002"), ("Oceanía", "009"),
    ("América del Sur", "005"), ("Sudamérica", "005"), ("América Central", "013"), ("Centroamérica", "013"),
    ("El Caribe", "029"), ("Caribe", "029"), ("América del Norte", "021"), ("Norteamérica", "021"),
    ("Latinoamérica", "419"),
    ("Resto de América", "R019"), ("Otros países de América del Sur", "R005"),
    ("Otros países de Europa", "R150"), ("Otros países de América Central y El Caribe", "R419"),
    ("Otros países", "OTH"), ("Ignorado", "UNK"), ("No especificado", "UNK"), ("Not stated", "UNK"),
    ("Não declarado", "UNK"), ("Non déclaré", "UNK"), ("Sin información", "UNK"), ("No sabe", "UNK"),
    ("Total", TOTAL),
])
def test_country_aliases(country, text, code):
    assert lookup(country, text) == {code}


@pytest.mark.parametrize("dim, text, code", [
    ("SEX", "Varón", "1"), ("SEX", "Varones", "1"), ("SEX", "Hombres", "1"), ("SEX", "Masculino", "1"),
    ("SEX", "Varón / Masculino", "1"), ("SEX", "Homens", "1"), ("SEX", "Hommes", "1"),
    ("SEX", "Mujer", "2"), ("SEX", "Mujeres", "2"), ("SEX", "Femenino", "2"), ("SEX", "Mujer / Femenino", "2"),
    ("SEX", "Mulheres", "2"), ("SEX", "Femmes", "2"), ("SEX", "X", "3"), ("SEX", "Ambos sexos", TOTAL),
    ("SEX", "Total", TOTAL), ("SEX", "Ignorado", "9"),
    ("NATIVITY", "Nativo", "N"), ("NATIVITY", "Nacido en el país", "N"),
    ("NATIVITY", "Nacidos en el extranjero", "F"), ("NATIVITY", "Otro país", "F"), ("NATIVITY", "Extranjero", "F"),
    ("AGE", "85 años y más", "85+"), ("AGE", "0-4", "00-04"), ("AGE", "Todas las edades", TOTAL),
    ("MARST", "Soltero", "1"), ("MARST", "Unión libre", "3"), ("MARST", "Viuda", "6"),
    ("CEB", "Ninguno", "0"), ("CEB", "10 y más", "10+"),
    ("ACT", "Desocupados", "2"), ("ICSE", "Cuenta propia", "3"), ("ICSE", "Empleado u obrero", "1"),
    ("IND", "Construcción", "F"), ("OCC", "Ocupaciones elementales", "9"),
])
def test_category_aliases(schema, dim, text, code):
    assert lookup(schema.codelist(dim), text) == {code}


# --- patterns ----------------------------------------------------------------------------------------------

def test_age_patterns(schema):
    age = schema.codelist("AGE")
    for valid in ("00-04", "85+", "80-84", "95-99", "100+", "15-64", "90+", "100-104", "UNK", TOTAL):
        assert age.is_valid(valid), valid
    for invalid in ("5-9", "0-4", "85", "85 +", "abc", "", "1-2-3"):
        assert not age.is_valid(invalid), invalid


def test_period_patterns(schema):
    period = schema.codelist("ARRIVAL")
    assert schema.codelist("DEPART") is period
    for valid in ("2000-2004", "<1990", "2015-2020", "UNK", TOTAL):
        assert period.is_valid(valid), valid
    for invalid in ("90-94", "<90", "2000", "2000-04"):
        assert not period.is_valid(invalid), invalid


def test_ind_and_occ_are_closed_lists(schema):
    assert not schema.codelist("IND").is_valid("V")
    assert not schema.codelist("OCC").is_valid("10")
    assert schema.codelist("IND").label("A", "en") == "Agriculture, forestry and fishing"


# --- the file is generated ------------------------------------------------------------------------------

def test_file_is_what_the_build_script_writes(tmp_path):
    pytest.importorskip("pycountry")
    from importlib.metadata import version

    built = json.loads(resource_path("schema/imila_schema.json").read_text(encoding="utf-8"))["built_with"]
    installed = {"babel": version("babel"), "pycountry": version("pycountry")}
    if installed != built:
        pytest.skip(f"names derive from {built}; installed {installed}: rebuild with tools/build_schema.py")
    spec = importlib.util.spec_from_file_location("build_schema", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path / "imila_schema.json"
    assert module.main(["--output", str(target)]) == 0
    committed = resource_path("schema/imila_schema.json").read_text(encoding="utf-8")
    assert target.read_text(encoding="utf-8") == committed, (
        "resources/schema/imila_schema.json differs from tools/build_schema.py: run the script, never edit the file")


def test_file_size():
    assert resource_path("schema/imila_schema.json").stat().st_size < 1_500_000
