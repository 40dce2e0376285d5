"""A parliament's vote to ratify is the ratification ("voted on Tuesday to ratify the pact"), while an act
in the infinitive elsewhere is still to come ("is to ratify", "urged parliament to ratify", a headline's
"Parliament to ratify ..."), unless it is what a bill or a decision does ("passed a bill to ratify").
An infinitive is no present tense: "voted on Tuesday to ratify" is no act announced for a Tuesday.
Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ("voted on a weekday to ratify", "Vote",
     "Georgia's parliament voted on Tuesday to ratify the defence cooperation agreement with Azerbaijan.",
     ("agreement_ratified", "AZ GE")),
    ("voted with a tally", "Vote",
     "Lawmakers in Kyrgyzstan voted 87-0 to ratify a military cooperation agreement with Turkey.",
     ("agreement_ratified", "KG TR")),
    ("headline: votes to ratify", "Georgian parliament votes to ratify defence pact with Azerbaijan", "",
     ("agreement_ratified", "AZ GE")),
    ("voted to approve", "Pact",
     "Georgia's parliament voted to approve the defence cooperation agreement with Azerbaijan.",
     ("agreement_ratified", "AZ GE")),
    ("passed a bill to ratify", "Bill",
     "Georgia's parliament passed a bill to ratify the defence cooperation agreement with Azerbaijan.",
     ("agreement_ratified", "AZ GE")),
    ("decided to ratify", "Pact",
     "Georgia's parliament decided to ratify the defence cooperation agreement with Azerbaijan.",
     ("agreement_ratified", "AZ GE")),
    ("headline: to ratify", "Georgian parliament to ratify defence pact with Azerbaijan", "", None),
    ("is to ratify on a weekday", "Pact",
     "Georgia's parliament is to ratify the defence cooperation agreement with Azerbaijan on Tuesday.", None),
    ("urged to ratify", "Pact",
     "The minister urged Georgia's parliament to ratify the defence cooperation agreement with Azerbaijan.", None),
    ("will vote to ratify", "Pact",
     "Georgia's parliament will vote on Tuesday to ratify the defence cooperation agreement with Azerbaijan.",
     None),
    ("expected to vote to ratify", "Pact",
     "Georgia's parliament is expected to vote to ratify the defence cooperation agreement with Azerbaijan.",
     None),
    ("present with a weekday: still to come", "Pact",
     "Georgia and Azerbaijan sign a defence cooperation agreement on Monday.", None),
]

test_probe = probe_grid("en", EN)
