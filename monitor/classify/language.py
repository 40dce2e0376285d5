"""Language detection without dependencies: the script decides first, stopwords and letters next.

Good enough for news prose in the languages the lexicons cover; anything else falls back to the
script's usual language or "en". A declared language (from the source's config) always wins.
"""

from __future__ import annotations

import re
from collections import Counter

from monitor.classify.lexicons import stopwords

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 6000
# Letters that single out one Latin-script language among the covered ones.
_MARKER_LETTERS = {"az": "əƏ", "tr": "ığİĞ", "ro": "ăĂțȚșȘţŢ", "fr": "çèêëœ", "es": "ñ¿¡",
                   "bg": "ъЪщЩ", "ru": "ыЫэЭёЁ"}


def _script(sample: str) -> str:
    counts = Counter()
    for char in sample:
        code = ord(char)
        if 0x0400 <= code <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0530 <= code <= 0x058F:
            counts["armenian"] += 1
        elif 0x10A0 <= code <= 0x10FF:
            counts["georgian"] += 1
        elif 0x3040 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF:
            counts["cjk"] += 1
        elif char.isalpha():
            counts["latin"] += 1
    return counts.most_common(1)[0][0] if counts else "latin"


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
