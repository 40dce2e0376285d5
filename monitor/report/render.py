"""The report as one HTML file: Jinja2 (autoescaped, so scraped text stays text), the charts
embedded as data: URIs, the style inline. Nothing in it is fetched when it is opened."""

from __future__ import annotations

import base64
from datetime import datetime, timezone
from importlib import resources
from typing import Optional

from jinja2 import Environment, StrictUndefined

from monitor.alerts.names import country_name
from monitor.config import links
from monitor.report.charts import matrix_svg, timeline_svg
from monitor.report.data import MAX_MATRIX_STATES, ReportData

TEMPLATE = "report.html"


def render_report(data: ReportData, *, generated_at: Optional[datetime] = None, database: str = "") -> str:
    environment = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["country"] = country_name
    environment.filters["href"] = link_target
    template = environment.from_string(resources.files("monitor.report").joinpath(TEMPLATE).read_text("utf-8"))
    charts = {}
    if data.events:
        charts = {"timeline": _data_uri(timeline_svg(data)), "matrix": _data_uri(matrix_svg(data))}
    return template.render(data=data, charts=charts, database=database, max_states=MAX_MATRIX_STATES,
                           generated_at=(generated_at or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC"))


def _data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def link_target(url: str) -> str:
    """The URL if it is a web or file address (monitor.config.links); anything else (javascript:, data:)
    links nowhere."""
    return links.link_target(url) or "#"
