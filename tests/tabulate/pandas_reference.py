"""A plain pandas tabulation of the synthetic person file, written from the recipe's meaning.

It shares no code with ``app.tabulate``: the tests compare the engine's
tables with it cell by cell, and the benchmark times it as the pandas
baseline (the same eleven tables with all their totals).
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

# ISIC Rev.4 sections by division, written out (independent of app.tabulate.codes).
SECTION_OF_DIVISION = {}
for letter, divisions in {
    "A": "01 02 03", "B": "05 06 07 08 09", "C": " ".join(f"{d:02d}" for d in range(10, 34)), "D": "35",
    "E": "36 37 38 39", "F": "41 42 43", "G": "45 46 47", "H": "49 50 51 52 53", "I": "55 56",
    "J": "58 59 60 61 62 63", "K": "64 65 66", "L": "68", "M": "69 70 71 72 73 74 75", "N": "77 78 79 80 81 82",
    "O": "84", "P": "85", "Q": "86 87 88", "R": "90 91 92 93", "S": "94 95 96", "T": "97 98", "U": "99",
}.items():
    for d in divisions.split():
        SECTION_OF_DIVISION[int(d)] = letter

AGE_GROUPS = [(a, a + 4, f"{a:02d}-{a + 4:02d}") for a in range(0, 85, 5)]



def _num(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce")


def _age_code(age: pd.Series, min_age: int = 0) -> pd.Series:
    out = pd.Series("UNK", index=age.index, dtype=object)
    valid = age.notna() & (age >= 0) & (age <= 120)
    for low, high, code in AGE_GROUPS:
        if high < min_age:
            continue
        first = max(low, min_age)
        code = f"{first:02d}-{high:02d}"
        out[valid & (age >= first) & (age <= high)] = code
    out[valid & (age >= 85)] = "85+"
    return out


def oracle_codes(csv_path, valid_places: set[str], raw: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every record's IMILA codes, computed with pandas straight from the recipe's meaning."""
    if raw is None:
        raw = read_raw(csv_path)
    out = pd.DataFrame(index=raw.index)
    cob = raw["PAISNAC"].str.strip()
    cob3 = cob.str.zfill(3)
    is_native = cob == "152"
    is_foreign = (~is_native) & (cob != "999") & cob3.isin(valid_places)
    out["NATIVITY"] = np.where(is_native, "N", np.where(is_foreign, "F", "UNK"))
    out["COB"] = np.where(is_native, "NAT", np.where(is_foreign, cob3, "UNK"))
    sex = raw["SEXO"].str.strip()
    out["SEX"] = np.where(sex.isin(["1", "2", "9"]), sex, "9")
    age = _num(raw["EDAD"])
    out["age"] = age.where((age >= 0) & (age <= 120))
    out["AGE"] = _age_code(age)
    out["AGE15"] = _age_code(age, 15)
    out["AGE5"] = _age_code(age, 5)
    year = _num(raw["ANIOLLEG"])
    arrival = pd.Series("UNK", index=raw.index, dtype=object)
    ok = year.notna() & (year <= 2024) & (year >= 1800)
    for low, high, code in [(1800, 1979, "<1980"), (1980, 1989, "1980-1989"), (1990, 1999, "1990-1999"),
                            (2000, 2009, "2000-2009"), (2010, 2014, "2010-2014"), (2015, 2019, "2015-2019"),
                            (2020, 2024, "2020-2024")]:
        arrival[ok & (year >= low) & (year <= high)] = code
    out["ARRIVAL"] = arrival
    marst = raw["ECIVIL"].str.strip()
    out["MARST"] = np.where(marst.isin(list("1234569")), marst, "9")
    ceb = _num(raw["HIJOS"])
    ceb_ok = ceb.notna() & (ceb != 99) & (ceb >= 0) & (ceb <= 30)
    out["CEB"] = np.where(ceb_ok, np.where(ceb >= 10, "10+", ceb.fillna(0).astype(int).astype(str)), "99")
    res = raw["RES5"].str.strip()
    res3 = res.str.zfill(3)
    out["RES5"] = np.where(res == "152", "NAT",
                           np.where((res != "999") & (res != "") & res3.isin(valid_places), res3, "UNK"))
    years = _num(raw["ESCOLAR"])
    educ = pd.Series("UNK", index=raw.index, dtype=object)
    educ_ok = years.notna() & (years != 99) & (years >= 0) & (years <= 30)
    for low, high, code in [(0, 0, "0"), (1, 3, "1-3"), (4, 6, "4-6"), (7, 9, "7-9"), (10, 12, "10-12"), (13, 30, "13+")]:
        educ[educ_ok & (years >= low) & (years <= high)] = code
    out["EDUC"] = educ
    act = raw["ACTIV"].str.strip().map({"1": "1", "2": "1", "3": "2", "4": "3", "5": "3", "6": "3", "9": "9"})
    out["ACT"] = act.fillna("9")
    division = _num(raw["RAMA"])
    out["IND"] = division.map(lambda d: SECTION_OF_DIVISION.get(int(d), "X") if d == d else "X")
    occ = raw["OCUP"].str.strip()
    out["OCC"] = np.where((occ != "") & (occ != "9999"), occ.str.zfill(4).str[0], "X")
    icse = raw["CATEG"].str.strip()
    out["ICSE"] = np.where(icse.isin(list("123459")), icse, "9")
    return out


