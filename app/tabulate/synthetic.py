"""A synthetic census person file, for tests, benchmarks and training workshops.

``generate_persons(path, n)`` writes ``n`` person records of a fictional
census of Chile (M49 ``152``) taken in 2024, as CSV or Parquet, with DuckDB
streaming straight from ``range(n)`` to the file: generation is parallel,
deterministic for a given ``seed`` and uses little memory at any ``n``.

Every random draw is a hash of the record number, the seed and the draw's
number, turned into a uniform ``u`` in [0, 1). The variables and their
distributions (the names are those of a typical national person file):

============ ==================================================================
``ID``       record number 1 … n
``SEXO``     ``1`` male, ``2`` female: natives 49 % male, foreign-born 47 %
             male; 0.2 % blank (missing) and 0.1 % ``9`` (not stated)
``EDAD``     age in completed years. Natives: exponential, mean 32, capped at
             105 (a young Latin American pyramid). Foreign-born: triangular
             0–79 with its mode at 40 (the sum of two uniforms times 40).
             0.1 % are ``999`` (out of range: not stated)
``PAISNAC``  country of birth as an M49 number (no leading zeros: ``32`` is
             Argentina): ``152`` for the natives; for the foreign-born
             (``foreign_share``, default 5 %) one of ``COUNTRIES`` drawn with
             index ``floor(len * u**2.5)`` (a few large communities and a long
             tail); 0.5 % ``999`` (not stated)
``ANIOLLEG`` year of arrival, foreign-born only: 2024 minus an exponential
             duration (mean 12 years), never before the year of birth; 2 %
             ``9999`` (not stated); blank for natives
``ECIVIL``   marital status, ages 12+: ``1`` single 35 %, ``2`` married 25 %,
             ``3`` cohabiting 20 %, ``4`` separated 5 %, ``5`` divorced 5 %,
             ``6`` widowed 7 %, ``9`` not stated 3 %; blank under 12
``HIJOS``    children ever born, women 12+: exponential mean 2 (floor),
             capped at 15; 1 % ``99`` (not stated); blank otherwise
``RES5``     country of residence five years before, ages 5+: natives 98 %
             ``152``, 1 % one of ``COUNTRIES``; foreign-born who arrived in
             the last five years: their country of birth, others ``152``;
             1 % ``999`` (not stated); blank under 5
``ESCOLAR``  years of schooling, ages 5+: uniform 0–17; 1 % ``99``
``ACTIV``    activity, ages 15+: ``1`` working 55 %, ``2`` has a job but
             absent 5 %, ``3`` looking for work 5 %, ``4`` student 10 %,
             ``5`` home duties 10 %, ``6`` retired 13 %, ``9`` not stated 2 %
``RAMA``     ISIC Rev.4 division (two digits, ``1`` … ``99``), employed only
             (ACTIV 1 or 2): drawn from the real divisions; 1 % blank
``OCUP``     ISCO-08 unit group as four characters (``"0110"`` … ``"9629"``),
             employed only: major group uniform 0–9; 1 % ``"9999"`` (unknown)
``CATEG``    status in employment, employed only: ``1`` employee 70 %,
             ``2`` employer 4 %, ``3`` own-account 20 %, ``4`` cooperative
             1 %, ``5`` family worker 3 %, ``9`` not stated 2 %
``FACTOR``   expansion weight: 5 + 10 u rounded to 0.01 (for sample tests)
============ ==================================================================
"""

from __future__ import annotations

import os
from pathlib import Path

CENSUS_YEAR = 2024
CENSUS_COUNTRY = 152

