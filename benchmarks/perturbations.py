"""Does a verdict survive what a page does to an article? (issue 15, robustness)

Every labelled article of ../shared/corpus/dev and train is classified as the corpus gives it
and again after each perturbation a real page may carry: the headline dropped, in capitals or
repeated at the end; site furniture before the headline (a menu, a breadcrumb, a date line, a
cookie notice, share buttons) or after the story (related headlines naming other states and acts,
a footer); the paragraphs joined into one line or split at every sentence; the text cut after its
second paragraph; non-breaking spaces, soft hyphens, curly quotes, zero-width characters, Windows
line endings; the ``lang`` hint given, missing or wrong; the outlet's URL given or not.

A *flip* of a positive article (flagged in the labels) is a perturbed verdict whose main event
(flagged, kind, parties) differs from the original's; a *false flag* of a negative one is a
perturbed verdict flagged where the original is not. The furniture and headlines added are
written here, in our own words; the corpus texts are read at run time and never copied.

``python -m benchmarks perturb`` prints the flips per perturbation and language as JSON;
tests/monitor/classify/test_perturbations.py holds the counts as a ratchet.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Callable, NamedTuple, Optional

from monitor.analysis.evaluate import article_of, gold_main, load_corpus, page_day
from monitor.classify import Article, Detection, classify

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("dev", "train")


class Page(NamedTuple):
    """What the classifier is given: the title a crawl extracts, the page text, the hints."""

    title: str
    text: str
    lang: Optional[str]
    url: Optional[str]


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _headline_index(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), 0)


def _drop_headline(page: Page) -> Page:
    lines = _lines(page.text)
    index = _headline_index(lines)
    return page._replace(title="", text="\n".join(lines[:index] + lines[index + 1:]))


def _headline_in_capitals(page: Page) -> Page:
    lines = _lines(page.text)
    index = _headline_index(lines)
    lines[index] = lines[index].upper()
    return page._replace(title=page.title.upper(), text="\n".join(lines))


def _headline_repeated(page: Page) -> Page:
    return page._replace(text=page.text.rstrip("\n") + "\n\n" + page.title + "\n")


def _before(*furniture: str) -> Callable[[Page], Page]:
    def perturb(page: Page) -> Page:
        return page._replace(text="\n".join(furniture) + "\n" + page.text)
    return perturb


def _after(*furniture: str) -> Callable[[Page], Page]:
    def perturb(page: Page) -> Page:
        return page._replace(text=page.text.rstrip("\n") + "\n\n" + "\n".join(furniture) + "\n")
    return perturb


# Site furniture, written for this harness.
MENU = "Home  Politics  Economy  Defence  World  Sport  Culture  Video  Contacts"
BREADCRUMB = "Home / News / Defence"
# A date line in a format of its own, of the article's own day: the labelled event's date, else the
# page's date as read from the original (a date years away from the story's would change what it
# says, not how the page shows it); none when neither is known.
DATE_FORMAT = "%A, %d %B %Y, 09:32"
COOKIES = ("This website uses cookies to give you the best experience. By continuing to browse "
           "the site you agree to our use of cookies. Accept")
SHARE = ("Share", "Facebook", "Twitter", "Telegram", "WhatsApp")
RELATED = ("Related news",
           "Turkey and Pakistan sign defence industry cooperation agreement",
           "Russian and Chinese navies hold joint drills in the Sea of Japan",
           "Greece ratifies defence accord with France",
           "Defence ministers of Hungary and Serbia meet in Belgrade")
RELATED_UNMARKED = RELATED[1:]
FOOTER = ("About us  Advertising  Contacts  Privacy policy",
          "© 2024 The Daily Outlet. All rights reserved. Reproduction without permission is prohibited.")


def _one_line(page: Page) -> Page:
    return page._replace(text=re.sub(r"\s*\n\s*", " ", page.text).strip())


# A sentence's end (Armenian's ։ too) before a word that is not lowercase: no sentence starts lowercase, so
# "2023թ. ռազմական" (an abbreviated "year") and "Gen. smith" stay whole.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?։])\s+(?=[^\W\d_])")


def _break(match: re.Match) -> str:
    following = match.string[match.end():match.end() + 1]
    return match.group(0) if following.islower() else "\n"


def _split_sentences(page: Page) -> Page:
    return page._replace(text="\n".join(_SENTENCE_BREAK.sub(_break, line) for line in _lines(page.text)))


def _cut_after_second_paragraph(page: Page) -> Page:
    lines = [line for line in _lines(page.text) if line.strip()]
    return page._replace(text="\n\n".join(lines[:3]) + "\n")


def _every_other_space(page: Page, char: str) -> Page:
    parts = page.text.split(" ")
    text = "".join(part + (char if i % 2 == 0 else " ") for i, part in enumerate(parts[:-1])) + parts[-1]
    return page._replace(text=text)


_LONG_WORD = re.compile(r"([^\W\d_]{4})([^\W\d_]{3,})")


def _soft_hyphens(page: Page) -> Page:
    return page._replace(text=_LONG_WORD.sub("\\1\u00ad\\2", page.text))


def _zero_width(page: Page) -> Page:
    text = _LONG_WORD.sub("\\1\u200b\\2", page.text).replace(" ", " \u200d", 40)
    return page._replace(text="\ufeff" + text)


def _curly_quotes(page: Page) -> Page:
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", page.text).replace("'", "\u2019")
    return page._replace(text=text)


def _windows_line_endings(page: Page) -> Page:
    return page._replace(text=page.text.replace("\n", "\r\n"))


def _date_line_before(page: Page, record: dict) -> Page:
    day = _day(record)
    return page._replace(text=day.strftime(DATE_FORMAT) + "\n" + page.text) if day else page


def _all_furniture_before(page: Page, record: dict) -> Page:
    day = _day(record)
    date_line = (day.strftime(DATE_FORMAT),) if day else ()
    return _before(MENU, BREADCRUMB, COOKIES, *date_line, *SHARE)(page)


def _day(record: dict) -> Optional[date]:
    main = gold_main(record)
    if main and main.get("date"):
        return date.fromisoformat(main["date"])
    article = article_of(record)
    return page_day(article, record["lang"])


def _lang(code: Callable[[Page, str], Optional[str]]) -> Callable[[Page, dict], Page]:
    def perturb(page: Page, record: dict) -> Page:
        return page._replace(lang=code(page, record["lang"]))
    return perturb


# A wrong hint in the text's own script: the language a misconfigured site most often declares.
_WRONG = {"en": "fr", "ru": "uk", "uk": "ru", "bg": "ru", "sr": "ru", "kk": "ru", "az": "tr", "tr": "az",
          "uz": "en"}

PERTURBATIONS: dict[str, Callable[..., Page]] = {
    "headline dropped": _drop_headline,
    "headline in capitals": _headline_in_capitals,
    "headline repeated at the end": _headline_repeated,
    "menu line before": _before(MENU),
    "breadcrumb before": _before(BREADCRUMB),
    "date line before": _date_line_before,
    "cookie notice before": _before(COOKIES),
    "share buttons before": _before(*SHARE),
    "all furniture before": _all_furniture_before,
    "related headlines after": _after(*RELATED),
    "unmarked headlines after": _after(*RELATED_UNMARKED),
    "footer after": _after(*FOOTER),
    "related and footer after": _after(*SHARE, *RELATED, *FOOTER),
    "one line": _one_line,
    "a line per sentence": _split_sentences,
    "cut after the second paragraph": _cut_after_second_paragraph,
    "non-breaking spaces": lambda page: _every_other_space(page, "\u00a0"),
    "soft hyphens": _soft_hyphens,
    "curly quotes": _curly_quotes,
    "zero-width characters": _zero_width,
    "windows line endings": _windows_line_endings,
    "lang hint given": _lang(lambda page, lang: lang),
    "lang hint wrong": _lang(lambda page, lang: _WRONG.get(lang, "en" if lang != "en" else "fr")),
    "no url": lambda page: page._replace(url=None),
}
# Perturbations that take the article's labels as well (its language, its day).
_WITH_RECORD = {"lang hint given", "lang hint wrong", "date line before", "all furniture before"}
# Perturbations that may remove the event itself: a flip there is reported, not necessarily a fault.
MAY_REMOVE_THE_EVENT = {"cut after the second paragraph", "headline dropped"}


def main_of(detection: Detection) -> tuple:
    if not detection.flagged:
        return (False,)
    return (True, detection.events[0].kind, detection.events[0].parties)


def _page(record: dict) -> Page:
    article = article_of(record)
    return Page(article.title, article.text, article.lang, article.url)


def _classify(page: Page) -> Detection:
    return classify(Article(title=page.title, text=page.text, lang=page.lang, url=page.url))


def perturbed(record: dict, name: str) -> Page:
    page = _page(record)
    perturb = PERTURBATIONS[name]
    return perturb(page, record) if name in _WITH_RECORD else perturb(page)


def run(folders=None) -> dict:
    """Flips of positives and false flags of negatives, per perturbation (and per language)."""
    folders = folders or [SHARED / "corpus" / name for name in CORPORA]
    records = [(folder.name, record) for folder in folders for record in load_corpus(folder)]
    flips: dict[str, list[str]] = defaultdict(list)
    false_flags: dict[str, list[str]] = defaultdict(list)
    by_lang: dict[str, Counter] = defaultdict(Counter)
    positives = Counter()
    for folder, record in records:
        original = main_of(_classify(_page(record)))
        key = f"{folder}/{record['id']}"
        positives[record["lang"]] += record["flagged"]
        for name in PERTURBATIONS:
            after = main_of(_classify(perturbed(record, name)))
            if record["flagged"] and after != original:
                flips[name].append(key)
                by_lang[name][record["lang"]] += 1
            elif not record["flagged"] and after[0] and not original[0]:
                false_flags[name].append(key)
    total_positive = sum(positives.values())
    return {
        "positives": total_positive,
        "negatives": len(records) - total_positive,
        "flips": {name: len(flips[name]) for name in PERTURBATIONS},
        "flip_rate": {name: round(len(flips[name]) / total_positive, 3) for name in PERTURBATIONS},
        "false_flags": {name: len(false_flags[name]) for name in PERTURBATIONS},
        "flips_by_lang": {name: dict(sorted(by_lang[name].items())) for name in PERTURBATIONS if by_lang[name]},
        "positives_by_lang": dict(sorted(positives.items())),
        "flipped": {name: flips[name] for name in PERTURBATIONS if flips[name]},
        "falsely_flagged": {name: false_flags[name] for name in PERTURBATIONS if false_flags[name]},
    }


def main() -> dict:
    if not (SHARED / "corpus" / "dev").is_dir():
        print(f"skipped: {SHARED / 'corpus' / 'dev'} not found", file=sys.stderr)
        return {}
    result = run()
    print(json.dumps(result, indent=1))
    return result


if __name__ == "__main__":
    main()
