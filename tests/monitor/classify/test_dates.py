"""Event dates (absolute, relative, date lines) and plan years, per language."""

from datetime import date

from monitor.classify.dates import plan_year
from monitor.classify.lexicons import load
from tests.monitor.classify.conftest import main, run


def test_relative_weekday_is_resolved_against_the_publish_date():
    det = run("Plan signed", "The defence ministers of Kazakhstan and Kyrgyzstan on Tuesday signed the military "
                             "cooperation plan for 2026.", published=date(2025, 11, 14))
    assert main(det).date == "2025-11-11"


def test_today_is_the_publish_date():
    det = run("Ratified", "The parliament of Georgia today ratified the defence cooperation agreement with "
                          "Lithuania.", published=date(2025, 3, 5))
    assert main(det).date == "2025-03-05"


def test_relative_date_without_a_publish_date_stays_unknown():
    det = run("Plan signed", "The defence ministers of Kazakhstan and Kyrgyzstan on Tuesday signed the military "
                             "cooperation plan for 2026.")
    assert main(det).date is None


def test_date_line_gives_the_year_of_a_day_and_month():
    det = run("Plan signed", "Astana/12.11.25/Agency: The plan of bilateral military cooperation for 2026 was "
                             "signed on 11 November by the defence ministers of Kazakhstan and Uzbekistan.")
    assert main(det).date == "2025-11-11"


def test_year_is_completed_from_the_plan_year_when_nothing_else_is_known():
    det = run("План", "14 декабря министры обороны Таджикистана и России подписали план сотрудничества на "
                      "2026 год.", lang="ru")
    assert main(det).date == "2025-12-14"


def test_implausible_relative_date_is_dropped():
    det = run("Plan", " date 2020-01-01\nThe defence ministers of Georgia and Armenia on Monday signed the "
                      "cooperation plan for 2023.")
    assert main(det).date is None


def test_written_date_refused_for_its_plan_year_leaves_the_plan_undated_but_flagged():
    det = run("Plan signed", "Kazakhstan and Kyrgyzstan signed the military cooperation plan for 2026 on "
                             "7 March 2019 in Astana.")
    assert det.flagged
    assert (main(det).kind, main(det).plan_year, main(det).date) == ("plan_signed", 2026, None)


def test_placeholder_publish_date_far_in_the_future_is_no_date_and_the_written_date_stands():
    # 9999-12-31 is what some sites publish for "no date": a day after it is not a date at all.
    det = run("Plan signed", "Georgia and Armenia signed the military cooperation plan for 2025 on 12 December "
                             "2024 in Yerevan.", published=date(9999, 12, 31))
    assert det.flagged
    assert (main(det).kind, main(det).parties, main(det).date) == ("plan_signed", ("AM", "GE"), "2024-12-12")


def test_placeholder_publish_date_at_year_one_does_not_lose_the_event():
    # 0001-01-01 is the empty date of many publishing systems: "yesterday" and "on Monday" stay unknown.
    for when in ("yesterday", "on Monday"):
        det = run("Plan signed", f"The defence ministers of Georgia and Armenia {when} signed the military "
                                 "cooperation plan for 2025.", published=date(1, 1, 1))
        assert det.flagged
        assert (main(det).kind, main(det).parties, main(det).date) == ("plan_signed", ("AM", "GE"), None)


def test_plausible_publish_date_still_resolves_a_weekday():
    det = run("Plan signed", "The defence ministers of Georgia and Armenia on Monday signed the military "
                             "cooperation plan for 2025.", published=date(2024, 12, 18))
    assert main(det).date == "2024-12-16"


def test_plan_years_in_each_language():
    assert plan_year("signed the plan for 2027 in baku", load("en")) == 2027
    assert plan_year("план сотрудничества на 2027 год", load("ru")) == 2027
    assert plan_year("2027-ci il üçün əməkdaşlıq planı", load("az")) == 2027
    assert plan_year("2027 yılı askeri iş birliği planı", load("tr")) == 2027
    assert plan_year("programme for 2027-2030", load("en")) == 2027
    assert plan_year("the 2027-2030 programme", load("en")) == 2027


def test_plan_year_belongs_to_the_plan_not_to_a_programme_in_the_same_sentence():
    det = run("Документы", "Министры обороны Армении и Ирана подписали план сотрудничества на текущий год и "
                           "программу партнерства на 2027-2031 годы.", lang="ru")
    assert main(det).kind == "plan_signed" and main(det).plan_year is None


def test_signing_at_the_end_of_talks_takes_the_date_of_the_talks():
    det = run("Ministers sign plan for 2026",
              "The defence ministers of Armenia and Greece held talks in Athens on 3 November.\n"
              "They reviewed training, peacekeeping and military medicine.\n"
              "When the talks were over, the two ministers signed the plan of military cooperation for 2026.")
    assert main(det).kind == "plan_signed" and main(det).date == "2025-11-03"


