"""A signing that names an agreement, then a plan or a programme bound to a year ("signed an agreement on military
cooperation and the cooperation programme for 2027") signs two documents: the agreement, told first, is the main
event and bound to none of the plan's year; the plan is an event of its own with its year (train's labels). An
agreement bound to a year of its own keeps it. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

# (language, headline, an agreement and a year-bound plan or programme signed in one sentence, pair)
TWO_DOCUMENTS = [
    (
        "en",
        "Kazakhstan and Ukraine sign defence documents",
        "In Astana the defence ministers of Kazakhstan and Ukraine signed an agreement on military cooperation and "
        "the cooperation programme for 2027.",
        "KZ UA",
    ),
    (
        "ru",
        "Казахстан и Украина подписали документы",
        "В Астане министры обороны Казахстана и Украины подписали соглашение о военном сотрудничестве, а также "
        "программу сотрудничества на 2027 год.",
        "KZ UA",
    ),
    (
        "uk",
        "Україна та Польща підписали документи",
        "Міністри оборони України та Польщі підписали угоду про військове співробітництво, а також план "
        "співробітництва на 2027 рік.",
        "PL UA",
    ),
    (
        "kk",
        "Қазақстан мен Өзбекстан құжаттарға қол қойды",
        "Астанада Қазақстан мен Өзбекстан қорғаныс министрлері әскери ынтымақтастық туралы келісімге, сондай-ақ "
        "2027 жылға арналған ынтымақтастық жоспарына қол қойды.",
        "KZ UZ",
    ),
    (
        "tr",
        "Türkiye ve Azerbaycan belgeler imzaladı",
        "Türkiye ve Azerbaycan savunma bakanları askeri işbirliği anlaşması ile 2027 yılı askeri işbirliği planını "
        "imzaladı.",
        "AZ TR",
    ),
    (
        "az",
        "Azərbaycan və Gürcüstan sənədlər imzalayıb",
        "Azərbaycan və Gürcüstan müdafiə nazirləri hərbi əməkdaşlıq haqqında saziş və 2027-ci il üçün hərbi "
        "əməkdaşlıq planı imzalayıblar.",
        "AZ GE",
    ),
    (
        "fr",
        "La France et le Maroc signent deux documents",
        "Les ministres de la défense de la France et du Maroc ont signé un accord de coopération militaire ainsi que "
        "le programme de coopération pour 2027.",
        "FR MA",
    ),
    (
        "es",
        "España y Marruecos firman dos documentos",
        "Los ministros de Defensa de España y Marruecos firmaron un acuerdo de cooperación militar y el programa de "
        "cooperación para 2027.",
        "ES MA",
    ),
    (
        "de",
        "Deutschland und Polen unterzeichnen zwei Dokumente",
        "Die Verteidigungsminister Deutschlands und Polens unterzeichneten ein Abkommen über militärische "
        "Zusammenarbeit sowie das Kooperationsprogramm für 2027.",
        "DE PL",
    ),
    (
        "pl",
        "Polska i Litwa podpisały dwa dokumenty",
        "Ministrowie obrony Polski i Litwy podpisali umowę o współpracy wojskowej oraz plan współpracy na 2027 rok.",
        "LT PL",
    ),
    (
        "ro",
        "România și Moldova au semnat două documente",
        "Miniștrii apărării din România și Republica Moldova au semnat un acord de cooperare militară și planul de "
        "cooperare pentru anul 2027.",
        "MD RO",
    ),
    (
        "el",
        "Ελλάδα και Κύπρος υπέγραψαν δύο έγγραφα",
        "Οι υπουργοί Άμυνας της Ελλάδας και της Κύπρου υπέγραψαν συμφωνία αμυντικής συνεργασίας και το πρόγραμμα "
        "στρατιωτικής συνεργασίας για το 2027.",
        "CY GR",
    ),
]


@pytest.mark.parametrize("lang, title, text, pair", TWO_DOCUMENTS, ids=[row[0] for row in TWO_DOCUMENTS])
def test_an_agreement_and_a_plan_signed_together_are_two_events(lang, title, text, pair):
    detection = conftest.run(title, text, lang=lang)
    events = [(event.kind, " ".join(event.parties), event.plan_year) for event in detection.events]
    assert events == [("agreement_signed", pair, None), ("plan_signed", pair, 2027)]


@pytest.mark.parametrize(
    "lang, title, text, year",
    [
        (
            "en",
            "Memorandum signed",
            "The defence ministers of Poland and Lithuania signed a memorandum on cooperation for 2027.",
            2027,
        ),
        (
            "ru",
            "Подписан план",
            "Министры обороны Казахстана и Узбекистана подписали план военного сотрудничества на "
            "2027 год и соглашение о подготовке кадров.",
            2027,
        ),
    ],
    ids=["en-memorandum-of-a-year", "ru-plan-first"],
)
def test_one_document_keeps_its_own_year(lang, title, text, year):
    detection = conftest.run(title, text, lang=lang)
    assert detection.events[0].plan_year == year
    assert len([event for event in detection.events if event.plan_year == year]) == 1
