"""The runner: registry, ordering, stable keys, messages, the project round trip and explanations."""

import json
import re

import pytest

from app.checks import RULES, Finding, active_explanations, all_rules, explanation_history, run_checks, run_project_checks
from app.checks import unexplained_warnings
from app.errors import Cancelled
from app.models.messages import catalogue
from app.store.project import Project
from tests.checks.frames import obs_frame

LANGS = ("es", "en", "pt", "fr")


def messy_rows():
    """A small T01/T04 with one problem of each kind, and a national subtotal."""
    national = {"kind": "national", "members": ["068", "600"]}
    return [
        {"COB": "_T", "SEX": "_T", "AGE": "_T", "value": 20_000},
        {"COB": "_T", "SEX": "1", "AGE": "_T", "value": 9_990},
        {"COB": "_T", "SEX": "2", "AGE": "_T", "value": 10_000},
        {"COB": "068", "SEX": "_T", "AGE": "_T", "value": 12_000},
        {"COB": "068", "SEX": "1", "AGE": "_T", "value": 9_000},
        {"COB": "068", "SEX": "2", "AGE": "_T", "value": 3_000},
        {"COB": "600", "SEX": "_T", "AGE": "_T", "value": 300},
        {"COB": "UNK", "SEX": "_T", "AGE": "_T", "value": 2_000},
        {"COB": "N:Países limítrofes", "SEX": "_T", "AGE": "_T", "value": 12_200, **national},
        {"COB": "068", "SEX": "1", "AGE": "00-14", "value": -5},
        {"table_id": "T04", "COB": "068", "SEX": "_T", "ARRIVAL": "2020-2024", "value": 7},
    ]


def test_every_rule_is_registered_with_a_family_severity_and_summary():
    ids = [r.id for r in all_rules()]
    assert ids == sorted(ids) and len(ids) >= 23
    for rule in all_rules():
        assert re.fullmatch(r"(STR|ADD|CON|LOG|PLA|DIS)-\d{3}", rule.id)
        assert rule.severity in ("error", "warning", "info") and rule.summary
        assert rule.family != "other"


def test_every_rule_and_variant_has_a_message_in_four_languages():
    texts = catalogue()
    for rule in RULES.values():
        assert set(texts[rule.message_key]) >= set(LANGS), rule.id
    for key, by_lang in texts.items():
        if key.startswith("checks."):
            assert set(by_lang) >= set(LANGS), key
            fields = {tuple(sorted(re.findall(r"{(\w+)}", by_lang[lang]))) for lang in LANGS}
            assert len(fields) == 1, f"{key}: the languages use different fields"


def test_findings_are_sorted_and_every_message_renders():
    findings = run_checks(obs_frame(messy_rows()), {"census_year": 2022})
    ranks = [("error", "warning", "info").index(f.severity) for f in findings]
    assert ranks == sorted(ranks)
    assert {"ADD-001", "ADD-002", "STR-006", "LOG-001", "PLA-001", "PLA-002", "DIS-001"} <= {f.rule for f in findings}
    for finding in findings:
        for lang in LANGS:
            text = finding.message(lang)
            assert text and "{" not in text and not text.startswith("checks."), (finding.rule, lang, text)
    warning = next(f for f in findings if f.rule == "ADD-001" and f.params["dimension"] == "SEX")
    assert "9.990" in warning.message("es") and "9,990" in warning.message("en")


def test_keys_are_stable_when_ids_and_order_change():
    rows = messy_rows()
    first = run_checks(obs_frame(rows), {"census_year": 2022})
    shuffled = obs_frame(list(reversed(rows)))
    shuffled["id"] = shuffled["id"] + 1_000
    second = run_checks(shuffled, {"census_year": 2022})
    assert sorted(f.key for f in first) == sorted(f.key for f in second)
    assert len({f.key for f in first}) == len(first)
    assert all("1000" not in f.key for f in second)


def test_finding_round_trips_through_a_dict():
    finding = run_checks(obs_frame(messy_rows()), {"census_year": 2022})[0]
    data = json.loads(json.dumps(finding.to_dict()))
    again = Finding.from_dict(data)
    assert again == finding and again.message("fr") == finding.message("fr")


def test_cells_carry_table_codes_obs_id_lineage_and_value():
    finding = next(f for f in run_checks(obs_frame(messy_rows()), {"census_year": 2022}) if f.rule == "STR-006")
    assert finding.cells == [{"table_id": "T01", "COB": "068", "SEX": "1", "AGE": "00-14", "obs_id": 10,
                              "lineage": "Sheet!A10", "value": -5}]


def test_progress_and_cancel():
    seen = []
    run_checks(obs_frame(messy_rows()), {"census_year": 2022}, progress=lambda f, text: seen.append(f))
    assert seen[0] == 0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        run_checks(obs_frame(messy_rows()), {}, cancelled=lambda: True)


def test_empty_observations_give_no_findings():
    assert run_checks(obs_frame([]), {}) == []


def _project(tmp_path, rows):
    project = Project.create(tmp_path / "TST-2022.imila", {"census_year": 2022, "min_ages": {"T03": 15}})
    with project.action("test.import"):
        project.replace_observations([{"table_id": "T01", **r} for r in rows], source_id=None)
    return project


def test_run_project_checks_stores_the_findings(tmp_path):
    with _project(tmp_path, messy_rows()) as project:
        findings = run_project_checks(project)
        stored = {d["key"]: d for d in project.stored_findings()}
        assert set(stored) == {f.key for f in findings}
        again = [Finding.from_dict(d) for d in stored.values()]
        assert sorted(f.key for f in again) == sorted(f.key for f in findings)
        national = next(f for f in findings if f.rule == "ADD-002")
        assert national.params["expected"] == 12_200 and national.params["found"] == 12_300


def test_explanation_of_a_finding_that_no_longer_occurs_stays_in_history(tmp_path):
    with _project(tmp_path, messy_rows()) as project:
        findings = run_project_checks(project)
        sex_warning = next(f for f in findings if f.rule == "ADD-001" and f.severity == "warning")
        project.explain(sex_warning.key, "INDEC redistributes sex X; 10 persons of rounding.")
        active = active_explanations(project, findings)
        assert set(active) == {sex_warning.key}
        assert sex_warning.key not in unexplained_warnings(findings, active)

        with project.action("test.fix"):
            project.conn.execute("UPDATE observations SET value = 10000 WHERE table_id = 'T01' AND COB = '_T' AND SEX = '1'")
        fixed = run_project_checks(project)
        assert sex_warning.key not in {f.key for f in fixed}
        assert active_explanations(project, fixed) == {}
        history = explanation_history(project, fixed)
        assert [e["finding_key"] for e in history] == [sex_warning.key]
        # the same finding coming back finds its explanation again
        assert set(active_explanations(project, findings)) == {sex_warning.key}
