"""Only the article's own story counts: trailing headlines, related blocks and footers are cut."""

from monitor.classify.story import own_story
from tests.monitor.classify.conftest import main, run

_BODY = ("The defence ministers of Georgia and Armenia met in Tbilisi on Tuesday and discussed bilateral "
         "military cooperation, regional security and training of officers.\n"
         "The ministers noted the growing number of joint activities between the two armies.\n")


def test_trailing_headline_list_creates_no_event():
    text = _BODY + ("Greece, Cyprus sign naval cooperation agreement\n"
                    "Oil prices climb for third day\n"
                    "Spain and Portugal call for closer cooperation on migration\n")
    det = run("Georgian and Armenian defence ministers meet", text)
    assert main(det).kind == "talks" and main(det).parties == ("AM", "GE")
    assert all(event.parties != ("CY", "GR") for event in det.events)


def test_latest_block_is_cut():
    text = _BODY + "\nLatest\nIndia and Japan sign defence agreement. Troops of Chad and Niger start joint drills.\n"
    story = own_story(text, "en")
    assert "India and Japan" not in story and "joint activities" in story


def test_leave_a_reply_footer_is_cut():
    text = _BODY + "\nLeave a Reply\nYour email address will not be published. Mongolia signs plan with Laos.\n"
    assert "Mongolia" not in own_story(text, "en")


def test_related_block_in_russian_is_cut():
    text = ("Министр обороны Армении встретился в Ереване с министром обороны Грузии и обсудил вопросы "
            "двустороннего военного сотрудничества.\n"
            "Стороны обсудили совместную подготовку офицеров и обмен опытом.\n"
            "Читайте также\nКитай и Пакистан подписали соглашение о военном сотрудничестве\n")
    det = run("Встреча министров", text, lang="ru")
    assert all("CN" not in event.parties for event in det.events)
    assert main(det).parties == ("AM", "GE")


def test_navigation_at_the_top_is_not_an_end_marker():
    text = "Latest\nPolitics\n" + _BODY
    assert "joint activities" in own_story(text, "en")


def test_story_is_bounded_on_huge_input():
    assert len(own_story("word " * 200_000, "en")) <= 20_000
