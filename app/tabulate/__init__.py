"""Tabulate IMILA tables straight from census microdata (person files), with DuckDB.

``tabulate(project, path, recipe)`` writes the tables into a project;
``tabulate_frame(path_or_frame, recipe)`` returns them without one. The
recipe format is documented in ``app/tabulate/recipe.py``.
"""

from app.tabulate.engine import TabulationResult, tabulate, tabulate_frame
from app.tabulate.issues import TabulateError, TabulationIssue
from app.tabulate.recipe import Recipe, load_recipe, parse_recipe

__all__ = [
    "Recipe",
    "TabulateError",
    "TabulationIssue",
    "TabulationResult",
    "load_recipe",
    "parse_recipe",
    "tabulate",
    "tabulate_frame",
]
