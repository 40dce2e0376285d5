"""Polish probes, written for these tests: state names in their cases (Rumunii, z Litwą, Niemiec),
the perfective verbs, and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="pl")
not_flagged = partial(conftest.assert_not_flagged, lang="pl")


def test_agreement_with_inflected_names():
    kind, parties, _, _ = flagged_main(
        "Umowa", "Ministrowie obrony Polski i Litwy podpisali w Wilnie umowę o współpracy wojskowej.")
    assert (kind, parties) == ("agreement_signed", ("LT", "PL"))


def test_plan_for_a_year():
    assert flagged_main(
        "Plan", "Szefowie sztabów generalnych Rumunii i Bułgarii podpisali plan współpracy wojskowej na 2026 rok.")[:3] \
        == ("plan_signed", ("BG", "RO"), 2026)


def test_sejm_ratifies():
    kind, parties, _, _ = flagged_main(
        "Sejm", "Sejm uchwalił ustawę o ratyfikacji umowy między Polską a Koreą Południową o współpracy w "
                "dziedzinie obronności.")
    assert (kind, parties) == ("agreement_ratified", ("KR", "PL"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Spotkanie", "Minister obrony narodowej spotkał się w Warszawie ze swoim czeskim odpowiednikiem, aby "
                     "omówić współpracę wojskową.")
    assert (kind, parties) == ("talks", ("CZ", "PL"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Ćwiczenia", "Polscy i amerykańscy żołnierze przeprowadzili wspólne ćwiczenia na poligonie w Drawsku.")
    assert (kind, parties) == ("exercise", ("PL", "US"))


def test_border_guard_protocol_is_not_defence():
    not_flagged("Straż Graniczna", "Straż Graniczna i litewska służba ochrony granicy podpisały protokół o "
                                   "wspólnych patrolach.")


def test_a_signing_planned_for_next_week_is_not_flagged():
    not_flagged("Zapowiedź", "Polska i Szwecja podpiszą w przyszłym tygodniu umowę o współpracy obronnej.")


def test_a_possible_signing_is_not_flagged():
    not_flagged("Obronność", "Polska i Czechy mogą podpisać porozumienie o współpracy wojskowej.")


def test_our_country_is_the_outlets_own_state():
    kind, parties, _, _ = flagged_main(
        "Obronność", "Minister obrony podpisał ze szwedzkim odpowiednikiem porozumienie o współpracy wojskowej "
                     "między naszym krajem a Szwecją.")
    assert (kind, parties) == ("agreement_signed", ("PL", "SE"))
