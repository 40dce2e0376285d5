"""Copies of an article are linked to the first one: exact copies and aggregator republications."""

from datasketch import MinHash

from monitor.analysis import dedup
from monitor.analysis.dedup import link_duplicates, link_some_new, nothing_to_resign
from storage import open_db
from storage.articles import upsert_article
from storage.links import links_of
from storage.schema import migrate

STORY = ("The defence ministers of the two countries met in the capital on Tuesday and signed a plan of "
         "bilateral military cooperation for the coming year. The plan covers staff visits, joint training "
         "of engineering units, exchanges between military academies and medical support. Both ministers "
         "said the document continues the cooperation of recent years and named naval training as a priority "
         "for the months ahead, with a working group to meet again in the spring.")


def store(db, url, title, text):
    return upsert_article(db, url=url, source="s", title=title, text=text).id


def test_exact_and_near_copies_are_linked_to_the_original(db):
    original = store(db, "https://wire.example/1", "Plan signed", STORY)
    exact = store(db, "https://mirror.example/a", "Plan signed", STORY)
    near = store(db, "https://aggregator.example/x", "Plan signed",
                 "Aggregator News - your daily digest.\n" + STORY + "\nShare this story. Subscribe to our newsletter.")
    other = store(db, "https://wire.example/2", "Weather", "Heavy rain is expected across the region this weekend, "
                  "with strong winds along the coast and snow in the mountains on Sunday evening.")

    assert link_duplicates(db) == 2
    assert links_of(db, exact) == [{"article_id": original, "relation": "exact_duplicate", "similarity": 1.0}]
    near_links = links_of(db, near)
    assert [(link["article_id"], link["relation"]) for link in near_links] == [(original, "near_duplicate")]
    assert near_links[0]["similarity"] >= 0.6
    assert links_of(db, other) == []


def test_linking_twice_adds_nothing_and_new_copies_are_found_later(db):
    original = store(db, "https://wire.example/1", "Plan signed", STORY)
    assert link_duplicates(db) == 0
    copy = store(db, "https://mirror.example/a", "Plan signed", STORY)

    assert link_duplicates(db) == 1
    assert link_duplicates(db) == 0
    assert links_of(db, copy)[0]["article_id"] == original


def test_articles_beyond_one_batch_are_all_signed_and_linked(db, monkeypatch):
    monkeypatch.setattr("monitor.analysis.dedup.BATCH", 2)
    original = store(db, "https://wire.example/1", "Plan signed", STORY)
    copies = [store(db, f"https://mirror{i}.example/a", "Plan signed", STORY) for i in range(4)]

    assert link_duplicates(db) == 4
    assert [links_of(db, copy)[0]["article_id"] for copy in copies] == [original] * 4
    assert db.execute("SELECT COUNT(*) FROM article_signatures").fetchone()[0] == 5


def test_signing_a_few_at_a_time_as_articles_arrive_links_them_as_signing_all_afterwards(db):
    original = store(db, "https://wire.example/1", "Plan signed", STORY)
    made, after = link_some_new(db, after=0, limit=2)
    assert (made, after) == (0, original)
    exact = store(db, "https://mirror.example/a", "Plan signed", STORY)
    near = store(db, "https://aggregator.example/x", "Plan signed", "Aggregator digest.\n" + STORY)
    copy = store(db, "https://mirror.example/b", "Plan signed", STORY)

    assert link_some_new(db, after=after, limit=2) == (2, near)  # the first two only
    assert link_some_new(db, after=near, limit=2) == (1, copy)
    assert link_some_new(db, after=copy, limit=2) == (0, copy)
    assert link_duplicates(db) == 0  # nothing left for the step after the crawl
    assert [(link["article_id"], link["relation"]) for article in (exact, near, copy)
            for link in links_of(db, article)] == [(original, "exact_duplicate"), (original, "near_duplicate"),
                                                   (original, "exact_duplicate")]


def test_signatures_to_make_again_come_before_signing_new_articles_as_they_arrive(db):
    store(db, "https://wire.example/1", "Plan signed", STORY)
    assert nothing_to_resign(db)
    link_duplicates(db)
    assert nothing_to_resign(db)
    db.execute("UPDATE article_signatures SET version = ?", [dedup.SIGNATURE_VERSION - 1])
    db.conn.commit()
    assert not nothing_to_resign(db)
    link_duplicates(db)
    assert nothing_to_resign(db)
    db.execute("UPDATE article_signatures SET banded = 0")
    db.conn.commit()
    assert not nothing_to_resign(db)


