"""``quality/report.html`` and ``quality/findings.csv``.

The report is one self-contained HTML file (no script, no external link), in
the package language: the submission and its metadata (labels, never raw
codes), a summary of the checks per table and family, the original files with
their SHA-256, the tables, every finding with its explanation, and charts
drawn as inline SVG.

It is made of **sections**, each a function of a :class:`ReportContext` that
returns a :class:`Section` (or ``None`` when it has nothing to say); ``SECTIONS``
lists them in reading order. A new section is one more function in that list.

The same document is printed to PDF by ``app/ui/report_pdf.py`` (Qt's text
layout and ``QPdfWriter``): :meth:`ReportDocument.html` writes the charts as
``<img>`` references to :attr:`ReportDocument.images` for it, since Qt's rich
text does not draw inline SVG, and keeps to the HTML and CSS that Qt's rich
text understands (tables with ``cellpadding``, simple selectors). This module
never imports Qt.
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from app.export import charts
from app.export.spreadsheet import CsvWriter
from app.models.messages import format_number, message
from app.models.schema import TOTAL, Schema

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITIES = ("error", "warning", "info")
# Families of check rules in the order the summary shows them (rule ids ADD-…, CON-…; see app/checks/registry.py).
FAMILIES = (("ADD", "additivity"), ("CON", "consistency"), ("PLA", "plausibility"), ("LOG", "logic"),
            ("STR", "structure"), ("DIS", "dissemination"))
MEN_COLOUR = "#2f6f9f"
WOMEN_COLOUR = "#c0504d"
ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#a05a00"
FONT = 'font-family="DejaVu Sans, sans-serif" font-size="11"'  # of the charts' text


def esc(text: Any) -> str:
    return html.escape(str(text if text is not None else ""))


def _explanations_by_key(explanations: list[dict]) -> dict[str, dict]:
    return {e["finding_key"]: e for e in explanations if e.get("active", True)}


def _sorted_findings(findings) -> list:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.table_id or "", f.rule, f.key))


def findings_csv(findings, explanations: list[dict], lang: str) -> bytes:
    by_key = _explanations_by_key(explanations)
    buffer = io.StringIO()
    writer = CsvWriter(buffer)  # every text cell neutralised: the author and the explanation are anyone's text
    writer.writerow(["key", "rule", "severity", "table", "message", "cells", "explanation", "explained_by", "explained_at"])
    for f in _sorted_findings(findings):
        exp = by_key.get(f.key, {})
        cells = "; ".join(
            " ".join(f"{k}={v}" for k, v in sorted(c.items()) if k not in ("obs_id", "value", "lineage", "table_id") and v)
            for c in f.cells
        )
        text = f.message(lang)
        writer.writerow([f.key, f.rule, f.severity, f.table_id or "", text, cells,
                         exp.get("text", ""), exp.get("author", ""), exp.get("created_at", "")])
    return buffer.getvalue().encode("utf-8")


# -- the document ----------------------------------------------------------------

@dataclass
class ReportContext:
    """Everything a section may show, and the helpers that speak the package language."""

    metadata: dict[str, Any]
    frame: Any  # the exported observations (pandas), with their ``source`` lineage when built for a package
    findings: list
    explanations: dict[str, dict]  # active explanation by finding key
    schema: Schema
    lang: str
    sources: list[dict[str, Any]] = field(default_factory=list)  # the project's sources (name, sha256, size …)
    in_package: bool = True  # False: the report alone, of the data as they stand (nothing has been sent)
    images: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # name → (svg, width, height)

    def t(self, key: str, /, **params) -> str:
        """The message ``key`` in the package language, HTML-escaped."""
        return esc(message(key, self.lang, **params))

    def number(self, value) -> str:
        return format_number(value, self.lang)

    def image(self, name: str, svg: str, width: int, height: int) -> str:
        """Register a chart and return its place in the body (inline SVG in the file, an image in the PDF)."""
        self.images[name] = (svg, width, height)
        return f"\x00image:{name}\x00"

    def table_title(self, table_id: str | None) -> str:
        if table_id and table_id in self.schema.tables:
            return self.schema.tables[table_id].title(self.lang)
        return message("report.whole_submission", self.lang)


@dataclass
class Section:
    id: str  # stable anchor: "submission", "checks", "sources" …
    title: str  # already in the package language (plain text)
    body: str  # HTML fragment
    chart: bool = False  # a chart: the first one starts a new printed page, with its heading


@dataclass
class ReportDocument:
    """The report as sections, ready to be written as HTML or printed."""

    title: str
    lang: str
    sections: list[Section]
    images: dict[str, tuple[str, int, int]]  # name → (svg, width, height)
    footer: str  # "IMILA Desk 1.2 · 2026-12-04"
    page_label: str  # "Page {page} of {pages}" in the package language, for the printed pages
    subtitle: str = ""  # "Package v1, written on …" or "Draft of …: the data as they stand"

    def body_html(self, inline_images: bool = True) -> str:
        parts = [f"<h1>{esc(self.title)}</h1>"]
        if self.subtitle:
            parts.append(f'<p class="muted">{esc(self.subtitle)}</p>')
        first_chart = next((s.id for s in self.sections if s.chart), None)
        for section in self.sections:
            # A heading never stays alone at the foot of a page above its chart: the charts begin a page.
            brk = ' style="page-break-before: always"' if section.id == first_chart else ""
            parts.append(f'<h2 id="{section.id}"{brk}>{esc(section.title)}</h2>\n{section.body}')
        parts.append(f'<p class="footer">{esc(self.footer)}</p>')
        text = "\n".join(parts)
        for name, (svg, width, height) in self.images.items():
            shown = svg if inline_images else f'<img src="{esc(name)}" width="{width}" height="{height}">'
            text = text.replace(f"\x00image:{name}\x00", shown)
        return text

    def html(self, inline_images: bool = True) -> str:
        return f"""<!DOCTYPE html>
