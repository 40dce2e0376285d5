"""Serbian probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "sr"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Потписан план", "Министри одбране Србије и Мађарске потписали су јуче план војне сарадње за "
     "2025. годину.", ("plan_signed", "HU RS", 2025)),
    ("passive, Latin script", "Sporazum", "U Beogradu je potpisan sporazum o saradnji u oblasti odbrane "
     "između Srbije i Egipta.", ("agreement_signed", "EG RS")),
    ("reflexive passive", "Memorandum", "Između ministarstava odbrane Srbije i Grčke potpisan je memorandum "
     "o vojnoj obuci.", ("agreement_signed", "GR RS")),
    ("ratified", "Skupština", "Narodna skupština je ratifikovala sporazum o saradnji u oblasti odbrane "
     "između Srbije i Kine.", ("agreement_ratified", "CN RS")),
    ("talks", "Sastanak", "Ministar odbrane Srbije sastao se sa kolegom iz Slovačke i razgovarao o vojnoj "
     "saradnji.", ("talks", "RS SK")),
    ("exercise begins today", "Вежба", "Данас почиње заједничка вежба војски Србије и Белорусије.",
     ("exercise", "BY RS")),
    ("future day", "U ponedeljak", "Ministri odbrane Srbije i Mađarske potpisaće u ponedeljak sporazum o "
     "vojnoj saradnji.", None),
    ("draft approved", "Nacrt", "Vlada je usvojila nacrt sporazuma o saradnji u oblasti odbrane između "
     "Srbije i Alžira.", None),
    ("border service", "Granična policija", "Granične policije Srbije i Bugarske potpisale su protokol o "
     "saradnji.", None),
    ("trilateral", "Trilateralna vežba", "Vojske Srbije, Mađarske i Slovačke počele su trilateralnu vežbu.",
     None),
]

test_probe = probe_grid(LANG, PROBES)
