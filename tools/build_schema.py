"""Build the IMILA submission schema file ``resources/schema/imila_schema.json``.

The schema (tables, dimensions, code lists; see IMILA-SCHEMA.md) is data. This
script is its single source: the JSON file is generated, committed, and
checked by ``tests/core/test_schema.py`` to be exactly what this script writes,
so nobody edits it by hand.

Country and region names are derived, not typed:

* labels in es/en/pt/fr come from CLDR through ``babel`` (Latin American
  Spanish ``es_419`` for country names, Brazilian Portuguese ``pt``);
* aliases add the CLDR names of regional variants (es_AR, es_MX, pt_PT,
  fr_CA, en_GB, ...), the ISO 3166 names of ``pycountry`` (name, official
  name, common name) in English and in their es/pt/fr translations, with
  their comma forms turned round ("Bolivia, Estado Plurinacional de" gives
  "Bolivia (Estado Plurinacional de)" and "Estado Plurinacional de Bolivia");
* a hand-written table adds the wordings real census tables use ("EE.UU.",
  "Checoslovaquia", "Islas Malvinas" ...), former names ("Siam",
  "Kampuchea"), the short forms of English-speaking Caribbean tables ("St
  Kitts", "USVI") and UN and World Bank forms ("Lao PDR");
* Dutch, in which Aruba, Curaçao, Sint Maarten and Suriname publish their
  census tables, is a fifth label language of the country list (CLDR ``nl``,
  with ``nl_AW``, ``nl_CW``, ``nl_SX``, ``nl_SR``, ``nl_BE`` and the Dutch ISO
  names as aliases); Papiamento (CLDR ``pap``, ``pap_AW``, ``pap_CW``) adds
  aliases. Totals, residuals and "not stated" carry Dutch and Papiamento
  wordings too.

What must be provided as data is the UN M49 composition (which country
belongs to which sub-region or intermediate region): ``M49_MEMBERS`` below.

Run:  .venv/bin/python tools/build_schema.py           (writes the file)
      .venv/bin/python tools/build_schema.py --check   (exit 1 if it differs)
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "schema" / "imila_schema.json"
SCHEMA_VERSION = "1.0"
LANGS = ("es", "en", "pt", "fr")

# CLDR locale whose names become the label, per language.
COUNTRY_LABEL_LOCALE = {"es": "es_419", "en": "en", "pt": "pt", "fr": "fr"}
REGION_LABEL_LOCALE = {"es": "es", "en": "en", "pt": "pt", "fr": "fr"}
# CLDR locales whose names are added as aliases (regional usage).
VARIANT_LOCALES = {
    "es": ("es", "es_419", "es_AR", "es_BO", "es_CL", "es_CO", "es_CR", "es_CU", "es_DO", "es_EC",
           "es_GT", "es_HN", "es_MX", "es_NI", "es_PA", "es_PE", "es_PR", "es_PY", "es_SV", "es_US",
           "es_UY", "es_VE"),
    "en": ("en", "en_001", "en_GB", "en_AU", "en_CA", "en_BZ", "en_GY", "en_JM", "en_TT"),
    "pt": ("pt", "pt_PT", "pt_AO", "pt_MZ"),
    "fr": ("fr", "fr_CA", "fr_BE", "fr_CH", "fr_HT"),
}
# Translations of the ISO 3166 names shipped with pycountry.
ISO_GETTEXT_LANGS = ("es", "pt", "pt_BR", "fr", "nl")
# Label languages besides the four of the interface: Dutch labels exist for every country-list code (the
# interface falls back to English for them).
EXTRA_LABEL_LANGS = ("nl",)
# CLDR locales of the region's Dutch and Papiamento tables, added as aliases of the country list.
NL_VARIANT_LOCALES = ("nl", "nl_AW", "nl_CW", "nl_SX", "nl_SR", "nl_BQ", "nl_BE")
PAP_LOCALES = ("pap", "pap_AW", "pap_CW")

TOTAL = "_T"

# ---------------------------------------------------------------------------
# UN M49 composition
# ---------------------------------------------------------------------------

# Regions (kind "region"), parent _T.
M49_REGIONS = ("002", "009", "019", "142", "150")

# Sub-regions and intermediate regions (kind "subregion") with their parent.
M49_SUBREGIONS = {
    "015": "002",  # Northern Africa
    "202": "002",  # Sub-Saharan Africa
    "011": "202",  # Western Africa
    "014": "202",  # Eastern Africa
    "017": "202",  # Middle Africa
    "018": "202",  # Southern Africa
    "419": "019",  # Latin America and the Caribbean
    "005": "419",  # South America
    "013": "419",  # Central America
    "029": "419",  # Caribbean
    "021": "019",  # Northern America
    "030": "142",  # Eastern Asia
    "034": "142",  # Southern Asia
    "035": "142",  # South-eastern Asia
    "143": "142",  # Central Asia
    "145": "142",  # Western Asia
    "039": "150",  # Southern Europe
    "151": "150",  # Eastern Europe
    "154": "150",  # Northern Europe
    "830": "154",  # Channel Islands
    "155": "150",  # Western Europe
    "053": "009",  # Australia and New Zealand
    "054": "009",  # Melanesia
    "057": "009",  # Micronesia
    "061": "009",  # Polynesia
}

# Countries or areas (M49 numeric) of each smallest M49 region: the
# intermediate region where one exists, else the sub-region. Sark (680, no
# ISO code) is left out; Taiwan (158), which M49 does not list separately, is
# placed in Eastern Asia as ISO 3166 and census tables have it.
M49_MEMBERS = {
    "015": "012 434 504 729 732 788 818",
    "014": "086 108 174 175 231 232 260 262 404 450 454 480 508 638 646 690 706 716 728 800 834 894",
    "017": "024 120 140 148 178 180 226 266 678",
    "018": "072 426 516 710 748",
    "011": "132 204 270 288 324 384 430 466 478 562 566 624 654 686 694 768 854",
    "029": "028 044 052 092 136 192 212 214 308 312 332 388 474 500 531 533 534 535 630 652 659 660 662 "
           "663 670 780 796 850",
    "013": "084 188 222 320 340 484 558 591",
    "005": "032 068 074 076 152 170 218 238 239 254 328 600 604 740 858 862",
    "021": "060 124 304 666 840",
    "143": "398 417 762 795 860",
    "030": "156 158 344 392 408 410 446 496",
    "035": "096 104 116 360 418 458 608 626 702 704 764",
    "034": "004 050 064 144 356 364 462 524 586",
    "145": "031 048 051 196 268 275 368 376 400 414 422 512 634 682 760 784 792 887",
    "151": "100 112 203 348 498 616 642 643 703 804",
    "154": "208 233 234 246 248 352 372 428 440 578 744 752 826 833",
    "830": "831 832",
    "039": "008 020 070 191 292 300 336 380 470 499 620 674 688 705 724 807",
    "155": "040 056 250 276 438 442 492 528 756",
    "053": "036 162 166 334 554 574",
    "054": "090 242 540 548 598",
    "057": "296 316 520 580 581 583 584 585",
    "061": "016 184 258 570 612 772 776 798 876 882",
}
# Areas in no M49 region: attached directly to the total.
M49_NO_REGION = ("010",)  # Antarctica

# Region labels where the CLDR name does not match the M49 region (CLDR
# "Latin America" for 419, "Australasia" for 053) or CLDR has none (830).
REGION_LABEL_OVERRIDES = {
    "419": {"es": "América Latina y el Caribe", "en": "Latin America and the Caribbean",
            "pt": "América Latina e Caribe", "fr": "Amérique latine et Caraïbes"},
    "053": {"es": "Australia y Nueva Zelandia", "en": "Australia and New Zealand",
            "pt": "Austrália e Nova Zelândia", "fr": "Australie et Nouvelle-Zélande"},
    "830": {"es": "Islas del Canal", "en": "Channel Islands", "pt": "Ilhas do Canal",
            "fr": "Îles Anglo-Normandes"},
    "005": {"es": "América del Sur"},
    "013": {"es": "América Central"},
}

# CLDR region names that the region's tables use for a country: "África del Sur" is South Africa (710) in
# census tables of Latin America, not the sub-region Southern Africa (018).
REGION_NAME_EXCLUDE = {"018": ("África del Sur", "Africa del Sur")}

# Dutch labels of the historic entities.
HISTORIC_LABELS_NL = {
    "SUN": "Sovjet-Unie (USSR)", "YUG": "Joegoslavië", "SCG": "Servië en Montenegro", "CSK": "Tsjecho-Slowakije",
    "ANT": "Nederlandse Antillen", "DDR": "Duitse Democratische Republiek", "YMD": "Democratisch Jemen",
    "NTZ": "Neutrale Zone", "FXX": "Europees Frankrijk", "CTE": "Kanton- en Enderbury-eilanden",
    "JTN": "Johnston-eiland", "MID": "Midway-eilanden", "PUS": "Kleine Pacifische eilanden van de Verenigde Staten",
    "WAK": "Wake-eiland", "PCI": "Trustgebied van de Pacifische Eilanden", "ATN": "Koningin Maudland",
}

# Historic entities (ISO 3166-3) keep their own codes where the numeric code
# is not reused by a current country. Parent: the M49 region they were in.
# pycountry lists Yugoslavia with 891 (its code 1992-2003, now Serbia and
# Montenegro's); the Socialist Federal Republic of Yugoslavia of the older
# rounds is 890.
HISTORIC_NUMERIC_OVERRIDE = {"YUG": "890"}
HISTORIC_PARENTS = {
    "SUN": "151", "CSK": "151", "DDR": "151", "YUG": "039", "SCG": "039", "ANT": "029", "YMD": "145",
    "NTZ": "145", "FXX": "155", "CTE": "057", "JTN": "057", "MID": "057", "PUS": "057", "WAK": "057",
    "PCI": "057", "ATN": TOTAL,
}
HISTORIC_LABELS = {
    "SUN": ("Unión Soviética (URSS)", "USSR (Soviet Union)", "União Soviética (URSS)", "Union soviétique (URSS)"),
    "YUG": ("Yugoslavia", "Yugoslavia", "Iugoslávia", "Yougoslavie"),
    "SCG": ("Serbia y Montenegro", "Serbia and Montenegro", "Sérvia e Montenegro", "Serbie-et-Monténégro"),
    "CSK": ("Checoslovaquia", "Czechoslovakia", "Tchecoslováquia", "Tchécoslovaquie"),
    "ANT": ("Antillas Neerlandesas", "Netherlands Antilles", "Antilhas Holandesas", "Antilles néerlandaises"),
    "DDR": ("República Democrática Alemana", "German Democratic Republic", "República Democrática Alemã",
            "République démocratique allemande"),
    "YMD": ("Yemen Democrático", "Democratic Yemen", "Iêmen Democrático", "Yémen démocratique"),
    "NTZ": ("Zona Neutral", "Neutral Zone", "Zona Neutra", "Zone neutre"),
    "FXX": ("Francia metropolitana", "Metropolitan France", "França Metropolitana", "France métropolitaine"),
    "CTE": ("Islas Canton y Enderbury", "Canton and Enderbury Islands", "Ilhas Canton e Enderbury",
            "Îles Canton et Enderbury"),
    "JTN": ("Isla Johnston", "Johnston Island", "Ilha Johnston", "Île Johnston"),
    "MID": ("Islas Midway", "Midway Islands", "Ilhas Midway", "Îles Midway"),
    "PUS": ("Islas del Pacífico de los Estados Unidos", "US Miscellaneous Pacific Islands",
            "Ilhas do Pacífico dos Estados Unidos", "Îles du Pacifique des États-Unis"),
    "WAK": ("Isla Wake", "Wake Island", "Ilha Wake", "Île Wake"),
    "PCI": ("Territorio en Fideicomiso de las Islas del Pacífico", "Trust Territory of the Pacific Islands",
            "Território Fiduciário das Ilhas do Pacífico", "Territoire sous tutelle des îles du Pacifique"),
    "ATN": ("Tierra de la Reina Maud", "Queen Maud Land", "Terra da Rainha Maud", "Terre de la Reine-Maud"),
}
# Historic entities whose numeric code a successor reuses (a renaming, e.g.
# Zaire -> Democratic Republic of the Congo): their names become aliases of
# the successor. Gilbert and Ellice Islands (296) split into two countries
# and is left out.
HISTORIC_SKIP = ("GEL",)

# ---------------------------------------------------------------------------
# Hand-written aliases: wordings of real census tables and UN long forms
# ---------------------------------------------------------------------------

COUNTRY_ALIASES = {
    "004": ["Afganistán", "Afghanistan", "Afeganistão"],
    "008": ["Albania", "Albânia", "Albanie"],
    "012": ["Argelia", "Algeria", "Argélia", "Algérie"],
    "020": ["Andorra", "Andorre"],
    "024": ["Angola"],
    "028": ["Antigua y Barbuda", "Antigua", "Antigua and Barbuda", "Antígua e Barbuda"],
    "031": ["Azerbaiyán", "Azerbaijan", "Azerbaijão", "Azerbaïdjan"],
    "032": ["Argentina", "República Argentina", "Argentine", "Rep. Argentina"],
    "036": ["Australia", "Austrália", "Australie"],
    "040": ["Austria", "Áustria", "Autriche"],
    "044": ["Bahamas", "Las Bahamas", "Islas Bahamas", "Commonwealth de las Bahamas"],
    "050": ["Bangladesh", "Bangladés"],
    "051": ["Armenia", "Armênia", "Arménie"],
    "052": ["Barbados", "Barbade"],
    "056": ["Bélgica", "Belgium", "Belgique"],
    "060": ["Bermudas", "Bermuda", "Islas Bermudas"],
    "068": ["Bolivia", "Bolivia (Estado Plurinacional de)", "Estado Plurinacional de Bolivia",
            "Bolivia (Plurinational State of)", "Plurinational State of Bolivia", "Bolivie (État plurinational de)",
            "État plurinational de Bolivie", "Bolívia (Estado Plurinacional da)", "República de Bolivia", "Bolívia",
            "Bolivie", "Bolivia, Estado Plurinacional de"],
    "070": ["Bosnia y Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnia and Herzegovina", "Bósnia e Herzegovina",
            "Bosnie-Herzégovine"],
    "076": ["Brasil", "Brazil", "Brésil", "República Federativa del Brasil", "República Federativa do Brasil"],
    "084": ["Belice", "Belize", "Honduras Británica", "British Honduras", "Honduras Britânicas"],
    "100": ["Bulgaria", "Bulgária", "Bulgarie"],
    "104": ["Myanmar", "Birmania", "Burma", "Birmânia", "Birmanie", "Myanmar (Birmania)"],
    "112": ["Belarús", "Bielorrusia", "Belarus", "Bielorrússia", "Biélorussie", "Rusia Blanca",
            "República Socialista Soviética de Bielorrusia", "Byelorussian SSR"],
    "120": ["Camerún", "Cameroon", "Camarões", "Cameroun"],
    "124": ["Canadá", "Canada"],
    "132": ["Cabo Verde", "Cape Verde", "Cap-Vert"],
    "144": ["Sri Lanka", "Ceilán", "Ceylon", "Ceilão", "Ceylan"],
    "152": ["Chile", "República de Chile", "Chili"],
    "156": ["China", "República Popular China", "República Popular de China", "China (República Popular)",
            "China continental", "Chine", "People's Republic of China", "China, República Popular",
            "Rep. Popular China"],
    "158": ["Taiwán", "China (Taiwán)", "Taiwán (China)", "Taiwán, China", "Taiwan", "China (Taiwan)",
            "Taiwán (Provincia de China)", "Taiwan, Province of China", "Taiwan (Province of China)",
            "Provincia china de Taiwán", "Formosa", "República de China", "China, República de", "Taipei Chino",
            "Taipéi Chino", "Chinese Taipei", "Taïwan"],
    "170": ["Colombia", "República de Colombia", "Colômbia", "Colombie"],
    "178": ["Congo", "República del Congo", "Congo (Brazzaville)", "Congo-Brazzaville", "Republic of the Congo",
            "Congo, Rep."],
    "180": ["República Democrática del Congo", "Congo (República Democrática del)", "Congo, Rep. Dem.",
            "Congo (Kinshasa)", "Congo-Kinshasa", "R.D. del Congo", "RD Congo", "Zaire", "Zaïre",
            "Democratic Republic of the Congo", "República Democrática do Congo", "République démocratique du Congo"],
    "188": ["Costa Rica", "República de Costa Rica"],
    "191": ["Croacia", "Croatia", "Croácia", "Croatie"],
    "192": ["Cuba", "República de Cuba"],
    "196": ["Chipre", "Cyprus", "Chypre"],
    "203": ["República Checa", "Rep. Checa", "Chequia", "Czech Republic", "Czechia", "Chéquia", "República Tcheca", "Tchéquia",
            "République tchèque", "Tchéquie"],
    "204": ["Benín", "Benin", "Bénin", "Benim", "Dahomey", "Daomé"],
    "208": ["Dinamarca", "Denmark", "Danemark"],
    "212": ["Dominica", "Mancomunidad de Dominica", "Commonwealth of Dominica", "Dominique"],
    "214": ["República Dominicana", "Rep. Dominicana", "R. Dominicana", "Dominicana", "Dominican Republic",
            "République dominicaine", "Santo Domingo"],
    "218": ["Ecuador", "República del Ecuador", "Equador", "Équateur"],
    "222": ["El Salvador", "Salvador", "República de El Salvador"],
    "226": ["Guinea Ecuatorial", "Equatorial Guinea", "Guiné Equatorial", "Guinée équatoriale"],
    "231": ["Etiopía", "Ethiopia", "Etiópia", "Éthiopie", "Abisinia"],
    "238": ["Islas Malvinas", "Malvinas", "Islas Malvinas (Falkland)", "Islas Malvinas (Falkland Islands)",
            "Falkland Islands (Malvinas)", "Falkland Islands", "Falklands", "Ilhas Malvinas", "Ilhas Falkland",
            "Îles Malouines", "Îles Falkland", "Malouines"],
    "250": ["Francia", "France", "França", "Córcega", "Corsica", "Corse", "Córsega"],
    "254": ["Guayana Francesa", "Guyana Francesa", "French Guiana", "Guiana Francesa", "Guyane",
            "Guyane française"],
    "258": ["Polinesia Francesa", "French Polynesia", "Polynésie française", "Polinésia Francesa", "Tahití",
            "Tahiti", "Taití"],
    "262": ["Yibuti", "Djibouti", "Jibuti", "Territorio Francés de los Afars e Issas",
            "French Territory of the Afars and the Issas", "Somalia Francesa", "French Somaliland"],
    "268": ["Georgia", "Geórgia", "Géorgie"],
    "275": ["Palestina", "Estado de Palestina", "Territorios Palestinos", "Territorio Palestino Ocupado",
            "State of Palestine", "Palestine", "Estado da Palestina", "État de Palestine"],
    "276": ["Alemania", "Germany", "Alemanha", "Allemagne", "República Federal de Alemania", "Alemania Federal",
            "Alemania Occidental", "Alemania (República Federal)", "Alemania, República Federal de", "R.F.A.",
            "RFA", "R.F. de Alemania", "West Germany", "Federal Republic of Germany", "Alemanha Ocidental",
            "República Federal da Alemanha", "Allemagne de l'Ouest", "République fédérale d'Allemagne"],
    "278": ["Alemania Oriental", "Alemania Democrática", "Alemania (República Democrática)", "R.D.A.", "RDA",
            "República Democrática Alemana", "East Germany", "GDR", "Alemanha Oriental", "Allemagne de l'Est"],
    "288": ["Ghana", "Gana"],
    "300": ["Grecia", "Greece", "Grécia", "Grèce"],
    "312": ["Guadalupe", "Guadeloupe"],
    "320": ["Guatemala", "República de Guatemala"],
    "324": ["Guinea", "Guinea (Conakry)", "Guinea-Conakry", "Guiné", "Guinée"],
    "328": ["Guyana", "Guayana", "República Cooperativa de Guyana", "Guayana Británica", "British Guiana",
            "Guiana", "Guiana Inglesa", "Guyana Británica"],
    "332": ["Haití", "Haiti", "Haïti", "República de Haití"],
    "336": ["Santa Sede", "Vaticano", "Ciudad del Vaticano", "Estado de la Ciudad del Vaticano", "Holy See",
            "Vatican", "Vatican City", "Santa Sé", "Saint-Siège"],
    "340": ["Honduras", "República de Honduras"],
    "344": ["Hong Kong", "China, Hong Kong", "Hong Kong (China)", "Hong Kong, China",
            "China, Región Administrativa Especial de Hong Kong", "Hong Kong (RAE de China)",
            "China, Hong Kong Special Administrative Region", "Hong Kong SAR"],
    "348": ["Hungría", "Hungary", "Hungria", "Hongrie"],
    "356": ["India", "Índia", "Inde"],
    "360": ["Indonesia", "Indonésia", "Indonésie"],
    "364": ["Irán", "Irán (República Islámica del)", "República Islámica del Irán", "Iran",
            "Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran (République islamique d')",
            "Irã", "Irão", "Persia"],
    "368": ["Irak", "Iraq", "Iraque"],
    "372": ["Irlanda", "República de Irlanda", "Eire", "Éire", "Ireland", "Irlande"],
    "376": ["Israel", "Israël"],
    "380": ["Italia", "Italy", "Itália", "Italie", "Sicilia", "Sicily", "Sicile", "Sicília", "Cerdeña",
            "Sardinia", "Sardaigne", "Sardenha"],
    "384": ["Costa de Marfil", "Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Costa do Marfim"],
    "388": ["Jamaica", "Jamaïque"],
    "392": ["Japón", "Japan", "Japão", "Japon"],
    "398": ["Kazajistán", "Kazajstán", "Kazakhstan", "Cazaquistão"],
    "400": ["Jordania", "Jordan", "Jordânia", "Jordanie"],
    "404": ["Kenia", "Kenya", "Quênia", "Quénia"],
    "408": ["Corea del Norte", "República Popular Democrática de Corea", "Corea (República Popular Democrática de)",
            "North Korea", "Democratic People's Republic of Korea", "Coreia do Norte", "Corée du Nord",
            "République populaire démocratique de Corée"],
    "410": ["Corea del Sur", "República de Corea", "Corea (República de)", "Corea, República de", "Corea",
            "Corea, Rep. de", "South Korea", "Republic of Korea", "Korea", "Korea, Republic of", "Coreia do Sul",
            "Coreia", "República da Coreia", "Corée du Sud", "République de Corée", "Corée"],
    "414": ["Kuwait", "Koweït"],
    "418": ["Laos", "República Democrática Popular Lao", "Lao People's Democratic Republic",
            "République démocratique populaire lao"],
    "422": ["Líbano", "Lebanon", "Libano", "Liban"],
    "434": ["Libia", "Libya", "Líbia", "Libye", "Jamahiriya Árabe Libia"],
    "440": ["Lituania", "Lithuania", "Lituânia", "Lituanie"],
    "428": ["Letonia", "Latvia", "Letônia", "Lettonie"],
    "233": ["Estonia", "Estônia", "Estonie"],
    "442": ["Luxemburgo", "Luxembourg"],
    "446": ["Macao", "Macau", "China, Macao", "Macao (China)", "China, Región Administrativa Especial de Macao",
            "China, Macao Special Administrative Region"],
    "458": ["Malasia", "Malaysia", "Malásia", "Malaisie"],
    "474": ["Martinica", "Martinique"],
    "484": ["México", "Mexico", "Méjico", "Estados Unidos Mexicanos", "Mexique", "Méxique"],
    "492": ["Mónaco", "Monaco"],
    "498": ["Moldavia", "República de Moldova", "República de Moldavia", "Moldova", "Republic of Moldova",
            "Moldávia", "Moldavie"],
    "504": ["Marruecos", "Morocco", "Marrocos", "Maroc"],
    "528": ["Países Bajos", "Holanda", "Países Bajos (Reino de los)", "Reino de los Países Bajos", "Netherlands",
            "The Netherlands", "Netherlands (Kingdom of the)", "Holland", "Países Baixos", "Pays-Bas", "Hollande"],
    "531": ["Curazao", "Curaçao", "Curaçau"],
    "533": ["Aruba"],
    "534": ["San Martín (parte holandesa)", "Sint Maarten", "Sint Maarten (Dutch part)",
            "San Martín (Países Bajos)"],
    "535": ["Bonaire, San Eustaquio y Saba", "Bonaire", "Caribe neerlandés", "Bonaire, Sint Eustatius and Saba"],
    "548": ["Vanuatu", "Nuevas Hébridas", "New Hebrides", "Novas Hébridas", "Nouvelles-Hébrides"],
    "554": ["Nueva Zelanda", "Nueva Zelandia", "New Zealand", "Nova Zelândia", "Nouvelle-Zélande"],
    "558": ["Nicaragua", "República de Nicaragua"],
    "566": ["Nigeria", "Nigéria"],
    "578": ["Noruega", "Norway", "Norvège"],
    "586": ["Pakistán", "Pakistan", "Paquistão"],
    "591": ["Panamá", "Panama", "República de Panamá", "Zona del Canal de Panamá", "Panama Canal Zone"],
    "600": ["Paraguay", "Paraguai", "República del Paraguay"],
    "604": ["Perú", "Peru", "Pérou", "República del Perú"],
    "608": ["Filipinas", "Philippines"],
    "616": ["Polonia", "Poland", "Polônia", "Polónia", "Pologne"],
    # Parts of a country published separately add up into it.
    "620": ["Portugal", "Azores", "Islas Azores", "Madeira", "Isla de Madeira", "Açores"],
    "626": ["Timor Oriental", "Timor-Leste", "East Timor", "Timor Leste", "Timor oriental"],
    "630": ["Puerto Rico", "Porto Rico", "Puerto Rico (EE.UU.)", "Estado Libre Asociado de Puerto Rico"],
    "642": ["Rumania", "Rumanía", "Romania", "Romênia", "Roménia", "Roumanie"],
    "643": ["Rusia", "Federación de Rusia", "Federación Rusa", "Russia", "Russian Federation", "Rússia",
            "Federação Russa", "Russie", "Fédération de Russie"],
    "682": ["Arabia Saudita", "Arabia Saudí", "Saudi Arabia", "Arábia Saudita", "Arabie saoudite"],
    # Kosovo has no M49 code; UN statistics count it with Serbia.
    "688": ["Serbia", "Sérvia", "Serbie", "República de Serbia", "Kosovo", "Serbia y Kosovo"],
    "703": ["Eslovaquia", "Slovakia", "República Eslovaca", "Eslováquia", "Slovaquie"],
    "704": ["Vietnam", "Viet Nam", "Vietnã", "Vietname", "Viêt Nam", "Vietnam del Sur", "Vietnam del Norte",
            "South Vietnam", "North Vietnam"],
    "705": ["Eslovenia", "Slovenia", "Eslovênia", "Slovénie"],
    "710": ["Sudáfrica", "República de Sudáfrica", "Unión Sudafricana", "South Africa", "República da África do Sul",
            "África do Sul", "Afrique du Sud"],
    "716": ["Zimbabue", "Zimbabwe", "Rodesia", "Rhodesia", "Rodesia del Sur", "Southern Rhodesia", "Rodésia",
            "Rhodésie"],
    "724": ["España", "Spain", "Espanha", "Espagne", "Reino de España", "Islas Canarias", "Canarias",
            "Canary Islands", "Islas Baleares", "Ceuta y Melilla", "Cataluña", "Catalunya", "Catalonia",
            "Catalogne", "País Vasco", "Euskadi", "Basque Country", "Pays basque", "País Basco"],
    "740": ["Surinam", "Suriname", "Guayana Holandesa", "Guyana Holandesa", "Dutch Guiana", "Guiana Holandesa"],
    "748": ["Esuatini", "Eswatini", "Suazilandia", "Swaziland", "Suazilândia", "Essuatíni"],
    "752": ["Suecia", "Sweden", "Suécia", "Suède"],
    "756": ["Suiza", "Switzerland", "Suíça", "Suisse", "Confederación Suiza"],
    "760": ["Siria", "República Árabe Siria", "República Árabe de Siria", "Syria", "Syrian Arab Republic", "Síria",
            "Syrie", "République arabe syrienne"],
    "764": ["Tailandia", "Thailand", "Tailândia", "Thaïlande"],
    "780": ["Trinidad y Tobago", "Trinidad-Tobago", "Trinidad", "Trinidad and Tobago", "Trindade e Tobago",
            "Trinité-et-Tobago"],
    "784": ["Emiratos Árabes Unidos", "Emiratos Árabes", "United Arab Emirates", "Emirados Árabes Unidos", "Émirats arabes unis"],
    "788": ["Túnez", "Tunisia", "Tunísia", "Tunisie"],
    "792": ["Turquía", "Turkey", "Türkiye", "Turquia", "Turquie"],
    "804": ["Ucrania", "Ukraine", "Ucrânia"],
    "807": ["Macedonia del Norte", "Macedonia", "República de Macedonia del Norte",
            "ex República Yugoslava de Macedonia", "Ex República Yugoslava de Macedonia", "ERY de Macedonia",
            "North Macedonia", "The former Yugoslav Republic of Macedonia", "Macedônia do Norte",
            "Macédoine du Nord", "Macédoine"],
    "818": ["Egipto", "Egypt", "Egito", "Égypte", "República Árabe de Egipto", "República Árabe Unida"],
    "826": ["Reino Unido", "Gran Bretaña", "Inglaterra", "Escocia", "Gales", "Irlanda del Norte",
            "Reino Unido de Gran Bretaña e Irlanda del Norte", "Gran Bretaña e Irlanda del Norte",
            "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "U.K.",
            "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "Grã-Bretanha",
            "Reino Unido da Grã-Bretanha e Irlanda do Norte", "Escócia", "País de Gales", "Royaume-Uni",
            "Grande-Bretagne", "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord"],
    "834": ["Tanzania", "Tanzanía", "República Unida de Tanzanía", "República Unida de Tanzania",
            "United Republic of Tanzania", "Tanzânia", "République-Unie de Tanzanie", "Tanganica", "Zanzíbar"],
    "840": ["Estados Unidos", "Estados Unidos de América", "Estados Unidos de Norteamérica",
            "Estados Unidos de Norte América", "Estados Unidos (EE.UU.)", "EE.UU.", "EE. UU.", "EEUU", "EE UU",
            "E.E.U.U.", "E.U.A.", "EUA", "E.U.", "USA", "U.S.A.", "US", "U.S.", "United States",
            "United States of America", "Estados Unidos da América", "États-Unis", "États-Unis d'Amérique",
            "Norteamérica (Estados Unidos)", "Hawái", "Hawaii", "Havaí", "Alaska"],
    "850": ["Islas Vírgenes de los Estados Unidos", "Islas Vírgenes (EE.UU.)", "Islas Vírgenes Americanas",
            "Islas Vírgenes de EE.UU.", "United States Virgin Islands", "US Virgin Islands",
            "Ilhas Virgens Americanas", "Îles Vierges américaines"],
    "854": ["Burkina Faso", "Alto Volta", "Upper Volta", "Haute-Volta"],
    "858": ["Uruguay", "Uruguai", "República Oriental del Uruguay", "R.O. del Uruguay"],
    "860": ["Uzbekistán", "Uzbekistan", "Uzbequistão", "Ouzbékistan"],
    "862": ["Venezuela", "Venezuela (República Bolivariana de)", "República Bolivariana de Venezuela",
            "Venezuela (Bolivarian Republic of)", "Bolivarian Republic of Venezuela",
            "Venezuela (République bolivarienne du)", "République bolivarienne du Venezuela",
            "Venezuela (República Bolivariana da)", "República Bolivariana da Venezuela", "Vénézuéla",
            "República de Venezuela"],
    "887": ["Yemen", "Yemen del Norte", "República Árabe del Yemen", "North Yemen", "Iêmen", "Iémen", "Yémen"],
    "894": ["Zambia", "Zâmbia", "Zambie", "Rodesia del Norte", "Northern Rhodesia"],
    # historic entities
    "810": ["URSS", "U.R.S.S.", "Unión Soviética", "Unión de Repúblicas Socialistas Soviéticas", "Ex URSS",
            "ex-URSS", "USSR", "U.S.S.R.", "Soviet Union", "Union of Soviet Socialist Republics", "União Soviética",
            "Union soviétique", "Rusia (URSS)"],
    "890": ["Yugoslavia", "Yugoeslavia", "Jugoslavia", "Ex Yugoslavia", "ex-Yugoslavia",
            "República Federativa Socialista de Yugoslavia", "Socialist Federal Republic of Yugoslavia",
            "Former Yugoslavia", "Iugoslávia", "Yougoslavie", "ex-Yougoslavie"],
    "891": ["Serbia y Montenegro", "República Federal de Yugoslavia", "Federal Republic of Yugoslavia",
            "Serbia and Montenegro", "Sérvia e Montenegro", "Serbie-et-Monténégro"],
    "200": ["Checoslovaquia", "Checoeslovaquia", "Ex Checoslovaquia", "Czechoslovakia", "Tchecoslováquia",
            "Checoslováquia", "Tchécoslovaquie", "República Checa y Eslovaquia", "Chequia y Eslovaquia",
            "Czech Republic and Slovakia", "République tchèque et Slovaquie"],
    "530": ["Antillas Neerlandesas", "Antillas Holandesas", "Netherlands Antilles", "Antilhas Holandesas",
            "Antilhas Neerlandesas", "Antilles néerlandaises"],
    "720": ["Yemen del Sur", "Yemen Democrático", "República Democrática Popular del Yemen", "South Yemen",
            "Democratic Yemen"],
}

# Former names, with their successor (a renamed country) or their historic M49 code.
FORMER_NAMES = {
    "072": ["Bechuanalandia", "Bechuanaland", "Protectorado de Bechuanalandia"],
    "104": ["Birmania (Myanmar)", "Unión de Birmania", "Union of Burma", "Birma"],
    "116": ["Kampuchea", "Kampuchea Democrática", "Democratic Kampuchea", "República Popular de Kampuchea",
            "People's Republic of Kampuchea", "Khmer Republic", "República Khmer", "Cambodja"],
    "140": ["Ubangui-Chari", "Ubangi-Shari", "Oubangui-Chari", "Imperio Centroafricano", "Central African Empire"],
    "144": ["Ceilán (Sri Lanka)", "Ceylon (Sri Lanka)"],
    "158": ["China Nacionalista", "Nationalist China", "China nacionalista (Taiwán)", "Nationaal China"],
    "178": ["Congo Francés", "French Congo", "Congo francês", "Congo français", "Congo (Brazzaville) francés",
            "Congo-Brazzaville (ex Congo Francés)"],
    "180": ["Congo Belga", "Belgian Congo", "Congo Belge", "Congo belga", "Belgisch-Congo", "Zaire (Congo Belga)",
            "República del Zaire", "Republic of Zaire", "Zaïre (Congo)"],
    "204": ["República de Dahomey", "Republic of Dahomey"],
    "226": ["Guinea Española", "Spanish Guinea", "Guiné Espanhola", "Guinée espagnole"],
    "262": ["Territorio de los Afars e Issas", "Afars and Issas"],
    "288": ["Costa de Oro", "Gold Coast", "Costa do Ouro", "Côte-de-l'Or", "Goudkust"],
    "296": ["Islas Gilbert", "Gilbert Islands", "Îles Gilbert"],
    "360": ["Indias Orientales Neerlandesas", "Indias Orientales Holandesas", "Dutch East Indies",
            "Netherlands East Indies", "Nederlands-Indië", "Indes néerlandaises", "Índias Orientais Holandesas"],
    "364": ["Persia (Irán)", "Pérsia", "Perse"],
    "400": ["Transjordania", "Transjordan", "Transjordânia", "Transjordanie"],
    "426": ["Basutolandia", "Basutoland", "Basutolândia"],
    "454": ["Nyasalandia", "Nyasaland", "Niassalândia"],
    "458": ["Malaya", "Federación Malaya", "Federation of Malaya", "Malaisie (Malaya)"],
    "516": ["África del Sudoeste", "África Sudoccidental", "South West Africa", "Sudoeste Africano",
            "Sud-Ouest africain", "Zuidwest-Afrika"],
    "624": ["Guinea Portuguesa", "Portuguese Guinea", "Guiné Portuguesa", "Guinée portugaise"],
    "626": ["Timor Portugués", "Portuguese Timor", "Timor Português"],
    "732": ["Sahara Español", "Spanish Sahara", "Saara Espanhol", "Sahara espagnol"],
    "740": ["Nederlands-Guiana", "Nederlands Guyana", "Guyane néerlandaise"],
    "764": ["Siam", "Reino de Siam", "Kingdom of Siam", "Sião", "Tailandia (Siam)"],
    "798": ["Islas Ellice", "Ellice Islands", "Îles Ellice"],
    "834": ["Tanganyika", "Tanganika", "Tanganica y Zanzíbar"],
    "854": ["República del Alto Volta", "Alto Volta (Burkina Faso)"],
    "716": ["Rhodesia del Sur", "Rhodésie du Sud", "Rhodesië", "Zuid-Rhodesië"],
    "894": ["Rhodésie du Nord", "Noord-Rhodesië"],
    "810": ["Unión Soviética (URSS)", "Ex Unión Soviética", "Former USSR", "Former Soviet Union", "Sovjet-Unie",
            "Voormalige Sovjet-Unie", "Ex-URSS", "Antigua URSS", "Antigua Unión Soviética"],
    "890": ["Ex-Yugoslavia", "Antigua Yugoslavia", "Yugoslavia (ex)", "Joegoslavië", "Voormalig Joegoslavië",
            "Yugoslavia, Socialist Federal Republic of"],
    "200": ["Ex-Checoslovaquia", "Antigua Checoslovaquia", "Former Czechoslovakia", "Tsjechoslowakije",
            "Tsjecho-Slowakije"],
    "278": ["República Democrática Alemana (RDA)", "Alemania del Este", "Oost-Duitsland", "DDR"],
    "530": ["Nederlandse Antillen", "Antia Hulandes (Antillas Neerlandesas)", "Antiyas Hulandes",
            "Ex Antillas Neerlandesas", "Former Netherlands Antilles"],
}

# Former names among the aliases of COUNTRY_ALIASES (the reason then says "former name of ...").
FORMER_IN_ALIASES = frozenset("""
Birmania|Burma|Birmânia|Birmanie|Myanmar (Birmania)|Ceilán|Ceylon|Ceilão|Ceylan|Honduras Británica|British Honduras|
Honduras Britânicas|Dahomey|Daomé|Alto Volta|Upper Volta|Haute-Volta|Rodesia|Rhodesia|Rodesia del Sur|
Southern Rhodesia|Rodésia|Rhodésie|Rodesia del Norte|Northern Rhodesia|Zaire|Zaïre|Suazilandia|Swaziland|Suazilândia|
Nuevas Hébridas|New Hebrides|Novas Hébridas|Nouvelles-Hébrides|Guayana Holandesa|Guyana Holandesa|Dutch Guiana|
Guiana Holandesa|Guayana Británica|British Guiana|Guiana Inglesa|Guyana Británica|Persia|Abisinia|Formosa|Tanganica|
Unión Sudafricana|República Árabe Unida|Territorio Francés de los Afars e Issas|French Territory of the Afars and the Issas|
Somalia Francesa|French Somaliland|ex República Yugoslava de Macedonia|Ex República Yugoslava de Macedonia|
ERY de Macedonia|The former Yugoslav Republic of Macedonia|Alemania Occidental|Alemania Federal|West Germany|
Alemanha Ocidental|Allemagne de l'Ouest|Rusia Blanca|Byelorussian SSR|República Socialista Soviética de Bielorrusia|
Yemen del Norte|North Yemen|Zona del Canal de Panamá|Panama Canal Zone|East Timor|Timor Oriental|Santo Domingo
""".replace("\n", "").split("|")) - {"Santo Domingo", "Timor Oriental"}

# Short forms of English-speaking Caribbean tables, UN and World Bank forms, and Dutch and Papiamento wordings of
# the region's tables (Aruba, Curaçao, Sint Maarten, Suriname).
REGIONAL_FORMS = {
    "028": ["Antigua & Barbuda", "Antigua/Barbuda", "Antigua-Barbuda", "Barbuda"],
    "044": ["Bahamas, The", "The Bahamas", "Bahama's", "Bahama-eilanden"],
    "060": ["Bermuda Islands"],
    "092": ["BVI", "B.V.I.", "British Virgin Is.", "Virgin Islands (British)", "Virgin Islands (UK)",
            "Islas Vírgenes (Reino Unido)", "Islas Vírgenes (R.U.)", "Tortola", "Britse Maagdeneilanden",
            "Virgin Islands, British", "Îles Vierges (Royaume-Uni)"],
    "136": ["Cayman", "Cayman Is.", "Caymaneilanden", "Islas Caimán"],
    "156": ["China, People's Rep.", "Volksrepubliek China"],
    "180": ["Congo, Dem. Rep.", "Dem. Rep. of the Congo", "DR Congo", "D.R. Congo", "DRC"],
    "178": ["Congo, Rep. of the", "Congo (Rep.)"],
    "212": ["Commonwealth of Dominica (Dominica)"],
    "214": ["Dom. Rep.", "Dominican Rep.", "Rep. Dominicana (Santo Domingo)", "Dominicaanse Rep.",
            "Repúblika Dominikana", "Santo Domingo (Rep. Dominicana)"],
    "270": ["Gambia (La)", "Gambia, The", "The Gambia"],
    "308": ["Grenada (incl. Carriacou)", "Carriacou"],
    "328": ["Brits-Guyana", "Guyana (Brits-Guiana)"],
    "332": ["Haïti (Ayiti)", "Ayiti"],
    "344": ["Hong Kong SAR, China", "China, Hong Kong SAR"],
    "364": ["Iran, Islamic Rep.", "Iran, Islamic Republic of"],
    "408": ["Korea, Dem. People's Rep.", "Korea, Dem. Rep.", "Dem. People's Rep. of Korea", "DPR Korea"],
    "410": ["Korea, Rep.", "Rep. of Korea"],
    "417": ["Kyrgyz Republic"],
    "418": ["Lao PDR", "Lao P.D.R.", "Laos PDR", "Lao", "Lao People's Dem. Rep.", "Rep. Dem. Popular Lao"],
    "446": ["Macao SAR, China", "China, Macao SAR"],
    "500": ["Montserrat (UK)"],
    "531": ["Curacao", "Kòrsou", "Korsou", "Curaçao (Kòrsou)"],
    "533": ["Aruba (Hulanda)"],
    "534": ["St Maarten", "St. Maarten", "Sint Maarten (Nederlands deel)", "Sint Maarten (parte neerlandesa)",
            "San Martín (parte neerlandesa)", "Sint-Maarten (Nederlands deel)", "Saint-Martin (partie néerlandaise)"],
    "535": ["Bonaire, Sint Eustatius en Saba", "Boneiru", "Sint Eustatius", "Statia", "Saba",
            "BES-eilanden", "Caribisch Nederland", "Bonaire (Caribisch Nederland)"],
    "583": ["Micronesia, Fed. Sts.", "Micronesia (Fed. States of)"],
    "630": ["Puerto Rico (US)", "Porto Rico (EUA)"],
    "652": ["St Barths", "St. Barths", "St Barthélemy", "St. Barthélemy", "Saint-Barth"],
    "654": ["St Helena", "St. Helena"],
    "659": ["St Kitts", "St. Kitts", "St Kitts-Nevis", "St. Kitts-Nevis", "St Kitts & Nevis", "St. Kitts & Nevis",
            "St Kitts and Nevis", "St. Kitts and Nevis", "St. Kitts/Nevis", "St Christopher and Nevis",
            "Saint Christopher and Nevis", "San Cristóbal y Nieves", "Nevis", "St Kitts i Nevis"],
    "662": ["St Lucia", "St. Lucia"],
    "663": ["St Martin (French part)", "St. Martin (French part)", "San Martín (parte francesa)",
            "Saint-Martin (partie française)", "Sint-Maarten (Frans deel)", "Saint-Martin (Frans deel)"],
    "666": ["St Pierre and Miquelon", "St. Pierre and Miquelon"],
    "670": ["St Vincent", "St. Vincent", "St Vincent & the Grenadines", "St. Vincent & the Grenadines",
            "St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St. Vincent & Grenadines",
            "Saint Vincent", "Grenadines", "St Vincent en de Grenadines"],
    "703": ["Slovak Republic"],
    "710": ["África del Sur", "República de África del Sur", "Zuid-Afrika (Republiek)"],
    "740": ["Sürnam", "Surnam"],
    "760": ["Syrian Arab Rep."],
    "780": ["T&T", "Trinidad & Tobago", "Trinidad/Tobago", "Tobago"],
    "784": ["U.A.E.", "UAE"],
    "796": ["Turks & Caicos", "Turks & Caicos Islands", "Turks and Caicos", "TCI", "Turks- en Caicoseilanden"],
    "826": ["U.K.", "United Kingdom (UK)", "GB", "Groot-Brittannië", "Engeland", "Schotland", "Ingalaterra",
            "Gran Bretaña (Reino Unido)"],
    "834": ["Tanzania, United Rep. of", "United Rep. of Tanzania"],
    "840": ["U.S.A. (United States)", "USA (Verenigde Staten)", "Verenigde Staten van Amerika", "VS", "V.S.",
            "Amerika (Verenigde Staten)", "Merka", "Estados Unidos di Merka", "United States (USA)"],
    "850": ["USVI", "U.S.V.I.", "US Virgin Is.", "U.S. Virgin Islands", "Virgin Islands (U.S.)", "Virgin Islands (US)",
            "Virgin Islands, U.S.", "St Croix", "St. Croix", "St Thomas", "St. Thomas", "Amerikaanse Maagdeneilanden",
            "Islas Vírgenes (EE. UU.)", "Îles Vierges (États-Unis)"],
    "862": ["Venezuela, RB", "Venezuela, R.B."],
    "887": ["Yemen, Rep."],
    "818": ["Egypt, Arab Rep."],
    "528": ["Nederland (Europees deel)", "Europees Nederland", "Hulanda", "Holanda (Países Bajos)"],
}

# Region aliases per language (besides the CLDR names).
REGION_ALIASES = {
    "002": {"es": ["África", "Africa", "Continente africano"], "en": ["Africa"], "pt": ["África"],
            "fr": ["Afrique"]},
    "019": {"es": ["América", "Américas", "Las Américas", "Continente americano"],
            "en": ["Americas", "America", "The Americas"], "pt": ["América", "Américas"],
            "fr": ["Amérique", "Amériques"]},
    "142": {"es": ["Asia", "Continente asiático"], "en": ["Asia"], "pt": ["Ásia"], "fr": ["Asie"]},
    "150": {"es": ["Europa", "Continente europeo"], "en": ["Europe"], "pt": ["Europa"], "fr": ["Europe"]},
    "009": {"es": ["Oceanía", "Oceania"], "en": ["Oceania"], "pt": ["Oceania", "Oceânia"], "fr": ["Océanie"]},
    "419": {"es": ["América Latina y el Caribe", "América Latina", "Latinoamérica", "Latinoamérica y el Caribe"],
            "en": ["Latin America and the Caribbean", "Latin America"],
            "pt": ["América Latina e o Caribe", "América Latina e Caribe", "América Latina"],
            "fr": ["Amérique latine et Caraïbes", "Amérique latine et les Caraïbes", "Amérique latine"]},
    "005": {"es": ["América del Sur", "Sudamérica", "Suramérica", "Sud América", "Sur América"],
            "en": ["South America"], "pt": ["América do Sul"], "fr": ["Amérique du Sud"]},
    "013": {"es": ["América Central", "Centroamérica", "Centro América"], "en": ["Central America"],
            "pt": ["América Central"], "fr": ["Amérique centrale"]},
    "029": {"es": ["El Caribe", "Caribe", "Antillas", "Las Antillas", "Islas del Caribe"],
            "en": ["Caribbean", "The Caribbean", "West Indies"], "pt": ["Caribe", "Caraíbas", "Antilhas"],
            "fr": ["Caraïbes", "Antilles", "Caraïbe", "La Caraïbe"]},
    "021": {"es": ["América del Norte", "Norteamérica", "Norte América", "América septentrional"],
            "en": ["Northern America", "North America"], "pt": ["América do Norte", "América Setentrional"],
            "fr": ["Amérique du Nord", "Amérique septentrionale"]},
    "015": {"es": ["África del Norte", "Norte de África", "África septentrional"],
            "en": ["Northern Africa", "North Africa"], "pt": ["Norte da África", "África do Norte"],
            "fr": ["Afrique du Nord", "Afrique septentrionale"]},
    "202": {"es": ["África subsahariana"], "en": ["Sub-Saharan Africa"], "pt": ["África Subsaariana"],
            "fr": ["Afrique subsaharienne"]},
    "011": {"es": ["África occidental", "África del Oeste"], "en": ["Western Africa", "West Africa"],
            "pt": ["África Ocidental"], "fr": ["Afrique occidentale", "Afrique de l'Ouest"]},
    "014": {"es": ["África oriental", "África del Este"], "en": ["Eastern Africa", "East Africa"],
            "pt": ["África Oriental"], "fr": ["Afrique orientale", "Afrique de l'Est"]},
    "017": {"es": ["África central", "África Media"], "en": ["Middle Africa", "Central Africa"],
            "pt": ["África Central"], "fr": ["Afrique centrale"]},
    "018": {"es": ["África meridional", "África austral"], "en": ["Southern Africa"],
            "pt": ["África Austral", "África Meridional"], "fr": ["Afrique australe"]},
    "143": {"es": ["Asia central"], "en": ["Central Asia"], "pt": ["Ásia Central"], "fr": ["Asie centrale"]},
    "030": {"es": ["Asia oriental", "Asia del Este", "Extremo Oriente", "Lejano Oriente"],
            "en": ["Eastern Asia", "East Asia", "Far East"], "pt": ["Ásia Oriental", "Extremo Oriente"],
            "fr": ["Asie orientale", "Asie de l'Est", "Extrême-Orient"]},
    "035": {"es": ["Asia sudoriental", "Sudeste asiático", "Sudeste de Asia"],
            "en": ["South-eastern Asia", "Southeast Asia", "South-East Asia"], "pt": ["Sudeste Asiático"],
            "fr": ["Asie du Sud-Est"]},
    "034": {"es": ["Asia meridional", "Asia del Sur"], "en": ["Southern Asia", "South Asia"],
            "pt": ["Ásia Meridional", "Ásia do Sul"], "fr": ["Asie du Sud", "Asie méridionale"]},
    "145": {"es": ["Asia occidental", "Medio Oriente", "Oriente Medio", "Cercano Oriente", "Oriente Próximo"],
            "en": ["Western Asia", "Middle East", "Near East"], "pt": ["Ásia Ocidental", "Oriente Médio",
                                                                      "Médio Oriente"],
            "fr": ["Asie occidentale", "Moyen-Orient", "Proche-Orient"]},
    "151": {"es": ["Europa oriental", "Europa del Este"], "en": ["Eastern Europe"],
            "pt": ["Europa Oriental", "Leste Europeu", "Europa do Leste"],
            "fr": ["Europe de l'Est", "Europe orientale"]},
    "154": {"es": ["Europa septentrional", "Europa del Norte", "Norte de Europa"], "en": ["Northern Europe"],
            "pt": ["Europa Setentrional", "Norte da Europa", "Europa do Norte"],
            "fr": ["Europe du Nord", "Europe septentrionale"]},
    "039": {"es": ["Europa meridional", "Europa del Sur", "Sur de Europa"], "en": ["Southern Europe"],
            "pt": ["Europa Meridional", "Sul da Europa", "Europa do Sul"],
            "fr": ["Europe du Sud", "Europe méridionale"]},
    "155": {"es": ["Europa occidental", "Europa del Oeste"], "en": ["Western Europe"],
            "pt": ["Europa Ocidental"], "fr": ["Europe de l'Ouest", "Europe occidentale"]},
    "053": {"es": ["Australia y Nueva Zelandia", "Australia y Nueva Zelanda", "Australasia"],
            "en": ["Australia and New Zealand", "Australasia"],
            "pt": ["Austrália e Nova Zelândia", "Australásia"], "fr": ["Australie et Nouvelle-Zélande",
                                                                       "Australasie"]},
    "054": {"es": ["Melanesia"], "en": ["Melanesia"], "pt": ["Melanésia"], "fr": ["Mélanésie"]},
    "057": {"es": ["Región de Micronesia", "Micronesia (región)"],
            "en": ["Micronesian Region", "Micronesia (region)"],
            "pt": ["Região da Micronésia", "Micronésia (região)"],
            "fr": ["Région micronésienne", "Micronésie (région)"]},
    "061": {"es": ["Polinesia"], "en": ["Polynesia"], "pt": ["Polinésia"], "fr": ["Polynésie"]},
    "830": {"es": ["Islas del Canal", "Islas Anglonormandas"], "en": ["Channel Islands"],
            "pt": ["Ilhas do Canal", "Ilhas Anglo-Normandas"], "fr": ["Îles Anglo-Normandes"]},
}

# Dutch region names besides CLDR's (CBS-style tables of Aruba, Curaçao, Sint Maarten and Suriname).
REGION_ALIASES_NL = {
    "002": ["Afrika"], "019": ["Amerika", "Amerika's"], "142": ["Azië"], "150": ["Europa"], "009": ["Oceanië"],
    "419": ["Latijns-Amerika en het Caribisch gebied", "Latijns-Amerika"],
    "005": ["Zuid-Amerika"], "013": ["Midden-Amerika", "Centraal-Amerika"],
    "029": ["Caribisch gebied", "Caraïben", "Cariben", "Caribisch Gebied", "Het Caribisch gebied"],
    "021": ["Noordelijk Amerika", "Noord-Amerika"], "015": ["Noord-Afrika"], "202": ["Afrika bezuiden de Sahara"],
    "011": ["West-Afrika"], "014": ["Oost-Afrika"], "017": ["Centraal-Afrika"], "018": ["Zuidelijk Afrika"],
    "030": ["Oost-Azië", "Verre Oosten"], "034": ["Zuid-Azië"], "035": ["Zuidoost-Azië"], "143": ["Centraal-Azië"],
    "145": ["West-Azië", "Midden-Oosten"], "151": ["Oost-Europa"], "154": ["Noord-Europa"], "039": ["Zuid-Europa"],
    "155": ["West-Europa"], "053": ["Australië en Nieuw-Zeeland", "Australazië"], "054": ["Melanesië"],
    "057": ["Micronesische regio"], "061": ["Polynesië"], "830": ["Kanaaleilanden"],
}
# Dutch adjectives of regions, for residual rows ("Overige Europese landen").
REGION_ADJECTIVES_NL = {
    "002": "Afrikaanse", "019": "Amerikaanse", "142": "Aziatische", "150": "Europese", "009": "Oceanische",
    "005": "Zuid-Amerikaanse", "013": "Midden-Amerikaanse", "029": "Caribische", "419": "Latijns-Amerikaanse",
    "021": "Noord-Amerikaanse",
}

# Adjective forms of residual rows ("Otros países europeos").
RESIDUAL_EXTRA_ALIASES = {
    "002": ["Otros países africanos", "Resto de países africanos", "Other African countries",
            "Outros países africanos", "Autres pays africains"],
    "019": ["Otros países americanos", "Resto de países americanos", "Resto del continente americano",
            "Other American countries", "Outros países americanos", "Autres pays américains"],
    "142": ["Otros países asiáticos", "Resto de países asiáticos", "Other Asian countries",
            "Outros países asiáticos", "Autres pays asiatiques"],
    "150": ["Otros países europeos", "Resto de países europeos", "Other European countries",
            "Outros países europeus", "Autres pays européens"],
    "009": ["Otros países de Oceanía", "Other Oceanian countries", "Outros países da Oceania",
            "Autres pays océaniens"],
    "005": ["Otros países sudamericanos", "Otros países suramericanos", "Other South American countries",
            "Outros países sul-americanos", "Autres pays sud-américains"],
    "013": ["Otros países centroamericanos", "Other Central American countries", "Outros países centro-americanos",
            "Autres pays centraméricains"],
    "029": ["Otros países caribeños", "Otros países del Caribe", "Otras islas del Caribe",
            "Other Caribbean countries", "Outros países caribenhos", "Autres pays caribéens"],
    "419": ["Otros países latinoamericanos", "Otros países de América Central y El Caribe",
            "Otros países de Centroamérica y el Caribe", "Resto de Centroamérica y el Caribe",
            "Other Latin American countries", "Other countries of Central America and the Caribbean",
            "Outros países latino-americanos", "Autres pays latino-américains"],
    "021": ["Otros países norteamericanos", "Other North American countries"],
}

# ---------------------------------------------------------------------------
# Words shared by several code lists
# ---------------------------------------------------------------------------

TOTAL_LABEL = {"es": "Total", "en": "Total", "pt": "Total", "fr": "Total"}
TOTAL_ALIASES = ["Total", "Totales", "Total general", "Suma", "Grand total", "Total geral", "Ensemble",
                 "Total général", "Totaal", "Totaal generaal", "Eindtotaal", "Totaal-generaal"]
TOTAL_LABEL_NL = "Totaal"
UNKNOWN_LABEL = {"es": "No declarado", "en": "Not stated", "pt": "Não declarado", "fr": "Non déclaré"}
UNKNOWN_ALIASES = [
    "Ignorado", "Ignorada", "Ignorados", "No especificado", "No especificada", "No declarado", "No declarada",
    "No sabe", "No sabe / no responde", "No sabe, no responde", "NS/NR", "Ns/Nr", "No responde", "Sin información",
    "Sin especificar", "Sin dato", "Sin datos", "No informado", "No informa", "Desconocido", "Se ignora",
    "Not stated", "Unknown", "Not reported", "Not specified", "Don't know", "Não declarado", "Não declarada",
    "Ignorado/não declarado", "Sem declaração", "Sem informação", "Não sabe", "Não especificado",
    "Non déclaré", "Non déclarée", "Inconnu", "Non spécifié", "Non précisé", "Ne sait pas",
    "Onbekend", "Niet bekend", "Niet vermeld", "Niet opgegeven", "Weet niet", "Onbekend/niet opgegeven",
    "Desconosí", "Deskonosí", "No sa", "No ta konosí",
]
UNKNOWN_LABEL_NL = "Onbekend"

# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------

def _t(es: str, en: str, pt: str, fr: str) -> dict[str, str]:
    return {"es": es, "en": en, "pt": pt, "fr": fr}


U_FOREIGN = _t("Población nacida en el extranjero", "Foreign-born population", "População nascida no exterior",
               "Population née à l'étranger")
U_FOREIGN_15 = _t("Población nacida en el extranjero de 15 años y más", "Foreign-born population aged 15 and over",
                  "População nascida no exterior de 15 anos ou mais",
                  "Population née à l'étranger âgée de 15 ans ou plus")
U_EMPLOYED = _t("Población ocupada nacida en el extranjero", "Employed foreign-born population",
                "População ocupada nascida no exterior", "Population active occupée née à l'étranger")

TABLES = [
    ("T00", ["NATIVITY", "SEX", "AGE"], 0, "all",
     _t("Población total por condición de nacimiento, sexo y grupos de edad",
        "Population by nativity, sex and age (control totals)",
        "População total por condição de nascimento, sexo e grupos de idade",
        "Population totale par lieu de naissance (pays ou étranger), sexe et groupe d'âge (totaux de contrôle)"),
     _t("Toda la población", "All persons", "Toda a população", "Ensemble de la population")),
    ("T01", ["COB", "SEX", "AGE"], 0, "foreign_born",
     _t("Población nacida en el extranjero por país de nacimiento, sexo y grupos de edad",
        "Foreign-born population by country of birth, sex and age",
        "População nascida no exterior por país de nascimento, sexo e grupos de idade",
        "Population née à l'étranger par pays de naissance, sexe et groupe d'âge"),
     U_FOREIGN),
    ("T02", ["COB", "SEX", "MARST"], 15, "foreign_born",
     _t("Población nacida en el extranjero por país de nacimiento y sexo, según estado civil o conyugal",
        "Foreign-born population by country of birth, sex and marital status",
        "População nascida no exterior por país de nascimento e sexo, segundo o estado civil ou conjugal",
        "Population née à l'étranger par pays de naissance, sexe et état matrimonial"),
     U_FOREIGN_15),
    ("T03", ["COB", "AGE", "CEB"], 15, "foreign_born_women",
     _t("Mujeres nacidas en el extranjero por país de nacimiento y grupos de edad, según hijos nacidos vivos",
        "Foreign-born women by country of birth, age and children ever born",
        "Mulheres nascidas no exterior por país de nascimento e grupos de idade, segundo filhos nascidos vivos",
        "Femmes nées à l'étranger par pays de naissance, groupe d'âge et nombre d'enfants nés vivants"),
     _t("Mujeres nacidas en el extranjero de 15 años y más", "Foreign-born women aged 15 and over",
        "Mulheres nascidas no exterior de 15 anos ou mais", "Femmes nées à l'étranger âgées de 15 ans ou plus")),
    ("T04", ["COB", "SEX", "ARRIVAL"], 0, "foreign_born",
     _t("Población nacida en el extranjero por país de nacimiento y sexo, según período de llegada al país",
        "Foreign-born population by country of birth, sex and period of arrival",
        "População nascida no exterior por país de nascimento e sexo, segundo o período de chegada ao país",
        "Population née à l'étranger par pays de naissance, sexe et période d'arrivée dans le pays"),
     U_FOREIGN),
    ("T05", ["COB", "RES5", "SEX", "AGE"], 5, "aged_5_plus",
     _t("Población según lugar de residencia cinco años antes, por país de nacimiento, sexo y grupos de edad",
        "Population by residence five years before the census, country of birth, sex and age",
        "População segundo o lugar de residência cinco anos antes, por país de nascimento, sexo e grupos de idade",
        "Population selon le lieu de résidence cinq ans auparavant, par pays de naissance, sexe et groupe d'âge"),
     _t("Población de 5 años y más", "Persons aged 5 and over", "População de 5 anos ou mais",
        "Population âgée de 5 ans ou plus")),
    ("T06", ["COB", "SEX", "EDUC"], 15, "foreign_born",
     _t("Población nacida en el extranjero por país de nacimiento y sexo, según años de estudio aprobados",
        "Foreign-born population by country of birth, sex and years of schooling",
        "População nascida no exterior por país de nascimento e sexo, segundo os anos de estudo concluídos",
        "Population née à l'étranger par pays de naissance, sexe et nombre d'années d'études"),
     U_FOREIGN_15),
    ("T07", ["COB", "SEX", "ACT"], 15, "foreign_born",
     _t("Población nacida en el extranjero por país de nacimiento y sexo, según condición de actividad económica",
        "Foreign-born population by country of birth, sex and economic activity status",
        "População nascida no exterior por país de nascimento e sexo, segundo a condição de atividade econômica",
        "Population née à l'étranger par pays de naissance, sexe et situation d'activité"),
     U_FOREIGN_15),
    ("T08", ["COB", "SEX", "IND"], 15, "employed_foreign_born",
     _t("Ocupados nacidos en el extranjero por país de nacimiento y sexo, según rama de actividad",
        "Employed foreign-born by country of birth, sex and branch of activity",
        "Ocupados nascidos no exterior por país de nascimento e sexo, segundo o ramo de atividade",
        "Actifs occupés nés à l'étranger par pays de naissance, sexe et branche d'activité"),
     U_EMPLOYED),
    ("T09", ["COB", "SEX", "OCC"], 15, "employed_foreign_born",
     _t("Ocupados nacidos en el extranjero por país de nacimiento y sexo, según grupo de ocupación",
        "Employed foreign-born by country of birth, sex and occupation",
        "Ocupados nascidos no exterior por país de nascimento e sexo, segundo o grupo de ocupação",
        "Actifs occupés nés à l'étranger par pays de naissance, sexe et groupe de professions"),
     U_EMPLOYED),
    ("T10", ["COB", "SEX", "ICSE"], 15, "employed_foreign_born",
     _t("Ocupados nacidos en el extranjero por país de nacimiento y sexo, según categoría ocupacional",
        "Employed foreign-born by country of birth, sex and status in employment",
        "Ocupados nascidos no exterior por país de nascimento e sexo, segundo a posição na ocupação",
        "Actifs occupés nés à l'étranger par pays de naissance, sexe et situation dans la profession"),
     U_EMPLOYED),
    ("T11", ["COR", "SEX", "AGE", "DEPART"], 0, "emigrants",
     _t("Emigrantes declarados por los hogares: miembros que residen en el exterior, por país de residencia, "
        "sexo y edad al partir",
        "Emigrants reported by households: members living abroad, by country of residence, sex and age at "
        "departure",
        "Emigrantes declarados pelos domicílios: membros que residem no exterior, por país de residência, sexo "
        "e idade ao partir",
        "Émigrants déclarés par les ménages : membres résidant à l'étranger, par pays de résidence, sexe et âge "
        "au départ"),
     _t("Miembros del hogar que partieron a vivir en el exterior dentro del período de referencia del censo",
        "Household members who left to live abroad within the census's reference period",
        "Membros do domicílio que partiram para morar no exterior dentro do período de referência do censo",
        "Membres du ménage partis vivre à l'étranger pendant la période de référence du recensement")),
]

# ---------------------------------------------------------------------------
# Dimensions (schema order = the store's column order)
# ---------------------------------------------------------------------------

DIMENSIONS = [
    ("COB", "COUNTRY",
     _t("País de nacimiento", "Country of birth", "País de nascimento", "Pays de naissance"),
     ["lugar de nacimiento", "país de nacimiento", "país o lugar de nacimiento", "continente y país de nacimiento",
      "continente de nacimiento", "nacido en", "nacidos en", "país de origen", "country of birth",
      "pais nac", "pais de nac", "lugar nac", "cod pais nac", "pais nacimiento", "country birth",
      "place of birth", "birthplace", "naturalidade", "local de nascimento", "lugar de nascimento",
      "país de nascimento", "pays de naissance", "lieu de naissance", "geboorteland", "land van geboorte",
      "geboorteplaats", "pais di nasementu", "pais di nasimentu"]),
    ("RES5", "COUNTRY",
     _t("Lugar de residencia cinco años antes", "Place of residence five years before",
        "Lugar de residência cinco anos antes", "Lieu de résidence cinq ans auparavant"),
     ["residencia en marzo de 2015", "lugar de residencia hace cinco años", "lugar de residencia hace 5 años",
      "residencia hace cinco años", "residencia hace 5 años", "residencia cinco años antes",
      "residencia habitual hace cinco años", "lugar de residencia habitual en", "país de residencia hace cinco años",
      "dónde vivía hace cinco años", "donde vivía hace 5 años", "residence five years ago",
      "place of residence five years ago", "residence five years before", "usual residence five years ago",
      "residência há cinco anos", "lugar de residência há cinco anos", "residência em 31 de julho de 2005", "lugar de residência em",
      "woonplaats vijf jaar geleden", "woonplaats 5 jaar geleden", "usual residence five years before",
      "local de residência há 5 anos", "résidence il y a cinq ans", "lieu de résidence cinq ans auparavant",
      "lieu de résidence il y a 5 ans"]),
    ("COR", "COUNTRY",
     _t("País de residencia actual", "Country of current residence", "País de residência atual",
        "Pays de résidence actuelle"),
     ["país de residencia actual", "país de residencia", "país donde reside", "país donde vive",
      "país de destino", "reside actualmente en", "country of residence", "country of current residence",
      "country of destination", "país de residência", "país onde mora", "país de destino do emigrante",
      "pays de résidence", "pays de destination"]),
    ("NATIVITY", "NATIVITY",
     _t("Condición de nacimiento", "Nativity", "Condição de nascimento", "Lieu de naissance (pays ou étranger)"),
     ["condición de nacimiento", "nativos y extranjeros", "nativos y nacidos en el extranjero",
      "nacidos en el país y en el extranjero", "condición de nativo", "condición de migrante internacional",
      "nativity", "native-born and foreign-born", "native and foreign born", "nativos e estrangeiros",
      "nascidos no país e no exterior", "condição de nascimento", "natifs et nés à l'étranger",
      "statut de natif"]),
    ("SEX", "SEX", _t("Sexo", "Sex", "Sexo", "Sexe"),
     ["sexo", "sex", "sexe", "sexo registrado al nacer", "sexo al nacer", "sex at birth", "geslacht", "sekso"]),
    ("AGE", "AGE", _t("Edad", "Age", "Idade", "Âge"),
     ["edad", "grupos de edad", "grupos quinquenales", "grupos quinquenales de edad", "grupo de edad",
      "edad en años cumplidos", "años cumplidos", "edad al partir", "edad al momento de partir",
      "edad a la salida", "age", "age group", "age groups", "age at departure", "idade", "grupos de idade",
      "grupo de idade", "faixa etária", "grupos etários", "idade ao partir", "âge", "groupe d'âge",
      "groupes d'âge", "tranche d'âge", "âge au départ", "leeftijd", "leeftijdsgroep",
      "leeftijdsgroepen"]),
    ("MARST", "MARST", _t("Estado civil o conyugal", "Marital status", "Estado civil ou conjugal",
                          "État matrimonial"),
     ["estado civil", "estado conyugal", "situación conyugal", "estado civil o conyugal", "estado civil actual",
      "marital status", "conjugal status", "situação conjugal", "estado conjugal", "état matrimonial",
      "situation matrimoniale", "état civil", "burgerlijke staat"]),
    ("CEB", "CEB", _t("Hijos nacidos vivos", "Children ever born", "Filhos nascidos vivos", "Enfants nés vivants"),
     ["hijos nacidos vivos", "número de hijos nacidos vivos", "hijos tenidos", "hijos tenidos nacidos vivos",
      "children ever born", "live births", "number of children born alive", "filhos nascidos vivos",
      "filhos tidos", "número de filhos", "enfants nés vivants", "nombre d'enfants nés vivants"]),
    ("ARRIVAL", "PERIOD", _t("Período de llegada", "Period of arrival", "Período de chegada", "Période d'arrivée"),
     ["período de llegada", "periodo de llegada", "año de llegada", "año de llegada al país",
      "período de llegada al país", "año en que llegó", "fecha de llegada", "period of arrival", "year of arrival",
      "período de chegada", "ano de chegada", "ano de chegada ao país", "période d'arrivée", "année d'arrivée",
      "jaar van vestiging", "jaar van aankomst", "periode van vestiging", "periode van aankomst", "jaar van immigratie"]),
    ("DEPART", "PERIOD", _t("Período de partida", "Period of departure", "Período de partida", "Période de départ"),
     ["año de partida", "período de partida", "periodo de partida", "año en que se fue", "año de salida",
      "año de emigración", "año en que partió", "year of departure", "period of departure", "year left",
      "ano de partida", "ano de saída", "ano em que partiu", "année de départ", "période de départ",
      "jaar van vertrek", "periode van vertrek"]),
    ("EDUC", "EDUC", _t("Años de estudio aprobados", "Years of schooling", "Anos de estudo", "Années d'études"),
     ["años de estudio", "años de estudio aprobados", "años de escolaridad", "años de instrucción",
      "años aprobados", "nivel de instrucción", "years of schooling", "years of education", "anos de estudo",
      "anos de escolaridade", "années d'études", "années de scolarité", "opleidingsniveau"]),
    ("ACT", "ACT",
     _t("Condición de actividad económica", "Economic activity status", "Condição de atividade econômica",
        "Situation d'activité"),
     ["condición de actividad", "condición de actividad económica", "situación en la actividad",
      "condición de ocupación", "activity status", "economic activity status", "labour force status",
      "labor force status", "condição de atividade", "condição de ocupação", "condição de atividade econômica",
      "situation d'activité", "statut d'activité", "arbeidsmarktpositie"]),
    ("IND", "IND", _t("Rama de actividad", "Branch of economic activity", "Ramo de atividade", "Branche d'activité"),
     ["rama de actividad", "rama de actividad económica", "rama de actividad (ciiu)", "sector de actividad",
      "actividad económica del establecimiento", "industry", "branch of economic activity",
      "kind of economic activity", "ramo de atividade", "atividade econômica", "seção de atividade",
      "branche d'activité", "secteur d'activité", "bedrijfstak"]),
    ("OCC", "OCC", _t("Grupo de ocupación", "Occupation", "Grupo de ocupação", "Groupe de professions"),
     ["ocupación", "grupo de ocupación", "grupo ocupacional", "grupos de ocupación", "ocupación principal",
      "gran grupo de ocupación", "occupation", "occupational group", "ocupação", "grupo de ocupação",
      "grande grupo de ocupação", "grupos ocupacionais", "profession", "groupe de professions",
      "grand groupe de professions", "beroep", "beroepsgroep"]),
    ("ICSE", "ICSE",
     _t("Categoría ocupacional", "Status in employment", "Posição na ocupação", "Situation dans la profession"),
     ["categoría ocupacional", "categoría de ocupación", "categoría en la ocupación", "posición en la ocupación",
      "categoría en el empleo", "categoría de empleo", "status in employment", "employment status",
      "posição na ocupação", "categoria do emprego", "posição na ocupação e categoria do emprego",
      "situation dans la profession", "statut dans l'emploi"]),
]

# ---------------------------------------------------------------------------
# Category code lists: (code, labels, aliases)
# ---------------------------------------------------------------------------

def _total(*extra: str) -> tuple:
    return (TOTAL, TOTAL_LABEL, TOTAL_ALIASES + list(extra))


def _unknown(code: str, *extra: str) -> tuple:
    return (code, UNKNOWN_LABEL, UNKNOWN_ALIASES + list(extra))


SEX = [
    _total("Ambos sexos", "Both sexes", "Ambos os sexos", "Les deux sexes", "Deux sexes", "Total ambos sexos"),
    ("1", _t("Hombres", "Male", "Homens", "Hommes"),
     ["Hombre", "Hombres", "Varón", "Varones", "Varón / Masculino", "Masculino", "Hombre / Masculino",
      "Hombres (masculino)", "Male", "Males", "Man", "Men", "Homem", "Homens", "Homme", "Hommes", "Masculin",
      "H", "V", "Mannen", "Man", "Mannelijk", "Hòmber", "Homber", "Hòmbernan"]),
    ("2", _t("Mujeres", "Female", "Mulheres", "Femmes"),
     ["Mujer", "Mujeres", "Femenino", "Mujer / Femenino", "Mujeres (femenino)", "Female", "Females", "Woman",
      "Women", "Mulher", "Mulheres", "Feminino", "Femme", "Femmes", "Féminin", "F", "Vrouwen", "Vrouw",
      "Vrouwelijk", "Muhé", "Muher", "Muhénan"]),
    ("3", _t("Otra categoría de sexo", "Another sex category", "Outra categoria de sexo",
             "Autre catégorie de sexe"),
     ["X", "Otro", "Otra", "Otro sexo", "No binario", "Intersexual", "Other", "Another sex", "Non-binary", "Outro",
      "Não binário", "Autre", "Non binaire"]),
    _unknown("9", "Sexo ignorado", "Sexo no declarado", "Sex not stated", "Sexo não declarado", "Sexe non déclaré"),
]

NATIVITY = [
    _total(),
    ("N", _t("Nacidos en el país", "Native-born", "Nascidos no país", "Nés dans le pays"),
     ["Nativo", "Nativos", "Nativa", "Nacido en el país", "Nacidos en el país", "Nacidos en este país",
      "En el país", "En este país", "Native", "Native born", "Born in the country", "Nascido no país",
      "Brasileiro nato", "Natural", "Natif", "Natifs", "Né dans le pays", "In het land geboren",
      "Geboren in dit land", "In dit land"]),
    ("F", _t("Nacidos en el extranjero", "Foreign-born", "Nascidos no exterior", "Nés à l'étranger"),
     ["Nacido en el extranjero", "Nacidos en el extranjero", "Nacidos en otro país", "Nacido en otro país",
      "En otro país", "Otro país", "Extranjero", "Extranjeros", "En el extranjero", "En el exterior",
      "Inmigrantes", "Inmigrante internacional", "Foreign born", "Born abroad", "Foreign", "Nascido no exterior",
      "Nascidos no estrangeiro", "Estrangeiro", "Estrangeiros", "No exterior", "Né à l'étranger",
      "Étranger", "À l'étranger", "Geboren in het buitenland", "In het buitenland geboren", "Buitenland",
      "Nasí den eksterior"]),
    _unknown("UNK", "Lugar de nacimiento ignorado", "Place of birth not stated"),
]

MARST = [
    _total(),
    ("1", _t("Soltero(a)", "Single (never married)", "Solteiro(a)", "Célibataire"),
     ["Soltero", "Soltera", "Solteros", "Solteras", "Soltero/a", "Soltero(a)", "Nunca casado", "Nunca unido",
      "Single", "Never married", "Solteiro", "Solteira", "Solteiros", "Célibataires"]),
    ("2", _t("Casado(a)", "Married", "Casado(a)", "Marié(e)"),
     ["Casado", "Casada", "Casados", "Casado/a", "Casado(a)", "Casado civil", "Casado religioso",
      "Casado civil y religioso", "Married", "Casada", "Marié", "Mariée", "Mariés"]),
    ("3", _t("Unión consensual", "Consensual union", "União consensual", "Union consensuelle"),
     ["Unión libre", "En unión libre", "Conviviente", "Convivientes", "Unido", "Unida", "Unido(a)",
      "Acompañado", "Acompañada", "Acompañado(a)", "Unión de hecho", "Conviviente o pareja", "Concubinato",
      "Consensual union", "Cohabiting", "Living together", "União consensual", "União estável", "Amasiado",
      "Union libre", "Union consensuelle", "Concubinage"]),
    ("4", _t("Separado(a)", "Separated", "Separado(a)", "Séparé(e)"),
     ["Separado", "Separada", "Separados", "Separado/a", "Separado(a)", "Separado de unión",
      "Separado de matrimonio", "Separated", "Separado judicialmente", "Desquitado", "Desquitada",
      "Séparé", "Séparée"]),
    ("5", _t("Divorciado(a)", "Divorced", "Divorciado(a)", "Divorcé(e)"),
     ["Divorciado", "Divorciada", "Divorciados", "Divorciado/a", "Divorciado(a)", "Divorced", "Divorcé",
      "Divorcée"]),
    ("6", _t("Viudo(a)", "Widowed", "Viúvo(a)", "Veuf/veuve"),
     ["Viudo", "Viuda", "Viudos", "Viudo/a", "Viudo(a)", "Widowed", "Widow", "Widower", "Viúvo", "Viúva",
      "Veuf", "Veuve"]),
    _unknown("9", "Estado civil ignorado", "Estado conyugal ignorado"),
]


def _ceb() -> list:
    rows = [_total("Total de mujeres", "Total women", "Total de mulheres", "Total des femmes")]
    zero = ["Ninguno", "Ningún hijo", "Sin hijos", "0 hijos", "None", "No children", "0 children", "Nenhum",
            "Nenhum filho", "Sem filhos", "0 filhos", "Aucun", "Aucun enfant", "Sans enfant", "0 enfant"]
    rows.append(("0", _t("Ningún hijo", "No children", "Nenhum filho", "Aucun enfant"), zero))
    for n in range(1, 10):
        es = f"{n} hijo" if n == 1 else f"{n} hijos"
        en = f"{n} child" if n == 1 else f"{n} children"
        pt = f"{n} filho" if n == 1 else f"{n} filhos"
        fr = f"{n} enfant" if n == 1 else f"{n} enfants"
        rows.append((str(n), _t(es, en, pt, fr), [es, en, pt, fr, f"{n} hijo(s)", f"{n} hijos nacidos vivos"]))
    rows.append(("10+", _t("10 hijos y más", "10 children or more", "10 filhos ou mais", "10 enfants ou plus"),
                 ["10 y más", "10 o más", "10 hijos y más", "10 y más hijos", "10 hijos o más", "10+",
                  "10 or more", "10 and over", "10 e mais", "10 ou mais", "10 filhos e mais", "10 et plus",
                  "10 enfants et plus"]))
    rows.append(_unknown("99", "Hijos ignorados", "Número de hijos ignorado"))
    return rows


def _range_words(a: int, b: int | None, unit: tuple[str, str, str, str]) -> tuple[dict, list]:
    """Labels and aliases of the interval a..b (b None: a and over); unit: es/en/pt/fr word."""
    es_u, en_u, pt_u, fr_u = unit
    if b is None:
        labels = _t(f"{a} {es_u} y más", f"{a} {en_u} and over", f"{a} {pt_u} ou mais", f"{a} {fr_u} et plus")
        aliases = [f"{a}+", f"{a} y más", f"{a} {es_u} y más", f"{a} y más {es_u}", f"{a} o más",
                   f"{a} {es_u} o más", f"{a} and over", f"{a} {en_u} and over", f"{a} and more", f"{a}+ {en_u}",
                   f"{a} e mais", f"{a} {pt_u} e mais", f"{a} {pt_u} ou mais", f"{a} et plus",
                   f"{a} {fr_u} et plus", f"{a} {fr_u} ou plus"]
        return labels, aliases
    labels = _t(f"{a} a {b} {es_u}", f"{a}-{b} {en_u}", f"{a} a {b} {pt_u}", f"{a} à {b} {fr_u}")
    aliases = [f"{a}-{b}", f"{a} a {b}", f"{a} - {b}", f"{a}-{b} {es_u}", f"{a} a {b} {es_u}",
               f"De {a} a {b} {es_u}", f"{a} to {b}", f"{a} to {b} {en_u}", f"{a}-{b} {en_u}", f"{a} a {b} {pt_u}",
               f"{a} à {b} {fr_u}", f"{a}-{b} {fr_u}"]
    return labels, aliases


AGE_UNIT = ("años", "years", "anos", "ans")


def _age() -> list:
    rows = [_total("Todas las edades", "Total edades", "All ages", "Todas as idades", "Tous âges")]

    def interval(a: int, b: int) -> tuple:
        labels, aliases = _range_words(a, b, AGE_UNIT)
        return (f"{a:02d}-{b:02d}", labels, aliases + [f"{a:02d}-{b:02d}", f"{a:02d} a {b:02d}"])

    def top(a: int) -> tuple:
        labels, aliases = _range_words(a, None, AGE_UNIT)
        return (f"{a:02d}+", labels, aliases + [f"{a:02d}+", f"{a:02d} y más"])

    # IMILA's standard five-year groups, then finer tops, broad groups, other open tops.
    rows += [interval(a, a + 4) for a in range(0, 85, 5)] + [top(85)]
    rows += [interval(a, a + 4) for a in range(85, 100, 5)] + [top(a) for a in (90, 95, 100)]
    broad = [(0, 9), (0, 14), (0, 19), (10, 19), (15, 24), (15, 29), (15, 64), (20, 29), (25, 34), (25, 44),
             (25, 64), (30, 39), (30, 44), (35, 44), (40, 49), (45, 54), (45, 59), (45, 64), (50, 59), (55, 64),
             (60, 69), (65, 74), (70, 79)]
    rows += [interval(a, b) for a, b in broad] + [top(a) for a in (5, 10, 15, 50, 60, 65, 70, 75, 80)]
    rows.append(_unknown("UNK", "Edad ignorada", "Edad no declarada", "Age not stated", "Idade ignorada",
                         "Idade não declarada", "Âge non déclaré"))
    return rows


PERIOD = [
    _total(),
    _unknown("UNK", "Año ignorado", "Período ignorado", "Periodo ignorado", "Año no declarado", "No recuerda",
             "Year not stated", "Ano ignorado", "Ano não declarado", "Année non déclarée"),
]


def _educ() -> list:
    rows = [_total()]
    rows.append(("0", _t("Sin instrucción (0 años)", "No schooling (0 years)", "Sem instrução (0 anos)",
                         "Aucune scolarité (0 année)"),
                 ["Sin instrucción", "Ninguno", "Ninguna", "Sin escolaridad", "Sin estudios", "Sin años de estudio",
                  "0 años", "Ningún año", "Ningún año aprobado", "No schooling", "None", "No education", "0 years",
                  "Sem instrução", "Sem instrução e menos de 1 ano de estudo", "Menos de 1 ano", "0 anos",
                  "Nenhum", "Aucune scolarité", "Sans scolarité", "Aucun", "0 année"]))
    for a, b in ((1, 3), (4, 6), (7, 9), (10, 12)):
        labels, aliases = _range_words(a, b, AGE_UNIT)
        rows.append((f"{a}-{b}", labels, aliases + [f"{a} a {b} años de estudio", f"{a} a {b} años aprobados"]))
    labels, aliases = _range_words(13, None, AGE_UNIT)
    rows.append(("13+", labels, aliases + ["13 años de estudio y más", "13 años aprobados y más"]))
    rows.append(_unknown("UNK", "Años de estudio ignorados", "Años de estudio no declarados"))
    return rows


ACT = [
    _total("Población de 15 años y más", "Total población"),
    ("1", _t("Ocupados", "Employed", "Ocupados", "Actifs occupés"),
     ["Ocupado", "Ocupados", "Ocupada", "Población ocupada", "Trabajando", "Trabaja", "Con empleo",
      "Employed", "Employed persons", "Ocupadas", "Pessoas ocupadas", "População ocupada", "Actif occupé",
      "Actifs occupés", "Occupés", "En emploi"]),
    ("2", _t("Desocupados", "Unemployed", "Desocupados", "Chômeurs"),
     ["Desocupado", "Desocupados", "Desocupada", "Desempleado", "Desempleados", "Desocupación", "Cesante",
      "Cesantes", "Busca trabajo por primera vez", "Buscan trabajo por primera vez", "Buscando trabajo",
      "Población desocupada", "Unemployed", "Desocupadas", "Desempregado", "Desempregados", "Pessoas desocupadas",
      "Chômeur", "Chômeurs", "Sans emploi"]),
    ("3", _t("Económicamente inactivos", "Economically inactive", "Economicamente inativos", "Inactifs"),
     ["Inactivo", "Inactivos", "Inactiva", "Población económicamente inactiva", "No económicamente activa",
      "No económicamente activos", "Población no económicamente activa", "PEI", "Fuera de la fuerza de trabajo",
      "Inactive", "Economically inactive", "Not economically active", "Not in the labour force",
      "Not in labor force", "Inativo", "Inativos", "Não economicamente ativos", "Fora da força de trabalho",
      "Inactif", "Inactifs"]),
    _unknown("9", "Condición de actividad ignorada"),
]

IND = [
    _total(),
    ("A", _t("Agricultura, ganadería, silvicultura y pesca", "Agriculture, forestry and fishing",
             "Agricultura, pecuária, produção florestal, pesca e aquicultura", "Agriculture, sylviculture et pêche"),
     ["Agricultura", "Agricultura, caza, silvicultura y pesca", "Agricultura y pesca", "Agropecuario",
      "Agricultura, ganadería, caza y silvicultura", "Agriculture", "Agropecuária", "Pesca"]),
    ("B", _t("Explotación de minas y canteras", "Mining and quarrying", "Indústrias extrativas",
             "Activités extractives"),
     ["Minas y canteras", "Minería", "Explotación de minas", "Mining", "Indústria extrativa", "Mineração",
      "Industries extractives"]),
    ("C", _t("Industrias manufactureras", "Manufacturing", "Indústrias de transformação",
             "Activités de fabrication"),
     ["Industria manufacturera", "Industria", "Manufactura", "Industrias", "Indústria de transformação",
      "Indústria", "Industrie manufacturière"]),
    ("D", _t("Suministro de electricidad, gas, vapor y aire acondicionado",
             "Electricity, gas, steam and air conditioning supply",
             "Eletricidade, gás, vapor e ar condicionado",
             "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné"),
     ["Electricidad, gas y agua", "Electricidad, gas, vapor y aire acondicionado", "Electricidad y gas",
      "Electricity and gas", "Electricity, gas and water supply", "Eletricidade e gás"]),
    ("E", _t("Suministro de agua; evacuación de aguas residuales, gestión de desechos y descontaminación",
             "Water supply; sewerage, waste management and remediation activities",
             "Água, esgoto, atividades de gestão de resíduos e descontaminação",
             "Distribution d'eau; réseau d'assainissement; gestion des déchets et remise en état"),
     ["Suministro de agua", "Agua y saneamiento", "Water supply", "Água e esgoto"]),
    ("F", _t("Construcción", "Construction", "Construção", "Construction"), ["Construcción", "Construction"]),
    ("G", _t("Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas",
             "Wholesale and retail trade; repair of motor vehicles and motorcycles",
             "Comércio; reparação de veículos automotores e motocicletas",
             "Commerce de gros et de détail; réparation de véhicules automobiles et de motocycles"),
     ["Comercio", "Comercio al por mayor y menor", "Comercio al por mayor y al por menor",
      "Wholesale and retail trade", "Trade", "Comércio", "Commerce"]),
    ("H", _t("Transporte y almacenamiento", "Transportation and storage", "Transporte, armazenagem e correio",
             "Transports et entreposage"),
     ["Transporte", "Transporte, almacenamiento y comunicaciones", "Transport and storage", "Transporte",
      "Transports"]),
    ("I", _t("Actividades de alojamiento y de servicio de comidas", "Accommodation and food service activities",
             "Alojamento e alimentação", "Activités d'hébergement et de restauration"),
     ["Hoteles y restaurantes", "Alojamiento y servicios de comidas", "Hotels and restaurants",
      "Hébergement et restauration"]),
    ("J", _t("Información y comunicaciones", "Information and communication", "Informação e comunicação",
             "Information et communication"), ["Información y comunicación", "Comunicaciones"]),
    ("K", _t("Actividades financieras y de seguros", "Financial and insurance activities",
             "Atividades financeiras, de seguros e serviços relacionados", "Activités financières et d'assurance"),
     ["Intermediación financiera", "Servicios financieros", "Financial intermediation", "Finance and insurance"]),
    ("L", _t("Actividades inmobiliarias", "Real estate activities", "Atividades imobiliárias",
             "Activités immobilières"), ["Inmobiliarias", "Real estate"]),
    ("M", _t("Actividades profesionales, científicas y técnicas", "Professional, scientific and technical activities",
             "Atividades profissionais, científicas e técnicas", "Activités spécialisées, scientifiques et techniques"),
     ["Actividades profesionales", "Servicios profesionales"]),
    ("N", _t("Actividades de servicios administrativos y de apoyo", "Administrative and support service activities",
             "Atividades administrativas e serviços complementares",
             "Activités de services administratifs et de soutien"), ["Servicios administrativos y de apoyo"]),
    ("O", _t("Administración pública y defensa; planes de seguridad social de afiliación obligatoria",
             "Public administration and defence; compulsory social security",
             "Administração pública, defesa e seguridade social",
             "Administration publique et défense; sécurité sociale obligatoire"),
     ["Administración pública", "Administración pública y defensa", "Public administration",
      "Public administration and defense", "Administração pública", "Administration publique"]),
    ("P", _t("Enseñanza", "Education", "Educação", "Enseignement"), ["Enseñanza", "Educación", "Education"]),
    ("Q", _t("Actividades de atención de la salud humana y de asistencia social",
             "Human health and social work activities", "Saúde humana e serviços sociais",
             "Activités pour la santé humaine et l'action sociale"),
     ["Servicios sociales y de salud", "Salud", "Salud y asistencia social", "Servicios sociales y de salud humana",
      "Health and social work", "Saúde", "Santé et action sociale"]),
    ("R", _t("Actividades artísticas, de entretenimiento y recreativas", "Arts, entertainment and recreation",
             "Artes, cultura, esporte e recreação", "Arts, spectacles et activités récréatives"),
     ["Artes, entretenimiento y recreación", "Arts and entertainment"]),
    ("S", _t("Otras actividades de servicios", "Other service activities", "Outras atividades de serviços",
             "Autres activités de services"),
     ["Otros servicios", "Otras actividades de servicios comunitarios, sociales y personales", "Other services",
      "Outros serviços", "Autres services"]),
    ("T", _t("Actividades de los hogares como empleadores; actividades no diferenciadas de los hogares como "
             "productores de bienes y servicios para uso propio",
             "Activities of households as employers; undifferentiated goods- and services-producing activities of "
             "households for own use",
             "Atividades dos domicílios como empregadores; atividades não diferenciadas de produção de bens e "
             "serviços dos domicílios para uso próprio",
             "Activités des ménages en tant qu'employeurs; activités indifférenciées des ménages en tant que "
             "producteurs de biens et services pour usage propre"),
     ["Hogares privados con servicio doméstico", "Servicio doméstico", "Hogares como empleadores",
      "Private households with employed persons", "Domestic service", "Serviços domésticos",
      "Ménages employeurs"]),
    ("U", _t("Actividades de organizaciones y órganos extraterritoriales",
             "Activities of extraterritorial organizations and bodies",
             "Organismos internacionais e outras instituições extraterritoriais",
             "Activités des organisations et organismes extraterritoriaux"),
     ["Organizaciones extraterritoriales", "Organizaciones y órganos extraterritoriales",
      "Extraterritorial organizations", "Organismos internacionais"]),
    _unknown("X", "Actividades no bien especificadas", "Rama ignorada", "Rama de actividad ignorada",
             "Actividad no especificada", "Not adequately defined", "Atividades mal definidas",
             "Activités mal désignées"),
]

OCC = [
    _total(),
    ("0", _t("Ocupaciones militares", "Armed forces occupations", "Membros das forças armadas",
             "Professions militaires"),
     ["Fuerzas armadas", "Militares", "Armed forces", "Forças armadas", "Forces armées"]),
    ("1", _t("Directores y gerentes", "Managers", "Diretores e gerentes", "Directeurs, cadres de direction et gérants"),
     ["Directores", "Directivos", "Miembros del poder ejecutivo y de los cuerpos legislativos y personal directivo",
      "Legislators, senior officials and managers", "Dirigentes", "Cadres de direction"]),
    ("2", _t("Profesionales científicos e intelectuales", "Professionals", "Profissionais das ciências e intelectuais",
             "Professions intellectuelles et scientifiques"),
     ["Profesionales", "Profesionales, científicos e intelectuales", "Profissionais das ciências e das artes"]),
    ("3", _t("Técnicos y profesionales de nivel medio", "Technicians and associate professionals",
             "Técnicos e profissionais de nível médio", "Professions intermédiaires"),
     ["Técnicos", "Técnicos y profesionales de nivel medio", "Técnicos de nível médio"]),
    ("4", _t("Personal de apoyo administrativo", "Clerical support workers", "Trabalhadores de apoio administrativo",
             "Employés de type administratif"),
     ["Empleados de oficina", "Empleados administrativos", "Personal administrativo", "Clerks",
      "Trabalhadores de serviços administrativos"]),
    ("5", _t("Trabajadores de los servicios y vendedores de comercios y mercados", "Service and sales workers",
             "Trabalhadores dos serviços, vendedores dos comércios e mercados",
             "Personnel des services directs aux particuliers, commerçants et vendeurs"),
     ["Trabajadores de los servicios y vendedores", "Vendedores", "Service workers and shop and market sales workers",
      "Trabalhadores dos serviços e vendedores"]),
    ("6", _t("Agricultores y trabajadores calificados agropecuarios, forestales y pesqueros",
             "Skilled agricultural, forestry and fishery workers",
             "Trabalhadores qualificados da agropecuária, florestais, da caça e da pesca",
             "Agriculteurs et ouvriers qualifiés de l'agriculture, de la sylviculture et de la pêche"),
     ["Agricultores", "Trabajadores agropecuarios", "Agricultores y trabajadores calificados agropecuarios y pesqueros",
      "Skilled agricultural and fishery workers", "Trabalhadores agropecuários"]),
    ("7", _t("Oficiales, operarios y artesanos de artes mecánicas y de otros oficios", "Craft and related trades workers",
             "Trabalhadores qualificados, operários e artesãos da construção, das artes mecânicas e outros ofícios",
             "Métiers qualifiés de l'industrie et de l'artisanat"),
     ["Oficiales y operarios", "Artesanos", "Operarios y artesanos", "Craft workers"]),
    ("8", _t("Operadores de instalaciones y máquinas y ensambladores", "Plant and machine operators, and assemblers",
             "Operadores de instalações e máquinas e montadores",
             "Conducteurs d'installations et de machines, et ouvriers de l'assemblage"),
     ["Operadores de máquinas", "Operadores de instalaciones y máquinas", "Machine operators"]),
    ("9", _t("Ocupaciones elementales", "Elementary occupations", "Ocupações elementares", "Professions élémentaires"),
     ["Trabajadores no calificados", "Ocupaciones no calificadas", "Elementary occupations", "Unskilled workers",
      "Trabalhadores não qualificados"]),
    _unknown("X", "Ocupación ignorada", "Ocupación no especificada", "Ocupaciones no bien especificadas",
             "Ocupação mal definida", "Occupations not adequately defined"),
]

ICSE = [
    _total(),
    ("1", _t("Asalariados", "Employees", "Empregados", "Salariés"),
     ["Asalariado", "Empleado", "Empleados", "Obrero", "Obreros", "Empleado u obrero", "Obrero o empleado",
      "Empleado(a) / obrero(a)", "Empleado/obrero", "Trabajador dependiente", "Empleado público",
      "Empleado privado", "Empleado u obrero del sector público", "Empleado u obrero del sector privado",
      "Trabajador doméstico", "Empleado doméstico", "Empleada doméstica", "Servicio doméstico", "Jornalero",
      "Jornalero o peón", "Employee", "Employees", "Paid employee", "Empregado", "Empregados",
      "Trabalhador doméstico", "Salarié", "Salariés"]),
    ("2", _t("Empleadores", "Employers", "Empregadores", "Employeurs"),
     ["Empleador", "Empleadores", "Patrón", "Patrones", "Patrono", "Patrón o empleador", "Empleador o patrón",
      "Patrón o socio", "Employer", "Employers", "Empregador", "Employeur"]),
    ("3", _t("Trabajadores por cuenta propia", "Own-account workers", "Trabalhadores por conta própria",
             "Travailleurs pour compte propre"),
     ["Cuenta propia", "Por cuenta propia", "Trabajador por cuenta propia", "Trabajador independiente",
      "Independiente", "Independientes", "Own-account worker", "Self-employed", "Conta própria",
      "Trabalhador por conta própria", "Travailleur indépendant", "Indépendants", "À son compte"]),
    ("4", _t("Miembros de cooperativas de productores", "Members of producers' cooperatives",
             "Membros de cooperativas de produtores", "Membres de coopératives de producteurs"),
     ["Cooperativista", "Cooperativistas", "Miembro de cooperativa", "Socio de cooperativa",
      "Member of producers' cooperative", "Cooperado", "Membre de coopérative"]),
    ("5", _t("Trabajadores familiares auxiliares", "Contributing family workers", "Trabalhadores familiares auxiliares",
             "Travailleurs familiaux collaborant à l'entreprise familiale"),
     ["Familiar no remunerado", "Familiares no remunerados", "Trabajador familiar no remunerado",
      "Trabajador familiar sin remuneración", "Trabajador familiar sin pago", "Familiar auxiliar",
      "Ayudante familiar", "Trabajador no remunerado", "Unpaid family worker", "Contributing family worker",
      "Trabalhador familiar não remunerado", "Não remunerado", "Aide familial", "Aides familiaux"]),
    _unknown("9", "Categoría ignorada", "Categoría ocupacional ignorada"),
]

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

_PUNCT = re.compile(r"[^0-9a-z+<]+")


def norm(text: str) -> str:
    """Comparison key: case, accents and punctuation ignored."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return _PUNCT.sub(" ", text).strip()


