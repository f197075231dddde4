"""Does a source speak of the project's census?  The country and the census year its title names.

An Argentine table imported into Chile's project would put Argentina's
counts among Chile's. Before anything is written the import compares what
the title says with the project: the country that heads a title line
("Costa Rica: Población total …", "BOLIVIA: POBLACIÓN EMPADRONADA …") and
the census year that follows a census word ("Censo 2017", "Census 2011",
"Censo de Población y Vivienda 2020", SIDRA's "Ano - 2010"). A mismatch is
a question for a person, never a silent merge.
"""

from __future__ import annotations

import re

from app.mapping.normalize import normalize

_CENSUS_YEAR = re.compile(
    r"\b(?:censo|censos|census|recensement|recenseamento|cpv|ano|año|year|annee|année|volkstelling|jaar)\b"
    r"(?:[\s,:\-–]+[^\W\d]+){0,6}?[\s,:\-–]+((?:19[5-9]|20[0-4])\d)\b",
    re.IGNORECASE,
)
_YEAR_CENSUS = re.compile(r"\b((?:19[5-9]|20[0-4])\d)\s+(?:population and housing )?(?:census|censo|recensement)\b",
                          re.IGNORECASE)


def census_years(text: str) -> set[int]:
    """Census years a title or source note names (after or before a census word)."""
    years = {int(m.group(1)) for m in _CENSUS_YEAR.finditer(text or "")}
    years |= {int(m.group(1)) for m in _YEAR_CENSUS.finditer(text or "")}
    return years


def leading_countries(text: str) -> set[str]:
    """Countries that head a line of the title ("Costa Rica: …", "BOLIVIA: …", a line that is only a country)."""
    from app.mapping.matcher import country_named

    found = set()
    for line in (text or "").splitlines():
        head = re.split(r"[:.,;–—(]| - ", line, maxsplit=1)[0].strip()
        words = head.split()
        for n in range(min(5, len(words)), 0, -1):
            code = country_named(" ".join(words[:n]))
            if code:
                found.add(code)
                break
    return found


def mismatches(tidy, country_m49: str | None, census_year, lang: str = "en") -> list[str]:
    """What the source's title says that is not the project's census (translated lines; empty when it agrees)."""
    from app.models.messages import message
    from app.workflow import code_label

    out: list[str] = []
    title = tidy.title or ""
    if country_m49:
        countries = leading_countries(title)
        own = str(country_m49).zfill(3)
        if countries and own not in countries:
            named = ", ".join(code_label("COB", c, lang) for c in sorted(countries))
            out.append(message("import.mismatch.country", lang, named=named, project=code_label("COB", own, lang)))
    if census_year:
        text = "\n".join([title, *[n for n in tidy.notes if normalize(n).startswith(("fuente", "source", "fonte"))]])
        years = census_years(text)
        if years and int(census_year) not in years:
            out.append(message("import.mismatch.year", lang, named=", ".join(str(y) for y in sorted(years)),
                               project=str(int(census_year))))
    return out
