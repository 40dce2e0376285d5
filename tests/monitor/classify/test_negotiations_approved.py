"""A government approving negotiations (a mandate, a negotiating position, their start) approves no
agreement: the agreement is not yet negotiated, let alone signed (SCHEMA.md: what precedes a signing is
no event), in every language with rules. A government approving the bill that ratifies an agreement
already signed is its ratification (SCHEMA.md; train's labels). Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

NEGOTIATIONS = [
    ("bg", "Правителството одобри позиция за преговори по споразумение за военно сътрудничество между "
           "България и Кипър."),
    ("en", "The government of Croatia approved a negotiating mandate for a defence cooperation agreement with "
           "Slovenia."),
    ("en", "The cabinet approved the start of negotiations on a military cooperation agreement between "
           "Bulgaria and Greece."),
    ("ru", "Правительство России одобрило предложение о проведении переговоров по соглашению о военном "
           "сотрудничестве с Никарагуа."),
    ("ro", "Guvernul a aprobat mandatul de negociere pentru acordul de cooperare în domeniul apărării dintre "
           "România și Moldova."),
    ("sr", "Vlada Srbije usvojila je osnovu za vođenje pregovora o sporazumu o vojnoj saradnji sa Mađarskom."),
    ("pl", "Rada Ministrów zatwierdziła stanowisko negocjacyjne w sprawie umowy o współpracy obronnej między "
           "Polską a Litwą."),
    ("el", "Η κυβέρνηση ενέκρινε την έναρξη διαπραγματεύσεων για συμφωνία αμυντικής συνεργασίας μεταξύ "
           "Ελλάδας και Αιγύπτου."),
    ("uk", "Кабінет Міністрів України схвалив проведення переговорів щодо угоди про оборонне співробітництво "
           "з Литвою."),
    ("pt", "O governo aprovou o mandato de negociação do acordo de cooperação em defesa entre Portugal e Angola."),
    ("it", "Il governo ha approvato l'avvio dei negoziati per l'accordo di cooperazione nel settore della "
           "difesa tra Italia e Albania."),
    ("de", "Die Regierung billigte das Verhandlungsmandat für ein Abkommen über militärische Zusammenarbeit "
           "zwischen Deutschland und Litauen."),
    ("fr", "Le gouvernement a approuvé le mandat de négociation de l'accord de coopération militaire entre la "
           "France et le Maroc."),
    ("es", "El Gobierno aprobó el inicio de negociaciones del acuerdo de cooperación en defensa entre España y "
           "Marruecos."),
    ("kk", "Қазақстан Үкіметі Өзбекстанмен әскери ынтымақтастық туралы келісім бойынша келіссөздер жүргізуді "
           "мақұлдады."),
    ("az", "Nazirlər Kabineti Azərbaycan və Qazaxıstan arasında hərbi əməkdaşlıq sazişi üzrə danışıqların "
           "aparılmasını təsdiqləyib."),
    ("tr", "Bakanlar Kurulu Türkiye ile Azerbaycan arasında askeri işbirliği anlaşması için müzakerelere "
           "başlanmasını onayladı."),
]


@pytest.mark.parametrize("lang, text", NEGOTIATIONS, ids=[f"{case[0]}-{i}" for i, case in enumerate(NEGOTIATIONS)])
def test_a_government_approving_negotiations_approves_no_agreement(lang, text):
    conftest.assert_not_flagged("Government", text, lang=lang)


@pytest.mark.parametrize("lang, text, pair", [
    ("bg", "Министерският съвет одобри законопроект за ратифициране на споразумението между България и "
           "Северна Македония за сътрудничество в областта на отбраната.", "BG MK"),
    ("bg", "Правителството одобри подписаното споразумение за военно сътрудничество между България и Гърция.",
     "BG GR"),
    ("en", "The Romanian government approved the defence cooperation agreement signed with Moldova and sent it to "
           "parliament for ratification.", "MD RO"),
])
def test_a_government_approving_the_ratification_of_a_signed_agreement_ratifies_it(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Government", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", tuple(pair.split()))
