"""Articles on a real SQLite file: idempotent writes, listing and full-text search."""

import hashlib
import re
import sys

from storage.articles import content_hash, known_urls, list_articles, upsert_article

WHITESPACE = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", ch))


def test_writing_the_same_article_twice_keeps_one_row(db):
    first = upsert_article(db, url="https://e.org/a", source="s", title="T", text="Body text")
    second = upsert_article(db, url="https://e.org/a", source="s", title="T", text="Body  text\n")

    assert first.created and not second.created and not second.changed
    assert first.id == second.id
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_content_hash_is_the_one_earlier_versions_stored():
    """Stored rows carry hashes made by replacing each whitespace run (re's \\s) with a space,
    stripping and lower-casing: a page fetched again unchanged must hash the same, whatever
    whitespace it holds (no-break, ideographic and line-separator spaces, the C0 separators)."""
    def stored_form(title, text):
        return hashlib.sha256(re.sub(r"\s+", " ", f"{title}\n{text}").strip().lower().encode("utf-8")).hexdigest()

    texts = [("T", "Body text"), ("", ""), ("  ", WHITESPACE),
             ("Ünïcode Title", "Первый\u00a0абзац.\u2028Второй\x1cтретий"),
             (WHITESPACE + "Head" + WHITESPACE, "a" + WHITESPACE + "b\u3000c\t\r\nİstanbul ΣΑΣ"),
             ("t", "word " * 500 + "\u200bzero-width space is no whitespace")]
    for title, text in texts:
        assert content_hash(title, text) == stored_form(title, text)
    assert content_hash("T", "Body\u00a0\u00a0text\n") == content_hash("t", "body text")


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
