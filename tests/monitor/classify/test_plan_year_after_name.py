"""A plan's year written a few words after its name ("Plan de Acción Bilateral 2024", "plan de coopération
militaire 2025"), not the date of its signing ("signé le 12 mars 2024"). Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

PLANS = [
    ("es", "Chile y Perú firmaron el plan de cooperación militar correspondiente al año 2025.", ("CL", "PE"), 2025),
    ("es", "Argentina y Chile suscribieron el Plan de Acción Bilateral 2024 en materia de defensa.",
     ("AR", "CL"), 2024),
    ("it", "Italia e Albania hanno firmato il piano di cooperazione bilaterale nel settore della difesa 2025.",
     ("AL", "IT"), 2025),
    ("it", "Italia e Tunisia hanno firmato il piano di cooperazione militare relativo all'anno 2025.",
     ("IT", "TN"), 2025),
    ("fr", "Le Maroc et la France ont signé le plan de coopération militaire au titre de l'année 2025.",
     ("FR", "MA"), 2025),
    ("fr", "Le Maroc et la France ont signé le plan de coopération militaire 2025.", ("FR", "MA"), 2025),
    ("pt", "Portugal e Cabo Verde assinaram o Programa-Quadro de Cooperação no domínio da Defesa 2026-2030.",
     ("CV", "PT"), 2026),
    ("el", "Ελλάδα και Κύπρος υπέγραψαν το πρόγραμμα αμυντικής συνεργασίας του 2025.", ("CY", "GR"), 2025),
    ("de", "Deutschland und Polen unterzeichneten den Jahresplan der militärischen Zusammenarbeit 2025.",
     ("DE", "PL"), 2025),
]


@pytest.mark.parametrize("lang,text,parties,year", PLANS, ids=[f"{lang}-{text[:20]}" for lang, text, _, _ in PLANS])
def test_the_year_after_the_plans_name(lang, text, parties, year):
    assert conftest.flagged_main("Plan", text, lang=lang)[:3] == ("plan_signed", parties, year)


DATED = [
    ("fr", "Le Maroc et la France ont signé le plan de coopération militaire le 12 mars 2024.", ("FR", "MA")),
    ("es", "Chile y Perú firmaron el plan de cooperación militar el 5 de mayo de 2025.", ("CL", "PE")),
    ("it", "Italia e Albania hanno firmato il piano di cooperazione militare il 3 maggio 2025.", ("AL", "IT")),
]


@pytest.mark.parametrize("lang,text,parties", DATED, ids=[lang for lang, _, _ in DATED])
def test_the_date_of_the_signing_is_no_plan_year(lang, text, parties):
    assert conftest.flagged_main("Plan", text, lang=lang)[:3] == ("plan_signed", parties, None)
