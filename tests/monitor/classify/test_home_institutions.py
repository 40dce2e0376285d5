"""The press of a state names its own defence ministry, minister or chiefs without the state's name
("Genelkurmay Başkanı ...", "Müdafiə naziri ...", "Қорғаныс министрі ...", "die Bundeswehr"), while
another state's comes with its name before the title in the languages that put the genitive first
("Pakistan Genelkurmay Başkanı", "Өзбекстанның қорғаныс министрі"). Sentences written for these
tests."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

HOME = [
    ("tr", "Genelkurmay Başkanı, Pakistan Kara Kuvvetleri Komutanını makamında kabul etti.", "talks", "PK TR"),
    ("az", "Müdafiə naziri Pakistan Quru Qoşunlarının komandanı ilə görüşüb.", "talks", "AZ PK"),
    ("kk", "Қорғаныс министрі Өзбекстан Қарулы Күштерінің Бас штаб бастығымен кездесті.", "talks", "KZ UZ"),
    ("uz", "Mudofaa vaziri Qozog'iston Qurolli Kuchlari Bosh shtabi boshlig'i bilan uchrashdi.", "talks", "KZ UZ"),
    ("ka", "თავდაცვის მინისტრი შეხვდა აზერბაიჯანის თავდაცვის მინისტრს.", "talks", "AZ GE"),
    ("ro", "Șeful Statului Major al Apărării a avut convorbiri oficiale cu omologul său francez.", "talks", "FR RO"),
    ("de", "Die Bundeswehr und die litauischen Streitkräfte haben ein gemeinsames Manöver begonnen.", "exercise",
     "DE LT"),
    ("de", "Der Bundesverteidigungsminister traf seinen litauischen Amtskollegen in Vilnius.", "talks", "DE LT"),
    ("fr", "Le ministère des Armées et le ministère de la Défense du Maroc ont signé un accord de coopération.",
     "agreement_signed", "FR MA"),
]

# Two other states' officials: the title with a state before it is that state's, not the press's own.
OTHERS = [
    ("tr", "Azerbaycan Genelkurmay Başkanı, Gürcistan Genelkurmay Başkanı ile görüştü.", "talks", "AZ GE"),
    ("az", "Qazaxıstanın müdafiə naziri Özbəkistanın müdafiə naziri ilə görüşüb.", "talks", "KZ UZ"),
    ("kk", "Өзбекстанның қорғаныс министрі Ресейдің қорғаныс министрімен кездесті.", "talks", "RU UZ"),
    ("uz", "Qozog'iston mudofaa vaziri Rossiya mudofaa vaziri bilan uchrashdi.", "talks", "KZ RU"),
]


CASES = HOME + OTHERS


@pytest.mark.parametrize("lang, text, kind, pair", CASES, ids=[f"{case[0]}-{case[3]}" for case in CASES])
def test_the_pair_includes_the_state_whose_press_names_its_own_institution(lang, text, kind, pair):
    got, parties, _, _ = flagged_main("", text, lang=lang)
    assert (got, parties) == (kind, tuple(pair.split()))


def test_only_the_defence_institution_is_the_press_s_own():
    # Only the defence institution is the press's own: a foreign ministry named alone still names no state.
    assert_not_flagged("", "Dışişleri Bakanı, Gürcistan Dışişleri Bakanı ile görüştü.", lang="tr")
