"""Label → code suggestions for one IMILA dimension.

``suggest(dimension_id, label)`` returns the most likely code of the
dimension's code list with a confidence (0..1) and a reason the user can read
in four languages. The order of evidence, from strongest to weakest:

1. the mapping memory (a code a user confirmed before, "learned from CHL-2017");
2. meaning words: totals (``_T``), not stated (``UNK``), residuals
   ("Resto de América" → ``R019``), other countries (``OTH``), native-born
   (``NAT``/``N``), national groupings ("Países limítrofes" → ``N:<label>``);
3. an exact normalised label or alias in any of the four languages (1.0);
4. the same words in another order or with abbreviations expanded
   ("Corea, República de", "Rep. Dominicana");
5. a qualifier in parentheses picks among the places the outer name could be
   ("San Martín (parte neerlandesa)" → Sint Maarten, "Islas Vírgenes (Reino
   Unido)" → British Virgin Islands);
6. fuzzy similarity of whole words (never a substring inside a word: "Perú"
   never matches inside "Perugia"), typing slips of one letter ("Haity"), a
   name contained in the label ("República del Perú"); all stay below 0.9, and a
   label whose extra word makes it another place ("Congo Belga", "China
   Nacionalista") is never given its first word's country with confidence.

Labels of punctuation only ("---", "...") get no suggestion; foreign-born
wordings ("Nacidos en el exterior", "Born abroad", "Geboren in het
buitenland") are the total of the foreign-born (``_T`` of COB).

A confidence of ``AUTO_ACCEPT`` (0.9) or more is reserved for evidence that is
never wrong on the labelled suites (``tests/mapping/country_labels.csv`` and
``tests/mapping/country_labels_region.csv``; ``bench/country_labels.py``
prints their figures and reliability table).
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from app.mapping import ages as _ages
from app.mapping import periods as _periods
from app.importers.measures import is_measure_label  # noqa: F401  (re-exported)
from app.mapping.normalize import (
    STOPWORDS,
    compact_key,
    content_tokens,
    normalize,
    sorted_key,
    strip_footnotes,
)
from app.models.schema import CodeList, Schema, load_schema

if TYPE_CHECKING:  # pragma: no cover
    from app.mapping.memory import MappingMemory

TOTAL = "_T"
UNKNOWN = "UNK"
OTHER = "OTH"
NATIVE = "NAT"
NATIONAL_PREFIX = "N:"
AUTO_ACCEPT = 0.9  # suggestions at or above this are applied without asking

# Code lists that hold countries (COB, RES5 and COR share one) are recognised by their content.
_COUNTRY_KINDS = {"country", "historic"}
_PLACE_DIMENSIONS = {"COB", "RES5", "COR"}


# ---------------------------------------------------------------------------
# Suggestion and reason
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Reason:
    """Why a code was suggested: a message key (``mapping.reason.*``) and its parameters."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, key: str, **params) -> "Reason":
        return cls(key, tuple(sorted(params.items())))

    @property
    def kwargs(self) -> dict:
        return dict(self.params)

    def text(self, lang: str = "en") -> str:
        """The reason in ``lang``; parameters named ``*_code`` become the code's name in that language."""
        from app.models.messages import message

        return message(f"mapping.reason.{self.key}", lang, **_named_params(self.kwargs, lang))

    def to_dict(self) -> dict:
        return {"key": self.key, "params": self.kwargs}

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Suggestion:
    """The suggested code of one label (``code`` None when nothing fits)."""

    code: str | None
    confidence: float
    reason: Reason
    kind: str = ""  # "national" for a national subtotal (N:<label>)
    alternatives: tuple[tuple[str, float], ...] = field(default=(), compare=False)

    @property
    def accepted(self) -> bool:
        """True when the suggestion is strong enough to apply without asking."""
        return self.code is not None and self.confidence >= AUTO_ACCEPT

    def reason_text(self, lang: str = "en") -> str:
        return self.reason.text(lang)


NO_SUGGESTION = Suggestion(None, 0.0, Reason.of("none"))


def _named_params(params: dict, lang: str) -> dict:
    out = {}
    for name, value in params.items():
        if name.endswith("_code") and isinstance(value, str):
            text = _place_label(value, lang)
            if name == "residual_code":  # inside a sentence: "residual: other countries of Europe"
                text = text[:1].lower() + text[1:]
            out[name[:-5]] = text
        else:
            out[name] = value
    return out


def _place_label(code: str, lang: str) -> str:
    codelist = load_schema().codelists.get("COUNTRY")
    return codelist.label(code, lang) if codelist is not None else code


def _s(code: str | None, confidence: float, key: str, kind: str = "", **params) -> Suggestion:
    return Suggestion(code, round(float(confidence), 3), Reason.of(key, **params), kind)


# ---------------------------------------------------------------------------
# Meaning words (four languages, normalised: lower case, no accents)
# ---------------------------------------------------------------------------
_TOTAL_RE = re.compile(
    r"^(total(es)?|total general|totales generales|gran total|suma|ambos sexos|ambos|todos|todas|all|tous|toutes|todos os|"
    r"both sexes|les deux sexes|les deux|all persons|todas las personas|total (del )?pais|total nacional|"
    r"total de la poblacion|total poblacion|total population|populacao total|population totale|"
    r"total personas|total de personas|total de habitantes|nacional|national|total republica|"
    r"total (de )?(ambos sexos|edades|la republica|el pais)|totaal|totaal generaal|eindtotaal|alle landen|totaal land|"
    r"ensemble|ensemble du pays|total general del pais|total region|total regional|total departamento|total provincia|"
    r"total estado|total entidad|inmigrantes internacionales|total (de )?inmigrantes( internacionales)?|"
    r"total (de )?(nacidos|nacidas|personas nacidas) (fuera del pais|en el extranjero|en el exterior|en otro pais)|"
    r"poblacion censada|populacao recenseada|population recensee|total foreign born|total born abroad|"
    r"total (de )?extranjeros|resumen|summary|resumo)$"
)
_POPULATION_RE = re.compile(r"^(poblacion|population|populacao|personas|persons|pessoas|habitantes)\b")
_UNKNOWN_RE = re.compile(
    r"^(ignorad[oa]s?|no especificad[oa]s?|no especifico|no declarad[oa]s?|no declaro|no sabe|no responde|no respondio|"
    r"no informad[oa]|no informa|no informo|no aplica no especificado|sin (informacion|especificar|especificacion|dato|datos|declarar|respuesta)|"
    r"desconocid[oa]s?|"
    r"not stated|unknown|not specified|not reported|not declared|no answer|missing|"
    r"nao declarad[oa]s?|nao especificad[oa]s?|ignorad[oa]s?|sem declaracao|sem informacao|desconhecid[oa]s?|"
    r"non declare[es]?|inconnu[es]?|non specifie[es]?|non precise[es]?|non renseigne[es]?|"
    r"onbekend|niet bekend|niet vermeld|niet opgegeven|onbekend niet opgegeven|desconosi|deskonosi|"
    r"ne|nd|n e|n d|s i|s d|s e|s esp|sin esp)"
    r"( (pais|lugar|lugar de nacimiento|pais de nacimiento|country|pays|sexo|sex|sexe|edad|age|idade))?$|"
    r"^(pais|pays|country|lugar|land|geboorteland|lieu de naissance|lugar de nacimiento|pais de nacimiento|"
    r"pays de naissance|place of birth|country of birth|pais de nascimento|local de nascimento) "
    r"(ignorad[oa]|no especificad[oa]|no declarad[oa]|desconocid[oa]|nao declarad[oa]|nao especificad[oa]|"
    r"desconhecid[oa]|non declare|non precise|non specifie|inconnu|not stated|unknown|not specified|onbekend|"
    r"niet bekend|niet vermeld)$"
)
_RESIDUAL_RE = re.compile(
    r"^(?:el |le |los |las |les |os |as |the )?"
    r"(resto|restantes?|otros|otras|otro|otra|demas|los demas|las demas|other|others|rest|remaining|"
    r"outros|outras|outro|outra|demais|autres|autre|reste|overige|overig|andere|ander|rest van|resto di)"
    r"(?: (paises|pais|countries|country|pays|naciones|nations|landen|land|paisnan))?"
    r"(?: (?:de la|de l|de los|de las|del|de|da|do|das|dos|of the|of|in the|in|d|du|des|en|na|no|nas|nos|"
    r"van de|van het|van|in het|in de|di))?"
    r"(?: (?P<region>.+))?$"
)
_WORLD_RE = re.compile(r"^(mundo|el mundo|world|the world|monde|le monde|paises|continentes|regiones|partes del mundo|"
                       r"wereld|de wereld|landen|mundu|continents|countries|pays)$")
