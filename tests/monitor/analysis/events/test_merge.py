"""Reports of one real-world event become one stored event listing every source article."""

import multiprocessing

import pytest

from monitor.analysis.events.merge import merge_pending
from storage import open_db
from storage.alerts import enqueue_events
from storage.articles import upsert_article
from storage.detections import save_detection
from storage.events import article_mentions, list_events, resolve_event_id


def report(db, url, *, events, published="2023-10-06T12:00:00+04:00", source="wire", title="t", text=None):
    article = upsert_article(db, url=url, source=source, title=title, text=text or url, published_at=published)
    save_detection(db, article.id, classifier_version="test", lang="en", flagged=True, events=events)
    return article.id


def event(kind="plan_signed", parties=("AZ", "KZ"), plan_year=2024, date="2023-10-06", confidence=0.9):
    return {"kind": kind, "parties": list(parties), "plan_year": plan_year, "date": date,
            "evidence": f"{kind} evidence", "confidence": confidence}


def test_two_outlets_reporting_one_signing_make_one_event_with_two_sources(db):
    report(db, "https://ministry.example/1", events=[event(confidence=0.7)], source="ministry")
    report(db, "https://wire.example/9", events=[event(date=None, confidence=0.95)],
           published="2023-10-07T09:00:00+04:00")

    assert merge_pending(db) == 1
    [merged] = list_events(db)
    assert merged["kind"] == "plan_signed" and merged["parties"] == ["AZ", "KZ"] and merged["plan_year"] == 2024
    assert merged["date"] == "2023-10-06"
    assert merged["confidence"] == 0.95
    assert [a["source"] for a in merged["articles"]] == ["ministry", "wire"]


def test_a_later_report_adds_a_source_to_the_known_event(db):
    report(db, "https://a.example/1", events=[event()])
    merge_pending(db)
    [before] = list_events(db)
    report(db, "https://b.example/2", events=[event(date="2023-10-06")], source="other")

    assert merge_pending(db) == 0
    [after] = list_events(db)
    assert after["id"] == before["id"]
    assert after["first_seen"] == before["first_seen"]
    assert len(after["articles"]) == 2


