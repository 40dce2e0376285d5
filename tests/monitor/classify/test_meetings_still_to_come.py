"""A meeting or a visit only announced, planned or scheduled is not an event (SCHEMA.md: an act only
announced for the future is not one), in every language with rules; the same officials told as having
met are talks even when the sentence announces their next meeting. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

MEETINGS_AHEAD = [
    ("en", "The defence ministers of France and Germany are to meet next week in Paris to discuss military "
           "cooperation."),
    ("en", "A meeting between the defence ministers of Italy and Greece is planned for October."),
    ("en", "The defence minister of Poland is due to visit Lithuania to discuss military cooperation."),
    ("en", "The chiefs of staff of Egypt and Jordan are expected in Cairo for talks on military cooperation."),
    ("ru", "Министры обороны России и Белоруссии встретятся на следующей неделе в Минске."),
    ("ru", "Запланирована встреча министров обороны Армении и Греции."),
    ("ru", "Министр обороны Казахстана посетит Узбекистан с официальным визитом."),
    ("uk", "Міністри оборони України та Польщі зустрінуться наступного тижня."),
    ("tr", "Milli Savunma Bakanı yarın Azerbaycan Savunma Bakanı ile görüşecek."),
    ("tr", "Türkiye ve Azerbaycan savunma bakanlarının görüşmesi planlanıyor."),
    ("az", "Azərbaycan və Türkiyə müdafiə nazirləri sabah görüşəcək."),
    ("ro", "Ministrul apărării din România se va întâlni săptămâna viitoare cu omologul său din Polonia."),
    ("ro", "Ministrul apărării din Republica Moldova urmează să efectueze o vizită în România."),
    ("ro", "Este programată o întâlnire între miniștrii apărării din România și Bulgaria."),
    ("bg", "Министрите на отбраната на България и Гърция ще се срещнат следващата седмица."),
    ("fr", "Les ministres de la défense de la France et du Maroc doivent se rencontrer la semaine prochaine."),
    ("es", "Los ministros de Defensa de España y Portugal se reunirán la próxima semana."),
    ("pt", "Os ministros da Defesa de Portugal e de Angola vão reunir-se na próxima semana."),
    ("it", "I ministri della Difesa di Italia e Albania si incontreranno la prossima settimana."),
    ("de", "Die Verteidigungsminister Deutschlands und Litauens wollen sich nächste Woche treffen."),
    ("el", "Οι υπουργοί Άμυνας της Ελλάδας και της Κύπρου θα συναντηθούν την επόμενη εβδομάδα."),
    ("pl", "Ministrowie obrony Polski i Litwy spotkają się w przyszłym tygodniu."),
    ("sr", "Ministri odbrane Srbije i Mađarske sastaće se sledeće nedelje."),
    ("kk", "Қазақстан мен Өзбекстан қорғаныс министрлері келесі аптада кездеседі."),
    ("uz", "O'zbekiston va Qozog'iston mudofaa vazirlari kelgusi hafta uchrashadi."),
    ("ka", "საქართველოს და აზერბაიჯანის თავდაცვის მინისტრები მომავალ კვირას შეხვდებიან."),
    ("hy", "Հայաստանի և Հունաստանի պաշտպանության նախարարները կհանդիպեն հաջորդ շաբաթ։"),
    ("ar", "سيلتقي وزيرا الدفاع المصري والأردني الأسبوع المقبل."),
]


@pytest.mark.parametrize("lang, text", MEETINGS_AHEAD, ids=[f"{case[0]}-{i}" for i, case in enumerate(MEETINGS_AHEAD)])
def test_a_meeting_announced_or_planned_is_not_talks(lang, text):
    conftest.assert_not_flagged("Meeting", text, lang=lang)


def test_officials_who_met_hold_talks_though_their_next_meeting_is_planned():
    kind, parties, _, _ = conftest.flagged_main(
        "Meeting", "The defence ministers of France and Germany met in Paris and agreed that the next meeting "
                   "is planned for October.", lang="en")
    assert (kind, parties) == ("talks", ("DE", "FR"))
