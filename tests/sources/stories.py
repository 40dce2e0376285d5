"""Stories that more than one fixture site publishes: originals and their republished copies."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    title: str
    paragraphs: tuple[str, ...]

    @property
    def first(self) -> str:
        return self.paragraphs[0]

    @property
    def last(self) -> str:
        return self.paragraphs[-1]


STAFF_TRAINING = Story("Azerbaijan and Kazakhstan agree on joint staff training", (
    "Azerbaijani and Kazakh defence officials have agreed to run joint staff training for officers of both "
    "armies this year, the Defence Ministry in Baku said on Tuesday.",
    "The agreement was reached at talks between the deputy defence ministers of the two countries, who also "
    "discussed the exchange of instructors between their military academies.",
    "According to the ministry, the first course will take place in Baku in the spring and will focus on "
    "planning for peacekeeping and disaster relief operations.",
    "The sides noted that defence ties between the two Caspian neighbours have grown steadily over recent "
    "years and agreed to meet again before the end of the year.",
))

NAVAL_COURSE = Story("Azerbaijani and Turkish naval crews train together in the Caspian", (
    "BAKU, Azerbaijan, March 5. Naval crews from Azerbaijan and Türkiye have completed a joint training "
    "course in the Caspian Sea, Trend reports.",
    "During the course, the sailors practised searching for vessels in distress, boarding suspicious ships "
    "and treating injured crew members at sea.",
    "Instructors from the Turkish Naval Forces also shared their experience of planning mine countermeasure "
    "operations with their Azerbaijani colleagues.",
    "The training was held under the plan of military cooperation between the defence ministries of the two "
    "countries.",
))

MILITARY_EDUCATION = Story("Azerbaijan and Georgia discuss military education exchanges", (
    "BAKU, Azerbaijan, March 4. Azerbaijan and Georgia have discussed widening exchanges between their "
    "military education institutions, Trend reports.",
    "The issue was on the agenda of a meeting between the rectors of the two countries' defence universities "
    "held in Tbilisi this week.",
    "The sides agreed to prepare a joint programme of short courses for cadets and to hold a conference on "
    "military history in Baku in the autumn.",
    "They also talked about joint research on the use of simulators in the training of junior officers.",
))
