"""The practice conversations as data: the bundled ones load and say what the
course needs, and broken files get a Dutch message naming the file and item."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from cpw_widgets.content import ContentError, load_dialogue, load_dialogues, load_intake_steps
from cpw_widgets.content.dialogue import END, FIT, OPTION_KINDS, step_info

DATA = Path(__file__).resolve().parents[1] / "cpw_widgets" / "content" / "data" / "dialogues"


def test_three_intake_cases_and_one_intervisie():
    intakes = load_dialogues("intake")
    assert {d.id for d in intakes} == {"intake-schoolleider", "intake-teammanager-zorg", "intake-ondernemer"}
    assert [d.id for d in load_dialogues("intervisie")] == ["intervisie-begeleiden"]


@pytest.mark.parametrize("dialogue", load_dialogues("intake"), ids=lambda d: d.id)
def test_each_intake_walks_the_seven_steps_with_one_option_of_each_kind(dialogue):
    steps = [s.id for s in load_intake_steps()]
    assert [t.step for t in dialogue.turns] == steps
    for turn in dialogue.turns:
        assert sorted(o.kind for o in turn.options) == sorted(OPTION_KINDS["intake"])
        assert turn.fit.next in {t.id for t in dialogue.turns} | {END}
        texts = [o.text for o in turn.options] + [o.reply for o in turn.options]
        assert len(set(texts)) == len(texts), "two options or replies are the same"


def test_intervisie_has_the_six_moments_from_the_brief():
    d = load_dialogue("intervisie-begeleiden")
    assert 5 <= len(d.turns) <= 6
    assert [t.step for t in d.turns] == ["vragen-stellen"] * 3 + ["bevestigen", "tips", "afsluiten"]
    text = " ".join(o.text + o.reply + o.feedback for t in d.turns for o in t.options)
    assert "verkapte tip" in text and "tip in vermomming" not in text
    assert "discussi" in text and "op raken" in text and "afsluiten" in text.lower()


def test_learner_texts_name_no_code_file_or_tool():
    banned = ["yaml", "python", "jupyter", ".json", "widget", "notebook", "fit", "skip", "advice"]
    for d in load_dialogues():
        words = [d.title, d.intro, d.closing] + [x for t in d.turns for o in t.options
                                                 for x in (t.cue, o.text, o.reply, o.feedback)]
        for text in words:
            low = f" {text.lower()} "
            assert not any(f" {b} " in low or b.startswith(".") and b in low for b in banned), text


# -- broken files ----------------------------------------------------------


def _raw(name: str = "intake-schoolleider") -> dict:
    return YAML(typ="safe", pure=True).load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: dict, name: str = "intake-schoolleider") -> Path:
    path = tmp_path / f"{name}.yaml"
    yaml = YAML()
    yaml.allow_unicode = True
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(data, fh)
    return path


def _problems(tmp_path, data, name="intake-schoolleider") -> str:
    with pytest.raises(ContentError) as info:
        load_dialogue(_write(tmp_path, data, name))
    return str(info.value)


def test_a_copy_of_a_bundled_file_loads_from_a_path(tmp_path):
    d = load_dialogue(_write(tmp_path, _raw()))
    assert d == load_dialogue("intake-schoolleider")


def test_next_that_does_not_exist(tmp_path):
    data = _raw()
    data["turns"][1]["options"][0]["next"] = "bestaat-niet"
    msg = _problems(tmp_path, data)
    assert "intake-schoolleider.yaml" in msg and 'beurt "nut"' in msg and '"bestaat-niet"' in msg
    assert "die beurt bestaat niet" in msg


def test_step_that_does_not_exist(tmp_path):
    data = _raw()
    data["turns"][2]["step"] = "koffie"
    msg = _problems(tmp_path, data)
    assert 'beurt "behoefte" (nr. 3)' in msg and '"koffie"' in msg and "die stap bestaat niet" in msg


def test_two_fitting_options_or_none(tmp_path):
    data = _raw()
    data["turns"][0]["options"][1]["kind"] = FIT
    assert 'precies één optie met kind "fit"' in _problems(tmp_path, data)
    data = _raw()
    data["turns"][0]["options"][0]["kind"] = "skip"
    assert "maar er zijn er 0" in _problems(tmp_path, data)


def test_empty_text_and_missing_field(tmp_path):
    data = _raw()
    data["turns"][3]["options"][2]["reply"] = "   "
    del data["turns"][4]["cue"]
    msg = _problems(tmp_path, data)
    assert 'beurt "doel" (nr. 4), optie 3: het veld "reply" is leeg' in msg
    assert 'beurt "werk-al"' not in msg and 'beurt "werkt-al" (nr. 5): het veld "cue" ontbreekt' in msg
    assert "bevat 2 fouten" in msg


def test_unreachable_turn(tmp_path):
    data = _raw()
    extra = copy.deepcopy(data["turns"][3])
    extra["id"] = "los"
    data["turns"].append(extra)
    msg = _problems(tmp_path, data)
    assert 'beurt "los"' in msg and "niet te bereiken" in msg


def test_a_loop_that_never_ends(tmp_path):
    data = _raw()
    data["turns"][-1]["options"][0]["next"] = "mandaat"
    msg = _problems(tmp_path, data)
    assert "bereikt het nooit" in msg and '"einde"' in msg


def test_steps_out_of_order_and_missing(tmp_path):
    data = _raw()
    data["turns"][2]["step"], data["turns"][3]["step"] = "doel", "behoefte"
    assert "niet op volgorde" in _problems(tmp_path, data)
    data = _raw()
    data["turns"][4]["step"] = "doel"
    assert "ontbreken stappen van de intake: Eventueel verkennen wat er al werkt" in _problems(tmp_path, data)


def test_wrong_number_of_options_and_unknown_kind(tmp_path):
    data = _raw()
    data["turns"][0]["options"].pop()
    assert "er staan 2 opties; elke beurt heeft er precies 3" in _problems(tmp_path, data)
    data = _raw()
    data["turns"][0]["options"][1]["kind"] = "harsh"
    assert '"harsh", maar dat kan hier niet' in _problems(tmp_path, data)


def test_fitting_option_must_move_on(tmp_path):
    data = _raw()
    del data["turns"][0]["options"][0]["next"]
    assert 'de passende optie: het veld "next" ontbreekt' in _problems(tmp_path, data)
    data = _raw()
    data["turns"][0]["options"][0]["next"] = "mandaat"
    assert "wijst naar deze beurt zelf" in _problems(tmp_path, data)


def test_broken_yaml_empty_file_and_wrong_shape(tmp_path):
    path = tmp_path / "kapot.yaml"
    path.write_text("id: kapot\nturns:\n  - id: [\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"kapot.yaml: de YAML is niet te lezen rond regel"):
        load_dialogue(path)
    path.write_text("", encoding="utf-8")
    with pytest.raises(ContentError, match="het bestand is leeg"):
        load_dialogue(path)
    path.write_text("- een lijst\n", encoding="utf-8")
    with pytest.raises(ContentError, match="moet één gesprek zijn"):
        load_dialogue(path)
    with pytest.raises(ContentError, match="dit gesprek bestaat niet"):
        load_dialogue("bestaat-niet")


def test_id_must_match_the_file_name_and_kind_must_exist(tmp_path):
    data = _raw()
    data["kind"] = "koffie"
    assert '"kind" is "koffie", maar dat kan niet' in _problems(tmp_path, data)
    data = _raw()
    assert 'maak ze gelijk' in _problems(tmp_path, data, name="ander-gesprek")


def test_step_info_for_both_kinds():
    assert list(step_info("intake")) == [s.id for s in load_intake_steps()]
    assert step_info("intervisie")["tips"][0] == "Tips"
    with pytest.raises(ValueError):
        step_info("koffie")
