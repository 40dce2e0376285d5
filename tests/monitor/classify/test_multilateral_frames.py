"""A sentence framed as multilateral ("member states", "trilateral") that names only two states reports
a multilateral event when the story names more: its two states are not a bilateral pair."""

from tests.monitor.classify import conftest


def test_member_states_meeting_naming_two_states_is_not_bilateral_talks():
    conftest.assert_not_flagged(
        "Совет министров обороны",
        "В Туле прошло заседание совета министров обороны государств-участников.\n"
        "Министры обороны Узбекистана и России провели переговоры государств-участников о военном "
        "сотрудничестве.\n"
        "В заседании также участвовали делегации Армении, Беларуси и Казахстана.")


def test_multinational_exercise_naming_two_states_is_not_bilateral():
    conftest.assert_not_flagged(
        "Учения",
        "На полигоне под Бишкеком начались многосторонние учения вооруженных сил Кыргызстана и Казахстана.\n"
        "В учениях участвуют подразделения Таджикистана, Узбекистана и России.")


def test_a_two_state_document_signed_with_a_three_state_one_is_a_bilateral_act():
    kind, parties, year, _ = conftest.flagged_main(
        "Defence cooperation",
        "The joint action plan of Greece, Cyprus and Israel and the defence cooperation programme of Greece "
        "and Israel for 2026 were signed in Athens.", lang="en")
    assert (kind, parties, year) == ("plan_signed", ("GR", "IL"), 2026)


def test_one_three_state_document_names_no_bilateral_act():
    conftest.assert_not_flagged(
        "Defence cooperation",
        "The defence ministers of Greece, Cyprus and Israel signed a joint action plan and a memorandum on "
        "training in Athens.", lang="en")
