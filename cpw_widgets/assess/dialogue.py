"""The engine of the practice conversations: pure, no widget code.

A conversation (:class:`~cpw_widgets.content.dialogue.Dialogue`) is walked by
the learner's *moves*: at a turn they pick an option (by its kind) or write
their own line and say which step it belongs to. :func:`walk` replays the
moves from the start and returns what was said, where the conversation is now,
and the moves that were valid (a stored answer edited by hand loses only its
invalid tail).

Own lines are never judged: nothing here can tell a good question from a bad
one without a labelled set of them. An own line continues along the fitting
option, and :func:`self_check` gives what the learner needs to compare it
themselves: the step they chose, the step the conversation is at, its purpose
and the model line.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from ..content.dialogue import END, FIT, Dialogue, DialogueOption, DialogueTurn, step_info

__all__ = [
    "OWN",
    "MAX_OWN_CHARS",
    "Exchange",
    "Move",
    "SelfCheck",
    "Walk",
    "advance",
    "kind_label",
    "self_check",
    "shuffled_options",
    "step_heading",
    "transcript_text",
    "walk",
]

#: The kind of a move in which the learner wrote their own line.
OWN = "own"
#: Longest own line kept (a question or a facilitator's sentence, not an essay).
MAX_OWN_CHARS = 600

#: How the transcript names each kind of move (Dutch, for learners).
_KIND_LABELS = {
    FIT: "past bij deze stap",
    "skip": "sprong vooruit",
    "advice": "werd coaching of advies",
    "let-pass": "liet het gebeuren",
    "take-over": "nam het over",
    "harsh": "corrigeerde streng",
    OWN: "eigen formulering",
}


@dataclass(frozen=True)
class Move:
    """One thing the learner did at a turn: an option (``kind``) or own ``text``."""

    turn: str
    kind: str                     # an option kind, or OWN
    text: str = ""                # own line (kind OWN)
    step: str = ""                # the step the learner put their own line at

    def as_dict(self) -> dict[str, str]:
        data = {"turn": self.turn, "kind": self.kind}
        if self.kind == OWN:
            data |= {"text": self.text, "step": self.step}
        return data

    @classmethod
    def from_dict(cls, raw: object) -> Move | None:
        """A stored move, or None when it is not one."""
        if not isinstance(raw, dict):
            return None
        turn, kind = raw.get("turn"), raw.get("kind")
        text, step = raw.get("text", ""), raw.get("step", "")
        if not all(isinstance(v, str) for v in (turn, kind, text, step)):
            return None
        return cls(turn=turn, kind=kind, text=text, step=step)


@dataclass(frozen=True)
class Exchange:
    """What was said at one move: the learner's line and the answer to it."""

    turn: DialogueTurn
    move: Move
    option: DialogueOption        # the option chosen (the fitting one for an own line)
    said: str                     # what the learner said

    @property
    def moved_on(self) -> bool:
        """Did this move bring the conversation further (not back to the same turn)?"""
        return self.option.kind == FIT


@dataclass(frozen=True)
class Walk:
    """The conversation so far."""

    exchanges: tuple[Exchange, ...]
    position: str                 # the turn id the learner is at, or END
    moves: tuple[Move, ...]       # the valid moves (what to store)

    @property
    def done(self) -> bool:
        return self.position == END


@dataclass(frozen=True)
class SelfCheck:
    """What a learner compares their own line with (no verdict)."""

    chosen_step: str              # name of the step the learner chose ("" when none)
    step: str                     # name of the step the conversation is at
    purpose: str                  # that step's purpose
    same_step: bool               # did the learner put it at this step?
    model: str                    # the fitting line


def shuffled_options(turn: DialogueTurn, seed: int | str | None = None) -> tuple[DialogueOption, ...]:
    """The turn's options in an order fixed by ``seed`` and the turn (so a
    reload shows the same order), never always the fitting one first."""
    options = list(turn.options)
    random.Random(f"{seed}|{turn.id}").shuffle(options)
    return tuple(options)