# Residual rows named by an adjective ("Otros países europeos", "Other Caribbean countries", "Overige Europese
# landen"): the adjective, once the word for countries is taken off, names the region.
_COUNTRY_WORDS = re.compile(r"\b(paises|pais|countries|country|pays|landen|land|naciones|nations|islas|islands|iles|"
                            r"ilhas|eilanden|territorios|territories|territoires)\b")
_REGION_ADJECTIVES = {
    "150": "europeos|europeas|europeo|europea|european|europeus|europeias|europeens|europeennes|europese",
    "002": "africanos|africanas|africano|african|africains|africaines|afrikaanse",
    "142": "asiaticos|asiaticas|asiatico|asian|asiatiques|aziatische",
    "019": "americanos|americanas|americano|american|americains|americaines|amerikaanse|del continente americano",
    "005": "sudamericanos|sudamericanas|suramericanos|suramericanas|south american|sul americanos|sud americains|"
           "zuid amerikaanse|de sudamerica|de suramerica",
    "013": "centroamericanos|centroamericanas|central american|centro americanos|centramericains|centre americains|"
           "midden amerikaanse|de centroamerica",
    "029": "caribenos|caribenas|caribbean|caribenhos|caribeens|caribische|antillanos|antillanas|antilhanos|antillais|"
           "west indian|west indies|de la caraibe|del caribe|das caraibas",
    "419": "latinoamericanos|latinoamericanas|latin american|latino americanos|latino americains|latijns amerikaanse",
    "021": "norteamericanos|norteamericanas|north american|norte americanos|nord americains|noord amerikaanse",
    "009": "oceanicos|oceanian|oceaniens|oceanische",
}
_ADJECTIVE_REGION = {phrase: code for code, words in _REGION_ADJECTIVES.items() for phrase in words.split("|")}
_SUBNATIONAL = (
    r"provincia|provincias|entidad|entidad federativa|departamento|estado|region|municipio|comuna|distrito|canton|"
    r"parroquia|localidad|ciudad|unidad federativa|uf|municipalidad|corregimiento|alcaldia|"
    r"province|state|department|district|municipality|commune|county|parish|"
    r"regiao|municipio|cidade|"
    r"departement|ville"
)
_DETERMINER = (
    r"esta|este|otra|otro|mismo|misma|la misma|el mismo|distinta|distinto|this|another|other|the same|"
    r"a mesma|o mesmo|outra|outro|essa|esse|esta|cette|une autre|un autre|la meme|le meme|autre"
)
_LOCATIVE = r"(?:(?:nacid[oa]s?|nascid[oa]s?|born|nes?|residentes?|residing|living|viv[ia]a?) )?(?:en|in|na|no|dans|au|a)"
_NATIVE_RE = re.compile(
    rf"^(?:(?:{_LOCATIVE} )?(?:{_DETERMINER}) |{_LOCATIVE} (?:(?:{_DETERMINER}|la|el|the|le|l|o|a) )?)"
    rf"(?:{_SUBNATIONAL})(?: .*)?$"
)
_NATIVE_EXACT_RE = re.compile(
    r"^((nacid[oa]s?|residentes?|born|living|nascid[oa]s?|nes?|residant) )?((en|in|na|no|au|dans) )?(el|este|the|this|o|neste|ce)? ?(pais|country|pays)$|"
    r"^(poblacion )?(nativ[oa]s?|native|natives|native born|natif|natifs|nativos|nascidos no pais|nacidos en el pais)$"
)
_NOT_NATIVE_TAIL = re.compile(r"\b(pais|paises|country|countries|pays|extranjero|exterior|abroad|etranger)\b")
_FOREIGN_RE = re.compile(
    r"^(?:.* )?"
    r"(otros? pais(es)?|outros? pais(es)?|another country|other countr(y|ies)|un autre pays|autres pays|"
    r"extranjer[oa]s?|extranjero|exterior|estrangeir[oa]s?|estrangeiro|abroad|foreign|foreign born|foreigners|"
    r"etranger|etrangers|nes a l etranger|no nativ[oa]s?|non natifs?|buitenland|buitenlanders|eksterior|"
    r"ander land|andere landen|otro pais)$"
)
# "... in another country": other countries, region not stated. Other endings with "abroad" words are questions.
_OTHER_COUNTRY_RE = re.compile(
    r"^(?:.* )?(otros? pais(es)?|outros? pais(es)?|another country|other countr(y|ies)|un autre pays|autres pays|"
    r"ander land|andere landen|otro pais)$"
)
_ABROAD = r"(?:extranjero|exterior|estrangeiro|etranger|buitenland|eksterior)"
# Foreign-born wordings: in COB (and COR) they are the total of the foreign-born, never "other countries".
_FOREIGN_BORN_RE = re.compile(
    r"^(?:(?:total|ensemble|totaal)(?: (?:de la|de los|de las|des|de|dos|das|da|do|of the|of|van de|der))? )?"
    r"(?:(?:poblacion|population|populacao|personas|pessoas|persons|personen|personnes|people|habitantes) )?"
    rf"(?:(?:nacid[oa]s?|nascid[oa]s?|born|nee?s?|geboren|nasi) (?:en el|en|no|na|a l|in het|den) {_ABROAD}|"
    r"(?:nacid[oa]s?|nascid[oa]s?|born|nee?s?|geboren|nasi) (?:fuera del pais|fora do pais|outside the country|"
    r"outside|hors du pays|abroad|buiten het land|a l etranger)|"
    r"in het buitenland geboren|foreign born(?: population| persons)?|total foreign born|extranjer[oa]s|"
    r"poblacion extranjera|populacao estrangeira|population etrangere|estrangeir[oa]s|etrangers|foreigners|"
    r"inmigrantes(?: internacionales)?|immigrants|imigrantes|buitenlanders|migrantes internacionales)$"
)
_BARE_ABROAD_RE = re.compile(rf"^(?:(?:en el|en|no|na|a l|in het|den|al|in) )?(?:{_ABROAD}|abroad)$")
# "Nacidos en otro país", "Born in another country": in COB the persons born abroad, all of them (the total);
# in RES5 "in another country" is the residual of the places of residence.
_BORN_ELSEWHERE_RE = re.compile(
    r"^(?:(?:poblacion|population|populacao|personas|pessoas|persons|personnes|people) )?"
    r"(?:nacid[oa]s?|nascid[oa]s?|born|nee?s?|geboren) (?:en|em|in|dans|no|na) "
    r"(?:otro pais|outro pais|another country|un autre pays|een ander land|ander land)$"
)
# A short name two states share ("Corea": the Republic of Korea or the Democratic People's Republic): the usual
# reading of the region's tables is offered, never applied without asking.
_SHARED_SHORT_NAMES = {
    "corea": ("410", "408"), "korea": ("410", "408"), "coree": ("410", "408"), "coreia": ("410", "408"),
    "congo": ("178", "180"), "san martin": ("663", "534"), "saint martin": ("663", "534"),
    "isla de san martin": ("663", "534"), "st martin": ("663", "534"),
}

