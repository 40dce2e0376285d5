"""A state written as a person would, to the code the database holds: "Azerbaijan", "az" or
"AZ" -> "AZ".

English names come from CLDR (Babel's locale data), short and variant forms included ("Turkey"
as well as "Türkiye", "Czech Republic" as well as "Czechia"), compared without case, accents
or punctuation. Blocs written as parties (NATO, CSTO, ...) are their own code. Anything else is
an error that says what was expected, never a filter that silently matches nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The blocs the corpus and the classifier write as parties (../shared/corpus/SCHEMA.md).
BLOCS = ("ASEAN", "AU", "CIS", "CSTO", "EU", "NATO", "SCO")
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
# CLDR's short and variant English names ("alt-short", "alt-variant"), which Babel does not ship,
# and the older names an analyst still types.
VARIANTS = {
    "Turkey": "TR", "Czech Republic": "CZ", "UK": "GB", "Great Britain": "GB", "Britain": "GB",
    "USA": "US", "US": "US", "Ivory Coast": "CI", "Macedonia": "MK", "Swaziland": "SZ", "Burma": "MM",
    "East Timor": "TL", "Cape Verde": "CV", "Congo (DRC)": "CD", "DR Congo": "CD", "Congo (Republic)": "CG",
    "Palestine": "PS", "Holland": "NL", "UAE": "AE", "Vatican": "VA",
}


def _key(text: str) -> str:
    """A name compared without case, accents, "the", "&" or punctuation."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _NOT_LETTERS.sub(" ", folded).split()
    return " ".join(word for word in words if word != "the")


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every English CLDR name of a two-letter territory (alt forms too), by _key, to its code."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        plain = code.split("-alt-")[0]
        if len(plain) == 2 and plain.isalpha():
            names.setdefault(_key(name), plain)
    for name, code in VARIANTS.items():
        names.setdefault(_key(name), code)
    return names


def english_name(code: str) -> str:
    """The English CLDR name of a state's code ("AZ" -> "Azerbaijan"); a bloc or unknown code as is."""
    from babel import Locale

    return Locale("en").territories.get(code, code)


def country_code(value: str) -> str:
    """The code of a state (ISO 3166-1 alpha-2) or bloc written as a code or an English name;
    ValueError saying what was expected when it names neither."""
    text = value.strip()
    if text.upper() in BLOCS:
        return text.upper()
    if len(text) == 2 and text.isalpha():
        from babel import Locale

        if text.upper() in Locale("en").territories:
            return text.upper()
    code = _names().get(_key(text))
    if code:
        return code
    raise ValueError(f"{value!r} is neither a state's ISO 3166-1 alpha-2 code (AZ) nor its English name"
                     f" (Azerbaijan), nor a bloc ({', '.join(BLOCS)})")


def pair_codes(value: str) -> tuple[str, str]:
    """Two states written as "AZ-KZ", "AZ,KZ", "Azerbaijan-Kazakhstan" or "Guinea-Bissau,Senegal",
    sorted as event parties are; ValueError when it is not two different states."""
    text = value.strip()
    splits = [(text[:m.start()], text[m.end():]) for m in re.finditer(r"\s*[,/–—-]\s*", text)]
    found = []
    for first, second in splits:
        try:
            found.append(tuple(sorted((country_code(first), country_code(second)))))
        except ValueError:
            continue
    if not found:
        raise ValueError(f"{value!r} is not two states like AZ-KZ or Azerbaijan,Kazakhstan")
    pair = found[0]
    if pair[0] == pair[1]:
        raise ValueError(f"{value!r} names the same state twice")
    return pair
