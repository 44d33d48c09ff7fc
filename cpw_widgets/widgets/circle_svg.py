"""Draw the circle technique as SVG: data in, an SVG string out.

Two concentric circles: what is already achieved goes in the inner circle,
what you want to achieve in the ring around it. Long texts are wrapped and, if
needed, shortened with "…"; the full texts are always in the ``<desc>``, so a
screen reader (and a printed copy's reader) loses nothing. All text is escaped
and characters XML forbids are dropped, so the result is well-formed XML.

No ipywidgets here: this module is a pure function and unit-tested as such.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Sequence
from html import escape

__all__ = ["circle_svg", "svg_data_uri", "wrap"]

WIDTH = 640
CX, CY = 320, 380
R_OUTER, R_INNER = 290, 150
FONT = "Arial, Helvetica, sans-serif"
INNER_COLOUR, INNER_FILL = "#1a6e33", "#e4f2e7"
OUTER_COLOUR, OUTER_FILL = "#24487f", "#e9eff8"

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    """One line of plain text without characters XML does not allow."""
    return " ".join(_XML_BAD.sub("", str(text)).split())


def _x(text: str) -> str:
    return escape(_clean(text), quote=True)


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """Word-wrap ``text`` to lines of at most ``width`` characters.

    Words longer than a line are cut; if the text needs more than
    ``max_lines`` lines, the last one ends in "…".
    """
    words = _clean(text).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[: width - 1] + "-")
            word = word[width - 1:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = (last[: width - 1] if len(last) >= width else last) + "…"
    return lines or [""]


def _text_block(lines: Sequence[str], x: float, y_mid: float, size: int, *, weight: str = "normal",
                colour: str = "#1b1b1b") -> str:
    """Centred lines of text around (x, y_mid)."""
    step = size * 1.2
    top = y_mid - step * (len(lines) - 1) / 2
    tspans = "".join(
        f'<tspan x="{x:.0f}" y="{top + i * step:.1f}">{_x(line)}</tspan>' for i, line in enumerate(lines)
    )
    return (f'<text text-anchor="middle" dominant-baseline="middle" font-family="{FONT}" '
            f'font-size="{size}" font-weight="{weight}" fill="{colour}">{tspans}</text>')


def _inner_items(items: Sequence[str]) -> str:
    """Stack the inner items in the inner circle, as many as fit."""
    size, max_lines = 14, 12
    blocks: list[list[str]] = []
    used = 0
    per_item = 3 if len(items) <= 4 else 2
    for n, item in enumerate(items):
        lines = wrap(item, 24, per_item)
        left = len(items) - n
        if used + len(lines) > max_lines - (1 if left > 1 else 0):
            blocks.append([f"… en nog {left}"])
            break
        blocks.append(lines)
        used += len(lines)
    step = size * 1.2
    gap = 4
    total = sum(len(b) for b in blocks) * step + gap * max(len(blocks) - 1, 0)
    y = CY + 10 - total / 2 + step / 2
    out = []
    for lines in blocks:
        mid = y + step * (len(lines) - 1) / 2
        out.append(_text_block(lines, CX, mid, size))
        y += len(lines) * step + gap
    return "".join(out)


def _outer_items(items: Sequence[str], step_item: str) -> str:
    """Spread the outer items round the ring, leaving the top for its caption."""
    max_items = 10
    shown: list[str] = list(items[:max_items])
    extra = len(items) - len(shown)
    if extra:
        shown[-1:] = [f"… en nog {extra + 1}"]
    n = len(shown)
    if not n:
        return ""
    radius = (R_OUTER + R_INNER) / 2
    start, span = -90 + 28, 360 - 56
    out = []
    for i, item in enumerate(shown):
        angle = math.radians(start + span * (i + 0.5) / n)
        x = CX + radius * math.cos(angle)
        y = CY + radius * math.sin(angle)
        chosen = bool(step_item) and _clean(item) == _clean(step_item)
        width, max_lines = (17, 4) if n <= 6 else (15, 3)
        lines = wrap(("★ " if chosen else "") + item, width, max_lines)
        out.append(_text_block(lines, x, y, 13, weight="bold" if chosen else "normal"))
    return "".join(out)


def circle_svg(topic: str, inner: Sequence[str], outer: Sequence[str], *, step_item: str = "",
               step: str = "", heading: str = "Cirkeltechniek") -> str:
    """The filled-in circle as one ``<svg>`` element (no XML declaration).

    ``topic`` is the activity or team topic; ``step_item`` (an outer item)
    is marked with ★ and ``step`` is written under the circle.
    """
    inner = [s for s in inner if _clean(s)]
    outer = [s for s in outer if _clean(s)]
    height = CY + R_OUTER + 20 + (70 if _clean(step) else 0)
    desc_parts = [f"Onderwerp: {_clean(topic)}.",
                  "Binnencirkel, wat al bereikt is: " + ("; ".join(map(_clean, inner)) or "nog leeg") + ".",
                  "Buitencirkel, wat je wilt bereiken: " + ("; ".join(map(_clean, outer)) or "nog leeg") + "."]
    if _clean(step_item):
        desc_parts.append(f"Gekozen uit de buitencirkel: {_clean(step_item)}.")
    if _clean(step):
        desc_parts.append(f"Kleine stap: {_clean(step)}.")
    label = f"{heading}: {_clean(topic)}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" role="img" aria-label="{_x(label)}" style="max-width:100%;height:auto">',
        f"<title>{_x(label)}</title>",
        f"<desc>{_x(' '.join(desc_parts))}</desc>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        _text_block(wrap(topic, 60, 2), CX, 45, 18, weight="bold"),
        f'<circle cx="{CX}" cy="{CY}" r="{R_OUTER}" fill="{OUTER_FILL}" stroke="{OUTER_COLOUR}" stroke-width="3"/>',
        f'<circle cx="{CX}" cy="{CY}" r="{R_INNER}" fill="{INNER_FILL}" stroke="{INNER_COLOUR}" stroke-width="3"/>',
        _text_block(["Wat wil je bereiken?"], CX, CY - R_OUTER + 30, 14, weight="bold", colour=OUTER_COLOUR),
        _text_block(["Wat is al bereikt?"], CX, CY - R_INNER + 26, 14, weight="bold", colour=INNER_COLOUR),
        _inner_items(inner),
        _outer_items(outer, step_item),
    ]
    if _clean(step):
        parts.append(_text_block(["Mijn kleine stap:"] + wrap(step, 70, 2),
                                 CX, CY + R_OUTER + 45, 14, colour="#1b1b1b"))
    parts.append("</svg>")
    return "".join(parts)


def svg_data_uri(svg: str) -> str:
    """A ``data:`` URL of ``svg`` as a stand-alone file (with XML declaration)."""
    document = '<?xml version="1.0" encoding="UTF-8"?>\n' + svg
    return "data:image/svg+xml;base64," + base64.b64encode(document.encode("utf-8")).decode("ascii")
