"""Recall probes of wordings the first round of session s10 left (issue 15; session s10, helper c3). Sentences
written for these tests, each a short article (headline and text) with the main event expected.

- Armenian names an official's state by his demonym ("իր հույն գործընկերը", his Greek counterpart;
  "ֆրանսիացի", "հնդիկ"): a party, as the state's name would be. Tourists of a state meeting a mayor stay out.
- A meeting's outcome told as the document it produced (ru "итогом ... стал подписанный план", "подписанный
  план стал результатом"), and ministries that "determined" a plan (ru "определили", uk "визначили"): the plan
  signed. An outcome still to come ("должен стать") leaves the meeting as talks. The same outcome told as the
  signing in kk ("нәтижесі ... қол қою болды"), az ("nəticəsi ... imzalanması olub") and uz ("natijasi ...
  imzolanishi bo'ldi", Cyrillic too); its future ("болады", "olacaq", "bo'ladi") signs nothing.
- A chamber's adoption of a ratification law: sr deputies "voted it through" (izglasali, изгласали); bg the
  second reading (the first stays a step) and the passive "законът ... беше приет" (an envoy "приет" by a
  minister stays a reception); ro a treaty naming Greece as "the Hellenic Republic".
- A status-of-forces, visiting-forces or reciprocal-access agreement is a defence agreement by its nature
  (en, ro): ratified or signed, it is the act; negotiations still to begin on one are not.
- An exercise known only by its code name, joined by a hyphen to its year or edition ("Anadolu Kartalı-2027",
  "Eternal Brotherhood-4", "«Вечное братство-4»") or two capitalised words before it ("Anatolian Eagle 2027"),
  held or joined by two states' forces (en "air forces" in the plural are forces). Not an aircraft's
  designation (Su-35), Covid-19, a fair known by an acronym (IDEF-2027), a forum, one state's own drill, the
  future.

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

import pytest

from tests.monitor.classify.conftest import check_probe, probe_grid

HY = [
    ("a Greek counterpart", "Հանդիպում",
     "Հայաստանի պաշտպանության նախարարը հանդիպել է իր հույն գործընկերոջ հետ, կողմերը քննարկել են ռազմական "
     "համագործակցությունը։", ("talks", "AM GR")),
    ("a French counterpart signs a plan", "Պլան",
     "Հայաստանի պաշտպանության նախարարը և նրա ֆրանսիացի գործընկերը ստորագրել են 2027 թվականի ռազմական "
     "համագործակցության պլանը։", ("plan_signed", "AM FR", 2027)),
    ("an Indian military delegation received", "Այց",
     "Երևանում Հայաստանի պաշտպանության նախարարը ընդունել է հնդիկ զինվորականների պատվիրակությանը։",
     ("talks", "AM IN")),
    ("tourists meeting a mayor", "Զբոսաշրջություն", "Հույն զբոսաշրջիկները այցելել են Երևան և հանդիպել քաղաքապետին։",
     None),
]

RU = [
    ("the outcome was a signed plan", "Итоги встречи",
     "Итогом переговоров министров обороны России и Беларуси стал подписанный план военного сотрудничества "
     "на 2027 год.", ("plan_signed", "BY RU", 2027)),
    ("a signed plan became the result", "Визит",
     "Подписанный план военного сотрудничества Армении и России на 2027 год стал итогом визита министра.",
     ("plan_signed", "AM RU", 2027)),
    ("ministers determined a plan", "Встреча",
     "Министры обороны Казахстана и Кыргызстана определили план двустороннего военного сотрудничества на 2027 год.",
     ("plan_signed", "KG KZ", 2027)),
    ("an outcome still to come", "Визит",
     "Итогом переговоров министров обороны России и Беларуси должен стать план военного сотрудничества на 2027 год.",
     ("talks", "BY RU")),
]

OUTCOMES = [
    ("kk", "the outcome was the signing", "Кездесу",
     "Қазақстан мен Өзбекстан қорғаныс министрлерінің келіссөздерінің нәтижесі 2027 жылға арналған әскери "
     "ынтымақтастық жоспарына қол қою болды.", ("plan_signed", "KZ UZ", 2027)),
    ("kk", "an outcome still to come", "Кездесу",
     "Қазақстан мен Өзбекстан қорғаныс министрлерінің келіссөздерінің нәтижесі 2027 жылға арналған әскери "
     "ынтымақтастық жоспарына қол қою болады.", ("talks", "KZ UZ")),
    ("az", "the outcome was the signing", "Görüş",
     "Azərbaycan və Türkiyə müdafiə nazirlərinin görüşünün nəticəsi 2027-ci il üçün hərbi əməkdaşlıq planının "
     "imzalanması olub.", ("plan_signed", "AZ TR", 2027)),
    ("az", "an outcome still to come", "Görüş",
     "Azərbaycan və Türkiyə müdafiə nazirlərinin görüşünün nəticəsi 2027-ci il üçün hərbi əməkdaşlıq planının "
     "imzalanması olacaq.", None),
    ("uz", "the outcome was the signing", "Uchrashuv",
     "O'zbekiston va Qozog'iston mudofaa vazirlari uchrashuvining natijasi 2027 yilga mo'ljallangan harbiy "
     "hamkorlik rejasining imzolanishi bo'ldi.", ("plan_signed", "KZ UZ", 2027)),
    ("uz", "the outcome was the signing, Cyrillic", "Учрашув",
     "Ўзбекистон ва Қозоғистон мудофаа вазирлари учрашувининг натижаси 2027 йилга мўлжалланган ҳарбий ҳамкорлик "
     "режасининг имзоланиши бўлди.", ("plan_signed", "KZ UZ", 2027)),
    ("uz", "an outcome still to come", "Uchrashuv",
     "O'zbekiston va Qozog'iston mudofaa vazirlari uchrashuvining natijasi 2027 yilga mo'ljallangan harbiy "
     "hamkorlik rejasining imzolanishi bo'ladi.", None),
]

UK = [
    ("ministers determined a plan", "Зустріч",
     "Міністри оборони України та Литви визначили план двостороннього військового співробітництва на 2027 рік.",
     ("plan_signed", "LT UA", 2027)),
]

SR = [
    ("deputies voted the law through", "Skupština",
     "Poslanici su izglasali zakon o potvrđivanju sporazuma između Vlade Srbije i Vlade Grčke o saradnji u "
     "oblasti odbrane.", ("agreement_ratified", "GR RS")),
    ("deputies voted the law through, Cyrillic", "Скупштина",
     "Посланици су изгласали закон о потврђивању споразума о војној сарадњи између Србије и Кине.",
     ("agreement_ratified", "CN RS")),
    ("a committee's vote is a step", "Odbor",
     "Odbor za odbranu izglasao je predlog zakona o potvrđivanju sporazuma o vojnoj saradnji između Srbije i Kine.",
     None),
]

BG = [
    ("adopted in the second reading", "Второ четене",
     "Депутатите приеха на второ четене закона за ратифициране на споразумението за сътрудничество в областта на "
     "отбраната между България и Румъния.", ("agreement_ratified", "BG RO")),
    ("the law was adopted, passive", "Закон",
     "Законът за ратифициране на споразумението за отбранително сътрудничество между България и САЩ беше приет "
     "от Народното събрание.", ("agreement_ratified", "BG US")),
    ("the first reading stays a step", "Първо четене",
     "Народното събрание прие на първо четене закона за ратифициране на споразумението за отбрана между България "
     "и Франция.", None),
    ("an envoy received stays a reception", "Среща",
     "Посланикът на САЩ беше приет от министъра на отбраната на България.", ("talks", "BG US")),
]

RO = [
    ("the Hellenic Republic in a treaty's title", "Vot",
     "Deputații au votat proiectul de lege pentru ratificarea Acordului dintre Guvernul României și Guvernul "
     "Republicii Elene privind cooperarea în domeniul militar.", ("agreement_ratified", "GR RO")),
    ("a person named Elena is no state", "Vizită",
     "Ministrul apărării Elena Popescu a vizitat o unitate militară din Constanța.", None),
]

CODE_NAMES_EN = [
    ("guest troops in a numbered edition", "Drill",
     "Turkish and Azerbaijani troops are taking part in Eternal Brotherhood-4 near Baku.", ("exercise", "AZ TR")),
    ("a year-named drill launched", "Sea Breeze",
     "Ukrainian and US naval forces launched Sea Breeze-2027 in the Black Sea on Monday.", ("exercise", "UA US")),
    ("two capitalised words before the year", "Anatolian Eagle 2027 kicked off",
     "Turkish and Pakistani air forces kicked off Anatolian Eagle 2027 in Konya on Monday.", ("exercise", "PK TR")),
    ("a month before the year is a date", "Parade", "Turkish and Pakistani troops held a parade in Early May 2027.",
     None),
    ("aircraft designations", "Jets",
     "Turkish and Azerbaijani pilots held a ceremony for the new Su-35 and MiG-29 jets.", None),
    ("a short last word joined to the year, the capitalised word before it", "Drill",
     "Uzbek and Azerbaijani air defence crews launched Clear Sky-2027 near Termez.", ("exercise", "AZ UZ")),
    ("a designation after a capitalised demonym", "Jets",
     "Turkish and Azerbaijani pilots flew the Russian Su-35 over the parade.", None),
    ("a forum with a year", "Forum",
     "Russian and Belarusian defence ministers opened the Army-2027 forum near Moscow.", None),
    ("a disease's name", "Health", "Turkish and Azerbaijani troops held vaccinations against Covid-19.", None),
    ("a fair known by an acronym", "Fair",
     "Turkish and Pakistani defence firms took part in IDEF-2027 in Istanbul.", None),
    ("one state's own drill", "Drill", "Russian troops launched Zapad-2027 near the border with Belarus.", None),
    ("an edition still to come", "Drill",
     "Turkish and Azerbaijani troops will take part in Eternal Brotherhood-5 next year.", None),
    ("military games with a year", "Games",
     "Soldiers of Kazakhstan and Uzbekistan competed in the Army Games-2027 near Almaty on Monday.", None),
    ("a contest with a year", "Snipers",
     "Troops of Georgia and Azerbaijan took part in the Sniper Contest-2027 held in Tbilisi.", None),
    ("a parade with a year", "Parade",
     "Kazakh and Kyrgyz troops marched in the Victory Parade-2027 in Astana on Tuesday.", None),
]

CODE_NAMES_RU = [
    ("the active phase of a year-named drill", "Союзная решимость",
     "Военнослужащие России и Беларуси приступили к активной фазе «Союзной решимости-2027».", ("exercise", "BY RU")),
    ("a numbered edition, the capital on the first word", "Братство",
     "Военные Казахстана и Кыргызстана участвуют в «Вечном братстве-4» под Бишкеком.", ("exercise", "KG KZ")),
    ("a forum with a year", "Форум", "Министры обороны России и Беларуси открыли форум «Армия-2027».", None),
    ("military games with a year", "Игры",
     "Военнослужащие Казахстана и Узбекистана участвуют в играх «Армейские игры-2027» под Алматы.", None),
    ("a contest with a year", "Конкурс",
     "Военные России и Беларуси приняли участие в конкурсе «Танковый биатлон-2027».", None),
]

CODE_NAMES_TR = [
    ("a year-named drill started", "Anadolu Kartalı-2027 başladı",
     "Türk ve Azerbaycan hava kuvvetlerinin katıldığı Anadolu Kartalı-2027 Konya'da başladı.", ("exercise", "AZ TR")),
    ("joint flights under a code name ended", "TurAz Kartalı-2027",
     "Türkiye ve Azerbaycan hava kuvvetlerinin TurAz Kartalı-2027 adlı ortak uçuşları Bakü'de sona erdi.",
     ("exercise", "AZ TR")),
    ("a fair known by an acronym", "IDEF", "Türk ve Pakistan savunma şirketleri IDEF-2027 fuarına katıldı.", None),
    ("a contest with a year", "Yarışma",
     "Türk ve Azerbaycan askerleri Keskin Nişancı-2027 yarışmasına katıldı.", None),
]

STATUS_OF_FORCES_EN = [
    ("a visiting forces agreement ratified", "Senate ratifies",
     "The Philippine Senate ratified the visiting forces agreement with Japan on Tuesday.",
     ("agreement_ratified", "JP PH")),
    ("a status of forces agreement ratified", "Parliament ratifies",
     "Poland's parliament ratified the status of forces agreement with the United States.",
     ("agreement_ratified", "PL US")),
    ("a reciprocal access agreement signed", "Access deal",
     "Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.",
     ("agreement_signed", "JP PH")),
    ("negotiations still to begin", "Talks ahead",
     "Japan and the Philippines will start negotiations on a status of forces agreement next year.", None),
]

STATUS_OF_FORCES_RO = [
    ("a status of forces agreement ratified", "Parlamentul",
     "Parlamentul a ratificat acordul privind statutul forțelor dintre România și Statele Unite.",
     ("agreement_ratified", "RO US")),
]

test_hy = probe_grid("hy", HY)
test_ru = probe_grid("ru", RU)
test_uk = probe_grid("uk", UK)
test_sr = probe_grid("sr", SR)
test_bg = probe_grid("bg", BG)
test_ro = probe_grid("ro", RO)
test_code_names_en = probe_grid("en", CODE_NAMES_EN)
test_code_names_ru = probe_grid("ru", CODE_NAMES_RU)
test_code_names_tr = probe_grid("tr", CODE_NAMES_TR)
test_status_of_forces_en = probe_grid("en", STATUS_OF_FORCES_EN)
test_status_of_forces_ro = probe_grid("ro", STATUS_OF_FORCES_RO)


@pytest.mark.parametrize("lang, principle, title, text, expected", OUTCOMES, ids=[f"{o[0]}-{o[1]}" for o in OUTCOMES])
def test_outcome_told_as_the_signing(lang, principle, title, text, expected):
    check_probe(title, text, expected and (expected[0], tuple(expected[1].split()), *expected[2:]), lang=lang)
