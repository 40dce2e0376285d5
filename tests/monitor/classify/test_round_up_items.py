"""A story whose lead is multilateral (a weekly round-up opening on a NATO or CSTO exercise, a visit
that praises a trilateral format) may still tell two states' meeting as an item of its own: a
sentence naming exactly those two and telling by a verb that they met reports bilateral talks.
Written for these tests."""

import pytest

from tests.monitor.classify.conftest import flagged_main

ROUND_UPS = [
    ("en", "Weekly briefing of the Defence Ministry",
     "The ministry briefed reporters on the country's part in NATO exercises. Troops took "
     "part in the Steadfast Defender exercise together with 12 allies. The defence minister "
     "of Azerbaijan met the defence minister of Kuwait in Baku.",
     "talks AZ KW"),
    ("ru", "Итоги недели",
     "Министерство обороны рассказало об участии в учениях ОДКБ вместе с пятью союзниками. "
     "Министр обороны Казахстана провёл переговоры с министром обороны Кувейта в Астане.",
     "talks KW KZ"),
    ("tr", "MSB haftalık basın bilgilendirme toplantısı",
     "Milli Savunma Bakanlığı haftalık basın bilgilendirme toplantısında NATO tatbikatlarına"
     " katılım hakkında bilgi verdi. Türk Silahlı Kuvvetleri, NATO'nun Steadfast Defender "
     "tatbikatına 12 ülkeyle birlikte katıldı. Milli Savunma Bakanı, Ankara'da Kuveyt "
     "Savunma Bakanı ile görüştü.",
     "talks KW TR"),
    ("tr", "Ziyaret",
     "Genelkurmay Başkanı Azerbaycan'a resmi ziyarette bulundu. Ziyarette Azerbaycan "
     "Genelkurmay Başkanı ile görüşen Orgeneral, Türkiye, Azerbaycan ve Gürcistan arasındaki"
     " üçlü işbirliğinin önemine değindi.",
     "talks AZ TR"),
]


@pytest.mark.parametrize("lang, title, text, expected", ROUND_UPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ROUND_UPS)])
def test_two_states_told_as_having_met_hold_talks_in_a_multilateral_story(lang, title, text, expected):
    kind, parties, _, _ = flagged_main(title, text, lang=lang)
    assert (kind, *parties) == tuple(expected.split())
