"""Build the demo project ``resources/demo/demo.imila`` from its source tables and recipes.

The project is never edited by hand: this script creates it, imports the
three source tables of the fictional census (``tools/make_demo_sources.py``)
and replays the mapping recipes of ``resources/demo/recipes/``, tabulates T11
from the census's emigrant module (household members abroad, with its
emigrant recipe), then runs the checks so the demo opens with its findings
listed.

    python tools/build_demo.py                  # build demo.imila
    python tools/build_demo.py --write-recipes  # (re)derive the recipes from the suggestions

The set-up runs the first form.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.store.project import Project  # noqa: E402
from app.workflow import check_project, import_file, read_source, tabulate_microdata  # noqa: E402

DEMO = ROOT / "resources" / "demo"
RECIPES = DEMO / "recipes"
TARGET = DEMO / "demo.imila"

# source file → IMILA table it feeds
SOURCES = {
    "ejemplo_cuadro1_nacidos_en_otro_pais.xlsx": "T01",
    "ejemplo_cuadro2_poblacion_por_nacimiento.csv": "T00",
    "ejemplo_cuadro4_periodo_de_llegada.xlsx": "T04",
}

# the emigrant module (one row per household member abroad) → T11, with its emigrant recipe
HOUSEHOLDS = "ejemplo_hogares_emigrantes.csv"

METADATA = {
    "country_iso3": "XEJ",
    "country_m49": "",
    "country_name": "República de Ejemplo",
    "census_name": "Censo Nacional de Población y Vivienda 2020",
    "census_year": 2020,
    "reference_date": "2020-10-18",
    "census_round": "2020",
    "enumeration_basis": "de_jure",
    "source_type": "full_count",
    "nso": "Instituto Nacional de Estadística de la República de Ejemplo",
    "contact_name": "María Fernández",
    "contact_email": "migracion@ine.example",
    "submission_version": 1,
    "language": "es",
    "min_ages": {},
    "universe_notes": {"T01": "Población en viviendas particulares nacida en otro país."},
    "demo": True,
}


def recipe_path(source: str) -> Path:
    return RECIPES / (Path(source).stem + ".json")


def write_recipes() -> None:
    """Derive each source's recipe from the suggestions and save it for review."""
    from app.mapping import build_recipe

    RECIPES.mkdir(parents=True, exist_ok=True)
    for source, table in SOURCES.items():
        result = read_source(DEMO / source)
        tidy = result.tables[0]
        recipe, rows = build_recipe(tidy, table)
        recipe["name"] = f"{Path(source).stem} → {table}"
        recipe["import"] = {**result.settings, "sheet": tidy.name}
        open_rows = [r for r in rows if r.status != "accepted"]
        path = recipe_path(source)
        path.write_text(json.dumps(recipe, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {sum(len(v) for v in recipe['labels'].values())} labels, {len(open_rows)} to review")
        for row in open_rows:
            print(f"    {row.source}: {row.label!r} → {row.code} ({row.status})")


def build(target: Path = TARGET) -> Path:
    """Create the demo project at ``target`` (replacing it) and return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="imila-demo-") as folder:
        tmp = Path(folder) / "demo.imila"
        project = Project.create(tmp, METADATA)
        try:
            for source in SOURCES:
                recipe = json.loads(recipe_path(source).read_text(encoding="utf-8"))
                summary = import_file(project, DEMO / source, recipe=recipe, memory=False)
                if summary.unresolved:
                    raise SystemExit(f"{source}: the recipe does not cover {summary.unresolved}")
            tabulate_microdata(project, DEMO / HOUSEHOLDS, str(recipe_path(HOUSEHOLDS)), keep_copy=True)
            findings = check_project(project)
            counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
            project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            project.close()
        target.unlink(missing_ok=True)
        target.write_bytes(tmp.read_bytes())
    print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: "
          f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-recipes", action="store_true")
    parser.add_argument("--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    if args.write_recipes:
        write_recipes()
        return 0
    build(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
