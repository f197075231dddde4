"""Workbooks: XLSX/XLSM, XLS and ODS.

Values come from python-calamine (Rust, fast; formulas as their cached
values, nothing is executed, macros are ignored), merged ranges too
(``merged_cell_ranges``). Before calamine opens an XLSX/XLSM or ODS, the
zip archive is checked (``safety.open_zip``) and every XML part is streamed
once (``safety.scan_zip_xml``): that pass refuses entity declarations and
oversized parts and collects the hidden rows and columns of the worksheets,
so openpyxl is never needed. For ODS the merged ranges and hidden rows come
from ``content.xml`` (read with defusedxml), which calamine does not report.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

import pandas as pd

from app.errors import ImportError_
from app.importers.base import Grid
from app.importers.safety import ImportLimits, open_zip, ole2_is_encrypted, scan_xml_part, scan_zip_xml

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class WorkbookSource:
    """An open workbook: its sheet names and a loader of one sheet's grid."""

    def __init__(self, path: Path, fmt: str, limits: ImportLimits):
        self.path = path
        self.format = fmt
        self.limits = limits
        self.hidden_sheets: set[str] = set()
        self.warnings: list[str] = []
        self._hidden_cells: dict[str, tuple[set[int], set[int]]] = {}
        self._extent: dict[str, tuple[int, int]] = {}
        self._ods_extra: dict[str, tuple[list, set[int], set[int]]] = {}
        if fmt in ("xlsx", "ods"):
            self._check_archive()
        self._open_calamine()

    # -- checks
    def _check_archive(self) -> None:
        zf = open_zip(self.path, self.limits)
        try:
            names = set(zf.namelist())
            if self.format == "xlsx" and "xl/workbook.xml" not in names:
                if "content.xml" in names and "mimetype" in names:
                    self.format = "ods"
                else:
                    raise ImportError_("import.corrupt_archive", path=self.path.name)
            if self.format == "ods" and "content.xml" not in names:
                raise ImportError_("import.corrupt_archive", path=self.path.name)
            if self.format == "xlsx":
                parts = self._sheet_parts(zf)
                hidden = scan_zip_xml(zf, self.limits, self.path, worksheets=set(parts.values()))
                for sheet, part in parts.items():
                    if part in hidden:
                        rows, cols, extent = hidden[part]
                        self._hidden_cells[sheet] = (rows, cols)
                        self._extent[sheet] = extent
            else:
                scan_zip_xml(zf, self.limits, self.path)
                self._ods_extra = _ods_structure(zf, self.limits, self.path)
        finally:
            zf.close()

    def _sheet_parts(self, zf: zipfile.ZipFile) -> dict[str, str]:
        """Sheet name -> worksheet part path, from workbook.xml and its rels."""
        from defusedxml import ElementTree as ET

        scan_xml_part(zf, "xl/workbook.xml", self.limits, self.path)
        try:
            wb = ET.fromstring(zf.read("xl/workbook.xml"))
            rels_name = "xl/_rels/workbook.xml.rels"
            rels = {}
            if rels_name in zf.namelist():
                scan_xml_part(zf, rels_name, self.limits, self.path)
                for rel in ET.fromstring(zf.read(rels_name)).iter(f"{_NS_PKG_REL}Relationship"):
                    target = rel.get("Target", "")
                    if target.startswith("/"):
                        target = target[1:]
                    else:
                        target = posixpath.normpath(posixpath.join("xl", target))
                    rels[rel.get("Id")] = target
        except ImportError_:
            raise
        except Exception:
            raise ImportError_("import.corrupt_archive", path=self.path.name) from None
        parts = {}
        for sh in wb.iter(f"{_NS_MAIN}sheet"):
            name = sh.get("name", "")
            rid = sh.get(f"{_NS_REL}id")
            if sh.get("state") in ("hidden", "veryHidden"):
                self.hidden_sheets.add(name)
            if rid in rels:
                parts[name] = rels[rid]
        return parts

    def _open_calamine(self) -> None:
        from python_calamine import CalamineWorkbook

        expected = {"xlsx": (".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb"), "xls": (".xls", ".xlt"), "ods": (".ods",)}
        self._fh = None
        try:
            if self.path.suffix.lower() in expected.get(self.format, ()):
                self._wb = CalamineWorkbook.from_path(str(self.path))
            else:
                # calamine picks its reader by extension; from a file object it goes by content
                self._fh = open(self.path, "rb")
                self._wb = CalamineWorkbook.from_filelike(self._fh)
            self.sheets = list(self._wb.sheet_names)
            for meta in getattr(self._wb, "sheets_metadata", []) or []:
                if "Visible" not in str(getattr(meta, "visible", "Visible")):
                    self.hidden_sheets.add(meta.name)
        except Exception as exc:  # calamine raises its own error types
            if self._fh is not None:
                self._fh.close()
                self._fh = None
            text = str(exc).lower()
            if "password" in text or "encrypt" in text or ole2_is_encrypted(self.path, self.limits):
                raise ImportError_("import.encrypted", path=self.path.name) from None
            raise ImportError_("import.corrupt_workbook", path=self.path.name, detail=str(exc)[:200]) from None

    # -- loading
    def load(self, name: str) -> Grid:
        # A cell at XFD1048576 would make the reader allocate the whole sheet (and abort the process): the
        # extent its cell references declare is checked first.
        height, width = self._extent.get(name, (0, 0))
        if height * width > self.limits.max_cells:
            raise ImportError_("import.too_many_cells", path=self.path.name, sheet=name, cells=int(height * width),
                               limit=self.limits.max_cells)
        try:
            sh = self._wb.get_sheet_by_name(name)
            height = getattr(sh, "total_height", 0) or 0
            width = getattr(sh, "total_width", 0) or 0
            if height * width > self.limits.max_cells:
                raise ImportError_(
                    "import.too_many_cells", path=self.path.name, sheet=name, cells=int(height * width),
                    limit=self.limits.max_cells,
                )
            rows = sh.to_python(skip_empty_area=False)
            merged_raw = getattr(sh, "merged_cell_ranges", None) or []
        except ImportError_:
            raise
        except Exception as exc:
            raise ImportError_("import.corrupt_workbook", path=self.path.name, detail=str(exc)[:200]) from None
        if rows:
            width = max(len(r) for r in rows)
            if any(len(r) != width for r in rows):
                rows = [list(r) + [""] * (width - len(r)) for r in rows]
            df = pd.DataFrame(rows, dtype=object)
        else:
            df = pd.DataFrame(dtype=object)
        df.columns = list(range(df.shape[1]))
        merged = [(int(a[0]), int(a[1]), int(b[0]), int(b[1])) for a, b in merged_raw]
        hidden_rows: set[int] = set()
        hidden_cols: set[int] = set()
        if name in self._hidden_cells:
            hidden_rows, hidden_cols = self._hidden_cells[name]
        if name in self._ods_extra:
            m, hidden_rows, hidden_cols = self._ods_extra[name]
            merged = merged or m
        return Grid(name=name, cells=df, merged=merged, hidden_rows=set(hidden_rows), hidden_cols=set(hidden_cols))

    def close(self) -> None:
        try:
            self._wb.close()
        except Exception:
            pass
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _ods_structure(zf: zipfile.ZipFile, limits: ImportLimits, path: Path):
    """Merged ranges and hidden rows/cols of each ODS sheet (from content.xml)."""
    from defusedxml.ElementTree import iterparse

    info = zf.getinfo("content.xml")
    if info.file_size > 64 * 1024 * 1024:
        return {}
    ns_table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    T = "{%s}" % ns_table
    out: dict[str, tuple[list, set[int], set[int]]] = {}
    sheet = None
    row = -1
    col = 0
    merged: list = []
    hrows: set[int] = set()
    hcols: set[int] = set()
    colpos = 0
    try:
        with zf.open("content.xml") as fh:
            for event, el in iterparse(fh, events=("start", "end")):
                tag = el.tag
                if event == "start":
                    if tag == T + "table":
                        sheet = el.get(T + "name")
                        row, merged, hrows, hcols, colpos = -1, [], set(), set(), 0
                    elif tag == T + "table-column":
                        rep = int(el.get(T + "number-columns-repeated", "1"))
                        if el.get(T + "visibility") == "collapse" and rep < 16384:
                            hcols.update(range(colpos, colpos + rep))
                        colpos += min(rep, 16384)
                    elif tag == T + "table-row":
                        row += 1
                        col = 0
                        if el.get(T + "visibility") == "collapse":
                            hrows.add(row)
                    elif tag in (T + "table-cell", T + "covered-table-cell"):
                        rep = int(el.get(T + "number-columns-repeated", "1"))
                        cs = int(el.get(T + "number-columns-spanned", "1"))
                        rs = int(el.get(T + "number-rows-spanned", "1"))
                        if tag == T + "table-cell" and (cs > 1 or rs > 1):
                            merged.append((row, col, row + rs - 1, col + cs - 1))
                        col += min(rep, 16384)
                else:
                    if tag == T + "table-row":
                        rep = int(el.get(T + "number-rows-repeated", "1"))
                        if rep > 1:
                            if el.get(T + "visibility") == "collapse" and rep < 100000:
                                hrows.update(range(row + 1, row + rep))
                            row += rep - 1
                        el.clear()
                    elif tag == T + "table" and sheet is not None:
                        out[sheet] = (merged, hrows, hcols)
                        el.clear()
    except Exception:
        return {}
    return out
