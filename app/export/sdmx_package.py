"""SDMX for the submission package: the structure as SDMX-ML 2.1, the data as SDMX-CSV 2.0.

What the package ships under ``sdmx/``::

    sdmx/structure.xml   SDMX-ML 2.1 structure message, maintained by CELADE, version = schema version:
                         concept scheme CS_IMILA, the code lists (names in es, en, pt, fr; Dutch country
                         names too), one data structure definition and one dataflow per table
    sdmx/Txx.csv         SDMX-CSV 2.0 of one table, against its dataflow:
                         STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,<the table's dimensions>,TIME_PERIOD,OBS_VALUE,OBS_STATUS

Everything comes from the schema file (``resources/schema/imila_schema.json``
through ``app.models.schema``): the tables, their dimensions, the code lists
and their labels. Nothing about a table is written here by hand.

**One data structure per table, not one with a TABLE attribute.** The IMILA
tables are different cubes: T01 is COB × SEX × AGE, T04 is COB × SEX ×
ARRIVAL, T05 adds RES5. One structure for all would carry the fifteen
dimensions of every table on every observation, fourteen of them ``_Z``
("not applicable"), and its series key would identify a cell only because no
two tables happen to share a set of dimensions: a TABLE *attribute* cannot
tell two cells apart, and a TABLE *dimension* (what the SDMX-CSV 1.0 file of
earlier versions did) is not a statistical concept but a name for a cube.
With one structure per table each key is exactly the table's dimensions,
each dimension is bound to its own code list, and a receiving system (a .Stat
Suite at CELADE) loads each dataflow as the cube people read, as the census
hypercubes of other international collections are exchanged. The concepts
and the code lists are shared, so the structures stay one vocabulary.

**One code system for countries.** ``REF_AREA`` (the country of the census)
uses the same M49 code list as ``COB``, ``RES5`` and ``COR``; the ISO 3166-1
alpha-3 code travels as an annotation of each country code. Earlier packages
wrote REF_AREA in alpha-3 and COB in M49: two systems in one dataset.

**Code identifiers.** SDMX identifiers admit letters, digits, ``_``, ``@``,
``$`` and ``-`` only, so the two IMILA codes that use other signs are written
``85+`` → ``85_PLUS`` (open age or count) and ``<1990`` → ``LT_1990`` (open
period); such a code keeps its IMILA code in an ``IMILA_CODE`` annotation and
:func:`imila_code` turns it back. Every other code is the IMILA code itself.
Interval codes (ages, periods) are open sets in the schema (a pattern); the
structure lists the schema's own and every interval the package uses, each
named in every language.

**Libraries.** The structure is built as the sdmx1 information model
(``sdmx.model``) and written by its SDMX-ML 2.1 writer. sdmx1 writes no
SDMX-ML 3.0; pysdmx writes 3.0, but its model holds one name per artefact,
which would lose three of the four languages of every code list, so the
structure is 2.1. The data rows are plain CSV in the SDMX-CSV 2.0 layout,
written here in the order of each structure's components. Tests read both
back with sdmx1 and with pysdmx against the shipped structure, check it
against the SDMX-ML 2.1 XML schema, and check every observation against its
code lists. ``verify`` re-reads the two with the standard library
(:func:`read_structure`), so that CELADE's check needs neither library.

Missing values: a confidential cell (flag ``C``) has ``NaN`` as OBS_VALUE,
SDMX's mark for a value intentionally not given.

The files are deterministic: the same project writes the same bytes, but for
the ``Prepared`` moment in the structure message's header (the moment of the
export, as ``created`` in ``datapackage.json``).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from dataclasses import dataclass, field
from typing import Any

from app.models.schema import Schema

AGENCY = "CELADE"
ACTION = "I"  # information: a submission, merged by the receiving system
CONCEPT_SCHEME = "CS_IMILA"
FLAGS = ("A", "E", "C", "M", "Z")
STRUCTURE_FILE = "sdmx/structure.xml"
MISSING_VALUE = "NaN"
NAME_LANGUAGES = ("es", "en", "pt", "fr", "nl")  # Dutch where the schema has it (country names)
IMILA_CODE = "IMILA_CODE"
ISO3_ANNOTATION = "ISO3166_ALPHA3"
_SDMX_ID = re.compile(r"[A-Za-z0-9_@$\-]+")
_COUNT = re.compile(r"\d{1,15}(\.\d{1,15})?([eE][+-]?\d{1,3})?")  # a non-negative number as the package writes it


def sdmx_code(code: str) -> str:
    """The SDMX identifier of an IMILA code: ``85+`` → ``85_PLUS``, ``<1990`` → ``LT_1990``, others unchanged."""
    code = str(code)
    if code.endswith("+"):
        code = code[:-1] + "_PLUS"
    if code.startswith("<"):
        code = "LT_" + code[1:]
    if not _SDMX_ID.fullmatch(code):
        raise ValueError(f"{code!r} cannot be an SDMX identifier")
    return code


def imila_code(sdmx_id: str) -> str:
    """The IMILA code of an SDMX identifier written by :func:`sdmx_code`."""
    code = str(sdmx_id)
    if code.endswith("_PLUS"):
        code = code[: -len("_PLUS")] + "+"
    if code.startswith("LT_"):
        code = "<" + code[len("LT_"):]
    return code


def codelist_id(list_id: str) -> str:
    return f"CL_{list_id}"


def dataflow_id(table_id: str) -> str:
    return f"DF_IMILA_{table_id}"


def dsd_id(table_id: str) -> str:
    return f"DSD_IMILA_{table_id}"


def structure_id(table_id: str, version: str) -> str:
    """The dataflow of ``table_id`` as SDMX-CSV's STRUCTURE_ID names it: ``CELADE:DF_IMILA_T01(1.0)``."""
    return f"{AGENCY}:{dataflow_id(table_id)}({version})"


