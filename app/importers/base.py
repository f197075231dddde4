"""Data classes of the import layer.

``SourceDimension``, ``TidyTable`` and ``ImportResult`` are the binding
contract of ``docs/architecture.md``: every reader returns an
``ImportResult`` whose tables hold one row per published cell.

``Grid`` is the raw 2-D picture of one sheet (or one CSV file, one HTML
table) that the layout detector works on: the cell values as the file stores
them, the merged ranges and the hidden rows and columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # pandas loads with the first import, not with the application
    import pandas

# Column roles of a SourceDimension.
ROLES = ("row", "column", "block", "geography")

# Flag letters of an observation (IMILA schema): normal, confidential,
# missing, not applicable, estimated.
FLAGS = ("A", "C", "M", "Z", "E")

# Reserved column names of TidyTable.frame besides the dimensions.
RESERVED_COLUMNS = ("value", "flag", "cell")


@dataclass
class SourceDimension:
    name: str  # header text of the dimension ("Lugar de nacimiento", "Sexo"), never empty
    role: str  # "row" (stub column), "column" (header level), "block", "geography"
    labels: list[str]  # distinct labels in source order


@dataclass
class TidyTable:
    name: str  # sheet name or block/table name
    title: str  # title rows joined
    frame: pandas.DataFrame  # one row per data cell: one str column per dimension,
    #                          "value" (float, NaN when a sign), "flag" (A/C/M/Z/E), "cell" ("Cuadro 3!C9")
    dimensions: list[SourceDimension]
    layout: dict  # 0-based: title_rows, header_rows, data_rows, footer_rows, stub_cols, data_cols,
    #               total_rows, total_cols, hidden_rows, hidden_cols (and a few more, see layout.py)
    confidence: float  # 0..1 how sure the detection is
    notes: list[str]  # footnotes, hidden rows, what was understood

    def dimension(self, name: str) -> SourceDimension:
        for dim in self.dimensions:
            if dim.name == name:
                return dim
        raise KeyError(name)

    @property
    def dimension_names(self) -> list[str]:
        return [d.name for d in self.dimensions]


@dataclass
class ImportResult:
    path: str
    format: str  # csv, xlsx, xls, ods, sav, dta, html, redatam, long
    settings: dict  # everything needed to replay the import: read_file(path, **settings)
    tables: list[TidyTable]  # one per sheet/block read
    sheets: list[str]  # every sheet in the file
    warnings: list[str]

    def table(self, name: str | None = None) -> TidyTable:
        """The table called ``name`` (the first one without a name)."""
        if name is None:
            return self.tables[0]
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)


@dataclass
class Grid:
    """One sheet as a rectangle of raw cells.

    ``cells`` has integer column labels 0..n-1 and one row per sheet row;
    empty cells are ``""`` or ``None``. Values are what the file stores:
    floats for numbers (cached values of formulas), strings, dates.
    ``merged`` holds inclusive 0-based ranges ``(r0, c0, r1, c1)``.
    ``row_offset``/``col_offset`` place ``cells`` in the sheet for lineage.
    """

    name: str
    cells: pandas.DataFrame
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    row_offset: int = 0
    col_offset: int = 0
    decimal: str | None = None  # number marks for cells stored as text (None: guess)
    thousands: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def shape(self) -> tuple[int, int]:
        return self.cells.shape

    def merged_within(self) -> list[tuple[int, int, int, int]]:
        """The merged ranges cut to the cells: a file may declare a range past its last row or column
        (a row deleted under a merge leaves it there); such a range ends at the edge, one wholly past it goes."""
        n_rows, n_cols = self.cells.shape
        return [(r0, c0, min(r1, n_rows - 1), min(c1, n_cols - 1)) for r0, c0, r1, c1 in self.merged
                if 0 <= r0 < n_rows and 0 <= c0 < n_cols and r1 >= r0 and c1 >= c0]


ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


@dataclass
class FormatSpec:
    """A registered file format.

    ``can_read(path, head)`` looks at the file name and its first bytes;
    ``read(path, **options)`` returns an ``ImportResult``; ``grids`` (when the
    format is tabular) returns the raw grids for the preview.
    """

    name: str
    patterns: tuple[str, ...]
    can_read: Callable[[Any, bytes], bool]
    read: Callable[..., ImportResult]
    priority: int = 0
    grids: Callable[..., Any] | None = None
    description: str = ""