def test_wire_date_line_dates_a_same_day_signing():
    det = run("Uzbekistan and Tajikistan sign defence protocol",
              "DUSHANBE, March 4 (Agency) - The defence ministers of Uzbekistan and Tajikistan have signed a "
              "protocol on military cooperation, the ministry reported.", published=date(2025, 3, 4))
    assert main(det).date == "2025-03-04"


def test_slash_date_line_and_a_weekday_in_azerbaijani():
    det = run("Plan imzalanıb",
              "Bakı/14.05.25/Agentlik: Çərşənbə günü Azərbaycan və Qazaxıstanın müdafiə nazirləri görüşüb.\n"
              "Görüşdən sonra nazirlər 2026-cı il üçün ikitərəfli hərbi əməkdaşlıq planını imzalayıblar.",
              lang="az")
    assert main(det).kind == "plan_signed" and main(det).date == "2025-05-14"


def test_page_stamp_dates_a_signing_no_sentence_dates():
    det = run("Hərbi saziş imzalanıb",
              "Hərbi saziş imzalanıb\n12-03-2024, 17:40\n"
              "Azərbaycan ilə Pakistan arasında hərbi sahədə əməkdaşlıq haqqında saziş imzalanıb.", lang="az")
    assert main(det).date == "2024-03-12"


def test_date_of_a_statement_is_not_the_date_of_an_exercise():
    det = run("Joint drill",
              "Marines of Japan and the Philippines carried out a joint exercise on Luzon this month, the "
              "defence ministry said on Friday.", published=date(2025, 6, 14))
    assert main(det).kind == "exercise" and main(det).date is None


def test_an_exercise_is_dated_by_its_first_day():
    det = run("Exercise over",
              "The joint exercise of the armies of Serbia and Hungary, which ran from 2 to 6 June, has ended.",
              published=date(2025, 6, 6))
    assert main(det).date == "2025-06-02"


def test_date_of_a_future_meeting_is_not_the_signing_date():
    det = run("Plan inked",
              " date 2025-04-10\nThe defence ministers of Moldova and Romania inked a cooperation plan for "
              "2025 ahead of the regional council to be held in Chisinau on April 10.")
    assert main(det).kind == "plan_signed" and main(det).date is None


def test_start_of_a_longer_meeting_is_not_the_signing_date():
    det = run("Plan onaylandı",
              "Ankara'da 3 Mart'ta başlayan Türkiye-Gürcistan askeri diyalog toplantısı sona erdi.\n"
              "Toplantıda iki ülke arasındaki 2025 yılı askeri işbirliği planı imzalandı.", lang="tr")
    assert main(det).kind == "plan_signed" and main(det).date is None


def test_date_of_the_earlier_signing_is_not_the_ratification_date():
    det = run("Ratified",
              "The parliament of Montenegro ratified the defence cooperation agreement with Croatia, a "
              "document signed on 14 February 2024 in Zagreb.")
    assert main(det).kind == "agreement_ratified" and main(det).date is None


def test_relative_day_is_not_resolved_against_a_date_guessed_from_the_url():
    det = run("Acuerdo", "Los ministros de Defensa de Chile y Argentina firmaron esta tarde un acuerdo de "
                         "cooperación militar.", lang="es", url="https://example.com/2025/05/20/acuerdo")
    assert main(det).date is None


def test_stamp_that_contradicts_the_weekday_is_not_the_event_date():
    det = run("Plan", " date 2025-01-04\nThe defence ministers of Latvia and Poland met on Tuesday and "
                      "signed the plan of military cooperation for 2026.")
    assert main(det).date is None


def test_byline_at_the_end_resolves_a_weekday():
    det = run("Accord", "L'Arménie et la Grèce ont signé lundi un accord de coopération militaire.\n"
                        "Les ministres de la Défense ont discuté des exercices communs.\n"
                        "par Jean Dupont le mercredi 12 mars 2025", lang="fr")
    assert main(det).date == "2025-03-10"


def test_turkish_and_azerbaijani_day_month_forms():
    tr = run("Plan", "Türkiye ile Gürcistan arasındaki 2025 yılı askeri işbirliği planı 14 Ocak'ta imza altına "
                     "alındı.", lang="tr")
    az = run("Plan", "Azərbaycan və Gürcüstan müdafiə nazirlikləri arasında 2026-cı il üçün hərbi əməkdaşlıq "
                     "planı dekabrın 9-da imzalanıb.", lang="az")
    assert main(tr).date == "2025-01-14" and main(az).date == "2025-12-09"


def test_parliament_today_in_azerbaijani_and_russian():
    az = run("Saziş təsdiqləndi", "Milli Məclis bu gün Azərbaycan ilə Serbiya arasında hərbi əməkdaşlıq "
                                  "haqqında sazişi təsdiq edib.", lang="az", published=date(2025, 2, 11))
    ru = run("Ратифицировано", "Сегодня парламент Армении ратифицировал соглашение о военном сотрудничестве "
                               "с Индией.", lang="ru", published=date(2025, 2, 12))
    assert main(az).date == "2025-02-11" and main(ru).date == "2025-02-12"