def data_file(table_id: str) -> str:
    return f"sdmx/{table_id}.csv"


def components(schema: Schema, table_id: str) -> tuple[list[str], list[str], list[str]]:
    """Dimensions (REF_AREA, the table's, TIME_PERIOD last), measures and attributes of a table's structure."""
    return ["REF_AREA", *schema.tables[table_id].dimensions, "TIME_PERIOD"], ["OBS_VALUE"], ["OBS_STATUS"]


def csv_header(schema: Schema, table_id: str) -> list[str]:
    dims, measures, attributes = components(schema, table_id)
    return ["STRUCTURE", "STRUCTURE_ID", "ACTION", *dims, *measures, *attributes]


# -- names in every language ---------------------------------------------------------------------

def _names(key: str, **params) -> dict[str, str]:
    from app.models.messages import message
    from app.models.schema import LANGUAGES

    return {lang: message(key, lang, **params) for lang in LANGUAGES}


def _from_labels(labels: dict[str, str]) -> dict[str, str]:
    return {lang: labels[lang] for lang in NAME_LANGUAGES if labels.get(lang)}


def interval_names(list_id: str, code: str) -> dict[str, str] | None:
    """Names of an interval the schema lists by pattern only: ``00-14`` → "0 a 14 años", ``<1990`` → "Antes de 1990"."""
    if list_id == "AGE":
        if match := re.fullmatch(r"(\d+)-(\d+)", code):
            return _names("sdmx.age.range", low=int(match.group(1)), high=int(match.group(2)))
        if match := re.fullmatch(r"(\d+)\+", code):
            return _names("sdmx.age.open", low=int(match.group(1)))
    if list_id == "PERIOD":
        if match := re.fullmatch(r"(\d{4})-(\d{4})", code):
            return _names("sdmx.period.range", start=match.group(1), end=match.group(2))
        if match := re.fullmatch(r"<(\d{4})", code):
            return _names("sdmx.period.before", year=match.group(1))
    return None