# M49 codes of the countries of birth the foreign-born are drawn from, the
# largest communities first (neighbours and the region, then the rest).
COUNTRIES = [
    604, 862, 68, 32, 170, 332, 218, 76, 214, 192, 600, 858, 724, 840, 380, 156, 276, 250, 484, 620,
    188, 222, 320, 340, 558, 591, 84, 388, 780, 328, 740, 52, 44, 124, 826, 756, 528, 56, 40, 616,
    643, 804, 300, 752, 578, 208, 246, 372, 348, 203, 642, 100, 191, 688, 705, 703, 440, 428, 233, 112,
    498, 8, 807, 70, 499, 442, 470, 196, 352, 392, 410, 408, 356, 586, 50, 144, 524, 360, 458, 608,
    764, 704, 116, 418, 104, 702, 364, 368, 376, 400, 422, 760, 792, 682, 784, 414, 634, 512, 887, 4,
    398, 860, 762, 417, 795, 496, 51, 268, 31, 275, 12, 818, 434, 504, 788, 566, 288, 384, 686, 466,
    854, 562, 148, 120, 24, 180, 178, 266, 226, 404, 834, 800, 646, 231, 706, 710, 508, 894, 716, 72,
    516, 450, 480, 132, 36, 554, 242, 598, 28, 662,
]

# ISIC Rev.4 divisions that exist.
ISIC_DIVISIONS = (
    [1, 2, 3] + list(range(5, 10)) + list(range(10, 34)) + [35, 36, 37, 38, 39, 41, 42, 43, 45, 46, 47]
    + [49, 50, 51, 52, 53, 55, 56, 58, 59, 60, 61, 62, 63, 64, 65, 66, 68] + list(range(69, 76))
    + list(range(77, 83)) + [84, 85, 86, 87, 88] + list(range(90, 100))
)


def _u(k: int, seed: int) -> str:
    return f"((hash(i, {int(seed)}, {k}) % 1000003) / 1000003.0)"


