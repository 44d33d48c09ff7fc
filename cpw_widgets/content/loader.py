"""Read and validate the exercise content in ``data/*.yaml``.

Every public ``load_*`` function returns a tuple of frozen dataclasses from
:mod:`cpw_widgets.content.models`. Without ``path`` it reads the file that ships
with the package (through :mod:`importlib.resources`, so it works from an
installed wheel and under Pyodide) and caches the result; with ``path`` it
reads that file instead, uncached (for tests and for trainers who write their
own material).

Validation happens before anything is built: all problems in a file are
collected and raised together as one :class:`ContentError` whose Dutch message
names the file, the item (id and position) and the field. A file either loads
completely or not at all.

The YAML is parsed with ruamel.yaml in its pure-Python safe mode, because the
same code runs in the browser under Pyodide.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .models import (
    CirclePrompt,
    FeedbackItem,
    IntakeQuestion,
    IntakeStep,
    Intervention,
    IntervisionQuestion,
    Scenario,
)

__all__ = [
    "ContentError",
    "CIRCLE_MODES",
    "DOMAINS",
    "load_interventions",
    "load_scenarios",
    "load_feedback_items",
    "load_circle_prompts",
    "interventions_by_key",
    "INTERVISION_CATEGORIES",
    "load_intake_steps",
    "load_intake_questions",
    "load_intervision_questions",
]

PathArg = str | PathLike[str] | None

#: Circle prompt modes: an activity of one person, or a topic of a team.
CIRCLE_MODES: tuple[str, ...] = ("persoonlijk", "team")

#: The work domains the bundled material covers. Own files may use others.
DOMAINS: tuple[str, ...] = ("team", "zorg", "onderwijs", "klantenservice", "thuis", "vrijwilligerswerk")

# Minimum numbers of items in the bundled files (own files need at least one).
_MIN_BUNDLED = {
    "interventions.yaml": 9,
    "scenarios.yaml": 36,
    "feedback.yaml": 30,
    "circle.yaml": 10,
    "intake_steps.yaml": 7,
    "intake_questions.yaml": 5,
    "intervision_questions.yaml": 6,
}

#: The two kinds of sentence in the question round of an intervisie.
INTERVISION_CATEGORIES: tuple[str, ...] = ("Verhelderende vraag", "Verkapte tip")
#: Every intervention needs at least this many scenarios in the bundled file.
MIN_SCENARIOS_PER_INTERVENTION = 4

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ContentError(ValueError):
    """A content file is missing, unreadable or invalid.

    The message is Dutch and names the file, the item and the field.
    ``problems`` holds every single problem found (one line each).
    """

    def __init__(self, filename: str, problems: list[str] | tuple[str, ...]):
        self.filename = filename
        self.problems = tuple(problems)
        if len(self.problems) == 1:
            message = self.problems[0]
        else:
            message = f"{filename} bevat {len(self.problems)} fouten:\n" + "\n".join(
                f"- {p}" for p in self.problems
            )
        super().__init__(message)


# --------------------------------------------------------------------------
# Reading


def _yaml() -> YAML:
    return YAML(typ="safe", pure=True)


def _read_text(path: PathArg, filename: str) -> tuple[str, str]:
    """Return (display name, text) of the bundled file or of ``path``."""
    if path is None:
        resource = resources.files("cpw_widgets.content").joinpath("data", filename)
        try:
            return filename, resource.read_text(encoding="utf-8")
        except OSError as exc:  # pragma: no cover - broken install
            message = f"{filename}: het bestand hoort bij het pakket maar is niet te lezen ({exc})."
            raise ContentError(filename, [message]) from exc
    p = Path(path)
    name = p.name
    try:
        return name, p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ContentError(name, [f"{name}: het bestand bestaat niet ({p})."]) from exc
    except UnicodeDecodeError as exc:
        raise ContentError(name, [f"{name}: het bestand is geen UTF-8-tekst; sla het op als UTF-8."]) from exc
    except OSError as exc:
        raise ContentError(name, [f"{name}: het bestand is niet te lezen ({exc})."]) from exc


def _syntax_message(name: str, exc: MarkedYAMLError) -> str:
    """A Dutch message for a YAML syntax error, with the line number."""
    problem_mark, context_mark = exc.problem_mark, exc.context_mark
    mark = problem_mark or context_mark
    where = f"rond regel {mark.line + 1}, kolom {mark.column + 1}" if mark else "ergens"
    if problem_mark and context_mark and context_mark.line != problem_mark.line:
        where += f" (wat daar misgaat, begint op regel {context_mark.line + 1})"
    detail = " ".join(x.strip() for x in (exc.context, exc.problem) if x)
    if "duplicate key" in detail:
        key = re.search(r'duplicate key "([^"]*)"', detail)
        hint = f'Het veld "{key.group(1) if key else "?"}" staat twee keer in hetzelfde item; haal er één weg.'
    elif "'\\t'" in detail:
        hint = "Daar staat een tab; spring in met spaties."
    elif "quoted scalar" in detail:
        hint = "Daar wordt een aanhalingsteken geopend maar niet gesloten."
    else:
        hint = "Controleer daar de inspringing, de dubbele punten en de aanhalingstekens."
    return f"{name}: de YAML is niet te lezen {where}. {hint} (technische melding: {detail})"


def _load_yaml(name: str, text: str) -> Any:
    """The YAML in ``text``; a syntax error becomes a Dutch ContentError saying where."""
    try:
        return _yaml().load(text)
    except MarkedYAMLError as exc:
        raise ContentError(name, [_syntax_message(name, exc)]) from exc
    except YAMLError as exc:
        raise ContentError(name, [f"{name}: de YAML is niet te lezen ({exc})."]) from exc


def _parse(name: str, text: str) -> list[Any]:
    """Parse YAML text that must hold a non-empty list of mappings."""
    data = _load_yaml(name, text)
    if data is None:
        raise ContentError(name, [f"{name}: het bestand is leeg; er staan geen items in."])
    if not isinstance(data, list):
        raise ContentError(
            name,
            [
                f"{name}: het bestand moet een lijst van items zijn (elk item begint met '- '), "
                f"maar het is {_describe(data)}."
            ],
        )
    if not data:
        raise ContentError(name, [f"{name}: de lijst is leeg; er staan geen items in."])
    return data


# --------------------------------------------------------------------------
# Field checks


def _describe(value: Any) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return f"een ja/nee-waarde ({value})"
    if isinstance(value, (int, float)):
        return f"een getal ({value})"
    if isinstance(value, str):
        return "tekst"
    if isinstance(value, Mapping):
        return "een verzameling velden"
    if isinstance(value, list):
        return "een lijst"
    return type(value).__name__


@dataclass(frozen=True)
class _Field:
    name: str
    kind: str  # "text", "id", "list", "mapping"
    required: bool = True
    min_len: int = 1
    max_len: int | None = None
    choices: tuple[str, ...] | None = None


def _count_phrase(n_min: int, n_max: int | None) -> str:
    if n_max is None:
        return f"minstens {n_min}"
    if n_min == n_max:
        return f"precies {n_min}"
    return f"{n_min} tot {n_max}"


class _Item:
    """Collects the problems of one raw item under a uniform label."""

    def __init__(self, name: str, position: int, raw: Any, problems: list[str]):
        self.name = name
        self.position = position
        self.raw = raw
        self.problems = problems
        ident = raw.get("id", raw.get("key")) if isinstance(raw, Mapping) else None
        if isinstance(ident, str) and ident.strip():
            self.label = f'{name}, item "{ident.strip()}" (nr. {position})'
        else:
            self.label = f"{name}, item nr. {position}"

    def problem(self, field: str | None, text: str) -> None:
        if field is None:
            self.problems.append(f"{self.label}: {text}")
        else:
            self.problems.append(f'{self.label}: het veld "{field}" {text}')


def _check_text(item: _Item, field: str, value: Any) -> str | None:
    if not isinstance(value, str):
        item.problem(field, f"moet tekst zijn, maar is {_describe(value)}.")
        return None
    value = " ".join(value.split())
    if not value:
        item.problem(field, "is leeg; vul het in.")
        return None
    return value


def _check_field(item: _Item, spec: _Field) -> Any:
    """Return the cleaned value of one field, or None after reporting a problem."""
    raw = item.raw
    if spec.name not in raw:
        if spec.required:
            item.problem(spec.name, "ontbreekt; voeg het toe.")
        return None
    value = raw[spec.name]
    if spec.kind in ("text", "id"):
        text = _check_text(item, spec.name, value)
        if text is None:
            return None
        if spec.kind == "id" and not _ID_RE.match(text):
            item.problem(
                spec.name,
                f'is "{text}", maar mag alleen kleine letters, cijfers en streepjes bevatten '
                '(bijvoorbeeld "sturen-2").',
            )
            return None
        if spec.choices is not None and text not in spec.choices:
            item.problem(spec.name, f'is "{text}", maar dat kan niet. Kies uit: {", ".join(spec.choices)}.')
            return None
        return text
    if spec.kind == "list":
        if isinstance(value, str):
            item.problem(
                spec.name,
                "moet een lijst zijn (elke regel begint met '- '), maar is één losse tekst.",
            )
            return None
        if not isinstance(value, list):
            item.problem(spec.name, f"moet een lijst van teksten zijn, maar is {_describe(value)}.")
            return None
        cleaned: list[str] = []
        ok = True
        for i, element in enumerate(value, start=1):
            if not isinstance(element, str):
                item.problem(spec.name, f"heeft op plek {i} geen tekst maar {_describe(element)}.")
                ok = False
                continue
            element = " ".join(element.split())
            if not element:
                item.problem(spec.name, f"heeft op plek {i} een lege regel.")
                ok = False
                continue
            cleaned.append(element)
        if not ok:
            return None
        if len(cleaned) < spec.min_len or (spec.max_len is not None and len(cleaned) > spec.max_len):
            item.problem(
                spec.name,
                f"heeft {len(cleaned)} regel(s); er moeten er {_count_phrase(spec.min_len, spec.max_len)} zijn.",
            )
            return None
        if len(set(cleaned)) != len(cleaned):
            item.problem(spec.name, "bevat twee keer dezelfde regel.")
            return None
        return tuple(cleaned)
    if spec.kind == "mapping":
        if not isinstance(value, Mapping):
            item.problem(
                spec.name,
                f"moet een verzameling 'sleutel: uitleg'-regels zijn, maar is {_describe(value)}.",
            )
            return None
        cleaned_map: dict[str, str] = {}
        ok = True
        for key, text in value.items():
            if not isinstance(key, str) or not key.strip():
                item.problem(spec.name, f"heeft een sleutel die geen tekst is ({key!r}).")
                ok = False
                continue
            clean = _check_text(item, f"{spec.name}: {key}", text)
            if clean is None:
                ok = False
                continue
            cleaned_map[key.strip()] = clean
        if not ok:
            return None
        if len(cleaned_map) < spec.min_len or (spec.max_len is not None and len(cleaned_map) > spec.max_len):
            item.problem(
                spec.name,
                f"heeft {len(cleaned_map)} sleutel(s); er moeten er "
                f"{_count_phrase(spec.min_len, spec.max_len)} zijn.",
            )
            return None
        return cleaned_map
    raise AssertionError(spec.kind)  # pragma: no cover


# --------------------------------------------------------------------------
# Generic loading


@dataclass(frozen=True)
class _Kind:
    """How to validate and build one kind of content file."""

    filename: str
    record: type  # the dataclass; its field names are the YAML field names
    fields: tuple[_Field, ...]
    id_field: str = "id"
    # extra per-item check (may set a value to None after reporting it)
    item_check: Callable[[_Item, dict[str, Any]], None] | None = None
    # check of the whole bundled file, run only when every item is valid
    bundled_check: Callable[[str, list[dict[str, Any]], list[str]], None] | None = None


def _load(kind: _Kind, path: PathArg) -> tuple[Any, ...]:
    name, text = _read_text(path, kind.filename)
    raw_items = _parse(name, text)
    problems: list[str] = []
    known = [f.name for f in kind.fields]
    cleaned_items: list[dict[str, Any]] = []
    seen: dict[str, int] = {}

    for position, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, Mapping):
            problems.append(
                f"{name}, item nr. {position}: een item moet bestaan uit velden "
                f"('veld: waarde'), maar is {_describe(raw)}."
            )
            continue
        item = _Item(name, position, raw, problems)
        for key in raw:
            if key not in known:
                item.problem(str(key), f"is onbekend. Bedoel je een van deze velden: {', '.join(known)}?")
        values = {spec.name: _check_field(item, spec) for spec in kind.fields}
        ident = values.get(kind.id_field)
        if ident is not None:
            if ident in seen:
                item.problem(
                    kind.id_field,
                    f'is "{ident}", maar dat komt al voor bij item nr. {seen[ident]}. '
                    "Elke waarde mag maar één keer voorkomen.",
                )
            else:
                seen[ident] = position
        if kind.item_check is not None:
            kind.item_check(item, values)
        cleaned_items.append(values)

    if path is None:
        minimum = _MIN_BUNDLED.get(kind.filename, 1)
        if len(raw_items) < minimum:
            problems.append(f"{name}: er staan {len(raw_items)} items in; de cursus heeft er minstens {minimum} nodig.")
        if kind.bundled_check is not None and not problems:
            kind.bundled_check(name, cleaned_items, problems)
    if problems:
        raise ContentError(name, problems)
    # Field names equal the dataclass fields; optional fields left out of
    # the YAML fall back to the dataclass default.
    return tuple(kind.record(**{k: v for k, v in values.items() if v is not None}) for values in cleaned_items)


def _make_loader(kind: _Kind, name: str, doc: str) -> Callable[..., tuple[Any, ...]]:
    """A public ``load_*`` function: bundled file cached, ``path`` uncached."""

    @functools.cache
    def bundled() -> tuple[Any, ...]:
        return _load(kind, None)

    def load(path: PathArg = None) -> tuple[Any, ...]:
        if path is None:
            return bundled()
        return _load(kind, path)

    load.__name__ = load.__qualname__ = name
    load.__doc__ = doc
    load.cache_clear = bundled.cache_clear  # type: ignore[attr-defined]
    return load


# --------------------------------------------------------------------------
# Interventions

_INTERVENTIONS = _Kind(
    "interventions.yaml",
    Intervention,
    (
        _Field("key", "id"),
        _Field("name", "text"),
        _Field("features", "list", min_len=2, max_len=8),
        _Field("summary", "text"),
    ),
    id_field="key",
)

load_interventions: Callable[..., tuple[Intervention, ...]] = _make_loader(
    _INTERVENTIONS,
    "load_interventions",
    """The progress-focused interventions with their recognition features.

    Without ``path``: the bundled ``interventions.yaml`` (cached).
    """,
)


def interventions_by_key() -> dict[str, Intervention]:
    """The bundled interventions by key, in file order (a fresh dict each call)."""
    return {i.key: i for i in load_interventions()}


# --------------------------------------------------------------------------
# Scenarios


def _check_scenario(item: _Item, values: dict[str, Any]) -> None:
    keys = list(interventions_by_key())
    choose = f"Kies uit: {', '.join(sorted(keys))}."
    right = values.get("intervention")
    if right is not None and right not in keys:
        item.problem("intervention", f'noemt "{right}", maar die interventie bestaat niet. {choose}')
        values["intervention"] = None
    wrong = values.get("wrong")
    if wrong is not None:
        for key in wrong:
            if key not in keys:
                item.problem("wrong", f'noemt "{key}", maar die interventie bestaat niet. {choose}')
                values["wrong"] = None
            elif key == right:
                item.problem(
                    "wrong",
                    f'noemt "{key}", maar dat is juist de goede interventie van dit item. '
                    "Noem onder wrong alleen keuzes die hier níet passen.",
                )
                values["wrong"] = None


def _check_scenario_coverage(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    counts = {key: 0 for key in interventions_by_key()}
    for values in items:
        counts[values["intervention"]] += 1
    for key, n in counts.items():
        if n < MIN_SCENARIOS_PER_INTERVENTION:
            problems.append(
                f'{name}: de interventie "{key}" heeft {n} situatie(s); de cursus heeft er '
                f"minstens {MIN_SCENARIOS_PER_INTERVENTION} per interventie nodig."
            )


_SCENARIOS = _Kind(
    "scenarios.yaml",
    Scenario,
    (
        _Field("id", "id"),
        _Field("domain", "text"),
        _Field("text", "text"),
        _Field("intervention", "text"),
        _Field("features", "list", min_len=1, max_len=6),
        _Field("explanation", "text"),
        _Field("wrong", "mapping", min_len=1, max_len=4),
    ),
    item_check=_check_scenario,
    bundled_check=_check_scenario_coverage,
)

load_scenarios: Callable[..., tuple[Scenario, ...]] = _make_loader(
    _SCENARIOS,
    "load_scenarios",
    """Work situations for the "which intervention fits?" exercise.

    Intervention keys are checked against the bundled interventions. Without
    ``path``: the bundled ``scenarios.yaml`` (cached), which must also have at
    least four situations for every intervention.
    """,
)


# --------------------------------------------------------------------------
# Feedback items

_FEEDBACK = _Kind(
    "feedback.yaml",
    FeedbackItem,
    (
        _Field("id", "id"),
        _Field("domain", "text"),
        _Field("context", "text"),
        _Field("feedback", "text"),
        _Field("models", "list", min_len=1, max_len=2),
    ),
)

load_feedback_items: Callable[..., tuple[FeedbackItem, ...]] = _make_loader(
    _FEEDBACK,
    "load_feedback_items",
    """Negative feedback to rewrite as a progress request, with model answers.

    Without ``path``: the bundled ``feedback.yaml`` (cached).
    """,
)


# --------------------------------------------------------------------------
# Circle prompts


def _check_circle_modes(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    for mode, minimum in (("persoonlijk", 6), ("team", 4)):
        n = sum(1 for v in items if v["mode"] == mode)
        if n < minimum:
            problems.append(
                f'{name}: er zijn {n} items met mode "{mode}"; de cursus heeft er minstens {minimum} nodig.'
            )


_CIRCLE = _Kind(
    "circle.yaml",
    CirclePrompt,
    (
        _Field("id", "id"),
        _Field("mode", "text", choices=CIRCLE_MODES),
        _Field("topic", "text"),
        _Field("intro", "text"),
        _Field("inner_examples", "list", min_len=3, max_len=5),
        _Field("outer_examples", "list", min_len=3, max_len=5),
        _Field("step_example", "text"),
    ),
    bundled_check=_check_circle_modes,
)

load_circle_prompts: Callable[..., tuple[CirclePrompt, ...]] = _make_loader(
    _CIRCLE,
    "load_circle_prompts",
    """Activities and team topics for the circle technique, with examples.

    Without ``path``: the bundled ``circle.yaml`` (cached), which needs at least
    six personal and four team prompts.
    """,
)


# --------------------------------------------------------------------------
# Intake and intervisie practice (notebooks/oefening-intake-intervisie)


def _check_seven_steps(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    if len(items) != 7:
        problems.append(f"{name}: er staan {len(items)} stappen in; het intakegesprek heeft er precies 7.")


_INTAKE_STEPS = _Kind(
    "intake_steps.yaml",
    IntakeStep,
    (
        _Field("id", "id"),
        _Field("name", "text"),
        _Field("hint", "text"),
    ),
    bundled_check=_check_seven_steps,
)

load_intake_steps: Callable[..., tuple[IntakeStep, ...]] = _make_loader(
    _INTAKE_STEPS,
    "load_intake_steps",
    """The seven steps of the progress-focused intake, in their order.

    Without ``path``: the bundled ``intake_steps.yaml`` (cached), which must
    hold exactly seven steps.
    """,
)


def _check_intake_question(item: _Item, values: dict[str, Any]) -> None:
    step = values.get("step")
    ids = [s.id for s in load_intake_steps()]
    if step is not None and step not in ids:
        item.problem("step", f'noemt "{step}", maar die stap bestaat niet. Kies uit: {", ".join(ids)}.')
        values["step"] = None


def _check_steps_covered(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    used = {values["step"] for values in items}
    if len(used) < 5:
        problems.append(f"{name}: de vragen horen bij {len(used)} verschillende stappen; "
                        "de cursus heeft er minstens 5 nodig.")


_INTAKE_QUESTIONS = _Kind(
    "intake_questions.yaml",
    IntakeQuestion,
    (
        _Field("id", "id"),
        _Field("text", "text"),
        _Field("step", "text"),
        _Field("explanation", "text"),
    ),
    item_check=_check_intake_question,
    bundled_check=_check_steps_covered,
)

load_intake_questions: Callable[..., tuple[IntakeQuestion, ...]] = _make_loader(
    _INTAKE_QUESTIONS,
    "load_intake_questions",
    """Practice example questions of an intake, each with its step (an id of
    ``intake_steps.yaml``, checked against the bundled steps).

    Without ``path``: the bundled ``intake_questions.yaml`` (cached).
    """,
)


def _check_both_categories(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    for category in INTERVISION_CATEGORIES:
        n = sum(1 for values in items if values["category"] == category)
        if n < 3:
            problems.append(f'{name}: er zijn {n} zinnen met category "{category}"; '
                            "de cursus heeft er minstens 3 nodig.")


_INTERVISION_QUESTIONS = _Kind(
    "intervision_questions.yaml",
    IntervisionQuestion,
    (
        _Field("id", "id"),
        _Field("text", "text"),
        _Field("category", "text", choices=INTERVISION_CATEGORIES),
        _Field("explanation", "text"),
    ),
    bundled_check=_check_both_categories,
)

load_intervision_questions: Callable[..., tuple[IntervisionQuestion, ...]] = _make_loader(
    _INTERVISION_QUESTIONS,
    "load_intervision_questions",
    """Sentences from the question round of an intervisie: a clarifying
    question or a disguised tip (verkapte tip) (``category``), with an explanation.

    Without ``path``: the bundled ``intervision_questions.yaml`` (cached).
    """,
)


# --------------------------------------------------------------------------
# Printed aids: the facilitator's checklists and the intervisie format
# (used by the printable workbook, cpw_widgets.workbook). The records live
# here, beside their loaders, so this block stays self-contained.

#: The three checklists of a case discussion, in their order (chapter 8).
CHECKLIST_PHASES: tuple[str, ...] = ("voorbereiding", "uitvoering", "reflectie")


@dataclass(frozen=True)
class Checklist:
    """A facilitator's self-evaluation checklist: one line per thing you do."""

    id: str                       # one of CHECKLIST_PHASES in the bundled file
    title: str                    # e.g. "Checklist voorbereiding"
    heading: str                  # heading of the first column, e.g. "Voorbereiding"
    intro: str                    # how to use it (Dutch)
    columns: tuple[str, ...]      # the tick columns, e.g. ("Doe ik al", "Wil ik meer gaan doen")
    items: tuple[str, ...]        # the lines, Dutch ik-zinnen


