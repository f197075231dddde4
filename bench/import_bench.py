"""Import benchmark: a large census workbook and a million-row long CSV.

Generates, in a temporary folder:

* a workbook of 50 sheets, each a census-style table of 2,000 data rows:
  two title rows, two header rows (a merged caption over ten numeric
  columns and their labels), one stub column with a subtotal every
  twenty rows, and two footer rows;
* a long CSV of 1,000,000 rows (country, sex, age group, value).

Then times detection + unpivot of each through ``app.importers.read_file``
and reports the peak resident memory of the process, then times the floors
in the same run — pandas + calamine reading every sheet, pandas reading the
CSV — and prints product, floor and ratio. Targets: workbook < 10 s and
≤ 1.5× its floor, CSV < 5 s, peak memory < 1 GB.

``import_workbook_for_bench(path)`` is the unit of work a GUI benchmark can
run on a worker thread to check that the interface stays responsive.

Run: ``.venv/bin/python bench/import_bench.py [--sheets 50 --rows 2000 --csv-rows 1000000]``
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.importers import ImportResult, read_file  # noqa: E402
from app.importers.cells import column_letters  # noqa: E402

N_VALUE_COLS = 10


def import_workbook_for_bench(path, progress=None, cancelled=None) -> ImportResult:
    """Import every sheet of a workbook (the unit of work timed by the benchmarks)."""
    return read_file(path, sheet="*", progress=progress, cancelled=cancelled)


# --------------------------------------------------------------------------- generators


def _cell_text(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def _cell_num(ref: str, value: int) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def _sheet_xml(index: int, rows: int) -> bytes:
    letters = [column_letters(c) for c in range(N_VALUE_COLS + 2)]
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    out.write('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    out.write(f'<row r="1">{_cell_text("A1", f"Cuadro {index}. Población nacida en el extranjero por grupo de edad, según área")}</row>')
    out.write(f'<row r="2">{_cell_text("A2", "Censo nacional de población 2022")}</row>')
    out.write('<row r="4">' + _cell_text("A4", "Área de residencia") + _cell_text("B4", "Población total")
              + _cell_text("C4", "Grupo de edad") + "</row>")
    labels = ["Total"] + [f"{5 * k}-{5 * k + 4}" for k in range(N_VALUE_COLS - 1)]
    out.write('<row r="5">' + "".join(_cell_text(f"{letters[2 + j]}5", lab) for j, lab in enumerate(labels)) + "</row>")
    r = 6
    base = index * 1000
    for i in range(rows):
        if i % 20 == 0:
            label = f"Región {i // 20 + 1}"
            vals = [sum((base + (i + k) * 7 + j * 3) % 997 + 10 for k in range(1, 20)) for j in range(N_VALUE_COLS - 1)]
        else:
            label = f"Municipio {i + 1}"
            vals = [(base + i * 7 + j * 3) % 997 + 10 for j in range(N_VALUE_COLS - 1)]
        total = sum(vals)
        cells = [_cell_text(f"A{r}", label), _cell_num(f"B{r}", total), _cell_num(f"C{r}", total)]
        cells += [_cell_num(f"{letters[3 + j]}{r}", v) for j, v in enumerate(vals)]
        out.write(f'<row r="{r}">' + "".join(cells) + "</row>")
        r += 1
    r += 1
    out.write(f'<row r="{r}">{_cell_text(f"A{r}", "Fuente: Oficina Nacional de Estadística, censo 2022.")}</row>')
    r += 1
    out.write(f'<row r="{r}">{_cell_text(f"A{r}", "Signos convencionales: - cero absoluto.")}</row>')
    out.write("</sheetData>")
    last = letters[N_VALUE_COLS + 1]
    out.write(f'<mergeCells count="3"><mergeCell ref="A4:A5"/><mergeCell ref="B4:B5"/><mergeCell ref="C4:{last}4"/></mergeCells>')
    out.write("</worksheet>")
    return out.getvalue().encode("utf-8")


def make_workbook(path: Path, sheets: int = 50, rows: int = 2000) -> Path:
    """A multi-sheet XLSX written directly (fast, no spreadsheet library)."""
    ct = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i in range(1, sheets + 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb.append(f'<sheet name="C{i:02d}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" '
                    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                    f'Target="worksheets/sheet{i}.xml"/>')
    ct.append("</Types>")
    wb.append("</sheets></workbook>")
    rels.append("</Relationships>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="xl/workbook.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", "".join(wb))
        z.writestr("xl/_rels/workbook.xml.rels", "".join(rels))
        for i in range(1, sheets + 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", _sheet_xml(i, rows))
    return path


def make_long_csv(path: Path, rows: int = 1_000_000) -> Path:
    countries = [f"País {k:03d}" for k in range(200)]
    sexes = ["Total", "Hombres", "Mujeres"]
    ages = ["Total"] + [f"{5 * k:02d}-{5 * k + 4:02d}" for k in range(17)] + ["85 y más"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("pais,sexo,edad,valor\n")
        n = 0
        buf = []
        while n < rows:
            for c in countries:
                for s in sexes:
                    for a in ages:
                        buf.append(f"{c},{s},{a},{(n * 37) % 100000}\n")
                        n += 1
                        if n >= rows:
                            break
                    if n >= rows:
                        break
                if n >= rows:
                    break
            fh.write("".join(buf))
            buf = []
    return path


# --------------------------------------------------------------------------- driver


def peak_rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / 1024 if sys.platform != "darwin" else usage / (1024 * 1024)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sheets", type=int, default=50)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--csv-rows", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        wb_path = make_workbook(tmp / "census.xlsx", args.sheets, args.rows)
        csv_path = make_long_csv(tmp / "long.csv", args.csv_rows)
        print(f"generated in {time.perf_counter() - t:.1f} s: workbook {wb_path.stat().st_size / 1e6:.1f} MB, "
              f"CSV {csv_path.stat().st_size / 1e6:.1f} MB")
        base = peak_rss_mb()

        t, c = time.perf_counter(), time.process_time()
        result = import_workbook_for_bench(wb_path)
        t_wb, c_wb = time.perf_counter() - t, time.process_time() - c
        cells = sum(len(tb.frame) for tb in result.tables)
        print(f"workbook: {len(result.tables)} sheets, {cells:,} cells in {t_wb:.2f} s "
              f"(CPU {c_wb:.2f} s; target < 10 s)")
        del result

        t, c = time.perf_counter(), time.process_time()
        result = read_file(csv_path)
        t_csv, c_csv = time.perf_counter() - t, time.process_time() - c
        print(f"long CSV: {len(result.tables[0].frame):,} cells, format {result.format}, in {t_csv:.2f} s "
              f"(CPU {c_csv:.2f} s; target < 5 s)")
        del result
        peak = peak_rss_mb()
        print(f"peak RSS: {peak:.0f} MB (before imports {base:.0f} MB; target < 1024 MB)")

        # floors, in the same run: the plain tools doing the reading alone
        import pandas as pd

        t = time.perf_counter()
        frames = pd.read_excel(wb_path, sheet_name=None, header=None, engine="calamine")
        f_wb = time.perf_counter() - t
        del frames
        t = time.perf_counter()
        frame = pd.read_csv(csv_path)
        f_csv = time.perf_counter() - t
        del frame
        print("\n| work | product s | floor | floor s | ratio | goal |")
        print("|---|---|---|---|---|---|")
        print(f"| workbook, {args.sheets} sheets × {args.rows:,} rows | {t_wb:.2f} | pandas + calamine | {f_wb:.2f} | "
              f"{t_wb / f_wb:.2f} | ≤ 1.5 |")
        print(f"| long CSV, {args.csv_rows:,} rows (in process) | {t_csv:.2f} | pandas read_csv | {f_csv:.2f} | "
              f"{t_csv / f_csv:.2f} | ≤ 2 (whole process: bench/import_rss.py) |")
        ok = t_wb < 10 and t_csv < 5 and peak < 1024
        print("OK" if ok else "OVER TARGET")
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
