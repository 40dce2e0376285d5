"""Recall probes: a bare year in a later paragraph of an undated page dates background (issue 15; session s11,
helper c1). Short articles written for these tests, headline and text, with the main event expected.

Half of the tuned-on pages give no date of their own, so an act "in 2023" cannot be measured against the page's
year. News dates its event by a day ("on Tuesday", "5 March") or not at all; a story that closes with "In 2023 the
two ministries signed an agreement" is recalling what came before the talks or exercise it reports. On a page with
no date, an act dated only by a year, told after the headline and the lead, is background; the talks or the
exercise stay the news. An act dated by a day, or told in the lead, stays the story's own.

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

RU = [
    (
        "talks, background paragraph with a year",
        "Переговоры в Душанбе",
        "Министр обороны Таджикистана встретился с делегацией министерства обороны Китая. Стороны обсудили вопросы военного сотрудничества и подготовки кадров. Делегация также посетила военный институт. В 2023 году министерства обороны двух стран подписали соглашение о военно-техническом сотрудничестве.",
        ("talks", "CN TJ"),
    ),
    (
        "a signing at a forum named with its year stays the news",
        "Соглашение подписано",
        "Министры обороны встретились в Кубинке. Они осмотрели выставку вооружений. На форуме «Армия-2027» министры обороны России и Лаоса подписали соглашение о военном сотрудничестве.",
        ("agreement_signed", "LA RU"),
    ),
]

TR = [
    (
        "talks, background paragraph with a year",
        "Savunma bakanları görüştü",
        "Milli Savunma Bakanı, Ankara'da Kazakistan Savunma Bakanı ile bir araya geldi. Görüşmede askeri eğitim ve savunma sanayii alanlarında işbirliği ele alındı. Heyetler daha sonra bir askeri okulu ziyaret etti. İki ülke 2022 yılında askeri işbirliği anlaşması imzalamıştı.",
        ("talks", "KZ TR"),
    ),
    (
        "a code-named exercise after the lead stays the news",
        "Haftalık bilgilendirme",
        "Bakanlıkta haftalık basın bilgilendirme toplantısı düzenlendi. Toplantıda bilgiler verildi. Türkiye ile Azerbaycan arasında Mustafa Kemal Atatürk-2027 ortak tatbikatı Bakü'de başarıyla icra edildi.",
        ("exercise", "AZ TR"),
    ),
]

AZ = [
    (
        "exercise, background paragraph with a year",
        "Birgə təlim",
        "Azərbaycan və Gürcüstan hərbçilərinin birgə taktiki təlimi Qaraheybət poliqonunda keçirilir. Təlimdə bölmələrin qarşılıqlı fəaliyyəti yoxlanılır. Hərbçilər gecə atışlarını da icra edirlər. 2021-ci ildə iki ölkənin müdafiə nazirlikləri hərbi əməkdaşlıq haqqında memorandum imzalayıb.",
        ("exercise", "AZ GE"),
    ),
]

BG = [
    (
        "talks, background paragraph with a year",
        "Среща в София",
        "Министърът на отбраната на България се срещна с министъра на отбраната на Гърция в София. Двамата обсъдиха съвместното обучение и отбранителната индустрия. Гостите посетиха и Военната академия. През 2022 г. двете министерства подписаха споразумение за сътрудничество в отбраната.",
        ("talks", "BG GR"),
    ),
]

PT = [
    (
        "talks, background paragraph with a year",
        "Ministros reunidos",
        "O ministro da Defesa de Portugal recebeu em Lisboa o seu homólogo de Moçambique. Os dois governantes analisaram a cooperação técnico-militar e a formação de quadros. A delegação visitou ainda a Academia Militar. Em 2022, os dois ministérios assinaram um acordo de cooperação no domínio da defesa.",
        ("talks", "MZ PT"),
    ),
]

EN = [
    (
        "a signing dated by a day stays the news",
        "Ministers meet",
        "The defence ministers of Georgia and Estonia met in Tbilisi. They reviewed bilateral cooperation. On Tuesday, 3 March 2027, the two ministers signed a memorandum on cyber defence cooperation.",
        ("agreement_signed", "EE GE"),
    ),
    (
        "a lead dated by a year stays the news",
        "Plan signed",
        "In 2027 the defence ministries of Moldova and Romania signed a military cooperation plan, the ministry said.",
        ("plan_signed", "MD RO"),
    ),
]

test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
test_az = probe_grid("az", AZ)
test_bg = probe_grid("bg", BG)
test_pt = probe_grid("pt", PT)
test_en = probe_grid("en", EN)