# -- the codes of the package --------------------------------------------------------------------

def _sort_key(code: str):
    from app.export.package import _sort_key as key

    return key((code,))


def package_codelists(schema: Schema, tables: list[str]) -> list[str]:
    """The schema code lists the structure carries: those of the tables' dimensions and COUNTRY (REF_AREA)."""
    used = {schema.codelist(d).id for t in tables for d in schema.tables[t].dimensions}
    used.add(schema.codelist("COB").id)
    return sorted(used)


def codes_of(frame, schema: Schema, list_id: str) -> list[str]:
    """Every code of ``list_id`` in the structure: the schema's codes and the intervals the package uses."""
    codelist = schema.codelists[list_id]
    listed = list(codelist.codes)
    extra = set()
    for dim in schema.all_dimension_ids:
        if schema.codelist(dim).id == list_id and dim in frame:
            extra |= {c for c in frame[dim].astype(str) if c and c not in codelist.codes and codelist.is_valid(c)}
    if codelist.patterns:
        return sorted(set(listed) | extra, key=_sort_key)
    # A parent before its children: readers resolve a code's parent as they meet it
    ordered: list[str] = []
    seen: set[str] = set()

    def place(code: str) -> None:
        if code in seen:
            return
        seen.add(code)
        parent = codelist.codes[code].parent
        if parent in codelist.codes:
            place(parent)
        ordered.append(code)

    for code in listed:
        place(code)
    return ordered


# -- the structure -------------------------------------------------------------------------------

