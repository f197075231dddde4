"""Shared data of the tabulation tests: a 200,000-record synthetic person file and its tables.

The file comes from ``app.tabulate.synthetic`` (its docstring documents the
distributions), with one extra country code that is not an M49 country
(``995``) so that unmapped codes occur. ``oracle`` recomputes every record's
IMILA codes with plain pandas, written from the recipe's meaning and not from
the engine's code, so the tables can be compared cell by cell.
"""

from __future__ import annotations

import pytest
from pandas_reference import oracle_codes, oracle_tables

from app.tabulate import tabulate_frame
from app.tabulate.synthetic import COUNTRIES, generate_persons, synthetic_recipe

N_RECORDS = 200_000
SEED = 7
BOGUS_COUNTRY = 995  # not an M49 country: unmapped, counted under UNK


@pytest.fixture(scope="package")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("tabulate")


@pytest.fixture(scope="package")
def persons_csv(workdir):
    return generate_persons(workdir / "persons.csv", N_RECORDS, seed=SEED, countries=COUNTRIES + [BOGUS_COUNTRY])


@pytest.fixture(scope="package")
def persons_parquet(workdir):
    return generate_persons(workdir / "persons.parquet", N_RECORDS, seed=SEED, countries=COUNTRIES + [BOGUS_COUNTRY])


@pytest.fixture(scope="package")
def recipe():
    return synthetic_recipe()


@pytest.fixture(scope="package")
def result_csv(persons_csv, recipe):
    return tabulate_frame(persons_csv, recipe)


@pytest.fixture(scope="package")
def result_parquet(persons_parquet, recipe):
    return tabulate_frame(persons_parquet, recipe)


@pytest.fixture(scope="package")
def oracle(persons_csv):
    from app.models.schema import load_schema

    places = {c.code for c in load_schema().codelist("COB") if c.kind in ("country", "historic")}
    return oracle_tables(oracle_codes(persons_csv, places))
