"""A "Read also" link inside a story, in the languages whose outlets write it so: the linked headline
(another story's signing) is not read as this story's sentence. Texts written for these tests."""

import pytest

from tests.monitor.classify.conftest import run

_CASES = {
    "de": ("Die Energieminister Deutschlands und Norwegens sprachen in Oslo über eine neue Wasserstoffleitung "
           "und die Finanzierung der Machbarkeitsstudie.",
           "Lesen Sie auch: Deutschland und Litauen unterzeichnen Abkommen über militärische Zusammenarbeit",
           "Die Gespräche sollen im Juni in Berlin fortgesetzt werden, teilte das Wirtschaftsministerium mit."),
    "pt": ("Os ministros da Energia de Portugal e de Marrocos discutiram em Rabat o projeto do cabo elétrico "
           "submarino e o calendário das obras.",
           "Leia também: Portugal e Marrocos assinam acordo de cooperação militar",
           "Os ministros voltarão a reunir-se em Lisboa em junho, informou o ministério da Economia."),
    "it": ("I ministri dell'Energia di Italia e Algeria hanno discusso ad Algeri il nuovo gasdotto e il "
           "finanziamento dello studio di fattibilità.",
           "Leggi anche: Italia e Algeria firmano un accordo di cooperazione militare",
           "I ministri si incontreranno di nuovo a Roma a giugno, ha riferito il ministero."),
    "el": ("Οι υπουργοί Ενέργειας της Ελλάδας και της Αιγύπτου συζήτησαν στο Κάιρο το καλώδιο ηλεκτρικής "
           "διασύνδεσης και τη χρηματοδότηση της μελέτης.",
           "Διαβάστε επίσης: Ελλάδα και Αίγυπτος υπέγραψαν συμφωνία στρατιωτικής συνεργασίας",
           "Οι υπουργοί θα συναντηθούν ξανά στην Αθήνα τον Ιούνιο, ανέφερε το υπουργείο."),
    "ar": ("ناقش وزيرا الطاقة في مصر والأردن في عمان مشروع الربط الكهربائي وتمويل دراسة الجدوى.",
           "اقرأ أيضا: مصر والأردن توقعان اتفاقية للتعاون العسكري",
           "واتفق الوزيران على الاجتماع مجددا في القاهرة في يونيو، بحسب بيان وزارة الكهرباء."),
    "pl": ("Ministrowie energii Polski i Litwy rozmawiali w Wilnie o nowym połączeniu gazowym oraz o "
           "finansowaniu studium wykonalności.",
           "Czytaj także: Polska i Litwa podpisały umowę o współpracy wojskowej",
           "Ministrowie spotkają się ponownie w Warszawie w czerwcu, poinformował resort klimatu."),
    "ro": ("Miniștrii energiei din România și Bulgaria au discutat la Sofia despre noul interconector de gaze "
           "și finanțarea studiului de fezabilitate.",
           "Citește și: România și Bulgaria au semnat un acord de cooperare militară",
           "Miniștrii se vor întâlni din nou la București în iunie, a anunțat ministerul."),
    "fr": ("Les ministres de l'Énergie du Maroc et du Sénégal ont discuté à Dakar du projet de gazoduc et du "
           "financement de l'étude de faisabilité.",
           "Lire aussi : Le Maroc et le Sénégal signent un accord de coopération militaire",
           "Les ministres se retrouveront à Rabat en juin, a indiqué le ministère."),
    "es": ("Los ministros de Energía de Chile y Perú discutieron en Lima el proyecto de interconexión eléctrica "
           "y la financiación del estudio de factibilidad.",
           "Lee también: Chile y Perú firman un acuerdo de cooperación militar",
           "Los ministros volverán a reunirse en Santiago en junio, informó el ministerio."),
}


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_read_also_link_is_not_the_story(lang):
    before, link, after = _CASES[lang]
    detection = run("", "\n".join((before, link, after)) + "\n", lang=lang)
    assert detection.lang == lang and not detection.flagged, detection.events


def test_another_storys_headline_set_between_paragraphs_reports_nothing():
    detection = run("Minister leaves for Baku",
                    "The defence minister of Uzbekistan will meet his Azerbaijani counterpart in Baku next week.\n"
                    "Russian deputy defence minister visited Uzbekistan\n"
                    "The ministers are expected to discuss military cooperation.", lang="en")
    assert not detection.flagged, detection.events


def test_a_subheading_naming_the_storys_own_pair_still_reports_its_event():
    detection = run("Uzbekistan and Azerbaijan",
                    "The defence ministers of Uzbekistan and Azerbaijan held talks in Baku.\n"
                    "Plan signed by Uzbekistan and Azerbaijan\n"
                    "The military cooperation plan for 2026 was also discussed.", lang="en")
    assert detection.flagged and detection.events[0].kind == "plan_signed", detection.events


def test_a_headline_line_after_a_dateline_is_the_storys_own():
    detection = run("Minister visits",
                    "Baku, 12 March\n"
                    "Uzbekistan and Azerbaijan sign military cooperation plan for 2026\n"
                    "The ceremony took place at the defence ministry.", lang="en")
    assert detection.flagged and detection.events[0].kind == "plan_signed", detection.events
