"""The README's command sequence runs as written.

The first ``bash`` block of README.md's "Using it" section is taken line by
line and run by bash, in a temporary folder that holds INDEC's Cuadro 3 as
``cuadro3.xlsx``, against the installed ``imila-desk`` command. Each step must
end with the exit code the README promises, and the package it writes must be
VALID, in Spanish, with the office, contact and reference date filled.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]
HAS_QT = importlib.util.find_spec("PySide6") is not None
# Exit codes the README gives: check exits 1 on warnings (explained or not); every other step 0. The report's PDF
# is drawn by Qt: where Qt is not installed (the headless core alone) that step says so and exits 2.
EXPECTED_EXIT = {"check": 1} if HAS_QT else {"check": 1, "report": 2}


def readme_commands(readme: Path = ROOT / "README.md") -> list[str]:
    """The command lines of the first bash block under "## Using it" (continuation lines joined)."""
    text = readme.read_text(encoding="utf-8")
    section = text.split("## Using it", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    lines, pending = [], ""
    for raw in block.splitlines():
        line = pending + raw
        if line.rstrip().endswith("\\"):
            pending = line.rstrip()[:-1] + " "
            continue
        pending = ""
        if line.strip() and not line.lstrip().startswith("#"):
            lines.append(line.strip())
    return lines


def _command(line: str) -> str:
    words = shlex.split(line, comments=True)
    assert words[0] == "imila-desk", line
    return next(w for w in words[1:] if not w.startswith("-"))


def test_readme_names_the_whole_path_from_table_to_valid_package():
    steps = [_command(line) for line in readme_commands()]
    assert steps[0] == "new"
    for needed in ("import", "check", "explain", "export", "verify", "report"):
        assert needed in steps, needed
    assert steps.index("explain") < steps.index("export") < steps.index("verify")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--send-unexplained" in readme and "check --json" in readme


def test_readme_sequence_runs_as_written(realdata, tmp_path):
    shutil.copyfile(realdata / "ar_indec_c2022_tp_migraciones_c3.xlsx", tmp_path / "cuadro3.xlsx")
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["IMILA_LANG"] = "en"  # messages in English, whatever the machine's locale
    assert shutil.which("imila-desk", path=env["PATH"]), "the imila-desk command is not installed in this environment"
    outputs = {}
    for line in readme_commands():
        done = subprocess.run(["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
        step = _command(line)
        expected = EXPECTED_EXIT.get(step, 0)
        assert done.returncode == expected, f"{line}\nexit {done.returncode}, expected {expected}\n{done.stdout}\n{done.stderr}"
        outputs[step] = done.stdout
    assert "VALID:" in outputs["verify"] and "REJECTED" not in outputs["verify"], outputs["verify"]
    packages = list((tmp_path / "out").glob("ARG_2022_IMILA_v*.zip"))
    assert [p.name for p in packages] == ["ARG_2022_IMILA_v1.zip"]
    with zipfile.ZipFile(packages[0]) as archive:
        metadata = json.loads(archive.read("metadata.json"))
        report = archive.read("quality/report.html").decode("utf-8")
    assert metadata["language"] == "es"
    assert metadata["nso"] == "INDEC" and metadata["contact_name"] == "Ana Pérez"
    assert metadata["reference_date"] == "2022-05-18"
    assert '<html lang="es"' in report
    if HAS_QT:
        assert (tmp_path / "informe.pdf").read_bytes().startswith(b"%PDF")
