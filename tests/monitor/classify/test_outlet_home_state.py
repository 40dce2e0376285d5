"""The outlet's own state, from its address's country domain (issue 15: a host names only its guest,
and the press names its own defence institutions without their state). Sentences written for these
tests."""

import pytest

from monitor.classify import Article, classify
from monitor.classify.home import home_state


@pytest.mark.parametrize("url, state", [
    ("https://apa.az/en/news/1", "AZ"),
    ("https://news.am/eng/news/2.html", "AM"),
    ("https://www.aa.com.tr/en/3", "TR"),
    ("https://www.example.co.uk/4", "GB"),
    ("http://user@mod.gov.ge:8080/5", "GE"),
    ("https://channel.tv/6", None),
    ("https://outlet.com/7", None),
    ("corpus:a001", None),
    (None, None),
])
def test_the_country_domain_names_the_outlets_state(url, state):
    assert home_state(url) == state


def flagged(url, title, text):
    detection = classify(Article(title=title, text=text, url=url))
    return (detection.events[0].kind, detection.events[0].parties) if detection.flagged else None


HOST_AND_GUEST = [
    ("https://apa.az/en/1", "Meeting", "Defence Minister Colonel General Zakir Hasanov met with the delegation led by "
     "the Commander of the Pakistan Navy.", ("talks", ("AZ", "PK"))),
    ("https://news.am/eng/2", "Talks", "The Minister of Defence received the Ambassador of India to discuss military "
     "cooperation.", ("talks", ("AM", "IN"))),
    ("https://mod.gov.ge/3", "MoU", "The Ministry of Defence signed a memorandum on military education with Poland.",
     ("agreement_signed", ("GE", "PL"))),
    # two states named: they are the pair, whatever the outlet's state
    ("https://apa.az/en/6", "Talks", "The Minister of Defence of Pakistan received the Ambassador of Turkey.",
     ("talks", ("PK", "TR"))),
    ("https://www.interfax.kz/4", "Встреча", "Министр обороны встретился с послом Индии и обсудил военное "
     "сотрудничество.", ("talks", ("IN", "KZ"))),
]


@pytest.mark.parametrize("url, title, text, expected", HOST_AND_GUEST, ids=[case[0] for case in HOST_AND_GUEST])
def test_a_host_naming_only_its_guest_pairs_it_with_the_outlets_state(url, title, text, expected):
    assert flagged(url, title, text) == expected


OTHER_STATES_OWN = [
    # the one state named owns the defence actor: nothing of the outlet's state is told
    ("https://apa.az/en/5", "Meeting", "Russia's defence minister held a meeting in Moscow on military reform."),
    # no country domain: the pair cannot be told
    ("https://outlet.com/7", "Talks", "The Minister of Defence received the Ambassador of India to discuss military "
     "cooperation."),
    # the outlet's state is the one named
    ("https://apa.az/en/8", "Talks", "Azerbaijan's defence minister held a meeting with army commanders."),
]


@pytest.mark.parametrize("url, title, text", OTHER_STATES_OWN, ids=[case[0] for case in OTHER_STATES_OWN])
def test_no_pair_with_the_outlets_state_when_the_named_state_owns_the_actor(url, title, text):
    assert flagged(url, title, text) is None


EXERCISE_WITH_A_PARTNER = [
    ("https://apa.az/en/9", "Drills", "Joint exercises with Turkish troops began in Nakhchivan on Monday.",
     ("exercise", ("AZ", "TR"))),
    ("https://sputnik.by/10", "Учения", "Начались совместные учения с военными Китая под Брестом.",
     ("exercise", ("BY", "CN"))),
    # the one state named holds the exercise itself: its partner is not told
    ("https://apa.az/en/11", "Drills", "Pakistan held joint naval drills in the Arabian Sea.", None),
    ("https://example.com/12", "Drills", "Joint exercises with Turkish troops began in Nakhchivan on Monday.", None),
]


@pytest.mark.parametrize("url, title, text, expected", EXERCISE_WITH_A_PARTNER,
                         ids=[case[0] for case in EXERCISE_WITH_A_PARTNER])
def test_a_joint_exercise_with_the_one_state_named_is_held_with_the_outlets_state(url, title, text, expected):
    assert flagged(url, title, text) == expected


def test_a_parliament_named_without_its_state_ratifies_for_the_outlets_state():
    text = "The National Assembly ratified the agreement on defence cooperation with India."
    assert flagged("https://news.am/eng/13", "Parliament", text) == ("agreement_ratified", ("AM", "IN"))
    assert flagged("https://outlet.com/14", "Parliament", text) is None


def test_a_language_that_puts_with_after_the_partner_names_it_as_the_partner_too():
    # "ilə" follows its noun: "Türkiyə ilə birgə təlim" is a joint exercise held with Turkey
    assert flagged("https://apa.az/15", "Təlim", "Türkiyə ilə birgə təlim Naxçıvanda başlayıb.") == \
        ("exercise", ("AZ", "TR"))
    assert flagged("https://www.aa.com.tr/tr/16", "Tatbikat", "Azerbaycan ordusu Nahçıvan'da tatbikat yaptı.") is None


def test_one_states_own_officials_meeting_each_other_are_not_the_outlets_states():
    # the first actor is Turkey's: the chief it meets is Turkey's too, whatever the outlet
    text = "Turkey's defence minister met with the Chief of General Staff in Ankara to discuss the army's reform."
    assert flagged("https://apa.az/en/17", "Meeting", text) is None
