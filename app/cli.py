"""Headless commands: ``python -m app COMMAND …``.

Each command is a thin front end over a core function of ``app.workflow``;
domain errors print their message in the chosen language and exit non-zero,
never with a traceback.

Exit codes: 0 success; 1 warnings only (``check``) or a failed verification;
2 errors (``check``) or a user error (bad file, bad arguments);
3 ``import --auto`` could not place every label.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sqlite3
import sys
from pathlib import Path

from app import __version__
from app.errors import Cancelled, ImilaError
from app.models.messages import message
from app.store.metadata import (
    ENUMERATION_BASES,
    LICENSES,
    PACKAGE_LANGUAGES,
    SOURCE_TYPES,
)

LANGS = ("es", "en", "pt", "fr")


def _default_lang() -> str:
    for var in ("IMILA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value[:2].lower() in LANGS:
            return value[:2].lower()
    try:
        loc = (locale.getlocale()[0] or "")[:2].lower()
    except ValueError:
        loc = ""
    return loc if loc in LANGS else "en"


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# -- commands --------------------------------------------------------------

def _universe_notes(items: list[str] | None) -> dict[str, str]:
    notes = {}
    for item in items or []:
        table, sep, text = item.partition("=")
        if not sep or not table.strip():
            raise ImilaError("cli.new.bad_universe", item=item)
        notes[table.strip().upper()] = text.strip()
    return notes


def _metadata_args(args) -> dict:
    """The submission metadata given on the command line (``new``)."""
    extra = {}
    for option, key in (("census_name", "census_name"), ("nso", "nso"), ("contact", "contact_name"),
                        ("email", "contact_email"), ("reference_date", "reference_date"),
                        ("census_round", "census_round"), ("basis", "enumeration_basis"),
                        ("source_type", "source_type"), ("weights_note", "weights_note"),
                        ("national_definitions", "national_definitions"), ("package_lang", "language"),
                        ("license", "license"), ("license_note", "license_note")):
        value = getattr(args, option, None)
        if value not in (None, ""):
            extra[key] = value
    if getattr(args, "universe", None):
        extra["universe_notes"] = _universe_notes(args.universe)
    if getattr(args, "t11_period", None):
        from app.tabulate.emigrants import parse_period

        period = parse_period(args.t11_period, concept="--t11-period")
        extra["t11_reference_period"] = period.to_json(period.end) if period.end is not None else {"from": period.start}
        if getattr(args, "t11_period_label", None):
            extra["t11_reference_period"]["label"] = args.t11_period_label
    return extra


def _print_missing_metadata(metadata: dict, lang: str, tables: list[str] | None = None) -> None:
    from app.store.metadata import missing_metadata

    missing = missing_metadata(metadata, tables)
    for kind in ("required", "invalid", "recommended"):
        if missing[kind]:
            names = ", ".join(message("meta." + f, lang) for f in missing[kind])
            print(message(f"cli.metadata.{kind}", lang, fields=names), file=sys.stderr)


def cmd_new(args) -> int:
    from app.workflow import new_project

    extra = _metadata_args(args)
    if getattr(args, "previous", None):  # refused before the project file is made
        from app.rounds import read_previous_round

        read_previous_round(args.previous, str(args.country).upper(), args.year)
    project = new_project(args.project, args.country, args.year, overwrite=args.force, **extra)
    try:
        previous = _set_previous(project, args)
        meta = project.metadata()
    finally:
        project.close()
    print(message("cli.created", args.lang, path=args.project, country=meta["country_name"], year=str(meta["census_year"])))
    _print_previous(previous, meta, args.lang)
    print(message("cli.new.language", args.lang, language=message("lang." + meta["language"], args.lang)))
    _print_missing_metadata(meta, args.lang)
    return 0


def _set_previous(project, args):
    """``--previous PKG.zip``: the previous round's package; ``--no-previous`` forgets it. Returns what was done."""
    from app.rounds import clear_previous_round, set_previous_round

    if getattr(args, "previous", None):
        return set_previous_round(project, args.previous)
    if getattr(args, "no_previous", False):
        return "cleared" if clear_previous_round(project) else None
    return None


