"""The data of the "more practice" pages (issue 12): minimal pairs, the CPW
7-stappenaanpak, the intervisie phases and the principles in situations. The
bundled files load and hold what the pages need; a broken file gives one Dutch
ContentError naming file, item and field, and nothing half-loads."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from cpw_widgets.content import ContentError, interventions_by_key
from cpw_widgets.content.loader import (
    PRINCIPLES,
    MinimalPair,
    PrincipleSituation,
    IntervisionPhase,
    SequenceStep,
    load_intervision_phases,
    load_minimal_pairs,
    load_principle_situations,
    load_seven_steps,
)

REPO = Path(__file__).resolve().parents[1]
#: CPW's short labels of the seven steps (domain notes §3), in order.
CPW_LABELS = ["de nuttigheidsvraag", "de progressiebehoefte", "de gewenste toekomst",
              "de al bereikte progressie", "het eerdere succes", "de progressiestap", "het ervaren nut"]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("filename,load,record", [
    ("minimal_pairs.yaml", load_minimal_pairs, MinimalPair),
    ("seven_steps.yaml", load_seven_steps, SequenceStep),
    ("intervision_phases.yaml", load_intervision_phases, IntervisionPhase),
    ("principle_situations.yaml", load_principle_situations, PrincipleSituation),
])
def test_bundled_files_ship_and_load_cached(filename, load, record):
    assert resources.files("cpw_widgets.content").joinpath("data", filename).is_file()
    items = load()
    assert isinstance(items, tuple) and all(isinstance(i, record) for i in items)
    assert load() is items


def test_seven_steps_use_cpw_labels_in_order_with_example_questions():
    steps = load_seven_steps()
    assert [s.name.lower() for s in steps] == CPW_LABELS
    questions = [q for s in steps for q in s.questions]
    assert all(q.endswith("?") for q in questions)
    assert len(questions) == len(set(questions)) >= 7
    for step in steps:
        assert step.name.lower().split(" ", 1)[1] not in step.hint.lower()  # the hint does not tell


def test_intervision_phases_are_the_books_six_in_order():
    chapter = (REPO / "book" / "06-intervisie.md").read_text(encoding="utf-8")
    in_book = re.findall(r"^### \d\. (.+)$", chapter.split("## De zes fasen")[1].split("\n## ")[0], re.M)
    assert [p.name for p in load_intervision_phases()] == in_book


def test_minimal_pairs_change_the_intervention_and_cover_many():
    pairs = load_minimal_pairs()
    assert len(pairs) >= 8
    keys = interventions_by_key()
    for pair in pairs:
        assert pair.first_intervention in keys and pair.second_intervention in keys
        assert pair.first_intervention != pair.second_intervention
        assert pair.first != pair.second
    assert len({p.second_intervention for p in pairs}) >= 5


def test_principle_situations_cover_every_principle():
    situations = load_principle_situations()
    assert len(situations) >= 12
    assert {s.principle for s in situations} == set(PRINCIPLES)
    assert len(PRINCIPLES) == 9


# -- broken files ---------------------------------------------------------------------

GOOD_PAIR = """\
- id: paar-1
  domain: team
  first: Je leidinggevende vraagt of je iets wilt overnemen.
  first_intervention: nee-zeggen
  second: Je wilt dat je collega op tijd komt.
  second_intervention: progressieverzoek
  change: Nu wil jij iets van de ander.
  explanation: Je hebt een wens over het gedrag van de ander.
  why_not: Er komt geen verzoek naar je toe.
"""


def test_an_own_pair_file_loads(tmp_path):
    (pair,) = load_minimal_pairs(write(tmp_path, "paren.yaml", GOOD_PAIR))
    assert pair.second_intervention == "progressieverzoek"


def test_pair_with_unknown_or_same_intervention_names_item_and_field(tmp_path):
    text = GOOD_PAIR + GOOD_PAIR.replace("paar-1", "paar-2").replace(
        "second_intervention: progressieverzoek", "second_intervention: nee-zeggen") + \
        GOOD_PAIR.replace("paar-1", "paar-3").replace("first_intervention: nee-zeggen",
                                                      "first_intervention: coachen")
    with pytest.raises(ContentError) as info:
        load_minimal_pairs(write(tmp_path, "paren.yaml", text))
    message = str(info.value)
    assert len(info.value.problems) == 2
    assert 'paren.yaml, item "paar-2" (nr. 2): het veld "second_intervention" is ook "nee-zeggen"' in message
    assert 'item "paar-3" (nr. 3): het veld "first_intervention" noemt "coachen", maar die ' \
           "interventie bestaat niet" in message


@pytest.mark.parametrize("load,text,expected", [
    (load_seven_steps, "- id: stap\n  name: De nuttigheidsvraag\n  hint: Hier vraag je iets.\n"
                       "  questions: Wat wil je?\n",
     'het veld "questions" moet een lijst zijn'),
    (load_seven_steps, "- id: stap\n  name: De nuttigheidsvraag\n  hint: Hier vraag je iets.\n",
     'het veld "questions" ontbreekt'),
    (load_intervision_phases, "- id: tips\n  name: Tips\n  hint: 12\n",
     'het veld "hint" moet tekst zijn, maar is een getal (12)'),
    (load_principle_situations, "- id: s1\n  text: Iemand kiest zelf.\n  principle: Vrijheid\n"
                                "  explanation: Hij mag kiezen.\n",
     'het veld "principle" is "Vrijheid", maar dat kan niet. Kies uit: Autonomie'),
    (load_principle_situations, "- id: s1\n  text: <script>x</script>\n  principle: Autonomie\n"
                                "  explanation: [a, b]\n",
     'het veld "explanation" moet tekst zijn, maar is een lijst'),
    (load_minimal_pairs, "- id: p1\n  first: 'niet gesloten\n", "de YAML is niet te lezen"),
    (load_minimal_pairs, "", "het bestand is leeg"),
])
def test_bad_files_get_a_dutch_message(tmp_path, load, text, expected):
    with pytest.raises(ContentError) as info:
        load(write(tmp_path, "eigen.yaml", text))
    assert expected in str(info.value)
    assert str(info.value).startswith("eigen.yaml")


def test_bundled_counts_are_checked(tmp_path):
    """The bundled checks (exactly seven steps, every principle) run on the
    bundled file: fed a short file through the bundled path they complain."""
    from cpw_widgets.content import loader

    short = "".join(f"- id: s{n}\n  name: Stap {n}\n  hint: Hier gebeurt iets.\n  questions: [Wat?]\n"
                    for n in range(6))
    problems: list[str] = []
    raw = [{"id": f"s{n}"} for n in range(6)]
    loader._SEVEN_STEPS.bundled_check("seven_steps.yaml", raw, problems)
    assert problems == ["seven_steps.yaml: er staan 6 items in; de CPW 7-stappenaanpak heeft er precies 7."]
    problems = []
    loader._PRINCIPLE_SITUATIONS.bundled_check(
        "principle_situations.yaml", [{"principle": p} for p in PRINCIPLES[:-1]], problems)
    assert len(problems) == 1 and "Positief gedrag" in problems[0]
    assert load_seven_steps(write(tmp_path, "kort.yaml", short))  # an own file may be shorter
