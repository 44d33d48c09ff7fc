"""The printable workbook: the PDF is built from the course data, on A4, with
the CPW credit and a page number on every page, and holds every section."""

from __future__ import annotations

import re

import pypdf
import pytest

from cpw_widgets.assess.criteria import REQUEST_CRITERIA, REQUEST_LABELS
from cpw_widgets.content import load_intake_questions, load_intake_steps, load_interventions
from cpw_widgets.content.loader import (
    load_checklists,
    load_intervision_phases,
    load_intervision_rules,
)
from cpw_widgets.workbook import build
from cpw_widgets.workbook.__main__ import main

CREDIT = "© Centrum Progressiegericht Werken (CPW)"
A4 = (595.28, 841.89)  # points

# Laying out the PDF takes a few seconds (WeasyPrint).
pytestmark = pytest.mark.slow


def _flat(text: str) -> str:
    """Extracted text as one line: lines joined, breaks after hyphens undone
    (the layout only breaks at hyphens the text already has)."""
    return " ".join(re.sub(r"-\n", "-", text).split())


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    out = tmp_path_factory.mktemp("werkboek") / "werkboek.pdf"
    pages = build.build_pdf(out)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages
    return reader


@pytest.fixture(scope="module")
def texts(pdf) -> list[str]:
    return [_flat(page.extract_text()) for page in pdf.pages]


def _page_with(texts: list[str], heading: str) -> int:
    """Index of the page that starts with ``heading`` (its title)."""
    found = [i for i, text in enumerate(texts) if text.startswith(heading)]
    assert len(found) == 1, f"{heading!r} is niet de titel van precies één pagina"
    return found[0]


def test_every_page_is_a4(pdf):
    for number, page in enumerate(pdf.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4, abs=0.5), f"pagina {number} is {size}"


def test_every_page_has_the_credit_and_its_number(texts):
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert CREDIT in text, f"pagina {number} mist de bronvermelding"
        assert f"Pagina {number} van {total}" in text


def test_no_page_is_empty(texts):
    for number, text in enumerate(texts, start=1):
        body = text.replace(CREDIT, "").replace(f"Pagina {number} van {len(texts)}", "")
        assert len(body.split()) >= 15, f"pagina {number} is (bijna) leeg: {body!r}"


def test_cover_comes_first_and_lists_every_section(texts):
    cover = texts[0]
    assert cover.startswith("Werkboek Oefenplaats Progressiegericht Werken")
    assert "Inhoud" in cover
    headings = [title for _, title in build.SECTIONS] + [c.title for c in load_checklists()]
    assert len(headings) == 9
    for heading in headings:
        page = _page_with(texts, heading)
        # the table of contents names the page the section starts on
        assert re.search(rf"{re.escape(heading)} {page + 1}\b", cover), heading


def test_circle_worksheets_for_pairs_and_teams(texts):
    for heading in ("De cirkeltechniek in een duo", "De cirkeltechniek in een team"):
        steps = _page_with(texts, heading)
        for n, step in enumerate(("Kies", "Vul de binnencirkel", "Vul de buitencirkel",
                                  "Bedenk een kleine stap voorwaarts"), start=1):
            assert f"Stap {n}. {step}" in texts[steps]
        # the book's worksheet (chapter 7) follows the steps, with both circles to write in
        sheet = texts[steps + 1]
        assert sheet.startswith("Werkblad cirkeltechniek")
        assert "Binnencirkel" in sheet and "Buitencirkel" in sheet


def test_all_interventions_with_their_features_on_one_page(texts):
    page = texts[_page_with(texts, "De negen interventies")]
    interventions = load_interventions()
    assert len(interventions) == 9
    for intervention in interventions:
        assert intervention.name in page
        for feature in intervention.features:
            assert _flat(feature) in page, feature


def test_progress_request_card_has_the_five_criteria(texts):
    page = texts[_page_with(texts, "Kaart: het progressieverzoek")]
    assert len(REQUEST_CRITERIA) == 5
    for key in REQUEST_CRITERIA:
        label = REQUEST_LABELS[key]
        # on the card with its explanation, and once more to tick off
        assert page.count(label) == 2, label
        assert _flat(build.CRITERION_HINTS[key]) in page


def test_intake_steps_in_order_with_their_questions(texts):
    page = texts[_page_with(texts, "Het intakegesprek in zeven stappen")]
    steps = load_intake_steps()
    assert len(steps) == 7
    positions = [page.index(f"{n} {step.name}") for n, step in enumerate(steps, start=1)]
    assert positions == sorted(positions)
    for question in load_intake_questions():
        assert _flat(question.text) in page


def test_intervisie_phases_and_rules(texts):
    page = texts[_page_with(texts, "Progressiegerichte intervisie")]
    phases = load_intervision_phases()
    assert [p.name for p in phases] == ["Voorbereiding", "Presenteren", "Vragen stellen", "Bevestigen",
                                        "Tips", "Afsluiten"]
    positions = [page.index(f"{n} {phase.name}") for n, phase in enumerate(phases, start=1)]
    assert positions == sorted(positions)
    for phase in phases:
        for prompt in phase.prompts:
            assert _flat(prompt) in page
    assert "De spelregels" in page
    for rule in load_intervision_rules():
        assert f"{rule.rule} {rule.explanation}" in page


def test_each_checklist_on_its_own_page_with_columns_and_a_date_line(texts):
    checklists = load_checklists()
    assert [c.id for c in checklists] == ["voorbereiding", "uitvoering", "reflectie"]
    for checklist in checklists:
        page = texts[_page_with(texts, checklist.title)]
        assert f"{checklist.heading} Doe ik al Wil ik meer gaan doen" in page
        for item in checklist.items:
            assert _flat(item) in page, item
        assert "Ingevuld op:" in page


def test_command_builds_the_file(tmp_path, capsys):
    out = tmp_path / "sub" / "werkboek.pdf"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Werkboek gemaakt" in capsys.readouterr().out
