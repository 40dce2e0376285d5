"""A ratification is told with the signing of the document it ratifies ("the agreement, which was signed
last April, was approved by parliament on Wednesday"; "ratified the pact signed in 2023"): when the
document was signed dates the document, not the ratification, which is the story's news. A time word as
near the ratification's own word stays the ratification's. Sentences written for these tests.

Each entry: (principle, lang, text, expected main event: None or (kind, pair)); the page is dated
10 May 2024, so "last year" and 2023 are in the past.
"""

from datetime import date

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

PAGE = date(2024, 5, 10)

PROBES = [
    ("en relative clause, last April, approved by parliament", "en",
     "The agreement, which was signed last April by the defence ministers of Cameroon and Russia, was approved "
     "by parliament on Wednesday.", ("agreement_ratified", "CM RU")),
    ("en reduced participle, last April", "en",
     "The agreement signed last April by the defence ministers of Cameroon and Russia was approved by "
     "parliament on Wednesday.", ("agreement_ratified", "CM RU")),
    ("en relative clause with a year", "en",
     "The defence cooperation agreement between Cameroon and Russia, which was signed in 2022, was ratified by "
     "the National Assembly on Wednesday.", ("agreement_ratified", "CM RU")),
    ("en participle after the document, a year", "en",
     "Kyrgyzstan's parliament on Tuesday ratified the military cooperation agreement with Turkey signed in "
     "2023.", ("agreement_ratified", "KG TR")),
    ("en participle before the verb, a year", "en",
     "The military cooperation agreement signed in 2023 by Turkey and Kyrgyzstan was ratified by the Kyrgyz "
     "parliament on Tuesday.", ("agreement_ratified", "KG TR")),
    ("en the ratification itself last year", "en",
     "Kyrgyzstan's parliament ratified last year the military cooperation agreement with Turkey signed in "
     "2022.", None),
    ("en the signing is the act, the ratification its past", "en",
     "The agreement, which the parliament ratified last year, was signed by Cameroon and Russia in 2019.", None),
    ("ru participle after the document", "ru",
     "Соглашение о военном сотрудничестве между Россией и Лаосом, подписанное в прошлом году, ратифицировала "
     "Государственная дума.", ("agreement_ratified", "LA RU")),
    ("ru participle before the document", "ru",
     "Госдума ратифицировала подписанное в 2023 году соглашение о военном сотрудничестве между Россией и "
     "Лаосом.", ("agreement_ratified", "LA RU")),
    ("ru relative clause", "ru",
     "Сенат Казахстана ратифицировал соглашение с Турцией о военном сотрудничестве, которое было подписано в "
     "прошлом году в Анкаре.", ("agreement_ratified", "KZ TR")),
    ("uk participle in an oblique case", "uk",
     "Верховна Рада ратифікувала підписану минулого року угоду про оборонне співробітництво між Україною та "
     "Литвою.", ("agreement_ratified", "LT UA")),
    ("uk relative clause", "uk",
     "Верховна Рада ратифікувала угоду з Литвою про оборонне співробітництво, яку було підписано торік у "
     "Вільнюсі.", ("agreement_ratified", "LT UA")),
    ("tr participle, last year", "tr",
     "Geçen yıl imzalanan Türkiye ile Kırgızistan arasındaki askeri işbirliği anlaşması TBMM Genel Kurulunda "
     "kabul edildi.", ("agreement_ratified", "KG TR")),
    ("tr participle, a year", "tr",
     "Kırgızistan Meclisi, 2023'te Ankara'da imzalanan askeri işbirliği anlaşmasını onayladı.",
     ("agreement_ratified", "KG TR")),
    ("az participle, last year", "az",
     "Ötən il imzalanmış Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq haqqında saziş Milli Məclisdə "
     "təsdiq edildi.", ("agreement_ratified", "AZ TR")),
    ("fr participle between commas", "fr",
     "L'accord de coopération militaire entre la France et le Maroc, signé l'an dernier, a été ratifié par "
     "l'Assemblée nationale mercredi.", ("agreement_ratified", "FR MA")),
    ("es participle after the document", "es",
     "El Senado de España ratificó el acuerdo de cooperación en defensa con Marruecos firmado el año pasado.",
     ("agreement_ratified", "ES MA")),
    ("hy participle before the noun", "hy",
     "Ազգային ժողովը վավերացրեց Հայաստանի և Հնդկաստանի միջև անցյալ տարի ստորագրված պաշտպանական "
     "համագործակցության համաձայնագիրը:", ("agreement_ratified", "AM IN")),
    ("pt participle after the document", "pt",
     "O Parlamento de Portugal ratificou o acordo de cooperação no domínio da defesa com Angola, assinado no "
     "ano passado.", ("agreement_ratified", "AO PT")),
    ("pl participle before the document", "pl",
     "Sejm ratyfikował podpisaną w zeszłym roku umowę o współpracy obronnej między Polską a Koreą Południową.",
     ("agreement_ratified", "KR PL")),
    ("de participle before the noun", "de",
     "Der Bundestag hat das im vergangenen Jahr unterzeichnete Abkommen zwischen Deutschland und Polen über "
     "Verteidigungszusammenarbeit ratifiziert.", ("agreement_ratified", "DE PL")),
    ("de past tense is the act", "de",
     "Der deutsche Verteidigungsminister unterzeichnete das Abkommen über Verteidigungszusammenarbeit mit Polen "
     "am Montag in Warschau.", ("agreement_signed", "DE PL")),
]


@pytest.mark.parametrize("principle, lang, text, expected", PROBES, ids=[probe[0] for probe in PROBES])
def test_the_documents_signing_dates_the_document_not_its_ratification(principle, lang, text, expected):
    if expected is None:
        assert_not_flagged("", text, lang=lang, published=PAGE)
        return
    kind, parties, _, _ = flagged_main("", text, lang=lang, published=PAGE)
    assert (kind, parties) == (expected[0], tuple(expected[1].split()))
