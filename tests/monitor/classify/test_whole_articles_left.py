"""Whole articles and sentence probes of what session s14 left on the recall side (issue 15; session s15, helper c1).
Short complete articles written for these tests (a headline, a dateline, a paragraph or two), read as ``pactwatch
classify`` reads a ``.txt`` file, negatives beside (the sentence probes of the same principles are in
``test_probes_what_s14_left_recall.py``). What failed on main and was fixed, as principles:

- a ratification told with the date of the document's signing is the day's ratification: the date belongs to the
  signing when it stands nearer the signing's participle than the ratification's word, or opens the participle's
  phrase in the languages that put it first ("վավերացրեց 2025 թվականի մարտի 15-ին Փարիզում ստորագրված
  համաձայնագիրը", "Milli Məclis 2025-ci il martın 15-də Ankarada imzalanmış sazişi ratifikasiya edib", "ратифицировал
  соглашение ..., подписанное 12 марта 2025 года"), and a date written from the year down ("2025-ci il martın 15-də",
  "2025 թվականի մարտի 15-ին") keeps its year (rules.documents_own_time, when._owner, dates);
- a government's approval of an agreement already signed is its ratification (SCHEMA.md): the signing's participle
  set off after the document by a comma describes it (bg "..., подписано в Атина", sr "..., потписан у Будимпешти",
  en "..., signed in Athens"); a government by its other names ("Кабинет министров", "Кабмин", "the Council of
  Ministers"); hy "հավանություն տվեց ... համաձայնագրին" (approval given to the document, in the dative); ka
  "დაამტკიცა ... ხელმოწერილი შეთანხმება" (the participle is no approval of a signing to come);
- en "The plan, which the ministers signed today, covers 40 events": a relative clause that names its subject has a
  finite verb, the signing is an act with its own time (facts._relative_clause_with_its_subject);
- en "rescue" names a civil body only as rescue services, teams, workers or rescuers: commandos practising a hostage
  rescue in a joint exercise hold an exercise;
- a delegation's visit told in a sentence naming one state and the other's capital is talks with that state
  (detect._visit_to_a_capital), and "during the visit ... were discussed" with no state named takes the story's pair
  when both were named before as parties or hosts (detect._discussed_during_the_visit); not a unit near a border,
  a fair, a bloc's council;
- en a ship named by its navy's prefix ("PNS Saif", "USS Carney", "HMS Trent") names that navy's state, and
  "undertook" holds an exercise (not "undertook to expand", a commitment); tr an agreement "in force from the date
  of its signing" ("imzalandığı tarihte yürürlüğe girdi") is signed, not ratified.

Beside them, articles that were already read right and guard the main kind and the thin shapes (``*_after_talks``,
``*_to_be_ratified``, ``*_code_name_*``, ``*_servicemen_counted``, ``*_by_phases``/``*_by_stages``): a plan signed
after talks is a plan (the signing is the main act); an agreement signed that "will be submitted for ratification" is
a signing; an exercise told by its code name, by the number of servicemen, or by its phases under a headline that
names it.
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import check_read_article, whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_left"

# The main event of each positive article: (kind, "AA BB", plan year).
EXPECTED = {
    "az/pos_exercise_by_phases": ("exercise", "AZ TR", None),
    "az/pos_plan_after_talks": ("plan_signed", "AZ GE", 2027),
    "az/pos_ratified_with_signing_date": ("agreement_ratified", "AZ TR", None),
    "bg/pos_council_of_ministers_approved_signed": ("agreement_ratified", "BG GR", None),
    "en/pos_agreement_the_states_signed_on_tuesday": ("agreement_signed", "AZ TR", None),
    "en/pos_agreement_to_be_ratified": ("agreement_signed", "KZ UZ", None),
    "en/pos_code_name_began": ("exercise", "RU TJ", None),
    "en/pos_commandos_practised_hostage_rescue": ("exercise", "EG IN", None),
    "en/pos_council_of_ministers_approved_signed": ("agreement_ratified", "BG GR", None),
    "en/pos_drills_by_stages": ("exercise", "AZ TR", None),
    "en/pos_manoeuvres_by_phases": ("exercise", "AZ TR", None),
    "en/pos_plan_after_talks": ("plan_signed", "AZ GE", 2027),
    "en/pos_plan_the_ministers_signed_today": ("plan_signed", "AZ GE", None),
    "en/pos_ratified_with_signing_date": ("agreement_ratified", "KG KZ", None),
    "en/pos_servicemen_counted": ("exercise", "KZ UZ", None),
    "en/pos_ship_prefix_passage_exercise": ("exercise", "PK SA", None),
    "en/pos_ship_prefixes_passing_exercise": ("exercise", "FR US", None),
    "hy/pos_agreement_to_be_ratified": ("agreement_signed", "AM IN", None),
    "hy/pos_delegation_visit_discussed": ("talks", "AM GE", None),
    "hy/pos_exercise_by_phases": ("exercise", "AM US", None),
    "hy/pos_government_gave_approval_signed": ("agreement_ratified", "AM FR", None),
    "hy/pos_plan_after_talks": ("plan_signed", "AM FR", 2027),
    "hy/pos_ratified_with_signing_date": ("agreement_ratified", "AM FR", None),
    "hy/pos_working_visit_agenda": ("talks", "AM GE", None),
    "ka/pos_delegation_visit_discussed": ("talks", "AM GE", None),
    "ka/pos_exercise_by_phases": ("exercise", "GE US", None),
    "ka/pos_government_approved_signed": ("agreement_ratified", "AZ GE", None),
    "ka/pos_plan_after_talks": ("plan_signed", "AZ GE", 2027),
    "kk/pos_delegation_visit_discussed": ("talks", "KZ UZ", None),
    "kk/pos_exercise_by_phases": ("exercise", "KZ UZ", None),
    "kk/pos_plan_after_talks": ("plan_signed", "KZ UZ", 2027),
    "kk/pos_working_visit_agenda": ("talks", "KZ UZ", None),
    "ru/pos_agreement_to_be_ratified": ("agreement_signed", "KZ UZ", None),
    "ru/pos_cabinet_approved_signed": ("agreement_ratified", "TJ UZ", None),
    "ru/pos_code_name_began": ("exercise", "RU TJ", None),
    "ru/pos_delegation_in_the_capital": ("talks", "RU TJ", None),
    "ru/pos_exercise_by_stages": ("exercise", "RU TJ", None),
    "ru/pos_law_on_ratification_with_signing_date": ("agreement_ratified", "RU TJ", None),
    "ru/pos_plan_after_talks": ("plan_signed", "AZ GE", 2027),
    "ru/pos_ratified_with_signing_date": ("agreement_ratified", "KZ TR", None),
    "ru/pos_servicemen_counted": ("exercise", "KZ UZ", None),
    "sr/pos_government_adopted_signed": ("agreement_ratified", "HU RS", None),
    "tr/pos_agreement_in_force_after_approval": ("agreement_signed", "KZ TR", None),
    "tr/pos_agreement_in_force_by_gazette": ("agreement_ratified", "AZ TR", None),
    "tr/pos_agreement_in_force_from_signing": ("agreement_signed", "AZ TR", None),
    "tr/pos_agreement_to_be_submitted": ("agreement_signed", "AZ TR", None),
    "tr/pos_approved_with_signing_date": ("agreement_ratified", "KZ TR", None),
    "tr/pos_code_name_began": ("exercise", "PK TR", None),
    "tr/pos_exercise_by_phases": ("exercise", "AZ TR", None),
    "tr/pos_plan_after_talks": ("plan_signed", "AZ TR", 2027),
    "uk/pos_agreement_to_be_ratified": ("agreement_signed", "PL UA", None),
    "uk/pos_delegation_visit_discussed": ("talks", "PL UA", None),
    "uk/pos_exercise_by_phases": ("exercise", "PL UA", None),
    "uk/pos_ratified_with_signing_date": ("agreement_ratified", "PL UA", None),
    "uk/pos_working_visit_agenda": ("talks", "PL UA", None),
    "uz/pos_delegation_visit_discussed": ("talks", "KZ UZ", None),
    "uz/pos_exercise_by_phases": ("exercise", "KZ UZ", None),
    "uz/pos_plan_after_talks": ("plan_signed", "KZ UZ", 2027),
}

test_every_article_has_its_expectation, test_whole_article = whole_article_tests(
    ARTICLES, EXPECTED, check_read_article
)
