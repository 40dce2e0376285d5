"""A two-state meeting on the sidelines of a larger gathering (a NATO, CIS or CSTO ministerial the lead
reports) is bilateral talks, whether or not the sentence says "bilateral": the gathering frames the
story, the pair meets on its own. Written for these tests, in the languages of such reports."""

import pytest

from tests.monitor.classify.conftest import flagged_main

SIDELINES = [
    ("en", "NATO defence ministers meet in Brussels",
     "Defence ministers of the 32 NATO member states gathered in Brussels on Thursday. On "
     "the sidelines of the meeting, Georgia's defence minister held a bilateral meeting with"
     " his Turkish counterpart and discussed military cooperation.",
     "talks GE TR"),
    ("ru", "Совещание министров обороны СНГ",
     "В Минске прошло заседание Совета министров обороны СНГ. На полях заседания министр "
     "обороны Казахстана провёл двустороннюю встречу с министром обороны Киргизии.",
     "talks KG KZ"),
    ("tr", "NATO Savunma Bakanları Toplantısı",
     "NATO Savunma Bakanları Toplantısı Brüksel'de yapıldı. Milli Savunma Bakanı, toplantı "
     "marjında Hollanda Savunma Bakanı ile ikili görüşme gerçekleştirdi.",
     "talks NL TR"),
    ("az", "NATO toplantısı",
     "Brüsseldə NATO-ya üzv ölkələrin müdafiə nazirlərinin toplantısı keçirilib. Toplantı "
     "çərçivəsində Azərbaycan müdafiə naziri Türkiyə milli müdafiə naziri ilə ikitərəfli "
     "görüş keçirib.",
     "talks AZ TR"),
    ("fr", "Réunion de l'OTAN",
     "Les ministres de la Défense de l'OTAN se sont réunis à Bruxelles. En marge de la "
     "réunion, le ministre français des Armées s'est entretenu avec son homologue polonais "
     "sur la coopération militaire.",
     "talks FR PL"),
    ("de", "NATO-Treffen",
     "Die Verteidigungsminister der NATO trafen sich in Brüssel. Am Rande des Treffens "
     "sprach der Bundesverteidigungsminister mit seinem polnischen Amtskollegen über "
     "militärische Zusammenarbeit.",
     "talks DE PL"),
    ("uk", "Рамштайн",
     "У Брюсселі відбулося засідання Контактної групи з питань оборони України за участі "
     "понад 50 країн. На полях засідання міністр оборони України провів двосторонню зустріч "
     "з міністром оборони Нідерландів.",
     "talks NL UA"),
    ("it", "Riunione NATO",
     "I ministri della Difesa della NATO si sono riuniti a Bruxelles. A margine della "
     "riunione, il ministro della Difesa italiano ha incontrato il suo omologo polacco.",
     "talks IT PL"),
    ("es", "Reunión de la OTAN",
     "Los ministros de Defensa de la OTAN se reunieron en Bruselas. Al margen de la reunión,"
     " la ministra de Defensa de España conversó con su homólogo de Polonia.",
     "talks ES PL"),
    ("pl", "Spotkanie NATO",
     "Ministrowie obrony państw NATO spotkali się w Brukseli. Na marginesie spotkania "
     "minister obrony Polski rozmawiał z ministrem obrony Litwy.",
     "talks LT PL"),
    ("ro", "Reuniune NATO",
     "Miniștrii apărării din statele NATO s-au reunit la Bruxelles. În marja reuniunii, "
     "ministrul apărării naționale s-a întâlnit cu omologul său polonez.",
     "talks PL RO"),
    ("hy", "ՀԱՊԿ նիստ",
     "Մոսկվայում կայացել է ՀԱՊԿ պաշտպանության նախարարների խորհրդի նիստը։ Նիստի շրջանակներում"
     " Հայաստանի պաշտպանության նախարարը հանդիպել է Ռուսաստանի պաշտպանության նախարարի հետ։",
     "talks AM RU"),
]


@pytest.mark.parametrize("lang, title, text, expected", SIDELINES, ids=[case[0] for case in SIDELINES])
def test_a_pair_meeting_on_the_sidelines_of_a_gathering_holds_talks(lang, title, text, expected):
    kind, parties, _, _ = flagged_main(title, text, lang=lang)
    assert (kind, *parties) == tuple(expected.split())
