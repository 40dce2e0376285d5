"""Two principles of issue 15 probed in every language of the region, in sentences written for these
tests: the plan year of a span or a pair of years is its first year, wherever the year stands (the
headline too); bilateral plans signed on the sidelines of a trilateral meeting stay bilateral."""

import pytest

from tests.monitor.classify.conftest import flagged_main

PLAN_YEARS = [
    ("ru", "", "Министры обороны Армении и Белоруссии подписали план военного сотрудничества на 2018 и "
     "2019 годы.", 2018),
    ("ru", "План сотрудничества на 2025 год", "Министры обороны Казахстана и Узбекистана подписали план "
     "двустороннего военного сотрудничества.", 2025),
    ("en", "", "The defence ministers of Armenia and Georgia signed cooperation plans for 2018 and 2019.", 2018),
    ("en", "2025 cooperation plan signed", "The defence ministers of Georgia and Azerbaijan signed the "
     "bilateral military cooperation plan in Tbilisi.", 2025),
    ("az", "", "Azərbaycan və Türkiyə müdafiə nazirlikləri arasında 2026-2030-cu illər üçün hərbi əməkdaşlıq "
     "proqramı imzalanıb.", 2026),
    ("az", "2025-ci il üçün plan imzalandı", "Azərbaycan və Belarus müdafiə nazirləri hərbi əməkdaşlıq planını "
     "imzalayıblar.", 2025),
    ("tr", "", "Türkiye ve Kazakistan 2018-2019 yıllarına ait askeri işbirliği planını imzaladı.", 2018),
    ("es", "", "Chile y Perú firmaron el programa de cooperación militar para los años 2026-2030.", 2026),
    ("es", "Plan de cooperación 2025", "Los ministros de Defensa de Chile y Perú firmaron el plan de "
     "cooperación militar.", 2025),
    ("pt", "", "Portugal e Angola assinaram o programa de cooperação técnico-militar para 2018 e 2019.", 2018),
    ("ro", "", "România și Republica Moldova au semnat planul de cooperare militară pe anii 2026-2030.", 2026),
    ("uk", "", "Міністри оборони України та Молдови підписали план військового співробітництва на "
     "2026–2030 роки.", 2026),
    ("kk", "", "Қазақстан мен Қырғызстан қорғаныс министрлері 2026-2030 жылдарға арналған әскери "
     "ынтымақтастық бағдарламасына қол қойды.", 2026),
    ("hy", "", "Հայաստանի և Ռուսաստանի պաշտպանության նախարարները ստորագրել են 2026-2030 թվականների ռազմական "
     "համագործակցության ծրագիրը։", 2026),
    ("ka", "", "საქართველოს და აზერბაიჯანის თავდაცვის მინისტრებმა 2026-2030 წლების სამხედრო თანამშრომლობის "
     "პროგრამას მოაწერეს ხელი.", 2026),
    ("sr", "", "Ministri odbrane Srbije i Mađarske potpisali su plan vojne saradnje za 2026. godinu.", 2026),
    ("it", "", "Italia e Albania hanno firmato il piano di cooperazione militare per gli anni 2026-2030.", 2026),
]


@pytest.mark.parametrize("lang, title, text, year", PLAN_YEARS, ids=[f"{p[0]}-{p[3]}" for p in PLAN_YEARS])
def test_the_plan_year_is_the_first_year_of_the_plan(lang, title, text, year):
    kind, _, plan_year, _ = flagged_main(title, text, lang=lang)
    assert (kind, plan_year) == ("plan_signed", year)


