"""The report's charts, drawn with matplotlib (Agg, no display) and returned as SVG text.

Text in the SVG is drawn as paths, so the charts look the same with no fonts installed, and
the output is deterministic (fixed hash salt, no date), so two runs over the same data give
the same file.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

from matplotlib import pyplot  # noqa: E402  (the backend must be chosen first)
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from monitor.alerts.names import country_name, kind_label  # noqa: E402
from monitor.report.data import ReportData, kinds_present  # noqa: E402

KIND_COLOURS = {
    "plan_signed": "#1f77b4",
    "agreement_signed": "#2ca02c",
    "agreement_ratified": "#9467bd",
    "talks": "#ff7f0e",
    "exercise": "#d62728",
}
STYLE = {"svg.fonttype": "path", "svg.hashsalt": "pactwatch", "font.size": 9}


def timeline_svg(data: ReportData) -> str:
    """Stacked bars: events per month, one colour per kind."""
    with matplotlib.rc_context(STYLE):
        width = min(14.0, max(6.0, 0.28 * len(data.months) + 2))
        figure, axes = pyplot.subplots(figsize=(width, 3.6))
        bottoms = [0] * len(data.months)
        positions = range(len(data.months))
        for kind in kinds_present(data):
            heights = [data.by_month.get(month, {}).get(kind, 0) for month in data.months]
            axes.bar(positions, heights, bottom=bottoms, color=KIND_COLOURS.get(kind, "#7f7f7f"),
                     label=kind_label(kind), width=0.8)
            bottoms = [b + h for b, h in zip(bottoms, heights)]
        step = max(1, len(data.months) // 24)
        axes.set_xticks(list(positions)[::step], data.months[::step], rotation=60, ha="right")
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.set_ylabel("events")
        axes.spines[["top", "right"]].set_visible(False)
        axes.legend(frameon=False, ncols=min(5, len(kinds_present(data))), loc="upper left",
                    bbox_to_anchor=(0, 1.18))
        figure.tight_layout()
        return _svg(figure)


def matrix_svg(data: ReportData) -> str:
    """A symmetric matrix of the states that cooperate most: how many events each pair shares."""
    states = data.states
    index = {code: position for position, code in enumerate(states)}
    counts = [[0] * len(states) for _ in states]
    for (first, second), number in data.pairs.items():
        if first in index and second in index:
            counts[index[first]][index[second]] = counts[index[second]][index[first]] = number
    names = [country_name(code) for code in states]
    with matplotlib.rc_context(STYLE):
        side = max(3.5, 0.45 * len(states) + 2.2)
        figure, axes = pyplot.subplots(figsize=(side + 1, side))
        image = axes.imshow(counts, cmap="Blues", vmin=0)
        axes.set_xticks(range(len(states)), names, rotation=60, ha="right")
        axes.set_yticks(range(len(states)), names)
        peak = max((max(row) for row in counts), default=0)
        for row, values in enumerate(counts):
            for column, value in enumerate(values):
                if value:
                    axes.text(column, row, str(value), ha="center", va="center",
                              color="white" if value > peak / 2 else "black")
        colourbar = figure.colorbar(image, ax=axes, fraction=0.046, pad=0.04)
        colourbar.set_label("events")
        colourbar.locator = MaxNLocator(integer=True)
        colourbar.update_ticks()
        figure.tight_layout()
        return _svg(figure)


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    pyplot.close(figure)
    text = buffer.getvalue()
    return text[text.index("<svg"):]
