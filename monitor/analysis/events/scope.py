"""What an exercise report is about, beside the exercise itself: its preparation, or several exercises.

A pair's armed forces hold several exercises a year, and outlets report more than the exercises'
days: the planning conference where the staffs agree an exercise's plan (weeks or months before it,
often in a capital, naming the exercise and its range), and the round-up that tells a year's
exercises together ("the two armies held six joint exercises this year, in Nakhchivan, near Kars
..."). The classifier reads both as an exercise of the pair, and they name what the exercise's own
reports name (its code name, its range, a region), so a report with no date would join the
exercise on record by those names. Neither is a report of that exercise's days: the first is a
meeting before it, the second is about many (../shared/corpus/SCHEMA.md: a story is one event).

Read from the sentence that reports the act (the detection's evidence), in its language:

- PREPARATION: a word of preparing or planning within NEAR words of an exercise word ("planning
  conference for the joint exercise", «подготовку учений», "tatbikat hazırlıkları"), unless a
  word of combat comes right before it: «боевой подготовки», "döyüş hazırlığı" and the like are
  the forces' training, which exercises are part of;
- SEVERAL: a number of two or more, or a word for "several", before an exercise word with at most
  BETWEEN words between them, each of them "joint" or a kind of exercise ("six joint exercises",
  «пять совместных тактических учений», "altı ortak tatbikat"); "the two countries' joint
  exercise" counts the countries, not the exercises;
- None: neither, or the sentence's language has no words here.

The exercise words are the classifier's (its lexicon's `exercise` category); the words for
preparing, planning and numbers are this module's own, a block per language. Pure: text in, scope out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from monitor.classify.lexicons import load, supported
from monitor.classify.text import lowercase, normalise

PREPARATION = "preparation"
SEVERAL = "several"
# How many words apart a word of preparing and the exercise word may stand.
NEAR = 5
# How many words (adjectives: "joint", "tactical") may stand between a number and the exercise word.
BETWEEN = 2

# Stems (a word starting with one counts) of preparing or planning an exercise, per language.
_PREPARING = {
    "en": ("planning", "preparation", "preparations", "preparing", "prepare"),
    "ru": ("планировани", "подготовк", "подготовит"),
    "uk": ("планування", "підготовк", "підготовч"),
    "tr": ("planlama", "hazırlık", "hazırlan"),
    "az": ("planlaşdırma", "hazırlıq", "hazırlan"),
    "uz": ("rejalashtir", "tayyorgarlik", "tayyorla", "режалаштир", "тайёргарлик"),
    "kk": ("жоспарла", "дайындық", "дайындал", "josparla", "daıyndyq"),
    "de": ("planungskonferenz", "planung", "vorbereitung"),
}
# Words for the numbers two to twelve and for "several", per language (whole words).
_SEVERAL = {
    "en": "two three four five six seven eight nine ten eleven twelve several numerous",
    "ru": "два две три четыре пять шесть семь восемь девять десять несколько ряд",
    "uk": "два дві три чотири п'ять шість сім вісім дев'ять десять кілька низку",
    "tr": "iki üç dört beş altı yedi sekiz dokuz on birkaç birçok çeşitli",
    "az": "iki üç dörd beş altı yeddi səkkiz doqquz on bir neçə çoxsaylı",
    "uz": "ikki uch toʻrt to'rt besh olti yetti sakkiz toʻqqiz to'qqiz oʻn bir necha икки уч тўрт беш олти етти",
    "kk": "екі үш төрт бес алты жеті сегіз тоғыз он бірнеше",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn mehrere",
}
# Stems of combat (the word before "training" or "readiness" that makes it no preparation of one exercise).
_COMBAT = {
    "en": ("combat",), "ru": ("боев",), "uk": ("бойов",), "tr": ("muharebe", "savaş"), "az": ("döyüş",),
    "uz": ("jangovar", "жанговар"), "kk": ("жауынгер",), "de": ("gefecht",),
}
# Words that may stand between a number and the exercise word beside the classifier's "joint": kinds of
# exercise (stems).
_KINDS = {
    "en": ("tactical", "military", "naval", "command", "staff", "field", "live", "special", "bilateral",
           "large", "mountain"),
    "ru": ("тактическ", "военн", "морск", "командно", "штабн", "специальн", "двусторонн", "масштабн",
           "горн", "летно"),
    "uk": ("тактичн", "військов", "морськ", "командно", "штабн", "спеціальн", "двосторонн", "масштабн"),
    "tr": ("taktik", "askeri", "deniz", "komuta", "özel", "ikili", "büyük"),
    "az": ("taktiki", "hərbi", "dəniz", "komanda", "qərargah", "xüsusi", "ikitərəfli", "genişmiqyaslı"),
    "uz": ("taktik", "harbiy", "dengiz", "qo", "тактик", "ҳарбий"),
    "kk": ("тактикалық", "әскери", "теңіз", "арнайы"),
    "de": ("taktisch", "militär", "gemeinsam"),
}
_WORD = re.compile(r"[^\W_]+(?:['’ʻ][^\W_]+)*")


def scope(sentence: str, lang: Optional[str]) -> Optional[str]:
    """What the exercise sentence reports beside one exercise's days (see the module), else None."""
    if not sentence or not lang or lang not in _PREPARING or not supported(lang):
        return None
    return _scope(normalise(sentence), lang)