def persons_sql(n: int, *, seed: int = 1, foreign_share: float = 0.05, census_year: int = CENSUS_YEAR,
                countries: list[int] | None = None, string_codes: bool = False) -> str:
    """The SELECT that yields the ``n`` records (columns as in the module docstring).

    ``string_codes`` writes PAISNAC and RES5 as text (``"032"``) instead of numbers.
    """
    countries = list(countries or COUNTRIES)
    clist = "[" + ", ".join(str(c) for c in countries) + "]"
    divs = "[" + ", ".join(str(d) for d in ISIC_DIVISIONS) + "]"
    u = {k: _u(k, seed) for k in range(1, 20)}
    cy = int(census_year)
    cob_expr = "lpad(CAST(cob AS VARCHAR), 3, '0')" if string_codes else "cob"
    res_expr = "lpad(CAST(res5 AS VARCHAR), 3, '0')" if string_codes else "res5"
    return f"""
WITH d AS (
  SELECT i,
    {u[1]} < {float(foreign_share)} AS fb,
    {u[2]} AS u_sex, {u[3]} AS u_age, {u[4]} AS u_age2, {u[5]} AS u_cob, {u[6]} AS u_miss,
    {u[7]} AS u_arr, {u[8]} AS u_mar, {u[9]} AS u_ceb, {u[10]} AS u_res, {u[11]} AS u_edu,
    {u[12]} AS u_act, {u[13]} AS u_ind, {u[14]} AS u_occ, {u[15]} AS u_cat, {u[16]} AS u_w,
    {u[17]} AS u_miss2, {u[18]} AS u_occ2
  FROM range({int(n)}) t(i)
), p AS (
  SELECT *,
    CASE WHEN u_miss < 0.002 THEN NULL WHEN u_miss < 0.003 THEN 9
         WHEN u_sex < (CASE WHEN fb THEN 0.47 ELSE 0.49 END) THEN 1 ELSE 2 END AS sex,
    CASE WHEN fb THEN CAST(floor((u_age + u_age2) * 40) AS INTEGER)
         ELSE CAST(least(floor(-ln(1 - u_age) * 32), 105) AS INTEGER) END AS age0,
    CASE WHEN u_miss >= 0.004 AND u_miss < 0.009 THEN 999
         WHEN fb THEN list_extract({clist}, 1 + CAST(floor({len(countries)} * pow(u_cob, 2.5)) AS INTEGER))
         ELSE {CENSUS_COUNTRY} END AS cob
  FROM d
), q AS (
  SELECT *,
    CASE WHEN u_miss >= 0.003 AND u_miss < 0.004 THEN 999 ELSE age0 END AS age,
    CASE WHEN NOT fb THEN NULL WHEN u_miss2 < 0.02 THEN 9999
         ELSE CAST(greatest({cy} - floor(-ln(1 - u_arr) * 12), {cy} - age0) AS INTEGER) END AS arr
  FROM p
), r AS (
  SELECT *,
    CASE WHEN age0 < 5 THEN NULL WHEN u_res < 0.01 THEN 999
         WHEN fb AND arr <> 9999 AND arr > {cy - 5} AND cob <> 999 THEN cob
         WHEN NOT fb AND u_res > 0.99 THEN list_extract({clist}, 1 + CAST(floor({len(countries)} * (u_res - 0.99) * 100) AS INTEGER))
         ELSE {CENSUS_COUNTRY} END AS res5,
    CASE WHEN age0 < 15 THEN NULL WHEN u_act < 0.55 THEN 1 WHEN u_act < 0.60 THEN 2 WHEN u_act < 0.65 THEN 3
         WHEN u_act < 0.75 THEN 4 WHEN u_act < 0.85 THEN 5 WHEN u_act < 0.98 THEN 6 ELSE 9 END AS act
  FROM q
)
SELECT
  i + 1 AS ID,
  sex AS SEXO,
  age AS EDAD,
  {cob_expr} AS PAISNAC,
  arr AS ANIOLLEG,
  CASE WHEN age0 < 12 THEN NULL WHEN u_mar < 0.35 THEN 1 WHEN u_mar < 0.60 THEN 2 WHEN u_mar < 0.80 THEN 3
       WHEN u_mar < 0.85 THEN 4 WHEN u_mar < 0.90 THEN 5 WHEN u_mar < 0.97 THEN 6 ELSE 9 END AS ECIVIL,
  CASE WHEN sex IS DISTINCT FROM 2 OR age0 < 12 THEN NULL WHEN u_ceb < 0.01 THEN 99
       ELSE CAST(least(floor(-ln(1 - (u_ceb - 0.01) / 0.99) * 2), 15) AS INTEGER) END AS HIJOS,
  {res_expr} AS RES5,
  CASE WHEN age0 < 5 THEN NULL WHEN u_edu < 0.01 THEN 99 ELSE CAST(floor((u_edu - 0.01) / 0.99 * 18) AS INTEGER) END AS ESCOLAR,
  act AS ACTIV,
  CASE WHEN act IS NULL OR act > 2 THEN NULL WHEN u_ind < 0.01 THEN NULL
       ELSE list_extract({divs}, 1 + CAST(floor({len(ISIC_DIVISIONS)} * (u_ind - 0.01) / 0.99) AS INTEGER)) END AS RAMA,
  CASE WHEN act IS NULL OR act > 2 THEN NULL WHEN u_occ < 0.01 THEN '9999'
       ELSE CAST(CAST(floor((u_occ - 0.01) / 0.99 * 10) AS INTEGER) AS VARCHAR)
            || lpad(CAST(111 + CAST(floor(u_occ2 * 800) AS INTEGER) AS VARCHAR), 3, '0') END AS OCUP,
  CASE WHEN act IS NULL OR act > 2 THEN NULL WHEN u_cat < 0.70 THEN 1 WHEN u_cat < 0.74 THEN 2
       WHEN u_cat < 0.94 THEN 3 WHEN u_cat < 0.95 THEN 4 WHEN u_cat < 0.98 THEN 5 ELSE 9 END AS CATEG,
  round(5 + 10 * u_w, 2) AS FACTOR
FROM r
"""


