"""What a label that needs the user asks, decided in the core from the code offered for it."""

import pytest

from app.mapping import suggest
from app.mapping.recipe import QUESTION_KINDS, question_kind


@pytest.mark.parametrize(("label", "kind"), [
    ("Asia y Oceania", "aggregate"),  # a continent offered at 40 %: is it the region, or the total?
    ("Subtotal América", "aggregate"),
    ("Resto de Europpa", "residual"),
    ("Italla", "country"),  # a typing slip
    ("Haity", "country"),
    ("Xqzlandia", "none"),
    ("Otros sin especificar", "other"),  # not stated?
])
def test_question_of_a_label(label, kind):
    s = suggest("COB", label)
    assert not s.accepted  # these labels are questions, never applied by themselves
    assert question_kind("COB", s.code, s.kind) == kind


def test_national_subtotal_is_an_aggregate_question():
    assert question_kind("COB", "N:Países europeos varios", "national") == "aggregate"
    assert set(QUESTION_KINDS) == {"aggregate", "residual", "country", "none", "other"}