@lru_cache(maxsize=4096)
def _scope(sentence: str, lang: str) -> Optional[str]:
    lowered = lowercase(sentence)
    exercises = [(start, end) for start, end, _ in load(lang).scan(lowered, sentence).get("exercise", ())]
    if not exercises:
        return None
    words = list(_WORD.finditer(lowered))
    at = [index for index, word in enumerate(words)
          if any(start < word.end() and word.start() < end for start, end in exercises)]
    joint = [(start, end) for start, end, _ in load(lang).scan(lowered, sentence).get("joint", ())]
    several = set(_SEVERAL[lang].split())
    for index in at:
        for place in [*range(max(0, index - NEAR), index), *range(index + 1, min(len(words), index + 1 + NEAR))]:
            if words[place].group().startswith(_PREPARING[lang]) and not (
                    place > 0 and words[place - 1].group().startswith(_COMBAT[lang])):
                return PREPARATION
    for index in at:
        for place in range(index - 1, max(-1, index - BETWEEN - 2), -1):
            text = words[place].group()
            if text in several or (text.isdigit() and 2 <= int(text) <= 99):
                return SEVERAL
            if not (text.startswith(_KINDS[lang]) or any(start < words[place].end() and words[place].start() < end
                                                          for start, end in joint)):
                break
    return None


# The branches an exercise sentence names (stems, a word starting with one counts; "special" alone, as
# uz "maxsus" or kk "арнайы" say of a "special tactical exercise", is no branch; a space joins two
# words that must follow each other, and so does a hyphen: "военно-морские" is two words here): a
# pair's naval drill at sea and its special forces' raid on a range are two exercises, whatever region
# or sea both reports name.
NAVAL, AIR, SPECIAL = "naval", "air", "special"
_BRANCHES = {
    "en": {NAVAL: ("naval", "navy", "navies", "marines", "warship", "fleet"),
           AIR: ("air force", "airmen", "aviation", "pilots", "aircraft", "fighter jets"),
           SPECIAL: ("special forces", "special operations", "commando")},
    "ru": {NAVAL: ("военно-морск", "вмс", "флот", "корабл", "морской пехот", "моряк"),
           AIR: ("ввс", "военно-воздушн", "авиаци", "лётчик", "летчик", "самолет"),
           SPECIAL: ("спецназ", "специального назначения", "сил специальных операций")},
    "uk": {NAVAL: ("військово-морськ", "вмс", "флот", "корабл", "морської піхот", "моряк"),
           AIR: ("повітрян", "авіаці", "льотчик", "літак"),
           SPECIAL: ("спецпризначен", "сил спеціальних операцій", "спецназ")},
    "tr": {NAVAL: ("deniz kuvvet", "donanma", "savaş gemi", "gemiler", "denizci"),
           AIR: ("hava kuvvet", "uçak", "pilot"),
           SPECIAL: ("özel kuvvet", "komando")},
    "az": {NAVAL: ("hərbi dəniz", "dəniz qüvvə", "gəmi", "dənizçi"),
           AIR: ("hərbi hava", "hava qüvvə", "aviasiya", "təyyarə", "pilot"),
           SPECIAL: ("xüsusi təyinatlı", "komando")},
    "uz": {NAVAL: ("harbiy-dengiz", "ҳарбий-денгиз"),
           AIR: ("harbiy-havo", "havo hujumidan", "aviatsiya", "ҳарбий-ҳаво", "авиация", "uchuvchi"),
           SPECIAL: ("maxsus kuch", "махсус куч", "maxsus maqsad", "махсус мақсад", "maxsus operatsiya",
                     "махсус операция")},
    "kk": {NAVAL: ("әскери-теңіз", "теңіз күштер"),
           AIR: ("әуе күштер", "авиация", "ұшқыш"),
           SPECIAL: ("арнайы күш", "арнайы мақсат", "арнайы операция", "спецназ")},
    "de": {NAVAL: ("marine", "kriegsschiff", "fregatte"),
           AIR: ("luftwaffe", "kampfjet", "piloten"),
           SPECIAL: ("spezialkräfte", "kommando")},
}


