"""The mapping editor's core functions: a plan to edit, rebinding a dimension, the preview, national members."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from app import workflow

REAL = next((p / "shared" / "realdata" for p in Path(__file__).resolve().parents if (p / "shared" / "realdata").is_dir()), None)
pytestmark = pytest.mark.skipif(REAL is None, reason="shared/realdata not found")
COB = "Lugar de nacimiento"
AGE = "Grupo de edad"


@pytest.fixture(scope="module")
def cuadro3():
    from app.importers import read_file

    return read_file(REAL / "ar_indec_c2022_tp_migraciones_c3.xlsx").tables[0]


def _value(observations, **codes):
    found = [o["value"] for o in observations if all(o[k] == v for k, v in codes.items())]
    assert len(found) == 1, (codes, found)
    return found[0]


def test_prepare_mapping_suggests_the_best_table(cuadro3):
    plan = workflow.prepare_mapping(cuadro3)
    assert plan.recipe["table"] == "T01"
    assert plan.new == set()
    labels = [r.label for r in plan.rows if r.source == COB]
    assert labels[:3] == ["Total", "AMÉRICA", "Países limítrofes"]
    italia = next(r for r in plan.rows if r.label == "Italia")
    assert (italia.code, italia.status) == ("380", "accepted")


def test_prepare_mapping_completes_a_recipe_and_names_the_new_labels(cuadro3):
    recipe = workflow.prepare_mapping(cuadro3, "T01").recipe
    del recipe["labels"][COB]["Italia"]
    recipe["labels"][COB]["España"] = "380"  # a code the user chose on purpose stays
    plan = workflow.prepare_mapping(cuadro3, recipe=recipe)
    assert plan.new == {(COB, "Italia")}
    rows = {(r.source, r.label): r for r in plan.rows}
    assert len(rows) == len(plan.rows) == 30
    assert rows[(COB, "España")].code == "380"
    assert rows[(COB, "España")].reason.key == "recipe"
    assert rows[(COB, "Italia")].code == "380"
    assert rows[(COB, "Italia")].reason.key != "recipe"
    assert plan.recipe["labels"][COB]["Italia"] == "380"


def test_rebind_dimension_suggests_the_labels_again(cuadro3):
    recipe = workflow.prepare_mapping(cuadro3, "T01").recipe
    original = copy.deepcopy(recipe)
    summed = workflow.rebind_dimension(recipe, cuadro3, AGE, "__sum__")
    assert recipe == original  # the given recipe is left alone
    assert summed.recipe["bindings"][AGE] == "__sum__"
    assert AGE not in summed.recipe["labels"]
    assert summed.recipe["labels"][COB] == original["labels"][COB]
    back = workflow.rebind_dimension(summed.recipe, cuadro3, AGE, "AGE")
    assert back.recipe["labels"][AGE] == original["labels"][AGE]
    assert {r.label for r in back.rows} == set(original["labels"][AGE])
    assert AGE not in back.recipe.get("sum_totals", {})


def test_preview_leaves_out_labels_without_a_code(cuadro3):
    recipe = workflow.prepare_mapping(cuadro3, "T01").recipe
    del recipe["labels"][COB]["Italia"]
    preview = workflow.preview_mapping(cuadro3, recipe)
    assert preview.left_out == {COB: ["Italia"]}
    assert _value(preview.observations, COB="_T", SEX="_T", AGE="_T") == 1_933_463
    assert not [o for o in preview.observations if o["COB"] == "380"]
    assert "Italia" not in recipe["labels"][COB]  # the recipe is not changed


def test_national_members_are_the_rows_that_add_up(cuadro3):
    recipe = workflow.prepare_mapping(cuadro3, "T01").recipe
    assert workflow.national_members(cuadro3, recipe, COB, "Países limítrofes") == ["068", "076", "152", "600", "858"]
    assert workflow.national_members(cuadro3, recipe, COB, "Italia") is None
