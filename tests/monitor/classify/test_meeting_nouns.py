"""A meeting named only by a noun ("the visit is part of ...") has no tense of its own: it is the meeting
the story told just before, and is still to come when that one is. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

FUTURE_VISITS = [
    ("pt", "O ministro da Defesa Nacional português vai deslocar-se amanhã a Luanda, onde se reunirá com o seu "
           "homólogo angolano. A visita insere-se no quadro da cooperação técnico-militar entre Portugal e Angola."),
    ("ro", "Ministrul apărării naționale va efectua mâine o vizită oficială în Polonia, unde se va întâlni cu "
           "omologul său polonez. Vizita are loc în contextul cooperării militare dintre România și Polonia."),
    ("bg", "Министърът на отбраната ще посети Гърция утре, където ще се срещне с гръцкия си колега. Посещението е "
           "част от двустранното военно сътрудничество между България и Гърция."),
    ("it", "Il ministro della Difesa sarà domani ad Atene, dove incontrerà il suo omologo greco. La visita si "
           "inserisce nel quadro della cooperazione militare tra Italia e Grecia."),
    ("es", "El ministro de Defensa viajará mañana a Lima, donde se reunirá con su homólogo peruano. La visita se "
           "enmarca en la cooperación militar entre Chile y Perú."),
    ("fr", "Le ministre des Armées se rendra demain à Rabat, où il rencontrera son homologue marocain. Cette visite "
           "s'inscrit dans le cadre de la coopération militaire entre la France et le Maroc."),
]


@pytest.mark.parametrize("lang,text", FUTURE_VISITS, ids=[lang for lang, _ in FUTURE_VISITS])
def test_the_visit_of_a_meeting_to_come_is_not_talks(lang, text):
    conftest.assert_not_flagged("Visita", text, lang=lang)


PAST_VISITS = [
    ("it", "Il ministro della Difesa greco ha incontrato ieri a Roma il suo omologo italiano. La visita si "
           "inserisce nel quadro della cooperazione militare tra Italia e Grecia.", ("GR", "IT")),
    ("pt", "O ministro da Defesa de Portugal reuniu-se ontem em Luanda com o seu homólogo angolano. A visita "
           "insere-se no quadro da cooperação técnico-militar entre Portugal e Angola.", ("AO", "PT")),
]


@pytest.mark.parametrize("lang,text,parties", PAST_VISITS, ids=[lang for lang, _, _ in PAST_VISITS])
def test_the_visit_of_a_meeting_held_is_talks(lang, text, parties):
    assert conftest.flagged_main("Visita", text, lang=lang)[:2] == ("talks", parties)
