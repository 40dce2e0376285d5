"""ingest → classify → merge → events, through the real command line on a real database file."""

import json

from click.testing import CliRunner

from monitor.cli import main

EN_REPORT = """Azerbaijan and Kazakhstan sign military cooperation plan for 2024
The defence ministers of Azerbaijan and Kazakhstan met in Baku on 6 October 2023.
At the end of the meeting the two ministers signed the plan of bilateral military cooperation for 2024.
The plan foresees staff visits, joint training and exchanges between military academies.
"""
RU_REPORT = """Азербайджан и Казахстан подписали план военного сотрудничества
Министры обороны Азербайджана и Казахстана 6 октября 2023 года в Баку подписали план двустороннего военного сотрудничества на 2024 год.
Стороны также обсудили подготовку совместных учений.
"""
TRADE_REPORT = """Azerbaijan and Kazakhstan sign trade memorandum
The economy ministers of Azerbaijan and Kazakhstan signed a memorandum on trade and transit of goods.
The document aims to double the volume of trade between the two countries by 2026.
"""
HTML_REPORT = """<html lang="en"><head><title>Georgia and Azerbaijan hold defence talks</title>
<meta property="article:published_time" content="2023-05-10T10:00:00+04:00"></head><body>
<article><h1>Georgia and Azerbaijan hold defence talks</h1>
<p>The defence minister of Georgia held talks with his Azerbaijani counterpart in Tbilisi on Wednesday.</p>
<p>The ministers discussed military cooperation, military education and joint exercises planned for the autumn.</p>
</article></body></html>"""


def run(db_path, *args):
    result = CliRunner().invoke(main, ["--db", str(db_path), *args], catch_exceptions=False)
    return result


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def events_json(db_path, *args):
    result = run(db_path, "events", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_two_reports_in_two_languages_become_one_event_with_two_sources(tmp_path, db_path):
    run(db_path, "ingest", "--source", "wire", write(tmp_path, "en.txt", EN_REPORT))
    run(db_path, "ingest", "--source", "agency", write(tmp_path, "ru.txt", RU_REPORT))

    [event] = events_json(db_path)
    assert event["kind"] == "plan_signed"
    assert event["parties"] == ["AZ", "KZ"]
    assert event["plan_year"] == 2024
    assert event["date"] == "2023-10-06"
    assert sorted(a["source"] for a in event["articles"]) == ["agency", "wire"]
    assert all(a["url"].startswith("file://") for a in event["articles"])
    assert set(event) == {"id", "kind", "parties", "plan_year", "date", "first_seen", "articles"}


def test_trade_deal_creates_no_event(tmp_path, db_path):
    result = run(db_path, "ingest", "--source", "wire", write(tmp_path, "trade.txt", TRADE_REPORT))

    assert result.exit_code == 0
    assert events_json(db_path) == []


def test_html_file_is_extracted_and_classified(tmp_path, db_path):
    run(db_path, "ingest", "--source", "wire", write(tmp_path, "talks.html", HTML_REPORT))

    [event] = events_json(db_path, "--kind", "talks")
    assert event["parties"] == ["AZ", "GE"]
    assert event["articles"][0]["title"] == "Georgia and Azerbaijan hold defence talks"


def test_ingesting_the_same_file_twice_adds_nothing(tmp_path, db_path):
    path = write(tmp_path, "en.txt", EN_REPORT)
    run(db_path, "ingest", "--source", "wire", path)
    run(db_path, "ingest", "--source", "wire", path)

    [event] = events_json(db_path)
    assert len(event["articles"]) == 1


def test_reclassify_keeps_the_ids_of_unchanged_events(tmp_path, db_path):
    run(db_path, "ingest", "--source", "wire", write(tmp_path, "en.txt", EN_REPORT),
        write(tmp_path, "talks.html", HTML_REPORT))
    before = events_json(db_path)

    result = run(db_path, "reclassify")
    assert result.exit_code == 0 and "2 articles classified, 0 changed" in result.output
    assert events_json(db_path) == before


def test_events_filters_by_country_and_kind(tmp_path, db_path):
    run(db_path, "ingest", "--source", "wire", write(tmp_path, "en.txt", EN_REPORT),
        write(tmp_path, "talks.html", HTML_REPORT))

    assert [e["kind"] for e in events_json(db_path, "--country", "KZ")] == ["plan_signed"]
    assert [e["kind"] for e in events_json(db_path, "--country", "GE")] == ["talks"]
    assert events_json(db_path, "--kind", "exercise") == []


def test_events_limit_keeps_the_newest_with_all_their_sources(tmp_path, db_path):
    run(db_path, "ingest", "--source", "wire", write(tmp_path, "en.txt", EN_REPORT),
        write(tmp_path, "talks.html", HTML_REPORT))
    run(db_path, "ingest", "--source", "agency", write(tmp_path, "ru.txt", RU_REPORT))

    [newest] = events_json(db_path, "--limit", "1")
    assert newest["kind"] == "plan_signed"
    assert sorted(a["source"] for a in newest["articles"]) == ["agency", "wire"]
    assert [e["kind"] for e in events_json(db_path, "--limit", "5")] == ["plan_signed", "talks"]
