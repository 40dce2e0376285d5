"""Whole articles in Turkish and Azerbaijani, every kind and the kind told right (issue 15; session s16, helper c2).

Each file under ``whole_articles_s16_tr_az/<lang>/`` is a short article written for these tests in the styles the
outlets of the region use (a headline, a dateline as the language writes it, a few paragraphs): the Turkish defence
ministry's weekly briefing with its bullet list, Anadolu/TRT-style wire items, the Official Gazette ("Resmi Gazete'de
yayımlandı": a law approving a ratification, a presidential decision), TBMM news ("Genel Kurulunda kabul edildi"),
Azerbaijani defence ministry releases ("görüş keçirilib", "təlimlər başlayıb", "Milli Məclis ... təsdiq edib",
"Prezident ... qanunu imzalayıb") and Azertac/APA/Report-style items; the acts told with participles and converbs
("imzalanan", "imzalayarak", "keçirilən təlim"), the agent with "tarafından"/"tərəfindən", the act in the headline
only, the dates as the languages write them ("08.12.2026", "Dekabrın 9-da"). Read as ``pactwatch classify`` reads a
``.txt`` file; an ``own_*`` article (the ministry writing of itself, "Bakanlığımız", "Nazirliyimiz") with an address
in its outlet's country domain, as a crawl reads it.

A ``neg_`` article reports no bilateral act and must not be flagged: a signing still to come ("imzalanacak"), a draft
("taslak", "layihəsi bəyənilib"), an approval bill submitted or passed by a committee or a first reading, an
authority to sign (and its decision published), trilateral and multinational acts, civil bodies (gendarmerie,
emergency and border services), documents on other fields, anniversaries, statements, a domestic weekly briefing.
A ``pos_``/``own_`` article has the main event given below: (kind, "AA BB", plan year). The kind told right: a
signing whose report first tells the talks before it is the signing; an agreement whose report says it will be
ratified is signed; a ratification told with its signing date (or the signing in the pluperfect) is the ratification;
a year-bound "program" is a plan; a plan whose execution a meeting discussed is talks; joint training a meeting
"reviewed" is the talks' topic.

What failed on main 421727c and was fixed, as principles: an official of one state named with his state and his
ministry's own name ("Türkiye Milli Savunma Bakanı, Pakistanlı mevkidaşıyla görüştü": Türkiye named once, not as
his forces' abroad, detect._mentions_apart); a meeting that "reviewed" joint training (tr/az ``discussion``); a
bill passed in the third reading is the parliament's approval (az ``authority``); a decision published that retells
an authority to sign (detect._retells_an_authorisation); the ministry's own voice ("Bakanlığımız ile ... arasında":
``own_voice``, detect._own_body_between); the year an az plan covers ("Plan 2027-ci ili əhatə edir", "2027-ci ildə
keçiriləcək tədbirlər", as tr reads "2027 yılını kapsıyor"); an attaché's visit to the Alley of Martyrs with the other
side's officials beside him is a courtesy (tr/az ``courtesy``: memorials), no talks; a sea, gulf or strait named after
a state ("Japon Denizi'nde", "Oman körfəzində") is where an exercise is held, the state no party (``place_after``); a
president who signs "the law that approves" the agreement ("onaylayan kanunu", "təsdiq edən qanunu") ratifies it; in
a language that puts the possessor first, a state named right after an official's title begins its object and owns
no title ("Baş Qərargah rəisi Türkiyə Silahlı Qüvvələrinin Baş Qərargah rəisini qarşılayıb" on an Azerbaijani site:
the outlet's own chief, detect._home_pair).
"""

from pathlib import Path

import pytest

from tests.monitor.classify.whole_article_checks import (
    articles,
    check_main_event,
    check_read_article,
    name,
    read_article,
)

ARTICLES = Path(__file__).parent / "whole_articles_s16_tr_az"

# The outlet's address for the ``own_*`` articles, by language: its country domain names the outlet's state.
HOME_DOMAINS = {"tr": "tr", "az": "az"}

