"""An event in English (monitor.output.wording)."""

from monitor.output import wording


def event(**fields):
    base = {"id": 1, "kind": "plan_signed", "parties": ["AZ", "GE"], "plan_year": 2024, "date": "2023-11-27",
            "first_seen": "2026-12-06T10:00:00+00:00", "articles": []}
    return {**base, **fields}


def test_the_headline_says_who_did_what_for_which_year_and_when():
    assert wording.headline(event()) == ("Azerbaijan and Georgia signed their military cooperation plan for 2024"
                                         " — 27 Nov 2023")
    assert wording.headline(event(kind="exercise", parties=["AZ", "TR", "GE"], plan_year=None)) == (
        "Azerbaijan, Türkiye and Georgia held a joint military exercise — 27 Nov 2023")


def test_an_undated_event_names_its_first_report_never_the_day_it_was_stored_as_its_day():
    reported = event(date=None, articles=[{"published_at": "2024-03-05T08:00:00+00:00"},
                                          {"published_at": "2024-03-03T22:00:00+00:00"}, {"published_at": None}])
    assert wording.headline(reported).endswith("— date not reported; first report 3 Mar 2024")
    unpublished = event(date=None, articles=[{"published_at": None}])
    assert wording.headline(unpublished).endswith("— date not reported")
    assert "6 Dec 2026" not in wording.headline(unpublished)
    assert wording.when(unpublished) == "date not reported; no publish date; first stored 6 Dec 2026"


def test_every_kind_is_explained_and_the_confidence_is_said_in_words():
    assert set(wording.KIND_EXPLAINED) == {"plan_signed", "agreement_signed", "agreement_ratified", "talks",
                                           "exercise"}
    assert "at least 8 times in 10" in wording.how_sure(0.83)
    assert "at least 7 times in 10" in wording.how_sure(0.75)  # a lower bound is never rounded up


def test_corroboration_counts_outlets_and_languages():
    reports = [{"outlet": "Caspian Wire", "lang": "en"}, {"outlet": "Kura Daily", "lang": None, "read_as": "az"},
               {"outlet": "Caspian Wire", "lang": "en"}]
    assert wording.corroboration(reports) == "Reported by 2 outlets in 2 languages."
    assert wording.corroboration(reports[:1]) == ("Reported by 1 outlet in 1 language; no other outlet has reported"
                                                  " it yet.")
    assert wording.corroboration([]) == "No report of it is stored any more."
