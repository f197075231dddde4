"""The "Women in migration" section of ``quality/report.html``, in the package language.

The figures are ``app.women``'s, computed from the package's cells: the
headline from the published totals, small pyramids of the foreign-born, the
main countries of birth and the natives side by side (shares of each
population, one scale), then the tables of the section. Plain HTML and
inline SVG, no script; the same cells always give the same bytes.
"""

from __future__ import annotations

import html

from app.models.messages import message
from app.models.schema import TOTAL, Schema

MEN_COLOUR = "#2f6f9f"
WOMEN_COLOUR = "#c0504d"


def _population_name(population: dict, schema: Schema, lang: str) -> str:
    if population["key"] == "native":
        return message("women.pop.native", lang)
    if population["COB"] in (None, TOTAL):
        return message("women.pop.foreign", lang)
    return schema.codelist("COB").label(population["COB"], lang)


def svg_pyramids(populations: list[dict], schema: Schema, lang: str) -> tuple[str, int, int]:
    """Pyramids side by side: men left, women right, each bar a share of its own population (%)."""
    from app.women import format_share

    if not populations:
        return "", 0, 0
    ages = [r["AGE"] for r in populations[0]["ages"]]
    panel, bar_h, gap, top = 112, 16, 3, 34
    label_w = 104
    biggest = max((max(float(r["women_of_all"] or 0), float(r["men_of_all"] or 0))
                   for p in populations for r in p["ages"]), default=0) or 1
    half = panel / 2 - 8
    scale = half / biggest
    width = label_w + panel * len(populations)
    rows = max(len(p["ages"]) for p in populations)
    height = top + rows * (bar_h + gap) + 26
    title = message("women.section.ages", lang)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(title)}" font-family="sans-serif" font-size="10">']
    age_labels = {a: schema.codelist("AGE").label(a, lang) for a in ages}
    for i, age in enumerate(reversed(ages)):
        y = top + i * (bar_h + gap)
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" text-anchor="end">{html.escape(age_labels[age])}</text>')
    for k, population in enumerate(populations):
        x0 = label_w + k * panel
        mid = x0 + (panel - 10) / 2
        parts.append(f'<text x="{mid:.1f}" y="14" text-anchor="middle" font-weight="bold">'
                     f'{html.escape(_population_name(population, schema, lang))}</text>')
        by_age = {r["AGE"]: r for r in population["ages"]}
        for i, age in enumerate(reversed(ages)):
            r = by_age.get(age)
            if r is None:
                continue
            y = top + i * (bar_h + gap)
            men, women = float(r["men_of_all"] or 0), float(r["women_of_all"] or 0)
            parts.append(f'<rect x="{mid - 1 - men * scale:.1f}" y="{y}" width="{men * scale:.1f}" height="{bar_h}" '
                         f'fill="{MEN_COLOUR}"><title>{html.escape(format_share(men, lang))} %</title></rect>')
            parts.append(f'<rect x="{mid + 1:.1f}" y="{y}" width="{women * scale:.1f}" height="{bar_h}" '
                         f'fill="{WOMEN_COLOUR}"><title>{html.escape(format_share(women, lang))} %</title></rect>')
        parts.append(f'<line x1="{mid:.1f}" y1="{top - 4}" x2="{mid:.1f}" y2="{top + rows * (bar_h + gap)}" stroke="#999"/>')
    y = height - 8
    parts.append(f'<text x="{label_w}" y="{y}" fill="{MEN_COLOUR}">'
                 f'{html.escape(message("women.col.men_of_all", lang))}</text>')
    parts.append(f'<text x="{label_w + 2 * panel}" y="{y}" fill="{WOMEN_COLOUR}">'
                 f'{html.escape(message("women.col.women_of_all", lang))}</text>')
    parts.append("</svg>")
    return "".join(parts), width, height


def _table_html(table: dict, lang: str) -> str:
    from app.women import format_cell

    rows = []
    for values in table["rows"]:
        cells = "".join(f"<td>{html.escape(format_cell(v, k, lang))}</td>" if k == "text"
                        else f'<td class="n">{html.escape(format_cell(v, k, lang))}</td>'
                        for v, k in zip(values, table["kinds"]))
        rows.append(f"<tr>{cells}</tr>")
    note = f'<p class="muted">{html.escape(table["note"])}</p>' if table["note"] else ""
    head = "".join(f'<th class="n">{html.escape(c)}</th>' if k != "text" else f"<th>{html.escape(c)}</th>"
                   for c, k in zip(table["columns"], table["kinds"]))
    return (f"<h3>{html.escape(table['title'])}</h3>{note}"
            f'<table class="grid" width="100%" cellspacing="0" cellpadding="4" border="1"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def women_section_body(frame, schema: Schema, lang: str, image=None) -> str | None:
    """The section's body: the headline sentences, the pyramids and the tables; None without T01 or T00.

    ``image(name, svg, width, height)`` places a chart (the report's
    ``ReportContext.image``); without it the SVG goes inline.
    """
    from app.export.xlsx import package_women
    from app.women import headline_lines, women_tables

    overview = package_women(frame, schema)
    if not overview.get("headline") and not overview.get("countries"):
        return None
    lines = headline_lines(overview, lang)
    parts = [f"<p><b>{html.escape(lines[0])}</b></p>"]
    parts.extend(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    pyramids = overview.get("pyramids") or {}
    populations = pyramids.get("common") or pyramids.get("populations") or []
    same = [p for p in populations if populations and [r["AGE"] for r in p["ages"]] == [r["AGE"] for r in populations[0]["ages"]]]
    if same:
        svg, width, height = svg_pyramids(same, schema, lang)
        parts.append(image("women_pyramids.svg", svg, width, height) if image else svg)
    for table in women_tables(overview, lang, schema):
        parts.append(_table_html(table, lang))
    return "\n".join(parts)
