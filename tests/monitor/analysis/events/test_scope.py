"""What an exercise report is about beside one exercise's days, its branches and its training grounds
(monitor.analysis.events.scope). Sentences written for these tests."""

from __future__ import annotations

import pytest

from monitor.analysis.events.scope import AIR, NAVAL, PREPARATION, SEVERAL, SPECIAL, branches, grounds, months, scope


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Staff officers of the two armies met in Tashkent for the main planning conference of the joint exercise."),
    ("ru", "В Бишкеке обсудили подготовку к совместным учениям двух армий."),
    ("tr", "Ortak tatbikatın planlama toplantısı Ankara'da yapıldı."),
    ("az", "Birgə təlimə hazırlıq məsələləri müzakirə olunub."),
    ("uk", "Офіцери двох армій обговорили планування спільних навчань."),
])
def test_the_preparation_of_an_exercise_is_read(lang, sentence):
    assert scope(sentence, lang) == PREPARATION


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Over the year the two armies held seven joint exercises."),
    ("ru", "За год армии двух стран провели пять совместных тактических учений."),
    ("tr", "İki ordu bu yıl dört ortak tatbikat düzenledi."),
    ("az", "İl ərzində iki ordu bir neçə birgə təlim keçirib."),
    ("en", "The armies held 12 joint exercises since 2020."),
])
def test_several_exercises_told_together_are_read(lang, sentence):
    assert scope(sentence, lang) == SEVERAL


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The two countries' joint exercise began on Monday at the range."),
    ("en", "Two battalions began the joint exercise on Monday."),
    ("ru", "Учения проходят в рамках плана боевой подготовки войск двух стран."),
    ("az", "Təlimdə döyüş hazırlığı yoxlanılır."),
    ("en", "The armies of the two states began a joint exercise on 3 May 2026."),
    ("ru", "Военные двух стран начали совместные учения."),
    ("en", "The two armies prepared the ground for closer ties."),  # no exercise word
    ("xx", "Seven joint exercises."),  # a language with no words here
])
def test_one_exercises_own_days_say_nothing(lang, sentence):
    assert scope(sentence, lang) is None


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("en", "Marines of the two states practised a landing.", {NAVAL}),
    ("ru", "Военно-морские силы двух стран провели учения.", {NAVAL}),
    ("tr", "Hava Kuvvetleri uçakları tatbikata katıldı.", {AIR}),
    ("az", "Xüsusi təyinatlı bölmələr birgə təlim keçirib.", {SPECIAL}),
    ("en", "Special forces and naval units of the two states trained together.", {SPECIAL, NAVAL}),
    ("en", "Units of the two armies began a joint exercise at the range.", set()),
])
def test_the_branches_an_exercise_sentence_names(lang, sentence, expected):
    assert branches(sentence, lang) == expected


@pytest.mark.parametrize(("lang", "story", "expected"), [
    ("en", "The troops trained at the Kyzylkum range near the border.", {"kslk"}),
    ("ru", "На полигоне «Кызылкум» прошли стрельбы.", {"kslk"}),
    ("az", "Təlim Kızılkum poliqonunda keçirilir.", {"kslk"}),
    ("tr", "Birlikler Kızılkum eğitim alanında tatbikat yaptı.", {"kslk"}),
    ("en", "The army tested Short-Range Missiles.", set()),  # a hyphen joins a word
    ("en", "A wide range of tasks was practised.", set()),
    ("en", "Drills were held in the Kyzylkum desert.", set()),  # no word for a ground
])
def test_the_training_grounds_a_story_names(lang, story, expected):
    assert grounds(story, lang) == expected


@pytest.mark.parametrize(("lang", "story", "expected"), [
    ("en", "Troops hold joint exercise\nIn October the two armies held a joint exercise. The pact was signed in July.",
     {10}),
    ("ru", "В октябре военные двух стран провели совместные учения.", {10}),
    ("en", "The two ministers met in March.", set()),  # no exercise in that sentence
])
def test_the_months_a_story_tells_an_exercise_in(lang, story, expected):
    assert months(story, lang) == expected
