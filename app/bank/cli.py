"""``imila-desk bank …``: create and fill a data bank, and ask it questions."""

from __future__ import annotations

import json
import sys

from app.models.messages import message


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _num(value, lang: str) -> str:
    from app.models.messages import format_number

    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return format_number(value, lang)


def _table(result, lang: str) -> None:
    widths = [max(len(str(c)), 8) for c in result.columns]
    print("  ".join(str(c).ljust(w) for c, w in zip(result.columns, widths)))
    for row in result.rows:
        cells = [_num(v, lang) if isinstance(v, (int, float)) and not isinstance(v, bool) and c != "round" else str(v if v is not None else "-")
                 for v, c in zip(row, result.columns)]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths)))


def _show(result, args) -> int:
    from app.bank.exports import export

    if args.out:
        path = export(result, args.out, args.format, args.lang)
        print(message("bank.exported", args.lang, path=str(path)), file=sys.stderr)
    if args.json:
        _print_json(result.as_dict())
        return 0
    _table(result, args.lang)
    for t in result.totals:
        print(message("bank.round_total", args.lang, round=str(t["round"]), value=_num(t["value"], args.lang),
                      women=_num(t.get("women"), args.lang), destinations=t.get("destinations", 0)))
    for n in result.notes:
        print(f"  {n['destination']} {n['round']} {n['rule']} {n['severity']}: {n['message']} — {n['explanation'] or '-'}")
    return 0


def cmd_add(args) -> int:
    from app.bank import open_bank

    failed = 0
    with open_bank(args.bank) as bank:
        results = [bank.add(p, lang=args.lang) for p in args.packages]
    if args.json:
        _print_json([r.as_dict() for r in results])
    else:
        for r in results:
            if r.ok:
                key = "bank.replaced" if r.replaced else "bank.loaded"
                print(message(key, args.lang, path=r.path, country=r.iso3, round=str(r.round), version=r.version,
                              observations=r.observations, previous=r.replaced or 0))
                for c in r.comparison:
                    print(message("bank.round_change", args.lang, cob=c["COB"], previous=_num(c["previous"], args.lang),
                                  value=_num(c["value"], args.lang), round=str(c["previous_round"]),
                                  change=f"{100 * c['change']:+.1f} %"))
            else:
                print(message("bank.refused", args.lang, path=r.path), file=sys.stderr)
                for p in r.problems:
                    print("  " + p, file=sys.stderr)
    failed = sum(1 for r in results if not r.ok)
    return 1 if failed else 0


def cmd_list(args) -> int:
    from app.bank import open_bank

    with open_bank(args.bank, read_only=True) as bank:
        packages = bank.packages()
        history = bank.history()
    if args.json:
        _print_json({"packages": packages, "history": history})
        return 0
    cols = ("iso3", "round", "census_year", "version", "tables", "observations", "findings", "explanations", "loaded_at")
    print("  ".join(c.ljust(10) for c in cols))
    for p in packages:
        print("  ".join(str(p[c]).ljust(10) for c in cols))
    if history:
        print(message("bank.history", args.lang, count=len(history)))
    return 0


def _query(args, func, *a, **kw) -> int:
    from app.bank import open_bank

    with open_bank(args.bank, read_only=True) as bank:
        result = func(bank, *a, **kw)
    return _show(result, args)


def cmd_emigrants(args) -> int:
    from app.bank.queries import emigrants

    by = args.by.split(",") if args.by else []
    return _query(args, emigrants, args.origin, round_=args.round, by=by)


def cmd_matrix(args) -> int:
    from app.bank.queries import matrix

    return _query(args, matrix, args.round)


def cmd_rounds(args) -> int:
    from app.bank.queries import across_rounds

    return _query(args, across_rounds, args.destination, args.origin)


def cmd_destinations(args) -> int:
    from app.bank.queries import by_destination

    return _query(args, by_destination, args.origin, args.round)


def cmd_pyramid(args) -> int:
    from app.bank.queries import pyramid

    return _query(args, pyramid, args.origin, args.round, args.destination)


