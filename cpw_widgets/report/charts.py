"""The report's charts: matplotlib figures written as inline SVG.

Text stays text (``svg.fonttype = "none"``): no font is embedded or fetched,
the browser draws the labels in its own sans-serif. No pyplot: each chart is a
bare :class:`~matplotlib.figure.Figure`, so nothing depends on a GUI backend.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from .aggregate import Share

GOOD, DOUBT, NOT_YET, BAR = "#2a7d4f", "#e0a526", "#d5d9de", "#3b6ea8"
_STYLE = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _svg(fig, salt: str) -> str:
    """The figure as an ``<svg>`` element for inlining (no XML prolog, ids unique per chart)."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": salt}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    text = buf.getvalue()
    text = text[text.index("<svg"):]
    # natural size, shrunk by CSS (max-width) on a narrow screen; the viewBox keeps the proportions
    return text.replace("<svg ", '<svg role="img" ', 1)


def score_chart(distribution: Mapping[int, int], max_score: float, salt: str) -> str:
    """Bars: how many learners got how many points (0 to ``max_score``)."""
    import matplotlib

    with matplotlib.rc_context(_STYLE):
        fig = _figure(4.6, 2.0)
        ax = fig.add_subplot()
        top = int(max(max_score, max(distribution, default=0)))
        xs = list(range(0, top + 1))
        ax.bar(xs, [distribution.get(x, 0) for x in xs], color=BAR, width=0.8)
        ax.set_xlabel("punten")
        ax.set_ylabel("cursisten")
        ax.set_xlim(-0.6, top + 0.6)
        ax.set_xticks(xs if top <= 10 else list(range(0, top + 1, 2)))
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(0, max(distribution.values(), default=0) + 0.5)
        return _svg(fig, salt)


def criteria_chart(shares: list[Share], salt: str) -> str:
    """Horizontal bars per criterion, hardest on top: the share of texts that
    meet it, the share in twijfel, and the rest."""
    import matplotlib

    with matplotlib.rc_context(_STYLE):
        fig = _figure(7.0, 0.7 + 0.32 * max(len(shares), 1))
        ax = fig.add_subplot()
        rows = list(reversed(shares))  # barh draws bottom-up
        ys = range(len(rows))
        met = [100 * s.met / s.total if s.total else 0 for s in rows]
        doubt = [100 * s.doubt / s.total if s.total else 0 for s in rows]
        rest = [100 - m - d for m, d in zip(met, doubt)]
        ax.barh(ys, met, color=GOOD, label="voldoet")
        ax.barh(ys, doubt, left=met, color=DOUBT, label="twijfel")
        ax.barh(ys, rest, left=[m + d for m, d in zip(met, doubt)], color=NOT_YET, label="nog niet")
        ax.set_yticks(list(ys), [s.label for s in rows])
        for y, s in zip(ys, rows):
            ax.text(101, y, f"{s.met}/{s.total}", va="center", fontsize=9)
        ax.set_xlim(0, 112)
        ax.set_xticks([0, 25, 50, 75, 100], ["0 %", "25 %", "50 %", "75 %", "100 %"])
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        ax.legend(loc="lower center", bbox_to_anchor=(0.45, 1.0), ncols=3, frameon=False, fontsize=9)
        return _svg(fig, salt)