def advance(dialogue: Dialogue, position: str, move: Move) -> tuple[Exchange, str]:
    """Apply one move at ``position``: the exchange and the new position.

    An option that fits leads to its ``next``; any other to its own ``next``
    or back to this turn; an own line follows the fitting option. Raises
    ValueError (Dutch) for a move that does not belong here.
    """
    if position == END:
        raise ValueError("Het gesprek is al klaar.")
    turn = dialogue.turn(position)
    if move.turn != turn.id:
        raise ValueError(f"Deze zet hoort bij beurt {move.turn!r}, maar het gesprek is bij {turn.id!r}.")
    if move.kind == OWN:
        text = " ".join(move.text.split())
        if not text:
            raise ValueError("Schrijf eerst wat je wilt zeggen.")
        if len(text) > MAX_OWN_CHARS:
            raise ValueError(f"Houd het kort: hoogstens {MAX_OWN_CHARS} tekens.")
        option = turn.fit
        return Exchange(turn, Move(turn.id, OWN, text, move.step), option, text), option.next
    option = next((o for o in turn.options if o.kind == move.kind), None)
    if option is None:
        raise ValueError(f"Bij deze beurt is er geen keuze van soort {move.kind!r}.")
    return Exchange(turn, move, option, option.text), option.next or turn.id


def walk(dialogue: Dialogue, moves: list[Move | dict] | tuple = ()) -> Walk:
    """Replay ``moves`` from the start; stop at the first one that does not fit."""
    position = dialogue.first.id
    exchanges: list[Exchange] = []
    valid: list[Move] = []
    for raw in moves:
        move = raw if isinstance(raw, Move) else Move.from_dict(raw)
        if move is None or position == END:
            break
        try:
            exchange, position = advance(dialogue, position, move)
        except (ValueError, KeyError):
            break
        exchanges.append(exchange)
        valid.append(exchange.move)
    return Walk(tuple(exchanges), position, tuple(valid))


def self_check(dialogue: Dialogue, turn: DialogueTurn, chosen_step: str) -> SelfCheck:
    """What to show beside an own line: the chosen and the current step, the
    step's purpose and the model line."""
    steps = step_info(dialogue.kind)
    name, purpose = steps[turn.step]
    chosen = steps.get(chosen_step, ("", ""))[0]
    return SelfCheck(chosen, name, purpose, chosen_step == turn.step, turn.fit.text)


def kind_label(kind: str) -> str:
    """A learner's word for a kind of move."""
    return _KIND_LABELS.get(kind, kind)


def step_heading(dialogue: Dialogue, turn: DialogueTurn) -> str:
    """"Stap 3 · Verkennen van de progressiebehoefte" (intake) or "Fase: Tips"."""
    steps = step_info(dialogue.kind)
    name = steps[turn.step][0]
    if dialogue.kind == "intake":
        return f"Stap {list(steps).index(turn.step) + 1} · {name}"
    return f"Fase: {name}"


def transcript_text(dialogue: Dialogue, result: Walk, you: str = "Jij") -> str:
    """The conversation as plain text, each move marked with its step and kind."""
    lines = [dialogue.title, "", dialogue.intro, ""]
    for ex in result.exchanges:
        lines.append(f"[{step_heading(dialogue, ex.turn)} · {kind_label(ex.move.kind)}]")
        if ex.move.kind == OWN:
            chosen = step_info(dialogue.kind).get(ex.move.step, ("geen stap gekozen",))[0]
            lines.append(f"(Jij plaatste dit bij: {chosen})")
        lines.append(f"{you}: {ex.said}")
        lines.append(f"{dialogue.partner}: {ex.option.reply}")
        lines.append("")
    if result.done:
        lines.append(dialogue.closing)
    else:
        lines.append("(Het gesprek is nog niet af.)")
    lines += ["", "Methode: © Centrum Progressiegericht Werken (CPW)."]
    return "\n".join(lines) + "\n"
