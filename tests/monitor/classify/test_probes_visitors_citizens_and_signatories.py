"""Who only looks like a party to a bilateral defence act, in the languages with rules (issue 15, item 3).

Written for these tests, in the words of each language's press:
- a state named as a person's citizenship ("a Swiss national", "гражданин Турции", "İsviçre vatandaşı",
  "un ressortissant suisse"): a person, not a state, is met or attends; the state is no party. The national
  defence ministry or the national team of a state still names that state;
- Arabic "مالي" as the adjective "financial" ("دعم مالي", "مستشار مالي"): no Mali, which is read where a
  preposition or "Republic" governs the word ("جمهورية مالي", "في مالي") or a counterpart is Malian;
Each grid opens with a plain act the language reads as one, so that a negative is not passed by reading
nothing. Expected: None (not flagged) or (kind, "AA BB").
"""

import pytest

from tests.monitor.classify.conftest import check_probe

_GRID = {
    'en': [
        ('pos_talks', 'The defence ministers of Georgia and Poland met in Tbilisi on Monday to discuss military cooperation.',
         ('talks', 'GE PL')),
        ('citizen_received',
         "Azerbaijan's defence minister received a Turkish citizen who had given old army photographs to the museum.", None),
        ('national_beside_a_signing',
         'A Swiss national was detained near an army base in Azerbaijan, its defence ministry said, after it signed an agreement with Turkey.',
         ('agreement_signed', 'AZ TR')),
        ('nationals_attending',
         "Azerbaijan's defence ministry signed a military cooperation agreement with Turkey; two Swiss nationals attended as observers.",
         ('agreement_signed', 'AZ TR')),
        ('national_defence_pos', 'Turkish National Defence Minister and his Azerbaijani counterpart met in Ankara to discuss military cooperation.',
         ('talks', 'AZ TR')),
    ],
    'ru': [
        ('pos_talks', 'Министры обороны России и Белоруссии провели переговоры в Минске о военном сотрудничестве.', ('talks', 'BY RU')),
        ('citizen_received', 'Министр обороны Азербайджана принял гражданина Турции, подарившего музею старые фотографии.', None),
        ('citizen_attending',
         'Министры обороны Азербайджана и Турции подписали соглашение о военном сотрудничестве; при этом был гражданин Швейцарии.',
         ('agreement_signed', 'AZ TR')),
    ],
    'uk': [
        ('citizen_met', 'Міністр оборони України зустрівся з громадянином Польщі, який подарував армії кілька дронів.', None),
    ],
    'az': [
        ('pos_talks', 'Azərbaycan və Türkiyə müdafiə nazirləri Bakıda görüşərək hərbi əməkdaşlıq məsələlərini müzakirə ediblər.',
         ('talks', 'AZ TR')),
        ('citizen_received', 'Azərbaycanın müdafiə naziri muzeyə köhnə fotoşəkillər hədiyyə edən Türkiyə vətəndaşını qəbul edib.', None),
    ],
    'tr': [
        ('pos_talks', "Türkiye ve Azerbaycan savunma bakanları Ankara'da görüşerek askeri işbirliğini ele aldı.", ('talks', 'AZ TR')),
        ('citizen_received', 'Azerbaycan Savunma Bakanı, müzeye eski fotoğraflar hediye eden bir Türkiye vatandaşını kabul etti.', None),
    ],
    'fr': [
        ('pos', 'La France et le Maroc ont signé un accord de coopération militaire à Rabat.', ('agreement_signed', 'FR MA')),
        ('citizen_attending', "Un ressortissant suisse était présent à la signature de l'accord de coopération militaire du Maroc.", None),
    ],
    'es': [
        ('pos', 'España y Marruecos firmaron un acuerdo de cooperación en materia de defensa en Madrid.', ('agreement_signed', 'ES MA')),
        ('citizen_attending', 'Un ciudadano suizo estuvo presente en la firma del acuerdo de cooperación en defensa de Marruecos.', None),
    ],
    'de': [
        ('citizen_attending', 'Ein Schweizer Staatsbürger war bei der Unterzeichnung des Verteidigungsabkommens Polens dabei.', None),
    ],
    'ar': [
        ('pos', 'وقعت الجزائر وجمهورية مالي اتفاقية للتعاون العسكري في مجال الدفاع.', ('agreement_signed', 'DZ ML')),
        ('mali_in', 'التقى وزير الدفاع الجزائري في مالي نظيره وبحثا التعاون العسكري بين البلدين.', ('talks', 'DZ ML')),
        ('malian_counterpart', 'التقى وزير الدفاع المصري نظيره المالي وبحثا التعاون العسكري.', ('talks', 'EG ML')),
        ('financial_support', 'وقعت وزارة الدفاع المصرية اتفاقية تعاون عسكري تتضمن دعم مالي للتدريب.', None),
        ('financial_and_technical', 'وقع وزير الدفاع الأردني مذكرة تفاهم للتعاون العسكري، وتشمل المذكرة تقديم دعم مالي وفني.',
         None),
        ('financial_adviser', 'التقى وزير الدفاع الأردني بمستشار مالي لبحث التعاون العسكري.', None),
    ],
}

_CASES = [(lang, *probe) for lang, probes in _GRID.items() for probe in probes]


@pytest.mark.parametrize("lang, principle, text, expected", _CASES, ids=[f"{case[0]}-{case[1]}" for case in _CASES])
def test_visitors_citizens_and_signatories(lang, principle, text, expected):
    check_probe('', text, expected and (expected[0], tuple(expected[1].split())), lang=lang)
