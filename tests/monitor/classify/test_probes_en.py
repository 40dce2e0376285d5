"""English probes: short reports written for these tests the way ministries and news wires write them.

Each probe states what a reader must get from it; none is taken from the labelled corpus, so a
classifier that only memorised the corpus fails them.
"""

from datetime import date
from functools import partial

import pytest

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="en")
not_flagged = partial(conftest.assert_not_flagged, lang="en")


def test_ministry_report_of_a_plan_signed_after_talks():
    assert flagged_main(
        "Defence ministers of Georgia and Moldova sign cooperation plan",
        "On 14 November the Minister of Defence of Georgia received his Moldovan counterpart in Tbilisi.\n"
        "The sides went over joint training, military medicine and officer education.\n"
        "At the close of the meeting the ministers put their signatures to the bilateral military "
        "cooperation plan for 2026.") == ("plan_signed", ("GE", "MD"), 2026, "2025-11-14")


def test_wire_report_in_the_passive_voice_with_a_date_line():
    assert flagged_main(
        "Kyrgyzstan, Uzbekistan ink defence plan",
        "TASHKENT, Dec. 3 (Wire) - A plan of military cooperation between the defence ministries of "
        "Kyrgyzstan and Uzbekistan for 2026 was signed here on Wednesday, the Uzbek ministry said.",
        published=date(2025, 12, 3)) == ("plan_signed", ("KG", "UZ"), 2026, "2025-12-03")


def test_capitals_and_the_other_side_stand_for_the_states():
    assert flagged_main(
        "Baku and Tbilisi agree on next year's military contacts",
        "Baku and Tbilisi have signed a plan of bilateral military cooperation for 2026. The Georgian "
        "side was represented by its deputy defence minister, the Azerbaijani side by the chief of the "
        "General Staff.") == ("plan_signed", ("AZ", "GE"), 2026, None)


def test_memorandum_between_defence_universities():
    kind, parties, _, _ = flagged_main(
        "Academies sign memorandum",
        "The National Defence University of Pakistan and the War College of Turkey signed a memorandum "
        "of understanding on exchanges of cadets and instructors.")
    assert (kind, parties) == ("agreement_signed", ("PK", "TR"))


def test_roadmap_and_protocol_are_agreements():
    assert flagged_main("Roadmap", "Serbia and Hungary concluded a roadmap on defence cooperation in Belgrade "
                                   "on 9 April.", published=date(2025, 4, 10))[:2] == ("agreement_signed", ("HU", "RS"))
    assert flagged_main("Protocol", "A protocol on military-technical cooperation was signed by the defence "
                                    "ministers of Belarus and Vietnam.")[:2] == ("agreement_signed", ("BY", "VN"))


def test_multi_year_programme_is_a_plan_with_its_first_year():
    # SCHEMA.md (settled 2026-12-06): a programme bound to a span of years is a plan under another name.
    assert flagged_main(
        "Programme signed",
        "The defence ministries of Armenia and India signed a programme of military cooperation for "
        "2026-2028.")[:3] == ("plan_signed", ("AM", "IN"), 2026)


def test_parliament_ratifies():
    assert flagged_main(
        "Lawmakers back defence pact",
        "Georgia's parliament on Thursday ratified the agreement on defence cooperation with Lithuania.",
        published=date(2025, 5, 15)) == ("agreement_ratified", ("GE", "LT"), None, "2025-05-15")


def test_president_signs_the_ratification_law():
    kind, parties, _, _ = flagged_main(
        "Decree", "President of Kazakhstan signed the law on ratification of the agreement between "
                  "Kazakhstan and Turkey on military cooperation.")
    assert (kind, parties) == ("agreement_ratified", ("KZ", "TR"))


def test_working_group_meeting_is_talks():
    kind, parties, _, _ = flagged_main(
        "Working group meets",
        "A working group on military cooperation between Azerbaijan and Uzbekistan held its third "
        "meeting in Tashkent. Officers of the two defence ministries discussed training and logistics.")
    assert (kind, parties) == ("talks", ("AZ", "UZ"))


