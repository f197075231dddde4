"""The standing import fuzzer: seeded mutants of the real tables and of the layout corpus.

Each mutant (mutants.py) goes through ``read_file`` and ``import --auto`` into
a real project (harness.py) and must end in a clean message or a correct
import (oracle.py): no traceback, no silent wrong figure. The run is bounded
(``IMILA_FUZZ_CASES`` mutants, 240 unless told, about a minute) and seeded
(``IMILA_FUZZ_SEED``); a failure names the case, which
``bench/fuzz_import.py --seed S --case I --keep FOLDER`` writes out again.
bench/fuzz_import.py is the long run.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest

from .harness import OUTCOMES, Runner
from .mutants import Base, all_bases, mutant, realdata_bases
from .oracle import identities, judge

CASES = int(os.environ.get("IMILA_FUZZ_CASES", "240"))
SEED = int(os.environ.get("IMILA_FUZZ_SEED", "2026"))


@pytest.fixture(scope="module")
def runner(tmp_path_factory):
    return Runner(tmp_path_factory.mktemp("fuzz"))


def _t(table_cells: dict) -> dict:
    return {k: v for k, v in table_cells.items()}


def _cell(cells: dict, **codes):
    for key, value in cells.items():
        if all(dict(key).get(d) == c for d, c in codes.items()):
            return value
    return None


def test_the_real_tables_import_to_their_published_figures(runner, realdata):
    bases = {b.id: b for b in realdata_bases(str(realdata))}
    c3 = runner.reference(bases["indec_c3"])["T01"]
    assert _cell(c3, COB="_T", SEX="_T", AGE="_T") == 1_933_463
    assert _cell(c3, COB="600", SEX="_T", AGE="_T") == 522_598
    c2 = runner.reference(bases["indec_c2"])["T00"]
    assert _cell(c2, NATIVITY="_T", SEX="_T", AGE="_T") == 45_618_787
    assert _cell(c2, NATIVITY="F", SEX="_T", AGE="_T") == 1_933_463
    inegi = runner.reference(bases["inegi_01"])
    assert _cell(inegi["T00"], NATIVITY="_T", SEX="_T", AGE="_T") == 126_014_024
    assert _cell(inegi["T01"], COB="840", SEX="_T", AGE="_T") == 797_266


def test_a_real_sheet_written_back_from_its_cells_imports_as_the_real_file(runner, realdata):
    """Grid mutants are compared with the real file's import: the unmutated grid must import the same."""
    for base in realdata_bases(str(realdata)):
        rebuilt = runner.import_bytes(base, base.write(), base.ext, base.sheet, "rebuilt")[1]
        assert rebuilt == runner.reference(base), base.id


def test_every_reference_has_sums_to_check():
    for base in all_bases(None)[:20]:
        assert identities(base.reference), base.id


KEY = lambda **c: tuple(c.items())  # noqa: E731
REF = {"T01": {KEY(COB="_T", SEX="_T", AGE="_T"): 10, KEY(COB="600", SEX="_T", AGE="_T"): 4,
               KEY(COB="068", SEX="_T", AGE="_T"): 6}}


def test_the_oracle_refuses_what_is_wrong_and_accepts_what_is_true():
    same = {"T01": dict(REF["T01"])}
    assert judge(REF, same, "text")[0] == "ok"
    # a part left out is no wrong figure; a part written with another value breaks its total
    assert judge(REF, {"T01": {KEY(COB="_T", SEX="_T", AGE="_T"): 10}}, "figures")[0] == "ok"
    assert judge(REF, {"T01": {**REF["T01"], KEY(COB="600", SEX="_T", AGE="_T"): 5}}, "figures")[0] == "broken"
    # doubled by summing a breakdown with its total: consistent, but the source still prints the true total
    doubled = {"T01": {k: 2 * v for k, v in REF["T01"].items()}}
    assert judge(REF, doubled, "figures", numbers={10, 4, 6})[0] == "broken"
    assert judge(REF, doubled, "text")[0] == "broken"
    # a cell stored with no figure is a cell left out, not a wrong figure
    assert judge(REF, {"T01": {**REF["T01"], KEY(COB="600", SEX="_T", AGE="_T"): None}}, "text")[0] == "ok"
    # a table the source is not
    assert judge(REF, {"T00": {KEY(NATIVITY="_T", SEX="_T", AGE="_T"): 10}}, "figures")[0] == "broken"
    # a mutation that changed no figure cannot change a written one
    assert judge(REF, {"T01": {KEY(COB="_T", SEX="_T", AGE="_T"): 10, KEY(COB="UNK", SEX="_T", AGE="_T"): 4}},
                 "text")[0] == "broken"


def test_mutants_are_seeded():
    bases = all_bases(None)
    a, b = mutant(bases, 7, 3), mutant(bases, 7, 3)
    assert (a.id, a.data) == (b.id, b.data)
    assert mutant(bases, 7, 4).id != a.id


def test_hundreds_of_mutants_end_in_a_clean_message_or_a_correct_import(runner, realdata, capsys):
    bases: list[Base] = all_bases(realdata)
    counts: Counter = Counter()
    bad: list[str] = []
    for index in range(CASES):
        m = mutant(bases, SEED, index)
        result = runner.run(m)
        counts[result.outcome] += 1
        if result.outcome in ("traceback", "wrong", "abort"):
            bad.append(f"{result.outcome}: {m.id[:160]} — {result.detail[:300]}")
    with capsys.disabled():
        print("\nimport fuzzer (seed {}): cases {}, {}".format(
            SEED, sum(counts.values()), ", ".join(f"{o} {counts[o]}" for o in OUTCOMES)))
    assert not bad, "\n".join(bad)


def test_every_hostile_file_ends_in_a_clean_message_or_a_correct_import(runner, capsys):
    from .hostile import build

    counts: Counter = Counter()
    bad: list[str] = []
    for case in build():
        result = runner.run(case.mutant())
        counts[result.outcome] += 1
        if result.outcome not in ("clean", "correct"):
            bad.append(f"{result.outcome}: {case.id} — {result.detail[:300]}")
        elif case.truth and result.outcome != "correct":
            bad.append(f"not imported: {case.id} — {result.detail[:300]}")
    with capsys.disabled():
        print("\nhostile files: cases {}, {}".format(sum(counts.values()),
                                                    ", ".join(f"{o} {counts[o]}" for o in OUTCOMES)))
    assert not bad, "\n".join(bad)
