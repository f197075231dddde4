"""``quality/report.html`` and ``quality/findings.csv``.

The report is one self-contained HTML file (no script, no external link):
the submission summary, every finding with its explanation, summary tables
and charts drawn as inline SVG, in the chosen language.
"""

from __future__ import annotations

import html
import io
from typing import Any

from app.export import charts
from app.export.spreadsheet import CsvWriter
from app.models.messages import format_number, message
from app.models.schema import TOTAL, Schema

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
MEN_COLOUR = "#2f6f9f"
WOMEN_COLOUR = "#c0504d"


def _explanations_by_key(explanations: list[dict]) -> dict[str, dict]:
    return {e["finding_key"]: e for e in explanations if e.get("active", True)}


def findings_csv(findings, explanations: list[dict], lang: str) -> bytes:
    by_key = _explanations_by_key(explanations)
    buffer = io.StringIO()
    writer = CsvWriter(buffer)  # every text cell neutralised: the author and the explanation are anyone's text
    writer.writerow(["key", "rule", "severity", "table", "message", "cells", "explanation", "explained_by", "explained_at"])
    ordered = sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.table_id or "", f.rule, f.key))
    for f in ordered:
        exp = by_key.get(f.key, {})
        cells = "; ".join(
            " ".join(f"{k}={v}" for k, v in sorted(c.items()) if k not in ("obs_id", "value", "lineage", "table_id") and v)
            for c in f.cells
        )
        text = f.message(lang)
        writer.writerow([f.key, f.rule, f.severity, f.table_id or "", text, cells,
                         exp.get("text", ""), exp.get("author", ""), exp.get("created_at", "")])
    return buffer.getvalue().encode("utf-8")


