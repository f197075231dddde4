"""Entry point of the bundled program: the same as ``python -m app``.

Without arguments the GUI starts; ``--self-test`` runs the self-test; any
other command is the headless CLI (``imila-desk check CHL-2017.imila``).
"""

import multiprocessing
import sys

from app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # pyreadstat can read in worker processes; Windows starts them afresh
    sys.exit(main())