def test_signatures_stored_without_bands_still_find_their_copies(db):
    original = store(db, "https://wire.example/1", "Plan signed", STORY)
    link_duplicates(db)
    db.execute("DELETE FROM signature_bands")  # as a database signed before schema v7 left it
    db.execute("UPDATE article_signatures SET banded = 0")
    db.conn.commit()
    near = store(db, "https://aggregator.example/x", "Plan signed", "Aggregator digest.\n" + STORY)

    assert link_duplicates(db) == 1
    assert [(link["article_id"], link["relation"]) for link in links_of(db, near)] == [(original, "near_duplicate")]


def test_an_article_signed_before_the_hash_changed_is_found_as_the_original_of_a_later_copy(db_path):
    old = open_db(db_path, migrate_schema=False)
    migrate(old, target=15)  # the schema before signatures carried their signing version
    original = store(old, "https://wire.example/1", "Plan signed", STORY)
    signed_with_sha1 = _sha1_signature("Plan signed", STORY)  # as pactwatch signed it until then
    old.execute("INSERT INTO article_signatures (article_id, minhash, banded) VALUES (?, ?, 1)",
                [original, dedup.to_bytes(signed_with_sha1)])
    old_bands = enumerate(dedup.bands(signed_with_sha1.hashvalues))
    old.conn.executemany("INSERT INTO signature_bands (band, bucket, article_id) VALUES (?, ?, ?)",
                         [(band, bucket, original) for band, bucket in old_bands])
    old.conn.commit()
    old.conn.close()

    db = open_db(db_path)
    near = store(db, "https://aggregator.example/x", "Plan signed", "Aggregator digest.\n" + STORY)
    assert link_duplicates(db) == 1
    assert [(link["article_id"], link["relation"]) for link in links_of(db, near)] == [(original, "near_duplicate")]
    assert db.execute("SELECT version FROM article_signatures WHERE article_id = ?",
                      [original]).fetchone()[0] == dedup.SIGNATURE_VERSION
    db.conn.close()


def test_a_near_copy_scores_as_the_shingles_they_share(db):
    """The signature estimates the share of five-word shingles two texts have in common."""
    copy = "Aggregator digest.\n" + STORY + "\nShare this story."
    words, copy_words = dedup._WORD.findall(STORY.lower()), dedup._WORD.findall(copy.lower())
    shingles = {tuple(words[i:i + 5]) for i in range(len(words) - 4)}
    copy_shingles = {tuple(copy_words[i:i + 5]) for i in range(len(copy_words) - 4)}
    exact = len(shingles & copy_shingles) / len(shingles | copy_shingles)

    estimate = dedup.jaccard(dedup.signature("", STORY).hashvalues, dedup.signature("", copy).hashvalues)

    assert abs(estimate - exact) < 0.15
    assert dedup.jaccard(dedup.signature("", STORY).hashvalues, dedup.signature("", "Rain and snow "
                         "are expected across the region this weekend with strong winds").hashvalues) < 0.1


def _sha1_signature(title, text):
    words = dedup._WORD.findall(f"{title} {text}".lower())
    minhash = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME, permutations=dedup.minhash_scheme()[1])
    minhash.update_batch(" ".join(words[i:i + 5]).encode("utf-8") for i in range(len(words) - 4))
    return minhash


def test_the_bands_written_down_are_the_ones_datasketch_chooses():
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=dedup.NEAR_THRESHOLD, num_perm=dedup.NUM_PERM)
    assert [tuple(band) for band in lsh.hashranges] == list(dedup.BAND_RANGES)
    assert dedup.minhash_scheme()[2] == dedup.BAND_RANGES


