"""What an undated report names beyond its date: names compared across scripts and inflections,
vocabulary left out (issue 16)."""

from monitor.analysis.events.evidence import read, skeleton


def test_a_surname_is_one_mark_in_latin_cyrillic_and_armenian_script_and_in_its_inflections():
    assert skeleton("Papikyan") == skeleton("Папикян") == skeleton("Папикяна") == skeleton("Պապիկյան")
    assert skeleton("Hasanov") == skeleton("Həsənov") == skeleton("Ҳасанов")


def test_different_names_are_different_marks():
    assert skeleton("Papikyan") != skeleton("Pistorius")
    assert skeleton("Samarkand") != skeleton("Tashkent")


def test_the_names_a_report_holds_are_compared_across_languages():
    english = read("", "Defence minister Suren Papikyan met his counterpart in Abu Dhabi.", "en")
    russian = read("", "Министр обороны Сурен Папикян встретился с коллегой в Абу-Даби.", "ru")

    assert {skeleton("Papikyan"), skeleton("Suren")} <= english.marks & russian.marks


def test_states_months_and_common_words_are_not_marks():
    told = read("", "Armenia and France signed a plan in December. The plan was signed in Paris. "
                    "Defence cooperation between Armenia and France grows.", "en")

    assert told.marks == {skeleton("Paris")}


def test_the_weekday_a_report_names_is_read_in_its_language():
    assert read("", "On Thursday the minister arrived in Tashkent.", "en").weekdays == {3}
    assert read("", "В среду министр прибыл в Ташкент.", "ru").weekdays == {2}
    assert read("", "The minister arrived in Tashkent.", "en").weekdays == frozenset()


def test_a_text_in_a_language_without_rules_still_gives_its_names():
    assert skeleton("Tbilisi") in read("", "Minister Tbilisi Gela visited", None).marks