def cmd_households(args) -> int:
    from app.bank.queries import households

    return _query(args, households, args.origin, round_=args.round)


def cmd_compare(args) -> int:
    from app.bank import open_bank
    from app.bank.store import census_round, read_package

    with open_bank(args.bank, read_only=True) as bank:
        frame, metadata, _, _ = read_package(__import__("pathlib").Path(args.package), bank.dims)
        year = int(metadata.get("census_year") or 0)
        rnd = int(metadata.get("census_round") or census_round(year))
        found = bank.compare(frame, str(metadata.get("country_iso3", "")).upper(), rnd)
    if args.json:
        _print_json(found)
    else:
        for c in found:
            print(message("bank.round_change", args.lang, cob=c["COB"], previous=_num(c["previous"], args.lang),
                          value=_num(c["value"], args.lang), round=str(c["previous_round"]), change=f"{100 * c['change']:+.1f} %"))
    return 1 if found else 0


def _outputs(p) -> None:
    p.add_argument("--json", action="store_true", help="the answer as JSON")
    p.add_argument("--out", help="write the answer to a file (.csv, .xlsx, or --format sdmx)")
    p.add_argument("--format", choices=("csv", "xlsx", "sdmx"), help="format of --out (default: from its extension)")


def add_parser(sub) -> None:
    bank = sub.add_parser("bank", help="CELADE's IMILA data bank: load verified packages and query them")
    bsub = bank.add_subparsers(dest="bank_command", required=True)

    p = bsub.add_parser("add", help="verify packages and load them into the bank (created if missing)")
    p.add_argument("bank")
    p.add_argument("packages", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_add)

    p = bsub.add_parser("list", help="country × census round × tables, version, date, findings, explanations")
    p.add_argument("bank")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = bsub.add_parser("emigrants", help="people born in a country counted by every destination")
    p.add_argument("bank")
    p.add_argument("--origin", required=True, help="ISO alpha-3 or M49 code, e.g. PRY")
    p.add_argument("--round", type=int)
    p.add_argument("--by", help="SEX, AGE and/or ARRIVAL, comma-separated")
    _outputs(p)
    p.set_defaults(func=cmd_emigrants)

    p = bsub.add_parser(
        "destinations",
        help="emigrants of a country in one round, largest destination first, men, women, women's share")
    p.add_argument("bank")
    p.add_argument("--origin", required=True, help="ISO alpha-3 or M49 code, e.g. PRY")
    p.add_argument("--round", type=int, help="default: the latest round where they are counted")
    _outputs(p)
    p.set_defaults(func=cmd_destinations)

    p = bsub.add_parser("pyramid", help="emigrants of a country by sex and age group, all destinations or one")
    p.add_argument("bank")
    p.add_argument("--origin", required=True, help="ISO alpha-3 or M49 code, e.g. PRY")
    p.add_argument("--round", type=int, help="default: the latest round where they are counted")
    p.add_argument("--destination", help="ISO alpha-3 of one destination")
    _outputs(p)
    p.set_defaults(func=cmd_pyramid)

    p = bsub.add_parser("matrix", help="origin × destination matrix of a round, women's share and sex ratio")
    p.add_argument("bank")
    p.add_argument("--round", type=int, required=True)
    _outputs(p)
    p.set_defaults(func=cmd_matrix)

    p = bsub.add_parser("rounds", help="a destination's stock per country of birth across rounds")
    p.add_argument("bank")
    p.add_argument("--destination", required=True, help="ISO alpha-3 of the census country")
    p.add_argument("--origin")
    _outputs(p)
    p.set_defaults(func=cmd_rounds)

    p = bsub.add_parser("households", help="a country's household emigration (T11) beside the destinations' counts")
    p.add_argument("bank")
    p.add_argument("--origin", required=True)
    p.add_argument("--round", type=int)
    _outputs(p)
    p.set_defaults(func=cmd_households)

    p = bsub.add_parser("compare", help="compare a package with the previous round already in the bank")
    p.add_argument("bank")
    p.add_argument("package")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_compare)
