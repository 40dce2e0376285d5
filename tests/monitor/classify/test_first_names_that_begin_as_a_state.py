"""A first name that begins with a state's name is no party: Georgia's ministers are often called
Irakli ("Іраклієм", "Irakli", "Иракли"), whose first letters spell Iraq in Ukrainian, German, French
and Kazakh. Iraq is read in the forms each language gives it (its cases, its adjective, its people),
not as any word that begins like it. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

IRAKLI = [
    ("uk", "Міністр оборони України провів зустріч з Іраклієм Гоголадзе",
     "Київ, 4 березня. Міністр оборони України зустрівся з міністром оборони Грузії Іраклієм Гоголадзе. "
     "Сторони обговорили двостороннє військове співробітництво.", ("talks", ("GE", "UA"))),
    ("de", "Verteidigungsminister trifft Irakli Gogoladse",
     "Berlin, 4. März. Der deutsche Verteidigungsminister hat den georgischen Verteidigungsminister Irakli "
     "Gogoladse empfangen. Die beiden Minister erörterten die militärische Zusammenarbeit zwischen Deutschland "
     "und Georgien.", ("talks", ("DE", "GE"))),
    ("fr", "Le ministre des Armées reçoit Irakli Gogoladzé",
     "Paris, le 4 mars. Le ministre des Armées a reçu son homologue géorgien Irakli Gogoladzé. Les deux ministres "
     "ont évoqué la coopération militaire entre la France et la Géorgie.", ("talks", ("FR", "GE"))),
    ("kk", "Қорғаныс министрі Иракли Гоголадземен кездесті",
     "Астана, 4 наурыз. Қазақстан Қорғаныс министрі Грузия Қорғаныс министрі Иракли Гоголадземен кездесті. "
     "Тараптар Қазақстан мен Грузия арасындағы әскери ынтымақтастықты талқылады.", ("talks", ("GE", "KZ"))),
]

IRAQ = [
    ("uk", "Україна та Ірак підписали угоду про співробітництво в галузі оборони",
     "Міністри оборони України та Іраку підписали угоду про військове співробітництво.", ("IQ", "UA")),
    ("de", "Deutschland und der Irak unterzeichnen Verteidigungsabkommen",
     "Die Verteidigungsminister Deutschlands und des Iraks unterzeichneten ein Abkommen über militärische "
     "Zusammenarbeit.", ("DE", "IQ")),
    ("fr", "La France et l'Irak signent un accord de défense",
     "Les ministres de la Défense de la France et de l'Irak ont signé un accord de coopération militaire.",
     ("FR", "IQ")),
]


@pytest.mark.parametrize("lang,title,text,expected", IRAKLI, ids=[probe[0] for probe in IRAKLI])
def test_a_first_name_that_begins_as_a_state_is_no_party(lang, title, text, expected):
    assert conftest.flagged_main(title, text, lang=lang)[:2] == expected


@pytest.mark.parametrize("lang,title,text,parties", IRAQ, ids=[probe[0] for probe in IRAQ])
def test_the_state_is_still_read_in_its_forms(lang, title, text, parties):
    assert conftest.flagged_main(title, text, lang=lang)[:2] == ("agreement_signed", parties)
