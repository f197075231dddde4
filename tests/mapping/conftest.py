"""Fixtures of the mapping tests: a small schema of the same shape as the bundled one,
TidyTable-shaped frames built by hand, and a throw-away mapping memory."""

from __future__ import annotations

import pandas as pd
import pytest

from app.models.schema import _build

_PLACES = [
    # code, kind, parent, es, en, pt, fr, aliases, iso3
    ("_T", "total", None, "Total", "Total", "Total", "Total", [], None),
    ("019", "region", "_T", "América", "Americas", "Américas", "Amériques", ["América", "América"], None),
    ("419", "subregion", "019", "América Latina y el Caribe", "Latin America and the Caribbean",
     "América Latina e Caribe", "Amérique latine et Caraïbes", [], None),
    ("005", "subregion", "419", "América del Sur", "South America", "América do Sul", "Amérique du Sud", ["Sudamérica"], None),
    ("013", "subregion", "419", "Centroamérica", "Central America", "América Central", "Amérique centrale", ["América Central"], None),
    ("029", "subregion", "419", "Caribe", "Caribbean", "Caribe", "Caraïbes", ["El Caribe"], None),
    ("021", "subregion", "019", "América del Norte", "Northern America", "América do Norte", "Amérique septentrionale", [], None),
    ("150", "region", "_T", "Europa", "Europe", "Europa", "Europe", [], None),
    ("142", "region", "_T", "Asia", "Asia", "Ásia", "Asie", [], None),
    ("002", "region", "_T", "África", "Africa", "África", "Afrique", [], None),
    ("009", "region", "_T", "Oceanía", "Oceania", "Oceania", "Océanie", [], None),
    ("032", "country", "005", "Argentina", "Argentina", "Argentina", "Argentine", [], "ARG"),
    ("068", "country", "005", "Bolivia", "Bolivia", "Bolívia", "Bolivie",
     ["Bolivia (Estado Plurinacional de)", "Estado Plurinacional de Bolivia"], "BOL"),
    ("076", "country", "005", "Brasil", "Brazil", "Brasil", "Brésil", [], "BRA"),
    ("152", "country", "005", "Chile", "Chile", "Chile", "Chili", [], "CHL"),
    ("170", "country", "005", "Colombia", "Colombia", "Colômbia", "Colombie", [], "COL"),
    ("600", "country", "005", "Paraguay", "Paraguay", "Paraguai", "Paraguay", [], "PRY"),
    ("604", "country", "005", "Perú", "Peru", "Peru", "Pérou", [], "PER"),
    ("858", "country", "005", "Uruguay", "Uruguay", "Uruguai", "Uruguay", [], "URY"),
    ("862", "country", "005", "Venezuela", "Venezuela", "Venezuela", "Venezuela",
     ["Venezuela (República Bolivariana de)", "República Bolivariana de Venezuela"], "VEN"),
    ("192", "country", "029", "Cuba", "Cuba", "Cuba", "Cuba", [], "CUB"),
    ("214", "country", "029", "República Dominicana", "Dominican Republic", "República Dominicana",
     "République dominicaine", [], "DOM"),
    ("212", "country", "029", "Dominica", "Dominica", "Dominica", "Dominique", [], "DMA"),
    ("840", "country", "021", "Estados Unidos", "United States", "Estados Unidos", "États-Unis",
     ["Estados Unidos de América", "EE.UU.", "EEUU", "USA"], "USA"),
    ("484", "country", "013", "México", "Mexico", "México", "Mexique", [], "MEX"),
    ("724", "country", "150", "España", "Spain", "Espanha", "Espagne", [], "ESP"),
    ("380", "country", "150", "Italia", "Italy", "Itália", "Italie", [], "ITA"),
    ("528", "country", "150", "Países Bajos", "Netherlands", "Países Baixos", "Pays-Bas", ["Holanda"], "NLD"),
    ("410", "country", "142", "República de Corea", "Republic of Korea", "República da Coreia", "République de Corée",
     ["Corea del Sur", "Corea, República de"], "KOR"),
    ("408", "country", "142", "República Popular Democrática de Corea", "Democratic People's Republic of Korea",
     "República Popular Democrática da Coreia", "République populaire démocratique de Corée", ["Corea del Norte"], "PRK"),
    ("156", "country", "142", "China", "China", "China", "Chine", [], "CHN"),
]


