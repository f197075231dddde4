"""``python -m app tabulate PROJECT FILE --recipe R.json [--disclosure N]``.

Tabulates a census person file into the project and prints what was written
and what the data showed. Exit codes: 0 written; 1 written, but the data have
an error-level issue (lines that could not be read); 2 a user error (the
message says what to do; nothing was written); 130 cancelled.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register the ``tabulate`` command on an ``argparse`` sub-parser set."""
    from app.models.messages import message

    p = subparsers.add_parser("tabulate", help=message("tabulate.cli.help", "en"))
    p.add_argument("project", help="the .imila project file")
    p.add_argument("file", help="census person file: .csv, .parquet, .sav or .dta")
    p.add_argument("--recipe", required=True, help="tabulation recipe (JSON, see app/tabulate/recipe.py)")
    p.add_argument("--disclosure", type=int, nargs="?", const=3, default=None, metavar="N",
                   help="flag cells of fewer than N persons as confidential (C); N is 3 when omitted")
    p.add_argument("--memory-limit", default="1GB", help="memory DuckDB may use before spilling to disk (default 1GB)")
    p.add_argument("--keep-copy", action="store_true",
                   help="also store the person file (confidential records, up to 64 MiB) in the project; "
                        "by default the project keeps its name, size and SHA-256 only")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)
    return p


def run(args) -> int:
    from app.models.messages import message
    from app.store.project import Project
    from app.tabulate.engine import tabulate
    from app.tabulate.recipe import load_recipe
    from app.workflow import check_project

    lang = getattr(args, "lang", None) or "en"
    recipe = load_recipe(args.recipe)
    started = time.perf_counter()
    project = Project.open(args.project)
    try:
        result = tabulate(project, args.file, recipe, disclosure_threshold=getattr(args, "disclosure", None),
                          memory_limit=getattr(args, "memory_limit", None) or "1GB",
                          keep_copy=bool(getattr(args, "keep_copy", False)))
        findings = check_project(project)  # the checks run on the new tables, as after any import
    finally:
        project.close()
    checks = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    seconds = round(time.perf_counter() - started, 1)
    if getattr(args, "json", False):
        print(json.dumps({
            "records": result.records, "weighted_total": result.weighted_total, "written": result.written,
            "tables": {t: len(f) for t, f in result.tables.items()}, "skipped": result.skipped,
            "source_id": result.source_id, "mapping_id": result.mapping_id, "seconds": seconds, "checks": checks,
            "issues": [{**i.to_dict(), "message": i.message(lang)} for i in result.issues],
        }, ensure_ascii=False, indent=2, default=str))
    else:
        print(message("tabulate.cli.done", lang, records=result.records, file=args.file, seconds=seconds,
                      count=result.written, tables=", ".join(sorted(result.tables))))
        if result.issues:
            print(message("tabulate.cli.issues", lang))
            for issue in result.issues:
                print(f"  {message('severity.' + issue.severity, lang).upper():8} {issue.message(lang)}")
        summary = message("cli.check.summary", lang, errors=checks["error"], warnings=checks["warning"],
                          infos=checks["info"])
        print(message("tabulate.cli.checks", lang, summary=summary))
    return 1 if any(i.severity == "error" for i in result.issues) else 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (the application's CLI registers ``add_parser`` instead)."""
    from app.errors import Cancelled, ImilaError

    parser = argparse.ArgumentParser(prog="imila-desk")
    parser.add_argument("--lang", default="en", choices=("es", "en", "pt", "fr"))
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except ImilaError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 2
    except (Cancelled, KeyboardInterrupt):
        return 130


if __name__ == "__main__":
    sys.exit(main())
