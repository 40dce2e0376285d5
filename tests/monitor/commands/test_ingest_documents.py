"""`pactwatch ingest` of files as pages store them: the publish date, the language and a real
headline are stored, so no listing has to stand the ingest day in for the day an event happened."""

import json
import subprocess

from click.testing import CliRunner

from monitor.cli import main
from storage import open_db
from tests.terminal import PACTWATCH, run_in_terminal

# Written for these tests, shaped like the pages the issue met: a copyright line or a date
# label opening the text, a dateline, a Russian date line, a page whose <title> is boilerplate.
COPYRIGHT_FIRST = """© Daily Outlet 2022

Kazakhstan and Uzbekistan agree military cooperation plan for 2023
Tashkent / 18.11.22 / Wire: The defence ministers of Kazakhstan and Uzbekistan agreed the plan of bilateral
military cooperation for 2023 during talks in Tashkent.
The plan lists joint staff exercises and visits of military delegations.
"""
DATE_LABEL_FIRST = """ date 2023-11-27 Azerbaijan and Georgia sign military cooperation plan for 2024

The defence ministers of Azerbaijan and Georgia signed the plan of bilateral military cooperation for 2024.
The ceremony followed talks between the two delegations on training and military education.
"""
RUSSIAN_DATE_LINE = """Новости
Армения и Греция подписали план военного сотрудничества на 2024 год
14 декабря 2023, 16:40
Министры обороны Армении и Греции подписали план двустороннего военного сотрудничества на 2024 год.
Документ предусматривает обмен опытом и совместную подготовку офицеров.
"""
UNDATED = """By Staff Writer
Serbia and Azerbaijan sign agreement on military-technical cooperation
The defence ministers of Serbia and Azerbaijan signed an agreement on military-technical cooperation in Belgrade.
The agreement covers maintenance of equipment and training of engineers.
"""
BOILERPLATE_TITLE_PAGE = """<html><head><title>© Mountain News 2023</title>
<meta property="article:published_time" content="2023-06-02T09:30:00+04:00"></head><body>
<article><p>Georgia and Armenia hold defence consultations in Tbilisi</p>
<p>Defence officials of Georgia and Armenia held consultations on military cooperation in Tbilisi this week.</p>
<p>The delegations discussed mountain training, military medicine and the exchange of cadets.</p>
</article></body></html>"""


def ingest(tmp_path, db_path, files: dict[str, str]):
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["--db", str(db_path), "ingest", "--source", "wire", *paths],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output


def stored(db_path) -> dict[str, tuple]:
    db = open_db(db_path)
    rows = {url.rsplit("/", 1)[1]: (title, published, lang) for url, title, published, lang in
            db.execute("SELECT url, title, published_at, lang FROM articles")}
    db.conn.close()
    return rows


def test_ingest_stores_the_publish_date_language_and_headline_of_text_files(tmp_path, db_path):
    ingest(tmp_path, db_path, {"copyright.txt": COPYRIGHT_FIRST, "label.txt": DATE_LABEL_FIRST,
                               "russian.txt": RUSSIAN_DATE_LINE, "undated.txt": UNDATED})

    assert stored(db_path) == {
        "copyright.txt": ("Kazakhstan and Uzbekistan agree military cooperation plan for 2023", "2022-11-18", "en"),
        "label.txt": ("Azerbaijan and Georgia sign military cooperation plan for 2024", "2023-11-27", "en"),
        "russian.txt": ("Армения и Греция подписали план военного сотрудничества на 2024 год",
                        "2023-12-14T16:40:00", "ru"),
        "undated.txt": ("Serbia and Azerbaijan sign agreement on military-technical cooperation", None, "en"),
    }


def test_ingest_replaces_a_boilerplate_page_title_with_the_pages_headline(tmp_path, db_path):
    ingest(tmp_path, db_path, {"page.html": BOILERPLATE_TITLE_PAGE})

    assert stored(db_path) == {"page.html": ("Georgia and Armenia hold defence consultations in Tbilisi",
                                             "2023-06-02T09:30:00+04:00", "en")}


def test_an_undated_event_never_shows_the_ingest_day_as_its_date(tmp_path, db_path):
    ingest(tmp_path, db_path, {"undated.txt": UNDATED, "label.txt": DATE_LABEL_FIRST})

    events = json.loads(subprocess.run([PACTWATCH, "--db", str(db_path), "events", "--json"], capture_output=True,
                                       text=True, timeout=60, check=True).stdout)
    undated = next(e for e in events if e["parties"] == ["AZ", "RS"])
    assert undated["date"] is None
    code, screen = run_in_terminal(["--db", str(db_path), "events"], columns=80)
    assert code == 0, screen
    row = next(line for line in screen.splitlines() if line.split()[:1] == [str(undated["id"])])
    assert row.split()[1] == "—"
    assert undated["first_seen"][:10] not in screen


def test_since_reads_an_undated_event_by_its_first_report_not_the_ingest_day(tmp_path, db_path):
    old_page = BOILERPLATE_TITLE_PAGE.replace("2023-06-02T09:30:00+04:00", "2019-03-12T10:00:00+04:00")
    ingest(tmp_path, db_path, {"old.html": old_page})

    def listed(since: str) -> list:
        return json.loads(subprocess.run([PACTWATCH, "--db", str(db_path), "events", "--json", "--since", since],
                                         capture_output=True, text=True, timeout=60, check=True).stdout)

    assert [e["date"] for e in listed("2019-03-01")] == [None]
    assert listed("2020-01-01") == []  # ingested today, reported in 2019


def test_ingest_reads_a_publish_date_from_metadata_htmldate_knows_but_never_from_a_sidebar(tmp_path, db_path):
    story = ("<article><h1>Azerbaijan and Georgia hold defence talks in Baku</h1><p>The defence ministers of"
             " Azerbaijan and Georgia held talks on military education and joint training in Baku.</p></article>")
    ingest(tmp_path, db_path, {
        "parsely.html": '<html lang="en"><head><title>Talks</title>'
                        '<meta name="parsely-pub-date" content="2023-11-27T10:00:00Z"></head>'
                        f"<body>{story}</body></html>",
        "sidebar.html": f'<html lang="en"><head><title>Talks</title></head><body>{story}'
                        '<aside><h3>Latest</h3><time datetime="2021-01-05">5 January 2021</time></aside></body></html>',
    })

    dates = {name: published for name, (_title, published, _lang) in stored(db_path).items()}
    assert dates == {"parsely.html": "2023-11-27", "sidebar.html": None}
