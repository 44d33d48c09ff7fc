"""The conversation engine: moves lead where they should, own lines follow the
fitting branch, and the transcript marks the steps."""

from __future__ import annotations

import pytest

from cpw_widgets.assess.dialogue import (
    OWN,
    Move,
    advance,
    self_check,
    shuffled_options,
    transcript_text,
    walk,
)
from cpw_widgets.content import load_dialogue, load_dialogues, load_intake_steps
from cpw_widgets.content.dialogue import END, FIT


@pytest.fixture
def intake():
    return load_dialogue("intake-schoolleider")


@pytest.mark.parametrize("dialogue", load_dialogues(), ids=lambda d: d.id)
def test_fitting_path_reaches_the_end(dialogue):
    moves, position = [], dialogue.first.id
    while position != END:
        moves.append(Move(position, FIT))
        position = dialogue.turn(position).fit.next
    result = walk(dialogue, moves)
    assert result.done and len(result.exchanges) == len(dialogue.turns)


@pytest.mark.parametrize("dialogue", load_dialogues(), ids=lambda d: d.id)
def test_every_other_option_gets_its_own_reply_and_stays_at_the_turn(dialogue):
    for turn in dialogue.turns:
        for option in turn.options:
            if option.kind == FIT:
                continue
            exchange, position = advance(dialogue, turn.id, Move(turn.id, option.kind))
            assert position == turn.id and not exchange.moved_on
            assert exchange.option.reply == option.reply != turn.fit.reply


def test_own_line_follows_the_fitting_branch(intake):
    ex, position = advance(intake, "mandaat", Move("mandaat", OWN, "  Mag ik u eerst  iets vragen? ", "mandaat"))
    assert position == "nut" and ex.said == "Mag ik u eerst iets vragen?"
    assert ex.option.reply == intake.first.fit.reply and ex.move.step == "mandaat"


@pytest.mark.parametrize("move,message", [
    (Move("mandaat", OWN, "   ", "mandaat"), "Schrijf eerst"),
    (Move("mandaat", OWN, "x" * 601, "mandaat"), "hoogstens 600"),
    (Move("mandaat", "harsh"), "geen keuze van soort"),
    (Move("nut", FIT), "hoort bij beurt"),
])
def test_moves_that_do_not_belong_here(intake, move, message):
    with pytest.raises(ValueError, match=message):
        advance(intake, "mandaat", move)


def test_walk_stops_at_the_first_invalid_move_and_keeps_the_valid_ones(intake):
    stored = [{"turn": "mandaat", "kind": "skip"}, {"turn": "mandaat", "kind": FIT},
              {"turn": "mandaat", "kind": FIT},  # already past mandaat: invalid
              {"turn": "nut", "kind": FIT}]
    result = walk(intake, stored)
    assert [m.kind for m in result.moves] == ["skip", FIT] and result.position == "nut"
    assert walk(intake, ["rommel", {"turn": 3}]).moves == ()


def test_moves_round_trip_through_plain_data(intake):
    moves = [Move("mandaat", "advice"), Move("mandaat", OWN, "Mag ik iets vragen?", "nut")]
    stored = [m.as_dict() for m in moves]
    assert walk(intake, stored).moves == tuple(moves)


def test_shuffle_is_stable_per_seed_and_not_always_fit_first():
    d = load_dialogue("intake-ondernemer")
    assert shuffled_options(d.first, 3) == shuffled_options(d.first, 3)
    firsts = {shuffled_options(t, 0)[0].kind for dd in load_dialogues() for t in dd.turns}
    assert len(firsts) > 1


def test_self_check_names_both_steps_and_the_model(intake):
    turn = intake.turn("behoefte")
    names = {s.id: s.name for s in load_intake_steps()}
    check = self_check(intake, turn, "doel")
    assert check.chosen_step == names["doel"] and check.step == names["behoefte"]
    assert not check.same_step and check.model == turn.fit.text and check.purpose
    assert self_check(intake, turn, "behoefte").same_step
    assert self_check(intake, turn, "").chosen_step == ""


def test_transcript_marks_steps_kinds_and_own_lines(intake):
    moves = [Move("mandaat", "skip"), Move("mandaat", FIT), Move("nut", OWN, "Wat moet dit opleveren?", "nut")]
    text = transcript_text(intake, walk(intake, moves))
    assert "[Stap 1 · Mandaat krijgen · sprong vooruit]" in text
    assert "[Stap 1 · Mandaat krijgen · past bij deze stap]" in text
    assert "[Stap 2 · Sturen op nut van het gesprek · eigen formulering]" in text
    assert "Jij: Wat moet dit opleveren?" in text and "(Het gesprek is nog niet af.)" in text
    assert text.index("sprong vooruit") < text.index("past bij deze stap")


def test_intervisie_transcript_names_the_phase():
    d = load_dialogue("intervisie-begeleiden")
    text = transcript_text(d, walk(d, [Move("verkapte-tip", "harsh")]))
    assert "[Fase: Vragen stellen · corrigeerde streng]" in text