# Words of a qualifier that names the sovereign of a territory ("(parte neerlandesa)", "(Reino Unido)").
_SOVEREIGN_WORDS = {
    "528": "neerlandesa|neerlandes|neerlandeses|holandesa|holandes|holandeses|paises bajos|holanda|dutch|netherlands|"
           "nederlands|nederlandse|nederland|neerlandaise|neerlandais|pays bas|hulanda|hulandes|paises baixos|"
           "holandesa|neerlandesa",
    "826": "reino unido|britanica|britanico|britanicas|britanicos|british|uk|u k|r u|ru|gran bretana|united kingdom|"
           "britse|brits|royaume uni|britannique|britanniques|britanico|britanniques",
    "840": "estados unidos|eeuu|ee uu|eua|e u a|usa|us|u s|americana|americanas|americano|americanos|american|"
           "etats unis|amerikaanse|verenigde staten|merikano|estadounidense|norteamericanas|norteamericano",
    "250": "francia|francesa|frances|franceses|french|france|francaise|francais|frans|franse|franca|franceses",
    "724": "espana|espanola|espanol|spanish|espagnole|espanhola|spaans",
    "620": "portugal|portuguesa|portugues|portuguese|portugaise|portugees",
    "156": "china|chinese|chine|chinesa",
    "036": "australia|australiana|australian",
    "554": "nueva zelandia|nueva zelanda|new zealand|nouvelle zelande|nova zelandia",
    "208": "dinamarca|danesa|danish|danoise|deens",
}
_QUALIFIER_SOVEREIGN = {phrase: code for code, words in _SOVEREIGN_WORDS.items() for phrase in words.split("|")}
_PART_WORDS = re.compile(r"\b(parte|part|partie|deel|porcion|sector|zona|lado|territorio|territory|territoire|"
                         r"del|de la|de|de los|of|the|du|de l|da|do|het|van)\b")
# Extra words that make a label another place than the name it contains ("Congo Belga", "China Nacionalista",
# "Guinea Española", "Corea del Norte"): the contained name is never given with confidence.
_DISTINGUISHING = frozenset(
    """belga belgian belge belgisch nacionalista nationalist nationaal francesa frances french francais
    britanica britanico british britannique brits espanola espanol spanish espagnole portuguesa portugues portuguese
    portugaise holandesa holandes neerlandesa dutch neerlandaise nederlands italiana italian alemana german
    norte sur north south nord sud noord zuid oriental occidental east west est ouest oost
    oeste este central centrale alto alta bajo baja upper lower nueva nuevo new nouvelle norte""".split()
)
_NATIONAL_WORDS = re.compile(
    r"\b(limitrofes?|fronterizos?|vecinos|neighbou?ring|bordering|limitrophes|vizinhos|mercosur|mercosul|"
    r"comunidad andina|union europea|european union|uniao europeia|caricom|sica|alba|ocde|oecd|"
    r"no limitrofes?)\b"
)
_GROUP_START = re.compile(r"^(paises|countries|pays|naciones|nations)\b")
_PLACE_PREFIX = re.compile(
    r"^(?:(?:nacid[oa]s?|nascid[oa]s?|born|nes?|residentes?|residing|living|viv[ia]a?) )?"
    r"(?:en|in|na|no|nas|nos|em|au|aux|a|dans|de) (?:(?:el|la|los|las|the|les|le|l|o|os|a|as) )?(?P<rest>.+)$"
)

# Abbreviations census tables use in country names, expanded for matching.
_ABBREVIATIONS = {
    "rep": "republica", "repub": "republica", "rca": "republica", "dem": "democratica", "pop": "popular",
    "fed": "federativa", "isl": "islas", "is": "islas", "ils": "iles", "st": "saint", "sta": "santa",
    "sto": "santo", "sn": "san", "pto": "puerto", "gde": "grande", "est": "estado", "plur": "plurinacional",
    "bol": "bolivariana", "ee": "estados", "uu": "unidos", "eeuu": "estados unidos", "rd": "republica dominicana",
    "usa": "united states", "us": "united states", "uk": "united kingdom", "urss": "union sovietica",
    "ussr": "ussr", "n": "norte", "s": "sur", "rdc": "republica democratica congo", "rpd": "republica popular democratica",
    "fr": "francesa", "br": "britanicas", "britan": "britanicas", "unid": "unidos", "amer": "america",
    "arab": "arabe", "sov": "sovietica", "soc": "socialistas", "cent": "central", "centroafr": "centroafricana",
    "pdr": "republica democratica popular", "sts": "estados", "sar": "region administrativa especial",
    "ter": "territorio", "terr": "territorio", "ind": "independiente", "prov": "provincia",
}


# Words that add no identity to a country name ("Republic of Ireland" is Ireland).
_GENERIC_WORDS = frozenset(
    """republica republic republique estado state etat reino kingdom royaume federacion federation federal
    federativa democratica democratic democratique popular people peoples populaire islamica islamic islamique
    oriental arabe arab commonwealth principado principality principaute gran ducado grand duchy sultanato
    socialista socialist plurinacional plurinational bolivariana bolivarian unida united rep""".split()
)


def _expand(key: str) -> str:
    return " ".join(_ABBREVIATIONS.get(t, t) for t in key.split())


def is_total_label(label: str) -> bool:
    """True for labels that mean the total of their dimension ("", "Total", "Ambos sexos", "Población total").

    A label of punctuation only ("---", "...") is not the total: it says nothing.
    """
    key = normalize(label)
    if key == "":
        return _is_blank(label)
    if _TOTAL_RE.match(key) or _POPULATION_RE.match(key):
        return True
    parts = _bilingual_parts(label)  # "Totaal / Total"
    return bool(parts) and all(is_total_label(p) for p in parts)


def _is_blank(label) -> bool:
    return label is None or str(label).strip() == ""


def is_punctuation_label(label) -> bool:
    """True for a label with no letter or digit at all ("---", "...", "*")."""
    return not _is_blank(label) and normalize(label) == "" and normalize(label, footnotes=False) == ""


def is_unknown_label(label: str) -> bool:
    return bool(_UNKNOWN_RE.match(normalize(label)))


# ---------------------------------------------------------------------------
# Index of one code list
# ---------------------------------------------------------------------------
@dataclass
class _Index:
    codelist: CodeList
    exact: dict[str, dict[str, str]]  # key → {code: "alias" | "label"}
    sorted_keys: dict[str, set[str]]
    compact: dict[str, set[str]]
    variants: dict[str, set[str]]  # parenthesis removed, first part of "A, B"
    fuzzy_keys: list[str]
    fuzzy_codes: list[str]
    token_sets: list[tuple[frozenset[str], str]]
    iso3: dict[str, str]
    regions: dict[str, set[str]]  # region/subregion keys → codes
    former: dict[str, str] = field(default_factory=dict)  # key of a former name → its code
    names: dict[str, str] = field(default_factory=dict)  # code → every name of it, normalised, " | "-joined

    def exact_codes(self, key: str) -> dict[str, str]:
        return self.exact.get(key, {})


