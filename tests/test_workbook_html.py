"""The workbook's HTML (fast, no PDF): data text is escaped, and a missing
source gives a Dutch message instead of a half-made file."""

from __future__ import annotations

import pytest

from cpw_widgets.content.loader import Checklist
from cpw_widgets.workbook import WorkbookError, build, render_html
from cpw_widgets.workbook.__main__ import main


def test_text_from_the_data_is_escaped(monkeypatch):
    hostile = Checklist(id="voorbereiding", title="Checklist <script>alert(1)</script>", heading="A & B",
                        intro="x", columns=("Doe ik al", "Wil ik meer gaan doen"), items=("<b>vet</b>", "b", "c"))
    monkeypatch.setattr(build, "load_checklists", lambda: (hostile,))
    html = render_html()
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>vet</b>" not in html and "&lt;b&gt;vet&lt;/b&gt;" in html
    assert "A &amp; B" in html


def test_command_says_in_dutch_what_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build, "WORKSHEET", tmp_path / "weg.svg")
    out = tmp_path / "werkboek.pdf"
    assert main(["--out", str(out)]) == 1
    assert not out.exists()
    assert "werkblad van de cirkeltechniek ontbreekt" in capsys.readouterr().err


def test_every_data_section_is_in_the_html():
    html = render_html()
    for anchor, title in build.SECTIONS:
        assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html
        assert f"<h1>{title}</h1>" in html
    assert html.count('src="file://') == 2  # the circle worksheet, once per mode


def test_render_refuses_without_the_worksheet(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "WORKSHEET", tmp_path / "weg.svg")
    with pytest.raises(WorkbookError, match="werkblad van de cirkeltechniek ontbreekt"):
        render_html()
