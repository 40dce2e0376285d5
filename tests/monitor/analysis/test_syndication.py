"""A republished copy is linked to its original once both are stored, whichever came first."""

import pytest

from monitor.analysis.aftercrawl import after_crawl
from storage.articles import upsert_article
from storage.links import links_of
from storage.origins import origin_of, save_origin

STORY = ("Defence officials of the two states met in the capital and agreed a programme of staff visits, "
         "joint engineering drills and exchanges between their military academies for the next year. The "
         "programme also names medical support and mountain training, and a working group will review it "
         "in the autumn after the first visits have taken place.")


def store(db, url, source, text, outlet=None, origin_source=None):
    article = upsert_article(db, url=url, source=source, title="Programme agreed", text=text)
    if outlet:
        save_origin(db, article.id, outlet, origin_source)
    return article.id


@pytest.mark.parametrize("copy_first", [False, True])
def test_copy_is_linked_to_the_original_of_the_outlet_it_names(db, copy_first):
    def original():
        return store(db, "https://agency.example/1", "agency", STORY)

    def copy():
        return store(db, "https://aggregator.example/9", "aggregator", "Staff reporter\n" + STORY + "\nDisclaimer.",
                     outlet="The Agency", origin_source="agency")

    if copy_first:
        copy_id = copy()
        assert after_crawl(db)["republication_links"] == 0
        original_id = original()
    else:
        original_id, copy_id = original(), copy()
    assert after_crawl(db)["republication_links"] == 1
    assert after_crawl(db)["republication_links"] == 0

    republished = [link for link in links_of(db, copy_id) if link["relation"] == "republishes"]
    assert [link["article_id"] for link in republished] == [original_id]
    assert origin_of(db, copy_id) == {"outlet": "The Agency", "origin_source": "agency"}


def test_an_unrelated_story_of_the_outlet_is_not_taken_for_the_original(db):
    store(db, "https://agency.example/2", "agency", "Rain and strong wind are expected on the coast this weekend, "
          "with snow in the mountains and cold nights across the northern districts until Tuesday.")
    copy_id = store(db, "https://aggregator.example/9", "aggregator", STORY, outlet="The Agency",
                    origin_source="agency")

    after_crawl(db)
    assert [link for link in links_of(db, copy_id) if link["relation"] == "republishes"] == []
    assert origin_of(db, copy_id)["outlet"] == "The Agency"
