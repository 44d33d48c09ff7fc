"""cpw-check: verdict printing, exit codes, stdin."""

import io

import pytest

from cpw_widgets.cli import main


def test_request_all_pass(capsys):
    rc = main(["verzoek", "Zou je om negen uur willen beginnen, zodat we de dag samen kunnen doornemen?"])
    out = capsys.readouterr().out
    assert rc == 0
    assert out.count("✓") == 5 and "✗" not in out
    assert "Met een reden" in out


def test_request_failure_exit_code_and_quote(capsys):
    rc = main(["verzoek", "Wil je niet meer te laat komen?"])
    out = capsys.readouterr().out
    assert rc == 1
    assert "✗ Positief geformuleerd" in out and '"niet meer te laat komen"' in out


def test_statement(capsys):
    assert main(["uitspraak", "Ik plan elke maandag mijn week"]) == 0
    assert main(["uitspraak", "Minder stress"]) == 1
    out = capsys.readouterr().out
    assert "✓ Positief geformuleerd" in out and "✗ Positief geformuleerd" in out


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Geen ruzie meer\n"))
    assert main(["uitspraak", "-"]) == 1
    assert '"Geen ruzie meer"' in capsys.readouterr().out


def test_empty_text_message(capsys):
    assert main(["verzoek", ""]) == 1
    assert "Schrijf eerst je progressieverzoek in het tekstvak." in capsys.readouterr().out


def test_unknown_kind_is_a_usage_error():
    with pytest.raises(SystemExit) as exc:
        main(["gedicht", "tekst"])
    assert exc.value.code == 2


def test_twijfel_is_printed_with_a_question_mark(capsys):
    from cpw_widgets.assess.models import Assessment, CriterionResult
    from cpw_widgets.cli import render
    a = Assessment({"positive": CriterionResult(True, "ok", "Positief geformuleerd"),
                    "concrete": CriterionResult(None, "Ik twijfel hier.", "Concreet gedrag")})
    out = render(a)
    assert "? Concreet gedrag: Ik twijfel hier." in out
    assert "1 van de 2 criteria in orde. Bij 1 twijfel ik (?)" in out
