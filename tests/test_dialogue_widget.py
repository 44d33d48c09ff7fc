"""The conversation widget: a click shows the answer and feedback, own lines get
a self-check, and everything comes back from the answer store."""

from __future__ import annotations

from urllib.parse import unquote

from cpw_widgets.answers import AnswerStore
from cpw_widgets.content import load_dialogue
from cpw_widgets.content.dialogue import END, FIT
from cpw_widgets.widgets.dialogue import DialogueExercise


def _button(w, text):
    return next(b for b in w.option_buttons.children if text in b.description)


def test_clicking_an_option_shows_reply_and_feedback_and_saves(tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    d = load_dialogue("intake-schoolleider")
    w = DialogueExercise(d, store=store)
    assert w.key == "dialoog-intake-schoolleider" and store.load(w.key) is None  # creating never writes
    assert len(w.option_buttons.children) == 3 and "Beurt 1 van 7" in w.prompt.value
    skip = next(o for o in d.first.options if o.kind == "skip")
    _button(w, skip.text[:30]).click()
    assert "sprong vooruit" in w.reply.value and skip.reply[:30] in w.reply.value
    assert w.reply_box.layout.display == "flex"  # shown with a named value (None stays hidden live)
    assert "nog bij deze stap" in w.reply.value and "Beurt 1 van 7" in w.prompt.value
    _button(w, d.first.fit.text[:30]).click()
    assert "Dit past." in w.reply.value and "Stap 1 · Mandaat krijgen" in w.reply.value
    assert "Beurt 2 van 7" in w.prompt.value and w.position == "nut"
    assert d.first.fit.reply[:20] in w.reply.value and skip.reply[:20] in w.history.value
    saved = store.load(w.key)
    assert [m["kind"] for m in saved["moves"]] == ["skip", FIT] and saved["position"] == "nut"
    assert saved["title"] == d.title and saved["done"] is False


def test_restored_from_the_store_where_the_learner_was(tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    w = DialogueExercise("intake-ondernemer", store=store)
    w.choose("advice")
    w.choose(FIT)
    w.say_own("Wat moet dit uur u opleveren?", "nut")
    w.own_text.value = "Een half"
    w.say_own("Een half getypte vraag", "")  # no step chosen: kept as a draft
    again = DialogueExercise("intake-ondernemer", store=store)
    assert again.position == "behoefte" == w.position
    assert again.answer["moves"] == w.answer["moves"]
    assert again.own_text.value == "Een half getypte vraag"
    assert "Wat moet dit uur u opleveren?" in again.history.value + again.reply.value


def test_own_line_gets_a_self_check_not_a_verdict(tmp_path):
    d = load_dialogue("intake-teammanager-zorg")
    w = DialogueExercise(d)
    assert not w.say_own("", "")
    assert "schrijf eerst wat je wilt zeggen en kies bij welke stap" in w.own_status.value
    assert w.say_own("Waar wilt u dat het beter gaat?", "behoefte")
    html = w.reply.value
    assert "Vergelijk je vraag met deze stap" in html and "Mandaat krijgen" in html
    assert "Verkennen van de progressiebehoefte" in html and d.first.fit.text in html
    assert "Dit past" not in html and "goed" not in html.lower().split("aria-label")[0]
    assert w.position == d.first.fit.next and w.own_text.value == ""


def test_learner_text_is_escaped(tmp_path):
    w = DialogueExercise("intake-schoolleider")
    w.say_own("<script>alert(1)</script> 😊", "mandaat")
    assert "<script>" not in w.reply.value and "&lt;script&gt;" in w.reply.value
    assert "😊" in w.reply.value


def test_too_long_own_line_is_kept_with_a_message():
    w = DialogueExercise("intake-schoolleider")
    long = "Mag ik " + "heel " * 200 + "even iets vragen?"
    assert not w.say_own(long, "mandaat")
    assert "hoogstens 600 tekens" in w.own_status.value and w.own_text.value == long
    assert w.position == "mandaat"


def test_the_end_shows_the_transcript_and_a_download(tmp_path):
    d = load_dialogue("intervisie-begeleiden")
    w = DialogueExercise(d, store=AnswerStore(tmp_path / "a.json"))
    w.choose("harsh")
    while w.position != END:
        w.choose(FIT)
    assert w.option_buttons.children == () and w.own_panel.layout.display == "none" and w.again_row.layout.display == "flex"
    assert "Het gesprek is rond" in w.end.value and d.closing[:30] in w.end.value
    assert "Fase: Vragen stellen · corrigeerde streng" in w.end.value
    href = w.end.value.split("href='")[1].split("'")[0]
    assert href.startswith("data:text/plain;charset=utf-8,")
    assert unquote(href.split(",", 1)[1]) == w.transcript
    assert "download='gespreksverslag-intervisie-begeleiden.txt'" in w.end.value
    assert w.answer["done"] is True
    w.restart()
    assert w.position == d.first.id and len(w.option_buttons.children) == 3


def test_a_damaged_stored_answer_starts_cleanly(tmp_path):
    store = AnswerStore(tmp_path / "a.json")
    store.save("dialoog-intake-schoolleider", {"moves": "kapot", "draft": 12})
    w = DialogueExercise("intake-schoolleider", store=store)
    assert w.position == "mandaat" and w.own_text.value == ""