def build_structure(frame, schema: Schema, metadata: dict[str, Any], tables: list[str], *, prepared: str | None = None):
    """The structure message of the package (sdmx1 model): concepts, code lists, a structure and a dataflow per table."""
    from sdmx.message import Header, StructureMessage
    from sdmx.model import common, v21

    from app.export.package import _is_integer_table

    version = schema.version
    agency = common.Agency(id=AGENCY, name=common.InternationalString(_names("sdmx.agency")))

    def maintainable(cls, id_: str, names: dict[str, str], descriptions: dict[str, str] | None = None, **kw):
        obj = cls(id=id_, version=version, maintainer=agency, is_final=True, is_external_reference=False,
                  name=common.InternationalString(names), **kw)
        if descriptions:
            obj.description = common.InternationalString(descriptions)
        return obj

    # Code lists
    lists = {}
    for list_id in package_codelists(schema, tables):
        dims = [d for d in schema.all_dimension_ids if schema.codelist(d).id == list_id]
        if len(dims) == 1:
            names = _from_labels(schema.dimension(dims[0]).names)
        else:
            names = _names(f"sdmx.codelist.{list_id}")
        cl = maintainable(common.Codelist, codelist_id(list_id), names)
        codelist = schema.codelists[list_id]
        for code in codes_of(frame, schema, list_id):
            found = codelist.get(code)
            labels = _from_labels(found.labels) if found else (interval_names(list_id, code) or {"en": code})
            item = common.Code(id=sdmx_code(code), name=common.InternationalString(labels))
            if found and found.iso3:
                item.annotations.append(v21.Annotation(type=ISO3_ANNOTATION, title=found.iso3))
            if sdmx_code(code) != code:
                item.annotations.append(v21.Annotation(type=IMILA_CODE, title=code))
            cl.append(item)
        for code in codes_of(frame, schema, list_id):
            found = codelist.get(code)
            if found and found.parent and found.parent in codelist.codes:
                cl[sdmx_code(code)].parent = cl[sdmx_code(found.parent)]
        lists[list_id] = cl
    countries = lists[schema.codelist("COB").id]
    area = ref_area(metadata, schema)
    if area not in countries:  # a census country outside M49 (the fictional demo country): named as the project names it
        name = str(metadata.get("country_name") or area)
        countries.append(common.Code(id=area, name=common.InternationalString({lang: name for lang in ("es", "en", "pt", "fr")})))
    status = maintainable(common.Codelist, "CL_OBS_STATUS", _names("dp.flag"))
    for flag in FLAGS:
        status.append(common.Code(id=flag, name=common.InternationalString(_names(f"dp.flag.{flag}"))))

    # Concepts
    scheme = maintainable(common.ConceptScheme, CONCEPT_SCHEME, _names("sdmx.concepts"))
    scheme.append(common.Concept(id="REF_AREA", name=common.InternationalString(_names("sdmx.concept.REF_AREA"))))
    used_dims = [d for d in schema.all_dimension_ids if any(d in schema.tables[t].dimensions for t in tables)]
    for dim in used_dims:
        scheme.append(common.Concept(id=dim, name=common.InternationalString(_from_labels(schema.dimension(dim).names))))
    scheme.append(common.Concept(id="TIME_PERIOD", name=common.InternationalString(_names("sdmx.concept.TIME_PERIOD"))))
    scheme.append(common.Concept(id="OBS_VALUE", name=common.InternationalString(_names("dp.value")),
                                 description=common.InternationalString(_names("dp.value.description"))))
    scheme.append(common.Concept(id="OBS_STATUS", name=common.InternationalString(_names("dp.flag"))))

    def enumerated(cl):
        return common.Representation(enumerated=cl)

    def text(value_type):
        return common.Representation(non_enumerated=[common.Facet(value_type=value_type)])

    structures, flows = [], []
    for table_id in tables:
        table = schema.tables[table_id]
        titles, universes = _from_labels(table.titles), _from_labels(table.universes)
        dsd = maintainable(v21.DataStructureDefinition, dsd_id(table_id), titles, universes)
        dsd.dimensions.id, dsd.measures.id, dsd.attributes.id = "DimensionDescriptor", "MeasureDescriptor", "AttributeDescriptor"
        dsd.dimensions.getdefault("REF_AREA", concept_identity=scheme["REF_AREA"],
                                  local_representation=enumerated(lists[schema.codelist("COB").id]))
        for dim in table.dimensions:
            dsd.dimensions.getdefault(dim, concept_identity=scheme[dim],
                                      local_representation=enumerated(lists[schema.codelist(dim).id]))
        dsd.dimensions.getdefault("TIME_PERIOD", cls=common.TimeDimension, concept_identity=scheme["TIME_PERIOD"],
                                  local_representation=text(common.FacetValueType.observationalTimePeriod))
        part = frame[frame["table_id"] == table_id]
        value_type = common.FacetValueType.integer if _is_integer_table(part) else common.FacetValueType.decimal
        dsd.measures.getdefault("OBS_VALUE", concept_identity=scheme["OBS_VALUE"], local_representation=text(value_type))
        dsd.attributes.getdefault("OBS_STATUS", concept_identity=scheme["OBS_STATUS"],
                                  usage_status=common.UsageStatus.mandatory, related_to=v21.PrimaryMeasureRelationship(),
                                  local_representation=enumerated(status))
        structures.append(dsd)
        flows.append(maintainable(v21.DataflowDefinition, dataflow_id(table_id), titles, universes, structure=dsd))

    iso3 = str(metadata.get("country_iso3") or "XXX").upper()
    office = str(metadata.get("nso") or "").strip()
    sender = common.Agency(id=sdmx_code(iso3) if _SDMX_ID.fullmatch(iso3) else "NSO")
    if office:
        sender.name = common.InternationalString({"en": office})
    moment = _dt.datetime.fromisoformat(prepared) if prepared else _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    header = Header(id=f"IMILA_{iso3}_{metadata.get('census_year') or '0000'}", prepared=moment, sender=sender,
                    receiver=common.Agency(id=AGENCY))
    message = StructureMessage(header=header)
    for item in [*lists.values(), status, scheme, *structures, *flows]:
        message.add(item)
    return message


