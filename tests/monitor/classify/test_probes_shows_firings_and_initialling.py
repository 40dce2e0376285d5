"""Probes of the gaps session s10 saw and left (issue 15; session s11, helper c1). Sentences written for these
tests, each a short article (headline and text) with the main event expected.

- A name joined to a year in a sentence naming an air show, a fair, an exhibition or a salon ("Avioshow-2027",
  "the Adex-2027 exhibition", "Savunma-2027 fuarı") is that display's name, not an exercise's code name: two
  states' troops attending it hold no joint exercise. A code-named exercise with no such word stays one.
- Azerbaijani forces that "carried out" ("icra edib") an exercise or its firing under a code name hold it, as the
  passive "icra edilib" already told; one state's own firing, duties carried out, the future stay out.
- An agreement or plan initialled ("завизировали", "парафировали", "initialled") is not yet signed (SCHEMA.md
  counts a signing; what precedes it is no event): not flagged, as before.

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

RU = [
    (
        "завизировали план",
        "План",
        "Министры обороны России и Армении завизировали план военного сотрудничества на 2027 год.",
        None,
    ),
    (
        "парафировали соглашение",
        "Соглашение",
        "Делегации Беларуси и Китая парафировали соглашение о военном сотрудничестве.",
        None,
    ),
    (
        "airshow name-year",
        "Авиашоу",
        "Летчики ВВС Казахстана и Узбекистана приняли участие в «Авиашоу-2027» в Алматы.",
        None,
    ),
    (
        "code-named exercise stays",
        "Учения",
        "Военнослужащие России и Беларуси приняли участие в «Союзном щите-2027» под Минском.",
        ("exercise", "BY RU"),
    ),
]

EN = [
    (
        "initialled agreement",
        "Initialled",
        "Delegations of Serbia and Hungary initialled an agreement on defence cooperation in Belgrade.",
        None,
    ),
    (
        "airshow name-year",
        "Airshow",
        "Pilots of the air forces of Kazakhstan and Uzbekistan took part in Avioshow-2027 in Almaty.",
        None,
    ),
    (
        "code-named exercise stays",
        "Drill",
        "Troops of Kazakhstan and Uzbekistan took part in Steppe Shield-2027 near Almaty.",
        ("exercise", "KZ UZ"),
    ),
]

AZ = [
    (
        "firing icra edib code name",
        "Təlim",
        'Azərbaycan və Türkiyə hərbçiləri "Sarsılmaz Qardaşlıq-2027" təlimi çərçivəsində döyüş atışları icra edib.',
        ("exercise", "AZ TR"),
    ),
    (
        "firing icra edib code name no word",
        "Atışlar",
        '"Sarsılmaz Qardaşlıq-2027" çərçivəsində Azərbaycan və Türkiyə hərbçiləri birgə atışlar icra edib.',
        ("exercise", "AZ TR"),
    ),
    ("fair name-year", "Sərgi", 'Azərbaycan və Türkiyə hərbçiləri "Adex-2027" sərgisində iştirak edib.', None),
    (
        "one state's own firing",
        "Atışlar",
        'Azərbaycan Ordusunun bölmələri "Polad Qalxan-2027" çərçivəsində döyüş atışları icra edib.',
        None,
    ),
    (
        "carried out duties, no exercise",
        "Xidmət",
        "Azərbaycan və Türkiyə hərbçiləri sülhməramlı missiyada xidməti vəzifələrini icra edib.",
        None,
    ),
    (
        "firing still to come",
        "Təlim",
        'Azərbaycan və Türkiyə hərbçiləri "Sarsılmaz Qardaşlıq-2027" təlimində döyüş atışları icra edəcəklər.',
        None,
    ),
]

TR = [
    ("festival with year", "Festival", "Teknofest-2027 festivaline Azerbaycan ve Türkiye askerleri de katıldı.", None),
    ("fair name-year", "Fuar", "Türkiye ve Pakistan askeri heyetleri Savunma-2027 fuarında stantları gezdi.", None),
]

KK = [
    ("exhibition name-year", "Көрме", "Қазақстан мен Қырғызстан әскерилері «Қорғаныс-2027» көрмесіне қатысты.", None),
]

PT = [
    ("fair name-year", "Feira", "Militares de Portugal e do Brasil participaram na feira Defesa-2027 em Lisboa.", None),
]

test_ru = probe_grid("ru", RU)
test_en = probe_grid("en", EN)
test_az = probe_grid("az", AZ)
test_tr = probe_grid("tr", TR)
test_kk = probe_grid("kk", KK)
test_pt = probe_grid("pt", PT)
