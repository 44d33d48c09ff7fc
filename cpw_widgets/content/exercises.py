"""The registry of exercises (``data/exercises.yaml``) for the learner's progress page.

The file is a mapping with two lists: ``exercises`` (one item per answer key
a learner page stores: key, title, page, kind (:data:`EXERCISE_KINDS`),
chapter, and for ``match`` and ``sort`` the number of ``items``) and ``criteria`` (per criterion of the
free-text exercises: the chapter section that explains it and a practice
page). It is checked like the other content files (:mod:`.loader`): every
problem in one Dutch :class:`~.loader.ContentError`, nothing half-loaded.

Whether the criterion ids exist in :mod:`cpw_widgets.assess.criteria` is
checked by the tests: content does not import the assessors.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .loader import (ContentError, PathArg, _check_field, _describe, _Field, _Item, _read_text,
                     _syntax_message, _yaml)

__all__ = ["DRAW_KINDS", "EXERCISE_KINDS", "FREE_TEXT_KINDS", "CriterionHelp", "ExerciseEntry", "Registry", "load_exercises"]

#: What kind of widget stores the answer (decides how its state is read):
#: ``drill`` is a practice round without a score (every scenario or minimal
#: pair once), ``draw-request`` and ``draw-circle`` draw one situation or topic
#: at a time and keep a request or circle answer per item; ``question`` and
#: ``compliment`` are the intervisie rounds (texts kept on the flip-over);
#: ``dialogue`` a practice conversation; ``checklist`` a checklist kept in rounds.
EXERCISE_KINDS: tuple[str, ...] = ("request", "circle", "quiz", "drill", "order", "match", "sort",
                                   "draw-request", "draw-circle", "question", "compliment",
                                   "dialogue", "checklist")
#: The kinds whose criteria have a history per attempt.
FREE_TEXT_KINDS: tuple[str, ...] = ("request", "circle", "question", "compliment")
#: The drawer kinds and the free-text kind of each item they keep.
DRAW_KINDS: dict[str, str] = {"draw-request": "request", "draw-circle": "circle"}

_PAGE_RE = re.compile(r"^(notebooks|book)/[a-z0-9]+(?:-[a-z0-9]+)*$")
_SECTION_RE = re.compile(r"^book/[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class ExerciseEntry:
    """One exercise (one answer key) of the course."""

    key: str          # the answer key, as in the notebook
    title: str        # Dutch, shown to the learner
    page: str         # practice page, e.g. "notebooks/oefening-progressieverzoek"
    kind: str         # one of EXERCISE_KINDS
    chapter: str      # e.g. "book/04-progressieverzoek"
    items: int = 0    # match/sort: how many items to fill in


@dataclass(frozen=True)
class CriterionHelp:
    """Where one criterion of a free-text exercise is explained and practised."""

    kind: str         # one of FREE_TEXT_KINDS
    criterion: str    # id from cpw_widgets.assess.criteria
    section: str      # "book/<chapter>#<anchor>"
    practice: str     # a practice page


@dataclass(frozen=True)
class Registry:
    exercises: tuple[ExerciseEntry, ...]
    criteria: tuple[CriterionHelp, ...]

    def help_for(self, kind: str, criterion: str) -> CriterionHelp | None:
        return next((c for c in self.criteria if c.kind == kind and c.criterion == criterion), None)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(e.key for e in self.exercises)


_EXERCISE_FIELDS = (
    _Field("key", "id"),
    _Field("title", "text"),
    _Field("page", "text"),
    _Field("kind", "text", choices=EXERCISE_KINDS),
    _Field("chapter", "text"),
)
_CRITERION_FIELDS = (
    _Field("kind", "text", choices=FREE_TEXT_KINDS),
    _Field("criterion", "text"),
    _Field("section", "text"),
    _Field("practice", "text"),
)


def _check_link(item: _Item, field: str, value: str | None, pattern: re.Pattern[str], example: str) -> None:
    if value is not None and not pattern.match(value):
        item.problem(field, f'is "{value}", maar moet een pagina zijn zoals "{example}".')


def _exercise(item: _Item) -> ExerciseEntry | None:
    before = len(item.problems)
    known = [f.name for f in _EXERCISE_FIELDS] + ["items"]
    for key in item.raw:
        if key not in known:
            item.problem(str(key), f"is onbekend. Bedoel je een van deze velden: {', '.join(known)}?")
    values = {spec.name: _check_field(item, spec) for spec in _EXERCISE_FIELDS}
    _check_link(item, "page", values["page"], _PAGE_RE, "notebooks/oefening-cirkeltechniek")
    _check_link(item, "chapter", values["chapter"], _PAGE_RE, "book/07-cirkeltechniek")
    items = item.raw.get("items", 0)
    if isinstance(items, bool) or not isinstance(items, int) or items < 0:
        item.problem("items", f"moet een heel getal zijn (0 of meer), maar is {_describe(items)}.")
        items = None
    elif values["kind"] in ("match", "sort") and items < 1:
        item.problem("items", "ontbreekt; zeg bij deze soort oefening hoeveel items er in te vullen zijn.")
        items = None
    if None in values.values() or items is None or before != len(item.problems):
        return None
    return ExerciseEntry(**values, items=items)


def _criterion(item: _Item) -> CriterionHelp | None:
    before = len(item.problems)
    known = [f.name for f in _CRITERION_FIELDS]
    for key in item.raw:
        if key not in known:
            item.problem(str(key), f"is onbekend. Bedoel je een van deze velden: {', '.join(known)}?")
    values = {spec.name: _check_field(item, spec) for spec in _CRITERION_FIELDS}
    _check_link(item, "section", values["section"], _SECTION_RE, "book/04-progressieverzoek#de-vijf-criteria")
    _check_link(item, "practice", values["practice"], _PAGE_RE, "notebooks/oefening-progressieverzoek")
    if None in values.values() or before != len(item.problems):
        return None
    return CriterionHelp(**values)


def _load(path: PathArg) -> Registry:
    name, text = _read_text(path, "exercises.yaml")
    try:
        data = _yaml().load(text)
    except Exception as exc:  # ruamel raises several error types
        message = _syntax_message(name, exc) if hasattr(exc, "problem_mark") else f"{name}: de YAML is niet te lezen ({exc})."
        raise ContentError(name, [message]) from exc
    if not isinstance(data, Mapping) or set(data) != {"exercises", "criteria"}:
        raise ContentError(name, [f"{name}: het bestand moet precies twee lijsten hebben, "
                                  f"'exercises:' en 'criteria:', maar is {_describe(data)}."])
    problems: list[str] = []
    built: dict[str, list[Any]] = {"exercises": [], "criteria": []}
    seen: dict[tuple[str, ...], int] = {}
    for part, build, ident in (("exercises", _exercise, ("key",)), ("criteria", _criterion, ("kind", "criterion"))):
        raw_items = data[part]
        if not isinstance(raw_items, list) or not raw_items:
            problems.append(f"{name}: '{part}' moet een lijst met minstens één item zijn (elk item begint met '- ').")
            continue
        for position, raw in enumerate(raw_items, start=1):
            if not isinstance(raw, Mapping):
                problems.append(f"{name}, {part} nr. {position}: een item moet bestaan uit velden "
                                f"('veld: waarde'), maar is {_describe(raw)}.")
                continue
            item = _Item(f"{name} ({part})", position, raw, problems)
            record = build(item)
            if record is None:
                continue
            key = (part, *(getattr(record, f) for f in ident))
            if key in seen:
                item.problem(ident[-1], f"komt al voor bij item nr. {seen[key]}; elk item mag maar één keer.")
                continue
            seen[key] = position
            built[part].append(record)
    if problems:
        raise ContentError(name, problems)
    return Registry(tuple(built["exercises"]), tuple(built["criteria"]))


@functools.cache
def _bundled() -> Registry:
    return _load(None)


def load_exercises(path: PathArg = None) -> Registry:
    """The exercise registry: the bundled ``exercises.yaml`` (cached) or ``path``."""
    return _bundled() if path is None else _load(path)
