"""Whole articles, not sentences: what a real report carries beside or instead of a bilateral act (issue 15).

Each file under ``whole_articles/<lang>/`` (20 languages) is a short article written for these tests (a
headline, a dateline, three to six paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A
``neg_`` article reports no bilateral act and must not be flagged; a ``pos_`` twin tells the same story with
a real act and must be read as the act below. The shapes:
- **background**: a paragraph recalling an earlier signing ("the two ministries signed a plan in 2021", "2021
  yılında ... plan imzalamış"): a year that begins within the act's reach dates it, and a Turkish year in the
  locative ("2021 yılında") is the act's time, not the plan's year;
- **a month long past**: "In March, the defence ministers met in Baku" under a story of 2 September about
  something else (en, ru, az, tr, uk, pl, ro, es, fr, de, it, kk) tells an old meeting; "In August" is recent
  and stays the story's event;
- **agenda**: a visit, talks or a signing still to come; a headline in the present ("Ministro da Defesa visita
  Portugal", "Defence minister visits Poland") over a story that tells the visit only as coming announces it,
  and the perfective future of going ("на следующей неделе отправится с визитом") is not done;
- **committee, bill, government**: a committee approving a ratification bill, with the agreement's own signing
  told after it ("The agreement was signed in Tallinn in March"): the signing is the history of the document
  whose ratification is the news; a government's approval in a headline that the lead tells as a draft still to
  be signed authorises a signing;
- **committees by their bare or compound name** ("Η επιτροπή ενέκρινε", "Verteidigungsausschuss ... gebilligt")
  take a step towards ratification, neither a ratification nor a signing;
- **condolence**: a minister visiting an embassy to sign a book of condolences: the visit is the courtesy;
- **veterans**: another state's veterans received on a holiday are a lay group (as cadets and journalists are),
  whether named "Turkish veterans" or "veterans from Kazakhstan", and "the guests" of a later sentence are they;
- **a day ahead**: a visit named only by its noun beside "next week" ("հաջորդ շաբաթ պաշտոնական այցով") is to come;
  the futures of going ("отправится", "вирушить", "გაემგზავრება", "կմեկնի", "će ... otputovati") are not done;
- **captions**: an archive photo's caption ("File photo: the two ministers during talks in Ankara", "Фото из
  архива", "Arxiv foto", "Arşiv fotoğraf") shows an old scene under a story about something else;
- **loans**: a loan agreement between two states to finance the army's modernisation is financing, read as a
  purchase, no cooperation act (bg, en);
- **talks about exercises**: "the ministers discussed ... and joint exercises" (it, el, pl) is talks, not an
  exercise held;
- **opinion**: what two states sign "every year" is a habit in prose (a headline's present stays the news), and
  what "could be signed" a conditional;
- also multilateral meetings, border services and interior ministries, speeches recalling cooperation,
  companies' contracts, foreign ministers on a war, trailing lists of other headlines, a parade abroad.
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles"

# The main event each positive twin reports: (kind, "AA BB").
EXPECTED = {
    "ar/pos_agenda": ("talks", "EG JO"),
    "az/pos_agenda": ("plan_signed", "AZ KZ"),
    "az/pos_border": ("agreement_signed", "AZ GE"),
    "az/pos_condolence": ("talks", "AZ PK"),
    "az/pos_multilateral": ("talks", "AZ KZ"),
    "az/pos_speech": ("talks", "AZ TR"),
    "az/pos_veterans": ("talks", "AZ TR"),
    "bg/pos_committee": ("agreement_ratified", "BG RO"),
    "bg/pos_government": ("agreement_signed", "BG GR"),
    "bg/pos_postponed": ("agreement_ratified", "BG TR"),
    "de/pos_agenda": ("agreement_signed", "DE LT"),
    "de/pos_committee": ("agreement_ratified", "DE LT"),
    "de/pos_month_background": ("talks", "DE LT"),
    "el/pos_agenda": ("talks", "CY GR"),
    "el/pos_committee": ("agreement_ratified", "CY GR"),
    "en/pos_agenda": ("agreement_signed", "GE PL"),
    "en/pos_agenda_headline": ("talks", "GE PL"),
    "en/pos_background": ("plan_signed", "AZ TR"),
    "en/pos_bill": ("agreement_ratified", "EE GE"),
    "en/pos_caption": ("talks", "AZ TR"),
    "en/pos_border": ("agreement_signed", "AZ GE"),
    "en/pos_company": ("agreement_signed", "AZ TR"),
    "en/pos_condolence": ("talks", "AZ PK"),
    "en/pos_habit_headline": ("plan_signed", "AZ GE"),
    "en/pos_month_background": ("talks", "AZ TR"),
    "en/pos_multilateral": ("talks", "GE LT"),
    "en/pos_opinion": ("plan_signed", "AZ GE"),
    "en/pos_speech": ("talks", "AZ TR"),
    "en/pos_veterans": ("talks", "AZ TR"),
    "en/pos_war": ("talks", "LT PL"),
    "es/pos_agenda": ("agreement_signed", "ES MA"),
    "es/pos_committee": ("agreement_ratified", "ES PT"),
    "fr/pos_agenda": ("agreement_signed", "FR GE"),
    "fr/pos_committee": ("agreement_ratified", "FR GR"),
    "hy/pos_agenda": ("talks", "AM GR"),
    "it/pos_agenda": ("talks", "AL IT"),
    "ka/pos_agenda": ("talks", "GE PL"),
    "kk/pos_agenda": ("plan_signed", "KZ UZ"),
    "pl/pos_agenda": ("talks", "LT PL"),
    "pt/pos_agenda": ("agreement_signed", "MZ PT"),
    "pt/pos_company": ("agreement_signed", "BR PT"),
    "pt/pos_cplp": ("agreement_signed", "AO MZ"),
    "pt/pos_government": ("agreement_ratified", "CV PT"),
    "pt/pos_visit_headline": ("talks", "MZ PT"),
    "ro/pos_agenda": ("talks", "MD RO"),
    "ru/pos_agenda": ("plan_signed", "KZ UZ"),
    "ru/pos_committee": ("agreement_ratified", "KZ UZ"),
    "ru/pos_month_background": ("talks", "BY RU"),
    "ru/pos_opinion": ("plan_signed", "KZ UZ"),
    "ru/pos_veterans": ("talks", "KZ UZ"),
    "sr/pos_agenda": ("talks", "HU RS"),
    "tr/pos_agenda": ("plan_signed", "AZ TR"),
    "tr/pos_background": ("plan_signed", "AZ TR"),
    "tr/pos_committee": ("agreement_ratified", "GE TR"),
    "tr/pos_condolence": ("talks", "PK TR"),
    "uk/pos_agenda": ("agreement_signed", "PL UA"),
    "uk/pos_committee": ("agreement_ratified", "LT UA"),
    "uk/pos_month_background": ("talks", "PL UA"),
    "uz/pos_agenda": ("talks", "KZ UZ"),
}

test_every_positive_twin_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED)
