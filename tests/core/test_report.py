"""The quality report: in the package language, the checks per table and family, the sources and their SHA-256,
the explanations; written alone by ``imila-desk report`` as HTML and as a PDF printed by Qt.

Driven on INDEC's Cuadro 3 and Cuadro 2 of Argentina's 2022 census, imported, checked, explained and exported
as a person would.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import re
import sys
import zipfile
from pathlib import Path

import pytest

from app.__main__ import main as entry_point
from app.cli import main as cli_main
from app.export import report as report_module
from app.store.project import Project

EXPLAINED = {"PLA-001": "Pocas personas nacidas en África, en su mayoría hombres que vinieron a trabajar.",
             "PLA-002": "El INDEC publica el lugar de nacimiento ignorado tal como se respondió."}


def cli(*args) -> int:
    return cli_main(["--lang", "en", *map(str, args)])


@pytest.fixture(scope="module")
def argentina(realdata, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    path = folder / "ARG-2022.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", "--office", "INDEC", "--contact", "Ana Pérez",
               "--reference-date", "2022-05-18", "--universe", "T01=Población nacida en el extranjero") == 0
    c3 = realdata / "ar_indec_c2022_tp_migraciones_c3.xlsx"
    c2 = realdata / "ar_indec_c2022_tp_migraciones_c2.xlsx"
    assert cli("import", path, c3, "--auto") == 0
    assert cli("import", path, c2, "--auto") == 0
    assert cli("check", path) == 1
    for rule, text in EXPLAINED.items():
        assert cli("explain", path, rule, text, "--author", "Ana Pérez") == 0
    assert cli("export", path, "--out", folder / "out") == 0
    with zipfile.ZipFile(folder / "out" / "ARG_2022_IMILA_v1.zip") as archive:
        report = archive.read("quality/report.html").decode("utf-8")
    return {"path": path, "folder": folder, "report": report, "files": {"cuadro3": c3, "cuadro2": c2}}


def section(report: str, anchor: str) -> str:
    """The HTML of one section: from its <h2 id=…> to the next <h2>."""
    return report.split(f'<h2 id="{anchor}">', 1)[1].split("<h2", 1)[0]


def text_of(fragment: str) -> str:
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)))


def test_the_package_report_speaks_spanish_with_labels_never_raw_codes(argentina):
    report = argentina["report"]
    assert '<html lang="es"' in report
    submission = text_of(section(report, "submission"))
    for label in ("Argentina", "INDEC", "Ana Pérez", "2022-05-18", "De derecho (residentes habituales)",
                  "Enumeración completa", "español", "Creative Commons Attribution 4.0 (CC-BY-4.0)",
                  "Población nacida en el extranjero"):
        assert label in submission, label
    words = text_of(report.split("<body>", 1)[1])
    for raw in ("de_jure", "full_count", "report.", "meta.", "severity.", "chart.", "lang.es", "{"):
        assert raw not in words, raw
    assert "Resumen de las verificaciones" in words and "Archivos de origen" in words
    assert "Paquete v1, escrito el" in words and "Borrador" not in words


def test_the_checks_are_summed_per_table_and_family_as_the_findings_say(argentina):
    with Project.open(argentina["path"]) as project:
        findings = project.stored_findings()
    checks = section(argentina["report"], "checks")
    header = re.findall(r"<th(?:\s[^>]*)?>(.*?)</th>", checks)
    assert header == ["Familia de reglas", "T00", "T01"]
    rows = {text_of(cells[0]).strip(): [text_of(c).strip() for c in cells[1:]]
            for cells in (re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", checks))
            if cells}
    families = {"ADD": "Aditividad", "CON": "Consistencia", "PLA": "Plausibilidad", "LOG": "Lógica",
                "STR": "Estructura", "DIS": "Difusión"}
    for prefix, name in families.items():
        for column, table in enumerate(("T00", "T01")):
            own = [f for f in findings if f["rule"].startswith(prefix + "-") and f["table_id"] == table]
            counts = [sum(1 for f in own if f["severity"] == s) for s in ("error", "warning", "info")]
            expected = "✓" if not any(counts) else " / ".join(map(str, counts))
            assert rows[name][column] == expected, (name, table, rows[name])
    assert rows["Plausibilidad"][1] == "0 / 2 / 1"  # the two warnings and the note on broad age groups
    assert rows["Advertencias explicadas"] == ["—", "2 / 2"]
    assert "0 errores, 2 advertencias, 1 aviso. 2 de 2 advertencias explicadas." in text_of(checks)


def test_the_sources_carry_their_sha256_and_the_explanations_their_author(argentina):
    sources = text_of(section(argentina["report"], "sources"))
    for name, path in argentina["files"].items():
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        assert f"SHA-256 {digest}" in sources, name
    assert "ar_indec_c2022_tp_migraciones_c3.xlsx" in sources
    findings = text_of(section(argentina["report"], "findings"))
    for text in EXPLAINED.values():
        assert f"Explicación: {text} (Ana Pérez," in findings
    assert "Sin explicación" not in findings


def test_warnings_sent_without_explanation_say_so(realdata, tmp_path):
    path = tmp_path / "ARG-2022.imila"
    assert cli("new", path, "--country", "ARG", "--year", "2022", "--office", "INDEC") == 0
    assert cli("import", path, realdata / "ar_indec_c2022_tp_migraciones_c3.xlsx", "--auto") == 0
    assert cli("export", path, "--out", tmp_path, "--send-unexplained") == 0
    with zipfile.ZipFile(tmp_path / "ARG_2022_IMILA_v1.zip") as archive:
        report = archive.read("quality/report.html").decode("utf-8")
    assert text_of(section(report, "findings")).count("Sin explicación: enviada tal cual.") == 2
    assert "0 de 2 advertencias explicadas." in text_of(section(report, "checks"))
    # The report alone, before anything is sent, says the export will ask for the explanations.
    assert cli("report", path, "--html", tmp_path / "now.html") == 0
    now = text_of((tmp_path / "now.html").read_text(encoding="utf-8"))
    assert now.count("Sin explicación todavía: la exportación la pedirá.") == 2 and "enviada tal cual" not in now


def test_report_alone_as_html_in_another_language(argentina, tmp_path, capsys):
    target = tmp_path / "informe" / "report-en.html"
    assert cli("report", argentina["path"], "--html", target, "--package-lang", "en") == 0
    assert "Report written" in capsys.readouterr().out
    text = target.read_text(encoding="utf-8")
    assert '<html lang="en"' in text
    words = text_of(text)
    assert "De jure (usual residents)" in words and "Full count" in words and "Summary of the checks" in words
    assert "Draft of " in words and "each exported package carries its own report" in words
    assert "<svg" in text and "\x00" not in text  # charts inline in the file


def test_report_pdf_through_the_entry_point(argentina, tmp_path, capsys):
    pytest.importorskip("PySide6", reason="the PDF is drawn by Qt")
    pypdf = pytest.importorskip("pypdf")
    target = tmp_path / "informe.pdf"
    assert entry_point(["--lang", "es", "report", str(argentina["path"]), "--pdf", str(target)]) == 0
    out = capsys.readouterr().out
    pages = int(re.search(r"\((\d+) páginas\)", out).group(1))
    assert target.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(str(target))
    assert len(reader.pages) == pages >= 2
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Informe de calidad IMILA — Argentina 2022" in first
    assert "De derecho (residentes habituales)" in first and f"Página 1 de {pages}" in first
    whole = "".join("".join(page.extract_text().split()) for page in reader.pages)
    assert hashlib.sha256(argentina["files"]["cuadro3"].read_bytes()).hexdigest() in whole
    assert reader.metadata.title == "Informe de calidad IMILA — Argentina 2022"


def test_without_qt_the_pdf_is_refused_with_a_message(argentina, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "app.ui.report_pdf", None)  # as where PySide6 is not installed
    assert entry_point(["--lang", "en", "report", str(argentina["path"]), "--pdf", str(tmp_path / "x.pdf")]) == 2
    assert "has no Qt (PySide6)" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_core_cli_alone_says_the_pdf_needs_the_application(argentina, tmp_path, capsys):
    assert cli("report", argentina["path"], "--pdf", tmp_path / "x.pdf") == 2
    assert "imila-desk report" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_section_is_one_more_function(argentina, monkeypatch):
    def section_extra(ctx):
        return report_module.Section("extra", "Extra", f"<p>{ctx.number(1933463)}</p>")

    monkeypatch.setattr(report_module, "SECTIONS", [*report_module.SECTIONS, section_extra])
    with Project.open(argentina["path"]) as project:
        from app.workflow import report_document

        document = report_document(project, "es")
    assert [s.id for s in document.sections][-1] == "extra"
    assert '<h2 id="extra">Extra</h2>' in document.html() and "1.933.463" in document.html()