def _candidates_of(code) -> list[tuple[str, str]]:
    out = [(text, f"label:{lang}") for lang, text in code.labels.items() if text]
    out += [(text, "alias") for text in code.aliases if text]
    return out


def _build_index(codelist: CodeList) -> _Index:
    exact: dict[str, dict[str, str]] = {}
    sorted_keys: dict[str, set[str]] = {}
    compact: dict[str, set[str]] = {}
    variants: dict[str, set[str]] = {}
    regions: dict[str, set[str]] = {}
    fuzzy_pairs: dict[tuple[str, str], None] = {}
    iso3: dict[str, str] = {}
    for code in codelist:
        if code.iso3:
            iso3[code.iso3.upper()] = code.code
        region_like = "region" in code.kind
        for text, source in _candidates_of(code):
            key = normalize(text)
            if not key:
                continue
            exact.setdefault(key, {})
            if exact[key].get(code.code) != "alias":
                exact[key][code.code] = source
            expanded = _expand(key)
            for k in {key, expanded}:
                skey = sorted_key(k, normalized=True)
                if skey:
                    sorted_keys.setdefault(skey, set()).add(code.code)
            ckey = compact_key(key, normalized=True)
            if len(ckey) >= 3 or (source == "alias" and len(ckey) >= 2):
                compact.setdefault(ckey, set()).add(code.code)
            if region_like:
                regions.setdefault(key, set()).add(code.code)
                regions.setdefault(sorted_key(key, normalized=True), set()).add(code.code)
            # Variants: "Bolivia (Estado Plurinacional de)" → "bolivia"; "Corea, República de" → "corea".
            stripped = strip_footnotes(text)
            base = re.sub(r"\s*\(.*?\)\s*", " ", stripped).strip()
            if base and base != stripped:
                variants.setdefault(normalize(base), set()).add(code.code)
            if "," in stripped:
                head = stripped.split(",", 1)[0]
                variants.setdefault(normalize(head), set()).add(code.code)
            if code.kind in _COUNTRY_KINDS or region_like or code.kind in ("residual", "other", "native", "unknown", "category"):
                fuzzy_pairs[(sorted_key(expanded, normalized=True) or expanded, code.code)] = None
    fuzzy_keys = [k for k, _ in fuzzy_pairs]
    fuzzy_codes = [c for _, c in fuzzy_pairs]
    token_sets = [(frozenset(k.split()), c) for k, c in fuzzy_pairs if k]
    former = {normalize(name): code.code for code in codelist for name in code.former}
    names = {code.code: " | ".join(sorted({normalize(t) for t, _ in _candidates_of(code)})) for code in codelist}
    return _Index(codelist, exact, sorted_keys, compact, variants, fuzzy_keys, fuzzy_codes, token_sets, iso3, regions,
                  former, names)


_INDEXES: dict[tuple[int, str], _Index] = {}


def _index(schema: Schema, list_id: str) -> _Index:
    key = (id(schema), list_id)
    found = _INDEXES.get(key)
    if found is None:
        found = _build_index(schema.codelists[list_id])
        _INDEXES[key] = found
    return found


def _is_place_list(codelist: CodeList) -> bool:
    return any(c.kind in _COUNTRY_KINDS for c in codelist)


# ---------------------------------------------------------------------------
# Matching steps
# ---------------------------------------------------------------------------
def _unique(codes: Iterable[str]) -> str | None:
    codes = set(codes)
    return next(iter(codes)) if len(codes) == 1 else None


def _lookup_name(index: _Index, key: str, allowed=None) -> Suggestion | None:
    """Exact, reordered, compact and abbreviation-expanded matches (all ≥ 0.9 when unique)."""
    if not key:
        return None

    def keep(codes):
        return {c for c in codes if allowed is None or allowed(c)}

    hits = {c: s for c, s in index.exact_codes(key).items() if allowed is None or allowed(c)}
    if hits:
        if len(hits) == 1:
            code, source = next(iter(hits.items()))
            return _s(code, 1.0, "alias" if source == "alias" else "exact")
        ordered = sorted(hits)
        return _s(ordered[0], 0.6, "ambiguous", codes=", ".join(ordered))
    expanded = _expand(key)
    if expanded != key:
        code = _unique(keep(index.exact_codes(expanded)))
        if code:
            return _s(code, 0.97, "abbreviation")
    for candidate, confidence in ((key, 0.97), (expanded, 0.95)):
        skey = sorted_key(candidate, normalized=True)
        code = _unique(keep(index.sorted_keys.get(skey, ())))
        if code:
            return _s(code, confidence, "words")
    ckey = compact_key(key, normalized=True)
    if len(ckey) >= 2:
        code = _unique(keep(index.compact.get(ckey, ())))
        if code:
            return _s(code, 0.95, "alias")
    return None


def _match_region(index: _Index, text: str) -> str | None:
    """Region or sub-region code named by ``text`` ("América del Sur" → 005), if any."""
    key = normalize(text)
    for candidate in (key, sorted_key(key, normalized=True), _expand(key)):
        code = _unique(index.regions.get(candidate, ()))
        if code:
            return code
    # Fall back to the general index restricted to region-like codes.
    found = _lookup_name(index, key, allowed=lambda c: "region" in index.codelist.codes[c].kind)
    if found and found.confidence >= 0.9:
        return found.code
    return None


def _common_region(codelist: CodeList, codes: list[str]) -> str | None:
    chains = [[c, *codelist.ancestors(c)] for c in codes]
    for candidate in chains[0]:
        if candidate != TOTAL and all(candidate in chain for chain in chains[1:]):
            return candidate
    return None


def _residual_of(codelist: CodeList, region: str, confidence: float = 0.96) -> Suggestion | None:
    residual = f"R{region}"
    if codelist.is_valid(residual):
        return _s(residual, confidence, "residual", region_code=region, residual_code=residual)
    return None


def _adjective_region(text: str) -> str | None:
    """Region named by an adjective ("europeos", "Caribbean countries", "Europese landen") or None."""
    bare = clean(_COUNTRY_WORDS.sub(" ", text))
    return _ADJECTIVE_REGION.get(bare)


def clean(text: str) -> str:
    return " ".join(text.split())


def _residual(index: _Index, key: str) -> Suggestion | None:
    match = _RESIDUAL_RE.match(key)
    if not match:
        return None
    codelist = index.codelist
    # A residual or "other countries" row the code list names ("Otros países europeos", "Overige landen").
    named = _lookup_name(index, key, allowed=lambda c: codelist.codes[c].kind in ("residual", "other"))
    if named and named.code and named.confidence >= 0.9:
        code = codelist.codes[named.code]
        if code.kind == "residual" and code.parent:
            return _s(named.code, 0.97, "residual", region_code=code.parent, residual_code=named.code)
        return _s(named.code, 0.97, "other")
    region_text = (match.group("region") or "").strip()
    has_other = codelist.is_valid(OTHER)
    if not region_text or _WORLD_RE.match(region_text):
        return _s(OTHER, 0.97, "other") if has_other else None
    adjective = _adjective_region(region_text)
    if adjective:
        found = _residual_of(codelist, adjective, 0.95)
        if found:
            return found
    region = _match_region(index, region_text)
    if region is None:
        parts = [p for p in re.split(r"\s*(?:,| y | e | and | et | ou | o )\s*", region_text) if p]
        if len(parts) >= 2:
            codes = [_match_region(index, p) for p in parts]
            if all(codes):
                region = _common_region(codelist, codes)
                if region is None and has_other:
                    return _s(OTHER, 0.9, "other")  # regions of two continents: the world's residual
    if region is None:
        # "Otros países de <country>"? not a residual we know: other countries, region not stated.
        country = _lookup_name(index, region_text)
        if country is None and has_other:
            return _s(OTHER, 0.6, "other")
        return None
    found = _residual_of(codelist, region)
    if found:
        return found
    return _s(OTHER, 0.7, "other") if has_other else None


