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
