"""Short sentences told from the languages that share their script and most of their letters.

An article read in the wrong language is read with the wrong lexicon and never flagged, so the
detection must hold on a wire item, a headline or an excerpt, not only on a whole page. Each case
is a pair once confused: a letter both languages write must not decide, and the frequent function
words each language has of its own must.
"""

import pytest

from monitor.classify.language import detect


@pytest.mark.parametrize("text, lang", [
    # Azerbaijani writes ı, İ and ğ as Turkish does: ə decides, not the letters they share.
    ("İki ölkənin müdafiə nazirləri Bakıda görüşüb, hərbi əməkdaşlığı müzakirə ediblər.", "az"),
    ("Qazaxıstan ilə hərbi sahədə ikitərəfli əlaqələrin inkişafı müzakirə olunub.", "az"),
    ("Qazaxıstan Respublikasının müdafiə naziri ordu oyunlarının açılışında çıxış edib.", "az"),
    ("Bakı. Oktyabrın ortasında İspaniya Krallığının hərbi nümayəndə heyəti gəlib.", "az"),
    # Turkish stays Turkish.
    ("Savunma bakanları ikili askeri iş birliğini ve ortak tatbikatları görüştü.", "tr"),
])
def test_azerbaijani_is_not_read_as_turkish_for_the_letters_they_share(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text, lang", [
    # щ is a Russian letter too; Russian writes ъ only as a sign before е, ё, ю, я.
    ("Министр подписал закон об общей защите границ и объявил о подъёме.", "ru"),
    ("Части группировки за сутки провели учения до вечера.", "ru"),
    ("Министърът подписа споразумение във връзка с общата отбрана на държавата.", "bg"),
    ("Двете държави се договориха за съвместно учение през есента.", "bg"),
])
def test_russian_is_not_read_as_bulgarian_for_its_shch(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text, lang", [
    # French: de, que, il, ne, pas and its elisions (qu'il, d'un, n'a) against Spanish.
    ("Lors de la visite, il a été dit que la coopération militaire reste une priorité.", "fr"),
    ("Bien que le texte ne soit pas publié, sa portée est claire.", "fr"),
    ("El ministro ha dicho que la cooperación con las fuerzas armadas es una prioridad.", "es"),
    # Italian: la, sua, oggi and ù against Romanian.
    ("La Nato avvia oggi la sua esercitazione più grande in un decennio.", "it"),
    ("Nell'incontro il ministro ha firmato un'intesa sulla difesa.", "it"),
    ("Ministrul a semnat la Bucureşti un acord cu partea bulgară.", "ro"),
    # Portuguese writes ê as French does; its articles o, a, as decide.
    ("O acordo entre o Brasil e a Eslovênia foi aprovado pelo Senado.", "pt"),
    ("Durante a assinatura, o ministro disse que as relações são antigas.", "pt"),
])
def test_romance_neighbours_are_told_apart(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text, lang", [
    ("Srbija i Grčka potpisale plan vojne saradnje", "sr"),
    ("A delegation of the ministry held a meeting in Baku.", "en"),
])
def test_a_headline_is_not_read_as_a_neighbour_for_one_shared_word(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("text, lang", [
    # Kazakh and Uzbek in Latin letters write q without a u; Turkish writes no q at all.
    ("Qazaqstan áskerı attasesi Ankarada qabyldandy", "kk"),
    ("Qoraqalpoq harbiy qismi mashqlarda qatnashdi", "uz"),
    # A hint only: a name with a q does not outweigh the text's own words.
    ("Iraq and Qatar signed a defence deal.", "en"),
    ("Savunma Bakanı Maqedonci ile anlaşma imzaladı.", "tr"),
])
def test_latin_kazakh_and_uzbek_are_told_from_turkish_by_their_q(text, lang):
    assert detect(text) == lang
