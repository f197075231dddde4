"""Mapping: source labels → IMILA codes, recipes that replay, and the user's mapping memory.

Public API (Qt-free)::

    suggest(dimension_id, label, lang_hint=None, memory=None) -> Suggestion
    suggest_table(tidy) -> [TableSuggestion]          suggest_bindings(tidy, table_id)
    build_recipe(tidy, table_id, memory=None) -> (recipe, [LabelSuggestion])
    apply_recipe(tidy, recipe) -> [observation dict]  diff_recipe(recipe, tidy) -> RecipeDiff
    extend_recipe(recipe, tidy) -> (recipe, [LabelSuggestion for new labels])
    set_label_code / set_binding / set_sum_total / set_group  (return the previous value, for undo)
    MappingMemory(path).remember / lookup / export_file / import_file
    parse_age, fold_ages, parse_period, normalize, strip_footnotes
"""

from app.mapping.ages import fold_ages, parse_age
from app.mapping.binding import DROP, SUM, TableSuggestion, detect_total_label, suggest_bindings, suggest_table
from app.mapping.matcher import AUTO_ACCEPT, Reason, Suggestion, suggest
from app.mapping.memory import MappingMemory, default_memory_path
from app.mapping.normalize import normalize, strip_footnotes
from app.mapping.periods import parse_period
from app.mapping.recipe import (
    RECIPE_VERSION,
    LabelSuggestion,
    RecipeDiff,
    apply_recipe,
    build_recipe,
    diff_recipe,
    extend_recipe,
    remember_recipe,
    set_binding,
    set_group,
    set_label_code,
    set_sum_total,
    validate_recipe,
)

__all__ = [
    "AUTO_ACCEPT", "DROP", "SUM", "RECIPE_VERSION", "LabelSuggestion", "MappingMemory", "Reason", "RecipeDiff",
    "Suggestion", "TableSuggestion", "apply_recipe", "build_recipe", "default_memory_path", "detect_total_label",
    "diff_recipe", "extend_recipe", "fold_ages", "normalize", "parse_age", "parse_period", "remember_recipe",
    "set_binding", "set_group", "set_label_code", "set_sum_total", "strip_footnotes", "suggest", "suggest_bindings",
    "suggest_table", "validate_recipe",
]
