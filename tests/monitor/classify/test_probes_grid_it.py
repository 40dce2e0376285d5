"""Italian probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "it"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Piano firmato", "I ministri della Difesa di Italia e Albania hanno firmato ieri il piano di "
     "cooperazione militare per il 2025.", ("plan_signed", "AL IT", 2025)),
    ("passive", "Accordo", "È stato firmato a Roma un accordo di cooperazione nel settore della difesa tra "
     "Italia e Qatar.", ("agreement_signed", "IT QA")),
    ("reflexive passive", "Memorandum", "Si è firmato a Tirana un memorandum d'intesa sulla formazione "
     "militare tra Albania e Grecia.", ("agreement_signed", "AL GR")),
    ("headline participle", "Firmata la tabella di marcia della cooperazione militare tra Italia e Giappone",
     "", ("agreement_signed", "IT JP")),
    ("nominalisation", "Firma", "La firma del protocollo di cooperazione militare tra Italia e Tunisia è "
     "avvenuta ieri a Tunisi.", ("agreement_signed", "IT TN")),
    ("programme for a year", "Programma", "Gli stati maggiori di Italia e Slovenia hanno sottoscritto il "
     "programma di cooperazione militare per il 2024.", ("plan_signed", "IT SI", 2024)),
    ("framework", "Accordo quadro", "Il ministro della Difesa italiano e il suo omologo egiziano hanno firmato "
     "un accordo quadro di cooperazione nella difesa.", ("agreement_signed", "EG IT")),
    ("letter of intent", "Lettera d'intenti", "I ministeri della Difesa di Italia e Polonia hanno firmato una "
     "lettera d'intenti sull'addestramento.", ("agreement_signed", "IT PL")),
    ("technical arrangement", "Intesa tecnica", "Le marine di Italia e Grecia hanno siglato un accordo "
     "tecnico sull'addestramento congiunto.", ("agreement_signed", "GR IT")),
    ("ratified", "Senato", "Il Senato ha ratificato l'accordo di cooperazione nel settore della difesa tra "
     "Italia e Kenya.", ("agreement_ratified", "IT KE")),
    ("talks", "Incontro", "Il ministro della Difesa italiano ha incontrato il suo omologo croato per "
     "discutere la cooperazione militare.", ("talks", "HR IT")),
    ("phone call", "Telefonata", "I ministri della Difesa di Italia e Francia hanno avuto un colloquio "
     "telefonico sulla cooperazione militare.", ("talks", "FR IT")),
    ("exercise begins today", "Esercitazione", "Inizia oggi l'esercitazione congiunta delle forze armate di "
     "Italia e Malta.", ("exercise", "IT MT")),
    ("future day", "Lunedì", "I ministri della Difesa di Italia e Albania firmeranno lunedì un accordo di "
     "cooperazione militare.", None),
    ("intent", "Intenzione", "Italia e Montenegro intendono firmare un accordo di cooperazione nel settore "
     "della difesa.", None),
    ("draft approved", "Consiglio dei ministri", "Il Consiglio dei ministri ha approvato lo schema di accordo "
     "di cooperazione nella difesa tra Italia e Angola.", None),
    ("border service", "Frontiera", "La polizia di frontiera di Italia e Slovenia ha firmato un protocollo "
     "di cooperazione.", None),
    ("foreign ministers agree to advance", "Esteri", "I ministri degli Esteri di Italia e Croazia hanno "
     "concordato di far avanzare la cooperazione nella difesa.", None),
    ("trilateral", "Trilaterale", "Le marine di Italia, Grecia e Cipro hanno avviato un'esercitazione "
     "trilaterale.", None),
    ("arms purchase", "Acquisto", "Il Qatar ha firmato con l'Italia il contratto di acquisto di elicotteri "
     "durante una cerimonia di firma.", None),
]

test_probe = probe_grid(LANG, PROBES)