SIDELINES = [
    ("ru", "В рамках трехсторонней встречи министров обороны в Тбилиси Армения подписала двусторонние планы "
     "военного сотрудничества на 2027 год с Грецией и Кипром.", ("AM", "GR")),
    ("tr", "Üçlü toplantı marjında Türkiye ile Azerbaycan arasında 2025 yılı askeri işbirliği planı imzalandı.",
     ("AZ", "TR")),
    ("az", "Üçtərəfli görüş çərçivəsində Azərbaycan ilə Gürcüstan arasında 2025-ci il üçün ikitərəfli hərbi "
     "əməkdaşlıq planı imzalanıb.", ("AZ", "GE")),
    ("es", "Al margen de la reunión trilateral, Chile y Perú firmaron un plan bilateral de cooperación militar "
     "para 2025.", ("CL", "PE")),
    ("ro", "În marja reuniunii trilaterale, România și Polonia au semnat un plan bilateral de cooperare "
     "militară pentru 2025.", ("PL", "RO")),
    ("pt", "À margem da reunião trilateral, Portugal e Angola assinaram um plano bilateral de cooperação "
     "militar para 2025.", ("AO", "PT")),
    ("hy", "Եռակողմ հանդիպման շրջանակում Հայաստանը և Հունաստանը ստորագրել են 2025 թվականի երկկողմ ռազմական "
     "համագործակցության պլանը։", ("AM", "GR")),
    ("ka", "სამმხრივი შეხვედრის ფარგლებში საქართველოსა და აზერბაიჯანს შორის 2025 წლის ორმხრივი სამხედრო "
     "თანამშრომლობის გეგმა გაფორმდა.", ("AZ", "GE")),
    ("uk", "У рамках тристоронньої зустрічі Україна та Польща підписали двосторонній план військового "
     "співробітництва на 2025 рік.", ("PL", "UA")),
]


@pytest.mark.parametrize("lang, text, pair", SIDELINES, ids=[p[0] for p in SIDELINES])
def test_bilateral_plans_on_the_sidelines_of_a_trilateral_meeting(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("plan_signed", pair)


APPROVED_WHEN_SIGNED = [
    ("az", "Nazirlər Kabineti Azərbaycan ilə Pakistan arasında imzalanmış hərbi əməkdaşlıq sazişini təsdiq edib.",
     ("AZ", "PK")),
    ("tr", "Bakanlar Kurulu, Türkiye ile Pakistan arasında imzalanan askeri işbirliği anlaşmasını onayladı.",
     ("PK", "TR")),
    ("ka", "მთავრობამ საქართველოსა და პოლონეთს შორის ხელმოწერილი თავდაცვის სფეროში თანამშრომლობის შეთანხმება "
     "დაამტკიცა.", ("GE", "PL")),
    ("kk", "Үкімет Қазақстан мен Түркия арасында қол қойылған әскери ынтымақтастық туралы келісімді бекітті.",
     ("KZ", "TR")),
    ("uz", "Vazirlar Mahkamasi O‘zbekiston va Turkiya o‘rtasida imzolangan harbiy hamkorlik to‘g‘risidagi "
     "bitimni tasdiqladi.", ("TR", "UZ")),
    ("ru", "Правительство утвердило подписанное соглашение о военном сотрудничестве между Россией и Лаосом.",
     ("LA", "RU")),
    ("en", "The government approved the signed defence cooperation agreement between Georgia and Poland.",
     ("GE", "PL")),
    ("es", "El Gobierno aprobó el acuerdo de cooperación en defensa firmado entre España y Colombia.",
     ("CO", "ES")),
    ("pt", "O Governo aprovou o acordo de cooperação no domínio da defesa assinado entre Portugal e Angola.",
     ("AO", "PT")),
    ("ro", "Guvernul a aprobat acordul de cooperare în domeniul apărării semnat între România și Polonia.",
     ("PL", "RO")),
    ("uk", "Уряд затвердив підписану угоду про військове співробітництво між Україною та Польщею.", ("PL", "UA")),
    ("bg", "Министерският съвет одобри подписаното споразумение за военно сътрудничество между България и "
     "Гърция.", ("BG", "GR")),
]


@pytest.mark.parametrize("lang, text, pair", APPROVED_WHEN_SIGNED, ids=[p[0] for p in APPROVED_WHEN_SIGNED])
def test_a_government_approving_an_agreement_already_signed_ratifies_it(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", pair)


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "The defence ministers of Georgia and Poland approved and signed the cooperation agreement.",
     ("GE", "PL")),
    ("bg", "Министрите на отбраната на България и Гърция подписаха споразумение за военно сътрудничество, "
     "одобрено от правителството.", ("BG", "GR")),
])
def test_a_signing_told_by_a_verb_stays_a_signing(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_signed", pair)
