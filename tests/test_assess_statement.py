"""assess_statement: positive wording of circle-technique items."""

import pytest

from cpw_widgets.assess import assess_statement


@pytest.mark.parametrize("text,expected", [
    ("Minder stress", False),
    ("Ik ben niet meer chaotisch", False),
    ("Ik stel vragen als ik iets niet begrijp", True),
    ("Ik plan elke maandag mijn week", True),
    ("Geen ruzie meer", False),
    ("Rustig blijven als het druk is", True),
    ("Stoppen met roken", False),
    ("Ik durf nee te zeggen", True),
    ("Ik blijf kalm, ook als niemand luistert", True),
])
def test_brief_cases(text, expected):
    a = assess_statement(text)
    assert list(a.criteria) == ["positive"]
    assert a.passed is expected


def test_failed_feedback_quotes_and_points_forward():
    c = assess_statement("Minder stress").criteria["positive"]
    assert c.evidence == ("Minder stress",)
    assert '"Minder stress"' in c.feedback and "in de plaats" in c.feedback


def test_passed_feedback_confirms():
    c = assess_statement("Ik plan elke maandag mijn week").criteria["positive"]
    assert c.passed and "Ik plan elke maandag mijn week" in c.feedback


@pytest.mark.parametrize("bad", [None, 7, "", "  ", "y" * 100_000, "Less stress and more sleep please"])
def test_odd_input(bad):
    a = assess_statement(bad)
    assert not a.passed and a.message
    assert list(a.criteria) == ["positive"]


def test_empty_message_text():
    assert assess_statement("").message == "Schrijf eerst je uitspraak in het tekstvak."


@pytest.mark.parametrize("text,expected", [
    ("Zonder haast naar mijn werk", False),
    ("Een week zonder klachten", False),
    ("Ik houd mijn boekhouding op een vaste dag bij", True),
    ("Ik hou op met uitstellen", False),
    ("Ik houd ermee op", False),
])
def test_statement_absence_and_separable_ophouden(text, expected):
    assert assess_statement(text).criteria["positive"].passed is expected
