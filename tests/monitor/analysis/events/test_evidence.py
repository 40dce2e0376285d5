"""What an undated report names beyond its date: names compared across scripts and inflections,
vocabulary left out (issue 16)."""

from monitor.analysis.events.evidence import outlet, read, skeleton


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


def test_a_title_a_rank_and_a_given_name_before_a_surname_are_marks_but_not_heads():
    told = read("", "The talks were held by Colonel General Rustam Beknazarov and his guests.", "en")

    assert skeleton("Beknazarov") in told.heads
    assert {skeleton("Colonel"), skeleton("General"), skeleton("Rustam")} <= told.marks - told.heads


def test_a_surname_after_a_given_name_or_a_title_is_a_person_and_a_city_standing_alone_is_not():
    told = read("", "Later Minister Castellano met Pedro Kowalczyk in Samarkand, where the drill is held.", "en")

    assert {skeleton("Castellano"), skeleton("Kowalczyk")} <= told.persons
    assert skeleton("Samarkand") in told.heads - told.persons


def test_a_states_institution_named_with_the_state_is_no_head():
    english = read("", "A delegation of the Republic of Azerbaijan spoke to Sputnik Azerbaijan staff.", "en")
    russian = read("", "Делегация Российской Федерации прибыла на переговоры в Самарканд.", "ru")

    assert not {skeleton("Republic"), skeleton("Sputnik")} & english.heads
    assert skeleton("Федерации") not in russian.heads
    assert skeleton("Самарканд") in russian.heads


def test_a_capital_read_by_the_classifier_is_a_head_with_its_state_and_never_a_person():
    told = read("", "The ministers met in Baku and then in Tashkent to sign the plan.", "en")

    assert (skeleton("Tashkent"), "UZ") in told.seats
    assert skeleton("Tashkent") in told.heads and skeleton("Tashkent") not in told.persons


def test_an_outlets_web_address_gives_the_names_it_publishes_under():
    assert outlet("https://en.trendline.az/news/1") == {skeleton("trendline")}
    assert outlet("https://www.armenpress.am/eng/1") == {skeleton("armenpress"), skeleton("www")} - {""}
    assert outlet(None) == frozenset()


def test_an_exercise_code_name_is_read_word_by_word_with_its_number_across_scripts():
    english = read("", "Troops of the two states began the joint exercise Steppe Falcon-2026 on Monday.", "en")
    russian = read("", "Военные двух стран начали совместные учения «Стэппе Фалкон-2026».", "ru")
    autumn = read("", "Troops of the two states began the joint exercise Granite Ridge-2026.", "en")
    next_year = read("", "Troops of the two states began the joint exercise Steppe Falcon-2027.", "en")

    assert english.codes & russian.codes
    assert not english.codes & autumn.codes
    assert not english.codes & next_year.codes
    assert read("", "The pilots flew Su-35 and MiG-29 jets in 2026.", "en").codes == frozenset()


def test_a_name_translated_word_for_word_often_keeps_a_word_of_its_code_name():
    assert (read("", "Anadolu Kartalı-2027 tatbikatı başladı.", "tr").codes
            & read("", "The Anatolian Eagle 2027 exercise began.", "en").codes)


def test_a_name_opening_with_a_vowel_or_a_glide_is_one_mark_across_transliterations():
    assert skeleton("Yerevan") == skeleton("Ереван") == skeleton("Еревана") == skeleton("Erevan")
    assert skeleton("Aliyev") == skeleton("Əliyev") == skeleton("Алиев")
    assert skeleton("Yerevan") != skeleton("Tbilisi")