def read_raw(path) -> pd.DataFrame:
    """The person file's columns as text ('' for blanks), from CSV or Parquet."""
    if str(path).endswith(".parquet"):
        frame = pd.read_parquet(path, dtype_backend="numpy_nullable")  # integers with blanks stay integers
        return frame.astype("string").fillna("").astype(object)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def oracle_tables(codes: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every cell and every _T total of T00 … T10, from the per-record codes."""
    foreign = codes["NATIVITY"] == "F"
    adult = codes["age"] >= 15
    specs = {
        "T00": (codes.index == codes.index, ["NATIVITY", "SEX", "AGE"], {}),
        "T01": (foreign, ["COB", "SEX", "AGE"], {}),
        "T02": (foreign & adult, ["COB", "SEX", "MARST"], {}),
        "T03": (foreign & adult & (codes["SEX"] == "2"), ["COB", "AGE", "CEB"], {"AGE": "AGE15"}),
        "T04": (foreign, ["COB", "SEX", "ARRIVAL"], {}),
        "T05": (codes["age"] >= 5, ["COB", "RES5", "SEX", "AGE"], {"AGE": "AGE5"}),
        "T06": (foreign & adult, ["COB", "SEX", "EDUC"], {}),
        "T07": (foreign & adult, ["COB", "SEX", "ACT"], {}),
        "T08": (foreign & adult & (codes["ACT"] == "1"), ["COB", "SEX", "IND"], {}),
        "T09": (foreign & adult & (codes["ACT"] == "1"), ["COB", "SEX", "OCC"], {}),
        "T10": (foreign & adult & (codes["ACT"] == "1"), ["COB", "SEX", "ICSE"], {}),
    }
    tables = {}
    for table_id, (mask, dims, rename) in specs.items():
        part = codes.loc[mask, [rename.get(d, d) for d in dims]].copy()
        part.columns = dims
        pieces = []
        for r in range(len(dims) + 1):
            for totals in itertools.combinations(dims, r):
                keep = [d for d in dims if d not in totals]
                if keep:
                    g = part.groupby(keep).size().reset_index(name="value")
                else:
                    g = pd.DataFrame({"value": [len(part)]})
                for d in totals:
                    g[d] = "_T"
                pieces.append(g[dims + ["value"]])
        tables[table_id] = pd.concat(pieces, ignore_index=True)
    return tables