def _print_previous(previous, meta: dict, lang: str) -> None:
    if previous == "cleared":
        print(message("rounds.cleared", lang))
    elif previous:
        count = len((meta.get("previous_round") or {}).get("observations") or [])
        print(message("rounds.set", lang, year=str(previous["census_year"]), file=previous["file"], count=count))


def cmd_meta(args) -> int:
    from app.workflow import open_project, set_metadata

    values = _metadata_args(args)
    with open_project(args.project) as project:
        meta = set_metadata(project, values)
        previous = _set_previous(project, args)
        meta = project.metadata() if previous else meta
        tables = sorted(project.table_counts())
    print(message("cli.meta.updated", args.lang, path=args.project, count=len(values)))
    _print_previous(previous, meta, args.lang)
    _print_missing_metadata(meta, args.lang, tables)
    return 0


def cmd_info(args) -> int:
    from app.workflow import open_project, project_info

    with open_project(args.project) as project:
        info = project_info(project)
    if args.json:
        _print_json(info)
        return 0
    meta = info["metadata"]
    lang = args.lang
    print(message("cli.info.header", lang, path=info["path"]))
    for key in ("country_name", "country_iso3", "country_m49", "census_name", "census_year", "reference_date",
                "census_round", "enumeration_basis", "source_type", "nso", "contact_name", "contact_email",
                "submission_version", "language", "license", "t11_reference_period"):
        if meta.get(key) not in (None, ""):
            if key == "t11_reference_period":
                from app.store.metadata import reference_period_text

                label = (meta[key] or {}).get("label") if isinstance(meta[key], dict) else ""
                shown = reference_period_text(meta[key]) + (f" ({label})" if label else "")
            elif key in ("enumeration_basis", "source_type"):
                shown = message(f"meta.value.{meta[key]}", lang)
            elif key == "language":
                shown = message(f"lang.{meta[key]}", lang)
            else:
                shown = meta[key]
            print(f"  {message('meta.' + key, lang)}: {shown}")
    print(message("cli.info.sources", lang, count=len(info["sources"])))
    for s in info["sources"]:
        print(f"    #{s['id']} {s['name']} ({s['format']}, {s['size']} B, sha256 {s['sha256'][:12]}…, {s['observations']} obs)")
    print(message("cli.info.observations", lang, count=info["observations"]))
    for table_id, count in info["tables"].items():
        print(f"    {table_id}: {count}")
    f = info["findings"]
    if not info["checks"]["checked_at"]:
        print(message("cli.info.not_checked", lang))
    else:
        print(message("cli.info.findings", lang, errors=f.get("error", 0), warnings=f.get("warning", 0),
                      infos=f.get("info", 0)))
        if info["checks"]["stale"]:
            print(message("cli.info.stale", lang, at=info["checks"]["checked_at"][:16].replace("T", " ")))
    print(message("cli.info.exports", lang, count=len(info["exports"])))
    _print_missing_metadata(meta, lang, sorted(info["tables"]))
    return 0


def cmd_memory(args) -> int:
    from app.workflow import export_memory, import_memory, memory_entries

    if args.action in ("export", "import") and not args.file:
        raise SystemExit(f"memory {args.action} takes a FILE")
    if args.action == "export":
        count = export_memory(args.file, args.memory)
        print(message("cli.memory.exported", args.lang, count=count, path=args.file))
    elif args.action == "import":
        count = import_memory(args.file, overwrite=args.overwrite, memory_path=args.memory)
        print(message("cli.memory.imported", args.lang, count=count, path=args.file))
    else:
        entries = memory_entries(args.memory)
        if args.json:
            _print_json(entries)
        else:
            for e in entries:
                print(f"{e['dimension']:8} {e['code']:8} {e['label']}  ({e['origin']}, {e['uses']}×)")
            print(message("cli.memory.count", args.lang, count=len(entries)))
    return 0