def branches(sentence: str, lang: Optional[str]) -> frozenset[str]:
    """The branches (NAVAL, AIR, SPECIAL) the exercise sentence names, as stems of its language."""
    if not sentence or not lang or lang not in _BRANCHES:
        return frozenset()
    return _branches(normalise(sentence), lang)


@lru_cache(maxsize=4096)
def _branches(sentence: str, lang: str) -> frozenset[str]:
    words = [word.group() for word in _WORD.finditer(lowercase(sentence))]
    found = set()
    for branch, stems in _BRANCHES[lang].items():
        for stem in stems:
            parts = stem.replace("-", " ").split()
            if any(all(words[index + step].startswith(part) for step, part in enumerate(parts))
                   for index in range(len(words) - len(parts) + 1)):
                found.add(branch)
    return frozenset(found)


# Words for a training ground, per language (stems; a space joins words that follow each other). The
# capitalised word right before one (after one, in the languages of AFTER) is the ground's name: "the
# Garadagh range", "Vaziani poliqonunda", «полигон Матыбулак», "Truppenübungsplatz Bergen".
_GROUNDS = {
    "en": ("range", "ranges", "training ground", "training area", "polygon", "firing ground"),
    "ru": ("полигон",), "uk": ("полігон",),
    "tr": ("eğitim alan", "atış alan", "poligon", "tatbikat alan"),
    "az": ("poliqon", "təlim meydan", "atıcılıq meydan"),
    "uz": ("poligon", "полигон", "oʻquv markaz", "o'quv markaz"),
    "kk": ("полигон", "poligon"),
    "de": ("truppenübungsplatz", "übungsplatz", "schießplatz"),
}
AFTER = frozenset({"ru", "uk", "de"})
_NAME = re.compile(r"[^\W\d_]+(?:['’ʻ][^\W\d_]+)*")


def grounds(story: str, lang: Optional[str]) -> frozenset[str]:
    """The skeletons (evidence.skeleton) of the training grounds the story names by a word for one: where
    an exercise is held is part of which exercise it is. Empty when it names none, or the language has
    no words here."""
    if not story or not lang or lang not in _GROUNDS:
        return frozenset()
    return _grounds(normalise(story), lang)


@lru_cache(maxsize=1024)
def _grounds(story: str, lang: str) -> frozenset[str]:
    from monitor.analysis.events.evidence import skeleton

    words = list(_NAME.finditer(story))
    lowered = [lowercase(word.group()) for word in words]
    found = set()
    for stem in _GROUNDS[lang]:
        parts = stem.split()
        for index in range(len(words) - len(parts) + 1):
            if not all(lowered[index + step].startswith(part) for step, part in enumerate(parts)):
                continue
            other = index + len(parts) if lang in AFTER else index - 1
            if not 0 <= other < len(words):
                continue
            first, second = (words[other], words[index]) if other < index else (words[other - 1], words[other])
            name = words[other].group()
            # Only spaces or quotes between them on one line (a hyphen joins a word: "short-range").
            if not story[first.end():second.start()].strip(" \"'«»“”„") and name[0].isupper() and skeleton(name):
                found.add(skeleton(name))
    return frozenset(found)


_ENDS = re.compile(r"[.!?\n]")


def months(story: str, lang: Optional[str]) -> frozenset[int]:
    """The months (1-12) the story's sentences about an exercise (those with an exercise word of the
    classifier's lexicon) name: "in October the two armies held a joint exercise". An exercise told as
    held in October is not the one on record in June (undated.other_exercise). Empty when none, or the
    language is not read."""
    if not story or not lang or not supported(lang):
        return frozenset()
    return _months(normalise(story), lang)


@lru_cache(maxsize=1024)
def _months(story: str, lang: str) -> frozenset[int]:
    scan = load(lang).scan(lowercase(story), story)
    named = [(start, label) for start, _, label in scan.get("months", ())
             if isinstance(label, int) and 1 <= label <= 12]
    if not named:
        return frozenset()
    ends = [match.start() for match in _ENDS.finditer(story)]
    told = {bisect_left(ends, start) for start, _, _ in scan.get("exercise", ())}
    return frozenset(label for start, label in named if bisect_left(ends, start) in told)