def test_defence_minister_receiving_an_ambassador_is_talks():
    kind, parties, _, _ = flagged_main(
        "Minister receives ambassador",
        "The Minister of Defence of Azerbaijan received the newly appointed Ambassador of Japan. They "
        "discussed prospects of defence cooperation between the two countries.")
    assert (kind, parties) == ("talks", ("AZ", "JP"))


def test_named_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Exercise starts",
        "The joint tactical exercise 'Steppe Shield-2025' of the armed forces of Kazakhstan and "
        "Kyrgyzstan started at a range near Bishkek.")
    assert (kind, parties) == ("exercise", ("KG", "KZ"))


def test_bilateral_plan_on_the_sidelines_of_a_cis_council_is_flagged():
    assert flagged_main(
        "Plan signed",
        "On the sidelines of the CIS Council of Defence Ministers in Minsk, the defence ministers of "
        "Belarus and Tajikistan signed a plan of bilateral military cooperation for 2026.")[:3] == \
        ("plan_signed", ("BY", "TJ"), 2026)


@pytest.mark.parametrize("title,text", [
    ("Border plan", "The border services of Kazakhstan and Kyrgyzstan signed a plan of cooperation for 2026 "
                    "on the protection of the common border."),
    ("Police ties", "The interior ministers of Georgia and Armenia signed a memorandum on police cooperation "
                    "and the fight against organised crime."),
    ("Rescuers", "The emergency ministries of Azerbaijan and Turkey signed a joint plan for disaster "
                 "response exercises for 2026."),
    ("Trade deal", "Azerbaijan and Kazakhstan signed an agreement on trade and investment and a memorandum "
                   "on energy cooperation."),
    ("CIS council", "The CIS Council of Defence Ministers met in Moscow and approved a plan of joint "
                    "activities of the member states for 2026."),
    ("CSTO drill", "Troops of the CSTO member states began the joint exercise 'Interaction-2025' in "
                   "Belarus."),
    ("Trilateral", "The defence ministers of Azerbaijan, Georgia and Turkey held a trilateral meeting in "
                   "Tbilisi and signed a memorandum."),
    ("Plan next month", "Armenia and Greece will sign a plan of military cooperation for 2026 next month, "
                        "the defence ministry said."),
    ("Drones bought", "Azerbaijan has bought a batch of combat drones from Turkey, the defence ministry "
                      "said. The drones will be delivered this year."),
    ("NATO plan", "Georgia and NATO approved the annual national programme of defence reforms."),
    ('Contract',
     'The Ministry of Defence of Uzbekistan signed a contract with the Turkish company Baykar for the '
     'supply of drones.'),
    ('Naval drills',
     'Russia and China held joint naval drills with Iran in the Gulf of Oman.'),
    ('SCO',
     'Defence ministers of the SCO member states met in Qingdao and adopted a joint communique.'),
    ('Expected',
     "Azerbaijan and Pakistan are expected to sign a defence agreement during the president's visit "
     'next week.'),
    ('Sanctions',
     'The European Union imposed sanctions on Belarusian defence companies supplying Russia.'),
    ('Buy',
     'Vietnam will buy 12 trainer jets from South Korea under a contract worth $300 million.'),
    ('Deal',
     'Poland and South Korea signed a $6 billion contract for the supply of K2 tanks and howitzers.'),
    ('Coast guard',
     'The coast guards of Japan and the Philippines held a joint exercise in Manila Bay.'),
    ('Intel',
     'The intelligence services of Georgia and Ukraine signed a cooperation memorandum.'),
    # SCHEMA.md, settled 2026-12-06: a government approving a draft authorises the signing, which is
    # still to come.
    ('Cabinet approves',
     "Romania's government approved the draft agreement with Bulgaria on defence cooperation."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


def test_background_signing_leaves_only_the_talks():
    kind, parties, _, event_date = flagged_main(
        "Ministers meet",
        "The defence ministers of Azerbaijan and Serbia met in Baku on 20 May. They noted that the "
        "agreement on defence cooperation signed in 2018 had opened many new directions.",
        published=date(2025, 5, 20))
    assert (kind, parties, event_date) == ("talks", ("AZ", "RS"), "2025-05-20")


def test_trailing_latest_news_list_creates_no_event():
    not_flagged(
        "Weather warning for the weekend",
        "Strong wind and snow are expected in the mountain districts on Saturday and Sunday, the "
        "weather service said.\n"
        "Latest news\n"
        "Azerbaijan and Georgia sign military cooperation plan for 2026\n"
        "Kazakh and Kyrgyz troops start joint exercise\n"
        "Parliament ratifies defence agreement with Serbia")


@pytest.mark.parametrize("title,text,kind,parties", [
    ('Defence chiefs seal logistics memorandum',
     'The defence chiefs of India and Vietnam sealed a memorandum on mutual logistics support in '
     'Hanoi.',
     'agreement_signed', ('IN', 'VN')),
    ('Plan endorsed',
     'A bilateral military cooperation plan for 2026 was endorsed by the defence ministers of '
     'Uzbekistan and Turkmenistan.',
     'plan_signed', ('TM', 'UZ')),
    ('Parliament adopts',
     "Romania's parliament adopted the draft law on ratification of the agreement with Bulgaria on "
     "defence cooperation.",
     'agreement_ratified', ('BG', 'RO')),
    # (SCHEMA.md, 2026-12-06: approving a *draft* precedes the signing; approving the signed text is
    # the ratification.)
    ('Cabinet approves',
     "Romania's government approved the agreement with Bulgaria on defence cooperation signed in May.",
     'agreement_ratified', ('BG', 'RO')),
    ('Navies drill',
     'Chinese and Pakistani navies kicked off the joint drill Sea Guardian-3 in the Arabian Sea.',
     'exercise', ('CN', 'PK')),
    ('Visit',
     "Armenia's defence minister paid an official visit to India, where he held talks with his Indian "
     'counterpart on defence industry cooperation.',
     'talks', ('AM', 'IN')),
    ('Protocol',
     'The defence ministers of Belarus and Mongolia met in Minsk on 3 June. The two sides signed a '
     'protocol on military education.',
     'agreement_signed', ('BY', 'MN')),
    ('Azerbaijan, Kazakhstan sign military cooperation plan for 2026',
     'Tags: Azerbaijan, Kazakhstan, defence',
     'plan_signed', ('AZ', 'KZ')),
    ('Georgian, Armenian ministers sign plan',
     'The Georgian and Armenian defence ministers signed a plan of bilateral military cooperation for '
     '2026 in Yerevan.',
     'plan_signed', ('AM', 'GE')),
    ('Training',
     'Special forces of Uzbekistan and the United States completed a two-week joint training in '
     'Chirchiq.',
     'exercise', ('US', 'UZ')),
    ('Moscow and Minsk',
     'Moscow and Minsk signed a plan of military cooperation for 2026.',
     'plan_signed', ('BY', 'RU')),
    ('Kazakh side',
     "Azerbaijan's defence minister received a Kazakh military delegation. The sides discussed "
     'military education.',
     'talks', ('AZ', 'KZ')),
    ('Drills end',
     'Russian-Tajik joint drills have ended in Tajikistan.',
     'exercise', ('RU', 'TJ')),
    ('Ratified',
     'The Uzbek Senate approved the agreement with Russia on military-technical cooperation.',
     'agreement_ratified', ('RU', 'UZ')),
    ('Ratified 2',
     "Kyrgyzstan's lawmakers ratified a military cooperation agreement with Turkey on Wednesday.",
     'agreement_ratified', ('KG', 'TR')),
    ('Sidelines',
     'On the sidelines of the NATO summit, the defence ministers of Poland and Lithuania signed a '
     'memorandum on joint air defence.',
     'agreement_signed', ('LT', 'PL')),
    ('Talks in Ankara',
     'The chief of the General Staff of Azerbaijan held talks in Ankara with the Turkish Chief of '
     'General Staff.',
     'talks', ('AZ', 'TR')),
])
def test_more_reports_of_each_kind(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


def test_a_batch_of_drones_received_is_a_delivery_not_talks():
    not_flagged(
        "Uzbekistan buys a batch of Turkish combat drones",
        "Uzbekistan's armed forces have received the first batch of unmanned aerial vehicles purchased "
        "from Turkey, the Ministry of Defence said.")


def test_a_minister_who_received_an_ambassador_still_holds_talks():
    kind, parties, _, _ = flagged_main(
        "Minister meets ambassador",
        "Georgia's Minister of Defence received the Ambassador of Türkiye. The sides discussed defence "
        "cooperation between the two countries.")
    assert (kind, parties) == ("talks", ("GE", "TR"))


def test_border_troops_signing_a_plan_are_not_defence():
    not_flagged("Border troops sign plan",
                "Border troops of Kazakhstan and Kyrgyzstan signed a cooperation plan for 2025.")


def test_signed_the_year_plan_is_a_finite_verb_with_its_object():
    kind, parties, year, _ = flagged_main(
        "Plan", "Georgia's Defence Minister and his Azerbaijani counterpart signed the 2025 bilateral "
                "cooperation plan in Tbilisi.")
    assert (kind, parties, year) == ("plan_signed", ("AZ", "GE"), 2025)


@pytest.mark.parametrize("text,parties", [
    ("Turkish and Azerbaijani special forces conduct joint drills in Nakhchivan, the Turkish Defence "
     "Ministry said.", ("AZ", "TR")),
    ("Kazakh and Kyrgyz troops hold joint exercise near Bishkek.", ("KG", "KZ")),
    ("Uzbekistan and Tajikistan stage joint military exercise in Surkhandarya region.", ("TJ", "UZ")),
])
def test_exercise_reported_in_the_headline_present_tense(text, parties):
    assert flagged_main("Drills", text)[:2] == ("exercise", parties)


def test_exercise_to_hold_is_announced_not_done():
    not_flagged("Drills", "Kazakhstan and Uzbekistan to hold joint military exercise in October, the "
                          "Kazakh Defence Ministry said.")


def test_contract_with_an_arms_maker_is_not_between_states():
    not_flagged("Contract", "The Ministry of Defence of Indonesia signed a contract with Turkish "
                            "Aerospace for 48 fighter jets.")


def test_defence_minister_meeting_an_eu_official_is_not_bilateral():
    # "EU" is two letters like a state code, but a bloc.
    not_flagged(
        "Minister of Defence meets EU Special Representative",
        "On 4 June, the Minister of Defence of Georgia met with the EU Special Representative for the "
        "South Caucasus. The sides discussed defence cooperation between Georgia and the EU.")


def test_roadmap_for_a_span_of_years_takes_its_first_year():
    kind, parties, year, _ = flagged_main(
        "Roadmap signed",
        "The defence ministries of Azerbaijan and Pakistan signed a roadmap of military-technical "
        "cooperation for 2025-2027.")
    assert (kind, parties, year) == ("agreement_signed", ("AZ", "PK"), 2025)


def test_telephone_conversation_of_defence_ministers_is_talks():
    kind, parties, _, _ = flagged_main(
        "Defence ministers hold phone conversation",
        "Kazakh Defence Minister had a telephone conversation with his Uzbek counterpart. "
        "The ministers agreed to continue joint work on the training of troops.")
    assert (kind, parties) == ("talks", ("KZ", "UZ"))


def test_historical_signing_in_a_domestic_story_is_not_flagged():
    not_flagged(
        "Azerbaijan celebrates Armed Forces Day",
        "Azerbaijan today celebrates the anniversary of its Armed Forces. Defence Minister Zakir Hasanov "
        "awarded a group of servicemen. In 2021, Azerbaijan and Turkiye signed the Shusha Declaration, "
        "which includes provisions on mutual military assistance.", published=date(2024, 6, 26))


def test_ministers_who_spoke_by_telephone_held_talks():
    kind, parties, _, _ = flagged_main(
        "Defence chiefs on the line",
        "Moldova's defence minister spoke by telephone with his Romanian counterpart about military "
        "cooperation.")
    assert (kind, parties) == ("talks", ("MD", "RO"))


# Issue 15's audit of English verb forms: each of these was read wrongly before it.

@pytest.mark.parametrize("title,text,kind,parties", [
    # a headline's base form of the verbs that open an exercise
    ("Kazakh and Uzbek troops begin joint exercise today", "", "exercise", ("KZ", "UZ")),
    ("Indian and US armies kick off joint military exercise in Rajasthan", "", "exercise", ("IN", "US")),
    ("Azerbaijan, Turkey start joint drills", "Special forces of the two countries are in Nakhchivan.",
     "exercise", ("AZ", "TR")),
    ("Drills", "Georgian and American troops wrap up joint exercise in Vaziani.", "exercise", ("GE", "US")),
    # a decree approving a signed agreement is its ratification, though the president "signed" it
    ("Decree", "The president of Armenia signed a decree approving the agreement on defence cooperation "
               "with India.", "agreement_ratified", ("AM", "IN")),
])
def test_english_verb_forms_of_an_act(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


@pytest.mark.parametrize("text", [
    # a document made ready for signing is not yet signed
    "Azerbaijan and Kazakhstan are preparing a defence cooperation agreement for signing.",
    # what a statement recalls came before its news
    "The ministry recalled that Azerbaijan and Turkey signed a military cooperation agreement in 2021. "
    "Turkey held elections today.",
    # an obligation is not an act
    "Azerbaijan and Pakistan must sign a defence cooperation agreement, the analyst said.",
])
def test_english_acts_not_done(text):
    not_flagged("Defence", text)


@pytest.mark.parametrize("text,parties", [
    ("The Hellenic Navy and the Egyptian Navy conducted a joint exercise in the Mediterranean.", ("EG", "GR")),
    ("Kosovar and Albanian troops held a joint exercise near Prizren.", ("AL", "XK")),
    ("Slovene and Croatian soldiers held joint drills.", ("HR", "SI")),
])
def test_english_names_cldr_lacks(text, parties):
    assert flagged_main("Drills", text)[:2] == ("exercise", parties)


@pytest.mark.parametrize("title,text,kind,parties", [
    ("Memoranda", "Two memoranda on military cooperation between Azerbaijan and Uzbekistan were signed in Tashkent.",
     "agreement_signed", ("AZ", "UZ")),
    ("Pen", "Greece and Israel put pen to paper on a defence cooperation agreement.", "agreement_signed", ("GR", "IL")),
    ("Renewed", "India and the US renewed their defence framework agreement for ten years.",
     "agreement_signed", ("IN", "US")),
    ("Roadmap", "The defence ministries of France and India formalised a roadmap on defence industrial cooperation.",
     "agreement_signed", ("FR", "IN")),
    ("Greek parliament okays defence cooperation agreement with Israel", "", "agreement_ratified", ("GR", "IL")),
    ("Call", "Pakistan's Chief of Army Staff paid a courtesy call on the Turkish Defence Minister in Ankara.",
     "talks", ("PK", "TR")),
    ("Ties", "The Indian Defence Secretary interacted with US defence officials in Washington on bilateral "
             "defence ties.", "talks", ("IN", "US")),
    ("Review", "The defence ministers of India and Vietnam reviewed bilateral defence cooperation in Hanoi.",
     "talks", ("IN", "VN")),
])
def test_english_words_of_signing_approving_and_meeting(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


def test_an_authority_is_the_subject_of_its_approval():
    # "approved" with its object far after it is still the parliament's finite verb, and mutual
    # security between two states is a defence matter
    assert flagged_main(
        "Third", "The Azerbaijani parliament approved in the third reading the memorandum of understanding on "
                 "mutual security with Turkey.")[:2] == ("agreement_ratified", ("AZ", "TR"))
