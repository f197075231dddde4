"""``python -m app`` and the ``imila-desk`` command.

Without arguments (or with one ``.imila`` file, as a file manager passes it)
the GUI starts; with a command the headless CLI runs (``app.cli``, imported
only then so the GUI does not pay for it, and the CLI does not load Qt). The
one command that prints with Qt, ``report --pdf``, gets its printer from here.
"""

from __future__ import annotations

import sys

STARTUP_BENCH_FLAG = "--startup-bench"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--self-test":
        from app.selftest import main as self_test

        return self_test(args[1:])
    bench = STARTUP_BENCH_FLAG in args
    if bench:
        args.remove(STARTUP_BENCH_FLAG)
    if not args or (len(args) == 1 and args[0].lower().endswith(".imila")):
        from app.ui.app import run_gui

        return run_gui(args[0] if args else None, startup_bench=bench)
    from app.cli import main as cli_main

    return cli_main(args, pdf_writer=_write_report_pdf) or 0


def _write_report_pdf(document, path) -> int:
    """``report --pdf``: the report printed by Qt, loaded only for this command (the CLI itself never imports Qt)."""
    import importlib.util

    from app.errors import ImilaError

    if importlib.util.find_spec("PySide6") is None:  # an installation without Qt (the headless core alone)
        raise ImilaError("cli.report.no_qt")
    try:
        from app.ui.report_pdf import write_pdf
    except ImportError as exc:
        raise ImilaError("cli.report.no_qt") from exc
    return write_pdf(document, path)


if __name__ == "__main__":
    sys.exit(main())
