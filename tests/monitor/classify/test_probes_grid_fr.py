"""French probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "fr"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plan signé", "Les ministres de la Défense du Maroc et de la Mauritanie ont signé hier le plan "
     "de coopération militaire pour 2025.", ("plan_signed", "MA MR", 2025)),
    ("passive", "Accord", "Un accord de coopération en matière de défense a été signé entre le Sénégal et la "
     "Gambie.", ("agreement_signed", "GM SN")),
    ("reflexive passive", "Protocole", "Un protocole de coopération militaire s'est signé à Dakar entre le "
     "Sénégal et le Mali.", ("agreement_signed", "ML SN")),
    ("simple past", "Mémorandum", "Les ministères de la Défense de la Tunisie et de l'Algérie signèrent un "
     "mémorandum d'entente sur la formation militaire.", ("agreement_signed", "DZ TN")),
    ("headline participle", "Feuille de route de coopération militaire signée entre la France et l'Inde", "",
     ("agreement_signed", "FR IN")),
    ("programme for a year", "Programme", "Les forces armées du Niger et du Tchad ont signé le programme de "
     "coopération militaire pour 2024.", ("plan_signed", "NE TD", 2024)),
    ("framework", "Accord-cadre", "Le ministre de la Défense du Bénin et son homologue togolais ont signé un "
     "accord-cadre de coopération militaire.", ("agreement_signed", "BJ TG")),
    ("letter of intent", "Lettre d'intention", "Les ministres de la Défense de la France et de la Belgique ont "
     "signé une lettre d'intention sur la formation des pilotes.", ("agreement_signed", "BE FR")),
    ("technical arrangement", "Arrangement technique", "Les marines française et grecque ont signé un "
     "arrangement technique sur l'entraînement.", ("agreement_signed", "FR GR")),
    ("chiefs of general staff", "Chefs d'état-major", "Les chefs d'état-major des armées du Cameroun et du "
     "Gabon ont signé un protocole de coopération.", ("agreement_signed", "CM GA")),
    ("ratified", "Assemblée", "L'Assemblée nationale a ratifié l'accord de coopération en matière de défense "
     "entre la France et le Sénégal.", ("agreement_ratified", "FR SN")),
    ("talks", "Entretien", "Le ministre de la Défense du Maroc s'est entretenu avec son homologue espagnol de "
     "la coopération militaire.", ("talks", "ES MA")),
    ("phone call", "Téléphone", "Les ministres de la Défense de la France et de l'Allemagne ont eu un "
     "entretien téléphonique sur la coopération militaire.", ("talks", "DE FR")),
    ("exercise begins today", "Exercice", "Un exercice militaire conjoint des armées du Maroc et des "
     "États-Unis débute aujourd'hui.", ("exercise", "MA US")),
    ("future day", "Lundi", "Les ministres de la Défense du Mali et du Burkina Faso signeront lundi un accord "
     "de coopération militaire.", None),
    ("intent", "Intention", "La Côte d'Ivoire et le Ghana ont l'intention de signer un accord de coopération "
     "en matière de défense.", None),
    ("draft approved", "Projet", "Le Conseil des ministres a adopté le projet d'accord de coopération militaire "
     "entre le Niger et la Turquie.", None),
    ("border service", "Police des frontières", "Les polices aux frontières de la France et de l'Italie ont "
     "signé un protocole de coopération.", None),
    ("foreign ministers agree to advance", "Diplomatie", "Les ministres des Affaires étrangères du Maroc et "
     "du Sénégal sont convenus de faire avancer la coopération en matière de défense.", None),
    ("trilateral", "Trilatéral", "Les armées du Mali, du Niger et du Burkina Faso ont lancé un exercice "
     "trilatéral.", None),
    ("arms purchase", "Achat", "L'Inde a signé avec la France le contrat d'achat de Rafale lors d'une "
     "cérémonie de signature.", None),
]

test_probe = probe_grid(LANG, PROBES)
