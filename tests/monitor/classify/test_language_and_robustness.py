"""Language detection, and the classifier's promises: never raise, deterministic, bounded work."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify import Article, classify
from monitor.classify.language import detect

# Pieces of defence news without (and a few with) the cue of an act, an exercise or a meeting.
_PHRASES = ("The defence ministers of Georgia and Azerbaijan", "Baku and Tbilisi", "on 12 May 2024",
            "yesterday", "the cooperation plan for 2025", "the plan signed in 2004", "bilateral",
            "military cooperation between the two countries", "the Kazakh side", "trilateral", "NATO",
            "the agreement", "said the ministry.", "\n", ".", "signed a plan", "held talks",
            "a joint exercise was conducted")


def test_languages_are_detected():
    assert detect("The minister said that the two countries signed the agreement on Monday.") == "en"
    assert detect("Министр обороны заявил, что страны подписали соглашение о сотрудничестве.") == "ru"
    assert detect("Müdafiə naziri bildirib ki, ölkələr arasında əməkdaşlıq planı imzalanıb.") == "az"
    assert detect("Bakan, iki ülke arasında iş birliği anlaşmasının imzalandığını söyledi.") == "tr"
    assert detect("Le ministre a déclaré que les deux pays ont signé un accord de coopération.") == "fr"
    assert detect("Պաշտպանության նախարարները ստորագրել են համագործակցության պլանը։") == "hy"


def test_more_scripts_are_recognised_and_never_read_with_a_latin_lexicon():
    assert detect("Οι υπουργοί Άμυνας των δύο χωρών υπέγραψαν σχέδιο στρατιωτικής συνεργασίας.") == "el"
    assert detect("양국 국방장관은 군사협력 계획에 서명했다고 국방부가 밝혔다. Seoul 2024") == "ko"
    assert detect("שרי הביטחון של שתי המדינות חתמו על הסכם שיתוף פעולה.") == "he"


def test_portuguese_cedillas_do_not_make_a_page_turkish():
    text = "Calendário das competições: as alterações serão divulgadas em março, informou a organização."
    assert detect(text) == "pt"


@pytest.mark.parametrize("text, lang", [
    # Uzbek Latin with plain apostrophes: "o'" must not read as the Romanian word "o".
    ("O'zbekiston va Ozarbayjon mudofaa vazirlari harbiy hamkorlik bo'yicha reja imzoladi.", "uz"),
    # Uzbek Cyrillic (ў, ҳ) is not Kazakh, which has ә, ө, ұ, ү, і.
    ("Ўзбекистон ва Озарбайжон мудофаа вазирлари ҳарбий ҳамкорлик бўйича режани имзолади.", "uz"),
    ("Қазақстан мен Өзбекстан қорғаныс министрлері әскери ынтымақтастық жоспарына қол қойды.", "kk"),
    # Serbian Latin (č, š, ž, đ) is not Spanish; Polish keeps its own letters; "o'clock" stays English.
    ("Ministri odbrane Srbije i Azerbejdžana potpisali su sporazum o vojnoj saradnji.", "sr"),
    ("Ministrowie obrony Polski i Litwy podpisali porozumienie o współpracy wojskowej.", "pl"),
    ("The minister said at five o'clock that the agreement was signed.", "en"),
])
def test_uzbek_in_both_scripts_and_serbian_in_latin_are_told_from_their_neighbours(text, lang):
    assert detect(text) == lang


def test_languages_without_a_lexicon_are_recognised_and_never_flagged():
    samples = {
        "nl": "De ministers van Defensie van Georgië en Azerbeidzjan hebben een plan voor de militaire "
              "samenwerking ondertekend.",
        "he": "שרי הביטחון של גאורגיה ואזרבייג'ן חתמו על תוכנית לשיתוף פעולה צבאי.",
    }
    for lang, text in samples.items():
        detection = classify(Article(title="", text=text))
        assert (detection.lang, detection.flagged, detection.events) == (lang, False, ())


# Cyrillic languages of the region without a lexicon: a page in one of them is reported as a
# language pactwatch has no rules for, never read with the Russian or Kazakh lexicon and found empty.
_CYRILLIC_WITHOUT_RULES = {
    "ky": "Кыргызстандын жана Казакстандын коргоо министрлери Бишкекте жолугушуп, эки өлкөнүн ортосундагы "
          "аскердик кызматташтык боюнча планга кол коюшту. Бул план 2027-жылга түзүлгөн жана анын алкагында "
          "биргелешкен машыгуулар өтөт.",
    "tg": "Вазирони мудофиаи Тоҷикистон ва Қазоқистон дар Душанбе нақшаи ҳамкории ҳарбиро барои соли 2027 "
          "имзо карданд. Ин нақша ҳамчунин машқҳои муштаракро дар бар мегирад.",
    "mn": "Монгол Улс болон Казахстаны батлан хамгаалахын сайд нар Улаанбаатар хотод цэргийн хамтын "
          "ажиллагааны төлөвлөгөөнд гарын үсэг зурсан юм. Энэ нь хоёр улсын харилцааг бэхжүүлэх ач "
          "холбогдолтой байна.",
    "be": "Міністры абароны Беларусі і Казахстана падпісалі ў Мінску план ваеннага супрацоўніцтва на 2027 "
          "год. Гэта таксама прадугледжвае сумесныя вучэнні, паведаміла міністэрства.",
    "mk": "Министрите за одбрана на двете земји во Скопје потпишаа договор за воена соработка. Тие исто "
          "така разговараа за заедничките вежби меѓу двете армии, беше соопштено од министерството.",
}


@pytest.mark.parametrize("lang", sorted(_CYRILLIC_WITHOUT_RULES))
def test_cyrillic_languages_without_a_lexicon_are_reported_as_unread(lang):
    detection = classify(Article(title="", text=_CYRILLIC_WITHOUT_RULES[lang]))
    assert (detection.lang, detection.supported, detection.flagged) == (lang, False, False)


@pytest.mark.parametrize("lang", sorted(_CYRILLIC_WITHOUT_RULES))
def test_a_page_declared_in_a_cyrillic_language_without_a_lexicon_keeps_it(lang):
    detection = classify(Article(title="", text=_CYRILLIC_WITHOUT_RULES[lang], lang=lang))
    assert (detection.lang, detection.supported) == (lang, False)


def test_a_declared_language_in_another_script_gives_way_to_the_text():
    detection = classify(Article(title="План", text="Министры обороны Грузии и Армении подписали план "
                                                    "военного сотрудничества на 2026 год.", lang="en"))
    assert detection.lang == "ru" and detection.flagged


def test_empty_and_garbage_inputs_do_not_raise():
    for title, text in (("", ""), ("", "\n\n\n"), ("???", "%%%% ### 12.12.12 ...."), ("x", "\x00\x01" * 50),
                        ("İİİ", "İstanbul İİ ııı ẞẞ")):
        detection = classify(Article(title=title, text=text))
        assert detection.flagged is False


def test_huge_input_is_read_only_up_to_the_story_bound():
    sentence = "The defence ministers of Georgia and Armenia discussed regional security. "
    detection = classify(Article(title="Huge", text=sentence * 40_000))
    assert detection.lang == "en" and detection.events[0].kind == "talks"


def test_deterministic():
    article = Article(title="Plan", text="The defence ministers of Georgia and Azerbaijan signed the military "
                                         "cooperation plan for 2026.")
    assert classify(article) == classify(article)


def test_confidence_is_in_range():
    detection = classify(Article(title="Plan", text="Georgia and Azerbaijan signed a defence plan for 2026."))
    assert all(0.0 <= event.confidence <= 1.0 for event in detection.events)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=12))
def test_story_skipped_for_want_of_an_event_cue_would_report_nothing(phrases):
    """The classifier stops after the lexicon scan when no sentence has an act, exercise or meeting
    cue; the rules, run anyway, must agree that such a story reports no event."""
    from monitor.classify.dates import page_dates
    from monitor.classify.detect import can_report, detect
    from monitor.classify.facts import attach_dates, build
    from monitor.classify.lexicons import load

    lex = load("en")
    facts = build(" ".join(phrases), [lex])
    if not can_report(facts):
        attach_dates(facts, lex)
        assert detect(facts, lex, page_dates(facts.text, facts.lowered, lex, None, None, "", [])) == ()


def test_three_letter_and_regional_language_codes_are_understood():
    from monitor.classify.language import declared_language

    assert [declared_language(code) for code in ("tur", "aze", "rus", "en-GB", "az_Latn", "bul")] == \
        ["tr", "az", "ru", "en", "az", "bg"]


def test_a_declared_code_naming_no_language_leaves_the_text_to_decide():
    text = "Türkiye ile Azerbaycan savunma bakanları askeri iş birliği planını imzaladı."
    for code in ("und", "mul", "zxx", "xyz", ""):
        assert classify(Article(title="", text=text, lang=code)).lang == "tr"


def test_a_page_declared_tur_is_read_with_the_turkish_lexicon():
    text = ("Türkiye ile Azerbaycan arasında 2025 yılı askeri iş birliği planı Ankara'da imzalandı. "
            "Planı iki ülkenin savunma bakanları imzaladı.")
    detection = classify(Article(title="Plan imzalandı", text=text, lang="tur"))
    assert detection.lang == "tr" and detection.flagged


def test_a_publish_time_is_read_as_its_day():
    from datetime import datetime

    text = "The defence ministers of Georgia and Armenia today signed the military cooperation plan for 2026."
    detection = classify(Article(title="Plan", text=text, published=datetime(2025, 12, 2, 10, 30)))
    assert detection.events[0].date == "2025-12-02"


def test_an_article_with_neither_title_nor_url_is_still_classified():
    assert classify(Article(title=None, text="Nothing to see.", url=None)).flagged is False
