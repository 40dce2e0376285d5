"""A bilateral event told beside a third state or a bloc (issue 15, recall): two states named as one
pair before the event word act, and states named after it, not as partners, are context ("... noting
threats from Poland and Lithuania", "Gürcistan'dan gözlemciler katıldı"); a minister who meets his
counterpart at a bloc's gathering meets one other state. Every sentence here is written for the tests."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,text,kind,parties", [
    ("ru", "Министры обороны Беларуси и России подписали план военного сотрудничества на 2024 год, сообщили "
           "в Минобороны Беларуси, отметив угрозы со стороны Польши и Литвы.", "plan_signed", ("BY", "RU")),
    ("ru", "Между министерствами обороны России и Лаоса подписан план военного сотрудничества на 2024 год, "
           "документ подписан в ходе визита, который ранее включал Вьетнам.", "plan_signed", ("LA", "RU")),
    ("ru", "Беларусь и Китай подписали план двустороннего военного сотрудничества на 2024 год на фоне "
           "напряженности вокруг Украины.", "plan_signed", ("BY", "CN")),
    ("tr", "Türk ve Azerbaycan askerlerinin ortak tatbikatı, Ermenistan'ın tepkisine rağmen Nahçıvan'da başladı.",
     "exercise", ("AZ", "TR")),
    ("tr", "Türkiye ile Azerbaycan'ın ortak tatbikatına Gürcistan'dan gözlemciler katıldı.", "exercise",
     ("AZ", "TR")),
    ("tr", "Pakistan ile Türkiye'nin ortak tatbikatı, Azerbaycan'ın da gözlemci olarak katıldığı tatbikatla "
           "sona erdi.", "exercise", ("PK", "TR")),
])
def test_a_pair_before_the_event_acts_and_later_states_are_context(lang, text, kind, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == (kind, parties)


def test_one_state_with_several_partners_stays_several_bilateral_acts():
    detection = conftest.run("", "Belarus approved plans of military cooperation with Kazakhstan, Kyrgyzstan and "
                                 "Tajikistan for 2024.", lang="en")
    assert [event.parties for event in detection.events] == [("BY", "KZ"), ("BY", "KG"), ("BY", "TJ")]


def test_states_named_after_with_are_partners_not_context():
    # "with Kazakhstan and Kyrgyzstan" names the partners: Belarus and Russia are not the act's one pair
    detection = conftest.run("", "Беларусь и Россия подписали планы военного сотрудничества с Казахстаном и "
                                 "Киргизией на 2024 год.", lang="ru")
    assert ("BY", "RU") not in [event.parties for event in detection.events]


@pytest.mark.parametrize("lang,title,text,parties", [
    ("en", "Azerbaijani, Turkish defence ministers meet in Brussels",
     "Azerbaijani Defense Minister Zakir Hasanov met with his Turkish counterpart Yasar Guler during the NATO "
     "defence ministers' meeting in Brussels.", ("AZ", "TR")),
    ("en", "", "Azerbaijani Defense Minister Zakir Hasanov met with his Turkish counterpart Yasar Guler at the NATO "
               "summit in Vilnius.", ("AZ", "TR")),
    ("en", "NATO ally Turkey hosts Azerbaijani defence minister",
     "Turkish Defense Minister Yasar Guler received his Azerbaijani counterpart in Ankara.", ("AZ", "TR")),
])
def test_counterparts_meeting_at_a_blocs_gathering_meet_as_a_pair(lang, title, text, parties):
    assert conftest.flagged_main(title, text, lang=lang)[:2] == ("talks", parties)


@pytest.mark.parametrize("lang,text", [
    ("en", "The defence ministers of Azerbaijan, Turkey and Georgia signed a memorandum in Tbilisi."),
    ("ru", "Министры обороны Азербайджана, Турции и Грузии подписали меморандум в Тбилиси."),
    ("en", "The defence ministers of Azerbaijan and Turkey met their counterparts from the CSTO and NATO "
           "member states in a trilateral format."),
])
def test_a_list_of_three_or_a_trilateral_frame_stays_multilateral(lang, text):
    conftest.assert_not_flagged("", text, lang=lang)
