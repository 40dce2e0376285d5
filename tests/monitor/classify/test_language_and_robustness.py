"""Language detection, and the classifier's promises: never raise, deterministic, bounded work."""

import time

from monitor.classify import Article, classify
from monitor.classify.language import detect


def test_languages_are_detected():
    assert detect("The minister said that the two countries signed the agreement on Monday.") == "en"
    assert detect("Министр обороны заявил, что страны подписали соглашение о сотрудничестве.") == "ru"
    assert detect("Müdafiə naziri bildirib ki, ölkələr arasında əməkdaşlıq planı imzalanıb.") == "az"
    assert detect("Bakan, iki ülke arasında iş birliği anlaşmasının imzalandığını söyledi.") == "tr"
    assert detect("Le ministre a déclaré que les deux pays ont signé un accord de coopération.") == "fr"
    assert detect("Պաշտպանության նախարարները ստորագրել են համագործակցության պլանը։") == "hy"


def test_empty_and_garbage_inputs_do_not_raise():
    for title, text in (("", ""), ("", "\n\n\n"), ("???", "%%%% ### 12.12.12 ...."), ("x", "\x00\x01" * 50),
                        ("İİİ", "İstanbul İİ ııı ẞẞ")):
        detection = classify(Article(title=title, text=text))
        assert detection.flagged is False


def test_huge_input_is_fast_and_bounded():
    sentence = "The defence ministers of Georgia and Armenia discussed regional security. "
    text = sentence * 40_000
    start = time.perf_counter()
    classify(Article(title="Huge", text=text))
    assert time.perf_counter() - start < 2.0


def test_deterministic():
    article = Article(title="Plan", text="The defence ministers of Georgia and Azerbaijan signed the military "
                                         "cooperation plan for 2026.")
    assert classify(article) == classify(article)


def test_confidence_is_in_range():
    detection = classify(Article(title="Plan", text="Georgia and Azerbaijan signed a defence plan for 2026."))
    assert all(0.0 <= event.confidence <= 1.0 for event in detection.events)
