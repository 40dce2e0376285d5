"""A list's items are read as the end of the sentence that leads them in with a colon (``story.read_lists``), and a
list so led in at a story's end is the story's, not a trailing run of other stories' headlines (issue 15)."""

from monitor.classify import Article, classify
from monitor.classify.story import read_lists, split_story
from monitor.classify.text import sentences

LEAD_IN = "The following documents were signed during the visit:"


def test_numbered_and_bulleted_items_are_read_after_the_lead_in():
    story = f"Headline\n{LEAD_IN}\n1. Agreement on tourism;\n2. Plan of military cooperation for 2027.\nThen they left."
    assert read_lists(story, "en").split("\n") == [
        "Headline",
        f"{LEAD_IN} 1. Agreement on tourism;",
        f"{LEAD_IN} 2. Plan of military cooperation for 2027.",
        "Then they left.",
    ]
    bullets = f"{LEAD_IN}\n• Agreement on tourism.\n\n— Plan of military cooperation for 2027."
    assert read_lists(bullets, "en").split("\n") == [
        f"{LEAD_IN} • Agreement on tourism.",
        f"{LEAD_IN} — Plan of military cooperation for 2027.",
    ]


def test_only_the_last_sentence_of_the_lead_in_line_leads_the_items():
    story = "The ministry held its weekly briefing on Thursday. The spokesman listed the week's activities:\n- A drill"
    assert read_lists(story, "en").split("\n") == [
        "The ministry held its weekly briefing on Thursday.",
        "The spokesman listed the week's activities: - A drill",
    ]


def test_unmarked_items_name_things_and_close_with_a_semicolon_or_nothing():
    items = "Agreement on tourism;\nPlan of military cooperation for 2027;\nProgramme of exchanges."
    story = f"{LEAD_IN}\n{items}\nThey left."
    assert read_lists(story, "en").split("\n") == [
        f"{LEAD_IN} Agreement on tourism;",
        f"{LEAD_IN} Plan of military cooperation for 2027;",
        f"{LEAD_IN} Programme of exchanges.",
        "They left.",
    ]


def test_a_paragraph_after_a_colon_is_no_list():
    story = 'The minister told reporters after the talks in Ankara:\n"We signed a plan. It covers training."\nEnd.'
    assert read_lists(story, "en") == story
    one = f"{LEAD_IN}\nA plan of military cooperation for 2027\nThe presidents then spoke to the press."
    assert read_lists(one, "en") == one  # one unmarked line is no list


def test_a_list_led_in_at_the_story_end_is_kept_and_other_headlines_are_not():
    prose = "The Ministry of Defence held its weekly press briefing on Thursday in Ankara, the ministry said."
    listed = f"{prose}\nThe spokesman listed the week's activities:\n- Cadets completed training\n- A plan was signed"
    assert split_story(listed, "en")[0].split("\n")[-1] == "- A plan was signed"
    headlines = f"{prose}\nThe ministry thanked the guests for the visit.\nOther story one here\nOther story two here"
    assert split_story(headlines, "en")[0].split("\n")[-1] == "The ministry thanked the guests for the visit."


def test_a_digest_typed_as_bullets_is_the_story_and_no_wrapped_paragraph():
    digest = (
        "Главное за неделю\nМинск, 16 октября 2026 года (Новости обороны)\n"
        "- Министры обороны стран ОДКБ провели заседание в Минске\n"
        "- Парламент одобрил закон о воинской обязанности\n"
        "- Беларусь и Казахстан подписали план военного сотрудничества на 2027 год\n"
        "- В Гродно открыт памятник воинам"
    )
    assert split_story(digest, "ru")[0] == digest
    assert len(sentences(digest)) == 6  # one per line: items are no lines of a wrapped paragraph


def test_bullet_lines_below_a_story_told_in_sentences_are_other_stories_headlines():
    # The extractor writes a page's list items with a bullet ("- ..."): below a story told in sentences, with no
    # lead-in, a run of them is the page's links to other stories, whose acts are not the story's.
    story = (
        "Baku, 3 May 2026. The defence minister of Azerbaijan met the head of the State Border Service on Tuesday.\n"
        "The two officials agreed to continue their work on the protection of the border."
    )
    links = (
        "- Turkey and Azerbaijan sign military cooperation plan for 2027\n"
        "- Kazakhstan and Uzbekistan hold joint exercise\n"
        "- Armenia ratifies defence agreement with France"
    )
    assert split_story(f"{story}\n{links}", "en")[0].rstrip() == story
    detection = classify(Article(title="Minister met border chief", text=f"{story}\n{links}", lang="en"))
    assert not detection.flagged, detection.events


def test_bare_lines_after_a_heading_that_tells_no_signing_are_other_stories_headlines():
    # "Other news from the Ministry of Defence:" ends in a colon, but tells nothing: the bare lines below it are the
    # page's links to other stories; "The following documents were signed:" tells a signing, and its bare lines name
    # what was signed.
    story = (
        "Baku, 3 May 2026. The defence minister of Azerbaijan met the head of the State Border Service on Tuesday.\n"
        "The two officials agreed to continue their work on the protection of the border."
    )
    links = (
        "Turkey and Azerbaijan sign military cooperation plan for 2027\n"
        "Kazakhstan and Uzbekistan hold joint exercise\n"
        "Armenia ratifies defence agreement with France"
    )
    for heading in ("Other news from the Ministry of Defence:", "Read more news on this topic from our agency:"):
        detection = classify(Article(title="Minister met border chief", text=f"{story}\n{heading}\n{links}", lang="en"))
        assert not detection.flagged, (heading, detection.events)
