"""The main kind told right, and thin shapes read, in hy, ru, uk, ka, kk and uz (Latin and Cyrillic) (issue 15;
session s16, helper c4). Short complete articles written for these tests (a headline, a dateline, one to three
paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file, negatives beside; the sentence probes of the same
principles are in ``test_probes_s16_kinds.py``. By principle:

- a visit that tells its talks *and* a plan signed at their end is the plan's signing (SCHEMA.md: talks are talks
  only when nothing is signed in the story), as is a plan "signed in the course of the talks" told in the passive
  («в ходе переговоров подписан план», "բանակցությունների ընթացքում ստորագրվեց", "ხელი მოეწერა", "қол қойылды",
  "imzolandi");
- an agreement signed that "will be sent for ratification" or "comes into force after ratification" is a signing;
- a ratification whose article also tells the day the agreement was signed is the ratification;
- an exercise told by the actions its troops practised together or by their joint live firing, a Russian unit by
  its military district (ЮВО); not shooting across a border;
- an exercise told by its troops' own verb in the active ("оқу-жаттығуды бастады", "mashg'ulotni boshladi",
  "წვრთნას ატარებენ"), in Western Armenian's classical spelling too; not its preparation begun;
- an exercise whose report also tells the commanders' working meeting is the exercise;
- a protocol signed to amend an agreement ratified before (ru, uk: the participle names the frame's past) is a
  signing; a parliament that ratifies a protocol to an agreement ratifies it;
- a plan told by its number of events ("план включает более 50 мероприятий") is a plan, an agreement told by its
  terms an agreement;
- talks told as a working meeting with a ministry's delegation, "questions discussed";
- a head of state receiving a foreign defence minister to discuss military cooperation is talks (SCHEMA.md names
  defence officials; train's labels take a head of government meeting a chief of staff as talks), not the head of
  state receiving a foreign minister or an economy minister on trade.
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import check_read_article, whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_s16_kinds"

# The main event of each positive article: (kind, "AA BB", plan year).
EXPECTED = {
    "hy/pos_agreement_sent_for_ratification": ("agreement_signed", "AM IN", None),
    "hy/pos_classical_exercise_by_its_troops": ("exercise", "AM US", None),
    "hy/pos_classical_plan_after_talks": ("plan_signed", "AM GR", 2027),
    "hy/pos_exercise_with_commanders_talks": ("exercise", "AM US", None),
    "hy/pos_plan_in_the_course_of_talks": ("plan_signed", "AM CY", 2027),
    "hy/pos_plan_told_by_its_events": ("plan_signed", "AM GR", 2027),
    "hy/pos_president_received_defence_minister": ("talks", "AM GR", None),
    "hy/pos_ratified_told_with_signing_day": ("agreement_ratified", "AM CY", None),
    "hy/pos_visit_talks_then_plan": ("plan_signed", "AM GR", 2027),
    "hy/pos_working_meeting_questions_discussed": ("talks", "AM GE", None),
    "ka/pos_agreement_sent_for_ratification": ("agreement_signed", "AZ GE", None),
    "ka/pos_exercise_with_commanders_talks": ("exercise", "GE US", None),
    "ka/pos_plan_in_the_course_of_talks": ("plan_signed", "AZ GE", 2027),
    "ka/pos_plan_told_by_its_events": ("plan_signed", "GE LT", 2027),
    "ka/pos_president_received_defence_minister": ("talks", "GE LT", None),
    "ka/pos_ratified_told_with_signing_day": ("agreement_ratified", "GE LT", None),
    "ka/pos_visit_talks_then_plan": ("plan_signed", "GE LT", 2027),
    "ka/pos_working_meeting_questions_discussed": ("talks", "AM GE", None),
    "kk/pos_agreement_sent_for_ratification": ("agreement_signed", "KZ UZ", None),
    "kk/pos_exercise_told_by_firing_and_actions": ("exercise", "KG KZ", None),
    "kk/pos_exercise_with_commanders_talks": ("exercise", "KG KZ", None),
    "kk/pos_plan_in_the_course_of_talks": ("plan_signed", "KZ TR", 2027),
    "kk/pos_plan_told_by_its_events": ("plan_signed", "KZ TR", 2027),
    "kk/pos_president_received_defence_minister": ("talks", "KZ TR", None),
    "kk/pos_visit_talks_then_plan": ("plan_signed", "KG KZ", 2027),
    "kk/pos_working_meeting_questions_discussed": ("talks", "KZ UZ", None),
    "ru/pos_agreement_sent_for_ratification": ("agreement_signed", "TJ UZ", None),
    "ru/pos_agreement_told_by_its_terms": ("agreement_signed", "KZ TR", None),
    "ru/pos_duma_ratified_protocol_to_an_agreement": ("agreement_ratified", "LA RU", None),
    "ru/pos_exercise_told_by_firing_and_actions": ("exercise", "RU TJ", None),
    "ru/pos_exercise_with_commanders_talks": ("exercise", "KG KZ", None),
    "ru/pos_plan_in_the_course_of_talks": ("plan_signed", "LA RU", 2027),
    "ru/pos_plan_told_by_its_events": ("plan_signed", "LA RU", 2027),
    "ru/pos_protocol_amending_a_ratified_agreement": ("agreement_signed", "LA RU", None),
    "ru/pos_president_received_defence_minister": ("talks", "KZ TR", None),
    "ru/pos_ratified_told_with_signing_day": ("agreement_ratified", "KG KZ", None),
    "ru/pos_visit_talks_then_plan": ("plan_signed", "KG KZ", 2027),
    "ru/pos_working_meeting_questions_discussed": ("talks", "TJ UZ", None),
    "uk/pos_agreement_sent_for_ratification": ("agreement_signed", "CZ UA", None),
    "uk/pos_exercise_told_by_firing_and_actions": ("exercise", "PL UA", None),
    "uk/pos_exercise_with_commanders_talks": ("exercise", "PL UA", None),
    "uk/pos_plan_in_the_course_of_talks": ("plan_signed", "PL UA", 2027),
    "uk/pos_plan_told_by_its_events": ("plan_signed", "LT UA", 2027),
    "uk/pos_president_received_defence_minister": ("talks", "LT UA", None),
    "uk/pos_visit_talks_then_plan": ("plan_signed", "LT UA", 2027),
    "uk/pos_working_meeting_questions_discussed": ("talks", "PL UA", None),
    "uz/pos_agreement_sent_for_ratification": ("agreement_signed", "TJ UZ", None),
    "uz/pos_cyr_exercise_with_commanders_talks": ("exercise", "TJ UZ", None),
    "uz/pos_cyr_plan_in_the_course_of_talks": ("plan_signed", "TR UZ", 2027),
    "uz/pos_cyr_plan_told_by_its_events": ("plan_signed", "TR UZ", 2027),
    "uz/pos_cyr_president_received_defence_minister": ("talks", "TR UZ", None),
    "uz/pos_cyr_visit_talks_then_plan": ("plan_signed", "KZ UZ", 2027),
    "uz/pos_exercise_with_commanders_talks": ("exercise", "KZ UZ", None),
    "uz/pos_plan_in_the_course_of_talks": ("plan_signed", "TR UZ", 2027),
    "uz/pos_plan_told_by_its_events": ("plan_signed", "TR UZ", 2027),
    "uz/pos_president_received_defence_minister": ("talks", "TR UZ", None),
    "uz/pos_visit_talks_then_plan": ("plan_signed", "KZ UZ", 2027),
    "uz/pos_working_meeting_questions_discussed": ("talks", "TJ UZ", None),
}

test_every_article_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED, check_read_article)
