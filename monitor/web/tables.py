"""The events table made readable: its first rows on the first screen, on a phone too.

Datasette's table page puts the table's description, a list of every column's description and
the facets above the rows; on the events table that pushed the first row 1,580 px down
(2,200 px on a phone), showed the internal `match_key`, and let the evidence column be cut off.
Here, for the events table only: internal columns are hidden and the evidence column given room
(a style sheet, EVENTS_TABLE_CSS), the column descriptions and facets are folded into <details>
a click opens, and a search box over events (the events listing, monitor.web.pages) comes first
(a script, EVENTS_TABLE_JS; without scripts the page is Datasette's, still readable). The rows
open on bilateral events, newest first by their day (metadata `sort_desc: listing_order`, a
generated column: storage.schema._v14_listing_order).
"""

from __future__ import annotations

import json

CSS_PATH = "/-/pactwatch/events-table.css"
# Columns kept out of sight: how events are merged, not what they are. `?_col=` still shows them.
HIDDEN_COLUMNS = ("match_key", "last_day", "updated_at", "listing_order")

EVENTS_TABLE_CSS = "\n".join(
    [f"th.col-{column}, td.col-{column} {{ display: none; }}" for column in HIDDEN_COLUMNS] + [
        "td.col-evidence { min-width: 22rem; max-width: 40rem; }",
        "td.col-evidence p { margin: 0 0 .3rem; }",
        "td.col-evidence ul { margin: 0; padding-left: 1rem; }",
        "details.pactwatch-fold { margin: .4rem 0; }",
        "details.pactwatch-fold > summary { cursor: pointer; color: #444; }",
        "form.pactwatch-search { display: block; margin: .6rem 0 1rem; }",
        "form.pactwatch-search label { display: inline; width: auto; font-weight: bold; }",
        "form.pactwatch-search input[type=search] { width: min(26rem, 90%); font-size: 1rem; }",
        "@media only screen and (max-width: 576px) {",
        "  td.col-evidence { min-width: 0; max-width: none; }",
        "}",
    ])


def events_table_js(listing_path: str) -> str:
    """Fold the column descriptions and facets into <details>, and put a search box over events
    (it opens the events listing at `listing_path`) above the table."""
    return """
(function () {
  function fold(element, label) {
    if (!element) { return; }
    var details = document.createElement("details");
    details.className = "pactwatch-fold";
    var summary = document.createElement("summary");
    summary.textContent = label;
    element.parentNode.insertBefore(details, element);
    details.appendChild(summary);
    details.appendChild(element);
  }
  fold(document.querySelector("dl.column-descriptions"), "What each column means");
  fold(document.querySelector(".facet-results"), "Facets: counts by kind, state and plan year");
  var anchor = document.querySelector(".content h3") || document.querySelector("form.filters");
  if (anchor) {
    var form = document.createElement("form");
    form.className = "pactwatch-search";
    form.method = "get";
    form.action = %s;
    form.setAttribute("role", "search");
    var label = document.createElement("label");
    label.textContent = "Search events: ";
    label.htmlFor = "pactwatch-q";
    var input = document.createElement("input");
    input.type = "search"; input.name = "q"; input.id = "pactwatch-q";
    input.placeholder = "states, kind, words: e.g. Azerbaijan plan";
    var button = document.createElement("button");
    button.type = "submit"; button.textContent = "Search";
    form.appendChild(label); form.appendChild(input); form.appendChild(button);
    anchor.parentNode.insertBefore(form, anchor);
  }
})();
""" % json.dumps(listing_path)
