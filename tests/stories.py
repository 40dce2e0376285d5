"""Articles written for the read-side tests (web UI, feed, report, export), and a database built
from them with `pactwatch ingest`, as a user would build one.

What the database holds, once built:
- plan_signed AZ–KZ (plan year 2025), reported by two sources in two languages;
- agreement_signed AZ–GE, dated 2024-09-03;
- exercise AZ–TR, whose title carries markup (`<b>`, `<script>`, `&`) that must stay text everywhere;
- talks KZ–UZ, dated 2024-03-12;
- agreement_signed AZ–RS, published three days before the day the tests run (a "new agreement");
- plan_signed AZ–MD, flagged with low confidence (below 0.8): nothing in it says who signed;
- one article the classifier does not flag.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main

MARKUP_TITLE = "Turkish & Azerbaijani troops hold <b>joint</b> drills <script>alert('pw')</script>"

WIRE = {
    "kz-plan.txt": """Kazakhstan and Azerbaijan agree military cooperation plan for 2025
Defence ministers of Kazakhstan and Azerbaijan met in Astana on 14 November 2024.
After the talks the two ministers signed the plan of bilateral military cooperation for 2025.
The document covers officer exchanges, joint staff training and visits of military delegations.
""",
    "ge-agreement.html": """<html lang="en"><head><title>Georgia and Azerbaijan sign defence cooperation agreement</title>
<meta property="article:published_time" content="2024-09-03T11:00:00+04:00"></head><body>
<article><h1>Georgia and Azerbaijan sign defence cooperation agreement</h1>
<p>The defence ministers of Georgia and Azerbaijan signed an agreement on cooperation in the field of defence
in Tbilisi on 3 September 2024.</p>
<p>The agreement sets out joint training of mountain units and the exchange of military instructors.</p>
</article></body></html>""",
    "tr-drills.html": """<html lang="en"><head><title>Turkish &amp; Azerbaijani troops hold &lt;b&gt;joint&lt;/b&gt; drills
&lt;script&gt;alert('pw')&lt;/script&gt;</title>
<meta property="article:published_time" content="2024-06-20T09:00:00+04:00"></head><body>
<article><h1>Turkish &amp; Azerbaijani troops hold &lt;b&gt;joint&lt;/b&gt; drills &lt;script&gt;alert('pw')&lt;/script&gt;</h1>
<p>Units of the Turkish Armed Forces and the Azerbaijan Army held a joint tactical exercise near Nakhchivan
from 17 to 20 June 2024 &amp; practised river crossings.</p>
<p>The defence ministries of Türkiye and Azerbaijan said the exercise tested the command of mixed battalions.</p>
</article></body></html>""",
    "uz-talks.txt": """Uzbek and Kazakh defence chiefs discuss border training
The defence minister of Uzbekistan held talks with the defence minister of Kazakhstan in Tashkent on 12 March 2024.
The ministers discussed military education and a joint exercise of mountain troops.
""",
    "md-vague.txt": """Cooperation plan signed in Baku
A military cooperation plan was signed in Baku on Friday.
Officials of Azerbaijan welcomed guests from Moldova for the occasion.
""",
    "weather.txt": """Snow expected in the mountains
Forecasters expect heavy snow in the northern districts over the weekend, with roads closed above 1,500 metres.
""",
}

AGENCY = {
    "kz-plan-ru.txt": """Казахстан и Азербайджан утвердили план военного сотрудничества на 2025 год
Министры обороны Казахстана и Азербайджана 14 ноября 2024 года в Астане подписали план двустороннего военного \
сотрудничества на 2025 год.
Документ предусматривает обмен офицерами и совместную подготовку штабов.
""",
}


def recent_agreement(today: datetime) -> str:
    """An agreement published three days before `today`, so it is always among the last 30 days'."""
    published = (today - timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)
    return f"""<html lang="en"><head><title>Azerbaijan and Serbia sign military-technical agreement</title>
<meta property="article:published_time" content="{published.isoformat()}"></head><body>
<article><h1>Azerbaijan and Serbia sign military-technical agreement</h1>
<p>The defence ministers of Azerbaijan and Serbia signed an agreement on military-technical cooperation
in Belgrade on {published.day} {published:%B} {published.year}.</p>
<p>The agreement opens the way to joint maintenance of equipment and training of engineers.</p>
</article></body></html>"""