def _svg_pyramid(data: list[tuple[str, float, float]], lang: str) -> str:
    if not data:
        return ""
    width, bar_h, gap = 640, 16, 3
    height = len(data) * (bar_h + gap) + 40
    mid = width / 2
    biggest = max(max(m, w) for _, m, w in data) or 1
    scale = (mid - 70) / biggest
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(message("chart.pyramid", lang))}" font-family="sans-serif" font-size="11">']
    for i, (age, men, women) in enumerate(reversed(data)):
        y = 10 + i * (bar_h + gap)
        parts.append(f'<rect x="{mid - 30 - men * scale:.1f}" y="{y}" width="{men * scale:.1f}" height="{bar_h}" fill="{MEN_COLOUR}"/>')
        parts.append(f'<rect x="{mid + 30:.1f}" y="{y}" width="{women * scale:.1f}" height="{bar_h}" fill="{WOMEN_COLOUR}"/>')
        parts.append(f'<text x="{mid}" y="{y + 12}" text-anchor="middle">{html.escape(age)}</text>')
    y = height - 10
    parts.append(f'<text x="{mid - 40}" y="{y}" text-anchor="end" fill="{MEN_COLOUR}">{html.escape(message("chart.men", lang))}</text>')
    parts.append(f'<text x="{mid + 40}" y="{y}" fill="{WOMEN_COLOUR}">{html.escape(message("chart.women", lang))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _svg_top(data: list[tuple[str, float, float]], schema: Schema, lang: str) -> str:
    if not data:
        return ""
    codelist = schema.codelist("COB")
    width, bar_h, gap, label_w = 640, 16, 4, 200
    height = len(data) * (bar_h + gap) + 20
    biggest = max(m + w for _, m, w in data) or 1
    scale = (width - label_w - 80) / biggest
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(message("chart.top", lang))}" font-family="sans-serif" font-size="11">']
    for i, (code, men, women) in enumerate(data):
        y = 5 + i * (bar_h + gap)
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{html.escape(codelist.label(code, lang))}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{men * scale:.1f}" height="{bar_h}" fill="{MEN_COLOUR}"/>')
        parts.append(f'<rect x="{label_w + men * scale:.1f}" y="{y}" width="{women * scale:.1f}" height="{bar_h}" fill="{WOMEN_COLOUR}"/>')
        parts.append(f'<text x="{label_w + (men + women) * scale + 4:.1f}" y="{y + 12}">{format_number(men + women, lang)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _summary_table(frame, schema: Schema, lang: str) -> str:
    rows = []
    for table_id in sorted(frame["table_id"].unique()):
        part = frame[frame["table_id"] == table_id]
        dims = schema.tables[table_id].dimensions
        total_mask = True
        for d in dims:
            total_mask = total_mask & (part[d] == TOTAL)
        grand = part[total_mask]["value"].sum() if len(part[total_mask]) else None
        rows.append(
            f"<tr><td>{table_id}</td><td>{html.escape(schema.tables[table_id].title(lang))}</td>"
            f"<td class=n>{format_number(len(part), lang)}</td>"
            f"<td class=n>{format_number(grand, lang) if grand is not None else '—'}</td></tr>"
        )
    return (f"<table><thead><tr><th>{html.escape(message('report.table', lang))}</th><th>{html.escape(message('report.title', lang))}</th>"
            f"<th>{html.escape(message('report.cells', lang))}</th><th>{html.escape(message('report.total', lang))}</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def report_html(metadata: dict[str, Any], frame, findings, explanations: list[dict], schema: Schema, lang: str) -> bytes:
    by_key = _explanations_by_key(explanations)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    meta_rows = "".join(
        f"<tr><th>{html.escape(message('meta.' + key, lang))}</th><td>{html.escape(str(metadata.get(key, '')))}</td></tr>"
        for key in ("country_name", "country_iso3", "census_name", "census_year", "reference_date", "enumeration_basis",
                    "source_type", "nso", "contact_name", "submission_version")
        if metadata.get(key) not in (None, "")
    )
    finding_rows = []
    for f in sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.table_id or "", f.rule, f.key)):
        exp = by_key.get(f.key)
        explanation = (f"<div class=exp><b>{html.escape(message('report.explanation', lang))}</b> "
                       f"{html.escape(exp['text'])} <i>({html.escape(str(exp.get('author', '')))}, {html.escape(str(exp.get('created_at', ''))[:10])})</i></div>"
                       if exp else "")
        finding_rows.append(
            f"<tr class={f.severity}><td>{html.escape(message('severity.' + f.severity, lang))}</td><td>{html.escape(f.rule)}</td>"
            f"<td>{html.escape(f.table_id or '')}</td><td>{html.escape(f.message(lang))}{explanation}</td></tr>"
        )
    findings_html = (
        f"<table><thead><tr><th>{html.escape(message('report.severity', lang))}</th><th>{html.escape(message('report.rule', lang))}</th>"
        f"<th>{html.escape(message('report.table', lang))}</th><th>{html.escape(message('report.message', lang))}</th></tr></thead>"
        f"<tbody>{''.join(finding_rows)}</tbody></table>"
        if finding_rows else f"<p>{html.escape(message('report.no_findings', lang))}</p>"
    )
    pyramid_svg = _svg_pyramid(charts.pyramid(frame, schema=schema), lang)
    top_svg = _svg_top(charts.top_countries(frame, schema=schema), schema, lang)
    title = message("report.heading", lang, census=str(metadata.get("census_name", "")))
    doc = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body{{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:960px;color:#222}}
h1{{font-size:1.5em}} h2{{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}}
table{{border-collapse:collapse;width:100%;font-size:.9em}} th,td{{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}}
td.n{{text-align:right}} tr.error td:first-child{{color:#b00020;font-weight:bold}} tr.warning td:first-child{{color:#a05a00;font-weight:bold}}
.exp{{margin-top:4px;padding:4px;background:#f4f8ec}} .counts span{{margin-right:1.5em}}
</style></head><body>
<h1>{html.escape(title)}</h1>
<table>{meta_rows}</table>
<h2>{html.escape(message('report.findings', lang))}</h2>
<p class=counts><span>{html.escape(message('cli.check.summary', lang, errors=counts['error'], warnings=counts['warning'], infos=counts['info']))}</span></p>
{findings_html}
<h2>{html.escape(message('report.tables', lang))}</h2>
{_summary_table(frame, schema, lang)}
<h2>{html.escape(message('chart.pyramid', lang))}</h2>
{pyramid_svg or '<p>—</p>'}
<h2>{html.escape(message('chart.top', lang))}</h2>
{top_svg or '<p>—</p>'}
</body></html>
"""
    return doc.encode("utf-8")
