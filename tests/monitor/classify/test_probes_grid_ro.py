"""Romanian probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "ro"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plan semnat", "Miniștrii apărării din România și Republica Moldova au semnat ieri planul de "
     "cooperare militară pentru anul 2025.", ("plan_signed", "MD RO", 2025)),
    ("simple past", "Acord", "Ministrul apărării al României și omologul său polonez semnară un acord de "
     "cooperare în domeniul apărării.", ("agreement_signed", "PL RO")),
    ("passive", "Memorandum", "A fost semnat la București un memorandum de înțelegere privind cooperarea "
     "militară între România și Bulgaria.", ("agreement_signed", "BG RO")),
    ("reflexive passive", "Protocol", "S-a semnat un protocol de cooperare militară între Ministerul "
     "Apărării Naționale al României și Ministerul Apărării din Georgia.", ("agreement_signed", "GE RO")),
    ("headline participle", "Acord de cooperare în domeniul apărării semnat între România și Franța", "",
     ("agreement_signed", "FR RO")),
    ("nominalisation", "Semnarea acordului", "Semnarea acordului de cooperare militară dintre România și "
     "Ucraina a avut loc ieri la Kiev.", ("agreement_signed", "RO UA")),
    ("programme for a year", "Program", "Statele majore ale României și Republicii Moldova au semnat "
     "programul de cooperare militară pentru anul 2024.", ("plan_signed", "MD RO", 2024)),
    ("framework", "Acord-cadru", "Ministrul apărării naționale și omologul său italian au semnat un "
     "acord-cadru de cooperare în domeniul apărării între România și Italia.", ("agreement_signed", "IT RO")),
    ("roadmap", "Foaie de parcurs", "România și Statele Unite au semnat o foaie de parcurs pentru cooperarea "
     "în domeniul apărării.", ("agreement_signed", "RO US")),
    ("letter of intent", "Scrisoare de intenție", "Ministerele apărării din România și Olanda au semnat o "
     "scrisoare de intenție privind instruirea militară.", ("agreement_signed", "NL RO")),
    ("technical agreement", "Aranjament tehnic", "Forțele navale ale României și Turciei au semnat un "
     "aranjament tehnic privind exercițiile comune.", ("agreement_signed", "RO TR")),
    ("chiefs of general staff", "Șefii statelor majore", "Șefii Statului Major al Apărării din România și "
     "Polonia au semnat un plan de cooperare militară.", ("plan_signed", "PL RO")),
    ("ratified", "Parlamentul", "Parlamentul a ratificat acordul de cooperare în domeniul apărării dintre "
     "România și Republica Moldova.", ("agreement_ratified", "MD RO")),
    ("talks", "Întrevedere", "Ministrul apărării naționale s-a întâlnit cu omologul său bulgar pentru a "
     "discuta cooperarea militară dintre România și Bulgaria.", ("talks", "BG RO")),
    ("phone call", "Convorbire", "Miniștrii apărării din România și Ucraina au avut o convorbire telefonică "
     "despre cooperarea militară.", ("talks", "RO UA")),
    ("exercise begins today", "Exercițiu", "Începe astăzi exercițiul militar comun al trupelor române și "
     "moldovene la Cincu.", ("exercise", "MD RO")),
    ("the ministry names its state", "Ambasador", "Ministrul apărării naționale l-a primit pe ambasadorul "
     "Japoniei pentru a discuta cooperarea în domeniul apărării.", ("talks", "JP RO")),
    ("ceremony told in the past", "Ceremonie", "La București a avut loc ceremonia de semnare a acordului de "
     "cooperare militară dintre România și Franța.", ("agreement_signed", "FR RO")),
    ("interior ministries", "Interne", "Ministerul Afacerilor Interne din România și Ministerul de Interne din "
     "Republica Moldova au semnat un protocol de cooperare.", None),
    ("a NATO exercise", "NATO", "Militari români și americani participă la exercițiul NATO Saber Guardian, "
     "alături de trupe din alte 12 state.", None),
    ("future day", "Semnare luni", "Miniștrii apărării din România și Polonia vor semna luni un acord de "
     "cooperare militară.", None),
    ("intent", "Intenție", "România și Moldova intenționează să semneze un acord de cooperare în domeniul "
     "apărării.", None),
    ("draft approved", "Guvernul", "Guvernul a aprobat proiectul acordului de cooperare în domeniul apărării "
     "dintre România și Georgia.", None),
    ("authorisation to sign", "Mandat", "Președintele a aprobat semnarea acordului de cooperare militară "
     "dintre România și Azerbaidjan.", None),
    ("border service", "Poliția de Frontieră", "Poliția de Frontieră a României și Poliția de Frontieră a "
     "Republicii Moldova au semnat un protocol de cooperare.", None),
    ("foreign ministers agree to advance", "Miniștrii de externe", "Miniștrii de externe ai României și "
     "Poloniei au convenit să avanseze cooperarea în domeniul apărării.", None),
    ("trilateral", "Exercițiu trilateral", "Forțele navale ale României, Bulgariei și Turciei au început un "
     "exercițiu trilateral în Marea Neagră.", None),
    ("arms purchase", "Achiziție", "România a semnat cu Statele Unite contractul de achiziție a avioanelor "
     "F-35 într-o ceremonie de semnare.", None),
]


test_probe = probe_grid(LANG, PROBES)
