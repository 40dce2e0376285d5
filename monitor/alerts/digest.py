"""What a digest e-mail says: everything one round found, in the order an analyst reads it.

A subject naming the states and kinds ("3 new: AZ–GE plan 2024, AM–GR agreement, …"), then a
summary table, the new events under their own day (those no report dates under "Date not
reported", each saying so: "date not reported; first report 5 Mar 2024", never under the day a
report was published or stored), the updates of events alerted before, and the plans a pair
usually signs by now that nobody has reported (monitor.analysis.pairs, each listed once).
Sources are named by outlet, events link to their page when `[web] base_url` is set.

Pure: monitor.alerts.email wraps the two parts in a message. Everything scraped is escaped in
the HTML part, and only http(s) URLs become links.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from monitor.alerts.names import kind_label
from monitor.analysis.eventday import first_report_day, stated_day
from monitor.analysis.pairs import ExpectedPlan
from monitor.config.links import absolute, is_web_url, pair_path
from monitor.output import wording

SUBJECT_MAX = 110
UNDATED = "Date not reported"
FIELD_LABELS = {"kind": "kind", "plan_year": "plan year", "date": "date"}
SHORT_KINDS = {"plan_signed": "plan", "agreement_signed": "agreement", "agreement_ratified": "ratification",
               "talks": "talks", "exercise": "exercise"}


@dataclass
class Digest:
    """One digest: the new events, the updates ((event, changes) of events alerted before), the
    overdue plans it lists (rows of storage.alerts.listed_plans), and the UI's address."""

    new: list[dict] = field(default_factory=list)
    updates: list[tuple[dict, dict]] = field(default_factory=list)
    plans: list[dict] = field(default_factory=list)
    base_url: Optional[str] = None

    def __post_init__(self) -> None:
        self.new = by_day(self.new)
        order = {event["id"]: index for index, event in enumerate(by_day([event for event, _ in self.updates]))}
        self.updates = sorted(self.updates, key=lambda update: order[update[0]["id"]])


def by_day(events: list[dict]) -> list[dict]:
    """Dated events by their day, newest first, then the undated ones by their first report, newest first."""
    dated = sorted((e for e in events if stated_day(e)), key=lambda e: (stated_day(e), e["id"]), reverse=True)
    undated = sorted((e for e in events if not stated_day(e)),
                     key=lambda e: (first_report_day(e) or "", e["id"]), reverse=True)
    return dated + undated


def short_label(event: dict) -> str:
    """'AZ–GE plan 2024', 'AM–GR agreement': the states' codes and the kind, for a subject line."""
    states = "–".join(sorted(event["parties"]))
    kind = SHORT_KINDS.get(event["kind"], event["kind"].replace("_", " "))
    year = f" {event['plan_year']}" if event["kind"] == "plan_signed" and event.get("plan_year") else ""
    return f"{states} {kind}{year}"


def subject(digest: Digest) -> str:
    """'3 new: AZ–GE plan 2024, AM–GR agreement, KZ–UZ agreement'; '1 update: …' for updates; cut
    with '…' at SUBJECT_MAX characters."""
    groups = []
    if digest.new:
        groups.append((f"{len(digest.new)} new", [short_label(event) for event in digest.new]))
    if digest.updates:
        count = len(digest.updates)
        groups.append((f"{count} update{'s' if count != 1 else ''}",
                       [short_label(event) for event, _ in digest.updates]))
    if not groups:
        return "pactwatch digest"
    full = "; ".join(f"{head}: {', '.join(labels)}" for head, labels in groups)
    if len(full) <= SUBJECT_MAX:
        return full
    heads = " and ".join(head for head, _ in groups)
    labels = [label for _, group in groups for label in group]
    text = f"{heads}: {labels[0]}"
    for label in labels[1:]:
        if len(f"{text}, {label}, …") > SUBJECT_MAX:
            break
        text += f", {label}"
    return text + ", …"


def page_url(event: dict) -> Optional[str]:
    return event.get("url")


def plan_line(plan: dict) -> str:
    """'Azerbaijan and Kazakhstan: plan for 2024: not yet reported (expected by ~Jan 2024, overdue);
    plans signed for 2021, 2022, 2023'."""
    expected = ExpectedPlan(plan_year=plan["plan_year"], expected_by=date.fromisoformat(plan["expected_by"]),
                            overdue=True)
    years = ", ".join(str(year) for year in plan["plan_years"])
    return f"{wording.states(plan['pair'].split('-'))}: {expected.describe()}; plans signed for {years}"


def plan_url(plan: dict, base_url: Optional[str]) -> Optional[str]:
    return absolute(base_url, pair_path(tuple(plan["pair"].split("-")))) if base_url else None


def day_heading(event: dict) -> str:
    day = stated_day(event)
    return wording.long_date(day) if day else UNDATED


def title_line(event: dict) -> str:
    """'Azerbaijan and Georgia signed their military cooperation plan for 2024 — 4 Mar 2024'."""
    return f"{wording.what_happened(event)} — {wording.when(event)}"


def outlets(event: dict) -> str:
    return ", ".join(dict.fromkeys(_outlet(article) for article in event["articles"]))


def _outlet(article: dict) -> str:
    return article.get("outlet") or article["source"]


def byline(article: dict) -> str:
    """'Harbour Wire, published 5 Mar 2024'."""
    published = article.get("published_at")
    return _outlet(article) + (f", published {wording.long_date(published)}" if published else "")


