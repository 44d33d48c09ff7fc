"""The printed aids as data: the facilitator's three checklists (chapter 8) and
the intervisie format (chapter 6). The bundled files hold what the chapters
teach; a broken file gives one Dutch ContentError naming file, item and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cpw_widgets.content import ContentError
from cpw_widgets.content.loader import (
    CHECKLIST_PHASES,
    load_checklists,
    load_intervision_phases,
    load_intervision_rules,
)

BOOK = Path(__file__).resolve().parents[1] / "book"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_three_checklists_in_order_with_the_two_tick_columns():
    checklists = load_checklists()
    assert tuple(c.id for c in checklists) == CHECKLIST_PHASES == ("voorbereiding", "uitvoering", "reflectie")
    assert [len(c.items) for c in checklists] == [9, 11, 4]  # as in the CPW work pack
    for checklist in checklists:
        assert checklist.columns == ("Doe ik al", "Wil ik meer gaan doen")
        assert all(item.startswith("Ik ") for item in checklist.items)


def test_chapter_8_shows_the_same_checklist_lines():
    # The chapter's tables and the data say the same until the widget replaces the tables.
    chapter = (BOOK / "08-casuistiekbespreking.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (Ik .+?) \| ☐ \| ☐ \|$", chapter, flags=re.M)
    assert rows == [item for c in load_checklists() for item in c.items]


def test_six_intervisie_phases_and_the_rules_of_play():
    phases = load_intervision_phases()
    assert [p.id for p in phases] == ["voorbereiding", "presenteren", "vragen-stellen", "bevestigen", "tips",
                                      "afsluiten"]
    chapter = (BOOK / "06-intervisie.md").read_text(encoding="utf-8")
    for n, phase in enumerate(phases, start=1):
        assert f"### {n}. {phase.name}" in chapter
    rules = load_intervision_rules()
    assert len(rules) == 6
    assert all(rule.rule and rule.explanation for rule in rules)


def test_a_third_column_is_refused_in_dutch(tmp_path):
    path = _write(tmp_path, "eigen.yaml", """
- id: eigen
  title: Mijn checklist
  heading: Eigen
  intro: Kruis aan.
  columns: [Doe ik al, Wil ik meer gaan doen, Nooit]
  items: [Ik a., Ik b., Ik c.]
""")
    with pytest.raises(ContentError) as err:
        load_checklists(path)
    assert 'item "eigen" (nr. 1): het veld "columns" heeft 3 regel(s); er moeten er precies 2 zijn.' in str(err.value)


def test_every_problem_of_a_broken_checklist_file_is_named(tmp_path):
    path = _write(tmp_path, "kapot.yaml", """
- id: kapot
  title: ""
  heading: Kop
  intro: Uitleg.
  columns: Doe ik al
  items: [Ik a., Ik a., Ik c.]
  extra: ja
""")
    with pytest.raises(ContentError) as err:
        load_checklists(path)
    message = str(err.value)
    assert message.startswith("kapot.yaml bevat 4 fouten:")
    assert 'het veld "title" is leeg' in message
    assert 'het veld "columns" moet een lijst zijn' in message
    assert 'het veld "items" bevat twee keer dezelfde regel' in message
    assert 'het veld "extra" is onbekend' in message


def test_an_own_intervisie_file_with_broken_yaml_says_where(tmp_path):
    path = _write(tmp_path, "fasen.yaml", "- id: a\n  name: A\n\tactivity: x\n")
    with pytest.raises(ContentError, match=r"fasen.yaml: de YAML is niet te lezen rond regel 3"):
        load_intervision_phases(path)


def test_own_rules_file_loads_and_is_cleaned(tmp_path):
    path = _write(tmp_path, "regels.yaml", "- id: kort\n  rule: '  Houd het   kort. '\n  explanation: Eén vraag.\n")
    (rule,) = load_intervision_rules(path)
    assert (rule.id, rule.rule, rule.explanation) == ("kort", "Houd het kort.", "Eén vraag.")
