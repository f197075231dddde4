"""Test-wide set-up: no test writes into the user's real folders.

The mapping memory, logs, settings and the working copy of the demo go to a
temporary folder for the whole run (``IMILA_DESK_HOME``, see app/paths.py).
"""

import os
import tempfile

_HOME = tempfile.mkdtemp(prefix="imila-test-home-")
os.environ["IMILA_DESK_HOME"] = _HOME
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
