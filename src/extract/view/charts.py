"""Bar charts as inline SVG, drawn offline by matplotlib.

Figures are built with `matplotlib.figure.Figure` directly (no pyplot, so no
global backend or figure registry); text is drawn as glyph paths from the
bundled DejaVu font, which covers Vietnamese, so the SVG needs no font and
the bytes do not depend on the clock.
"""

from __future__ import annotations

import io
import re

import matplotlib
from matplotlib.figure import Figure

from .labels import format_number

PALETTE = ("#2563eb", "#f59e0b", "#10b981", "#e11d48", "#7c3aed", "#0891b2", "#65a30d", "#9ca3af")

_RC = {"svg.fonttype": "path", "font.family": "DejaVu Sans", "font.size": 9,
       "axes.spines.top": False, "axes.spines.right": False, "axes.edgecolor": "#9ca3af",
       "axes.titlesize": 11, "axes.titleweight": "bold", "axes.titlelocation": "left"}


def plain(text: str) -> str:
    """A label matplotlib draws as written (a `$` would start mathtext).

    >>> plain("$5 tỷ")
    '\\\\$5 tỷ'
    """
    return text.replace("$", r"\$")


def horizontal_bars(labels: list[str], series: dict[str, list[float]], title: str,
                    axis_label: str, name: str, first_colour: int = 0) -> str:
    """One row per label, one bar per series (grouped), as an SVG string.

    Args:
        labels: the row names, top to bottom.
        series: each series' values, one per label (0 draws no bar).
        title: the chart title.
        axis_label: what the values measure.
        name: a short id, unique in the page, for the SVG's internal ids.
        first_colour: the PALETTE index of the first series, so charts differ.

    >>> svg = horizontal_bars(["Nghệ An", "Hà Tĩnh"], {"facts": [17, 12]}, "Facts", "count", "vd")
    >>> svg.startswith("<svg") and "Nghệ" not in svg
    True
    """
    rows = max(len(labels), 1)
    height = 0.9 + rows * (0.22 + 0.12 * len(series))
    with matplotlib.rc_context({**_RC, "svg.hashsalt": name}):
        figure = Figure(figsize=(7.2, height), dpi=72, layout="constrained")
        axes = figure.add_subplot()
        bar_height = 0.8 / max(len(series), 1)
        positions = range(len(labels))
        for number, (series_name, values) in enumerate(series.items()):
            offsets = [row + (number - (len(series) - 1) / 2) * bar_height for row in positions]
            bars = axes.barh(offsets, values, height=bar_height * 0.92, label=plain(series_name),
                             color=PALETTE[(first_colour + number) % len(PALETTE)])
            axes.bar_label(bars, [format_number(value) if value else "" for value in values],
                           padding=2, fontsize=7, color="#374151")
        axes.set_yticks(list(positions), [plain(label) for label in labels])
        axes.invert_yaxis()
        axes.set_title(plain(title))
        axes.set_xlabel(plain(axis_label))
        axes.grid(axis="x", color="#e5e7eb", linewidth=0.8)
        axes.margins(x=0.12)  # room for the value labels
        axes.set_axisbelow(True)
        if len(series) > 1:
            axes.legend(frameon=False, loc="lower right")
        return svg_text(figure)


def svg_text(figure: Figure) -> str:
    """The figure as an `<svg>` element that scales with its container."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.DOTALL)
    # Comments repeat the labels as text; the glyph paths are all the page needs.
    svg = re.sub(r"\s*<!--.*?-->", "", svg, flags=re.DOTALL)
    # Width/height in pt would fix the size; the viewBox keeps the proportions.
    return re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"',
                  r'<svg\1 class="chart" role="img"', svg, count=1)


def line_chart(lines: dict[str, list[tuple[float, float, bool]]], title: str, axis_label: str,
               name: str, x_ticks: list[tuple[float, str]]) -> Figure:
    """One line per series name through its (x, y, hollow) points; hollow points
    are computed rather than reported (drawn as open circles).

    Returns the matplotlib Figure: `svg_text` or `png_bytes` turn it into a file.

    >>> figure = line_chart({"năm": [(0, 30.2, False), (12, 34.5, False)]}, "Bắc Ninh", "tỷ USD",
    ...                     "vd", [(0, "2023"), (12, "2024")])
    >>> svg_text(figure).startswith("<svg")
    True
    """
    with matplotlib.rc_context({**_RC, "svg.hashsalt": name}):
        figure = Figure(figsize=(7.6, 3.8), dpi=100, layout="constrained")
        axes = figure.add_subplot()
        for number, (line_name, points) in enumerate(lines.items()):
            colour = PALETTE[number % len(PALETTE)]
            points = sorted(points)
            axes.plot([x for x, _, _ in points], [y for _, y, _ in points], color=colour, linewidth=1.6,
                      label=plain(line_name))
            for x, y, hollow in points:
                axes.plot([x], [y], marker="o", markersize=5, color=colour,
                          markerfacecolor="white" if hollow else colour)
        axes.set_xticks([x for x, _ in x_ticks], [plain(label) for _, label in x_ticks], rotation=45,
                        ha="right")
        axes.set_title(plain(title))
        axes.set_ylabel(plain(axis_label))
        axes.grid(axis="y", color="#e5e7eb", linewidth=0.8)
        axes.set_axisbelow(True)
        if len(lines) > 1:
            axes.legend(frameon=False, loc="best")
        return figure


def png_bytes(figure: Figure) -> bytes:
    """The figure as PNG (no timestamp or software tag, so the same chart gives the same bytes)."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