def _tidy(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


_TERRITORIES: dict[str, dict[str, str]] = {}


def territories(locale_id: str) -> dict[str, str]:
    if locale_id not in _TERRITORIES:
        _TERRITORIES[locale_id] = dict(Locale.parse(locale_id).territories)
    return _TERRITORIES[locale_id]


def cldr_label(key: str, lang: str, label_locale: dict[str, str]) -> str:
    name = territories(label_locale[lang])[key]
    if lang == "en":
        name = name.replace(" & ", " and ")
    return _tidy(name.replace(" - ", "-"))


def cldr_variants(key: str) -> list[str]:
    names = []
    for lang in LANGS:
        for loc in VARIANT_LOCALES[lang]:
            name = territories(loc).get(key)
            if name:
                names += [name, _tidy(name)]
                if "&" in name:
                    names.append(name.replace("&", "and" if lang == "en" else "y" if lang == "es"
                                              else "e" if lang == "pt" else "et"))
    return names


_PREPOSITIONS = ("of", "the", "de", "del", "da", "do", "das", "dos", "du", "des", "d'", "la", "le")


def turned(name: str, english: bool) -> list[str]:
    """ISO comma forms turned round: 'Korea, Republic of' -> 'Korea (Republic of)', 'Republic of Korea'."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    forms = [name, f"{head} ({tail})"]
    last = tail.split()[-1].casefold() if tail.split() else ""
    if last in _PREPOSITIONS or tail.endswith("'"):
        sep = "" if tail.endswith("'") else " "
        forms.append(f"{tail}{sep}{head}")
    elif english and len(tail.split()) == 1:
        forms.append(f"{tail} {head}")
    return forms


_GETTEXT: dict[tuple[str, str], gettext.NullTranslations] = {}


def iso_translation(domain: str, lang: str) -> gettext.NullTranslations:
    if (domain, lang) not in _GETTEXT:
        _GETTEXT[(domain, lang)] = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang],
                                                       fallback=True)
    return _GETTEXT[(domain, lang)]


def iso_names(entry, domain: str) -> list[str]:
    """ISO 3166 names of a pycountry entry in English and its es/pt/fr translations, with turned forms."""
    names = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(entry, attr, None)
        if not value:
            continue
        names += turned(value, english=True)
        for lang in ISO_GETTEXT_LANGS:
            translated = iso_translation(domain, lang).gettext(value)
            if translated and translated != value:
                for part in translated.split("; "):  # the Dutch catalogue lists variants: "USSR; Unie van ..."
                    names += turned(part, english=False)
    return names


def _article_es(name: str) -> str:
    low = name.casefold()
    if low.startswith("el "):
        return "del " + name[3:]
    if low.startswith(("caribe", "sudeste", "norte de", "sur de", "medio oriente", "oriente", "cercano oriente",
                       "lejano oriente", "extremo oriente", "continente")):
        return "del " + name
    if low.startswith(("región", "las ")):
        return ("de la " if low.startswith("región") else "de ") + name
    if low.startswith("islas"):
        return "de las " + name
    return "de " + name


def _article_en(name: str) -> str:
    low = name.casefold()
    if low.startswith("the "):
        return name
    if low.startswith(("caribbean", "americas", "micronesian", "channel", "middle east", "near east", "far east",
                       "west indies")):
        return "the " + name
    return name


def _article_pt(name: str) -> str:
    low = name.casefold()
    if low.startswith(("américas", "caraíbas", "antilhas")):
        return "das " + name
    if low.startswith("ilhas"):
        return "das " + name
    if low.startswith(("caribe", "sudeste", "norte", "sul", "leste", "oriente", "médio oriente", "extremo")):
        return "do " + name
    return "da " + name


def _article_fr(name: str) -> str:
    low = name.casefold()
    if low.startswith(("amériques", "caraïbes", "antilles")):
        return "des " + name
    if low.startswith(("îles", "iles")):
        return "des " + name[0].lower() + name[1:]
    if low.startswith("région"):
        return "de la " + name[0].lower() + name[1:]
    if low.startswith(("moyen", "proche", "extrême")):
        return "du " + name
    if norm(name)[:1] in "aeiouyh":
        return "d'" + name
    return "de " + name


# ---------------------------------------------------------------------------
# Code lists
# ---------------------------------------------------------------------------

class CodeListBuilder:
    """Collects codes and their aliases; resolves aliases claimed by two codes."""

    # Priority of an alias source: the lower wins a conflict.
    HAND, LABEL, DERIVED = 0, 1, 2

    def __init__(self, list_id: str):
        self.list_id = list_id
        self.codes: dict[str, dict] = {}
        self.forms: dict[str, list[tuple[str, int]]] = {}
        self.former: dict[str, set[str]] = {}  # code → comparison keys of its former names
        self.dropped: list[tuple[str, list[str]]] = []

    def add(self, code: str, kind: str, labels: dict[str, str], parent: str | None = None,
            iso3: str | None = None) -> None:
        assert code not in self.codes, (self.list_id, code)
        assert all(labels.get(lang) for lang in LANGS), (self.list_id, code, labels)
        langs = LANGS + tuple(lang for lang in EXTRA_LABEL_LANGS if labels.get(lang))
        self.codes[code] = {"code": code, "kind": kind, "label": {lang: labels[lang] for lang in langs},
                            "parent": parent, "iso3": iso3}
        self.forms[code] = [(labels[lang], self.LABEL) for lang in langs]

    def alias(self, code: str, names, priority: int, former: bool = False) -> None:
        names = [_tidy(n) for n in names if n and n.strip()]
        self.forms[code] += [(n, priority) for n in names]
        if former:
            self.former.setdefault(code, set()).update(norm(n) for n in names)

    def resolve(self) -> dict[str, list[str]]:
        """One alias per comparison key and code; a key claimed by several codes stays with the code(s) of
        the strongest source, and is dropped if that is still ambiguous."""
        claims: dict[str, dict[str, int]] = {}
        for code, forms in self.forms.items():
            for form, prio in forms:
                key = norm(form)
                if not key:
                    continue
                best = claims.setdefault(key, {})
                best[code] = min(prio, best.get(code, prio))
        keep: dict[str, str] = {}
        for key, by_code in claims.items():
            top = min(by_code.values())
            winners = [c for c, p in by_code.items() if p == top]
            if len(winners) == 1:
                keep[key] = winners[0]
            else:
                self.dropped.append((key, sorted(by_code)))
        result: dict[str, list[str]] = {}
        for code, forms in self.forms.items():
            chosen: dict[str, str] = {}
            for form, prio in sorted(forms, key=lambda fp: (fp[1], fp[0])):
                key = norm(form)
                if key and keep.get(key) == code and key not in chosen:
                    chosen[key] = form
            result[code] = sorted(chosen.values(), key=lambda s: (norm(s), s))
        return result

    def to_json(self, patterns: list[str] | None = None) -> dict:
        aliases = self.resolve()
        codes = []
        for code, body in self.codes.items():
            row = {"code": code, "kind": body["kind"], "label": body["label"], "aliases": aliases[code]}
            if body["parent"]:
                row["parent"] = body["parent"]
            if body["iso3"]:
                row["iso3"] = body["iso3"]
            former = [a for a in aliases[code] if norm(a) in self.former.get(code, ())]
            if former:
                row["former"] = former
            codes.append(row)
        return {"codes": codes, "patterns": list(patterns or [])}


def region_names(code: str) -> dict[str, list[str]]:
    """Names of a region per language: label first, then hand aliases and CLDR variants."""
    names: dict[str, list[str]] = {}
    for lang in LANGS:
        found = [region_label(code)[lang]] + REGION_ALIASES.get(code, {}).get(lang, [])
        for loc in VARIANT_LOCALES[lang]:
            name = territories(loc).get(code)
            if name:
                found.append(_tidy(name))
        excluded = {norm(n) for n in REGION_NAME_EXCLUDE.get(code, ())}
        seen, ordered = set(), []
        for name in found:
            if norm(name) not in seen and norm(name) not in excluded:
                seen.add(norm(name))
                ordered.append(name)
        names[lang] = ordered
    return names


def region_names_nl(code: str) -> list[str]:
    """Dutch names of a region: the CLDR ``nl`` name first, then hand aliases."""
    found = [cldr_nl(code)] + REGION_ALIASES_NL.get(code, [])
    seen, ordered = set(), []
    for name in found:
        if name and norm(name) not in seen:
            seen.add(norm(name))
            ordered.append(name)
    return ordered


def cldr_nl(key: str) -> str:
    """The CLDR Dutch name, capitalised as census tables write it ("onbekend gebied" → "Onbekend gebied")."""
    name = territories("nl").get(key, "")
    return _tidy(name[:1].upper() + name[1:]) if name else ""


def nl_pap_variants(key: str) -> list[str]:
    """Dutch regional and Papiamento CLDR names of a territory."""
    names = []
    for loc in NL_VARIANT_LOCALES + PAP_LOCALES:
        name = territories(loc).get(key)
        if name:
            names += [name, _tidy(name)]
            if "&" in name:
                names.append(name.replace("&", "en" if loc.startswith("nl") else "i"))
    return names


def region_label(code: str) -> dict[str, str]:
    labels = {}
    for lang in LANGS:
        override = REGION_LABEL_OVERRIDES.get(code, {}).get(lang)
        labels[lang] = override or cldr_label(code, lang, REGION_LABEL_LOCALE)
    return labels


def residual_words(code: str) -> tuple[dict[str, str], list[str]]:
    names = region_names(code)
    label = region_label(code)
    nl_names = region_names_nl(code)
    labels = {
        "es": f"Otros países {_article_es(label['es'])}",
        "en": f"Other countries of {_article_en(label['en'])}",
        "pt": f"Outros países {_article_pt(label['pt'])}",
        "fr": f"Autres pays {_article_fr(label['fr'])}",
        "nl": f"Overige landen in {_nl_name(nl_names[0])}",
    }
    aliases = []
    for name in names["es"]:
        de = _article_es(name)
        aliases += [f"Otros países {de}", f"Resto {de}", f"Otros {de}", f"Demás países {de}",
                    f"Resto de países {de}"]
    for name in names["en"]:
        bare = name[4:] if name.casefold().startswith("the ") else name
        the = _article_en(bare)
        aliases += [f"Other countries of {the}", f"Other countries in {the}", f"Rest of {the}", f"Other {bare}"]
    for name in names["pt"]:
        da = _article_pt(name)
        aliases += [f"Outros países {da}", f"Demais países {da}", f"Restante {da}", f"Resto {da}"]
    for name in names["fr"]:
        de = _article_fr(name)
        aliases += [f"Autres pays {de}", f"Reste {de}"]
    for name in nl_names:
        name = _nl_name(name)
        aliases += [f"Overig {name}", f"Overige landen in {name}", f"Overige landen van {name}", f"Rest van {name}",
                    f"Andere landen in {name}"]
    adjective = REGION_ADJECTIVES_NL.get(code)
    if adjective:
        aliases += [f"Overige {adjective} landen", f"Andere {adjective} landen"]
    return labels, aliases + RESIDUAL_EXTRA_ALIASES.get(code, [])


def _nl_name(name: str) -> str:
    """A Dutch region name inside a sentence: "Het Caribisch gebied" → "het Caribisch gebied"."""
    return "het " + name[4:] if name.startswith("Het ") else name


def build_country() -> dict:
    b = CodeListBuilder("COUNTRY")
    b.add(TOTAL, "total", {**_t("Total", "Total", "Total", "Total"), "nl": TOTAL_LABEL_NL})
    b.alias(TOTAL, TOTAL_ALIASES + [
        "Total nacidos en el extranjero", "Total de nacidos en el extranjero", "Total población nacida en el extranjero",
        "Población nacida en el extranjero", "Nacidos en el extranjero", "Total extranjeros", "Todos los países",
        "Total países", "Mundo", "Total foreign-born", "Foreign-born population", "All countries", "World",
        "Total nascidos no exterior", "Todos os países", "Total nés à l'étranger", "Tous les pays", "Monde",
        "Alle landen", "Totaal buitenland", "Geboren in het buitenland", "In het buitenland geboren",
        "Buitenland", "Wereld", "Total nasí den eksterior"],
        b.HAND)

    region_codes = list(M49_REGIONS) + sorted(M49_SUBREGIONS)
    for code in sorted(M49_REGIONS):
        b.add(code, "region", {**region_label(code), "nl": region_names_nl(code)[0]}, TOTAL)
    for code in sorted(M49_SUBREGIONS):
        b.add(code, "subregion", {**region_label(code), "nl": region_names_nl(code)[0]}, M49_SUBREGIONS[code])
    for code in region_codes:
        b.alias(code, [n for lang in LANGS for n in region_names(code)[lang]] + region_names_nl(code), b.HAND)
        b.alias(code, nl_pap_variants(code), b.DERIVED)

    parent_of = {member: region for region, members in M49_MEMBERS.items() for member in members.split()}
    for code in M49_NO_REGION:
        parent_of[code] = TOTAL
    current = {c.numeric: c for c in pycountry.countries}
    missing = sorted(set(current) - set(parent_of))
    unknown = sorted(set(parent_of) - set(current))
    if missing or unknown:
        raise SystemExit(f"M49 table and ISO 3166 disagree: missing {missing}, unknown {unknown}")
    for numeric in sorted(current):
        country = current[numeric]
        labels = {lang: cldr_label(country.alpha_2, lang, COUNTRY_LABEL_LOCALE) for lang in LANGS}
        b.add(numeric, "country", {**labels, "nl": cldr_nl(country.alpha_2)}, parent_of[numeric], country.alpha_3)
        b.alias(numeric, cldr_variants(country.alpha_2) + nl_pap_variants(country.alpha_2)
                + iso_names(country, "iso3166-1"), b.DERIVED)

    historic_done = set()
    for entry in sorted(pycountry.historic_countries,
                        key=lambda e: (HISTORIC_NUMERIC_OVERRIDE.get(e.alpha_3, getattr(e, "numeric", None) or ""),
                                       e.alpha_3)):
        numeric = HISTORIC_NUMERIC_OVERRIDE.get(entry.alpha_3, getattr(entry, "numeric", None))
        if not numeric or entry.alpha_3 in HISTORIC_SKIP:
            continue
        names = iso_names(entry, "iso3166-3")
        if numeric in current:  # renamed country: its old names are aliases of the successor
            current_names = {norm(n) for n in iso_names(current[numeric], "iso3166-1")}
            b.alias(numeric, [n for n in names if norm(n) not in current_names], b.DERIVED, former=True)
            b.alias(numeric, [n for n in names if norm(n) in current_names], b.DERIVED)
            continue
        if entry.alpha_3 not in HISTORIC_PARENTS or entry.alpha_3 not in HISTORIC_LABELS:
            raise SystemExit(f"historic entity {entry.alpha_3} needs a parent and labels")
        b.add(numeric, "historic", {**dict(zip(LANGS, HISTORIC_LABELS[entry.alpha_3])),
                                    "nl": HISTORIC_LABELS_NL[entry.alpha_3]}, HISTORIC_PARENTS[entry.alpha_3],
              entry.alpha_3)
        b.alias(numeric, names, b.DERIVED)
        historic_done.add(entry.alpha_3)
    if historic_done != set(HISTORIC_PARENTS):
        raise SystemExit(f"historic table out of step with pycountry: {sorted(set(HISTORIC_PARENTS) ^ historic_done)}")

    for code in sorted(region_codes):
        labels, aliases = residual_words(code)
        b.add("R" + code, "residual", labels, code)
        b.alias("R" + code, aliases, b.HAND)

    b.add("OTH", "other", _t("Otros países (región no especificada)", "Other countries (region not stated)",
                              "Outros países (região não especificada)", "Autres pays (région non précisée)")
          | {"nl": "Overige landen (regio niet vermeld)"}, TOTAL)
    b.alias("OTH", ["Otros países", "Otros", "Otro país", "En otro país", "Resto del mundo", "Demás países",
                    "Otros países del mundo", "Resto de países", "Otros continentes", "Otros países y continentes",
                    "Other countries", "Other", "Others", "Other country", "Rest of the world", "Outros países",
                    "Outros", "Demais países", "Outro país", "Resto do mundo", "Autres pays", "Autres", "Autre pays",
                    "Reste du monde", "Overige landen", "Overige", "Overig", "Andere landen", "Ander land",
                    "Rest van de wereld", "Overige wereld", "Overig buitenland", "Otro pais", "Otro paisnan",
                    "Otro", "Resto di mundu"], b.HAND)
    b.add("NAT", "native", _t("País del censo (nacidos o residentes en él)", "Census country (born or living in it)",
                              "País do censo (nascidos ou residentes nele)",
                              "Pays du recensement (nés ou résidant dans ce pays)")
          | {"nl": "Land van de volkstelling (geboren of wonend in dit land)"}, TOTAL)
    b.alias("NAT", ["Nativos", "Nativo", "Nacidos en el país", "Nacido en el país", "En el país", "En este país",
                    "En el mismo país", "Mismo país", "Este país", "País del censo", "Residía en el país",
                    "Native-born", "Native", "Born in the country", "In this country", "Same country",
                    "Census country", "Nascidos no país", "No país", "Neste país", "Mesmo país", "Nés dans le pays",
                    "Dans le pays", "Même pays", "In het land geboren", "Geboren in dit land", "In dit land",
                    "Hetzelfde land"], b.HAND)
    b.add("UNK", "unknown", {**UNKNOWN_LABEL, "nl": UNKNOWN_LABEL_NL}, TOTAL)
    b.alias("UNK", UNKNOWN_ALIASES + ["País ignorado", "País no especificado", "País no declarado",
                                      "Lugar ignorado", "Lugar de nacimiento ignorado", "País de nacimiento ignorado",
                                      "Country not stated", "País não declarado", "Pays non déclaré",
                                      "Geboorteland onbekend", "Land onbekend", "Onbekend land", "Onbekend gebied",
                                      "Pais desconosí"], b.HAND)

    for table in (COUNTRY_ALIASES, FORMER_NAMES, REGIONAL_FORMS):
        for code, names in table.items():
            if code not in b.codes:
                raise SystemExit(f"alias table names unknown code {code}")
            if b.codes[code]["kind"] == "historic":  # a historic entity's names are its own, not former ones
                b.alias(code, names, b.HAND)
                continue
            former = [n for n in names if table is FORMER_NAMES or n in FORMER_IN_ALIASES]
            b.alias(code, former, b.HAND, former=True)
            b.alias(code, [n for n in names if n not in former], b.HAND)
    result = b.to_json()
    for key, codes in b.dropped:
        print(f"COUNTRY: ambiguous alias '{key}' claimed by {codes}: left out", file=sys.stderr)
    return result


def build_simple(list_id: str, rows: list, patterns: list[str] | None = None, parts: bool = True) -> dict:
    """A flat code list. With ``parts`` every category has parent _T (the categories add up to the total);
    AGE has none, as its enumerated intervals overlap (five-year and broad groups)."""
    b = CodeListBuilder(list_id)
    for code, labels, aliases in rows:
        kind = "total" if code == TOTAL else "unknown" if labels is UNKNOWN_LABEL else "category"
        b.add(code, kind, labels, TOTAL if parts and code != TOTAL else None)
        b.alias(code, aliases, b.HAND)
    result = b.to_json(patterns)
    for key, codes in b.dropped:
        print(f"{list_id}: ambiguous alias '{key}' claimed by {codes}: left out", file=sys.stderr)
    return result


def build() -> dict:
    codelists = {
        "COUNTRY": build_country(),
        "NATIVITY": build_simple("NATIVITY", NATIVITY),
        "SEX": build_simple("SEX", SEX),
        "AGE": build_simple("AGE", _age(), [r"^\d{2,3}-\d{2,3}$", r"^\d{2,3}\+$"], parts=False),
        "MARST": build_simple("MARST", MARST),
        "CEB": build_simple("CEB", _ceb()),
        "PERIOD": build_simple("PERIOD", PERIOD, [r"^\d{4}-\d{4}$", r"^<\d{4}$"]),
        "EDUC": build_simple("EDUC", _educ()),
        "ACT": build_simple("ACT", ACT),
        "IND": build_simple("IND", IND),
        "OCC": build_simple("OCC", OCC),
        "ICSE": build_simple("ICSE", ICSE),
    }
    dimensions = {
        dim_id: {"codelist": list_id, "name": name, "header_words": sorted(set(words), key=lambda s: (norm(s), s))}
        for dim_id, list_id, name, words in DIMENSIONS
    }
    tables = [
        {"id": table_id, "title": title, "universe": universe, "dimensions": dims, "min_age": min_age,
         "population": population}
        for table_id, dims, min_age, population, title, universe in TABLES
    ]
    for table in tables:
        unknown = [d for d in table["dimensions"] if d not in dimensions]
        if unknown:
            raise SystemExit(f"{table['id']} uses unknown dimensions {unknown}")
    return {"schema_version": SCHEMA_VERSION, "languages": list(LANGS), "built_with": built_with(),
            "dimensions": dimensions, "codelists": codelists, "tables": tables}


def built_with() -> dict[str, str]:
    """Versions of the name sources (CLDR via babel, ISO via pycountry) the file was derived from."""
    from importlib.metadata import version

    return {"babel": version("babel"), "pycountry": version("pycountry")}


def render() -> str:
    """The schema file's exact text."""
    return json.dumps(build(), indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="file to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="only compare with the file; exit 1 if it differs")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run tools/build_schema.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    raw = json.loads(text)
    countries = [c for c in raw["codelists"]["COUNTRY"]["codes"] if c["kind"] == "country"]
    n_aliases = sum(len(c["aliases"]) for body in raw["codelists"].values() for c in body["codes"])
    print(f"wrote {args.output} ({len(text.encode('utf-8')):,} bytes): {len(raw['tables'])} tables, "
          f"{len(raw['dimensions'])} dimensions, {len(raw['codelists'])} code lists, {len(countries)} countries, "
          f"{n_aliases:,} aliases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