def test_talks_between_the_same_states_months_apart_are_two_events(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-03-01")])
    report(db, "https://a.example/2", events=[event("talks", plan_year=None, date="2023-06-20")])
    report(db, "https://a.example/3", events=[event("talks", plan_year=None, date="2023-06-22")])

    assert merge_pending(db) == 2
    assert sorted(len(e["articles"]) for e in list_events(db)) == [1, 2]


def test_different_plan_years_or_parties_are_different_events(db):
    report(db, "https://a.example/1", events=[event(plan_year=2024)])
    report(db, "https://a.example/2", events=[event(plan_year=2025)])
    report(db, "https://a.example/3", events=[event(parties=("AZ", "GE"))])

    assert merge_pending(db) == 3


def test_merging_again_changes_nothing(db):
    report(db, "https://a.example/1", events=[event()])
    merge_pending(db)
    first = list_events(db)

    assert merge_pending(db) == 0
    assert list_events(db) == first


def test_reclassified_article_moves_its_mention_and_unchanged_events_keep_their_ids(db):
    kept = report(db, "https://a.example/1", events=[event()])
    moved = report(db, "https://b.example/2", events=[event("talks", plan_year=None)])
    merge_pending(db)
    ids = {e["kind"]: e["id"] for e in list_events(db)}

    save_detection(db, moved, classifier_version="test2", lang="en", flagged=True, events=[event()])
    merge_pending(db)

    [only] = list_events(db)
    assert only["id"] == ids["plan_signed"]
    assert len(only["articles"]) == 2
    assert kept


def test_multilateral_events_are_stored_but_listed_only_on_request(db):
    report(db, "https://a.example/1", events=[event("talks", parties=("AZ", "CIS", "RU"), plan_year=None)])
    merge_pending(db)

    assert list_events(db) == []
    assert [e["parties"] for e in list_events(db, bilateral_only=False)] == [["AZ", "CIS", "RU"]]


def test_a_state_and_a_bloc_are_not_a_bilateral_pair(db):
    report(db, "https://a.example/1", events=[event("talks", parties=("AZ", "NATO"), plan_year=None)])
    report(db, "https://a.example/2", events=[event("talks", parties=("EU", "GE"), plan_year=None)])
    merge_pending(db)

    assert list_events(db) == []
    assert len(list_events(db, bilateral_only=False)) == 2


def test_the_storage_layer_knows_every_two_letter_bloc_the_classifier_does():
    from monitor.classify.model import BLOC_CODES
    from storage.events import BLOCS_OF_TWO_LETTERS

    assert {code for code in BLOC_CODES if len(code) == 2} == set(BLOCS_OF_TWO_LETTERS)


def test_events_filter_by_kind_country_and_date(db):
    report(db, "https://a.example/1", events=[event()])
    report(db, "https://a.example/2", events=[event("exercise", parties=("AZ", "TR"), plan_year=None,
                                                    date="2024-05-01")])
    merge_pending(db)

    assert [e["kind"] for e in list_events(db, kind="exercise")] == ["exercise"]
    assert [e["kind"] for e in list_events(db, country="kz")] == ["plan_signed"]
    assert [e["kind"] for e in list_events(db, since="2024-01-01")] == ["exercise"]


def test_talks_and_the_signing_they_ended_in_are_one_event_of_the_signing_kind(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-10-05")],
           published="2023-10-05T10:00:00+04:00")
    report(db, "https://b.example/2", events=[event(date="2023-10-06")], source="other")

    assert merge_pending(db) == 1
    [merged] = list_events(db)
    assert merged["kind"] == "plan_signed" and merged["plan_year"] == 2024
    assert len(merged["articles"]) == 2


def test_a_signing_report_joins_talks_already_stored_and_the_event_becomes_the_signing(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-10-05")])
    merge_pending(db)
    [talks] = list_events(db)
    report(db, "https://b.example/2", events=[event(date="2023-10-06")], source="other")

    assert merge_pending(db) == 0
    [merged] = list_events(db)
    assert merged["id"] == talks["id"] and merged["kind"] == "plan_signed"


def test_a_report_without_the_plan_year_joins_the_dated_plan_of_that_year(db):
    report(db, "https://a.example/1", events=[event(plan_year=None, date="2023-10-06")])
    report(db, "https://b.example/2", events=[event(plan_year=2024, date="2023-10-07")], source="other")

    assert merge_pending(db) == 1
    [merged] = list_events(db)
    assert merged["plan_year"] == 2024 and len(merged["articles"]) == 2


def test_a_report_without_a_year_does_not_chain_plans_of_two_years(db):
    report(db, "https://a.example/1", events=[event(plan_year=None, date="2023-10-06")])
    report(db, "https://b.example/2", events=[event(plan_year=2024, date="2023-10-07")])
    report(db, "https://c.example/3", events=[event(plan_year=2025, date="2023-10-08")])

    assert merge_pending(db) == 2
    assert sorted(e["plan_year"] for e in list_events(db)) == [2024, 2025]


def test_talks_weeks_before_a_signing_stay_a_separate_event(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-09-01")])
    report(db, "https://b.example/2", events=[event(date="2023-10-06")])

    assert merge_pending(db) == 2


def test_a_working_group_a_week_after_a_signing_is_a_meeting_of_its_own(db):
    report(db, "https://a.example/1", events=[event("agreement_signed", plan_year=None, date="2024-05-16")])
    report(db, "https://b.example/2", events=[event("talks", plan_year=None, date="2024-05-22")])

    assert merge_pending(db) == 2
    assert sorted(e["kind"] for e in list_events(db)) == ["agreement_signed", "talks"]


def test_two_reports_of_one_visit_a_few_days_apart_are_still_one_event(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2024-05-14")])
    report(db, "https://b.example/2", events=[event("talks", plan_year=None, date="2024-05-19")])

    assert merge_pending(db) == 1


def test_talks_already_alerted_are_not_turned_into_the_signing(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-10-05")])
    merge_pending(db)
    [talks] = list_events(db)
    db.execute("INSERT INTO alerts (event_id, channel, idempotency_key, status, created_at)"
               " VALUES (?, 'webhook', ?, 'sent', '2023-10-05')", [talks["id"], f"{talks['id']}:webhook"])
    db.conn.commit()
    report(db, "https://b.example/2", events=[event(date="2023-10-06")])

    assert merge_pending(db) == 1
    assert sorted(e["kind"] for e in list_events(db)) == ["plan_signed", "talks"]


def test_reclassifying_the_signing_report_away_turns_the_event_back_into_talks(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-10-05")])
    signing = report(db, "https://b.example/2", events=[event(date="2023-10-06")])
    merge_pending(db)

    save_detection(db, signing, classifier_version="test2", lang="en", flagged=False, events=[])
    merge_pending(db)

    [left] = list_events(db)
    assert left["kind"] == "talks" and left["plan_year"] is None and len(left["articles"]) == 1


# Probe texts (written for these tests): what reports of a pair's acts name besides the date.
SIGNED_IN_SAMARKAND = ("Defence ministers Rustam Beknazarov and Oleg Tursunbayev signed the cooperation document"
                       " in Samarkand.")
MET_IN_BAKU = "Defence minister Rustam Beknazarov received his counterpart in Baku to discuss cooperation."


def _partition(db):
    events = {}
    for article_id, event_id, *_ in article_mentions(db):
        events.setdefault(event_id, set()).add(article_id)
    urls = dict(db.execute("SELECT id, url FROM articles").fetchall())
    return sorted(sorted(urls[article] for article in members) for members in events.values())


def _in_both_orders(tmp_path, reports):
    """The events the reports make when merged one by one, in this order and in the reverse."""
    found = []
    for name, ordered in (("forward", reports), ("backward", reports[::-1])):
        database = open_db(tmp_path / f"{name}.db")
        for url, details in ordered:
            report(database, url, **details)
            merge_pending(database)
        found.append(_partition(database))
        database.conn.close()
    assert found[0] == found[1]
    return found[0]


def test_undated_talks_stay_apart_from_the_one_signing_of_their_pair_in_either_order(tmp_path):
    """Pairs meet far more often than they sign: talks that say nothing of their date are not
    guessed to be the visit of the pair's one signing on record (a false join hides the talks;
    issue 16). Talks dated by a day and month that fits the signing do join it, in either order."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-06-17")]}),
        ("https://b.example/2", {"events": [event("talks", plan_year=None, date=None)], "published": None}),
        ("https://c.example/3", {"events": [event("agreement_signed", plan_year=None, date="2024-06-18")]}),
        ("https://d.example/4", _undated("talks", "--06-16"))])

    assert partition == [["https://a.example/1", "https://c.example/3", "https://d.example/4"],
                         ["https://b.example/2"]]


def test_undated_signings_with_no_dated_signing_of_their_pair_are_one_event_in_either_order(tmp_path):
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date=None)], "published": None}),
        ("https://b.example/2", {"events": [event("plan_signed", plan_year=None, date=None)], "published": None}),
        ("https://c.example/3", {"events": [event("agreement_signed", plan_year=None, date=None,
                                                  parties=("AZ", "GE"))], "published": None}),
        ("https://d.example/4", {"events": [event("talks", plan_year=None, date=None)], "published": None})])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"],
                         ["https://d.example/4"]]


def test_an_undated_agreement_does_not_join_a_plan_identified_by_its_year(tmp_path):
    """A pair signs a plan every year, and other agreements besides; an undated plan naming the
    plan's signatories does join it."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("plan_signed", plan_year=2025, date="2025-01-22")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", {"events": [event("plan_signed", plan_year=None, date=None)], "published": None,
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://c.example/3", {"events": [event("agreement_signed", plan_year=None, date=None)], "published": None,
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://d.example/4", {"events": [event("agreement_signed", plan_year=None, date=None)], "published": None})])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3", "https://d.example/4"]]


def test_an_undated_report_that_becomes_ambiguous_leaves_the_event_and_is_not_alerted_again(db):
    report(db, "https://a.example/1", events=[event("agreement_signed", plan_year=None, date="2024-06-17")],
           text=SIGNED_IN_SAMARKAND)
    report(db, "https://b.example/2", events=[event("agreement_signed", plan_year=None, date=None)], published=None,
           text=SIGNED_IN_SAMARKAND)
    merge_pending(db)
    [first] = list_events(db)
    assert len(first["articles"]) == 2
    enqueue_events(db, "webhook", kinds=["agreement_signed"], countries=[], min_confidence=0, not_before=None,
                   now="2024-06-18T00:00:00+00:00")

    report(db, "https://c.example/3", events=[event("agreement_signed", plan_year=None, date="2024-11-02")],
           text=SIGNED_IN_SAMARKAND)
    merge_pending(db)
    queued = enqueue_events(db, "webhook", kinds=["agreement_signed"], countries=[], min_confidence=0,
                            not_before=None, now="2024-11-03T00:00:00+00:00")

    # It could be a report of either signing now: an event of its own, whose alert the first one's counts for.
    assert _partition(db) == [["https://a.example/1"], ["https://b.example/2"], ["https://c.example/3"]]
    [left] = [e["id"] for e in list_events(db) if e["articles"][0]["url"] == "https://b.example/2"]
    [second] = [e["id"] for e in list_events(db) if e["articles"][0]["url"] == "https://c.example/3"]
    assert queued == [second]
    assert db.execute("SELECT status FROM alerts WHERE event_id = ?", [left]).fetchall() == [("cancelled",)]


def test_an_id_that_redirects_is_never_given_to_a_new_event(db):
    """SQLite hands out the newest id again once that row is gone; a merged id must keep pointing
    to its survivor, and a new event must not be mistaken for it."""
    report(db, "https://a.example/1", events=[event("agreement_signed", plan_year=None, date="2024-06-14")])
    report(db, "https://b.example/2", events=[event("agreement_signed", plan_year=None, date="2024-06-24")])
    merge_pending(db)
    report(db, "https://c.example/3", events=[event("agreement_signed", plan_year=None, date="2024-06-19")])
    merge_pending(db)  # bridges the two: the newer merges into the older
    [(merged, survivor)] = db.execute("SELECT old_id, event_id FROM event_redirects").fetchall()

    report(db, "https://d.example/4", events=[event("talks", plan_year=None, date="2025-02-01")])
    merge_pending(db)

    new = [e["id"] for e in list_events(db) if e["kind"] == "talks"]
    assert new != [merged] and resolve_event_id(db, merged) == survivor and resolve_event_id(db, new[0]) == new[0]


def test_an_undated_report_with_a_plan_year_joins_that_plan_in_either_order(db):
    report(db, "https://b.example/2", events=[event(plan_year=2025, date=None)], published=None)
    merge_pending(db)
    report(db, "https://a.example/1", events=[event("agreement_signed", plan_year=None, date="2024-12-10")])
    report(db, "https://c.example/3", events=[event(plan_year=2025, date="2024-12-10")])
    merge_pending(db)

    [merged] = list_events(db)
    assert merged["kind"] == "plan_signed" and merged["plan_year"] == 2025 and len(merged["articles"]) == 3


def test_an_undated_report_with_several_candidate_events_starts_its_own(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2023-03-01")])
    report(db, "https://a.example/2", events=[event("talks", plan_year=None, date="2023-09-01")])
    report(db, "https://b.example/3", events=[event("talks", plan_year=None, date=None)], published=None)

    assert merge_pending(db) == 3


def test_an_undated_signing_never_turns_known_talks_into_a_signing(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2024-08-14")])
    report(db, "https://b.example/2", events=[event(plan_year=2020, date=None)], published=None)

    assert merge_pending(db) == 2
    assert sorted(e["kind"] for e in list_events(db)) == ["plan_signed", "talks"]


def test_a_dated_report_does_not_join_an_undated_event_of_a_key_that_needs_a_date(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date=None)], published=None)
    merge_pending(db)
    report(db, "https://b.example/2", events=[event("talks", plan_year=None, date="2024-08-14")])

    assert merge_pending(db) == 1
    assert len(list_events(db)) == 2


def _merge_after(path, barrier):
    db = open_db(path)
    barrier.wait()
    merge_pending(db)
    db.conn.close()


def test_crawls_merging_at_the_same_moment_make_each_event_once(db, db_path):
    """Two crawls of different sources may finish together, and each merges every pending detection."""
    states = ["AM", "BY", "GE", "KG", "KZ", "PK", "RS", "TR", "UZ"]
    for number, partner in enumerate(states * 20):
        report(db, f"https://outlet{number % 3}.example/{number}", title=f"report {number}",
               events=[event(parties=("AZ", partner), plan_year=2000 + number // len(states))])
    barrier = multiprocessing.Barrier(3)
    workers = [multiprocessing.Process(target=_merge_after, args=(db_path, barrier)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)

    assert [worker.exitcode for worker in workers] == [0, 0, 0]
    events = list_events(db)
    assert len(events) == len(states) * 20
    assert sorted(len(e["articles"]) for e in events) == [1] * len(states) * 20


def test_talks_stating_a_plan_year_do_not_give_it_to_the_signing_they_join(tmp_path):
    """Undated talks "on the plan for 2025" joined the pair's one dated signing and gave it their
    year, so a plan for 2025 reported next joined it too, while the same reports merged at once
    stay apart (found by wip-i16c's order property test). A signing takes its year from its own
    reports."""
    undated = {"published": None}
    reports = [("https://a.example/1", {"events": [event("plan_signed", plan_year=None, date=None)],
                                        "published": "2024-11-20"}),
               ("https://b.example/2", {"events": [event("plan_signed", plan_year=None, date=None)], **undated}),
               ("https://c.example/3", {"events": [event("talks", plan_year=2025, date=None)], **undated}),
               ("https://d.example/4", {"events": [event("plan_signed", plan_year=2025, date=None)], **undated})]
    found = []
    for name, merge_each in (("each", True), ("once", False)):
        database = open_db(tmp_path / f"{name}.db")
        for url, details in reports:
            report(database, url, **details)
            if merge_each:
                merge_pending(database)
        merge_pending(database)
        found.append(_partition(database))
        assert database.execute("SELECT COUNT(*) FROM events WHERE kind = 'plan_signed' AND plan_year IS NULL"
                                " AND first_day IS NOT NULL").fetchone()[0] == 1
        database.conn.close()

    assert found[0] == found[1]


def _undated(kind, partial, parties=("AZ", "KZ"), text=None):
    """A report with no date and no publish date that knows part of its date (or nothing: None)."""
    return {"events": [{**event(kind, parties=parties, plan_year=None, date=None), "partial_date": partial}],
            "published": None, "text": text}


def test_an_undated_report_stating_day_and_month_joins_the_meeting_of_that_day_in_either_order(tmp_path):
    """The pair met in June and in December: "on 17 June" with no year is the June visit (its talks
    and its signing), "on 15 December" the December talks (issue 16). Without the day and month
    both reports had two candidates and stayed apart."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("talks", plan_year=None, date="2024-06-17")]}),
        ("https://a.example/2", {"events": [event("agreement_signed", plan_year=None, date="2024-06-18")]}),
        ("https://a.example/3", {"events": [event("talks", plan_year=None, date="2024-12-16")]}),
        ("https://b.example/4", _undated("talks", "--06-17")),
        ("https://b.example/5", _undated("talks", "--12-15"))])

    assert partition == [["https://a.example/1", "https://a.example/2", "https://b.example/4"],
                         ["https://a.example/3", "https://b.example/5"]]


def test_an_undated_report_from_a_month_joins_the_one_event_dated_then_in_either_order(tmp_path):
    """A page known only by its month reports something done that month or just before it."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("plan_signed", plan_year=2020, date="2019-10-29")]}),
        ("https://a.example/2", {"events": [event("plan_signed", plan_year=2021, date="2020-11-20")]}),
        ("https://b.example/3", _undated("talks", "2019-10")),
        ("https://b.example/4", _undated("plan_signed", "2020-12"))])

    assert partition == [["https://a.example/1", "https://b.example/3"], ["https://a.example/2", "https://b.example/4"]]


def test_an_undated_agreement_whose_day_is_a_plans_signing_day_joins_it(tmp_path):
    """Outlets name one document differently ("a plan for 2026", "an agreement"): with no day, an
    undated agreement is kept off a plan identified by its year; with the plan's signing day it
    is a report of that signing."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("plan_signed", plan_year=2026, date="2025-10-23")]}),
        ("https://a.example/2", {"events": [event("agreement_signed", plan_year=None, date="2025-03-02")]}),
        ("https://b.example/3", _undated("agreement_signed", "--10-23"))])

    assert partition == [["https://a.example/1", "https://b.example/3"], ["https://a.example/2"]]


def test_an_undated_report_whose_month_fits_no_event_is_still_placed_as_one_that_knows_nothing(tmp_path):
    """A page's month only adds joins: a page month the pair's one signing does not fit (a
    round-up months later) still joins it by the names it shares, as a report that knows nothing
    of its date does."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-11-22")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", _undated("agreement_signed", "2025-03", text=SIGNED_IN_SAMARKAND)),
        ("https://b.example/3", _undated("agreement_signed", None, text=SIGNED_IN_SAMARKAND))])

    assert partition == [["https://a.example/1", "https://b.example/2", "https://b.example/3"]]


def test_an_undated_report_stating_a_day_the_one_event_was_not_on_is_an_act_of_its_own(tmp_path):
    """"Signed on 15 April" is not the pair's November signing, nor are talks "on 3 March" the
    visit of that signing: the guess that would join them is not made, for a signing or talks."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-11-22")]}),
        ("https://b.example/2", _undated("agreement_signed", "--04-15")),
        ("https://b.example/3", _undated("talks", "--03-03")),
        ("https://b.example/4", _undated("talks", "--11-21"))])

    assert partition == [["https://a.example/1", "https://b.example/4"], ["https://b.example/2"],
                         ["https://b.example/3"]]


def test_an_undated_report_whose_day_fits_two_events_stays_apart(tmp_path):
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("talks", plan_year=None, date="2023-03-01")]}),
        ("https://a.example/2", {"events": [event("talks", plan_year=None, date="2024-03-02")]}),
        ("https://b.example/3", _undated("talks", "--03-01"))])

    assert partition == [["https://a.example/1"], ["https://a.example/2"], ["https://b.example/3"]]


def test_a_month_alone_does_not_place_an_exercise_among_several(tmp_path):
    """A pair holds several exercises in a season, each lasting days: the page's month does not
    say which; its day and month do."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("exercise", plan_year=None, date="2021-09-20")]}),
        ("https://a.example/2", {"events": [event("exercise", plan_year=None, date="2021-05-10")]}),
        ("https://b.example/3", _undated("exercise", "2021-09")),
        ("https://b.example/4", _undated("exercise", "--05-12"))])

    assert partition == [["https://a.example/1"], ["https://a.example/2", "https://b.example/4"],
                         ["https://b.example/3"]]


def test_a_malformed_partial_date_is_read_as_none_and_the_merge_goes_on(tmp_path):
    """A hand-edited detection must not stop merging: the report is placed as if it gave no date."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-11-22")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", _undated("agreement_signed", "--13-45", text=SIGNED_IN_SAMARKAND)),
        ("https://b.example/3", _undated("agreement_signed", "soon", text=SIGNED_IN_SAMARKAND))])

    assert partition == [["https://a.example/1", "https://b.example/2", "https://b.example/3"]]


def test_undated_reports_whose_partial_dates_cannot_be_one_act_are_apart_in_either_order(tmp_path):
    """With no dated signing of the pair, its undated signings were one event whatever they said:
    signed "on 15 April" and "on 22 November" are two signings, each alerted. A report that knows
    nothing goes with the one act the others make, else with the other reports that know nothing."""
    two = _in_both_orders(tmp_path / "two", [
        ("https://a.example/1", _undated("agreement_signed", "--04-15")),
        ("https://b.example/2", _undated("agreement_signed", "--04-16")),
        ("https://c.example/3", _undated("agreement_signed", "--11-22")),
        ("https://d.example/4", _undated("agreement_signed", None))])
    one = _in_both_orders(tmp_path / "one", [
        ("https://a.example/1", _undated("exercise", "2021-09")),
        ("https://b.example/2", _undated("exercise", "--09-14")),
        ("https://c.example/3", _undated("exercise", None))])

    assert two == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"], ["https://d.example/4"]]
    assert one == [["https://a.example/1", "https://b.example/2", "https://c.example/3"]]


def test_an_undated_signing_joins_the_pairs_one_signing_only_when_it_names_what_that_signing_names(tmp_path):
    """A report with no date was guessed to be the pair's one signing on record: across a year's
    news that guess made every false pair of issue 16. It joins now only when it names someone or
    something (the city, a minister with it) that the signing's reports name, in either order."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-06-20")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", _undated("agreement_signed", None,
                                         text="The document was signed by Oleg Tursunbayev in Samarkand.")),
        ("https://b.example/3", _undated("agreement_signed", None,
                                         text="the two states signed an agreement on defence cooperation."))])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://b.example/3"]]


