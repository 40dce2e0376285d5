"""Recall probes: a state's forces that "also" joined an exercise are guests of the outlet's own state (issue 15;
session s11, helper c1). Sentences written for these tests, each on an outlet whose address tells its state.

A ministry's site reports its own exercise without naming its own state ("the tactical exercise held at the Vaziani
training area", "Kars'ta icra edilen Kış-2027 Tatbikatı"), and a partner's forces that "also" took part ("de
katıldı", "də iştirak edib", "также приняли участие", "also took part"): the word "also" presumes the exercise's own
forces, the host's, and with no host named and no other state in the story the host is the outlet's state.
Observers who "also" attended, an exercise still to come, an exercise held in a third state named, a sports
tournament or a conference stay as they were.
"""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

GUESTS = [
    (
        "tr",
        "https://www.msb.gov.tr/haber/1",
        "Kış-2027 Tatbikatı",
        "Kars'ta icra edilen Kış-2027 Tatbikatı'na Azerbaycan Silahlı Kuvvetleri personeli de katıldı.",
        ("AZ", "TR"),
    ),
    (
        "az",
        "https://mod.gov.az/az/news/1",
        "Təlimlər",
        "Naxçıvanda keçirilən taktiki təlimlərdə Türkiyə Silahlı Qüvvələrinin hərbçiləri də iştirak edib.",
        ("AZ", "TR"),
    ),
    (
        "en",
        "https://mod.gov.ge/en/news/1",
        "Tactical exercise",
        "Soldiers of the Polish Armed Forces also took part in the tactical exercise held at the Vaziani training area.",
        ("GE", "PL"),
    ),
    (
        "ru",
        "https://www.mil.kz/ru/news/1",
        "Учение",
        "В тактическом учении на полигоне Матыбулак также приняли участие военнослужащие вооруженных сил Кыргызстана.",
        ("KG", "KZ"),
    ),
]

NOT_GUESTS = [
    (
        "en",
        "https://mod.gov.ge/en/news/2",
        "observers who also attended",
        "Observers from the Polish Armed Forces also took part in the tactical exercise held at the Vaziani training area.",
    ),
    (
        "en",
        "https://mod.gov.ge/en/news/3",
        "an exercise still to come",
        "Soldiers of the Polish Armed Forces will also take part in the tactical exercise at the Vaziani training area "
        "next month.",
    ),
    (
        "tr",
        "https://www.msb.gov.tr/haber/2",
        "observers (gözlemci olarak)",
        "Kars'ta icra edilen Kış-2027 Tatbikatı'na Azerbaycan Silahlı Kuvvetleri personeli gözlemci olarak katıldı.",
    ),
    (
        "ru",
        "https://www.mil.kz/ru/news/2",
        "a sports tournament",
        "Военнослужащие Кыргызстана также приняли участие в турнире по мини-футболу.",
    ),
    (
        "az",
        "https://mod.gov.az/az/news/2",
        "a conference",
        "Türkiyə hərbçiləri də Bakıda keçirilən konfransda iştirak edib.",
    ),
]


@pytest.mark.parametrize("lang, url, title, text, pair", GUESTS, ids=[case[0] for case in GUESTS])
def test_guest_forces_join_the_outlet_state_exercise(lang, url, title, text, pair):
    kind, parties, _, _ = flagged_main(title, text, lang=lang, url=url)
    assert (kind, parties) == ("exercise", pair)


@pytest.mark.parametrize("lang, url, principle, text", NOT_GUESTS, ids=[case[2] for case in NOT_GUESTS])
def test_what_is_no_guest_of_an_exercise(lang, url, principle, text):
    assert_not_flagged("News", text, lang=lang, url=url)