SIGN_IN_A_FRESH_INTERPRETER = """
import json, sys
from monitor.analysis import dedup
minhash = dedup.signature("Plan signed", sys.argv[1])
loaded_scipy = "scipy" in sys.modules
import datasketch.minhash
from datasketch import MinHash, MinHashLSH
whole = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME, permutations=dedup.minhash_scheme()[1], hashfunc=int)
whole.update_batch(dedup.shingle_hashes("Plan signed", sys.argv[1]).tolist())
try:
    datasketch.no_such_name
    unknown_name = "found"
except AttributeError:
    unknown_name = "AttributeError"
same_class = type(minhash) is MinHash is datasketch.minhash.MinHash
print(json.dumps({"unknown_name": unknown_name, "scipy_before": loaded_scipy, "same_class": same_class,
                  "same_values": minhash.hashvalues.tolist() == whole.hashvalues.tolist(),
                  "lsh": MinHashLSH.__module__, "version": datasketch.__version__}))
"""


def test_signing_loads_datasketch_minhash_only_and_the_package_stays_whole_for_others():
    import json
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run([sys.executable, "-c", SIGN_IN_A_FRESH_INTERPRETER, STORY], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parents[3], check=True)
    seen = json.loads(result.stdout)
    assert seen["scipy_before"] is False
    assert seen["same_class"] and seen["same_values"]
    assert seen["lsh"] == "datasketch.lsh" and seen["version"]
    assert seen["unknown_name"] == "AttributeError"



def _datasketch_values(title, text):
    """What datasketch's MinHash holds after update_batch of the article's shingle hashes (as pactwatch
    signed articles before signature_values)."""
    minhash = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME, permutations=dedup.minhash_scheme()[1],
                      hashfunc=int)
    minhash.update_batch(dedup.shingle_hashes(title, text).tolist())
    return minhash.hashvalues


def test_signature_values_are_datasketchs_to_the_bit():
    """Signatures computed on the array are those datasketch's MinHash computes value by value, so stored
    signatures and bands stay comparable: on short texts (one shingle, none, no words at all), long ones
    with repeated shingles, other scripts, and many random word sequences."""
    import random

    chance = random.Random(20)
    vocabulary = STORY.split() + ["Сотрудничество", "учения", "ταχύτητα", "اتفاقية", "协议", "2024", "x"]
    texts = [("", ""), ("Plan", ""), ("", "one two three four"), ("", "one two three four five"),
             ("Plan signed", STORY), ("", "drill " * 3000), ("Учения", "Стороны подписали план на 2025 год.")]
    texts += [(" ".join(chance.choices(vocabulary, k=chance.randint(0, 6))),
               " ".join(chance.choices(vocabulary, k=chance.randint(0, 400)))) for _ in range(300)]

    for title, text in texts:
        values = dedup.signature_values(title, text)
        expected = _datasketch_values(title, text)
        assert values.dtype == expected.dtype and values.tolist() == expected.tolist(), (title, text)
        assert dedup.values_to_bytes(values) == dedup.to_bytes(dedup.signature(title, text))
        assert dedup.bands(values) == dedup.bands(expected)


def test_an_exact_copy_takes_its_originals_signature_and_every_article_stores_its_own_texts(db, monkeypatch):
    """Signing is done once per distinct title and text in a pass (SignedTexts): the stored signature of
    every article, copy or not, is the one its own title and text give."""
    articles = {store(db, "https://wire.example/1", "Plan signed", STORY): ("Plan signed", STORY),
                store(db, "https://mirror.example/a", "Plan signed", STORY): ("Plan signed", STORY),
                store(db, "https://mirror.example/b", "Plan signed", STORY + " Updated."): ("Plan signed",
                                                                                          STORY + " Updated."),
                store(db, "https://other.example/c", "Plan", "signed " + STORY): ("Plan", "signed " + STORY)}
    signing = dedup.signature_values
    signed = []
    monkeypatch.setattr(dedup, "signature_values", lambda title, text: signed.append(text) or signing(title, text))

    link_duplicates(db)

    assert len(signed) == 3  # the exact copy was not signed again; the same words split otherwise were
    for article_id, (title, text) in articles.items():
        stored = db.execute("SELECT minhash FROM article_signatures WHERE article_id = ?", [article_id]).fetchone()[0]
        assert stored == dedup.values_to_bytes(signing(title, text))


def test_signed_texts_keeps_title_and_text_apart():
    signed = dedup.SignedTexts()
    first = signed.values("Plan signed", STORY)
    assert signed.values("Plan signed", STORY) is first
    assert signed.values("Plan", "signed " + STORY) is not first
    assert signed.values("Plan signed", STORY + ".") is not first
