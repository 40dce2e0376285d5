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
    ("perfect plural signed", "Acord",
     "Ministrul apărării naționale și ministrul apărării din Croația au semnat astăzi un acord "
     "de cooperare militară între România și Croația.", ("agreement_signed", "HR RO")),
    ("signed memorandum feminine", "Memorandum",
     "România și Coreea de Sud au semnat un memorandum de înțelegere în domeniul industriei de "
     "apărare.", ("agreement_signed", "KR RO")),
    ("feminine passive", "Scrisoare",
     "A fost semnată o scrisoare de intenție între ministerele apărării din România și Suedia.",
     ("agreement_signed", "RO SE")),
    ("signing took place", "Semnare",
     "Ceremonia de semnare a planului de cooperare bilaterală în domeniul militar dintre România"
     " și Georgia a avut loc la sediul ministerului.", ("plan_signed", "GE RO")),
    ("plan for year span", "Plan",
     "Miniștrii apărării din România și Ungaria au semnat planul de cooperare militară pe anii "
     "2025-2026.", ("plan_signed", "HU RO", 2025)),
    ("plan 2025 attributive", "Plan",
     "Șefii statelor majore din România și Serbia au semnat Planul de cooperare militară "
     "bilaterală 2025.", ("plan_signed", "RO RS", 2025)),
    ("ratified by law promulgated", "Decret",
     "Președintele României a promulgat legea pentru ratificarea acordului de cooperare în "
     "domeniul apărării dintre România și Franța.", ("agreement_ratified", "FR RO")),
    ("senate adopted ratification", "Senat",
     "Senatul a adoptat proiectul de lege pentru ratificarea acordului dintre România și Statele"
     " Unite privind cooperarea în domeniul apărării.", ("agreement_ratified", "RO US")),
    ("chamber voted", "Camera Deputaților",
     "Camera Deputaților a votat legea de ratificare a acordului de cooperare militară dintre "
     "România și Polonia.", ("agreement_ratified", "PL RO")),
    ("met", "Întâlnire",
     "Ministrul apărării naționale s-a întâlnit la București cu ministrul apărării din Grecia.",
     ("talks", "GR RO")),
    ("had talks", "Convorbiri",
     "Șeful Statului Major al Apărării a avut convorbiri oficiale cu omologul său francez "
     "privind cooperarea militară.", ("talks", "FR RO")),
    ("received", "Vizită",
     "Ministrul apărării naționale l-a primit pe ministrul apărării din Estonia, aflat în vizită"
     " oficială la București.", ("talks", "EE RO")),
    ("official visit", "Vizită",
     "Ministrul apărării naționale a efectuat o vizită oficială în Ucraina, unde s-a întâlnit cu"
     " omologul său ucrainean.", ("talks", "RO UA")),
    ("discussed", "Discuții",
     "Ministrii apararii din Romania si Bulgaria au discutat despre cooperarea militara in "
     "regiunea Marii Negre.", ("talks", "BG RO")),
    ("exercise took place", "Exercițiu",
     "Exercițiul comun al forțelor navale din România și Bulgaria s-a desfășurat în Marea "
     "Neagră.", ("exercise", "BG RO")),
    ("exercise ended", "Exercițiu",
     "S-a încheiat exercițiul militar comun româno-moldovean desfășurat la Bulboaca.", ("exercise", "MD RO")),
    ("exercise underway", "Exercițiu",
     "Militari români și francezi participă la un exercițiu bilateral de tragere la Cincu.",
     ("exercise", "FR RO")),
    ("exercise conducted", "Instruire",
     "Trupe din România și Statele Unite au executat un antrenament comun în poligonul de la "
     "Smârdan.", ("exercise", "RO US")),
    ("will be signed", "Acord",
     "Acordul de cooperare militară dintre România și Moldova urmează să fie semnat săptămâna "
     "viitoare.", None),
    ("to sign future", "Acord", "România și Ucraina vor semna un acord de cooperare în domeniul apărării.",
     None),
    ("will sign singular", "Acord",
     "Ministrul apărării va semna mâine un acord de cooperare militară cu omologul său polonez.", None),
    ("memorandum approved for signing", "Memorandum",
     "Guvernul a aprobat memorandumul privind semnarea acordului de cooperare în domeniul "
     "apărării dintre România și Qatar.", None),
    ("emergency situations", "IGSU",
     "Inspectoratul General pentru Situații de Urgență din România și omologii din Moldova au "
     "semnat un protocol de cooperare.", None),
    ("gendarmerie", "Jandarmerie",
     "Jandarmeria Română și Carabinierii Republicii Moldova au semnat un acord de cooperare.", None),
    ("multilateral B9", "B9",
     "Miniștrii apărării din România, Polonia și Lituania au semnat o declarație comună privind "
     "flancul estic.", None),
    ("purchase", "Contract",
     "Ministerul Apărării Naționale a semnat contractul pentru achiziția de tancuri Abrams din "
     "Statele Unite.", None),
    ("economic", "Economie", "România și Moldova au semnat un acord de cooperare economică și comercială.",
     None),
    ("conditional", "Acord", "România și Bulgaria ar putea semna un acord de cooperare militară în curând.",
     None),
    ("would meet", "Întâlnire", "Ministrul apărării se va întâlni săptămâna viitoare cu omologul său bulgar.",
     None),
    ("negotiations approved", "Guvern",
     "Guvernul a aprobat inițierea negocierilor pentru încheierea unui acord de cooperare în "
     "domeniul apărării între România și Coreea de Sud.", None),
    ("is expected", "Acord", "Se așteaptă ca România și Polonia să semneze un acord de cooperare militară.",
     None),
    ("proposed", "Propunere",
     "Ministrul apărării a propus omologului său moldovean semnarea unui nou acord de cooperare "
     "militară.", None),
    ("company", "Companie",
     "Romarm și compania germană Rheinmetall au semnat un acord pentru producția de muniție în "
     "România.", None),
    ("NATO summit", "Summit",
     "Miniștrii apărării din România și Bulgaria au participat la reuniunea miniștrilor apărării"
     " din NATO de la Bruxelles.", None),
    ("ISU", "Situații de urgență",
     "Departamentul pentru Situații de Urgență din România și Serviciul Protecție Civilă din "
     "Moldova au semnat un protocol.", None),
    ("should", "Acord", "România și Ucraina ar trebui să semneze un acord de cooperare în domeniul apărării.",
     None),
    ("signed yesterday headline present", "România și Franța semnează un acord de cooperare militară",
     "Acordul a fost semnat ieri la Paris de miniștrii apărării.", ("agreement_signed", "FR RO")),
]


test_probe = probe_grid(LANG, PROBES)
