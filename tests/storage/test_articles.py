"""Articles on a real SQLite file: idempotent writes, listing and full-text search."""

import hashlib
import re
import sys

from storage import open_db
from storage.articles import (
    INSERT_ROWS,
    ArticleRow,
    content_hash,
    known_urls,
    list_articles,
    upsert_article,
    upsert_articles,
)

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


def _rows(db) -> list[tuple]:
    return db.execute("SELECT id, url, source, title, text, published_at, lang, author, content_hash, run_id"
                      " FROM articles ORDER BY id").fetchall()


def _found(db, words: list[str]) -> dict[str, list[int]]:
    return {word: sorted(row[0] for row in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                                                      [word])) for word in words}


def test_articles_written_together_are_stored_and_indexed_as_one_at_a_time(tmp_path):
    known = [ArticleRow("https://e.org/known", "s", "Known", "Talks in Tbilisi", "2024-01-02"),
             ArticleRow("https://e.org/same", "s", "Same", "Unchanged words")]
    rows = [ArticleRow("https://e.org/a", "s", "Plan signed", "Defence ministers met in Baku", "2024-03-05", "en"),
            ArticleRow("https://e.org/known", "s", "Known", "Talks in Baku now", None, "en", "A. Writer"),
            ArticleRow("https://e.org/b", "t", "Weather", "Rain tomorrow"),
            ArticleRow("https://e.org/same", "s", "Same", "Unchanged  words\n"),
            ArticleRow("https://e.org/a", "s", "Plan signed", "Defence ministers met in Baku again"),  # twice
            ArticleRow("https://e.org/b", "t", "Weather", "Rain tomorrow")]  # twice, the same
    results, stored, found = [], [], []
    for together in (False, True):
        db = open_db(tmp_path / f"together-{together}.db")
        for row in known:
            upsert_article(db, **vars(row))
        if together:
            results.append(upsert_articles(db, rows, run_id=None))
        else:
            results.append([upsert_article(db, **vars(row)) for row in rows])
        stored.append(_rows(db))
        found.append(_found(db, ["Baku", "Tbilisi", "again", "rain", "unchanged", "writer"]))
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        db.conn.close()

    assert results[1] == results[0]
    assert [(item.created, item.changed) for item in results[1]] == [
        (True, True), (False, True), (True, True), (False, False), (False, True), (False, False)]
    assert stored[1] == stored[0]
    assert found[1] == found[0] == {"Baku": [1, 3], "Tbilisi": [], "again": [3], "rain": [4], "unchanged": [2],
                                    "writer": []}


def test_more_articles_than_one_statement_takes_keep_their_order(db):
    rows = [ArticleRow(f"https://e.org/{number}", "s", f"Title {number}", f"Text {number}")
            for number in range(INSERT_ROWS * 2 + 3)]
    written = upsert_articles(db, rows)

    assert [item.id for item in written] == list(range(1, len(rows) + 1))
    assert [row[1] for row in _rows(db)] == [row.url for row in rows]
    assert upsert_articles(db, []) == []