def change_lines(changes: dict) -> list[str]:
    """What an update says changed: each field from and to, and the new sources."""
    lines = [f"Changed: {FIELD_LABELS[name]} {_value(name, change['from'])} -> {_value(name, change['to'])}"
             for name, change in changes["fields"].items()]
    lines += [f"New source: {article['title'] or article['url']} ({article['url']})"
              for article in changes["new_articles"]]
    return lines


def _value(name: str, value) -> str:
    if not value:
        return "(unknown)"
    return kind_label(value) if name == "kind" else str(value)


def summary_rows(digest: Digest) -> list[tuple[str, str, str, str]]:
    """(day, states, what, outlets) of every event of the digest, new ones first."""
    rows = [(wording.when(event), wording.states(event["parties"]), _what(event), outlets(event))
            for event in digest.new]
    rows += [(wording.when(event), wording.states(event["parties"]), "Update: " + _what(event), outlets(event))
             for event, _ in digest.updates]
    return rows


def about(event: dict) -> str:
    """'Plan signed for 2024, confidence 0.93'."""
    confidence = event.get("confidence")
    return _what(event) + (f", confidence {confidence:.2f}" if confidence is not None else "")


def _what(event: dict) -> str:
    year = f" for {event['plan_year']}" if event["kind"] == "plan_signed" and event.get("plan_year") else ""
    return kind_label(event["kind"]) + year


# ---- plain text ----------------------------------------------------------------------------------

def text(digest: Digest) -> str:
    """The plain-text part."""
    rows = summary_rows(digest)
    widths = [max(len(row[column]) for row in rows) for column in range(3)] if rows else []
    lines = [subject(digest), "", "Summary"]
    lines += ["  " + "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths)) + "  " + row[3]
              for row in rows]
    if digest.plans:
        lines.append(f"  {len(digest.plans)} plan(s) expected and not yet reported (below)")
    if digest.new:
        lines += ["", "", "NEW EVENTS"]
        heading = None
        for event in digest.new:
            if day_heading(event) != heading:
                heading = day_heading(event)
                lines += ["", f"== {heading} =="]
            lines += ["", *_event_lines(event)]
    if digest.updates:
        lines += ["", "", "UPDATES SINCE THE LAST DIGEST"]
        for event, changes in digest.updates:
            lines += ["", *_event_lines(event, change_lines(changes))]
    if digest.plans:
        lines += ["", "", "PLANS EXPECTED, NOT YET REPORTED", ""]
        for plan in digest.plans:
            lines.append(f"- {plan_line(plan)}")
            if plan_url(plan, digest.base_url):
                lines.append(f"  {plan_url(plan, digest.base_url)}")
    return "\n".join(lines) + "\n"


def _event_lines(event: dict, changes: Optional[list[str]] = None) -> list[str]:
    lines = [title_line(event), f"  {about(event)}"]
    lines += [f"  {line}" for line in changes or ()]
    if event.get("evidence"):
        lines.append(f"  Evidence: {event['evidence']}")
    lines.append(f"  Sources ({len(event['articles'])}):")
    for article in event["articles"]:
        lines += [f"  - {byline(article)}: {article['title'] or article['url']}", f"    {article['url']}"]
    if page_url(event):
        lines.append(f"  Event page: {page_url(event)}")
    return lines


# ---- HTML ----------------------------------------------------------------------------------------

def html_body(digest: Digest) -> str:
    """The HTML part's body (monitor.alerts.email wraps it in a page); scraped text escaped."""
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>\n" for row in summary_rows(digest))
    parts = [f"<p><b>{html.escape(subject(digest))}</b></p>",
             '<table class="summary" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse">\n'
             "<tr><th>Day</th><th>States</th><th>What</th><th>Reported by</th></tr>\n" + cells + "</table>"]
    if digest.new:
        parts.append("<h2>New events</h2>")
        heading = None
        for event in digest.new:
            if day_heading(event) != heading:
                heading = day_heading(event)
                parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.append(_event_html(event))
    if digest.updates:
        parts.append("<h2>Updates since the last digest</h2>")
        parts += [_event_html(event, change_lines(changes)) for event, changes in digest.updates]
    if digest.plans:
        items = "".join(f"<li>{_link(plan_url(plan, digest.base_url), plan_line(plan))}</li>\n"
                        for plan in digest.plans)
        parts.append(f"<h2>Plans expected, not yet reported</h2>\n<ul>\n{items}</ul>")
    return "\n".join(parts)


def _event_html(event: dict, changes: Optional[list[str]] = None) -> str:
    title = _link(page_url(event), title_line(event))
    parts = [f"<h4>{title}</h4>", f"<p><small>{html.escape(about(event))}</small></p>"]
    if changes:
        parts.append("<p>" + "<br>".join(html.escape(line) for line in changes) + "</p>")
    if event.get("evidence"):
        parts.append(f"<blockquote>{html.escape(event['evidence'])}</blockquote>")
    items = "".join(f"<li>{html.escape(byline(article))}: {_link(article['url'], article['title'] or article['url'])}"
                    "</li>\n" for article in event["articles"])
    parts.append(f"<p>Sources ({len(event['articles'])}):</p>\n<ul>\n{items}</ul>")
    if page_url(event):
        parts.append(f"<p>Event page: {_link(page_url(event), page_url(event))}</p>")
    return "\n".join(parts)


def _link(url: Optional[str], label: str) -> str:
    if url and is_web_url(url):
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'
    return html.escape(label)