def _typo(index: _Index, key: str, allowed=None) -> Suggestion | None:
    """One letter wrong, missing, added or two letters swapped ("Haity", "Cosat Rica"): offered, never applied."""
    query = sorted_key(_expand(key), normalized=True)
    if len(query.replace(" ", "")) < 5 or not index.fuzzy_keys:
        return None
    results = process.extract(query, index.fuzzy_keys, scorer=OSA.distance, limit=12, score_cutoff=1)
    codes = {index.fuzzy_codes[pos] for _key, dist, pos in results if dist <= 1}
    codes = {c for c in codes if allowed is None or allowed(c)}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return _s(code, 0.75, "typo", country_code=code)


def _fuzzy(index: _Index, key: str, allowed=None) -> Suggestion | None:
    """Whole-word fuzzy similarity; never ≥ 0.9."""
    query = sorted_key(_expand(key), normalized=True)
    if len(query) < 4 or not index.fuzzy_keys:
        return None
    slip = _typo(index, key, allowed)
    if slip is not None:
        return slip
    results = process.extract(query, index.fuzzy_keys, scorer=fuzz.ratio, limit=8, score_cutoff=80)
    best: dict[str, float] = {}
    for _key, score, pos in results:
        code = index.fuzzy_codes[pos]
        if allowed is not None and not allowed(code):
            continue
        best[code] = max(best.get(code, 0.0), score)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda item: -item[1])
    code, score = ranked[0]
    if score < 84:
        return None
    confidence = 0.5 + (score - 84) / 16 * 0.38
    if len(ranked) > 1 and ranked[1][1] >= score - 3:
        confidence = min(confidence, 0.55)
    alternatives = tuple((c, round(0.5 + (s - 84) / 16 * 0.38, 3)) for c, s in ranked[1:4])
    return Suggestion(code, round(min(confidence, 0.88), 3), Reason.of("fuzzy", score=int(round(score))), "", alternatives)


def _containment(index: _Index, key: str, allowed=None) -> Suggestion | None:
    """A known name whose every word appears as a whole word in the label ("República del Perú" ⊇ "Perú")."""
    words = set(content_tokens(_expand(key), normalized=True))
    if not words:
        return None
    best_size = 0
    best_codes: set[str] = set()
    for token_set, code in index.token_sets:
        if not token_set or not token_set <= words:
            continue
        if allowed is not None and not allowed(code):
            continue
        size = len(token_set)
        if size > best_size:
            best_size, best_codes = size, {code}
        elif size == best_size:
            best_codes.add(code)
    if not best_codes:
        return None
    code = sorted(best_codes)[0]
    covered = best_size / max(len(words), 1)
    if len(best_codes) > 1:
        confidence = 0.4
    else:
        confidence = 0.5 + 0.3 * covered
        best_set = max((ts for ts, c in index.token_sets if c == code and ts <= words), key=len)
        extra = words - best_set
        if extra <= _GENERIC_WORDS:
            # "Corea Popular": a generic word another place's name has ("República Popular Democrática de Corea").
            wider = {c for ts, c in index.token_sets if words <= ts and c != code}
            if len(wider) == 1:
                other = wider.pop()
                return _s(other, 0.7, "partial", country_code=other)
            if wider:
                return _s(code, 0.4, "contains", words=" ".join(sorted(words)))
            confidence = 0.85  # "Republic of Ireland": only words like "republic" added
        elif extra & _DISTINGUISHING or _qualifier_sovereign(" ".join(sorted(extra))):
            return None  # "Congo Belga", "China Nacionalista": the extra word makes it another place
    return _s(code, min(confidence, 0.85), "contains", words=" ".join(sorted(words)))


def _partial(index: _Index, key: str) -> Suggestion | None:
    """The label is part of one place's name only ("Grenadinas", "Turks"): offered, never applied."""
    words = set(content_tokens(_expand(key), normalized=True)) - _GENERIC_WORDS
    if not words or not any(len(w) >= 4 for w in words):
        return None
    codes = {c for ts, c in index.token_sets if words <= ts and index.codelist.codes[c].kind in _COUNTRY_KINDS}
    if len(codes) != 1:
        return None
    code = codes.pop()
    return _s(code, 0.7, "partial", country_code=code)


def _qualifier_sovereign(text: str) -> str | None:
    """The sovereign a qualifier names ("parte neerlandesa" → 528, "Reino Unido" → 826), or None."""
    bare = clean(_PART_WORDS.sub(" ", text))
    return _QUALIFIER_SOVEREIGN.get(bare) if bare else None


def _names_sovereign(index: _Index, code: str, sovereign: str) -> bool:
    """True if one of the code's names carries a word of the sovereign ("Islas Vírgenes Británicas")."""
    names = f" {index.names.get(code, '')} "
    words = _SOVEREIGN_WORDS[sovereign].split("|")
    return any(f" {w} " in names for w in words) or code == sovereign


def _qualified(index: _Index, raw: str) -> Suggestion | None:
    """"San Martín (parte neerlandesa)", "Islas Vírgenes (Reino Unido)": the qualifier picks among the places the
    outer name could be."""
    match = re.fullmatch(r"(?P<base>[^()]+?)\s*[(\[](?P<q>[^()\]]+)[)\]]\s*", raw)
    if not match:
        match = re.fullmatch(r"(?P<base>[^,]+?)\s*,\s*(?P<q>[^,]+)", raw)
    if not match:
        return None
    base = normalize(match.group("base"))
    qualifier = match.group("q").strip()
    sovereign = _qualifier_sovereign(normalize(qualifier))
    if not base or sovereign is None:
        return None
    words = set(content_tokens(_expand(base), normalized=True))
    if not words:
        return None
    candidates = {c for ts, c in index.token_sets if words <= ts
                  and index.codelist.codes[c].kind in _COUNTRY_KINDS}
    direct = _lookup_name(index, base)
    if direct and direct.code and index.codelist.codes.get(direct.code) is not None:
        if direct.confidence >= 0.9 and direct.code == sovereign:  # "Estados Unidos (EUA)": the qualifier agrees
            return _s(direct.code, 0.95, "qualifier", qualifier=qualifier, country_code=direct.code)
        if index.codelist.codes[direct.code].kind in _COUNTRY_KINDS:
            candidates.add(direct.code)
    chosen = {c for c in candidates if c != sovereign and _names_sovereign(index, c, sovereign)}
    if len(chosen) == 1:
        code = chosen.pop()
        return _s(code, 0.95, "qualifier", qualifier=qualifier, country_code=code)
    if len(chosen) > 1:
        ordered = sorted(chosen)
        return _s(ordered[0], 0.5, "ambiguous", codes=", ".join(ordered))
    return None


def _foreign_born(key: str, dimension: str) -> Suggestion | None:
    """"Nacidos en el exterior", "Born abroad", "Extranjeros": the total of the foreign-born in COB (and COR,
    whose persons all live abroad). In RES5, whose total includes the census country, only a question."""
    if dimension != "RES5" and _BORN_ELSEWHERE_RE.match(key):
        return _s(TOTAL, 0.95, "foreign_total")
    born = bool(_FOREIGN_BORN_RE.match(key))
    bare = not born and bool(_BARE_ABROAD_RE.match(key))
    if not (born or bare):
        return None
    if dimension == "RES5":
        return _s(OTHER, 0.6, "other")
    return _s(TOTAL, 0.97 if born else 0.95, "foreign_total")


