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


def test_a_word_capitalised_only_where_a_sentence_starts_is_not_a_mark():
    told = read("", "Министр обороны Сурен Папикян прибыл в Ереван. Также министры обсудили учения. "
                    "Стороны договорились продолжить работу.", "ru")

    assert skeleton("Папикян") in told.marks
    assert skeleton("Также") not in told.marks and skeleton("Стороны") not in told.marks


def test_a_name_opening_a_sentence_is_a_mark_when_the_story_names_it_inside_one_too():
    told = read("", "Papikyan arrived on Monday. The talks with minister Papikyan lasted two hours.", "en")

    assert skeleton("Papikyan") in told.marks


def test_german_common_nouns_are_not_marks_but_names_beside_a_first_name_or_title_are():
    told = read("", "Der Minister Boris Pistorius besuchte die Truppe. Die Zusammenarbeit der Streitkräfte "
                    "wird ausgebaut, sagte Pistorius.", "de")

    assert {skeleton("Boris"), skeleton("Pistorius")} <= told.marks
    assert skeleton("Zusammenarbeit") not in told.marks and skeleton("Streitkräfte") not in told.marks
    assert skeleton("Truppe") not in told.marks


def test_a_name_after_an_initial_or_a_title_is_a_mark():
    told = read("", "The talks were held by S. Papikyan and Gen. Hasanov in the capital.", "en")

    assert {skeleton("Papikyan"), skeleton("Hasanov")} <= told.marks