def test_a_name_another_event_of_the_pair_also_holds_is_not_evidence(tmp_path):
    """Ministers of a pair meet and sign often: a name that the pair's talks in Baku also carry does
    not say which act an undated signing reports; the city of the signing does."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-06-20")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://a.example/2", {"events": [event("talks", plan_year=None, date="2024-11-05")], "text": MET_IN_BAKU}),
        ("https://b.example/3", _undated("agreement_signed", None, text="Rustam Beknazarov signed an agreement.")),
        ("https://b.example/4", _undated("agreement_signed", None, text="The agreement was signed in Samarkand."))])

    assert partition == [["https://a.example/1", "https://b.example/4"], ["https://a.example/2"],
                         ["https://b.example/3"]]


def test_undated_talks_on_the_weekday_of_the_signing_they_name_join_it(tmp_path):
    """Talks "on Thursday" that name the signing's minister are the visit of the signing dated on a
    Thursday; on Monday, or naming nobody the signing names, they stay apart (issue 16)."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-06-20")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", _undated("talks", None, text="On Thursday Oleg Tursunbayev held talks on defence.")),
        ("https://b.example/3", _undated("talks", None, text="On Monday Oleg Tursunbayev held talks on defence.")),
        ("https://b.example/4", _undated("talks", None, text="On Thursday the ministers held talks on defence."))])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://b.example/3"],
                         ["https://b.example/4"]]