def structure_xml(frame, schema: Schema, metadata: dict[str, Any], tables: list[str], *, prepared: str | None = None) -> bytes:
    """``sdmx/structure.xml``: the structure message written by sdmx1's SDMX-ML 2.1 writer."""
    import sdmx

    message = build_structure(frame, schema, metadata, tables, prepared=prepared)
    return sdmx.to_xml(message, pretty_print=True)


# -- the data ------------------------------------------------------------------------------------

def ref_area(metadata: dict[str, Any], schema: Schema) -> str:
    """The census country as an M49 code (``032``), from the metadata or its ISO alpha-3 code.

    A country M49 does not list (the fictional country of the demo census)
    keeps its alpha-3 code, which the structure adds to the country list.
    """
    m49 = str(metadata.get("country_m49") or "")
    if m49 and schema.codelist("COB").get(m49) is not None:
        return m49
    iso3 = str(metadata.get("country_iso3") or "").upper()
    for code in schema.codelist("COB"):
        if code.iso3 == iso3 and code.kind in ("country", "historic"):
            return code.code
    return iso3 if re.fullmatch(r"[A-Z]{3}", iso3) else "UNK"


def sdmx_csv(header: list[str], rows: list[list[str]]) -> bytes:
    """SDMX-CSV 2.0 bytes: UTF-8, comma-separated, one header line, ``\\n`` line ends, written as every CSV is
    (``app.export.spreadsheet``: no cell can run as a formula)."""
    from app.export.spreadsheet import csv_bytes

    return csv_bytes(header, rows)


def data_csv(frame, schema: Schema, metadata: dict[str, Any], table_id: str) -> bytes:
    """``sdmx/<table>.csv``: the table's observations as SDMX-CSV 2.0 against its dataflow, in the package's order."""
    from app.export.package import table_rows

    dims = list(schema.tables[table_id].dimensions)
    _, rows = table_rows(frame, table_id, schema)
    target = structure_id(table_id, schema.version)
    area = ref_area(metadata, schema)
    period = str(metadata.get("census_year") or "")
    out = []
    for record in rows:
        codes = [sdmx_code(c) for c in record[: len(dims)]]
        value, flag = record[len(dims)], record[len(dims) + 1] or "A"
        out.append(["dataflow", target, ACTION, area, *codes, period, value if value != "" else MISSING_VALUE, flag])
    return sdmx_csv(csv_header(schema, table_id), out)


# -- reading back (verify) -----------------------------------------------------------------------

_NS = {
    "mes": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message",
    "str": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure",
    "com": "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common",
}


@dataclass
class Flow:
    """A dataflow of the shipped structure, as ``verify`` needs it."""

    id: str
    structure_id: str                                        # CELADE:DF_IMILA_T01(1.0)
    dimensions: list[tuple[str, str | None]] = field(default_factory=list)   # (id, code list id) in order
    measures: list[str] = field(default_factory=list)
    attributes: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        return ["STRUCTURE", "STRUCTURE_ID", "ACTION", *(d for d, _ in self.dimensions), *self.measures,
                *(a for a, _ in self.attributes)]


@dataclass
class Structure:
    codelists: dict[str, set[str]]
    flows: dict[str, Flow]        # by STRUCTURE_ID


