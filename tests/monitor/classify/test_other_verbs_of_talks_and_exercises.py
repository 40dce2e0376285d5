"""Talks and exercises told by verbs and nouns the earlier grids lacked: a minister who "sat down with"
his counterpart, an officer who "called on" a head of state or government (not on someone to act), the
land forces as a defence body, troops who "trained together", an exercise that "culminated"; in
Turkish, joint training named with its field between ("ortak uçuş eğitimi"), a war game, an exercise
that "took place" (the intransitive "gerçekleşti") or whose start was given, but not the services'
"müşterek" (joint) of one state's own forces. Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ("sat down with the counterpart", "Talks",
     "Azerbaijan's defence minister sat down with his Turkish counterpart in Ankara to review military "
     "cooperation.", ("talks", "AZ TR")),
    ("had talks", "Talks",
     "The chiefs of general staff of Kazakhstan and Kyrgyzstan had talks in Bishkek on military cooperation.",
     ("talks", "KG KZ")),
    ("a land forces commander called on a president", "Call",
     "Turkish Land Forces Commander called on the President of Azerbaijan in Baku on Tuesday.",
     ("talks", "AZ TR")),
    ("called on a prime minister", "Call",
     "The Pakistani army chief called on the Prime Minister of Azerbaijan in Baku.", ("talks", "AZ PK")),
    ("called on a president to act", "Call",
     "Turkish Land Forces Commander called on the President of Azerbaijan to resign over the crisis.", None),
    ("troops trained together", "Training",
     "US and Philippine marines trained together in amphibious landings on Luzon this week.", ("exercise", "PH US")),
    ("an exercise culminated", "Exercise",
     "The joint exercise of the Indian and Nepalese armies, Surya Kiran, culminated on Friday.",
     ("exercise", "IN NP")),
    ("will train together", "Training",
     "US and Philippine marines will train together in amphibious landings on Luzon next month.", None),
]

TR = [
    ("joint training named with its field", "Eğitim",
     "Türk ve Azerbaycan hava kuvvetleri ortak uçuş eğitimi gerçekleştirdi.", ("exercise", "AZ TR")),
    ("joint sea training", "Eğitim",
     "Türk ve Pakistan donanmaları Arap Denizi'nde ortak deniz eğitimi yaptı.", ("exercise", "PK TR")),
    ("a war game", "Tatbikat",
     "Türk ve Pakistan deniz kuvvetleri ortak harp oyunu icra etti.", ("exercise", "PK TR")),
    ("took place", "Tatbikat",
     "Türk ve Azerbaycan ordularının ortak tatbikatı Nahçıvan'da gerçekleşti.", ("exercise", "AZ TR")),
    ("its start given", "Tatbikat",
     "Azerbaycan ve Türkiye'nin ortak tatbikatının startı verildi.", ("exercise", "AZ TR")),
    ("will take place", "Tatbikat",
     "Türk ve Azerbaycan ordularının ortak tatbikatı gelecek ay Nahçıvan'da gerçekleşecek.", None),
    ("the services' joint of one state's exercise, the other state's minister visiting", "Ziyaret",
     "Azerbaycan Savunma Bakanı, Türk Silahlı Kuvvetlerinin Birleşik Müşterek Atışlı Tatbikatı kapsamında "
     "Türkiye'yi ziyaret etti ve tatbikatı izledi.", ("talks", "AZ TR")),
    ("defence and training as fields, not training held", "İşbirliği",
     "Türkiye ve Azerbaycan ortak savunma ve eğitim alanlarında işbirliğini ele aldı.", None),
]

test_probe_en = probe_grid("en", EN)
test_probe_tr = probe_grid("tr", TR)