def test_a_weekday_is_matched_only_against_the_days_reports_state(tmp_path):
    """Talks "on Thursday" name the day of the act; a report dated only by its publish day (a Thursday
    here) was published a day or more after the act, so its weekday says nothing: the talks stay
    apart from a signing known only by its reports' publish days, and join one whose report states
    that Thursday (issue 16)."""
    by_publish_day = _in_both_orders(tmp_path / "published", [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date=None)],
                                 "published": "2024-06-20T10:00:00+04:00", "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", _undated("talks", None, text="On Thursday Oleg Tursunbayev held talks on defence."))])
    stated = _in_both_orders(tmp_path / "stated", [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-06-20")],
                                 "published": "2024-06-21T10:00:00+04:00", "text": SIGNED_IN_SAMARKAND}),
        ("https://b.example/2", _undated("talks", None, text="On Thursday Oleg Tursunbayev held talks on defence."))])

    assert by_publish_day == [["https://a.example/1"], ["https://b.example/2"]]
    assert stated == [["https://a.example/1", "https://b.example/2"]]


MET_IN_ASTANA = "Defence ministers Rustam Beknazarov and Oleg Tursunbayev met in Astana to discuss cooperation."


def test_an_undated_signing_joins_the_talks_of_the_visit_in_the_city_it_names_in_either_order(tmp_path):
    """One outlet reports the talks of a visit, another only the agreement signed during it, with no
    date (issue 16): the signing joins the pair's one event of talks held in the city it names. Names
    of the two ministers alone do not place it: they meet and sign at other times and places."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("talks", plan_year=None, date="2024-08-04")], "text": MET_IN_ASTANA}),
        ("https://b.example/2", _undated("agreement_signed", None,
                                         text="An agreement on defence was signed in Astana during the visit.")),
        ("https://c.example/3", {"events": [event("talks", parties=("AZ", "GE"), plan_year=None, date="2024-03-04")],
                                 "text": MET_IN_ASTANA}),
        ("https://d.example/4", _undated("agreement_signed", None, parties=("AZ", "GE"),
                                         text="Rustam Beknazarov and Oleg Tursunbayev signed a defence agreement."))])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"],
                         ["https://d.example/4"]]


def test_an_undated_signing_does_not_join_talks_when_another_event_of_the_pair_names_the_city(tmp_path):
    """The ministers met in Astana twice: the city does not say which visit the agreement ended."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("talks", plan_year=None, date="2024-08-04")], "text": MET_IN_ASTANA}),
        ("https://a.example/2", {"events": [event("talks", plan_year=None, date="2023-02-14")], "text": MET_IN_ASTANA}),
        ("https://b.example/3", _undated("agreement_signed", None,
                                         text="An agreement on defence was signed in Astana during the visit."))])

    assert partition == [["https://a.example/1"], ["https://a.example/2"], ["https://b.example/3"]]


