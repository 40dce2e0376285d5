"""German probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "de"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("perfect", "Plan unterzeichnet", "Die Verteidigungsminister Deutschlands und Litauens haben gestern den "
     "Plan für militärische Zusammenarbeit für 2025 unterzeichnet.", ("plan_signed", "DE LT", 2025)),
    ("past", "Abkommen", "Die Verteidigungsminister Österreichs und Ungarns unterzeichneten ein Abkommen "
     "über militärische Zusammenarbeit.", ("agreement_signed", "AT HU")),
    ("passive", "Memorandum", "In Berlin wurde ein Memorandum über die Zusammenarbeit im Verteidigungsbereich "
     "zwischen Deutschland und Indien unterzeichnet.", ("agreement_signed", "DE IN")),
    ("headline participle", "Fahrplan für Verteidigungszusammenarbeit zwischen Deutschland und Polen "
     "unterzeichnet", "", ("agreement_signed", "DE PL")),
    ("programme for a year", "Programm", "Die Streitkräfte der Schweiz und Österreichs unterzeichneten das "
     "Programm der militärischen Zusammenarbeit für 2024.", ("plan_signed", "AT CH", 2024)),
    ("framework", "Rahmenabkommen", "Die Verteidigungsministerien Deutschlands und Norwegens unterzeichneten "
     "ein Rahmenabkommen über die militärische Zusammenarbeit.", ("agreement_signed", "DE NO")),
    ("letter of intent", "Absichtserklärung", "Die Verteidigungsminister Deutschlands und der Niederlande "
     "unterzeichneten eine Absichtserklärung zur Ausbildung.", ("agreement_signed", "DE NL")),
    ("technical agreement", "Technische Vereinbarung", "Die Marinen Deutschlands und Dänemarks unterzeichneten "
     "eine technische Vereinbarung über gemeinsame Ausbildung.", ("agreement_signed", "DE DK")),
    ("ratified", "Bundestag", "Der Bundestag ratifizierte das Abkommen über Verteidigungszusammenarbeit "
     "zwischen Deutschland und Litauen.", ("agreement_ratified", "DE LT")),
    ("talks", "Treffen", "Der deutsche Verteidigungsminister traf seinen französischen Amtskollegen, um die "
     "militärische Zusammenarbeit zu besprechen.", ("talks", "DE FR")),
    ("phone call", "Telefonat", "Die Verteidigungsminister Deutschlands und Italiens führten ein Telefonat "
     "über die militärische Zusammenarbeit.", ("talks", "DE IT")),
    ("exercise begins today", "Übung", "Heute beginnt eine gemeinsame Übung der Streitkräfte Deutschlands "
     "und Tschechiens.", ("exercise", "CZ DE")),
    ("future day", "Montag", "Die Verteidigungsminister Deutschlands und Polens werden am Montag ein "
     "Abkommen über militärische Zusammenarbeit unterzeichnen.", None),
    ("intent", "Absicht", "Deutschland und Kanada wollen ein Abkommen über Verteidigungszusammenarbeit "
     "unterzeichnen.", None),
    ("draft approved", "Entwurf", "Das Kabinett billigte den Entwurf eines Abkommens über "
     "Verteidigungszusammenarbeit zwischen Deutschland und Kenia.", None),
    ("border service", "Bundespolizei", "Die Grenzpolizeien Deutschlands und Polens unterzeichneten ein "
     "Protokoll über Zusammenarbeit.", None),
    ("foreign ministers agree to advance", "Außenminister", "Die Außenminister Deutschlands und Estlands "
     "vereinbarten, die Verteidigungszusammenarbeit voranzubringen.", None),
    ("trilateral", "Trilateral", "Soldaten Deutschlands, Polens und Litauens begannen eine trilaterale "
     "Übung.", None),
    ("arms purchase", "Kauf", "Ägypten unterzeichnete mit Deutschland einen Vertrag über den Kauf von "
     "U-Booten bei einer Unterzeichnungszeremonie.", None),
]

test_probe = probe_grid(LANG, PROBES)