def _explained(index: _Index, found: Suggestion, key: str, label: str = "") -> Suggestion:
    """A name's match, with the reason saying what the name is: a former name, a historic entity, a region."""
    code = index.codelist.get(found.code) if found.code else None
    if code is None or found.confidence < 0.9:
        return found
    if found.code == TOTAL and (_FOREIGN_BORN_RE.match(key) or _BARE_ABROAD_RE.match(key)):
        return _s(TOTAL, found.confidence, "foreign_total")
    if "region" in code.kind:
        return _s(found.code, found.confidence, "region", region_code=found.code)
    if index.former.get(key) == found.code:
        return _s(found.code, found.confidence, "former_name", country_code=found.code)
    if code.kind == "historic":
        return _s(found.code, found.confidence, "historic", country_code=found.code)
    qualifier = re.fullmatch(r"[^()]+?\s*\((?P<q>[^()]+)\)\s*", strip_footnotes(label))
    if qualifier and _qualifier_sovereign(normalize(qualifier.group("q"))):
        return _s(found.code, found.confidence, "qualifier", qualifier=qualifier.group("q").strip(),
                  country_code=found.code)
    return found


def _match_place(index: _Index, key: str, label: str, depth: int = 0, dimension: str = "COB") -> Suggestion | None:
    """Countries, regions, residuals, native-born, other countries, not stated (COB, RES5, COR)."""
    codelist = index.codelist
    if codelist.is_valid(NATIVE) and _is_native(key):
        return _s(NATIVE, 0.95, "native")
    found = _residual(index, key)
    if found:
        return found
    if key in _SHARED_SHORT_NAMES and all(codelist.get(c) is not None for c in _SHARED_SHORT_NAMES[key]):
        usual, other = _SHARED_SHORT_NAMES[key]
        return _s(usual, 0.8, "ambiguous", codes=f"{usual}, {other}")
    found = _lookup_name(index, key)
    if found:
        if found.code == TOTAL and dimension == "RES5" and (_FOREIGN_BORN_RE.match(key) or _BARE_ABROAD_RE.match(key)):
            return _s(OTHER, 0.6, "other")
        return _explained(index, found, key, label)
    found = _foreign_born(key, dimension)
    if found:
        return found
    raw = strip_footnotes(label)
    if re.fullmatch(r"[A-Z]{3}", raw) and raw in index.iso3:
        return _s(index.iso3[raw], 0.9, "iso3", iso3=raw)
    if re.fullmatch(r"\d{3}", raw) and codelist.get(raw) is not None:
        return _s(raw, 0.95, "code")
    # "San Martín (parte neerlandesa)": a qualifier naming the sovereign picks the territory.
    qualified = _qualified(index, raw)
    if qualified:
        return qualified
    # "Países Bajos (Holanda)", "Congo (Brazzaville)": the name outside the parentheses.
    inside = re.findall(r"\((.*?)\)", raw)
    base = normalize(re.sub(r"\(.*?\)", " ", raw))
    if inside and base and base != key:
        outer = _lookup_name(index, base)
        if outer and outer.code and outer.confidence >= 0.9:
            inner = _lookup_name(index, normalize(inside[0]))
            confirmed = inner is not None and inner.code == outer.code
            if inner is not None and inner.code and not confirmed and inner.confidence >= 0.9:
                # "Congo (DRC)", "Alemania (R.D.A.)": the part in parentheses names another place whose names
                # hold the outer words too; that place fits both parts.
                words = set(content_tokens(_expand(base), normalized=True))
                names = set(index.names.get(inner.code, "").replace("|", " ").split())
                if words and words <= names:
                    return _s(inner.code, 0.95, "variant")
                return _s(outer.code, 0.5, "ambiguous", codes=", ".join(sorted({outer.code, inner.code})))
            return _s(outer.code, 0.95 if confirmed else 0.85, "variant")
    if _NATIONAL_WORDS.search(key) or (_GROUP_START.match(key) and len(key.split()) > 1):
        # The code carries the label itself, so it cannot name a wrong country: accepted as is.
        return _s(NATIONAL_PREFIX + raw, 0.9, "national", kind="national")
    if codelist.is_valid(OTHER) and _OTHER_COUNTRY_RE.match(key):
        return _s(OTHER, 0.9, "other")
    if _FOREIGN_RE.match(key):  # "Residentes en el extranjero": the foreign-born as a whole? asked, never applied
        if dimension == "RES5":
            return _s(OTHER, 0.6, "other") if codelist.is_valid(OTHER) else None
        return _s(TOTAL, 0.6, "foreign_total")
    if depth == 0:
        prefixed = _PLACE_PREFIX.match(key)
        if prefixed:
            inner = _match_place(index, prefixed.group("rest"), prefixed.group("rest"), depth + 1, dimension)
            if inner and inner.code:
                return Suggestion(inner.code, round(inner.confidence * 0.99, 3), inner.reason, inner.kind, inner.alternatives)
        code = _unique(index.variants.get(key, ()))
        if code:
            return _s(code, 0.85, "variant")
    return None


def _is_native(key: str) -> bool:
    return bool(_NATIVE_EXACT_RE.match(key) or (_NATIVE_RE.match(key) and not _NOT_NATIVE_TAIL.search(key)))


def _not_stated_code(codelist: CodeList) -> str | None:
    for code in codelist:
        if code.kind == "unknown":
            return code.code
    if codelist.is_valid(UNKNOWN):
        return UNKNOWN
    for code in codelist:
        if "not stated" in code.label("en").lower():
            return code.code
    return None


# Words that may stand beside the numbers of a numeric code ("3 hijos nacidos vivos", "13 y más años de estudio").
_COUNT_WORDS = {
    "hijo", "hijos", "hija", "hijas", "nacidos", "nacido", "vivos", "vivo", "children", "child", "born", "alive",
    "filho", "filhos", "nascidos", "vivos", "enfant", "enfants", "nes", "vivants", "kinderen", "kind",
    "ano", "anos", "years", "year", "ans", "an", "jaar", "jaren", "de", "a", "y", "e", "et", "and", "to", "al",
    "mas", "more", "mais", "plus", "ou", "o", "or", "over", "meer", "of", "estudio", "estudios", "aprobados",
    "escolaridad", "schooling", "estudo", "etudes", "grado", "grados", "school", "education", "instruccion",
}


def _match_generic(index: _Index, key: str, label: str) -> Suggestion | None:
    found = _lookup_name(index, key)
    if found:
        return found
    raw = strip_footnotes(label).strip()
    if raw in index.codelist.codes and raw != TOTAL:
        return _s(raw, 0.9, "code")
    # "Varón / Masculino": every part names the same code.
    parts = [normalize(p) for p in re.split(r"[/|;]| - ", strip_footnotes(label)) if normalize(p)]
    if len(parts) > 1:
        hits = [_lookup_name(index, p) for p in parts]
        codes = {h.code for h in hits if h and h.confidence >= 0.9}
        if len(codes) == 1 and all(h and h.confidence >= 0.9 for h in hits):
            return _s(codes.pop(), 0.97, "alias")
        if len(codes) == 1:
            return _s(codes.pop(), 0.9, "alias")
    numbers = re.findall(r"\d+", key)
    words = [w for w in key.split() if not w.isdigit()]
    if numbers and all(w in _COUNT_WORDS for w in words):
        # "3 hijos", "10 y más", "1-3 años": the numbers are the code; "1 San José" is a place, never code 1.
        candidates = ["-".join(numbers), numbers[0] + "+" if re.search(r"\b(y mas|o mas|and over|or more|e mais|ou plus|\+)", key) else ""]
        for candidate in candidates:
            if candidate and candidate in index.codelist.codes:
                return _s(candidate, 0.9, "code")
    return _fuzzy(index, key)