def generate_persons(path: str | os.PathLike, n: int, *, fmt: str | None = None, seed: int = 1,
                     foreign_share: float = 0.05, census_year: int = CENSUS_YEAR, countries: list[int] | None = None,
                     string_codes: bool = False, delimiter: str = ",", threads: int | None = None,
                     memory_limit: str = "1GB") -> Path:
    """Write ``n`` synthetic person records to ``path`` (``.csv`` or ``.parquet``)."""
    import duckdb

    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    sql = persons_sql(n, seed=seed, foreign_share=foreign_share, census_year=census_year,
                      countries=countries, string_codes=string_codes)
    con = duckdb.connect()
    try:
        con.execute(f"SET threads = {int(threads or os.cpu_count() or 2)}")
        con.execute(f"SET memory_limit = '{memory_limit}'")
        con.execute("SET preserve_insertion_order = false")
        con.execute("SET enable_progress_bar = false")
        target = str(path).replace("'", "''")
        if fmt == "csv":
            delim = delimiter.replace("'", "''")
            con.execute(f"COPY ({sql}) TO '{target}' (FORMAT csv, HEADER true, DELIMITER '{delim}')")
        elif fmt == "parquet":
            con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)")
        else:
            raise ValueError(f"unknown format {fmt!r}")
    finally:
        con.close()
    return path


def synthetic_recipe(*, weighted: bool = False, census_year: int = CENSUS_YEAR) -> dict:
    """The tabulation recipe of the synthetic person file (every concept bound)."""
    recipe = {
        "recipe_version": 1,
        "kind": "tabulation",
        "name": "Synthetic census, persons",
        "census_year": census_year,
        "census_country": str(CENSUS_COUNTRY),
        "variables": {
            "country_of_birth": {"variable": "PAISNAC", "codes": "m49", "native": [str(CENSUS_COUNTRY)],
                                 "not_stated": ["999"]},
            "sex": {"variable": "SEXO", "values": {"1": "1", "2": "2", "9": "9"}},
            "age": {"variable": "EDAD", "max": 120},
            "arrival": {"variable": "ANIOLLEG", "kind": "year", "not_stated": ["9999"],
                        "bands": ["<1980", "1980-1989", "1990-1999", "2000-2009", "2010-2014", "2015-2019",
                                  f"2020-{census_year}"]},
            "marital_status": {"variable": "ECIVIL"},
            "children_ever_born": {"variable": "HIJOS", "not_stated": ["99"]},
            "residence_5y": {"variable": "RES5", "codes": "m49", "native": [str(CENSUS_COUNTRY)],
                             "not_stated": ["999"]},
            "schooling": {"variable": "ESCOLAR", "kind": "years", "not_stated": ["99"]},
            "activity": {"variable": "ACTIV", "values": {"1": "1", "2": "1", "3": "2", "4": "3", "5": "3", "6": "3",
                                                         "9": "9"}},
            "industry": {"variable": "RAMA", "kind": "isic4", "digits": 2},
            "occupation": {"variable": "OCUP", "kind": "isco08", "digits": 4, "not_stated": ["9999"]},
            "employment_status": {"variable": "CATEG"},
        },
    }
    if weighted:
        recipe["variables"]["weight"] = {"variable": "FACTOR"}
    return recipe


