"""Whole articles, session s14 (c2): what only looks like talks, a ratification or a signing (issue 15, precision).

Each file under ``whole_articles_lookalikes/<lang>/`` is a short article written for these tests (a headline, a
dateline, a few paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A ``neg_`` article reports no
bilateral act and must not be flagged; a ``pos_`` twin tells the same story with a real act and must be read as the
act given below. The shapes:
- **a security or emergency body met**: a defence minister meeting another state's interior minister, border service,
  customs chief, emergency minister or gendarmerie commander, its state security committee, or a civil official or
  person of it (a governor, a mayor, businessmen: ``civil_official``) (``detect._security_body_met``); the twin meets
  that state's defence minister or chief of general staff;
- **his own state's envoy**: a defence minister receiving his own state's ambassador or military attaché to another
  state, the headline naming only the envoy and his posting (``detect._own_envoy_met``,
  ``detect._own_envoy_in_the_lead``); the twin receives the other state's envoy;
- **a charity** named with a state's adjective (``company``), **a United Nations official** named by his nationality
  ("the UN resident coordinator, the Norwegian diplomat": ``citizen_after``); the twin meets that state's minister;
- **a signing in a relative clause on its signer** with no time of its own, the day's news another ("the minister, who
  signed the cooperation plan with Azerbaijan, today opened a military hospital"; ru "подписавший", bg "който
  подписа", pl "który podpisał": ``detect._signed_in_a_timeless_relative_clause``); the twin signs in the main clause;
- **a signing of before in the ru and uk plain past** ("План на 2026 год был подписан в Москве", "було підписано")
  after the day's news, a centre opened today or talks held today (``detect._told_in_the_plain_past``); the twin ties
  it to the day's talks ("По итогам встречи был подписан план", "За їх підсумками");
- **defence ministers who also attended the presidents' talks** ("The meeting was also attended by the defence ministers
  of both countries", "Во встрече также приняли участие", "də iştirak ediblər", "da katıldı", "присъстваха и":
  ``detect._attended_a_civil_meeting``); the twin's ministers met apart and discussed military matters;
- **what only looks like a ratification** in bg and en: a first reading, a committee backing the bill, a denunciation,
  an arms purchase or a bloc's accession ratified, a budget law signed (all read right when written; kept); the twins
  ratify the defence agreement;
- **an exercise of next year** in German ("Die Übung des nächsten Jahres findet statt"), still to come, beside the plan
  of next year signed; **the Alborán sea** in Spanish, a name and no future verb, beside manoeuvres still being
  prepared ("preparan", "realizarán").
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_lookalikes"

# The main event each positive twin reports: (kind, "AA BB").
EXPECTED = {
    "az/pos_interior_minister": ("talks", "AZ TR"),
    "az/pos_own_ambassador": ("talks", "AZ PK"),
    "az/pos_un_diplomat": ("talks", "AZ NO"),
    "bg/pos_first_reading": ("agreement_ratified", "BG US"),
    "bg/pos_interior_minister": ("talks", "BG GR"),
    "de/pos_next_years_plan": ("plan_signed", "DE PL"),
    "es/pos_alboran": ("exercise", "ES PT"),
    "en/pos_relative_signer": ("plan_signed", "AZ GE"),
    "bg/pos_own_ambassador": ("talks", "BG TR"),
    "en/pos_committee_backed": ("agreement_ratified", "BG GR"),
    "en/pos_governor_and_businessmen": ("talks", "AZ TR"),
    "en/pos_interior_minister": ("talks", "AZ TR"),
    "en/pos_presidents_with_ministers": ("talks", "AZ KZ"),
    "en/pos_own_ambassador": ("talks", "AZ PK"),
    "ru/pos_interior_minister": ("talks", "KZ UZ"),
    "ru/pos_own_attache": ("talks", "KZ UZ"),
    "ru/pos_plain_past_talks": ("talks", "KZ UZ"),
    "ru/pos_plain_past_today": ("plan_signed", "KZ UZ"),
    "tr/pos_gendarmerie": ("talks", "AZ TR"),
    "tr/pos_own_ambassador": ("talks", "AZ TR"),
    "uk/pos_border_service": ("talks", "PL UA"),
    "uk/pos_plain_past_talks": ("talks", "PL UA"),
    "uk/pos_plain_past_today": ("plan_signed", "PL UA"),
}

test_every_positive_twin_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED)
