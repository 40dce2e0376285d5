"""The first state of a pair written as one hyphenated adjective ("italo-francese", "franco-marocain",
"hispano-marroquí"): its combining form names the state only before a hyphen. Probes written for these
tests."""

import pytest

from monitor.classify.facts import build
from monitor.classify.lexicons import load
from tests.monitor.classify import conftest

PAIRS = [
    ("it", "Si è svolta a Tolone l'esercitazione navale congiunta italo-francese.", ("exercise", ("FR", "IT"))),
    ("it", "Firmato a Tirana l'accordo italo-albanese di cooperazione nel settore della difesa.",
     ("agreement_signed", ("AL", "IT"))),
    ("fr", "L'exercice militaire franco-marocain Chergui s'est achevé.", ("exercise", ("FR", "MA"))),
    ("fr", "Un accord de défense franco-indien a été signé à New Delhi.", ("agreement_signed", ("FR", "IN"))),
    ("es", "Concluyó el ejercicio militar conjunto hispano-marroquí en Ceuta.", ("exercise", ("ES", "MA"))),
    ("es", "Firmado un acuerdo sino-español de cooperación en defensa.", ("agreement_signed", ("CN", "ES"))),
    ("pt", "Foi assinado o acordo luso-angolano de cooperação no domínio da defesa.",
     ("agreement_signed", ("AO", "PT"))),
    ("bg", "Приключи съвместното българо-гръцко военно учение.", ("exercise", ("BG", "GR"))),
]


@pytest.mark.parametrize("lang,text,expected", PAIRS, ids=[text[:30] for _, text, _ in PAIRS])
def test_a_pair_written_as_one_adjective(lang, text, expected):
    assert conftest.flagged_main("Difesa", text, lang=lang)[:2] == expected


@pytest.mark.parametrize("lang,text", [
    ("es", "El general Franco firmó el decreto."),
    ("it", "Il prezzo è franco fabbrica; lo scrittore Italo Calvino."),
    ("pt", "O escritor luso e o jornal sino."),
])
def test_a_combining_form_alone_names_no_state(lang, text):
    assert build(text, [load(lang)]).sentences[0].states == []
