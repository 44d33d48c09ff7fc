"""CircleExercise and its pure SVG drawing."""

from __future__ import annotations

import base64
import json
import re
import xml.etree.ElementTree as ET

import pytest

import cpw_widgets.assess as assess
from cpw_widgets.answers import AnswerStore
from cpw_widgets.assess.models import Assessment, CriterionResult
from cpw_widgets.content.models import CirclePrompt
from cpw_widgets.widgets import CircleExercise
from cpw_widgets.widgets.circle_svg import circle_svg, wrap

SVG = "{http://www.w3.org/2000/svg}"
PROMPT = CirclePrompt("vergaderen", "team", "Onze <teamvergadering>", "Kies wat jullie samen willen.",
                      ("We beginnen op tijd",), ("Iedereen komt aan het woord",), "Jan maakt de agenda")


def fake_statement(text: str) -> Assessment:
    ok = "niet" not in text.split()
    return Assessment({"positive": CriterionResult(ok, "Mooi positief." if ok else f"Zeg wat er wél is: {text}")},
                      text=text)


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(assess, "assess_statement", fake_statement, raising=False)


def svg_texts(svg: str) -> str:
    root = ET.fromstring(svg)
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


# -- the pure drawing ----------------------------------------------------

def test_svg_is_valid_xml_with_items_title_and_role():
    svg = circle_svg("Onderwerp", ["Binnen één"], ["Buiten één", "Buiten twee"], step_item="Buiten twee",
                     step="Morgen bel ik Ans")
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and "Onderwerp" in root.get("aria-label")
    assert root.find(f"{SVG}title").text.endswith("Onderwerp")
    assert len(root.findall(f"{SVG}circle")) == 2
    texts = svg_texts(svg)
    for part in ("Binnen één", "Buiten één", "★ Buiten twee", "Morgen bel ik Ans", "Wat is al bereikt?"):
        assert part in texts
    desc = root.find(f"{SVG}desc").text
    assert "Binnen één" in desc and "Kleine stap: Morgen bel ik Ans" in desc


def test_svg_escapes_and_drops_forbidden_characters():
    svg = circle_svg("<script>x</script>", ['a "quote" & <b>', "bel\x00\x0b"], ["</svg><svg onload=alert(1)>"])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    root = ET.fromstring(svg)  # still well-formed
    tags = {el.tag.replace(SVG, "") for el in root.iter()}
    assert tags <= {"svg", "title", "desc", "rect", "circle", "text", "tspan"}
    assert not any(k.startswith("on") for el in root.iter() for k in el.attrib)
    assert 'a "quote" & <b>' in svg_texts(svg)
    assert "bel" in svg_texts(svg)


def test_inner_items_inside_inner_circle_outer_in_ring():
    svg = circle_svg("t", ["binnen"], ["buiten1", "buiten2", "buiten3"])
    root = ET.fromstring(svg)
    inner_c, outer_c = sorted(root.findall(f"{SVG}circle"), key=lambda c: float(c.get("r")))
    cx, cy = float(inner_c.get("cx")), float(inner_c.get("cy"))
    r_in, r_out = float(inner_c.get("r")), float(outer_c.get("r"))
    for text in root.iter(f"{SVG}text"):
        label = "".join(text.itertext())
        span = text.find(f"{SVG}tspan")
        d = ((float(span.get("x")) - cx) ** 2 + (float(span.get("y")) - cy) ** 2) ** 0.5
        if label == "binnen":
            assert d < r_in
        elif label.startswith("buiten"):
            assert r_in < d < r_out


def test_long_text_and_many_items_are_shortened_but_kept_in_desc():
    long = "woord " * 50
    many = [f"punt {i}" for i in range(25)]
    svg = circle_svg("t", [long] + many, many)
    ET.fromstring(svg)
    texts = svg_texts(svg)
    assert "…" in texts and "en nog" in texts
    assert "punt 24" in ET.fromstring(svg).find(f"{SVG}desc").text


