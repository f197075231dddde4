"""Render a finding's message in the user's language.

Findings keep language-neutral ``params`` (codes and numbers); the words are
chosen only when the message is shown. Conventions for params:

* ``at``: ``{dimension: code}`` of the cell or group concerned → ``{where}``
  ("Country of birth: Bolivia; Sex: Women; Age: 00-14");
* ``dimension``: a dimension id → ``{dimension_name}``;
* ``code`` (with ``dimension``, or COB by default) → ``{code_label}``;
* ``codes``: a list of codes → ``{code_labels}``;
* ``variant``: picks the template ``checks.<rule>.<variant>``;
* numbers are formatted for the language by the message catalogue.
"""

from __future__ import annotations

from app.models.messages import message


def _schema():
    try:
        from app.models.schema import load_schema

        return load_schema()
    except Exception:  # no schema file yet (early development) or a broken install: show raw codes
        return None


def _dimension_name(schema, dim: str, lang: str) -> str:
    if schema is not None and dim in schema.dimensions:
        return schema.dimension(dim).name(lang)
    return dim


def _code_label(schema, dim: str, code: str, lang: str) -> str:
    if code is None:
        return ""
    code = str(code)
    if code.startswith("N:"):
        return code[2:]
    if schema is not None and dim in schema.dimensions:
        label = schema.codelist(dim).label(code, lang)
        if label:
            return label
    return code


def describe_cell(at: dict, lang: str = "en", schema=None) -> str:
    """``{"COB": "068", "SEX": "2"}`` → "Country of birth: Bolivia; Sex: Female"."""
    schema = schema if schema is not None else _schema()
    parts = [f"{_dimension_name(schema, d, lang)}: {_code_label(schema, d, c, lang)}" for d, c in at.items()]
    return "; ".join(parts) if parts else "—"


def display_params(params: dict, lang: str = "en", table_id: str | None = None) -> dict:
    """The params with words in ``lang`` added for the template fields."""
    schema = _schema()
    shown = dict(params)
    dim = params.get("dimension") or "COB"
    if isinstance(params.get("at"), dict):
        shown["where"] = describe_cell(params["at"], lang, schema)
    if isinstance(params.get("other_at"), dict):
        shown["other_where"] = describe_cell(params["other_at"], lang, schema)
    if params.get("dimension"):
        shown["dimension_name"] = _dimension_name(schema, params["dimension"], lang)
    if "code" in params:
        shown["code_label"] = _code_label(schema, dim, params["code"], lang)
    if isinstance(params.get("codes"), list):
        labels = [_code_label(schema, dim, c, lang) for c in params["codes"][:30]]
        more = len(params["codes"]) - len(labels)
        shown["code_labels"] = ", ".join(labels) + (f" (+{more})" if more > 0 else "")
    if params.get("ceiling_source") in ("population", "limit"):
        shown["source"] = message(f"checks.STR-009.{params['ceiling_source']}", lang)
    shown.setdefault("table", table_id or "")
    for name, value in list(shown.items()):
        if value is None:
            shown[name] = "—"
        elif isinstance(value, (list, dict)):
            shown[name] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return shown


def render_message(rule: str, params: dict, lang: str = "en", table_id: str | None = None) -> str:
    key = f"checks.{rule}"
    if params.get("variant"):
        key += f".{params['variant']}"
    return message(key, lang, **display_params(params, lang, table_id))
