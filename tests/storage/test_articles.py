"""Articles on a real SQLite file: idempotent writes, listing and full-text search."""

from storage.articles import known_urls, list_articles, upsert_article


def test_writing_the_same_article_twice_keeps_one_row(db):
    first = upsert_article(db, url="https://e.org/a", source="s", title="T", text="Body text")
    second = upsert_article(db, url="https://e.org/a", source="s", title="T", text="Body  text\n")

    assert first.created and not second.created and not second.changed
    assert first.id == second.id
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_changed_text_updates_the_row_and_keeps_its_id(db):
    first = upsert_article(db, url="https://e.org/a", source="s", title="T", text="Old", published_at="2024-01-02")
    second = upsert_article(db, url="https://e.org/a", source="s", title="T", text="New")

    assert second.changed and second.id == first.id
    row = db.execute("SELECT text, published_at FROM articles").fetchone()
    assert row == ("New", "2024-01-02")


def test_known_urls_reports_stored_urls_only(db):
    upsert_article(db, url="https://e.org/a", source="s", title="T", text="x")

    assert known_urls(db, ["https://e.org/a", "https://e.org/b"]) == {"https://e.org/a"}


def test_list_articles_filters_and_orders_newest_first(db):
    upsert_article(db, url="https://e.org/1", source="a", title="old", text="1", published_at="2023-01-01")
    upsert_article(db, url="https://e.org/2", source="b", title="new", text="2", published_at="2024-05-01")
    upsert_article(db, url="https://e.org/3", source="a", title="mid", text="3", published_at="2023-06-01")

    assert [r["title"] for r in list_articles(db)] == ["new", "mid", "old"]
    assert [r["title"] for r in list_articles(db, source="a")] == ["mid", "old"]
    assert [r["title"] for r in list_articles(db, since="2023-05-01")] == ["new", "mid"]
    assert [r["title"] for r in list_articles(db, limit=1)] == ["new"]


def test_full_text_search_finds_titles_and_texts(db):
    upsert_article(db, url="https://e.org/1", source="a", title="Plan signed", text="Defence ministers met in Baku")
    upsert_article(db, url="https://e.org/2", source="a", title="Weather", text="Rain tomorrow")

    assert [r["title"] for r in db["articles"].search("Baku")] == ["Plan signed"]
    upsert_article(db, url="https://e.org/2", source="a", title="Weather", text="Rain in Baku tomorrow")
    assert {r["title"] for r in db["articles"].search("Baku")} == {"Plan signed", "Weather"}