# -- households with members abroad (the emigrant module, for T11) ------------------------------
# Countries of residence of the emigrants as a household answers (names as written by the enumerator,
# with the spellings real files have) and their shares; "Ignorado" is not stated.
EMIGRANT_DESTINATIONS = (
    ("Argentina", 0.22), ("Estados Unidos", 0.17), ("EE.UU.", 0.04), ("España", 0.14), ("ESPAÑA", 0.02),
    ("Perú", 0.08), ("Bolivia (Estado Plurinacional de)", 0.06), ("Brasil", 0.06), ("Italia", 0.05),
    ("Canadá", 0.04), ("Suecia", 0.03), ("Australia", 0.03), ("Alemania", 0.02), ("Chile", 0.02),
    ("Ignorado", 0.02),
)
# The same countries as a national code list (the wide layout's file uses codes 1 … 13, 99 not stated).
EMIGRANT_NATIONAL_CODES = {
    "1": "032", "2": "840", "3": "724", "4": "604", "5": "068", "6": "076", "7": "380", "8": "124", "9": "752",
    "10": "036", "11": "276", "12": "152",
}


def household_members(households: int, *, seed: int = 7, census_year: int = CENSUS_YEAR,
                      since: int = 2012) -> "object":
    """The members abroad reported by ``households`` households, one row per member (a pandas DataFrame).

    About one household in six reports members abroad (1 to 4). Columns:
    ``ID_HOGAR`` household, ``NRO`` member's number, ``FACTOR_HOGAR``
    household weight (20–60, two decimals), ``SEXO`` (``1``, ``2``; 1 %
    ``9``), ``EDAD_SALIDA`` age when they left (18–45 mostly, some children
    and older people; 1 % ``99``), ``EDAD_ACTUAL`` age now, ``ANIO_SALIDA``
    year they left (about 8 % before ``since``; 2 % ``9999``), ``PAIS_RESIDE``
    country of residence by name (``EMIGRANT_DESTINATIONS``; a few the
    census country itself, who are not abroad) and ``PAIS_COD`` the same as
    a national code (``EMIGRANT_NATIONAL_CODES``, 99 not stated).
    Deterministic for a given ``seed``.
    """
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    reporting = rng.random(households) < 1 / 6
    counts = np.where(reporting, rng.choice([1, 1, 1, 2, 2, 3, 4], households), 0)
    hh = np.repeat(np.arange(1, households + 1), counts)
    n = len(hh)
    nro = np.concatenate([np.arange(1, c + 1) for c in counts if c]) if n else np.array([], dtype=int)
    weights = np.round(20 + 40 * rng.random(households), 2)
    sex = np.where(rng.random(n) < 0.48, "1", "2")
    sex[rng.random(n) < 0.01] = "9"
    kind = rng.random(n)
    age = np.where(kind < 0.10, rng.integers(0, 15, n),
                   np.where(kind < 0.92, rng.integers(18, 46, n), rng.integers(46, 80, n)))
    span = census_year - since
    years_ago = np.where(rng.random(n) < 0.08, rng.integers(span + 1, span + 12, n), rng.integers(0, span + 1, n))
    year = census_year - years_ago
    current = age + years_ago
    year_text = year.astype(str).astype(object)
    year_text[rng.random(n) < 0.02] = "9999"
    age_text = age.astype(str).astype(object)
    age_text[rng.random(n) < 0.01] = "99"
    names = [d for d, _ in EMIGRANT_DESTINATIONS]
    shares = np.array([s for _, s in EMIGRANT_DESTINATIONS])
    country = rng.choice(len(names), n, p=shares / shares.sum())
    name = np.array(names, dtype=object)[country]
    by_name = {"Argentina": "1", "Estados Unidos": "2", "EE.UU.": "2", "España": "3", "ESPAÑA": "3", "Perú": "4",
               "Bolivia (Estado Plurinacional de)": "5", "Brasil": "6", "Italia": "7", "Canadá": "8", "Suecia": "9",
               "Australia": "10", "Alemania": "11", "Chile": "12", "Ignorado": "99"}
    return pd.DataFrame({
        "ID_HOGAR": hh, "NRO": nro, "FACTOR_HOGAR": weights[hh - 1] if n else [], "SEXO": sex,
        "EDAD_SALIDA": age_text, "EDAD_ACTUAL": current, "ANIO_SALIDA": year_text, "PAIS_RESIDE": name,
        "PAIS_COD": [by_name[x] for x in name],
    })


