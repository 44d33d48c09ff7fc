"""Gather the workbook's data, render the HTML and lay it out as PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from ..assess.criteria import REQUEST_CRITERIA, REQUEST_LABELS
from ..content import (
    ContentError,
    load_intake_questions,
    load_intake_steps,
    load_interventions,
)
from ..content.loader import load_checklists, load_intervision_phases, load_intervision_rules

# The book's printable circle worksheet (chapter 7), reused as is: one drawing
# for the book and the workbook. It lives with the book, beside this package
# in the repository, so the workbook is built from a checkout (as make does).
WORKSHEET = Path(__file__).resolve().parents[2] / "book" / "img" / "cirkeltechniek-werkblad.svg"

# Short explanations of the five criteria, from chapter 4 (the labels come
# from assess.criteria, so card and exercise always use the same words).
CRITERION_HINTS: dict[str, str] = {
    "positive": "Noem wat je wél wilt, niet wat de ander moet laten.",
    "concrete": "Beschrijf gedrag dat je kunt zien: wat de ander doet, en wanneer of waar.",
    "reason": "Vertel wat het oplevert of waarom het voor je telt: zodat …, dan kan ik …",
    "invitation": "Stel een echte vraag waarop de ander ja kan zeggen: Zou je … willen …?",
    "no_blame": "Laat etiketten, zuchten en de woorden altijd en nooit weg.",
}


# The sections before the checklists: (anchor in the template, title on the cover).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("cirkel-duo", "De cirkeltechniek in een duo"),
    ("cirkel-team", "De cirkeltechniek in een team"),
    ("interventies", "De negen interventies"),
    ("progressieverzoek", "Kaart: het progressieverzoek"),
    ("intake", "Het intakegesprek in zeven stappen"),
    ("intervisie", "Progressiegerichte intervisie"),
)


class WorkbookError(RuntimeError):
    """The workbook could not be built; the message is Dutch."""


@dataclass(frozen=True)
class Criterion:
    label: str
    hint: str


def _context() -> dict:
    """Everything the template shows, read from the course's data."""
    questions = load_intake_questions()
    steps = [
        (step, [q.text for q in questions if q.step == step.id])
        for step in load_intake_steps()
    ]
    checklists = load_checklists()
    return {
        "titles": dict(SECTIONS),
        "contents": SECTIONS + tuple((f"checklist-{c.id}", c.title) for c in checklists),
        "worksheet": WORKSHEET.as_uri(),
        "interventions": load_interventions(),
        "criteria": [Criterion(REQUEST_LABELS[key], CRITERION_HINTS[key]) for key in REQUEST_CRITERIA],
        "intake_steps": steps,
        "phases": load_intervision_phases(),
        "rules": load_intervision_rules(),
        "checklists": checklists,
    }


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("cpw_widgets.workbook", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a missing value is an error, not an empty box
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html() -> str:
    """The workbook as one HTML document (print CSS included)."""
    if not WORKSHEET.is_file():
        raise WorkbookError(f"het werkblad van de cirkeltechniek ontbreekt ({WORKSHEET}).")
    try:
        context = _context()
    except ContentError as exc:
        raise WorkbookError(str(exc)) from exc
    return _environment().get_template("workbook.html").render(**context)


def build_pdf(out: str | Path) -> int:
    """Write the workbook PDF to ``out`` (folders are made); return its page count."""
    # Imported here: WeasyPrint needs Pango from the system, and nothing
    # else in the package should fail to import without it.
    from weasyprint import HTML

    out = Path(out)
    html = render_html()
    document = HTML(string=html, base_url=str(Path(__file__).parent)).render()
    out.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out)
    return len(document.pages)