def _raw_schema() -> dict:
    cob_codes = [
        {"code": c, "kind": k, "parent": p, "label": {"es": es, "en": en, "pt": pt, "fr": fr}, "aliases": al, "iso3": iso}
        for c, k, p, es, en, pt, fr, al, iso in _PLACES
    ]
    regions = [c for c, k, *_ in _PLACES if "region" in k]
    for region in regions:
        cob_codes.append({"code": "R" + region, "kind": "residual", "parent": region,
                          "label": {"es": f"Otros países ({region})", "en": f"Other countries ({region})",
                                    "pt": f"Outros países ({region})", "fr": f"Autres pays ({region})"}})
    cob_codes += [
        {"code": "OTH", "kind": "other", "label": {"es": "Otros países", "en": "Other countries", "pt": "Outros países", "fr": "Autres pays"},
         "aliases": ["Otro país", "Otros"]},
        {"code": "NAT", "kind": "native", "label": {"es": "Nacidos en el país", "en": "Born in the country", "pt": "Nascidos no país",
                                                     "fr": "Nés dans le pays"}},
        {"code": "UNK", "kind": "unknown", "label": {"es": "Ignorado", "en": "Not stated", "pt": "Ignorado", "fr": "Non déclaré"},
         "aliases": ["No especificado"]},
    ]
    simple = lambda items: [  # noqa: E731
        {"code": c, "kind": k, "label": {"es": es, "en": en, "pt": pt, "fr": fr}, "aliases": al} for c, k, es, en, pt, fr, al in items
    ]
    return {
        "schema_version": "test",
        "codelists": {
            "CL_PLACE": {"codes": cob_codes},
            "CL_SEX": {"codes": simple([
                ("1", "category", "Hombres", "Male", "Homens", "Hommes", ["Varones", "Masculino", "Varón", "Hombre"]),
                ("2", "category", "Mujeres", "Female", "Mulheres", "Femmes", ["Femenino", "Mujer"]),
                ("3", "category", "Otro", "Another sex", "Outro", "Autre", ["X"]),
                ("9", "unknown", "No especificado", "Not stated", "Ignorado", "Non déclaré", []),
                ("_T", "total", "Total", "Total", "Total", "Total", ["Ambos sexos"]),
            ])},
            "CL_NATIVITY": {"codes": simple([
                ("N", "category", "Nativos", "Native-born", "Nativos", "Natifs", ["Nacidos en el país"]),
                ("F", "category", "Nacidos en el extranjero", "Foreign-born", "Nascidos no exterior", "Nés à l'étranger", ["Extranjeros"]),
                ("UNK", "unknown", "Ignorado", "Not stated", "Ignorado", "Non déclaré", []),
                ("_T", "total", "Total", "Total", "Total", "Total", []),
            ])},
            "CL_AGE": {"codes": simple([
                ("_T", "total", "Total", "Total", "Total", "Total", []),
                ("UNK", "unknown", "Ignorado", "Not stated", "Ignorado", "Non déclaré", []),
            ]), "patterns": [r"\d{2,3}-\d{2,3}", r"\d{2,3}\+"]},
            "CL_PERIOD": {"codes": simple([
                ("_T", "total", "Total", "Total", "Total", "Total", []),
                ("UNK", "unknown", "Ignorado", "Not stated", "Ignorado", "Non déclaré", []),
            ]), "patterns": [r"\d{4}-\d{4}", r"<\d{4}"]},
        },
        "dimensions": {
            "COB": {"codelist": "CL_PLACE", "name": {"en": "Country of birth", "es": "País de nacimiento"},
                    "header_words": ["nacimiento", "nacido", "nacida", "birth", "born", "nascimento", "naissance", "origen"]},
            "RES5": {"codelist": "CL_PLACE", "name": {"en": "Residence five years earlier"},
                     "header_words": ["residencia", "residence", "residia", "vivía", "vivia", "cinco años", "5 años", "hace 5"]},
            "COR": {"codelist": "CL_PLACE", "name": {"en": "Country of residence"}, "header_words": ["residencia actual"]},
            "NATIVITY": {"codelist": "CL_NATIVITY", "name": {"en": "Nativity"},
                         "header_words": ["nacimiento", "nativity", "condición de nacimiento"]},
            "SEX": {"codelist": "CL_SEX", "name": {"en": "Sex"}, "header_words": ["sexo", "sex", "sexe"]},
            "AGE": {"codelist": "CL_AGE", "name": {"en": "Age"}, "header_words": ["edad", "age", "idade", "âge"]},
            "ARRIVAL": {"codelist": "CL_PERIOD", "name": {"en": "Period of arrival"},
                        "header_words": ["llegada", "arrival", "chegada", "arrivée", "año de llegada"]},
            "DEPART": {"codelist": "CL_PERIOD", "name": {"en": "Period of departure"}, "header_words": ["partida", "salida", "departure"]},
        },
        "tables": [
            {"id": "T00", "dimensions": ["NATIVITY", "SEX", "AGE"], "title": {"en": "Population by nativity"}, "population": "all"},
            {"id": "T01", "dimensions": ["COB", "SEX", "AGE"], "title": {"en": "Foreign-born by country of birth"}},
            {"id": "T04", "dimensions": ["COB", "SEX", "ARRIVAL"], "title": {"en": "by period of arrival"}},
            {"id": "T05", "dimensions": ["COB", "RES5", "SEX", "AGE"], "title": {"en": "Residence five years earlier"},
             "population": "aged_5_plus", "min_age": 5},
        ],
    }


@pytest.fixture(scope="module")
def mini_schema():
    return _build(_raw_schema())


@pytest.fixture
def memory(tmp_path):
    from app.mapping.memory import MappingMemory

    mem = MappingMemory(tmp_path / "memory.sqlite")
    yield mem
    mem.close()


@pytest.fixture(scope="module")
def make_tidy():
    """A function building a TidyTable by hand (see ``tidy``)."""
    return tidy


def tidy(name: str, rows: list[dict], dims: list[tuple[str, str]], title: str = ""):
    """A TidyTable built by hand: ``rows`` are dicts with one key per dimension name, value, flag, cell."""
    from types import SimpleNamespace

    frame = pd.DataFrame(rows)
    for dim_name, _role in dims:
        frame[dim_name] = frame[dim_name].astype(str)
    if "flag" not in frame:
        frame["flag"] = "A"
    frame["value"] = frame["value"].astype(float)
    dimensions = []
    for dim_name, role in dims:
        labels = list(dict.fromkeys(frame[dim_name].tolist()))
        dimensions.append(SimpleNamespace(name=dim_name, role=role, labels=labels))
    try:
        from app.importers.base import SourceDimension, TidyTable

        dimensions = [SourceDimension(d.name, d.role, d.labels) for d in dimensions]
        return TidyTable(name=name, title=title, frame=frame, dimensions=dimensions, layout={}, confidence=1.0, notes=[])
    except ImportError:
        return SimpleNamespace(name=name, title=title, frame=frame, dimensions=dimensions, layout={}, confidence=1.0, notes=[])
