"""Test-wide set-up: no test writes into the user's real folders.

The mapping memory, logs, settings and the working copy of the demo go to a
temporary folder for the whole run (``IMILA_DESK_HOME``, see app/paths.py).
"""

import os
import tempfile

_HOME = tempfile.mkdtemp(prefix="imila-test-home-")
os.environ["IMILA_DESK_HOME"] = _HOME
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import importlib.util  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# The real census tables of shared/realdata, beside the project's root.
REALDATA = next(
    (p / "shared" / "realdata" for p in ROOT.parents if (p / "shared" / "realdata").is_dir()),
    ROOT.parent / "shared" / "realdata",
)


# The core is tested where Qt is not installed too: the GUI tests are then left out.
HAS_QT = importlib.util.find_spec("PySide6") is not None and importlib.util.find_spec("pytestqt") is not None
collect_ignore = [] if HAS_QT else ["gui", "test_bundle.py"]


def pytest_collection_modifyitems(config, items):
    if HAS_QT:
        return
    skip = pytest.mark.skip(reason="Qt is not installed: a GUI test")
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()) or item.get_closest_marker("gui"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """tests/fixtures/generated/, filled by tests/fixtures/make_fixtures.py once per test run."""
    folder = str(ROOT / "tests" / "fixtures")
    if folder not in sys.path:
        sys.path.insert(0, folder)
    import make_fixtures

    return make_fixtures.make_all()


@pytest.fixture(scope="module")
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip("shared/realdata not found beside the project")
    return REALDATA


_EXIT_STATUS = {"value": 0}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["value"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the run without interpreter finalisation once Qt has been used.

    Tearing down PySide6 and pyqtgraph objects during finalisation can abort
    the process after every test has passed; the result is already reported,
    so leave with pytest's own exit status.
    """
    if "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["value"])
