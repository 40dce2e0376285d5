"""Uzbek probes, in the Latin script (oʻ and gʻ written with ʻ, ‘ or ') and in Cyrillic: reports written
for these tests in the manner of the ministry and news agencies, and the usual traps."""

from datetime import date
from functools import partial

import pytest

from monitor.classify.language import detect
from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="uz")
not_flagged = partial(conftest.assert_not_flagged, lang="uz")


def test_uzbek_is_told_from_azerbaijani_turkish_and_kazakh():
    assert detect("Tomonlar ikki davlat oʻrtasidagi harbiy hamkorlik istiqbollarini muhokama qildi.") == "uz"
    assert detect("Tomonlar ikki davlat o‘rtasidagi harbiy hamkorlik istiqbollarini muhokama qildi.") == "uz"
    assert detect("Томонлар икки давлат ўртасидаги ҳарбий ҳамкорлик истиқболларини муҳокама қилди.") == "uz"


def test_plan_for_a_year_signed_in_latin_script():
    assert flagged_main(
        "Reja", "Toshkentda O‘zbekiston va Tojikiston mudofaa vazirlari 2026 yilga mo‘ljallangan ikki "
                "tomonlama harbiy hamkorlik rejasini imzoladi.")[:3] == ("plan_signed", ("TJ", "UZ"), 2026)


def test_memorandum_signed_with_the_modifier_apostrophe():
    kind, parties, _, _ = flagged_main(
        "Memorandum", "Oʻzbekiston va Turkiya mudofaa vazirliklari oʻrtasida harbiy taʼlim sohasidagi "
                      "hamkorlik toʻgʻrisidagi memorandum imzolandi.")
    assert (kind, parties) == ("agreement_signed", ("TR", "UZ"))


def test_agreement_signed_in_cyrillic_script():
    kind, parties, _, _ = flagged_main(
        "Битим", "Ўзбекистон ва Қозоғистон мудофаа вазирликлари ўртасида ҳарбий-техник ҳамкорлик "
                 "тўғрисидаги битим имзоланди.")
    assert (kind, parties) == ("agreement_signed", ("KZ", "UZ"))