<html lang="{self.lang}"><head><meta charset="utf-8"><title>{esc(self.title)}</title>
<style>
{STYLE}
</style></head><body>
{self.body_html(inline_images)}
</body></html>
"""


# Simple selectors and properties only: the same sheet serves browsers and Qt's rich text (the printed PDF).
STYLE = f"""body {{ font-family: "DejaVu Sans", Arial, sans-serif; color: #222; }}
h1 {{ font-size: 16pt; margin-bottom: 4pt; }}
h2 {{ font-size: 12.5pt; margin-top: 16pt; margin-bottom: 5pt; color: #1d4e6e; border-bottom: 1px solid #bbb; }}
h3 {{ font-size: 10.5pt; margin-top: 10pt; margin-bottom: 3pt; }}
p {{ margin-top: 3pt; margin-bottom: 3pt; }}
table {{ border-collapse: collapse; margin-bottom: 4pt; }}
table.grid {{ border-color: #c8c8c8; border-style: solid; width: 100%; }}
th, td {{ text-align: left; vertical-align: top; padding: 3px 5px; border: 1px solid #c8c8c8; }}
th {{ background-color: #eef2f5; font-weight: bold; }}
table.meta th {{ width: 30%; }}
td.n, th.n {{ text-align: right; }}
td.c, th.c {{ text-align: center; }}
td.hash {{ font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; }}
.error {{ color: {ERROR_COLOUR}; font-weight: bold; }}
.warning {{ color: {WARNING_COLOUR}; font-weight: bold; }}
.info {{ color: #333; }}
.ok {{ color: #2e7d32; }}
.muted {{ color: #777; }}
.exp {{ background-color: #eef5e4; }}
.unexplained {{ color: {WARNING_COLOUR}; font-style: italic; }}
.small {{ font-size: 8pt; }}
.footer {{ margin-top: 18pt; color: #777; font-size: 8pt; }}"""


def _grid(header: list[str], rows: list[str], css: str = "grid") -> str:
    """A bordered table: ``header`` cells (HTML, with their <th>), ``rows`` already as <tr> strings."""
    return (f'<table class="{css}" width="100%" cellspacing="0" cellpadding="4" border="1">'
            f"<thead><tr>{''.join(header)}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


# -- sections ----------------------------------------------------------------------

def _country(ctx: ReportContext) -> str:
    meta = ctx.metadata
    m49 = str(meta.get("country_m49") or "")
    found = ctx.schema.codelist("COB").get(m49) if m49 else None
    return found.label(ctx.lang) if found else str(meta.get("country_name") or meta.get("country_iso3") or "")


def _json_value(value):
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def section_submission(ctx: ReportContext) -> Section:
    """The submission: who sends what, every value a label in the package language."""
    from app.store.metadata import license_of

    meta = ctx.metadata
    rows: list[tuple[str, str]] = []

    def add(key: str, value) -> None:
        if value not in (None, ""):
            rows.append((message("meta." + key, ctx.lang), str(value)))

    add("country_name", _country(ctx))
    add("country_iso3", meta.get("country_iso3"))
    add("country_m49", meta.get("country_m49"))
    add("census_name", meta.get("census_name"))
    add("census_year", meta.get("census_year"))
    add("reference_date", meta.get("reference_date"))
    add("census_round", meta.get("census_round"))
    for key in ("enumeration_basis", "source_type"):
        if meta.get(key):
            add(key, message(f"meta.value.{meta[key]}", ctx.lang))
    add("weights_note", meta.get("weights_note"))
    add("nso", meta.get("nso"))
    add("contact_name", meta.get("contact_name"))
    add("contact_email", meta.get("contact_email"))
    add("submission_version", meta.get("submission_version"))
    if meta.get("language"):
        add("language", message(f"lang.{meta['language']}", ctx.lang))
    licence = license_of(meta)
    add("license", licence["title"] if licence["title"] == licence["name"] else f"{licence['title']} ({licence['name']})")
    add("national_definitions", meta.get("national_definitions"))
    body = '<table class="grid meta" width="100%" cellspacing="0" cellpadding="4" border="1"><tbody>'
    body += "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    notes = _json_value(meta.get("universe_notes"))
    if isinstance(notes, dict):
        for table_id, note in sorted(notes.items()):
            if str(note).strip():
                body += (f"<tr><th>{ctx.t('meta.universe_notes')} — {esc(table_id)}</th>"
                         f"<td>{esc(note)}</td></tr>")
    body += "</tbody></table>"
    return Section("submission", message("report.section.submission", ctx.lang), body)


def _count_cell(counts: dict[str, int]) -> str:
    """``errors / warnings / notes`` of one table and family, or a tick when the family found nothing."""
    if not any(counts.values()):
        return '<td class="c ok">✓</td>'
    shown = []
    for severity in SEVERITIES:
        value = counts.get(severity, 0)
        shown.append(f'<span class="{severity}">{value}</span>' if value and severity != "info" else str(value))
    return f'<td class="c">{" / ".join(shown)}</td>'


def counts_sentence(lang: str, errors: int, warnings: int, notes: int) -> str:
    """``0 errors, 2 warnings, 1 note.`` with the plural each language wants (French: 0 and 1 are singular)."""
    parts = []
    for severity, count in (("error", errors), ("warning", warnings), ("info", notes)):
        one = count == 1 or (lang == "fr" and count == 0)
        parts.append(message(f"report.count.{severity}.{'one' if one else 'other'}", lang, n=count))
    return ", ".join(parts) + "."


def section_checks(ctx: ReportContext) -> Section:
    """The checks at a glance: totals, then errors / warnings / notes per table and family of rules."""
    findings = ctx.findings
    totals = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
    warnings = [f for f in findings if f.severity == "warning"]
    explained = sum(1 for f in warnings if f.key in ctx.explanations)
    body = f"<p>{esc(counts_sentence(ctx.lang, totals['error'], totals['warning'], totals['info']))}"
    if warnings:
        body += " " + ctx.t("report.explained_count", explained=explained, warnings=len(warnings))
    body += "</p>"
    tables = sorted(set(str(t) for t in ctx.frame["table_id"].unique()) | {f.table_id for f in findings if f.table_id})
    if any(not f.table_id for f in findings):
        tables.append("")  # findings about the submission as a whole (metadata, cross-table)
    by_table = {t: [f for f in findings if (f.table_id or "") == t] for t in tables}
    width = max(8, min(18, 70 // max(len(tables), 1)))
    header = [f"<th>{ctx.t('report.family')}</th>"]
    header += [f'<th class="c" width="{width}%">{esc(t) if t else ctx.t("report.whole_submission")}</th>' for t in tables]
    rows = []
    for prefix, name in FAMILIES:
        cells = []
        for table_id in tables:
            family = [f for f in by_table[table_id] if f.rule.split("-")[0] == prefix]
            cells.append(_count_cell({s: sum(1 for f in family if f.severity == s) for s in SEVERITIES}))
        rows.append(f"<tr><td>{ctx.t('report.family.' + name)}</td>{''.join(cells)}</tr>")
    cells = []
    for table_id in tables:
        table_warnings = [f for f in by_table[table_id] if f.severity == "warning"]
        done = sum(1 for f in table_warnings if f.key in ctx.explanations)
        cells.append(f'<td class="c">{ctx.number(done)} / {ctx.number(len(table_warnings))}</td>'
                     if table_warnings else '<td class="c muted">—</td>')
    rows.append(f"<tr><td>{ctx.t('report.explained')}</td>{''.join(cells)}</tr>")
    body += _grid(header, rows)
    body += f'<p class="small muted">{ctx.t("report.checks_legend")}</p>'
    return Section("checks", message("report.section.checks", ctx.lang), body)


def _size(size, lang: str) -> str:
    size = int(size or 0)
    if size < 1024:
        return f"{format_number(size, lang)} B"
    if size < 1024 * 1024:
        return f"{format_number(round(size / 1024, 1), lang)} KiB"
    return f"{format_number(round(size / 1024 / 1024, 1), lang)} MiB"


def section_sources(ctx: ReportContext) -> Section:
    """The original files the tables come from, with their size and SHA-256, so CELADE can match them."""
    if not ctx.sources:
        return Section("sources", message("report.section.sources", ctx.lang), f"<p>{ctx.t('report.no_sources')}</p>")
    header = [f"<th>{ctx.t('report.source.file')}</th>", f'<th class="n">{ctx.t("report.source.size")}</th>',
              f"<th>{ctx.t('report.source.imported')}</th>", f'<th class="n">{ctx.t("report.cells")}</th>']
    rows = []
    for source in ctx.sources:
        digest = str(source.get("sha256") or "")
        rows.append(
            f"<tr><td><b>{esc(source.get('name'))}</b>"
            f"<br><span class=\"small muted\">{esc(source.get('format') or '')}</span></td>"
            f"<td class=\"n\">{esc(_size(source.get('size'), ctx.lang))}</td>"
            f"<td>{esc(str(source.get('imported_at') or '')[:10])}</td>"
            f"<td class=\"n\">{ctx.number(int(source.get('observations') or 0))}</td></tr>"
            f"<tr><td colspan=\"4\" class=\"hash\">SHA-256 {esc(digest)}</td></tr>"
        )
    body = _grid(header, rows)
    body += f'<p class="small muted">{ctx.t("report.sources_note")}</p>'
    return Section("sources", message("report.section.sources", ctx.lang), body)


def section_tables(ctx: ReportContext) -> Section:
    """The tables submitted: title, universe, cells and the published grand total."""
    frame, schema = ctx.frame, ctx.schema
    header = [f"<th>{ctx.t('report.table')}</th>", f"<th>{ctx.t('report.title')}</th>",
              f'<th class="n">{ctx.t("report.cells")}</th>', f'<th class="n">{ctx.t("report.total")}</th>']
    rows = []
    for table_id in sorted(frame["table_id"].unique()):
        part = frame[frame["table_id"] == table_id]
        table = schema.tables[table_id]
        total_mask = True
        for d in table.dimensions:
            total_mask = total_mask & (part[d] == TOTAL)
        grand = part[total_mask]["value"].sum() if len(part[total_mask]) else None
        rows.append(
            f"<tr><td><b>{esc(table_id)}</b></td><td>{esc(table.title(ctx.lang))}"
            f"<br><span class=\"small muted\">{esc(table.universe(ctx.lang))}</span></td>"
            f"<td class=\"n\">{ctx.number(len(part))}</td>"
            f"<td class=\"n\">{ctx.number(grand) if grand is not None else '—'}</td></tr>"
        )
    return Section("tables", message("report.tables", ctx.lang), _grid(header, rows))


def section_findings(ctx: ReportContext) -> Section:
    """Every finding, errors first, each warning with its explanation (or the mark that it has none)."""
    if not ctx.findings:
        return Section("findings", message("report.findings", ctx.lang), f"<p>{ctx.t('report.no_findings')}</p>")
    header = [f"<th>{ctx.t('report.severity')}</th>", f"<th>{ctx.t('report.rule')}</th>",
              f"<th>{ctx.t('report.table')}</th>", f"<th>{ctx.t('report.message')}</th>"]
    rows = []
    families = dict(FAMILIES)
    for f in _sorted_findings(ctx.findings):
        exp = ctx.explanations.get(f.key)
        text = esc(f.message(ctx.lang))
        if exp:
            when = str(exp.get("created_at") or "")[:10]
            who = ", ".join(x for x in (str(exp.get("author") or ""), when) if x)
            text += (f'<br><span class="exp"><b>{ctx.t("report.explanation")}</b> {esc(exp["text"])}'
                     f'{f" <i>({esc(who)})</i>" if who else ""}</span>')
        elif f.severity == "warning":
            unexplained = "report.not_explained" if ctx.in_package else "report.not_explained_yet"
            text += f'<br><span class="unexplained">{ctx.t(unexplained)}</span>'
        family = families.get(f.rule.split("-")[0])
        rule = esc(f.rule) + (f'<br><span class="small muted">{ctx.t("report.family." + family)}</span>' if family else "")
        rows.append(f'<tr><td class="{f.severity}">{ctx.t("severity." + f.severity)}</td><td>{rule}</td>'
                    f"<td>{esc(f.table_id or '—')}</td><td>{text}</td></tr>")
    return Section("findings", message("report.findings", ctx.lang), _grid(header, rows))


def _svg_pyramid(data: list[tuple[str, float, float]], lang: str) -> tuple[str, int, int]:
    width, bar_h, gap = 640, 16, 3
    height = len(data) * (bar_h + gap) + 40
    mid = width / 2
    biggest = max(max(m, w) for _, m, w in data) or 1
    scale = (mid - 100) / biggest
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{esc(message("chart.pyramid", lang))}" {FONT}>']
    for i, (age, men, women) in enumerate(reversed(data)):
        y = 10 + i * (bar_h + gap)
        left = mid - 30 - men * scale
        parts.append(f'<rect x="{left:.1f}" y="{y}" width="{men * scale:.1f}" height="{bar_h}" fill="{MEN_COLOUR}"/>')
        parts.append(f'<rect x="{mid + 30:.1f}" y="{y}" width="{women * scale:.1f}" height="{bar_h}" fill="{WOMEN_COLOUR}"/>')
        parts.append(f'<text x="{mid}" y="{y + 12}" text-anchor="middle">{esc(age)}</text>')
        parts.append(f'<text x="{left - 4:.1f}" y="{y + 12}" text-anchor="end" fill="#555" font-size="9">'
                     f'{esc(format_number(men, lang))}</text>')
        parts.append(f'<text x="{mid + 34 + women * scale:.1f}" y="{y + 12}" fill="#555" font-size="9">'
                     f'{esc(format_number(women, lang))}</text>')
    y = height - 10
    parts.append(f'<text x="{mid - 40}" y="{y}" text-anchor="end" fill="{MEN_COLOUR}">{esc(message("chart.men", lang))}</text>')
    parts.append(f'<text x="{mid + 40}" y="{y}" fill="{WOMEN_COLOUR}">{esc(message("chart.women", lang))}</text>')
    parts.append("</svg>")
    return "".join(parts), width, height


def _svg_top(data: list[tuple[str, float, float]], schema: Schema, lang: str) -> tuple[str, int, int]:
    codelist = schema.codelist("COB")
    width, bar_h, gap, label_w = 640, 16, 4, 200
    height = len(data) * (bar_h + gap) + 34
    biggest = max(m + w for _, m, w in data) or 1
    scale = (width - label_w - 80) / biggest
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{esc(message("chart.top", lang))}" {FONT}>']
    for i, (code, men, women) in enumerate(data):
        y = 5 + i * (bar_h + gap)
        label = codelist.label(code, lang)
        label = label if len(label) <= 32 else label[:31] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{esc(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{men * scale:.1f}" height="{bar_h}" fill="{MEN_COLOUR}"/>')
        parts.append(f'<rect x="{label_w + men * scale:.1f}" y="{y}" width="{women * scale:.1f}" height="{bar_h}" '
                     f'fill="{WOMEN_COLOUR}"/>')
        parts.append(f'<text x="{label_w + (men + women) * scale + 4:.1f}" y="{y + 12}">'
                     f'{esc(format_number(men + women, lang))}</text>')
    y = height - 8
    parts.append(f'<rect x="{label_w}" y="{y - 9}" width="10" height="10" fill="{MEN_COLOUR}"/>')
    parts.append(f'<text x="{label_w + 14}" y="{y}">{esc(message("chart.men", lang))}</text>')
    parts.append(f'<rect x="{label_w + 110}" y="{y - 9}" width="10" height="10" fill="{WOMEN_COLOUR}"/>')
    parts.append(f'<text x="{label_w + 124}" y="{y}">{esc(message("chart.women", lang))}</text>')
    parts.append("</svg>")
    return "".join(parts), width, height


def section_pyramid(ctx: ReportContext) -> Section | None:
    data = charts.pyramid(ctx.frame, schema=ctx.schema)
    if not data:
        return None
    return Section("pyramid", message("chart.pyramid", ctx.lang), ctx.image("pyramid.svg", *_svg_pyramid(data, ctx.lang)),
                   chart=True)


def section_top_countries(ctx: ReportContext) -> Section | None:
    data = charts.top_countries(ctx.frame, schema=ctx.schema)
    if not data:
        return None
    return Section("countries", message("report.top_countries", ctx.lang, n=len(data)),
                   ctx.image("countries.svg", *_svg_top(data, ctx.schema, ctx.lang)), chart=True)


def section_women(ctx: ReportContext) -> Section | None:
    """Women in migration: the headline from the published totals, the pyramids beside the natives, the tables."""
    from app.export.women_report import women_section_body

    body = women_section_body(ctx.frame, ctx.schema, ctx.lang, ctx.image)
    if body is None:
        return None
    return Section("women", message("women.title", ctx.lang), body)


# Reading order of the report. A section is a function ReportContext -> Section | None.
SECTIONS: list[Callable[[ReportContext], Section | None]] = [
    section_submission,
    section_tables,
    section_checks,
    section_sources,
    section_findings,
    section_pyramid,
    section_top_countries,
    section_women,
]


def report_document(metadata: dict[str, Any], frame, findings, explanations: list[dict], schema: Schema, lang: str,
                    *, sources: list[dict[str, Any]] | None = None, created_at: str | None = None,
                    in_package: bool = True) -> ReportDocument:
    """The report of a submission as sections (what ``report_html`` writes and the PDF prints).

    ``in_package``: the report of a package being written; otherwise the report alone, of the data as they
    stand, which says so under its title.
    """
    from app import __version__

    ctx = ReportContext(metadata, frame, list(findings or []), _explanations_by_key(explanations), schema, lang,
                        sources=list(sources or []), in_package=in_package)
    sections = [s for s in (make(ctx) for make in SECTIONS) if s is not None]
    census = str(metadata.get("census_name") or "").strip() or f"{_country(ctx)} {metadata.get('census_year', '')}".strip()
    written = (created_at or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat())[:10]
    return ReportDocument(
        title=message("report.heading", lang, census=census),
        subtitle=(message("report.subtitle.package", lang, version=metadata.get("submission_version") or 1, date=written)
                  if in_package else message("report.subtitle.draft", lang, date=written)),
        lang=lang,
        sections=sections,
        images=ctx.images,
        footer=message("report.footer", lang, version=__version__, date=written),
        page_label=message("report.page", lang),
    )


def report_html(metadata: dict[str, Any], frame, findings, explanations: list[dict], schema: Schema, lang: str,
                *, sources: list[dict[str, Any]] | None = None, created_at: str | None = None) -> bytes:
    """``quality/report.html``: the report as one self-contained HTML file in ``lang``."""
    document = report_document(metadata, frame, findings, explanations, schema, lang, sources=sources,
                               created_at=created_at)
    return document.html().encode("utf-8")
