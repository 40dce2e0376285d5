"""A state's parliament, named in its own language, stands for the state (issue 15; lead, s15).

Written for these tests. A ratification told by the parliament that voted it rarely names its own state: "the Milli
Majlis ratified the agreement with Türkiye", "Sejm ratyfikował umowę z Koreą". Russian, English and Ukrainian already
read "Госдума", "the Mazhilis", "Верховна Рада" as their states (the lexicons' ``capitals``, which act where a capital
would); these are the other languages' own parliaments. A parliament's name that other states share ("the parliament",
"the Senate", Greek "Βουλή", which Cyprus's parliament is called too) names no state and is left out. Expected: None
(not flagged) or (kind, "AA BB")."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "az": [
        ("milli_majlis", "", "Milli Məclis Türkiyə ilə hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib.",
         ("agreement_ratified", "AZ TR")),
        ("only_a_venue", "", "Milli Məclisdə Türkiyə ilə hərbi əməkdaşlıq haqqında sazişin layihəsi müzakirə olunacaq.",
         None),
    ],
    "bg": [
        ("national_assembly", "",
         "Народното събрание ратифицира споразумението за сътрудничество в областта на отбраната с Румъния.",
         ("agreement_ratified", "BG RO")),
        # Debated, not voted: a verb of the act with "не" before it is no act done.
        ("debated_not_voted", "", "Българският парламент обсъди споразумението за отбранително сътрудничество със "
         "Съединените щати, но не гласува.", None),
        ("not_signed", "", "Министрите на отбраната на България и Румъния не подписаха споразумението за "
         "сътрудничество.", None),
    ],
    "kk": [
        ("mazhilis", "", "Мәжіліс Түркиямен әскери ынтымақтастық туралы келісімді ратификациялады.",
         ("agreement_ratified", "KZ TR")),
    ],
    "uz": [
        ("oliy_majlis", "",
         "Oliy Majlis Senati Turkiya bilan harbiy hamkorlik to'g'risidagi bitimni ratifikatsiya qildi.",
         ("agreement_ratified", "TR UZ")),
    ],
    "hy": [
        ("national_assembly", "",
         "Ազգային ժողովը վավերացրել է Հունաստանի հետ ռազմական համագործակցության համաձայնագիրը։",
         ("agreement_ratified", "AM GR")),
    ],
    "sr": [
        ("national_assembly", "", "Народна скупштина ратификовала је споразум о војној сарадњи са Мађарском.",
         ("agreement_ratified", "HU RS")),
        ("national_assembly_latin", "", "Narodna skupština ratifikovala je sporazum o vojnoj saradnji sa Mađarskom.",
         ("agreement_ratified", "HU RS")),
    ],
    "pl": [
        ("sejm", "", "Sejm ratyfikował umowę o współpracy obronnej z Koreą Południową.",
         ("agreement_ratified", "KR PL")),
    ],
    "de": [
        ("bundestag", "", "Der Bundestag hat das Verteidigungsabkommen mit Litauen ratifiziert.",
         ("agreement_ratified", "DE LT")),
    ],
    "el": [
        # The Greek and the Cypriot parliaments are both "Βουλή": the name tells no state.
        ("shared_name", "", "Η Βουλή κύρωσε τη συμφωνία αμυντικής συνεργασίας με τη Γαλλία.", None),
    ],
}

test_probe = probe_grids(_GRID)