def _match_nativity(key: str, label: str, schema: Schema, place_list: str | None) -> Suggestion | None:
    if _is_native(key):
        return _s("N", 0.95, "native")
    if _FOREIGN_RE.match(key) or _RESIDUAL_RE.match(key):
        return _s("F", 0.95, "foreign")
    if place_list:
        inner = _match_place(_index(schema, place_list), key, label)
        if inner and inner.code:
            code = schema.codelists[place_list].get(inner.code)
            if inner.code == NATIVE:
                return _s("N", inner.confidence, "native")
            if code is not None and (code.kind in _COUNTRY_KINDS or "region" in code.kind or code.kind in ("residual", "other")):
                return _s("F", min(inner.confidence, 0.95), "foreign_country", country_code=inner.code)
    return None


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------
def _place_list_id(schema: Schema) -> str | None:
    for dim in ("COB", "RES5", "COR"):
        if dim in schema.dimensions:
            return schema.dimensions[dim].codelist
    for list_id, codelist in schema.codelists.items():
        if _is_place_list(codelist):
            return list_id
    return None


_BORN_OUTSIDE = re.compile(r"^(?:(?:poblacion|population|populacao|personas|pessoas|persons|people|personnes) )?"
                           r"(?:nacid[oa]s?|nascid[oa]s?|born|nee?s?|geboren) (?:outside|fuera de|fora d[oae]|hors d[eu]|"
                           r"buiten) (?:the |el |la |los |o |a |le |les |l )?(.+)$")
_BORN_IN = re.compile(r"^((nacid[oa]s?|nascid[oa]s?|born|nee?s?|geboren|nasi|nacimiento) )?(en|in|em|no|na|a|au|en el|en la) ")
# Residence five years earlier, as censuses publish it across columns.
MINUS = "__minus__"  # persons not yet born five years earlier: outside T05, subtracted from the published total
_NOT_BORN = re.compile(
    r"^(no habia nacido|no habian nacido|aun no habia nacido|no nacido|no nacidos|not born|not yet born|not born yet|"
    r"nao tinha nascido|nao era nascido|nao nascido|ainda nao nascido|n etait pas ne|n etaient pas nes|pas encore ne|"
    r"non ne|nog niet geboren|niet geboren|menores de 5 anos|menores de cinco anos|under 5 years|moins de 5 ans)$"
)
_IN_COUNTRY = re.compile(
    r"^(en |in |na |no |dans |au |a )?(el |la |los |las |the |o |a |le |la |het |de |een )?"
    r"(esta|este|la misma|el mismo|misma|mismo|same|this|mesma|mesmo|meme|zelfde|dit|deze|otra|otro|other|another|"
    r"outra|outro|autre|ander|andere|la |el )?\s*"
    r"(comuna|comunas|municipio|municipios|municipality|municipalities|municipalite|municipalidad|distrito|district|"
    r"districts|provincia|provincias|province|provinces|departamento|departamentos|department|departement|region|"
    r"regiones|regions|entidad|entidades|estado|estados|state|parish|parroquia|canton|cantones|ressort|"
    r"unidade da federacao|uf|localidad|locality|lugar|place|woonplaats|gemeente|ciudad|city|ville|cidade|"
    r"area|zona|isla|island|ile|eiland|pays|pais)"
    r"( da mesma uf| de residencia| of residence| actual| atual)?$"
)
_OTHER_COUNTRY_RES = re.compile(
    r"^(en |in |no |na |a |au |dans )?(el |the |l |un |une |een )?(otro pais|otros paises|another country|other country|"
    r"other countries|outro pais|outros paises|autre pays|autres pays|ander land|andere landen)$"
)
_ABROAD_RES = re.compile(
    r"^(en |in |no |na |a |au |dans )?(el |the |l |het )?(el extranjero|extranjero|el exterior|exterior|abroad|"
    r"foreign country|outside the country|pais estrangeiro|estrangeiro|etranger|l etranger|buitenland|het buitenland|"
    r"fuera del pais|fora do pais)$"
)


def _residence_five_years(key: str) -> "Suggestion | None":
    """Where a person lived five years earlier, as a T05 column says it: in the country, abroad, or not yet born."""
    if _NOT_BORN.match(key):
        return _s(MINUS, 0.97, "not_born")
    if key in ("pais", "pays", "country") or not key:
        return None
    if _IN_COUNTRY.match(key) and not re.search(r"\b(pais|pays)\b", key):
        return _s(NATIVE, 0.95, "in_country")
    if _OTHER_COUNTRY_RES.match(key):
        return _s(OTHER, 0.95, "other_country")
    if _ABROAD_RES.match(key):
        # "Abroad" is the sum of every foreign residence: it stands for the other countries only
        # where no country is listed beside it, which the table's other labels decide (recipe.suggest_labels).
        return _s(OTHER, 0.85, "abroad")
    return None


_CENSUS_COUNTRY: ContextVar[str | None] = ContextVar("census_country", default=None)


@contextmanager
def census_country(m49: str | None):
    """Within this block, labels naming the census country are its natives ("Nacidos en Colombia" in Colombia's census).

    ``m49`` is the project's country of enumeration; ``None`` leaves labels as they are.
    """
    token = _CENSUS_COUNTRY.set(str(m49).zfill(3) if m49 else None)
    try:
        yield
    finally:
        _CENSUS_COUNTRY.reset(token)


def suggest(
    dimension_id: str,
    label: str,
    lang_hint: str | None = None,
    memory: "MappingMemory | None" = None,
    schema: Schema | None = None,
) -> Suggestion:
    """The most likely code of ``label`` in ``dimension_id``'s code list (never raises).

    ``lang_hint`` names the table's language when known; ``memory`` is the
    user's mapping memory, whose confirmed codes come first. Inside
    ``census_country(m49)`` a label naming the census country is ``NAT`` in
    COB and RES5 and ``N`` in NATIVITY.
    """
    found = _suggest(dimension_id, label, lang_hint, memory, schema)
    country = _CENSUS_COUNTRY.get()
    if country is None or found.reason.key == "memory":
        return found
    outside = _BORN_OUTSIDE.match(normalize(label)) if dimension_id in ("COB", "NATIVITY") else None
    if outside:
        # "Born outside Barbados", "Nacidos fuera de Colombia": everyone born abroad, when the place is the census country.
        place = _suggest("COB", outside.group(1), lang_hint, None, schema)
        if place.code == country and place.confidence >= 0.9:
            if dimension_id == "COB":
                return _s(TOTAL, 0.95, "foreign_total")
            return _s("F", 0.95, "census_country", country_code=country)
    if dimension_id in ("COB", "RES5"):
        if found.code == country and found.confidence >= 0.7:
            return _s(NATIVE, min(found.confidence, 0.97), "census_country", country_code=country)
    elif dimension_id == "NATIVITY" and found.code in (None, "F"):
        place = _suggest("COB", _BORN_IN.sub("", normalize(label)) or label, lang_hint, None, schema)
        if place.code == country and place.confidence >= 0.9:
            return _s("N", 0.95, "census_country", country_code=country)
    return found


