"""What every whole-article test checks (``whole_article_tests``: ``test_whole_articles.py``, its ``_precision``,
``_lookalikes`` and ``_s15_precision`` twins; the
listing, naming, reading and main event also ``test_whole_articles_recall_more.py`` and
``test_whole_articles_antecedents.py``): a folder of ``<lang>/neg_*.txt`` and
``<lang>/pos_*.txt`` articles, read as ``pactwatch classify`` reads a ``.txt`` file."""

import dataclasses
from pathlib import Path

import pytest

from crawlers.documents import read_document
from monitor.classify import classify


def articles(folder: Path) -> list[Path]:
    """The folder's articles, in a stable order."""
    return sorted(folder.glob("*/*.txt"))


def name(path: Path) -> str:
    """The id of an article ("<lang>/<stem>") and the key of its expectation."""
    return f"{path.parent.name}/{path.stem}"


def check_names(files: list[Path], expected: dict) -> None:
    """Every positive twin has its expectation, and every file is a negative or a positive."""
    assert {name(path) for path in files if path.stem.startswith("pos_")} == set(expected)
    assert all(path.stem.startswith(("pos_", "neg_")) for path in files)


def check_article(path: Path, expected: dict) -> None:
    """A negative is not flagged; a positive is flagged with the main event ``expected`` gives it: (kind, "AA BB")."""
    detection = classify(read_document(str(path)).for_classifier())
    assert detection.lang == path.parent.name
    if path.stem.startswith("neg_"):
        assert not detection.flagged, detection.events
        return
    assert detection.flagged, detection.events
    kind, parties = expected[name(path)]
    main = detection.events[0]
    assert (main.kind, main.parties) == (kind, tuple(parties.split()))


def whole_article_tests(folder: Path, expected: dict, check=None) -> tuple:
    """The two tests of a folder of whole articles: every positive twin has its expectation (``check_names``), and
    each article, one test apiece ("<lang>/<stem>"), reads as ``check`` says (``check_article`` unless given:
    ``check_read_article`` for expectations with a plan year). A module binds them as
    ``test_every_positive_twin_has_its_expectation, test_whole_article``."""
    files = articles(folder)
    check = check or check_article

    def test_every_positive_twin_has_its_expectation():
        check_names(files, expected)

    @pytest.mark.parametrize("path", files, ids=[name(path) for path in files])
    def test_whole_article(path):
        check(path, expected)

    return test_every_positive_twin_has_its_expectation, test_whole_article


def read_article(path: Path, home_domains: dict):
    """The detection of an article read as ``pactwatch classify`` reads a ``.txt`` file; an ``own_*`` one (the outlet's
    own state named only as "the minister") with an address in its outlet's country domain, ``home_domains`` by
    language, as a crawl reads it."""
    record = read_document(str(path))
    if path.stem.startswith("own_"):
        record = dataclasses.replace(record, url=f"https://mod.gov.{home_domains[path.parent.name]}/news/1")
    return classify(record.for_classifier())


def check_main_event(path: Path, detection, kind: str, parties: str, plan_year) -> None:
    """The article is read in its folder's language and flagged, its main event of this kind, pair and plan year."""
    assert detection.lang == path.parent.name
    assert detection.flagged, detection.events
    main = detection.events[0]
    assert (main.kind, main.parties, main.plan_year) == (kind, tuple(parties.split()), plan_year), main


def check_read_article(path: Path, expected: dict, home_domains: dict = None) -> None:
    """An article read as ``read_article`` reads it: a negative is read in its folder's language and not flagged, a
    positive has the main event ``expected`` gives it: (kind, "AA BB", plan year)."""
    detection = read_article(path, home_domains or {})
    if path.stem.startswith("neg_"):
        assert detection.lang == path.parent.name
        assert not detection.flagged, detection.events
        return
    kind, parties, plan_year = expected[name(path)]
    check_main_event(path, detection, kind, parties, plan_year)
