"""Branching practice conversations: ``data/dialogues/*.yaml``, validated on load.

One file holds one conversation. ``kind`` says which: ``intake`` (the learner
leads an intake through the seven steps of ``intake_steps.yaml``) or
``intervisie`` (the learner facilitates a group through the phases of
``intervision_phases.yaml``). The file::

    id: intake-schoolleider          # also the file name, without .yaml
    kind: intake                     # intake | intervisie
    title: Intake met een schoolleider
    partner: Hanneke                 # who answers (shown before each reply)
    intro: ...                       # the scene, shown before the first turn
    closing: ...                     # shown when the conversation is done
    turns:
      - id: mandaat
        step: mandaat                # an intake step id / intervisie phase id
        cue: ...                     # what happens just before the learner speaks
        options:                     # exactly three, exactly one of kind "fit"
          - kind: fit                # intake: fit, skip, advice (one each);
            text: ...                # intervisie: fit + two of let-pass,
            reply: ...               #   take-over, harsh
            feedback: ...
            next: nut                # a turn id or "einde"; a fit needs one,
                                     # any other option goes back to this turn

Checks (all problems of a file are collected and raised together as one
:class:`~cpw_widgets.content.loader.ContentError`, in Dutch, naming the file,
the turn and the option): required texts present and non-empty, ids unique,
every ``step`` exists, every ``next`` exists, exactly one fitting option per
turn, every turn reachable from the first, the end reachable from every turn
along the fitting options, and the fitting path goes through the steps in
their order (an intake through all seven).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

from .loader import _ID_RE, ContentError, _describe, _load_yaml, load_intake_steps, load_intervision_phases

__all__ = [
    "DIALOGUE_KINDS",
    "END",
    "FIT",
    "OPTION_KINDS",
    "Dialogue",
    "DialogueOption",
    "DialogueTurn",
    "load_dialogue",
    "load_dialogues",
    "step_info",
]

#: The ``next`` that ends the conversation.
END = "einde"
#: The kind of the one option per turn that fits.
FIT = "fit"
#: Which option kinds each kind of conversation uses (the first is always FIT).
OPTION_KINDS: dict[str, tuple[str, ...]] = {
    "intake": (FIT, "skip", "advice"),
    "intervisie": (FIT, "let-pass", "take-over", "harsh"),
}
DIALOGUE_KINDS: tuple[str, ...] = tuple(OPTION_KINDS)
#: Options per turn.
OPTIONS_PER_TURN = 3

_TOP_FIELDS = ("id", "kind", "title", "partner", "intro", "closing", "turns")
_TURN_FIELDS = ("id", "step", "cue", "options")
_OPTION_FIELDS = ("kind", "text", "reply", "feedback", "next")


@dataclass(frozen=True)
class DialogueOption:
    """One thing the learner can say at a turn, and what it leads to."""

    kind: str                     # one of OPTION_KINDS[dialogue kind]
    text: str                     # what the learner says (Dutch)
    reply: str                    # how the other answers (Dutch)
    feedback: str                 # why this (does not) fit here (Dutch)
    next: str = ""                # turn id, END, or "" (back to this turn)


@dataclass(frozen=True)
class DialogueTurn:
    """A moment where the learner speaks: after ``cue``, pick or write a line."""

    id: str
    step: str                     # intake step id / intervisie phase id
    cue: str                      # what happens just before the learner speaks (Dutch)
    options: tuple[DialogueOption, ...]

    @property
    def fit(self) -> DialogueOption:
        """The one option that fits here."""
        return next(o for o in self.options if o.kind == FIT)


@dataclass(frozen=True)
class Dialogue:
    """A whole branching practice conversation (one YAML file)."""

    id: str
    kind: str                     # "intake" or "intervisie"
    title: str
    partner: str
    intro: str
    closing: str
    turns: tuple[DialogueTurn, ...]

    @property
    def first(self) -> DialogueTurn:
        return self.turns[0]

    def turn(self, turn_id: str) -> DialogueTurn:
        """The turn with this id (KeyError when there is none)."""
        for t in self.turns:
            if t.id == turn_id:
                return t
        raise KeyError(turn_id)


def step_info(kind: str) -> dict[str, tuple[str, str]]:
    """Step id -> (name, purpose) for a kind of conversation, in step order.

    Intake: the seven intake steps (purpose = the step's ``hint``); intervisie:
    the six phases (purpose = the phase's ``activity``).
    """
    if kind == "intake":
        return {s.id: (s.name, s.hint) for s in load_intake_steps()}
    if kind == "intervisie":
        return {p.id: (p.name, p.activity) for p in load_intervision_phases()}
    raise ValueError(f"onbekende soort gesprek: {kind!r}")


# --------------------------------------------------------------------------
# Reading


def _dialogue_dir():
    return resources.files("cpw_widgets.content").joinpath("data", "dialogues")


def _read(path: str | PathLike[str] | None, name: str) -> tuple[str, str]:
    if path is None:
        resource = _dialogue_dir().joinpath(f"{name}.yaml")
        try:
            return f"{name}.yaml", resource.read_text(encoding="utf-8")
        except OSError as exc:
            raise ContentError(f"{name}.yaml", [f"{name}.yaml: dit gesprek bestaat niet in de cursus."]) from exc
    p = Path(path)
    try:
        return p.name, p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ContentError(p.name, [f"{p.name}: het bestand bestaat niet ({p})."]) from exc
    except UnicodeDecodeError as exc:
        raise ContentError(p.name, [f"{p.name}: het bestand is geen UTF-8-tekst; sla het op als UTF-8."]) from exc
    except OSError as exc:
        raise ContentError(p.name, [f"{p.name}: het bestand is niet te lezen ({exc})."]) from exc


class _Checker:
    """Collects every problem of one file, each naming where it is."""

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[str] = []

    def add(self, where: str, text: str) -> None:
        self.problems.append(f"{self.filename}{', ' + where if where else ''}: {text}")

    def text(self, raw: Mapping, field: str, where: str, *, required: bool = True) -> str | None:
        if field not in raw or raw[field] is None:
            if required:
                self.add(where, f'het veld "{field}" ontbreekt of is leeg; vul het in.')
            return None
        value = raw[field]
        if not isinstance(value, str):
            self.add(where, f'het veld "{field}" moet tekst zijn, maar is {_describe(value)}.')
            return None
        value = " ".join(value.split())
        if not value:
            self.add(where, f'het veld "{field}" is leeg; vul het in.')
            return None
        return value

    def unknown(self, raw: Mapping, known: tuple[str, ...], where: str) -> None:
        for key in raw:
            if key not in known:
                self.add(where, f'het veld "{key}" is onbekend. Bedoel je een van deze velden: {", ".join(known)}?')


def _parse(filename: str, text: str) -> Mapping:
    data = _load_yaml(filename, text)
    if data is None:
        raise ContentError(filename, [f"{filename}: het bestand is leeg; er staat geen gesprek in."])
    if not isinstance(data, Mapping):
        raise ContentError(filename, [f"{filename}: het bestand moet één gesprek zijn (velden als "
                                      f"'id:', 'kind:', 'turns:'), maar is {_describe(data)}."])
    return data


def _option(c: _Checker, raw: Any, where: str, kinds: tuple[str, ...]) -> DialogueOption | None:
    if not isinstance(raw, Mapping):
        c.add(where, f"een optie moet bestaan uit velden (kind, text, reply, feedback), maar is {_describe(raw)}.")
        return None
    c.unknown(raw, _OPTION_FIELDS, where)
    kind = c.text(raw, "kind", where)
    if kind is not None and kind not in kinds:
        c.add(where, f'het veld "kind" is "{kind}", maar dat kan hier niet. Kies uit: {", ".join(kinds)}.')
        kind = None
    values = {f: c.text(raw, f, where) for f in ("text", "reply", "feedback")}
    nxt = c.text(raw, "next", where, required=False) or ""
    if kind is None or None in values.values():
        return None
    return DialogueOption(kind=kind, next=nxt, **values)


def _turn(c: _Checker, raw: Any, position: int, kind: str, steps: dict[str, tuple[str, str]]
          ) -> DialogueTurn | None:
    if not isinstance(raw, Mapping):
        c.add(f"beurt nr. {position}", f"een beurt moet bestaan uit velden (id, step, cue, options), "
                                        f"maar is {_describe(raw)}.")
        return None
    ident = raw.get("id")
    where = f'beurt "{ident}" (nr. {position})' if isinstance(ident, str) and ident.strip() \
        else f"beurt nr. {position}"
    c.unknown(raw, _TURN_FIELDS, where)
    turn_id = c.text(raw, "id", where)
    if turn_id is not None and (not _ID_RE.match(turn_id) or turn_id == END):
        c.add(where, f'het veld "id" is "{turn_id}", maar mag alleen kleine letters, cijfers en streepjes '
                     f'bevatten en niet "{END}" zijn.')
        turn_id = None
    step = c.text(raw, "step", where)
    if step is not None and step not in steps:
        c.add(where, f'het veld "step" noemt "{step}", maar die stap bestaat niet. Kies uit: {", ".join(steps)}.')
        step = None
    cue = c.text(raw, "cue", where)
    raw_options = raw.get("options")
    if not isinstance(raw_options, list):
        c.add(where, f'het veld "options" moet een lijst van {OPTIONS_PER_TURN} opties zijn, '
                     f"maar is {_describe(raw_options)}.")
        return None
    if len(raw_options) != OPTIONS_PER_TURN:
        c.add(where, f"er staan {len(raw_options)} opties; elke beurt heeft er precies {OPTIONS_PER_TURN}.")
    kinds = OPTION_KINDS[kind]
    options = [_option(c, o, f"{where}, optie {i}", kinds) for i, o in enumerate(raw_options, start=1)]
    if None in options or None in (turn_id, step, cue):
        return None
    used = [o.kind for o in options]
    if used.count(FIT) != 1:
        c.add(where, f'er moet precies één optie met kind "{FIT}" zijn (die past), maar er zijn er {used.count(FIT)}.')
        return None
    if len(set(used)) != len(used):
        c.add(where, "twee opties hebben hetzelfde kind; geef elke optie een eigen soort.")
    elif kind == "intake" and set(used) != set(kinds):
        c.add(where, f"een intakebeurt heeft precies één optie van elk kind: {', '.join(kinds)}.")
    fit = next(o for o in options if o.kind == FIT)
    if not fit.next:
        c.add(f"{where}, de passende optie", f'het veld "next" ontbreekt; noem de volgende beurt of "{END}".')
    elif fit.next == turn_id:
        c.add(f"{where}, de passende optie", 'het veld "next" wijst naar deze beurt zelf; '
                                             "de passende optie moet het gesprek verder brengen.")
    return DialogueTurn(id=turn_id, step=step, cue=cue, options=tuple(options))


def _check_graph(c: _Checker, kind: str, turns: list[DialogueTurn], steps: dict[str, tuple[str, str]]) -> None:
    """Every next exists, every turn is reachable, the end is reachable, steps in order."""
    ids = {t.id for t in turns}
    for t in turns:
        for i, o in enumerate(t.options, start=1):
            if o.next and o.next != END and o.next not in ids:
                c.add(f'beurt "{t.id}", optie {i}', f'het veld "next" noemt "{o.next}", maar die beurt bestaat '
                                                     f'niet. Kies uit: {", ".join(sorted(ids))} of {END}.')
    if c.problems:
        return
    by_id = {t.id: t for t in turns}
    seen, todo = set(), [turns[0].id]
    while todo:
        tid = todo.pop()
        if tid in seen or tid == END:
            continue
        seen.add(tid)
        todo.extend(o.next or tid for o in by_id[tid].options)
    for t in turns:
        if t.id not in seen:
            c.add(f'beurt "{t.id}"', "deze beurt is vanaf het begin van het gesprek niet te bereiken; "
                                     'laat een "next" ernaar wijzen of haal hem weg.')
    path, tid = [], turns[0].id
    while tid != END and tid not in path:
        path.append(tid)
        tid = by_id[tid].fit.next
    if tid != END:
        c.add(f'beurt "{tid}"', "langs de passende opties komt het gesprek hier weer uit en bereikt het nooit "
                                f'"{END}"; laat de passende optie van een beurt verderop wijzen.')
        return
    for t in turns:
        if t.id not in path:
            walk, here = set(), t.id
            while here != END and here not in walk:
                walk.add(here)
                here = by_id[here].fit.next
            if here != END:
                c.add(f'beurt "{t.id}"', f'vanaf deze beurt komt het gesprek langs de passende opties nooit bij "{END}".')
    order = list(steps)
    path_steps = [by_id[t].step for t in path]
    positions = [order.index(s) for s in path_steps]
    if positions != sorted(positions):
        c.add("", "langs de passende opties staan de stappen niet op volgorde ("
                  + " → ".join(steps[s][0] for s in path_steps) + ").")
    if kind == "intake" and set(path_steps) != set(order):
        missing = [steps[s][0] for s in order if s not in path_steps]
        c.add("", "langs de passende opties ontbreken stappen van de intake: " + ", ".join(missing) + ".")


def _build(filename: str, text: str) -> Dialogue:
    data = _parse(filename, text)
    c = _Checker(filename)
    c.unknown(data, _TOP_FIELDS, "")
    top = {f: c.text(data, f, "") for f in ("id", "kind", "title", "partner", "intro", "closing")}
    kind = top["kind"]
    if kind is not None and kind not in OPTION_KINDS:
        c.add("", f'het veld "kind" is "{kind}", maar dat kan niet. Kies uit: {", ".join(DIALOGUE_KINDS)}.')
        kind = None
    if top["id"] is not None and filename.endswith(".yaml") and filename[:-5] != top["id"]:
        c.add("", f'het veld "id" is "{top["id"]}", maar het bestand heet {filename}; maak ze gelijk.')
    raw_turns = data.get("turns")
    if not isinstance(raw_turns, list) or not raw_turns:
        c.add("", f'het veld "turns" moet een lijst met minstens één beurt zijn, maar is {_describe(raw_turns)}.')
        raise ContentError(filename, c.problems)
    if kind is None:
        raise ContentError(filename, c.problems)
    steps = step_info(kind)
    turns = [_turn(c, raw, i, kind, steps) for i, raw in enumerate(raw_turns, start=1)]
    seen: set[str] = set()
    for t in turns:
        if t is not None and t.id in seen:
            c.add(f'beurt "{t.id}"', "deze id komt twee keer voor; elke beurt heeft een eigen id.")
        if t is not None:
            seen.add(t.id)
    if not c.problems:
        _check_graph(c, kind, turns, steps)
    if c.problems:
        raise ContentError(filename, c.problems)
    return Dialogue(turns=tuple(turns), **top)


def load_dialogue(name_or_path: str | PathLike[str]) -> Dialogue:
    """One conversation: a bundled one by id (``"intake-schoolleider"``), or a
    file by path (uncached; any ``.yaml`` path or a path object)."""
    if isinstance(name_or_path, str) and _ID_RE.match(name_or_path):
        return _bundled(name_or_path)
    path = Path(name_or_path)
    return _build(*_read(path, path.stem))


@functools.cache
def _bundled(name: str) -> Dialogue:
    return _build(*_read(None, name))


def load_dialogues(kind: str | None = None) -> tuple[Dialogue, ...]:
    """Every bundled conversation (of ``kind``, when given), sorted by id."""
    names = sorted(p.name[:-5] for p in _dialogue_dir().iterdir() if p.name.endswith(".yaml"))
    dialogues = tuple(_bundled(n) for n in names)
    return tuple(d for d in dialogues if kind is None or d.kind == kind)
