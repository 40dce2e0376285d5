"""Language detection without dependencies: the script decides first, stopwords and letters next.

Good enough for news prose in the languages the lexicons cover; anything else falls back to the
script's usual language or "en". A declared language (from the source's config) always wins.
"""

from __future__ import annotations

import re

from monitor.classify.lexicons import stopwords

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 6000
# Letters that single out one Latin-script language among the covered ones.
_MARKER_LETTERS = {"az": "əƏ", "tr": "ığİĞ", "ro": "ăĂțȚșȘţŢ", "fr": "çèêëœ", "es": "ñ¿¡",
                   "bg": "ъЪщЩ", "ru": "ыЫэЭёЁ"}


_SCRIPTS = (("cyrillic", re.compile(r"[\u0400-\u04FF]")), ("armenian", re.compile(r"[\u0530-\u058F]")),
            ("georgian", re.compile(r"[\u10A0-\u10FF]")),
            ("cjk", re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF]")))
_LETTER = re.compile(r"[^\W\d_]")


def _script(sample: str) -> str:
    """The script most of the sample's letters are written in ("latin" for any other letters)."""
    counts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS}
    counts["latin"] = len(_LETTER.findall(sample)) - sum(counts.values())
    best = max(counts, key=lambda name: (counts[name], name == "latin"))
    return best if counts[best] > 0 else "latin"


def detect(text: str) -> str:
    """The ISO 639-1 code of the text's language (best guess; "en" when nothing is known)."""
    sample = text[:_SAMPLE]
    script = _script(sample)
    if script == "armenian":
        return "hy"
    if script == "georgian":
        return "ka"
    if script == "cjk":
        return "ja" if re.search(r"[\u3040-\u30FF]", sample) else "zh"
    candidates = ("ru", "bg") if script == "cyrillic" else ("en", "tr", "az", "fr", "es", "ro")
    words = [word.lower() for word in _WORD.findall(sample)]
    lists = stopwords()
    scores = {}
    for lang in candidates:
        hits = sum(1 for word in words if word in lists[lang])
        letters = sum(sample.count(char) for char in _MARKER_LETTERS.get(lang, ""))
        scores[lang] = hits + 2 * letters
    best = max(candidates, key=lambda lang: (scores[lang], -candidates.index(lang)))
    return best if scores[best] > 0 else candidates[0]