def _alert(db, event_id):
    db.execute("INSERT INTO alerts (event_id, channel, idempotency_key, status, created_at)"
               " VALUES (?, 'webhook', ?, 'sent', '2024-08-05')", [event_id, f"{event_id}:webhook"])
    db.conn.commit()


def test_an_undated_signing_does_not_turn_talks_already_alerted_into_the_signing(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2024-08-04")], text=MET_IN_ASTANA)
    merge_pending(db)
    [talks] = list_events(db)
    _alert(db, talks["id"])
    report(db, "https://b.example/2", text="An agreement on defence was signed in Astana during the visit.",
           events=[event("agreement_signed", plan_year=None, date=None)], published=None)

    assert merge_pending(db) == 1
    assert sorted(e["kind"] for e in list_events(db)) == ["agreement_signed", "talks"]


def test_a_signing_that_joined_the_talks_of_its_visit_stays_once_the_event_is_alerted(db):
    report(db, "https://a.example/1", events=[event("talks", plan_year=None, date="2024-08-04")], text=MET_IN_ASTANA)
    report(db, "https://b.example/2", text="An agreement on defence was signed in Astana during the visit.",
           events=[event("agreement_signed", plan_year=None, date=None)], published=None)
    merge_pending(db)
    [joined] = list_events(db)
    _alert(db, joined["id"])
    report(db, "https://c.example/3", events=[event("talks", plan_year=None, date="2024-08-05")])
    merge_pending(db)

    [still] = list_events(db)
    assert still["id"] == joined["id"] and still["kind"] == "agreement_signed" and len(still["articles"]) == 3


def test_undated_talks_join_the_signing_of_the_visit_in_the_city_they_name_in_either_order(tmp_path):
    """The same visit told the other way round: the agreement is dated, the talks report is not and
    names the city of the signing, which no other event of the pair names. Talks naming only the
    two ministers, who meet elsewhere too, stay apart."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-08-04")],
                                 "text": "An agreement on defence was signed in Astana during the visit."}),
        ("https://a.example/2", {"events": [event("talks", plan_year=None, date="2023-02-14")], "text": MET_IN_BAKU}),
        ("https://b.example/3", _undated("talks", None, text=MET_IN_ASTANA)),
        ("https://b.example/4", _undated("talks", None, text="Rustam Beknazarov and Oleg Tursunbayev held talks."))])

    assert partition == [["https://a.example/1", "https://b.example/3"], ["https://a.example/2"],
                         ["https://b.example/4"]]


def test_undated_reports_of_the_signing_of_a_visit_all_join_its_talks_in_either_order(tmp_path):
    """Two outlets report the agreement signed during the visit with no date, one naming the city:
    both are the signing the talks ended in, one event (and one alert), not the talks plus a
    second event of the same signing."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("talks", plan_year=None, date="2024-08-04")], "text": MET_IN_ASTANA}),
        ("https://b.example/2", _undated("agreement_signed", None,
                                         text="An agreement on defence was signed in Astana during the visit.")),
        ("https://c.example/3", _undated("agreement_signed", None, text="The two states signed a defence agreement."))])

    assert partition == [["https://a.example/1", "https://b.example/2", "https://c.example/3"]]