def build_database(db_path: Path, folder: Path) -> Path:
    """Write the articles into `folder` and ingest them into `db_path` through the command line."""
    folder.mkdir(parents=True, exist_ok=True)
    batches = {"wire": dict(WIRE, **{"rs-agreement.html": recent_agreement(datetime.now(timezone.utc))}),
               "agency": AGENCY}
    for source, files in batches.items():
        paths = []
        for name, text in files.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        result = CliRunner().invoke(main, ["--db", str(db_path), "ingest", "--source", source, *paths],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return db_path


def yearly_plan(year: int, signed: str) -> str:
    """A ministry's page on the AZ–KZ plan for `year`, signed (and published) on `signed` (YYYY-MM-DD):
    with the 2025 plan above, a run of yearly plans after which the next one is expected."""
    day = datetime.fromisoformat(signed)
    return f"""<html lang="en"><head><title>Azerbaijan and Kazakhstan sign military cooperation plan for {year}</title>
<meta property="article:published_time" content="{signed}T15:00:00+04:00"></head><body>
<article><h1>Azerbaijan and Kazakhstan sign military cooperation plan for {year}</h1>
<p>Defence ministers of Azerbaijan and Kazakhstan met in Baku on {day.day} {day:%B} {day.year}.</p>
<p>After the talks the two ministers signed the plan of bilateral military cooperation for {year}.</p>
<p>The plan lists staff talks, courses at military academies and visits of naval officers.</p>
</article></body></html>"""


def yearly_plans(this_year: int) -> dict[int, str]:
    """Plan year → signing day: the plans for the last four years up to `this_year`, each signed
    on a December day of the year before (the 2025 plan is the stories' own, signed in November)."""
    return {year: f"{year - 1}-12-{9 + year % 7:02d}" for year in range(this_year - 3, this_year + 1) if year != 2025}


def recent_trilateral_talks(today: datetime) -> str:
    """Talks of three states published two days before `today`: the newest event by its day, and
    not a bilateral one."""
    published = (today - timedelta(days=2)).replace(hour=9, minute=0, second=0, microsecond=0)
    return f"""<html lang="en"><head><title>Three defence ministers confer in Kars</title>
<meta property="article:published_time" content="{published.isoformat()}"></head><body>
<article><h1>Three defence ministers confer in Kars</h1>
<p>The defence ministers of Azerbaijan, Georgia and Türkiye held a trilateral meeting in Kars on
{published.day} {published:%B} {published.year}.</p>
<p>They discussed the joint exercises their armies hold every year and the training of mountain units.</p>
</article></body></html>"""


def add_trilateral_talks(db_path: Path, folder: Path) -> Path:
    """Ingest recent_trilateral_talks(now) into `db_path` (source 'agency')."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "trilateral-talks.html"
    path.write_text(recent_trilateral_talks(datetime.now(timezone.utc)), encoding="utf-8")
    result = CliRunner().invoke(main, ["--db", str(db_path), "ingest", "--source", "agency", str(path)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db_path


def add_yearly_plans(db_path: Path, folder: Path) -> Path:
    """Ingest the AZ–KZ plans of yearly_plans(this year) into `db_path`: with the 2025 plan, a run of
    four yearly plans up to this year, so the next year's plan is expected (by ~January next year)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for year, signed in yearly_plans(datetime.now(timezone.utc).year).items():
        path = folder / f"az-kz-plan-{year}.html"
        path.write_text(yearly_plan(year, signed), encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["--db", str(db_path), "ingest", "--source", "wire", *paths],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db_path