# The main event each positive article reports: (kind, "AA BB", plan year).
EXPECTED = {
    "az/own_chief_welcomes_the_other_chief": ("talks", "AZ TR", None),
    "az/own_ministry_voice": ("agreement_signed", "AZ MN", None),
    "az/pos_apa_info": ("plan_signed", "AZ GE", 2027),
    "az/pos_command_staff_exercise": ("exercise", "AZ GE", None),
    "az/pos_converb_signing": ("agreement_signed", "AL AZ", None),
    "az/pos_date_genitive_talks": ("talks", "AZ GE", None),
    "az/pos_document_generic_mod": ("agreement_signed", "AZ TR", None),
    "az/pos_exercise_begun": ("exercise", "AZ TR", None),
    "az/pos_exercise_participle_ended": ("exercise", "AZ TR", None),
    "az/pos_flight_exercise": ("exercise", "AZ TR", None),
    "az/pos_guest_forces_exercise": ("exercise", "AZ KZ", None),
    "az/pos_gulf_named_after_a_state": ("exercise", "IR RU", None),
    "az/pos_ki_clause": ("agreement_signed", "AZ PK", None),
    "az/pos_law_signed_pluperfect_date": ("agreement_ratified", "AZ KZ", None),
    "az/pos_memorandum": ("agreement_signed", "AZ RS", None),
    "az/pos_memorial_then_talks": ("talks", "AZ TR", None),
    "az/pos_milli_mejlis_ratified": ("agreement_ratified", "AZ UZ", None),
    "az/pos_mod_plan": ("plan_signed", "AZ GE", 2027),
    "az/pos_mod_release_list": ("talks", "AZ PK", None),
    "az/pos_naval_exercise_caspian": ("exercise", "AZ KZ", None),
    "az/pos_opening_ceremony": ("exercise", "AZ TR", None),
    "az/pos_page_furniture_talks": ("talks", "AZ TR", None),
    "az/pos_phone_call": ("talks", "AZ IL", None),
    "az/pos_plan_covers_year": ("plan_signed", "AZ TR", 2027),
    "az/pos_plan_execution_discussed_talks": ("talks", "AZ KZ", None),
    "az/pos_plan_headline_only": ("plan_signed", "AZ KG", 2027),
    "az/pos_president_signed_law": ("agreement_ratified", "AZ PK", None),
    "az/pos_president_signs_law_that_approves": ("agreement_ratified", "AZ UZ", None),
    "az/pos_program_year": ("plan_signed", "AZ BY", 2027),
    "az/pos_protocol": ("agreement_signed", "AZ UZ", None),
    "az/pos_ratified_signing_pluperfect": ("agreement_ratified", "AZ TJ", None),
    "az/pos_ratified_with_signing_date": ("agreement_ratified", "AZ IT", None),
    "az/pos_report_style": ("agreement_signed", "AZ TR", None),
    "az/pos_reviewed_at_a_meeting": ("talks", "AZ PK", None),
    "az/pos_sea_named_after_a_state": ("exercise", "CN RU", None),
    "az/pos_signed_will_be_ratified": ("agreement_signed", "AZ ME", None),
    "az/pos_talks_meeting": ("talks", "AZ KZ", None),
    "az/pos_talks_then_memorandum_in_list": ("agreement_signed", "AZ SA", None),
    "az/pos_talks_then_signed": ("agreement_signed", "AZ KZ", None),
    "az/pos_third_reading_ratified": ("agreement_ratified", "AZ HU", None),
    "az/pos_visit_signed_documents_day": ("plan_signed", "AZ UZ", 2027),
    "az/pos_working_group": ("talks", "AZ KZ", None),
    "tr/own_chief_receives_the_other_chief": ("talks", "KZ TR", None),
    "tr/own_msb_ministry_voice": ("agreement_signed", "MN TR", None),
    "tr/own_msb_weekly_signing_and_list": ("agreement_signed", "RW TR", None),
    "tr/own_msb_weekly_talks": ("talks", "KW TR", None),
    "tr/pos_action_plan_years": ("plan_signed", "IQ TR", 2027),
    "tr/pos_agent_genitive": ("agreement_signed", "BA TR", None),
    "tr/pos_caps_headline": ("plan_signed", "TR UZ", 2027),
    "tr/pos_converb_signing": ("agreement_signed", "MK TR", None),
    "tr/pos_curly_apostrophes": ("talks", "AZ TR", None),
    "tr/pos_delegation_visit": ("talks", "AZ TR", None),
    "tr/pos_demonym_counterpart": ("talks", "GE TR", None),
    "tr/pos_dotted_date_talks": ("talks", "PK TR", None),
    "tr/pos_erdogan_approved_headline": ("agreement_ratified", "ID TR", None),
    "tr/pos_exercise_begun": ("exercise", "AZ TR", None),
    "tr/pos_exercise_named_completed": ("exercise", "PK TR", None),
    "tr/pos_exercise_observer_day": ("exercise", "AZ TR", None),
    "tr/pos_exercise_participle_ended": ("exercise", "AZ TR", None),
    "tr/pos_faaliyet_plani": ("plan_signed", "KZ TR", 2027),
    "tr/pos_gazette_decision": ("agreement_ratified", "AL TR", None),
    "tr/pos_gazette_decision_göre": ("agreement_ratified", "DZ TR", None),
    "tr/pos_gazette_law": ("agreement_ratified", "HU TR", None),
    "tr/pos_gulf_named_after_a_state": ("exercise", "IR RU", None),
    "tr/pos_headline_signing_body_talks_generic": ("agreement_signed", "GE TR", None),
    "tr/pos_high_level_dialogue": ("talks", "AZ TR", None),
    "tr/pos_long_quotes_then_signing": ("agreement_signed", "PK TR", None),
    "tr/pos_memorial_then_talks": ("talks", "AZ TR", None),
    "tr/pos_msb_weekly_exercise": ("exercise", "PK TR", None),
    "tr/pos_msb_weekly_plan": ("plan_signed", "TR UZ", 2027),
    "tr/pos_mutabakat_zapti": ("agreement_signed", "KG TR", None),
    "tr/pos_naval_bilateral_training": ("exercise", "PK TR", None),
    "tr/pos_nominal_headline_visit": ("talks", "HU TR", None),
    "tr/pos_package_of_agreements": ("agreement_ratified", "KG TR", None),
    "tr/pos_package_with_defence_mou": ("agreement_signed", "IQ TR", None),
    "tr/pos_page_furniture_talks": ("talks", "AZ TR", None),
    "tr/pos_phone_call_noun": ("talks", "IQ TR", None),
    "tr/pos_plan_as_plan_bilateral": ("plan_signed", "AZ TR", 2027),
    "tr/pos_plan_headline_only": ("plan_signed", "TJ TR", 2027),
    "tr/pos_president_signs_law_that_approves": ("agreement_ratified", "TR UZ", None),
    "tr/pos_program_year": ("plan_signed", "GE TR", 2027),
    "tr/pos_protokol_genelkurmay": ("agreement_signed", "GE TR", None),
    "tr/pos_purpose_clause_talks": ("talks", "PK TR", None),
    "tr/pos_quote_led_signing": ("agreement_signed", "AZ TR", None),
    "tr/pos_ratification_signed_pluperfect": ("agreement_ratified", "KZ TR", None),
    "tr/pos_reported_speech_signing": ("agreement_signed", "IQ TR", None),
    "tr/pos_sea_named_after_a_state": ("exercise", "CN RU", None),
    "tr/pos_signatures_put": ("agreement_signed", "QA TR", None),
    "tr/pos_signed_to_be_ratified": ("agreement_signed", "ID TR", None),
    "tr/pos_talks_kazakhstan": ("talks", "KZ TR", None),
    "tr/pos_talks_phone": ("talks", "AZ TR", None),
    "tr/pos_talks_then_signed": ("agreement_signed", "PK TR", None),
    "tr/pos_tbmm_adopted": ("agreement_ratified", "SO TR", None),
    "tr/pos_tbmm_with_signing_date": ("agreement_ratified", "TR UZ", None),
    "tr/pos_visit_with_protocol_at_the_end": ("agreement_signed", "MN TR", None),
    "tr/pos_weekly_many_items": ("plan_signed", "TR UZ", 2027),
}