def test_a_report_meets_an_event_whose_dated_span_began_months_before_it(db):
    # One plan, known by its year, reported in February and in November: its span covers the
    # months between, and talks two days after its last report are a report of it.
    report(db, "https://a.example/1", events=[event(date="2023-02-01")], published="2023-02-01T09:00:00+00:00")
    report(db, "https://b.example/2", events=[event(date="2023-11-20")], published="2023-11-20T09:00:00+00:00")
    report(db, "https://c.example/3", events=[event("talks", plan_year=None, date="2023-11-22")],
           published="2023-11-22T09:00:00+00:00")
    report(db, "https://d.example/4", events=[event("talks", plan_year=None, date="2023-12-20")],
           published="2023-12-20T09:00:00+00:00")

    assert merge_pending(db) == 2
    [talks, plan] = list_events(db)
    assert plan["kind"] == "plan_signed" and len(plan["articles"]) == 3
    assert talks["kind"] == "talks" and [a["published_at"][:10] for a in talks["articles"]] == ["2023-12-20"]


@pytest.mark.parametrize("dated, undated", [
    # A rank before two different officers' names.
    ("Defence ministers signed the document in Samarkand; Lieutenant General Bakhyt Ormanov attended.",
     "Lieutenant General Farid Quliyev was present at the signing of the agreement."),
    # One minister's surname: the pair's ministers are named in its reports of every act.
    (SIGNED_IN_SAMARKAND, "The document was signed by Oleg Tursunbayev for his country."),
    # The capital of one of the pair's states, where most of its acts take place.
    ("The ministers signed the agreement on cooperation in Astana yesterday.",
     "An agreement on defence cooperation was signed in Astana, officials said."),
    # The outlet that published both reports names itself in each.
    ("The ministers signed the agreement on cooperation, Kazinformia reports.",
     "An agreement on defence cooperation was signed, Kazinformia reports."),
])
def test_the_pairs_one_signing_is_not_joined_by_a_name_that_does_not_tell_which_act(tmp_path, dated, undated):
    """An undated signing joins the pair's one signing on record only by a name that singles that
    act out (a place other than the states' capitals, a document's name, two people's surnames), in
    either order: a rank, one minister's surname, a capital of the pair or the outlet's own name
    would join any act of the pair to it (issue 16)."""
    partition = _in_both_orders(tmp_path, [
        ("https://www.kazinformia.example/1", {
            "events": [event("agreement_signed", plan_year=None, date="2024-06-20")], "text": dated}),
        ("https://www.kazinformia.example/2", _undated("agreement_signed", None, text=undated))])

    assert partition == [["https://www.kazinformia.example/1"], ["https://www.kazinformia.example/2"]]