def read_structure(data: bytes) -> Structure:
    """The code lists and dataflows of an SDMX-ML 2.1 structure message, read with the standard library.

    The XML is parsed by defusedxml: a document type, entities or external
    references are refused (``ValueError``), as any file of a package from
    outside must be.
    """
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ElementTree.ParseError) as exc:
        raise ValueError(str(exc)) from exc
    codelists = {}
    for cl in root.iterfind(".//str:Codelists/str:Codelist", _NS):
        codelists[cl.get("id")] = {code.get("id") for code in cl.iterfind("str:Code", _NS)}

    def enumeration(component) -> str | None:
        ref = component.find("str:LocalRepresentation/str:Enumeration/Ref", _NS)
        return ref.get("id") if ref is not None else None

    dsds = {}
    for dsd in root.iterfind(".//str:DataStructures/str:DataStructure", _NS):
        parts = dsd.find("str:DataStructureComponents", _NS)
        if parts is None:
            continue
        dims = [(d.get("id"), enumeration(d)) for d in parts.find("str:DimensionList", _NS) or []
                if d.tag in (f"{{{_NS['str']}}}Dimension", f"{{{_NS['str']}}}TimeDimension")]
        measures = [m.get("id") for m in parts.iterfind("str:MeasureList/str:PrimaryMeasure", _NS)]
        attributes = [(a.get("id"), enumeration(a)) for a in parts.iterfind("str:AttributeList/str:Attribute", _NS)]
        dsds[(dsd.get("agencyID"), dsd.get("id"), dsd.get("version"))] = (dims, measures, attributes)
    flows = {}
    for flow in root.iterfind(".//str:Dataflows/str:Dataflow", _NS):
        ref = flow.find("str:Structure/Ref", _NS)
        if ref is None:
            continue
        found = dsds.get((ref.get("agencyID"), ref.get("id"), ref.get("version")))
        if found is None:
            continue
        target = f"{flow.get('agencyID')}:{flow.get('id')}({flow.get('version')})"
        flows[target] = Flow(flow.get("id"), target, *found)
    return Structure(codelists, flows)


def check_data(name: str, data: bytes, structure: Structure, *, expected: str | None = None,
               ) -> tuple[list[dict[str, Any]], list[tuple[str, dict]]]:
    """Read ``sdmx/<table>.csv`` against the structure: its observations (IMILA codes) and the problems found.

    Each problem is ``(message key, params)``: a header that is not the
    dataflow's, a row naming another dataflow (or not ``expected``), a code outside its code list, a
    value that is not a non-negative number.
    """
    problems: list[tuple[str, dict]] = []
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    except UnicodeDecodeError:
        return [], [("verify.not_utf8", {"name": name})]
    if not rows or rows[0][:2] != ["STRUCTURE", "STRUCTURE_ID"]:
        return [], [("verify.sdmx_not_csv2", {"name": name})]
    header, body = rows[0], rows[1:]
    targets = {r[1] for r in body if len(r) > 1}
    flow = structure.flows.get(next(iter(targets))) if len(targets) == 1 else None
    if expected is not None and targets != {expected}:
        flow = None
    if flow is None:
        return [], [("verify.sdmx_unknown_flow", {"name": name, "flow": ", ".join(sorted(targets)) or "-"})]
    if header != flow.header:
        return [], [("verify.bad_header", {"name": name, "found": ", ".join(header), "expected": ", ".join(flow.header)})]
    coded = [(i, cid, lst) for i, (cid, lst) in enumerate(flow.dimensions + flow.attributes) if lst]
    index = {cid: header.index(cid) for cid, _ in flow.dimensions + flow.attributes}
    value_at = header.index(flow.measures[0]) if flow.measures else None
    observations = []
    for line_no, row in enumerate(body, start=2):
        if len(row) != len(header) or row[2] not in ("I", "A", "R", "D"):
            problems.append(("verify.bad_row", {"name": name, "line": line_no}))
            continue
        for _, cid, list_id in coded:
            value = row[index[cid]]
            if value not in structure.codelists.get(list_id, set()):
                problems.append(("verify.bad_value", {"name": name, "line": line_no, "field": cid, "value": value}))
        if value_at is not None and row[value_at] != MISSING_VALUE:
            if not _COUNT.fullmatch(row[value_at]):
                problems.append(("verify.bad_value", {"name": name, "line": line_no, "field": flow.measures[0],
                                                      "value": row[value_at]}))
        observations.append({cid: imila_code(row[index[cid]]) for cid, _ in flow.dimensions + flow.attributes}
                            | {"OBS_VALUE": row[value_at] if value_at is not None else ""})
        if len(problems) >= 20:
            problems.append(("verify.too_many_errors", {"name": name}))
            break
    return observations, problems