def cmd_source(args) -> int:
    from app.workflow import delete_source, open_project, reimport_file

    if args.action == "replace" and not args.file:
        raise SystemExit("source replace takes the corrected FILE")
    with open_project(args.project) as project:
        if args.action == "delete":
            gone = delete_source(project, args.source)
            print(message("cli.source.deleted", args.lang, name=gone["name"], id=gone["id"], count=gone["observations"]))
            return 0
        source_id = _source_id(project, args.source)
        old = project.source(source_id)["name"]
        summary = reimport_file(project, source_id, args.file)
    if summary.unresolved:
        print(message("cli.source.not_replaced", args.lang, name=old), file=sys.stderr)
        for dim, labels in summary.unresolved.items():
            for label in labels:
                print(f"  {dim}: {label}", file=sys.stderr)
        return 3
    print(message("cli.source.replaced", args.lang, old=old, new=summary.source_name, id=summary.source_id))
    for table_id, count in summary.tables.items():
        print(message("cli.import.written", args.lang, table=table_id, count=count))
    return 0


def cmd_workshop(args) -> int:
    from app import workshop

    if args.action == "progress" and not args.out:
        raise SystemExit("workshop progress takes --out FILE")
    if args.action == "rollup" and not args.files:
        raise SystemExit("workshop rollup takes the participants' progress files")
    if args.action == "progress":
        json_path, csv_path = workshop.export_progress(args.folder, args.out, args.participant or "", args.lang)
        print(message("cli.workshop.progress", args.lang, json=str(json_path), csv=str(csv_path)))
        return 0
    if args.out:
        out, rollup = workshop.write_rollup(args.files, args.out, args.lang)
    else:
        out, rollup = None, workshop.merge_progress(args.files, args.lang)
    for problem in rollup["problems"]:
        print(message("cli.workshop.unreadable", args.lang, file=problem["file"], problem=problem["problem"]),
              file=sys.stderr)
    if args.json:
        _print_json(rollup)
        return 0 if rollup["participants"] else 2
    header, rows = workshop.rollup_table(rollup)
    shown = header[: len(rollup["exercises"]) + 3]
    cells = [shown] + [[str(v) for v in row[: len(shown)]] for row in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(shown))]
    for c in cells:
        print("  ".join([c[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(c[1:], widths[1:])]).rstrip())
    print(message("cli.workshop.rollup", args.lang, participants=len(rows), path=str(out) if out else "—"))
    return 0 if rollup["participants"] else 2


def cmd_rounds(args) -> int:
    from app.rounds import rounds_compared
    from app.women import format_cell
    from app.workflow import code_label, open_project

    with open_project(args.project) as project:
        result = rounds_compared(project)
        year = project.metadata().get("census_year")
    if args.json:
        _print_json(result)
        return 0
    if result is None:
        print(message("rounds.none", args.lang), file=sys.stderr)
        return 2
    previous = result["previous"]["census_year"]
    if result["table"] is None:
        print(message("rounds.no_common", args.lang))
        return 0
    print(message("rounds.title", args.lang, previous=str(previous), current=str(year), table=result["table"]))
    header = [message("women.col.country", args.lang), message("rounds.col.previous", args.lang, year=str(previous)),
              message("rounds.col.previous", args.lang, year=str(year)), message("rounds.col.change", args.lang),
              message("rounds.col.pct", args.lang), ""]
    rows = [r for r in result["rows"]] + ([result["total"]] if result["total"] else [])
    cells = [header] + [[code_label("COB", r["COB"], args.lang), format_cell(r["previous"], "count", args.lang),
                         format_cell(r["current"], "count", args.lang), format_cell(r["change"], "count", args.lang),
                         format_cell(r["pct"], "share", args.lang), "PLA-004" if r["flagged"] else ""] for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    for c in cells:
        print("  " + "  ".join([c[0].ljust(widths[0])] + [v.rjust(w) for v, w in zip(c[1:], widths[1:])]).rstrip())
    flagged = sum(1 for r in result["rows"] if r["flagged"])
    if flagged:
        print(message("rounds.flagged", args.lang, count=flagged))
    return 0


def cmd_women(args) -> int:
    from app.women import format_cell, headline_lines, women_tables
    from app.workflow import open_project, women_in_migration

    with open_project(args.project) as project:
        overview = women_in_migration(project)
    if args.json:
        _print_json(overview)
        return 0
    print(message("women.title", args.lang))
    for line in headline_lines(overview, args.lang):
        print(f"  {line}")
    for table in women_tables(overview, args.lang):
        print()
        print(table["title"])
        if table["note"]:
            print(f"  {table['note']}")
        cells = [table["columns"]] + [[format_cell(v, k, args.lang) for v, k in zip(row, table["kinds"])]
                                      for row in table["rows"]]
        widths = [max(len(r[i]) for r in cells) for i in range(len(table["columns"]))]
        for r in cells:
            print("  " + "  ".join(v.ljust(w) if k == "text" else v.rjust(w)
                                   for v, w, k in zip(r, widths, table["kinds"])).rstrip())
    return 0


def load_recipe_file(path: str, *, several: bool = False) -> dict | list[dict]:
    """A mapping recipe given with ``--recipe``: a JSON object (or, with ``several``, a list of them)."""
    from app.errors import ImportError_

    file = Path(path)
    if not file.is_file():
        raise ImportError_("cli.recipe.missing", path=path)
    try:
        data = file.read_bytes()
        if len(data) > 16 * 1024 * 1024:
            raise ImportError_("cli.recipe.not_recipe", path=path)
        recipe = json.loads(data.decode("utf-8-sig"))
    except OSError as exc:
        raise ImportError_("cli.recipe.unreadable", path=path, detail=exc.strerror or str(exc)) from exc
    except UnicodeDecodeError as exc:
        raise ImportError_("cli.recipe.not_utf8", path=path) from exc
    except json.JSONDecodeError as exc:
        raise ImportError_("cli.recipe.bad_json", path=path, line=exc.lineno, column=exc.colno) from exc
    except (ValueError, RecursionError) as exc:
        raise ImportError_("cli.recipe.not_recipe", path=path) from exc
    recipes = recipe if several and isinstance(recipe, list) else [recipe]
    if not recipes or not all(_recipe_shape_ok(r) for r in recipes):
        raise ImportError_("cli.recipe.not_recipe", path=path)
    return recipe


def _recipe_shape_ok(recipe) -> bool:
    """An object whose parts have the types a recipe's parts have (the mapping checks the rest)."""
    if not isinstance(recipe, dict):
        return False
    kinds = {"table": str, "name": str, "import": dict, "bindings": dict, "labels": dict, "groups": dict,
             "sum_totals": dict}
    return all(not (key in recipe and recipe[key] is not None and not isinstance(recipe[key], kind))
               for key, kind in kinds.items())


def cmd_import(args) -> int:
    from app.workflow import import_and_keep, import_file, open_project

    recipe = None
    if args.recipe:
        recipe = load_recipe_file(args.recipe, several=True)
    if args.keep and not args.auto:
        raise SystemExit("--keep goes with --auto")
    with open_project(args.project) as project:
        on_existing = "replace" if args.replace else ("version" if args.new_version else "ask")
        if args.keep:
            summary = import_and_keep(project, args.file, lang=args.lang, on_existing=on_existing,
                                      other_census=args.other_census,
                                      settings={"sheet": args.sheet, "encoding": args.encoding,
                                                "delimiter": args.delimiter})
        else:
            summary = import_file(
                project,
                args.file,
                sheet=args.sheet,
                table=args.table,
                encoding=args.encoding,
                delimiter=args.delimiter,
                recipe=recipe,
                auto=args.auto,
                lang=args.lang,
                keep_differences=args.keep_differences,
                on_existing=on_existing,
                other_census=args.other_census,
            )
    if args.json:
        _print_json(summary.__dict__)
    else:
        for line in summary.understood:
            print(line)
        for table_id, count in summary.tables.items():
            print(message("cli.import.written", args.lang, table=table_id, count=count))
        if summary.tables:
            for line in summary.proven + summary.accounting:
                print(f"  {line}")
    if summary.mismatch and not summary.tables and not args.other_census:
        print(message("cli.import.mismatch", args.lang), file=sys.stderr)
        for line in summary.mismatch:
            print(f"  {line}", file=sys.stderr)
        return 3
    if summary.conflicts and not summary.tables:
        print(message("cli.import.conflicts", args.lang), file=sys.stderr)
        for c in summary.conflicts:
            print("  " + message("cli.import.conflict", args.lang, table=c["table"], cells=c["cells"], source=c["source"]),
                  file=sys.stderr)
        return 3
    if summary.kept:
        print(message("cli.import.kept", args.lang, source=summary.source_id, project=args.project), file=sys.stderr)
    if summary.refused:
        print(message("cli.import.not_proven", args.lang), file=sys.stderr)
        for line in summary.refused:
            print(f"  {line}", file=sys.stderr)
    questions = {dim: labels for dim, labels in (summary.unresolved or {}).items()
                 if not (summary.refused and dim == "table")}
    if summary.unresolved:
        if questions:
            print(message("cli.import.unresolved", args.lang), file=sys.stderr)
        for dim, labels in questions.items():
            for label in labels:
                print(f"  {dim}: {label}", file=sys.stderr)
        return 3
    return 0


def cmd_suggest(args) -> int:
    from app.workflow import suggest_recipes

    recipes = suggest_recipes(args.file, sheet=args.sheet, table=args.table, country_iso3=args.country,
                              census_year=args.year, lang=args.lang)
    _print_json(recipes[0] if len(recipes) == 1 else recipes)
    open_questions = sum(len(r["questions"]) for r in recipes)
    if open_questions:
        print(message("cli.suggest.questions", args.lang, count=open_questions), file=sys.stderr)
    return 0 if all(r["proven"] for r in recipes) else 3


def _pairs(values, width: int, option: str):
    out = []
    for value in values or []:
        if len(value) != width:
            raise SystemExit(f"{option} takes {width} values")
        out.append(tuple(value))
    return out


def cmd_map(args) -> int:
    """Decide what the Map page decides, from the command line, and write the table when nothing is left open."""
    from app.workflow import (
        complete_recipe,
        edit_recipe,
        load_source_table,
        map_source,
        open_project,
        recipe_for_source,
    )

    with open_project(args.project) as project:
        source_id = _source_id(project, args.source)
        tidy = load_source_table(project, source_id)
        try:
            base = recipe_for_source(project, source_id)
            base = base if isinstance(base, dict) else next((r for r in base if r.get("table") == args.table), base[0])
        except Exception:  # no recipe yet: start from the suggestions
            base = {}
        if args.table and base.get("table") != args.table:
            base = {"table": args.table}
        stored = project.source(source_id)
        base.setdefault("import", {k: v for k, v in stored["settings"].items() if k != "table"}
                        | {"sheet": stored["settings"].get("table")})
        if args.recipe:
            base = load_recipe_file(args.recipe)
        recipe = edit_recipe(base, codes=_pairs(args.code, 3, "--code"), bindings=_pairs(args.bind, 2, "--bind"),
                             totals=_pairs(args.total, 2, "--total"))
        recipe, open_rows = complete_recipe(tidy, recipe)
        if args.print or open_rows:
            _print_json(recipe)
        if open_rows:
            print(message("cli.import.unresolved", args.lang), file=sys.stderr)
            for row in open_rows:
                print(f"  {row.source}: {row.label}", file=sys.stderr)
            return 3
        if args.print:
            return 0
        written = map_source(project, source_id, recipe,
                             on_existing="replace" if args.replace else ("version" if args.new_version else "ask"))
    for table_id, count in written.items():
        print(message("cli.import.written", args.lang, table=table_id, count=count))
    return 0


def _source_id(project, source) -> int:
    match = [s for s in project.sources() if str(s["id"]) == str(source) or s["name"] == str(source)]
    if not match:
        from app.errors import ImportError_

        raise ImportError_("import.unknown_source", source=str(source))
    return match[-1]["id"]


def cmd_recipe(args) -> int:
    from app.workflow import open_project, recipe_for_source

    with open_project(args.project) as project:
        recipe = recipe_for_source(project, args.source)
    _print_json(recipe)
    return 0


def cmd_check(args) -> int:
    from app.workflow import check_project, open_project

    with open_project(args.project) as project:
        from app.checks import active_explanations

        findings = check_project(project)
        explained = set(active_explanations(project, findings))
    severities = [f.severity for f in findings]
    if args.json:
        _print_json([
            {"key": f.key, "rule": f.rule, "severity": f.severity, "table": f.table_id, "message": f.message(args.lang),
             "params": f.params, "cells": f.cells, "explained": f.key in explained}
            for f in findings
        ])
    else:
        order = {"error": 0, "warning": 1, "info": 2}
        for f in sorted(findings, key=lambda f: (order.get(f.severity, 3), f.table_id or "", f.rule)):
            mark = " [" + message("cli.check.explained", args.lang) + "]" if f.key in explained else ""
            print(f"{message('severity.' + f.severity, args.lang).upper():8} {f.rule:8} {f.table_id or '-':4} {f.message(args.lang)}{mark}")
        print(message("cli.check.summary", args.lang, errors=severities.count("error"),
                      warnings=severities.count("warning"), infos=severities.count("info")))
    if "error" in severities:
        return 2
    if "warning" in severities:
        return 1
    return 0


def cmd_explain(args) -> int:
    from app.workflow import finding_key, open_project

    with open_project(args.project) as project:
        key = finding_key(project, args.finding)
        project.explain(key, args.text, args.author)
    print(message("cli.explained", args.lang, key=key))
    return 0


def cmd_export(args) -> int:
    from app.workflow import export_package, export_summary, open_project

    with open_project(args.project) as project:
        meta = project.metadata()
        _print_missing_metadata(meta, args.lang, sorted(project.table_counts()))
        path = export_package(
            project, args.out, lang=args.package_lang, confirm_unexplained=args.send_unexplained,
            include_sources=args.include_sources,
        )
        summary = export_summary(project, args.lang)
    print(message("cli.exported", args.lang, path=str(path)))
    for line in summary:
        print(f"  {line}")
    return 0


def cmd_report(args) -> int:
    """The quality report alone, as the data stand now: HTML (what the package carries) and/or a printable PDF."""
    from app.workflow import open_project, report_document

    pdf_writer = getattr(args, "pdf_writer", None)
    if args.pdf and pdf_writer is None:
        raise ImilaError("cli.report.no_pdf")
    with open_project(args.project) as project:
        document = report_document(project, args.package_lang)
    html_path = args.html
    if not html_path and not args.pdf:
        html_path = Path(args.project).stem + "-report.html"
    if html_path:
        target = Path(html_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(document.html(), encoding="utf-8")
        print(message("cli.report.written", args.lang, path=str(target)))
    if args.pdf:
        pages = pdf_writer(document, args.pdf)
        print(message("cli.report.pdf", args.lang, path=str(args.pdf), pages=pages))
    return 0


def cmd_verify(args) -> int:
    from app.workflow import verify_package

    report = verify_package(args.package)
    if args.json:
        _print_json(report.as_dict(args.lang))
    else:
        for line in report.lines(args.lang):
            print(line)
    return 0 if report.ok else 1


def _add_metadata_options(p: argparse.ArgumentParser) -> None:
    """The submission metadata CELADE needs, shared by ``new`` and ``meta``."""
    p.add_argument("--census-name")
    p.add_argument("--office", "--nso", dest="nso", help="producing office, e.g. INDEC")
    p.add_argument("--contact", help="contact person at the office")
    p.add_argument("--email", help="the contact person's email address")
    p.add_argument("--reference-date", help="census reference date, YYYY-MM-DD")
    p.add_argument("--census-round", help="census round, e.g. 2020 (default: the decade of the year)")
    p.add_argument("--basis", choices=ENUMERATION_BASES, help="enumeration basis (default de_jure)")
    p.add_argument("--source-type", choices=SOURCE_TYPES, help="full count or sample (default full_count)")
    p.add_argument("--weights-note", help="how a sample was weighted")
    p.add_argument("--universe", action="append", metavar="TABLE=NOTE",
                   help="universe note of a table, e.g. T01=\"persons born abroad, usual residents\" (repeatable)")
    p.add_argument("--national-definitions", help="national definitions that differ from the code lists")
    p.add_argument("--t11-period", metavar="FROM-TO",
                   help="reference period of T11, the emigrants households report: 2012-2024, or 2012- for "
                        "\"left since 2012\" up to the census")
    p.add_argument("--t11-period-label", metavar="TEXT",
                   help="the reference period as the questionnaire says it, e.g. \"salieron desde 2012\"")
    p.add_argument("--package-lang", choices=PACKAGE_LANGUAGES,
                   help="language of the package's workbook and report (default: the country's language)")
    p.add_argument("--license", choices=tuple(LICENSES),
                   help="licence of the package (default CC-BY-4.0; 'other' with --license-note)")
    p.add_argument("--license-note", help="the office's own terms, with --license other")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="imila-desk", description="IMILA Desk — census tables of international migration for CELADE")
    parser.add_argument("--version", action="version", version=f"IMILA Desk {__version__}")
    parser.add_argument("--lang", choices=LANGS, default=_default_lang(), help="language of messages (es, en, pt, fr)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("new", help="create a project file")
    p.add_argument("project")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-3 code of the census country, e.g. ARG")
    p.add_argument("--year", required=True, type=int, help="census year")
    _add_metadata_options(p)
    p.add_argument("--previous", metavar="PKG.zip", help="the package of the previous census round (PLA-004 compares with it)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("meta", help="set a project's submission metadata (office, contact, reference date …)")
    p.add_argument("project")
    _add_metadata_options(p)
    p.add_argument("--previous", metavar="PKG.zip", help="the package of the previous census round (PLA-004 compares with it)")
    p.add_argument("--no-previous", action="store_true", help="forget the previous round")
    p.set_defaults(func=cmd_meta)

    p = sub.add_parser("info", help="show a project's metadata, sources, tables and findings")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("memory", help="the mapping memory: export it for a colleague, import theirs, or list it")
    p.add_argument("action", choices=("export", "import", "list"))
    p.add_argument("file", nargs="?", help="the JSON file to write (export) or read (import)")
    p.add_argument("--overwrite", action="store_true", help="import: the colleague's codes win over your own")
    p.add_argument("--memory", help="the memory file (default: the user's)")
    p.add_argument("--json", action="store_true", help="list: as JSON")
    p.set_defaults(func=cmd_memory)

    p = sub.add_parser("source", help="delete a stored source (its mappings and cells go with it) or replace its file")
    p.add_argument("action", choices=("delete", "replace"))
    p.add_argument("project")
    p.add_argument("source", help="source id or file name (see info)")
    p.add_argument("file", nargs="?", help="replace: the corrected file; its recipes are replayed")
    p.set_defaults(func=cmd_source)

    p = sub.add_parser("workshop", help="workshop progress: a participant's export, or the trainer's roll-up of many")
    p.add_argument("action", choices=("progress", "rollup"))
    p.add_argument("files", nargs="*", help="rollup: the participants' progress files (.json or .csv) or folders of them")
    p.add_argument("--out", help="progress: the file to write; rollup: the merged table (.csv)")
    p.add_argument("--folder", help="progress: the participant's workshop folder (default: the user's)")
    p.add_argument("--participant", help="progress: the participant's name")
    p.add_argument("--json", action="store_true", help="rollup: the merged table as JSON")
    p.set_defaults(func=cmd_workshop)

    p = sub.add_parser("rounds", help="stocks by country of birth against the previous round's package, PLA-004 marked")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rounds)

    p = sub.add_parser("women", help="women in migration: the published totals, by country, age, arrival, activity")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="the figures as JSON")
    p.set_defaults(func=cmd_women)

    p = sub.add_parser("import", help="import a census table into a project")
    p.add_argument("project")
    p.add_argument("file")
    p.add_argument("--sheet", help="sheet name or index (default: the first with a table)")
    p.add_argument("--table", help="target IMILA table (T00 … T11); several separated by commas")
    p.add_argument("--encoding")
    p.add_argument("--delimiter")
    p.add_argument("--recipe", help="a mapping recipe (JSON) to replay")
    p.add_argument("--auto", action="store_true",
                   help="apply the suggested mapping only when it is proven: the table named by the title and headers, "
                        "the published totals reconciled, every label confidently placed")
    p.add_argument("--keep", action="store_true",
                   help="with --auto: when nothing is proven, store the file unmapped, for the Map page or `map`")
    p.add_argument("--keep-differences", action="store_true",
                   help="with --auto: write even where the published totals do not add up (as the office published "
                        "them); the checks then report each difference")
    p.add_argument("--replace", action="store_true",
                   help="cells the project already holds from another source give way, and that source goes")
    p.add_argument("--new-version", action="store_true",
                   help="cells the project already holds give way; their source stays stored as an earlier version")
    p.add_argument("--other-census", action="store_true",
                   help="import although the title names another country or census year than the project's")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("suggest", help="the suggested mapping recipe of a file as JSON, the open questions marked")
    p.add_argument("file")
    p.add_argument("--sheet")
    p.add_argument("--table", help="target IMILA table(s), e.g. T01 or T00,T01 (default: what the words prove)")
    p.add_argument("--country", help="ISO3 code of the census country (its natives are recognised)")
    p.add_argument("--year", type=int, help="census year (for the checks of the proof)")
    p.set_defaults(func=cmd_suggest)

    p = sub.add_parser("map", help="map a stored source: set a label's code, a dimension's binding or total, then write")
    p.add_argument("project")
    p.add_argument("source", help="source id or file name")
    p.add_argument("--table", help="target IMILA table")
    p.add_argument("--recipe", help="start from this recipe (JSON), complete or partial")
    p.add_argument("--code", nargs=3, action="append", metavar=("DIMENSION", "LABEL", "CODE"),
                   help="give a label its code (repeatable); CODE may be __drop__")
    p.add_argument("--bind", nargs=2, action="append", metavar=("DIMENSION", "TARGET"),
                   help="bind a source dimension to an IMILA dimension, __sum__ or __drop__ (repeatable)")
    p.add_argument("--total", nargs=2, action="append", metavar=("DIMENSION", "LABEL"),
                   help="the published total of a summed dimension (repeatable)")
    p.add_argument("--print", action="store_true", help="print the resulting recipe and write nothing")
    p.add_argument("--replace", action="store_true", help="cells another source gave give way, with that source")
    p.add_argument("--new-version", action="store_true", help="cells another source gave give way; it stays stored")
    p.set_defaults(func=cmd_map)

    p = sub.add_parser("recipe", help="write the mapping recipe of a source as JSON")
    p.add_argument("project")
    p.add_argument("source", help="source id or file name")
    p.set_defaults(func=cmd_recipe)

    p = sub.add_parser("check", help="run every data-quality check (exit 0 clean, 1 warnings, 2 errors)")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("explain", help="explain a warning (comply or explain)")
    p.add_argument("project")
    p.add_argument("finding", help="the finding: its rule (PLA-002), rule and table (PLA-001:T01), "
                                   "or its full key as check --json prints it")
    p.add_argument("text")
    p.add_argument("--author")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("export", help="write the submission package for CELADE")
    p.add_argument("project")
    p.add_argument("--out", default=".", help="folder for the package")
    p.add_argument("--send-unexplained", action="store_true", help="confirm sending warnings without explanation")
    p.add_argument("--include-sources", action="store_true", help="add the original source files to the package")
    p.add_argument("--package-lang", choices=PACKAGE_LANGUAGES,
                   help="language of the workbook and report (default: the project's language)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write the quality report alone (HTML, and a PDF with --pdf)")
    p.add_argument("project")
    p.add_argument("--html", metavar="PATH", help="the report as HTML (default PROJECT-report.html without --pdf)")
    p.add_argument("--pdf", metavar="PATH", help="the report printed to an A4 PDF")
    p.add_argument("--package-lang", choices=PACKAGE_LANGUAGES,
                   help="language of the report (default: the package language)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("verify", help="re-open a package and re-check it as CELADE would")
    p.add_argument("package")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    from app.tabulate.cli import add_parser as add_tabulate_parser

    add_tabulate_parser(sub)

    from app.bank.cli import add_parser as add_bank_parser

    add_bank_parser(sub)
    return parser


def main(argv: list[str] | None = None, *, pdf_writer=None) -> int:
    """Run one command. ``pdf_writer(document, path) -> pages`` prints the report (``report --pdf``).

    It is Qt code (``app.ui.report_pdf.write_pdf``), which the core never
    imports: the application's entry point (``app/__main__.py``) hands it over.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    args.pdf_writer = pdf_writer
    try:
        return int(args.func(args) or 0)
    except ImilaError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # a project file that fails while it is read: what happened, never a traceback
        from app.store.project import _classify

        print(_classify(exc, Path(str(getattr(args, "project", "") or ""))).message(args.lang), file=sys.stderr)
        return 2
    except Cancelled:
        return 130
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head or less that closed early
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