def test_an_undated_report_on_a_stated_weekday_joins_by_a_surname_other_events_also_name(tmp_path):
    """"On Thursday" on the one event of its act whose stated days include a Thursday, with a minister
    the report names: the weekday singled the event out, the name says the same people acted, even
    when the pair's other events name that minister too (as its ministers' events all do)."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-06-20")],
                                 "text": SIGNED_IN_SAMARKAND}),
        ("https://a.example/2", {"events": [event("talks", plan_year=None, date="2024-03-04")],
                                 "text": "Rustam Beknazarov received his counterpart to discuss cooperation."}),
        ("https://b.example/3", _undated("agreement_signed", None,
                                         text="On Thursday Rustam Beknazarov signed a document with his guest.")),
    ])

    assert partition == [["https://a.example/1", "https://b.example/3"], ["https://a.example/2"]]


THREE_AT_THE_TABLE = ("Rustam Beknazarov received Oleg Tursunbayev; deputy minister Arman Seitkali also took part "
                      "in the talks.")
THE_SAME_THREE = "Oleg Tursunbayev and Rustam Beknazarov discussed training, joined by deputy minister Arman Seitkali."
THE_TWO_MINISTERS = "Rustam Beknazarov spoke with Oleg Tursunbayev about cooperation."


def test_undated_talks_naming_the_same_three_people_are_one_meeting_in_either_order(tmp_path):
    """Two reports with no date at all of talks the pair's two ministers held with a third person
    both name (a deputy, another minister) tell one meeting; reports naming only the two ministers,
    who meet and call each other several times a year, stay apart, even when fetched in the same
    crawl as the others (issue 16)."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", _undated("talks", None, text=THREE_AT_THE_TABLE)),
        ("https://b.example/2", _undated("talks", None, text=THE_SAME_THREE)),
        ("https://c.example/3", _undated("talks", None, text=THE_TWO_MINISTERS)),
        ("https://d.example/4", _undated("talks", None, text=THE_TWO_MINISTERS + " Both praised the officers."))])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"],
                         ["https://d.example/4"]]


def test_undated_talks_fetched_in_one_crawl_are_not_one_meeting_for_that(db):
    """Reports with no date stored and merged together (one crawl, a source's first, fetching its
    archive) are placed as when they come one by one: the two ministers' names do not make them one
    meeting, the same three people do."""
    for url, text in (("https://a.example/1", THREE_AT_THE_TABLE), ("https://b.example/2", THE_SAME_THREE),
                      ("https://c.example/3", THE_TWO_MINISTERS), ("https://d.example/4", THE_TWO_MINISTERS)):
        report(db, url, **_undated("talks", None, text=text))
    merge_pending(db)

    assert _partition(db) == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"],
                              ["https://d.example/4"]]


def test_undated_talks_join_the_pairs_talks_on_record_that_name_the_same_three_people(tmp_path):
    """The one dated meeting of the pair whose reports name the three people the undated talks name
    is the meeting they tell, in either order; not when their day and month is another day, and not
    by the two ministers alone."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("talks", plan_year=None, date="2024-03-04")],
                                 "text": THREE_AT_THE_TABLE}),
        ("https://b.example/2", _undated("talks", None, text=THE_SAME_THREE)),
        ("https://c.example/3", _undated("talks", "--11-20", text=THE_SAME_THREE)),
        ("https://d.example/4", _undated("talks", None, text=THE_TWO_MINISTERS))])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"],
                         ["https://d.example/4"]]


def test_undated_ratifications_that_name_the_same_document_are_one_act_beside_another_on_record(tmp_path):
    """The pair's record holds a ratification these undated reports do not name (another house's
    vote, another year): they are not guessed into it, but two of them naming the same document
    (a name other than people's) are one act, in either order; one naming only a minister stays
    apart."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_ratified", plan_year=None, date="2019-05-01")],
                                 "text": "The parliament ratified the agreement on cooperation."}),
        ("https://b.example/2", _undated("agreement_ratified", None,
                                         text="Deputies approved the ratification of the Shymkent protocol.")),
        ("https://c.example/3", _undated("agreement_ratified", None,
                                         text="The Shymkent protocol was ratified by the lower house.")),
        ("https://d.example/4", _undated("agreement_ratified", None,
                                         text="Rustam Beknazarov welcomed the ratification."))])

    assert partition == [["https://a.example/1"], ["https://b.example/2", "https://c.example/3"],
                         ["https://d.example/4"]]


