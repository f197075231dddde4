"""``python -m app``: the GUI without arguments, the CLI with a command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and not argv[0].startswith("--gui"):
        from app.cli import main as cli_main

        return cli_main(argv)
    from app.ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