# Known gaps, kept visible rather than expected wrong: a plan signed in the headline only, its year given by the body
# as the year of the activities it sets ("2027 yılında yürütülecek ... faaliyetleri belirlendi", "2027-ci ildə həyata
# keçiriləcək birgə tədbirlər"), not as the plan's: the kind and the pair are read, the year is not.
YEAR_GAPS = {"az/pos_plan_headline_only", "tr/pos_plan_headline_only"}

FILES = articles(ARTICLES)


def test_every_positive_article_has_its_expectation():
    assert {name(path) for path in FILES if not path.stem.startswith("neg_")} == set(EXPECTED)
    assert all(path.stem.startswith(("pos_", "own_", "neg_")) for path in FILES)


def test_each_language_has_thirty_articles_or_more():
    assert all(len([path for path in FILES if path.parent.name == lang]) >= 30 for lang in HOME_DOMAINS)


@pytest.mark.parametrize("path", FILES, ids=[name(path) for path in FILES])
def test_whole_article(path):
    if name(path) in YEAR_GAPS:
        detection = read_article(path, HOME_DOMAINS)
        kind, parties, plan_year = EXPECTED[name(path)]
        read = detection.events[0].plan_year if detection.events else None
        check_main_event(path, detection, kind, parties, read)
        if read != plan_year:
            pytest.xfail("known gap: a plan's year told only as the year of the activities it sets")
    check_read_article(path, EXPECTED, HOME_DOMAINS)
