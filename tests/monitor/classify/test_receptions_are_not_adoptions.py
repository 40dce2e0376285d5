"""One word both receives a visitor and adopts a text ("kabul etti", "qəbul edib", "принял", "прие",
"қабылдады", "qabul qildi"). Receiving an official, with an agreement only discussed, is talks, not
the agreement's approval; adopting the agreement or the law on it (the object named right before the
verb in tr, az, kk, uz; right after it in ru, bg) is its ratification. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

RECEPTIONS = [
    ("tr", "Milli Savunma Bakanı, Azerbaycan Savunma Bakanını kabul etti; görüşmede iki ülke arasındaki askeri "
           "işbirliği anlaşması ele alındı.", "AZ TR"),
    ("tr", "Genelkurmay Başkanı, Pakistan Kara Kuvvetleri Komutanını kabul etti ve askeri işbirliği protokolü "
           "hakkında görüş alışverişinde bulundu.", "PK TR"),
    ("az", "Müdafiə naziri Türkiyənin səfirini qəbul edib, hərbi əməkdaşlıq sazişinin icrasını müzakirə edib.",
     "AZ TR"),
    ("ru", "Министр обороны Казахстана принял посла Турции; стороны обсудили выполнение соглашения о военном "
           "сотрудничестве.", "KZ TR"),
    ("kk", "Қазақстан Қорғаныс министрі Түркия елшісін қабылдады, әскери ынтымақтастық туралы келісімді іске "
           "асыруды талқылады.", "KZ TR"),
    ("uz", "O'zbekiston Mudofaa vaziri Turkiya elchisini qabul qildi va harbiy hamkorlik bitimining ijrosini "
           "muhokama qildi.", "TR UZ"),
]

ADOPTIONS = [
    ("tr", "TBMM, Türkiye ile Özbekistan arasındaki askeri çerçeve anlaşmasını kabul etti.", "TR UZ"),
    ("az", "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin təsdiq edilməsi haqqında "
           "qanunu qəbul edib.", "AZ TR"),
    ("az", "Milli Məclis Azərbaycan və Qazaxıstan arasında hərbi əməkdaşlıq haqqında sazişi qəbul edib.", "AZ KZ"),
    ("bg", "Народното събрание прие закона за ратифициране на споразумението между България и Гърция за военно "
           "сътрудничество.", "BG GR"),
    ("ru", "Госдума приняла закон о ратификации соглашения о военном сотрудничестве между Россией и Кубой.",
     "CU RU"),
    ("kk", "Мәжіліс Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы "
           "заңды қабылдады.", "KZ TR"),
    ("uz", "Senat O'zbekiston va Turkiya o'rtasidagi harbiy hamkorlik to'g'risidagi bitimni ratifikatsiya qilish "
           "haqidagi qonunni qabul qildi.", "TR UZ"),
]


@pytest.mark.parametrize("lang, text, pair", RECEPTIONS, ids=[case[0] for case in RECEPTIONS])
def test_receiving_an_official_is_talks_not_an_approval(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Reception", text, lang=lang)
    assert (kind, parties) == ("talks", tuple(pair.split()))


@pytest.mark.parametrize("lang, text, pair", ADOPTIONS, ids=[f"{case[0]}-{i}" for i, case in enumerate(ADOPTIONS)])
def test_adopting_the_agreement_or_its_law_is_its_ratification(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Parliament", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", tuple(pair.split()))
