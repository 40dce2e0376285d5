"""An article that reports an agreement and a plan signed together takes its main kind from the
document its act names first: the order the report tells them in (issue 15, item 2; the labels list the
main event first). Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

FIRST_NAMED = [
    ("en", "The defence ministers of Armenia and India signed an agreement on military cooperation and the "
           "cooperation plan for 2026.", "agreement_signed"),
    ("en", "The defence ministers of Armenia and India signed the cooperation plan for 2026 and a memorandum "
           "on military education.", "plan_signed"),
    ("ru", "Министры обороны Казахстана и Киргизии подписали соглашение о военном сотрудничестве и план "
           "сотрудничества на 2026 год.", "agreement_signed"),
    ("ru", "Министры обороны Казахстана и Киргизии подписали план сотрудничества на 2026 год и меморандум о "
           "военном образовании.", "plan_signed"),
    ("fr", "Les ministres de la Défense du Maroc et du Sénégal ont signé un accord de coopération militaire "
           "et le plan de coopération pour 2026.", "agreement_signed"),
    ("es", "Los ministros de Defensa de Chile y Perú firmaron un memorando de entendimiento y el plan de "
           "cooperación para 2026.", "agreement_signed"),
    ("az", "Azərbaycan və Qazaxıstanın müdafiə nazirləri 2026-cı il üçün hərbi əməkdaşlıq planı və hərbi təhsil "
           "sahəsində memorandum imzalayıblar.", "plan_signed"),
]


@pytest.mark.parametrize("lang, text, kind", FIRST_NAMED, ids=[f"{lang}-{kind}" for lang, _, kind in FIRST_NAMED])
def test_the_first_document_named_is_the_main_kind(lang, text, kind):
    assert conftest.flagged_main("", text, lang=lang)[0] == kind
