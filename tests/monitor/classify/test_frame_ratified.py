"""A ratification told of the document named as the frame of what is reported ("under the framework
agreement ratified by both parliaments, the ministers signed a protocol") is that frame's past: the
sentence reports the signing, not a ratification, in every language with rules. A ratification told
as the sentence's own act stays one. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

SIGNED_UNDER_A_RATIFIED_FRAME = [
    ("en", "Under the framework agreement ratified by both parliaments, the defence ministers of Turkey and "
           "Georgia signed a new protocol on military training.", "GE TR"),
    ("en", "The defence ministers of Turkey and Georgia signed a protocol on military training under the "
           "framework agreement ratified in 2020.", "GE TR"),
    ("ru", "В рамках ратифицированного соглашения о военном сотрудничестве министры обороны России и "
           "Белоруссии подписали протокол о совместной подготовке.", "BY RU"),
    ("tr", "Türkiye ile Gürcistan arasında imzalanan ve Meclis tarafından onaylanması uygun bulunan askeri "
           "çerçeve anlaşması kapsamında yeni bir protokol imzalandı.", "GE TR"),
    ("az", "Ratifikasiya olunmuş saziş çərçivəsində Azərbaycan və Türkiyə müdafiə nazirləri hərbi təhsil "
           "sahəsində protokol imzalayıb.", "AZ TR"),
    ("pt", "No âmbito do acordo ratificado pelo Congresso, os ministros da Defesa do Brasil e de Portugal "
           "assinaram um protocolo de formação militar.", "BR PT"),
    ("es", "En el marco del acuerdo ratificado por ambos parlamentos, los ministros de Defensa de España y "
           "Marruecos firmaron un protocolo de formación militar.", "ES MA"),
    ("fr", "Dans le cadre de l'accord ratifié par les deux parlements, les ministres de la défense de la France "
           "et du Maroc ont signé un protocole sur la formation militaire.", "FR MA"),
    ("it", "Nell'ambito dell'accordo ratificato dai due parlamenti, i ministri della Difesa di Italia e Albania "
           "hanno firmato un protocollo sulla formazione militare.", "AL IT"),
    ("de", "Im Rahmen des ratifizierten Abkommens unterzeichneten die Verteidigungsminister Deutschlands und "
           "Litauens ein Protokoll über die militärische Ausbildung.", "DE LT"),
    ("uk", "У рамках ратифікованої угоди міністри оборони України та Литви підписали протокол про військову "
           "підготовку.", "LT UA"),
    ("bg", "В рамките на ратифицираното споразумение министрите на отбраната на България и Гърция подписаха "
           "протокол за военно обучение.", "BG GR"),
    ("ro", "În cadrul acordului ratificat de ambele parlamente, miniștrii apărării din România și Polonia au "
           "semnat un protocol privind instruirea militară.", "PL RO"),
    ("sr", "U okviru ratifikovanog sporazuma ministri odbrane Srbije i Mađarske potpisali su protokol o vojnoj "
           "obuci.", "HU RS"),
    ("pl", "W ramach ratyfikowanej umowy ministrowie obrony Polski i Litwy podpisali protokół o szkoleniu "
           "wojskowym.", "LT PL"),
    ("el", "Στο πλαίσιο της κυρωμένης συμφωνίας οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν πρωτόκολλο "
           "στρατιωτικής εκπαίδευσης.", "CY GR"),
    ("kk", "Ратификацияланған келісім шеңберінде Қазақстан мен Өзбекстан қорғаныс министрлері әскери оқыту "
           "туралы хаттамаға қол қойды.", "KZ UZ"),
    ("hy", "Վավերացված համաձայնագրի շրջանակներում Հայաստանի և Հունաստանի պաշտպանության նախարարները "
           "ստորագրել են ռազմական ուսուցման արձանագրություն։", "AM GR"),
    ("ka", "რატიფიცირებული შეთანხმების ფარგლებში საქართველოს და აზერბაიჯანის თავდაცვის მინისტრებმა "
           "სამხედრო სწავლების ოქმს მოაწერეს ხელი.", "AZ GE"),
    ("ar", "في إطار الاتفاقية المصدق عليها، وقع وزيرا الدفاع المصري والأردني بروتوكولا للتدريب العسكري.", "EG JO"),
    ("uz", "Ratifikatsiya qilingan kelishuv doirasida O'zbekiston va Qozog'iston mudofaa vazirlari harbiy "
           "ta'lim bo'yicha protokol imzoladi.", "KZ UZ"),
]


@pytest.mark.parametrize("lang, text, pair", SIGNED_UNDER_A_RATIFIED_FRAME,
                         ids=[case[0] for case in SIGNED_UNDER_A_RATIFIED_FRAME])
def test_a_signing_under_a_ratified_frame_is_a_signing(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Protocol", text, lang=lang)
    assert (kind, parties) == ("agreement_signed", tuple(pair.split()))


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "The parliament of Georgia ratified the defence cooperation agreement with Turkey.", "GE TR"),
    ("ru", "Госдума ратифицировала соглашение о военном сотрудничестве между Россией и Белоруссией.", "BY RU"),
    ("pt", "A Câmara dos Deputados aprovou o acordo de cooperação em defesa entre o Brasil e a Ucrânia.", "BR UA"),
])
def test_a_ratification_told_as_the_act_stays_one(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Ratified", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", tuple(pair.split()))


def test_lexicon_entries_are_read_as_normalised_text():
    # text.normalise writes â as a: an entry written "no âmbito do" must still match
    from monitor.classify.lexicons import load
    from monitor.classify.text import normalise
    text = normalise("no âmbito do acordo")
    assert load("pt").scan(text.lower(), text)["frame"]