def generate_households(path: str | os.PathLike, households: int, *, layout: str = "members", seed: int = 7,
                        census_year: int = CENSUS_YEAR, since: int = 2012, delimiter: str = ",") -> Path:
    """Write the emigrant module of ``households`` synthetic households as CSV.

    ``members``: one row per member abroad (``household_members``'s columns
    but ``PAIS_COD``). ``wide``: one row per household (those without
    members abroad too) with ``ID_HOGAR``, ``FACTOR_HOGAR`` and, per member
    ``k`` of up to four, ``emig<k>_sexo``, ``emig<k>_edad`` (age when they
    left), ``emig<k>_anio`` and ``emig<k>_pais`` (the national code), blank
    where the household has fewer members abroad.
    """
    import numpy as np
    import pandas as pd

    path = Path(path)
    members = household_members(households, seed=seed, census_year=census_year, since=since)
    if layout == "members":
        frame = members.drop(columns=["PAIS_COD"])
    elif layout == "wide":
        rng = np.random.default_rng(seed)
        weights = np.round(20 + 40 * rng.random(households), 2)
        frame = pd.DataFrame({"ID_HOGAR": np.arange(1, households + 1)})
        frame["FACTOR_HOGAR"] = members.groupby("ID_HOGAR")["FACTOR_HOGAR"].first().reindex(
            frame["ID_HOGAR"]).fillna(pd.Series(weights, index=frame["ID_HOGAR"])).to_numpy()
        for k in range(1, 5):
            part = members[members["NRO"] == k].set_index("ID_HOGAR")
            for column, suffix in (("SEXO", "sexo"), ("EDAD_SALIDA", "edad"), ("ANIO_SALIDA", "anio"),
                                   ("PAIS_COD", "pais")):
                frame[f"emig{k}_{suffix}"] = part[column].reindex(frame["ID_HOGAR"]).to_numpy()
    else:
        raise ValueError(f"unknown layout {layout!r}")
    frame.to_csv(path, index=False, sep=delimiter)
    return path


def households_recipe(*, layout: str = "members", weighted: bool = True, census_year: int = CENSUS_YEAR,
                      since: int = 2012, current_age: bool = False) -> dict:
    """The emigrant recipe of the synthetic household file (``generate_households``)."""
    if layout == "wide":
        variables = {
            "household": "ID_HOGAR",
            "sex": {"variable": "sexo", "not_stated": ["9"]},
            "age": {"variable": "edad", "not_stated": ["99"]},
            "departure": {"variable": "anio", "not_stated": ["9999"]},
            "country_of_residence": {"variable": "pais", "codes": "labels", "values": EMIGRANT_NATIONAL_CODES,
                                     "not_stated": ["99"]},
        }
    else:
        variables = {
            "household": "ID_HOGAR",
            "sex": {"variable": "SEXO", "not_stated": ["9"]},
            "age": ({"variable": "EDAD_ACTUAL", "kind": "current"} if current_age
                    else {"variable": "EDAD_SALIDA", "kind": "at_departure", "not_stated": ["99"]}),
            "departure": {"variable": "ANIO_SALIDA", "kind": "year", "not_stated": ["9999"]},
            "country_of_residence": {"variable": "PAIS_RESIDE", "codes": "labels", "not_stated": ["Ignorado"]},
        }
    if weighted:
        variables["weight"] = "FACTOR_HOGAR"
    recipe = {
        "recipe_version": 1, "kind": "emigrants", "name": "Synthetic census, members abroad",
        "census_year": census_year, "census_country": str(CENSUS_COUNTRY),
        "reference_period": {"from": since, "to": census_year, "label": f"left since {since}"},
        "layout": layout, "variables": variables,
    }
    if layout == "wide":
        recipe["wide"] = {"prefix": "emig{n}_"}
    return recipe
