"""Recall probes: an agreement approved by no one named is its ratification (issue 15; session s11, helper c1).
Sentences written for these tests, each a short article (headline and text) with the main event expected.

Defence officials sign agreements and approve only plans and programmes ("the ministers approved the plan for
2027": its signing). An agreement told as approved in the passive, with nobody named who approves or signs it
("A new memorandum on military cooperation between A and B has been approved", "меморандум одобрен",
"mutabakat onaylandı", "foi aprovado"), was approved by an authority: its ratification (SCHEMA.md). A plan approved
by ministers stays a plan; a memorandum "signed and approved" by ministers stays a signing; an approval the story
tells as one to sign precedes the act.

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    (
        "memorandum approved, no giver",
        "Defence memorandum",
        "A new memorandum on military cooperation between Georgia and Poland has been approved. It covers joint training and exchanges of officers.",
        ("agreement_ratified", "GE PL"),
    ),
    (
        "agreement was approved, no giver",
        "Approved",
        "The agreement on defence cooperation between Kenya and Ghana was formally approved on Tuesday.",
        ("agreement_ratified", "GH KE"),
    ),
    (
        "ministers approved plan stays plan",
        "Plan",
        "The defence ministers of Armenia and Greece approved the military cooperation plan for 2027.",
        ("plan_signed", "AM GR", 2027),
    ),
    (
        "signed and approved stays signed",
        "Signed",
        "A memorandum on military cooperation between Peru and Chile was signed and approved by the two defence ministers.",
        ("agreement_signed", "CL PE"),
    ),
    (
        "approved to sign is not an act",
        "Protocol approved",
        "A protocol on military cooperation between Egypt and Jordan has been approved. The cabinet approved the signing of the protocol, which will be signed next week.",
        None,
    ),
]

RU = [
    (
        "меморандум одобрен",
        "Меморандум",
        "Меморандум о военном сотрудничестве между Казахстаном и Узбекистаном одобрен. Документ предусматривает совместные учения.",
        ("agreement_ratified", "KZ UZ"),
    ),
    (
        "соглашение утверждено",
        "Соглашение",
        "Соглашение о военно-техническом сотрудничестве между Арменией и Индией утверждено.",
        ("agreement_ratified", "AM IN"),
    ),
    (
        "министры утвердили план",
        "План",
        "Министры обороны Беларуси и Китая утвердили план военного сотрудничества на 2027 год.",
        ("plan_signed", "BY CN", 2027),
    ),
]

TR = [
    (
        "mutabakat onaylandı",
        "Mutabakat",
        "Türkiye ile Gürcistan arasındaki askeri işbirliği mutabakat muhtırası onaylandı.",
        ("agreement_ratified", "GE TR"),
    ),
]

AZ = [
    (
        "memorandum təsdiqlənib",
        "Memorandum",
        "Azərbaycan ilə Pakistan arasında hərbi əməkdaşlıq haqqında memorandum təsdiqlənib.",
        ("agreement_ratified", "AZ PK"),
    ),
]

BG = [
    (
        "споразумение одобрено",
        "Споразумение",
        "Споразумението за военно сътрудничество между България и Гърция беше одобрено.",
        ("agreement_ratified", "BG GR"),
    ),
]

PT = [
    (
        "acordo foi aprovado",
        "Acordo",
        "O acordo de cooperação em matéria de defesa entre Portugal e Angola foi aprovado.",
        ("agreement_ratified", "AO PT"),
    ),
]

ES = [
    (
        "acuerdo fue aprobado",
        "Acuerdo",
        "El acuerdo de cooperación en defensa entre Chile y Perú fue aprobado.",
        ("agreement_ratified", "CL PE"),
    ),
]

UK = [
    (
        "угоду схвалено",
        "Угода",
        "Угоду про військове співробітництво між Україною та Литвою схвалено.",
        ("agreement_ratified", "LT UA"),
    ),
]

KK = [
    (
        "келісім бекітілді",
        "Келісім",
        "Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісім бекітілді.",
        ("agreement_ratified", "KZ TR"),
    ),
]

test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
test_az = probe_grid("az", AZ)
test_bg = probe_grid("bg", BG)
test_pt = probe_grid("pt", PT)
test_es = probe_grid("es", ES)
test_uk = probe_grid("uk", UK)
test_kk = probe_grid("kk", KK)