def test_wrap():
    assert wrap("een twee drie vier", 9, 5) == ["een twee", "drie vier"]
    assert wrap("a" * 25, 10, 5) == ["aaaaaaaaa-", "aaaaaaaaa-", "aaaaaaa"]
    lines = wrap("een twee drie vier vijf zes", 9, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert wrap("", 10, 2) == [""]


def test_empty_circle_draws():
    root = ET.fromstring(circle_svg("", [], []))
    assert "nog leeg" in root.find(f"{SVG}desc").text


# -- the widget ----------------------------------------------------------

def test_add_edit_remove_and_live_svg(fake):
    c = CircleExercise(PROMPT)
    assert "&lt;teamvergadering&gt;" in c.intro.value and "Teamonderwerp" in c.intro.value
    c.add_inner("We beginnen op tijd")
    c.add_outer("Iedereen komt aan het woord")
    c.add_outer("We zijn niet meer te laat")
    assert "We beginnen op tijd" in svg_texts(c.svg())
    assert "We beginnen op tijd" in c.drawing.value
    c.remove_outer(1)
    assert c.outer == ["Iedereen komt aan het woord"]
    # edit via the row's Text widget
    row_text = c._rows["inner"].children[0].children[0].children[0]
    row_text.value = "We starten stipt om negen uur"
    assert c.inner == ["We starten stipt om negen uur"]
    assert "We starten stipt" in c.drawing.value
    with pytest.raises(IndexError):
        c.remove_inner(5)


def test_add_via_text_and_button(fake):
    c = CircleExercise(PROMPT)
    c._new["inner"].value = "  We  lachen veel  "
    c._add_buttons["inner"].click()
    assert c.inner == ["We lachen veel"] and c._new["inner"].value == ""
    c._add_buttons["inner"].click()  # empty: nothing added
    assert c.inner == ["We lachen veel"] and "Typ eerst" in c.status.value


def test_positivity_hint_per_item(fake):
    c = CircleExercise(PROMPT)
    c.add_outer("We zijn niet meer te laat")
    c.add_outer("We <b>beginnen</b> op tijd")
    hints = [row.children[1].value for row in c._rows["outer"].children]
    assert "Zeg wat er wél is" in hints[0] and "✗" in hints[0]
    assert "✓" in hints[1]


def test_choose_step_and_dropdown(fake):
    c = CircleExercise(PROMPT)
    c.add_outer("A"); c.add_outer("B")
    c.choose_step("B")
    assert c.step_choice.label == "B" and c.answer["step_item"] == "B"
    c.step_choice.value = "0"  # the learner picks A in the dropdown
    assert c.answer["step_item"] == "A"
    c.remove_outer(0)
    assert c.answer["step_item"] == "" and c.step_choice.index == 0
    c.choose_step("B")
    c.add_outer("C"); c.remove_outer(1)
    assert c.answer["step_item"] == "B"
    with pytest.raises(ValueError):
        c.choose_step("bestaat niet")
    c.set_step("Jan maakt <morgen> de agenda")
    assert "★ B" in svg_texts(c.svg()) and "Jan maakt <morgen> de agenda" in svg_texts(c.svg())


def test_download_link_holds_the_current_svg(fake):
    c = CircleExercise(PROMPT)
    c.add_inner("<script>x</script>")
    m = re.search(r'<a download="cirkel.svg" href="data:image/svg\+xml;base64,([^"]+)"', c.download.value)
    assert m and "Download je cirkel (SVG)" in c.download.value
    doc = base64.b64decode(m.group(1)).decode("utf-8")
    assert doc.startswith("<?xml") and "&lt;script&gt;" in doc
    ET.fromstring(doc.encode("utf-8"))
    c.add_inner("later")
    assert base64.b64decode(c.download.value.split("base64,")[1].split('"')[0]).decode().count("later") >= 1


def test_save_only_on_click_and_restore(fake, tmp_path):
    path = tmp_path / "antwoorden.json"
    c = CircleExercise(PROMPT, store=AnswerStore(path))
    c.add_inner("We beginnen op tijd"); c.add_outer("Iedereen komt aan het woord"); c.add_outer("Korter")
    c.choose_step("Korter"); c.set_step("Ik stel een eindtijd voor")
    assert not path.exists()
    c.save_button.click()
    assert "bewaard" in c.status.value
    stored = json.loads(path.read_text())["cirkel"]
    assert {k: v for k, v in stored.items() if k != "history"} == {
        "prompt": "vergaderen", "inner": ["We beginnen op tijd"],
        "outer": ["Iedereen komt aan het woord", "Korter"], "step_item": "Korter",
        "step": "Ik stel een eindtijd voor"}
    # one inner item is one too few; the rest is in order
    assert [h["verdicts"] for h in stored["history"]] == [
        {"inner": False, "outer": True, "positive": True, "step": True}]
    for again in (CircleExercise(PROMPT, store=AnswerStore(path)), CircleExercise(PROMPT, answer=stored)):
        assert again.answer == stored
        assert again.step_choice.label == "Korter" and again.step_text.value == "Ik stel een eindtijd voor"
        assert again.drawing.value == c.drawing.value
        assert [r.children[0].children[0].value for r in again._rows["outer"].children] == stored["outer"]


def test_save_mentions_what_is_missing(fake, tmp_path):
    c = CircleExercise(PROMPT, store=AnswerStore(tmp_path / "a.json"))
    c.save()
    assert "binnencirkel is nog leeg" in c.status.value and "kleine stap" in c.status.value


def test_restore_ignores_other_prompt_and_bad_types(fake):
    c = CircleExercise(PROMPT, answer={"prompt": "ander", "inner": ["x"], "outer": [], "step_item": "", "step": ""})
    assert c.inner == []
    c = CircleExercise(PROMPT, answer={"prompt": "vergaderen", "inner": "x", "outer": [1, "B"],
                                       "step_item": "weg", "step": None})
    assert c.answer == {"prompt": "vergaderen", "inner": [], "outer": ["B"], "step_item": "", "step": ""}


def test_personal_mode_wording(fake):
    c = CircleExercise(CirclePrompt("p", "persoonlijk", "Hardlopen", "i", (), ()))
    assert "Jouw activiteit" in c.intro.value


@pytest.mark.skipif(not hasattr(assess, "assess_statement"), reason="assess_statement nog niet beschikbaar")
def test_with_the_real_statement_assessor():
    c = CircleExercise(PROMPT)
    c.add_outer("We zijn niet meer te laat")
    c.add_outer("We beginnen om negen uur")
    hints = [row.children[1].value for row in c._rows["outer"].children]
    assert 'aria-label="nog niet"' in hints[0] and 'aria-label="goed"' in hints[1]
