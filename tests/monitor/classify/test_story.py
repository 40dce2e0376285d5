"""Only the article's own story counts: trailing headlines, related blocks and footers are cut."""

from monitor.classify.story import own_story
from monitor.classify.text import sentences
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


_MEETING_RU = ("16 мая в Астане министр обороны Казахстана встретился с министром обороны Армении, "
               "прибывшим с официальным визитом.\n"
               "Министры обсудили состояние военного сотрудничества, подготовку кадров и обмен опытом "
               "в области военного образования.\n")


def test_read_also_block_inside_the_story_does_not_end_it():
    text = (_MEETING_RU + "Читайте также:\nВ Алматы прошли соревнования военных водителей\n"
            "Министр наградил лучших курсантов академии\n"
            "Гость посетил Национальный университет обороны и осмотрел учебные классы.\n"
            "В завершение встречи министры подписали соглашение о сотрудничестве в области военной медицины.\n")
    det = run("Встреча министров обороны", text, lang="ru")
    assert main(det).kind == "agreement_signed" and main(det).parties == ("AM", "KZ")


def test_read_also_block_with_only_headlines_after_it_still_ends_the_story():
    text = (_MEETING_RU + "Читайте также\nМонголия и Китай подписали план военного сотрудничества на 2025 год\n"
            "Курс тенге укрепился\n"
            "Сообщение об ошибке. Выделите текст и нажмите Ctrl+Enter.\n")
    story = own_story(text, "ru")
    assert "Монголия" not in story and "подготовку кадров" in story


def test_related_block_of_teasers_ends_the_story():
    text = (_BODY + "Related\nMongolia and Laos sign military cooperation plan\n"
            "The defence ministers of Mongolia and Laos signed a plan of military cooperation for 2025.\n"
            "Chad and Niger start joint drills\n"
            "Troops of Chad and Niger started a joint exercise near the border on Sunday.\n")
    story = own_story(text, "en")
    assert "Mongolia" not in story and "Chad" not in story and "joint activities" in story


def test_one_line_read_also_link_inside_the_story_is_not_read_as_a_sentence():
    text = ("Azerbaijani and Romanian energy ministers discussed the Black Sea green energy cable in Baku "
            "on Monday and reviewed the feasibility study of the project.\n"
            "Read also: Azerbaijan and Romania sign military cooperation plan for 2025\n"
            "The ministers agreed to meet again in Bucharest in June, the energy ministry said.\n")
    det = run("Azerbaijan, Romania discuss green energy cable", text, lang="en")
    assert not det.flagged


def test_one_line_link_in_azerbaijani_is_not_read_as_a_sentence():
    text = ("Bakıda Azərbaycan və Rumıniyanın energetika nazirləri yaşıl enerji dəhlizi layihəsini müzakirə "
            "ediblər və texniki-iqtisadi əsaslandırmanın hazırlanmasına baxıblar.\n"
            "Həmçinin oxuyun: Azərbaycan və Rumıniya 2025-ci il üçün hərbi əməkdaşlıq planı imzalayıb\n"
            "Tərəflər iyun ayında Buxarestdə növbəti görüş keçirməyi razılaşdırıblar.\n")
    assert not run("Yaşıl enerji dəhlizi müzakirə edilib", text, lang="az").flagged


def test_turkish_heading_with_dotted_capital_i_ends_the_story():
    text = ("Ticaret Bakanı, Astana'da Kazak mevkidaşı ile görüşerek iki ülke arasındaki ticaret hacmini "
            "artırma hedefini ele aldı ve lojistik projelerini değerlendirdi.\n"
            "Görüşmede tarım ve müteahhitlik projeleri de masaya yatırıldı.\n"
            "ETİKETLER\nTürkiye ile Kazakistan 2025 yılı askeri iş birliği planını imzaladı. Plan Ankara'da "
            "imzalandı.\n")
    story = own_story(text, "tr")
    assert "askeri" not in story and "tarım" in story


def test_page_of_headline_and_caption_lines_around_long_paragraphs_is_split_on_lines():
    title = "Министр обороны Армении провел переговоры с казахстанским коллегой"
    text = (f"{title}\n{title}\n"
            "Стороны обсудили подготовку миротворцев и военное образование\n"
            "ЕРЕВАН, 3 октября - РИА Новости. Министр обороны Армении во вторник провел в Ереване переговоры "
            "с министром обороны Казахстана, сообщили в армянском военном ведомстве.\n"
            "Стороны обсудили военное образование, подготовку миротворцев и обмен опытом в области "
            "военной медицины, говорится в сообщении.\n"
            "Фото: Министерство обороны Республики Армения\n")
    first = sentences(text)[0]
    assert text[first.start:first.end] == title


def test_latest_block_after_a_very_short_story_ends_it():
    text = ("Defence officials of Azerbaijan and Italy held talks in Rome on May 14.\n"
            "They discussed military education and training.\n"
            "Latest\nKazakhstan and China sign military cooperation plan for 2025\n"
            "The defence ministers of Kazakhstan and China signed a plan of military cooperation in Astana.\n")
    det = run("Azerbaijan, Italy hold defence talks", text, lang="en")
    assert main(det).kind == "talks" and all("CN" not in event.parties for event in det.events)


def test_an_ordinal_dot_inside_a_sentence_does_not_end_it():
    # Serbian, Croatian and German write ordinals with a dot ("za 2025. godinu", "11. aprila"): a
    # lowercase word after it shows the sentence goes on.
    text = "Plan je potpisan za 2025. godinu u Beogradu 11. aprila. Sastanak je završen. Godina 2024. Kraj."
    assert [text[span.start:span.end] for span in sentences(text)] == [
        "Plan je potpisan za 2025. godinu u Beogradu 11. aprila.", "Sastanak je završen.", "Godina 2024.", "Kraj."]