@dataclass(frozen=True)
class IntervisionPhase:
    """One of the six phases of a progress-focused intervisie (file order = phase order)."""

    id: str
    name: str                     # e.g. "Bevestigen"
    hint: str                     # what happens here, without the name (practice page)
    activity: str                 # what happens in this phase (Dutch)
    prompts: tuple[str, ...]      # helping questions or sentence openers (Dutch)


@dataclass(frozen=True)
class IntervisionRule:
    """A rule of play of a progress-focused intervisie."""

    id: str
    rule: str                     # the rule itself, short (Dutch)
    explanation: str              # what you do to keep it (Dutch)


def _check_checklist_phases(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    ids = tuple(values["id"] for values in items)
    if ids != CHECKLIST_PHASES:
        problems.append(f"{name}: de checklists moeten {', '.join(CHECKLIST_PHASES)} zijn, in die volgorde; "
                        f"nu staan er: {', '.join(ids)}.")


_CHECKLISTS = _Kind(
    "checklists.yaml",
    Checklist,
    (
        _Field("id", "id"),
        _Field("title", "text"),
        _Field("heading", "text"),
        _Field("intro", "text"),
        _Field("columns", "list", min_len=2, max_len=2),
        _Field("items", "list", min_len=3, max_len=15),
    ),
    bundled_check=_check_checklist_phases,
)

load_checklists: Callable[..., tuple[Checklist, ...]] = _make_loader(
    _CHECKLISTS,
    "load_checklists",
    """The facilitator's checklists (voorbereiding, uitvoering, reflectie).

    Without ``path``: the bundled ``checklists.yaml`` (cached), which must hold
    exactly those three, in that order.
    """,
)


# More practice (issue 12): minimal pairs of situations, the CPW
# 7-stappenaanpak, the intervisie phases and the principles in situations.
# Records live here (not in models.py) so this section is one additive block.


@dataclass(frozen=True)
class MinimalPair:
    """Two versions of one situation that differ in one recognition feature."""

    id: str
    first: str                    # the situation (Dutch, je-vorm)
    first_intervention: str       # key of the intervention that fits ``first``
    second: str                   # the same situation with one feature changed
    second_intervention: str      # key of the intervention that fits ``second``
    change: str                   # the feature that changed, as one sentence
    explanation: str              # why ``second_intervention`` fits now
    why_not: str                  # why ``first_intervention`` fits less well now
    domain: str = ""


@dataclass(frozen=True)
class SequenceStep:
    """A step or phase of a fixed sequence (file order = the right order)."""

    id: str
    name: str                     # Dutch display name, e.g. "De nuttigheidsvraag"
    hint: str                     # what happens here, without the name (Dutch)
    questions: tuple[str, ...] = ()   # example questions of this step (Dutch)


@dataclass(frozen=True)
class PrincipleSituation:
    """A short situation in which one principle (uitgangspunt) shows."""

    id: str
    text: str                     # the situation (Dutch)
    principle: str                # one of ``PRINCIPLES``
    explanation: str              # why this principle shows here (Dutch)


#: The nine principles of progress-focused working (chapter 2): about people,
#: about helping, about change.
PRINCIPLES: tuple[str, ...] = (
    "Autonomie", "Competentie", "Verbondenheid",
    "Coöperatief", "Niet-confronterend", "Doen wat werkt",
    "Eerder succes", "Stapsgewijs", "Positief gedrag",
)

_MIN_BUNDLED.update({
    "minimal_pairs.yaml": 8,
    "seven_steps.yaml": 7,
    "intervision_phases.yaml": 6,
    "principle_situations.yaml": 12,
})


def _check_pair(item: _Item, values: dict[str, Any]) -> None:
    keys = list(interventions_by_key())
    for field in ("first_intervention", "second_intervention"):
        key = values.get(field)
        if key is not None and key not in keys:
            item.problem(field, f'noemt "{key}", maar die interventie bestaat niet. '
                                f"Kies uit: {', '.join(sorted(keys))}.")
            values[field] = None
    first, second = values.get("first_intervention"), values.get("second_intervention")
    if first is not None and first == second:
        item.problem("second_intervention", f'is ook "{first}". Bij een paar past in de tweede '
                                            "situatie juist een andere interventie dan in de eerste.")
        values["second_intervention"] = None


_MINIMAL_PAIRS = _Kind(
    "minimal_pairs.yaml",
    MinimalPair,
    (
        _Field("id", "id"),
        _Field("domain", "text"),
        _Field("first", "text"),
        _Field("first_intervention", "text"),
        _Field("second", "text"),
        _Field("second_intervention", "text"),
        _Field("change", "text"),
        _Field("explanation", "text"),
        _Field("why_not", "text"),
    ),
    item_check=_check_pair,
)

load_minimal_pairs: Callable[..., tuple[MinimalPair, ...]] = _make_loader(
    _MINIMAL_PAIRS,
    "load_minimal_pairs",
    """Pairs of situations that differ in one feature, each with its own
    intervention (keys checked against the bundled interventions).

    Without ``path``: the bundled ``minimal_pairs.yaml`` (cached, at least 8 pairs).
    """,
)


def _exactly(count: int, what: str) -> Callable[[str, list[dict[str, Any]], list[str]], None]:
    """A bundled check: the file holds exactly ``count`` items (``what`` names them)."""
    def check(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
        if len(items) != count:
            problems.append(f"{name}: er staan {len(items)} items in; {what} heeft er precies {count}.")
    return check


_SEVEN_STEPS = _Kind(
    "seven_steps.yaml",
    SequenceStep,
    (
        _Field("id", "id"),
        _Field("name", "text"),
        _Field("hint", "text"),
        _Field("questions", "list", min_len=1, max_len=4),
    ),
    bundled_check=_exactly(7, "de CPW 7-stappenaanpak"),
)

load_seven_steps: Callable[..., tuple[SequenceStep, ...]] = _make_loader(
    _SEVEN_STEPS,
    "load_seven_steps",
    """The seven steps of the CPW 7-stappenaanpak in their order, each with
    example questions.

    Without ``path``: the bundled ``seven_steps.yaml`` (cached, exactly seven).
    """,
)

_INTERVISION_PHASES = _Kind(
    "intervision_phases.yaml",
    IntervisionPhase,
    (
        _Field("id", "id"),
        _Field("name", "text"),
        _Field("hint", "text"),
        _Field("activity", "text"),
        _Field("prompts", "list", min_len=1, max_len=6),
    ),
    bundled_check=_exactly(6, "een progressiegerichte intervisie"),
)

load_intervision_phases: Callable[..., tuple[IntervisionPhase, ...]] = _make_loader(
    _INTERVISION_PHASES,
    "load_intervision_phases",
    """The six phases of a progress-focused intervisie, in their order (the
    practice page orders them, the workbook prints them).

    Without ``path``: the bundled ``intervision_phases.yaml`` (cached, exactly six).
    """,
)

_INTERVISION_RULES = _Kind(
    "intervision_rules.yaml",
    IntervisionRule,
    (
        _Field("id", "id"),
        _Field("rule", "text"),
        _Field("explanation", "text"),
    ),
)

load_intervision_rules: Callable[..., tuple[IntervisionRule, ...]] = _make_loader(
    _INTERVISION_RULES,
    "load_intervision_rules",
    """The rules of play of a progress-focused intervisie.

    Without ``path``: the bundled ``intervision_rules.yaml`` (cached).
    """,
)


def _check_every_principle(name: str, items: list[dict[str, Any]], problems: list[str]) -> None:
    missing = [p for p in PRINCIPLES if not any(v["principle"] == p for v in items)]
    if missing:
        problems.append(f"{name}: bij deze uitgangspunten staat nog geen situatie: "
                        f"{', '.join(missing)}. De cursus heeft er bij elk minstens één nodig.")


_PRINCIPLE_SITUATIONS = _Kind(
    "principle_situations.yaml",
    PrincipleSituation,
    (
        _Field("id", "id"),
        _Field("text", "text"),
        _Field("principle", "text", choices=PRINCIPLES),
        _Field("explanation", "text"),
    ),
    bundled_check=_check_every_principle,
)

load_principle_situations: Callable[..., tuple[PrincipleSituation, ...]] = _make_loader(
    _PRINCIPLE_SITUATIONS,
    "load_principle_situations",
    """Short situations in which one of the nine principles shows.

    Without ``path``: the bundled ``principle_situations.yaml`` (cached, at
    least 12, every principle at least once).
    """,
)

__all__ += [
    "CHECKLIST_PHASES",
    "Checklist",
    "IntervisionPhase",
    "IntervisionRule",
    "load_checklists",
    "load_intervision_phases",
    "load_intervision_rules",
    "MinimalPair", "PrincipleSituation", "SequenceStep", "PRINCIPLES",
    "load_minimal_pairs", "load_seven_steps",
    "load_principle_situations",
]