def test_one_surname_written_with_an_ending_counts_once_for_the_pairs_one_signing(tmp_path):
    """"Akar" and "Akar's" are one person: one minister's surname does not single out the pair's
    one signing on record, however many forms of it the reports write."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {
            "events": [event("agreement_signed", plan_year=None, date="2024-06-20")],
            "text": "Minister Hulusi Akar signed the agreement, and General Akar's aide attended."}),
        ("https://b.example/2", _undated("agreement_signed", None,
                                         text="General Akar's visit ended with a signing by Minister Hulusi Akar."))])

    assert partition == [["https://a.example/1"], ["https://b.example/2"]]


def test_a_signing_dated_by_one_outlet_and_by_anothers_dateline_two_days_later_is_one_event(tmp_path):
    """One outlet states the day of the signing; another, a wire, states only its own dateline two
    days later ("ASTANA, 14 March"), and calls the document a plan where the first calls it an
    agreement: one signing, in either order. A signing stated two weeks later is another."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_signed", plan_year=None, date="2024-03-12")]}),
        ("https://b.example/2", {"events": [event("plan_signed", plan_year=None, date="2024-03-14")]}),
        ("https://c.example/3", {"events": [event("agreement_signed", plan_year=None, date="2024-03-27")]})])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"]]


def test_a_parliaments_ratification_and_the_presidents_signature_weeks_later_are_two_events(tmp_path):
    """Each stage of a ratification is an act (SCHEMA.md: a president signing the ratification law
    is agreement_ratified, and so is the parliament's vote): the vote and the signature three weeks
    later are two events, each alerted, in either order; and the signing of the agreement itself is
    not its ratification."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", {"events": [event("agreement_ratified", plan_year=None, date="2024-06-03")]}),
        ("https://b.example/2", {"events": [event("agreement_ratified", plan_year=None, date="2024-06-24")]}),
        ("https://c.example/3", {"events": [event("agreement_signed", plan_year=None, date="2024-06-04")]})])

    assert partition == [["https://a.example/1"], ["https://b.example/2"], ["https://c.example/3"]]


def _ratified(sentence, date=None, published=None):
    """A ratification report whose sentence says who ratified (its stage: a house's vote, the head of
    state's signature, the instruments exchanged), with no date unless given."""
    found = {**event("agreement_ratified", plan_year=None, date=date), "evidence": sentence, "partial_date": None}
    return {"events": [found], "published": published, "text": sentence}


def test_undated_ratifications_of_different_stages_are_different_events_in_either_order(tmp_path):
    """SCHEMA.md makes each step of a ratification a story: a house's vote and the president's
    signature of the law are two events even with no date to tell them apart; two reports of the
    house's vote (one naming the house, one only "deputies") are one, in either order."""
    partition = _in_both_orders(tmp_path, [
        ("https://a.example/1", _ratified("Deputies ratified the agreement on military cooperation.")),
        ("https://b.example/2", _ratified("The lower house voted to ratify the military cooperation agreement.")),
        ("https://c.example/3", _ratified("The president signed the law ratifying the agreement."))])

    assert partition == [["https://a.example/1", "https://b.example/2"], ["https://c.example/3"]]


def test_an_undated_ratification_that_says_no_stage_joins_as_before(tmp_path):
    """A report that says no stage is compatible with any: with one stage said by the others it goes
    with them (one event, as before stages were read); beside two stages it cannot say which, and
    stays apart from both, in either order."""
    one = _in_both_orders(tmp_path / "one", [
        ("https://a.example/1", _ratified("Deputies ratified the agreement on military cooperation.")),
        ("https://b.example/2", _ratified("The agreement on military cooperation was ratified."))])
    two = _in_both_orders(tmp_path / "two", [
        ("https://a.example/1", _ratified("Deputies ratified the agreement on military cooperation.")),
        ("https://b.example/2", _ratified("The agreement on military cooperation was ratified.")),
        ("https://c.example/3", _ratified("The president signed the law ratifying the agreement."))])

    assert one == [["https://a.example/1", "https://b.example/2"]]
    assert two == [["https://a.example/1"], ["https://b.example/2"], ["https://c.example/3"]]


def test_an_undated_vote_of_one_house_is_not_guessed_into_the_other_houses_vote_on_record(tmp_path):
    """The pair's one ratification on record is the Senate's vote: an undated report naming the same
    protocol is its report when it is the senators' vote too, not when it is the lower house's (the
    houses vote apart, each a story), in either order."""
    partition = _in_both_orders(tmp_path / "one", [
        ("https://a.example/1", _ratified("The Senate ratified the Termez protocol on Monday.", date="2024-05-06",
                                          published="2024-05-06T12:00:00+04:00")),
        ("https://b.example/2", _ratified("The lower house ratified the Termez protocol.")),
        ("https://c.example/3", _ratified("Senators approved the Termez protocol."))])

    assert partition == [["https://a.example/1", "https://c.example/3"], ["https://b.example/2"]]