def test_a_day_and_month_with_nothing_to_give_the_year_is_kept_as_a_partial_date():
    """No full date, but merging can still tell which of the pair's meetings this is (issue 16)."""
    event = main(run("Talks", "The defence ministers of Armenia and France met in Paris on 17 June and discussed "
                              "military cooperation."))
    assert (event.date, event.partial_date) == (None, "--06-17")
    assert event.to_dict()["partial_date"] == "--06-17"


def test_talks_told_again_keep_the_day_and_month_their_first_sentence_states():
    """"Met in Paris on 16 December ... the ministers also discussed ...": the second sentence repeats
    the talks and must not take away the day and month the first one read (issue 16: two reports of
    one meeting, one dated by its page, were kept apart)."""
    event = main(run("Defence cooperation on the agenda",
                     "The defence ministers of Armenia and France met in Paris on 16 December.\n"
                     "The ministers of Armenia and France also discussed military education and joint training."))
    assert event.kind == "talks" and (event.date, event.partial_date) == (None, "--12-16")


def test_a_page_known_only_to_its_month_gives_its_undated_event_that_month():
    text = "The defence ministers of Azerbaijan and Belarus met in Baku and discussed military cooperation."
    for detection in (run("Talks", "2019-10\n" + text), run("Talks", text, url="https://news.example/2019/10/a.html")):
        assert (main(detection).date, main(detection).partial_date) == (None, "2019-10")


def test_a_dated_event_stores_no_partial_date():
    event = main(run("Signed", "Armenia and France signed a defence cooperation agreement in Paris on 17 June 2024."))
    assert event.date == "2024-06-17" and "partial_date" not in event.to_dict()


def test_an_act_with_no_date_takes_the_day_and_month_of_the_occasion_that_names_its_pair():
    """"On 23 October Armenia and India held defence consultations ... at the end the agreement was
    signed": with no year anywhere, the day and month are the signing's partial date (issue 16)."""
    event = main(run("Armenia and India sign a defence cooperation agreement",
                     "On 23 October Armenia and India held defence consultations in Hyderabad.\n"
                     "At the end of the consultations Armenia and India signed a defence cooperation agreement."))
    assert event.kind == "agreement_signed" and (event.date, event.partial_date) == (None, "--10-23")


def test_a_ratification_takes_no_partial_date_from_a_sentence_about_the_signing_that_names_no_pair():
    event = main(run("Russia ratifies a military cooperation agreement with Senegal",
                     "The president of Russia signed the law ratifying the military cooperation agreement with"
                     " Senegal.\nThe document had been signed in Moscow on 24 April."))
    assert event.kind == "agreement_ratified" and event.partial_date is None


def test_a_ratification_takes_the_day_and_month_of_the_session_a_later_sentence_gives_it():
    """"The ratification was on the agenda of the parliament's session on 9 March, the agency says":
    a sentence after the act that names no state but tells the ratification again by its noun gives
    the day, not the agency's report (issue 16)."""
    event = main(run("Georgia ratifies a defence memorandum with Lithuania",
                     "The parliament of Georgia has ratified the defence cooperation memorandum with Lithuania.\n"
                     "The ratification was on the agenda of the parliament's session on March 9, the agency reports."
                     "\nThe memorandum was first signed in Vilnius last spring."))
    assert event.kind == "agreement_ratified" and (event.date, event.partial_date) == (None, "--03-09")


def test_a_ratification_is_not_dated_by_the_signing_of_its_document_told_after_it():
    """"The treaty was signed on 16 October 2020": the document's signing, not the ratification
    the story reports (train: a lower house's vote a year later was dated by it)."""
    event = main(run("Georgia ratifies a defence memorandum with Lithuania",
                     "The parliament of Georgia has ratified the defence cooperation memorandum with Lithuania.\n"
                     "The deputy minister said the memorandum was signed on 2 May 2024 to replace an older one."))
    assert event.kind == "agreement_ratified" and event.date is None


def test_a_later_sentence_about_another_ratification_step_gives_no_day_when_it_names_a_state():
    event = main(run("Georgia ratifies a defence memorandum with Lithuania",
                     "The parliament of Georgia has ratified the defence cooperation memorandum with Lithuania.\n"
                     "Lithuania's ratification is expected at the session on June 12, the agency reports."))
    assert event.kind == "agreement_ratified" and event.partial_date is None


def test_a_meeting_a_minister_recalls_does_not_date_the_talks_reported():
    """"The minister recalled that on 5 October they met" tells an earlier meeting, in Russian as in
    the editor's "напомним" (train: a day misread placed the talks a month early; issue 16)."""
    event = main(run("Министры обороны России и Белоруссии обсудили военное сотрудничество",
                     "Министры обороны России и Белоруссии обсудили военное сотрудничество на встрече в Минске.\n"
                     "Министр обороны России напомнил, что 5 октября министры обороны России и Белоруссии провели"
                     " встречу и обсудили итоги года.", lang="ru", published=date(2025, 10, 31)))
    assert event.kind == "talks" and event.date != "2025-10-05"