def test_senate_ratifies():
    kind, parties, _, _ = flagged_main(
        "Ратификация", "Олий Мажлис Сенати Ўзбекистон ва Туркия ўртасидаги ҳарбий ҳамкорлик тўғрисидаги "
                       "битимни ратификация қилди.")
    assert (kind, parties) == ("agreement_ratified", ("TR", "UZ"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Uchrashuv", "O'zbekiston mudofaa vaziri Hindiston mudofaa vaziri bilan uchrashdi. Tomonlar harbiy "
                     "hamkorlik istiqbollarini muhokama qildi.")
    assert (kind, parties) == ("talks", ("IN", "UZ"))


def test_joint_exercise_held():
    kind, parties, _, _ = flagged_main(
        "Машқ", "Ўзбекистон ва Қирғизистон қуролли кучларининг қўшма тактик машқлари Фарғона водийсидаги "
                "полигонда ўтказилди.")
    assert (kind, parties) == ("exercise", ("KG", "UZ"))


@pytest.mark.parametrize("title,text", [
    ("Chegara", "O'zbekiston va Tojikiston chegara xizmatlari chegarani birgalikda qo'riqlash "
                "to'g'risidagi bayonnomani imzoladi."),
    ("Sport", "O'zbekiston va Tojikiston terma jamoalari Toshkentda mashq o'tkazdi."),
    ("Келгусида", "Келгуси ойда Ўзбекистон ва Беларусь мудофаа вазирликлари ўртасида ҳарбий ҳамкорлик "
                  "режаси имзоланади."),
    # A council of member states: the two states it names are not the parties of a bilateral meeting.
    ("MDH", "Tula shahrida MDHga a'zo davlatlar mudofaa vazirlari kengashining yig'ilishi bo'lib o'tdi.\n"
            "O'zbekiston mudofaa vaziri Rossiya Federatsiyasida a'zo davlatlar mudofaa vazirlari "
            "yig'ilishida ishtirok etdi.\n"
            "Yig'ilishda Armaniston, Belarus va Qozog'iston delegatsiyalari ham qatnashdi."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


# The present-future (-adi, -ydi) and the intention (-moqchi) report what is still to come.

def test_a_meeting_in_the_present_future_is_not_talks():
    not_flagged("Uchrashuv", "O'zbekiston mudofaa vaziri Qozog'iston mudofaa vaziri bilan uchrashadi va harbiy "
                             "hamkorlikni muhokama qiladi.")


def test_what_will_be_discussed_during_a_meeting_is_not_talks_cyrillic():
    not_flagged("Вазир Боку шаҳрига жўнаб кетди",
                "Ўзбекистон ва Озарбайжон мудофаа вазирлари учрашуви давомида ҳарбий соҳада икки томонлама "
                "ҳамкорлик истиқболлари муҳокама қилинади.")


def test_ministers_who_will_sign_a_plan_have_not_signed_it():
    not_flagged("Reja", "O'zbekiston va Qozog'iston mudofaa vazirlari 2025 yil uchun harbiy hamkorlik rejasini "
                        "imzolashadi.")


def test_ministers_who_intend_to_sign_a_plan_have_not_signed_it_cyrillic():
    not_flagged("Режа", "Ўзбекистон ва Қозоғистон мудофаа вазирлари 2025 йил учун ҳарбий ҳамкорлик режасини "
                        "имзолашмоқчи.")


def test_the_past_of_a_vowel_stem_is_still_the_past():
    # imzola-di (signed) ends like a present-future -adi: the stem's own vowel.
    assert flagged_main(
        "Reja", "O'zbekiston va Qozog'iston mudofaa vazirlari 2025 yil uchun harbiy hamkorlik rejasini "
                "imzoladi.")[:3] == ("plan_signed", ("KZ", "UZ"), 2025)


def test_an_exercise_the_forces_will_hold_is_not_under_way_cyrillic():
    not_flagged("Машқ", "Ўзбекистон ва Қирғизистон қуролли кучлари қўшма машқ ўтказишади.")


def test_the_documents_a_defence_story_just_named_are_defence_documents():
    assert flagged_main(
        "Hamkorlik",
        "O'zbekiston va Qozog'iston mudofaa vazirliklari o'rtasidagi harbiy aerodromlardan foydalanish haqidagi "
        "kelishuv o'zaro hisob-kitob tartibini belgilaydi. Har ikki hujjat 20 mayda Qozog'iston prezidentining "
        "O'zbekistonga tashrifi doirasida imzolangan.")[:2] == ("agreement_signed", ("KZ", "UZ"))


def test_a_signing_ceremony_still_to_be_held_is_not_an_act():
    not_flagged("Imzolash", "O'zbekiston va Qozog'iston mudofaa vazirliklari o'rtasidagi harbiy hamkorlik "
                            "to'g'risidagi kelishuvni imzolash marosimi kelgusi hafta Toshkentda bo'lib o'tadi.")


def test_a_signing_ceremony_held_is_an_act():
    assert flagged_main(
        "Imzolash", "O'zbekiston va Qozog'iston mudofaa vazirliklari o'rtasidagi harbiy hamkorlik to'g'risidagi "
                    "kelishuvni imzolash marosimi kecha Toshkentda bo'lib o'tdi.")[:2] == ("agreement_signed",
                                                                                           ("KZ", "UZ"))


def test_an_agreement_sent_for_ratification_is_not_ratified():
    not_flagged("Ratifikatsiya", "O'zbekiston va Turkiya o'rtasidagi harbiy hamkorlik to'g'risidagi bitim "
                                 "ratifikatsiya uchun Oliy Majlisga yuborildi.")


def test_the_senate_that_made_the_ratification_ratified_cyrillic():
    assert flagged_main(
        "Ратификация", "Олий Мажлис Сенати Ўзбекистон ва Туркия ўртасидаги ҳарбий ҳамкорлик тўғрисидаги битимни "
                       "ратификация қилди.")[:2] == ("agreement_ratified", ("TR", "UZ"))


def test_a_contract_to_buy_aircraft_is_a_purchase_not_cooperation():
    not_flagged("Xarid", "O'zbekiston va Fransiya mudofaa vazirlari harbiy samolyotlar sotib olish bo'yicha shartnoma "
                         "imzoladi.")


def test_a_state_named_as_the_border_of_an_exercise_is_no_party():
    not_flagged("Mashq", "O'zbekiston qurolli kuchlari Afg'oniston bilan chegarada mashq o'tkazdi.")


def test_the_state_named_alone_is_the_hub_of_bilateral_plans_with_several():
    detection = conftest.run("Rejalar",
                             "Qozog'iston va Tojikiston mudofaa vazirlari bilan o'tkazilgan uchrashuvlar yakunida "
                             "O'zbekiston mudofaa vazirligi bilan ikki tomonlama harbiy hamkorlik rejalari imzolandi.",
                             lang="uz")
    assert [event.parties for event in detection.events] == [("KZ", "UZ"), ("TJ", "UZ")]


def test_what_the_story_turns_to_after_shu_orada_is_secondary():
    assert flagged_main(
        "Uchrashuv", "O'zbekiston mudofaa vaziri Toshkentda Turkiya mudofaa vaziri bilan uchrashdi va harbiy "
                     "hamkorlikni muhokama qildi. Shu orada Qozog'iston parlamenti Qirg'iziston bilan harbiy hamkorlik "
                     "to'g'risidagi bitimni ratifikatsiya qildi.")[:2] == ("talks", ("TR", "UZ"))


def test_the_year_of_the_agreement_a_new_plan_is_signed_under_is_no_background():
    assert flagged_main(
        "Reja", "1995 yilgi bitimga muvofiq O'zbekiston va Turkiya mudofaa vazirlari 2025 yil uchun harbiy hamkorlik "
                "rejasini imzoladi.", published=date(2025, 3, 10))[:3] == ("plan_signed", ("TR", "UZ"), 2025)


def test_a_visit_still_to_be_paid_is_not_talks_cyrillic():
    not_flagged("Ташриф", "Ўзбекистон мудофаа вазири эртага Қозоғистонга ташриф буюради.")


def test_a_visit_paid_is_talks():
    assert flagged_main("Tashrif", "O'zbekiston mudofaa vaziri Qozog'istonga rasmiy tashrif buyurdi va hamkasbi bilan "
                                   "uchrashdi.")[:2] == ("talks", ("KZ", "UZ"))


def test_a_meeting_the_story_first_says_is_planned_and_then_reports_held_is_talks():
    assert flagged_main(
        "Safar", "O'zbekiston mudofaa vaziri Qozog'istonga jo'nab ketdi. Tashrif davomida qozog'istonlik hamkasbi bilan "
                 "uchrashuv o'tkazilishi rejalashtirilgan. Astanada O'zbekiston mudofaa vaziri Qozog'iston mudofaa "
                 "vaziri bilan uchrashdi va harbiy hamkorlikni muhokama qildi.")[:2] == ("talks", ("KZ", "UZ"))


def test_a_plan_for_next_year_signed_is_an_act():
    assert flagged_main(
        "Reja", "O'zbekiston va Qozog'iston mudofaa vazirlari kelgusi yil uchun harbiy hamkorlik rejasini "
                "imzoladi.")[:2] == ("plan_signed", ("KZ", "UZ"))
