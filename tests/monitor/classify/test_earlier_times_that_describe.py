"""A time word that describes who or what the sentence's event is about does not make the event a
recollection: a stretch set off by commas that tells an earlier meeting or exercise ("The ministers, who
last met in 2022, held talks in Rome on Monday"; "The joint exercise, held annually since 2021, began on
Monday"), a document's name with its year ("ratified the 2023 military cooperation agreement"), or a
document named as the basis of a new act ("Building on the agreement of 2019, the ministers signed a plan
for 2025"). A stretch that tells an act, a fronted time phrase, or a bare time phrase between commas still
dates the event. Sentences written for these tests; the page is dated 20 November 2024.

Each entry: (principle, text, expected main event: None or (kind, pair[, plan year])).
"""

from datetime import date

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

PAGE = date(2024, 11, 20)

PROBES = [
    ("an earlier meeting of the actors", "en",
     "The defence ministers of Azerbaijan and Italy, who last met in 2022, held talks in Rome on Monday.",
     ("talks", "AZ IT")),
    ("meetings since a year, then a plan signed", "en",
     "The defence ministers of Azerbaijan and Georgia, who have met every year since 2019, signed a military "
     "cooperation plan for 2025.", ("plan_signed", "AZ GE", 2025)),
    ("an exercise held every year since", "en",
     "The joint exercise of Azerbaijani and Turkish troops, held annually since 2021, began in Nakhchivan on "
     "Monday.", ("exercise", "AZ TR")),
    ("a frame that a new act builds on", "en",
     "Building on the agreement of 2019, the defence ministers of Azerbaijan and Georgia signed a military "
     "cooperation plan for 2025 on Tuesday.", ("plan_signed", "AZ GE", 2025)),
    ("the document's year in its name", "en",
     "Kyrgyzstan's parliament ratified on Tuesday the 2023 military cooperation agreement with Turkey.",
     ("agreement_ratified", "KG TR")),
    ("ru: the actors' earlier meeting", "ru",
     "Министры обороны Азербайджана и Италии, которые в последний раз встречались в 2022 году, провели "
     "переговоры в Риме в понедельник.", ("talks", "AZ IT")),
    ("a fronted time phrase", "en",
     "Last year, Azerbaijan and Georgia signed a military cooperation plan for 2024.", None),
    ("a bare time phrase between commas", "en",
     "In Baku, in 2019, the defence ministers of Azerbaijan and Georgia signed a military cooperation plan.", None),
    ("the ratification itself last year", "en",
     "Kyrgyzstan's parliament ratified last year the military cooperation agreement with Turkey signed in 2022.",
     None),
]


@pytest.mark.parametrize("principle, lang, text, expected", PROBES, ids=[probe[0] for probe in PROBES])
def test_an_earlier_time_that_describes_leaves_the_event_current(principle, lang, text, expected):
    if expected is None:
        assert_not_flagged("", text, lang=lang, published=PAGE)
        return
    kind, parties, year, _ = flagged_main("", text, lang=lang, published=PAGE)
    assert (kind, parties, year)[:len(expected)] == (expected[0], tuple(expected[1].split()), *expected[2:])