# A place inside the census country, said without naming it: "En el lugar donde vive", "En otro lugar del país",
# "Elsewhere in the country", "Em outro lugar do país".
_WITHIN_COUNTRY = re.compile(
    r"^(?:en |in |na |no |dans |au |a |em )?(?:el |la |the |o |a |le |l )?"
    r"(?:(?:mismo|misma|same|este|esta|this|otro|otra|another|other|outro|outra|autre|mesmo|mesma) )?"
    r"(?:lugar|place|local|lieu|sitio|parte|part|region|localidad)"
    r"(?: (?:del|de este|of the|of this|in the|do|da|du|de ce|dentro del) (?:pais|country|pays)|"
    r" (?:donde vive|donde reside|where (?:he|she|they|the person) (?:lives?|resides?)|onde mora|onde reside|"
    r"ou (?:il|elle) (?:vit|habite)))$"
    r"|^elsewhere in the country$"
)
_EITHER_SPLIT = re.compile(r" (?:o|u|ou|or|of) ")


def _either(dimension_id: str, key: str, lang_hint, schema) -> "Suggestion | None":
    """"Conviviente o concubino(a)" (INE Bolivia), "Separado ou desquitado": two names of one category.

    Only for categories (marital status and the like), never places: each side is
    matched alone and the label takes the code only when the sides that have a
    confident code all name the same one.
    """
    parts = [p.strip() for p in _EITHER_SPLIT.split(key) if p.strip()]
    if len(parts) < 2:
        return None
    found = [_suggest(dimension_id, part, lang_hint, None, schema) for part in parts]
    sure = [f for f in found if f.code is not None and f.confidence >= AUTO_ACCEPT]
    if not sure or len({f.code for f in sure}) != 1 or any(f.code is not None and f.code != sure[0].code for f in found):
        return None
    return _s(sure[0].code, min(f.confidence for f in sure), "either", parts=" / ".join(parts))


_BILINGUAL_SPLIT = re.compile(r"\s+/\s+")


def _bilingual_parts(label) -> list[str]:
    """The two (or more) wordings of a bilingual label ("Brazilië / Brazil", "Mannen / Males"), or []."""
    parts = [p.strip() for p in _BILINGUAL_SPLIT.split(str(label or "").strip())]
    return parts if len(parts) >= 2 and all(parts) else []


def _bilingual(dimension_id: str, label, lang_hint, schema) -> "Suggestion | None":
    """A label given in two languages (ABS Suriname's Dutch / English): the code both wordings agree on.

    Each side is matched alone; the label takes the code only when every side
    that has a confident code names the same one. Sides that disagree ("Bolivia
    / Perú") leave the label to the ordinary matching.
    """
    parts = _bilingual_parts(label)
    if not parts:
        return None
    found = [_suggest(dimension_id, part, lang_hint, None, schema) for part in parts]
    sure = [f for f in found if f.code is not None and f.confidence >= AUTO_ACCEPT]
    if not sure or len({f.code for f in sure}) != 1 or any(f.code is not None and f.code != sure[0].code for f in found):
        return None
    return min(sure, key=lambda f: f.confidence)


def _suggest(
    dimension_id: str,
    label: str,
    lang_hint: str | None = None,
    memory: "MappingMemory | None" = None,
    schema: Schema | None = None,
) -> Suggestion:
    schema = schema or load_schema()
    dim = schema.dimensions.get(dimension_id)
    if dim is None:
        return NO_SUGGESTION
    codelist = schema.codelists[dim.codelist]
    label = "" if label is None else str(label)
    key = normalize(label)

    if memory is not None:
        hit = memory.lookup(dimension_id, label)
        if hit is not None and (codelist.is_valid(hit.code) or hit.code.startswith(NATIONAL_PREFIX) or hit.code.startswith("__")):
            kind = "national" if hit.code.startswith(NATIONAL_PREFIX) else ""
            return _s(hit.code, 1.0, "memory", kind=kind, origin=hit.origin or "?")

    bilingual = _bilingual(dimension_id, label, lang_hint, schema)
    if bilingual is not None:
        return bilingual
    place = _is_place_list(codelist)
    if key == "":
        if not _is_blank(label):
            return _s(None, 0.0, "punctuation")  # "---", "...": says nothing; never the total
        return _s(TOTAL, 1.0, "total")
    if _TOTAL_RE.match(key):
        return _s(TOTAL, 1.0, "total")
    if _POPULATION_RE.match(key):
        if dimension_id == "NATIVITY" or dim.codelist == "NATIVITY":
            found = _match_nativity(_POPULATION_RE.sub("", key).strip(), label, schema, _place_list_id(schema))
            if found and found.code in ("N", "F"):
                return found
        elif place and codelist.is_valid(NATIVE) and re.search(r"\bnativ|\bnacid[oa]s? en (el|este) pais\b", key):
            return _s(NATIVE, 0.95, "native")
        return _s(TOTAL, 0.97, "total")
    if _UNKNOWN_RE.match(key):
        code = _not_stated_code(codelist)
        if code:
            return _s(code, 0.98, "unknown")

    if dimension_id == "AGE" or dim.codelist == "AGE":
        parsed = _ages.parse_age(label)
        if parsed is not None and codelist.is_valid(parsed.code):
            return _s(parsed.code, 1.0, "age")
        return _s(None, 0.0, "none")
    if dimension_id in ("ARRIVAL", "DEPART") or dim.codelist in ("ARRIVAL", "DEPART"):
        code = _periods.parse_period(label)
        if code is not None and codelist.is_valid(code):
            return _s(code, 1.0, "period")
        return _s(None, 0.0, "none")

    if (place or dimension_id == "NATIVITY" or dim.codelist == "NATIVITY") and _WITHIN_COUNTRY.match(key):
        # INE Bolivia's "En el lugar donde vive", "En otro lugar del país": born (or living) in the country.
        if dimension_id == "NATIVITY" or dim.codelist == "NATIVITY":
            return _s("N", 0.95, "in_country")
        if codelist.is_valid(NATIVE):
            return _s(NATIVE, 0.95, "in_country")
    index = _index(schema, dim.codelist)
    if dimension_id == "RES5":
        where = _residence_five_years(key)
        if where is not None:
            return where
    if place:
        found = _match_place(index, key, label, dimension=dimension_id)
        if found is None:
            contained = _containment(index, key)
            if contained is not None and contained.confidence >= 0.85:
                found = contained
            else:
                found = _fuzzy(index, key) or contained or _partial(index, key)
    elif dimension_id == "NATIVITY" or dim.codelist == "NATIVITY":
        found = _lookup_name(index, key) or _match_nativity(key, label, schema, _place_list_id(schema)) or _fuzzy(index, key)
    else:
        found = _match_generic(index, key, label)
        if found is None or found.code is None:
            found = _either(dimension_id, key, lang_hint, schema)
    if found is None or found.code is None:
        return NO_SUGGESTION
    if lang_hint and found.reason.key == "ambiguous":
        preferred = [c for c, source in index.exact_codes(key).items() if source == f"label:{lang_hint}"]
        if len(preferred) == 1:
            return _s(preferred[0], 0.8, "exact")
    return found


def country_named(text: str, schema: Schema | None = None) -> str | None:
    """The country code when ``text`` is exactly a country's name or alias ("Costa Rica", "BOLIVIA", "Estados Unidos Mexicanos")."""
    schema = schema or load_schema()
    key = normalize(text)
    if not key:
        return None
    index = _index(schema, schema.dimensions["COB"].codelist)
    hits = index.exact_codes(key)
    if len(hits) != 1:
        return None
    code = next(iter(hits))
    entry = index.codelist.get(code)
    return code if entry is not None and entry.kind in _COUNTRY_KINDS else None


def suggest_many(dimension_id: str, labels: Iterable[str], **kwargs) -> dict[str, Suggestion]:
    """``suggest`` for several labels of one dimension."""
    return {label: suggest(dimension_id, label, **kwargs) for label in labels}


def clear_cache() -> None:
    """Forget the label indexes (after the schema or its aliases changed)."""
    _INDEXES.clear()
