"""The answer store: round trip, atomic writes, damaged files kept aside."""

from __future__ import annotations

import json
import os

import pytest

from cpw_widgets.answers import AnswerStore


def test_round_trip(tmp_path):
    store = AnswerStore(tmp_path / "antwoorden.json")
    assert store.load("a") is None
    assert store.all() == {}
    assert store.save("a", {"text": "Zou je … willen? ✓", "attempts": 2})
    store.save("b", {"n": 1})
    again = AnswerStore(tmp_path / "antwoorden.json")
    assert again.load("a") == {"text": "Zou je … willen? ✓", "attempts": 2}
    assert again.all() == {"a": {"text": "Zou je … willen? ✓", "attempts": 2}, "b": {"n": 1}}
    assert again.warning == ""
    # plain UTF-8 JSON a trainer can read
    assert "Zou je … willen? ✓" in (tmp_path / "antwoorden.json").read_text(encoding="utf-8")


def test_default_path_is_relative_to_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = AnswerStore()
    store.save("k", {"x": 1})
    assert json.loads((tmp_path / "antwoorden.json").read_text()) == {"k": {"x": 1}}


def test_two_stores_share_one_file(tmp_path):
    one, two = AnswerStore(tmp_path / "f.json"), AnswerStore(tmp_path / "f.json")
    one.save("a", {"v": 1})
    two.save("b", {"v": 2})
    one.save("a", {"v": 3})
    assert AnswerStore(tmp_path / "f.json").all() == {"a": {"v": 3}, "b": {"v": 2}}


def test_loaded_answer_is_a_copy(tmp_path):
    store = AnswerStore(tmp_path / "f.json")
    store.save("a", {"v": 1})
    store.load("a")["v"] = 99
    assert store.load("a") == {"v": 1}


def test_save_is_atomic_replace(tmp_path, monkeypatch):
    path = tmp_path / "antwoorden.json"
    store = AnswerStore(path)
    store.save("a", {"v": 1})
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        calls.append((str(src), str(dst)))
        assert json.loads(open(src, encoding="utf-8").read())["b"] == {"v": 2}
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    store.save("b", {"v": 2})
    assert len(calls) == 1 and calls[0][1] == str(path) and calls[0][0] != str(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["antwoorden.json"]  # no temp file left


def test_failed_write_keeps_old_file_and_warns(tmp_path, monkeypatch):
    path = tmp_path / "antwoorden.json"
    store = AnswerStore(path)
    store.save("a", {"v": 1})

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    assert store.save("b", {"v": 2}) is False
    assert "niet worden bewaard" in store.warning
    monkeypatch.undo()
    assert AnswerStore(path).all() == {"a": {"v": 1}}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["antwoorden.json"]


@pytest.mark.parametrize("content", ["{niet: json", "[1, 2, 3]", '"tekst"', "\xff\xfe kapot"])
def test_damaged_file_is_kept_aside_with_dutch_warning(tmp_path, content):
    path = tmp_path / "antwoorden.json"
    path.write_bytes(content.encode("latin-1"))
    store = AnswerStore(path)
    assert store.load("a") is None  # no exception
    backups = list(tmp_path.glob("antwoorden.json.kapot-*"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == content.encode("latin-1")  # nothing lost
    assert store.warning.startswith("Je eerder bewaarde antwoorden konden niet worden gelezen")
    assert backups[0].name in store.warning
    assert not path.exists()  # reading never writes a new file
    store.save("a", {"v": 1})
    assert AnswerStore(path).load("a") == {"v": 1}


def test_wrong_typed_entries_keep_the_good_ones(tmp_path):
    path = tmp_path / "antwoorden.json"
    path.write_text(json.dumps({"goed": {"v": 1}, "fout": [1, 2], "ook-fout": "x"}), encoding="utf-8")
    store = AnswerStore(path)
    assert store.load("goed") == {"v": 1}
    assert store.load("fout") is None
    backup = next(tmp_path.glob("antwoorden.json.kapot-*"))
    assert json.loads(backup.read_text())["fout"] == [1, 2]
    assert "reservekopie" in store.warning
    store.save("nieuw", {"v": 2})
    assert AnswerStore(path).all() == {"goed": {"v": 1}, "nieuw": {"v": 2}}


def test_two_damages_in_one_second_get_two_backups(tmp_path):
    path = tmp_path / "antwoorden.json"
    for _ in range(2):
        path.write_text("kapot", encoding="utf-8")
        AnswerStore(path).all()
    assert len(list(tmp_path.glob("antwoorden.json.kapot-*"))) == 2


def test_empty_file_is_empty_store(tmp_path):
    path = tmp_path / "antwoorden.json"
    path.write_text("", encoding="utf-8")
    store = AnswerStore(path)
    assert store.all() == {} and store.warning == ""


def test_bad_arguments(tmp_path):
    store = AnswerStore(tmp_path / "f.json")
    with pytest.raises(ValueError):
        store.save("", {})
    with pytest.raises(TypeError):
        store.save("a", ["niet", "een", "dict"])


def test_merge_keeps_other_answers_and_clear_wipes(tmp_path):
    path = tmp_path / "antwoorden.json"
    store = AnswerStore(path)
    store.save("a", {"v": 1})
    store.save("b", {"v": 2})
    assert store.merge({"b": {"v": 3}, "c": {"v": 4}})
    assert AnswerStore(path).all() == {"a": {"v": 1}, "b": {"v": 3}, "c": {"v": 4}}
    with pytest.raises(TypeError):
        store.merge({"d": "geen dict"})
    assert store.clear()
    assert AnswerStore(path).all() == {} and json.loads(path.read_text()) == {}


def test_failed_clear_keeps_the_answers_and_warns(tmp_path, monkeypatch):
    path = tmp_path / "antwoorden.json"
    store = AnswerStore(path)
    store.save("a", {"v": 1})
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(13, "Permission denied")))
    assert store.clear() is False
    assert "Er is niets veranderd" in store.warning
    monkeypatch.undo()
    assert AnswerStore(path).all() == {"a": {"v": 1}}


def test_export_is_readable_and_reads_back():
    from cpw_widgets.answers import EXPORT_KIND, export_answers, read_export

    doc = export_answers({"k": {"text": "Zou je … willen? 😀"}}, at="2026-01-31T09:15:00Z")
    assert "Zou je … willen? 😀" in doc and EXPORT_KIND in doc and "2026-01-31T09:15:00Z" in doc
    assert read_export(doc) == {"k": {"text": "Zou je … willen? 😀"}}
    assert read_export(doc.encode("utf-8-sig"), known_keys={"k"}) == {"k": {"text": "Zou je … willen? 😀"}}
