"""The facilitator's checklists of chapter 8, kept in rounds.

Per checklist (voorbereiding, uitvoering, reflectie) the learner ticks what
they already do ("Doe ik al") and what they want to do more ("Wil ik meer
gaan doen"), adds a date and a note, and saves that as a *round*. Earlier
rounds stay beside the new one, with per line what changed since the last
round. No score: it is a self-evaluation.

* :class:`ChecklistPanel`: one checklist, kept under its own key
  (``checklist-<id>``).
* :class:`ChecklistExercise`: the three panels on one page, one shown at a
  time, with a link that downloads all rounds as a page to print.
* :func:`checklist_document` / :func:`download_link`: that page (pure).

The answer of a panel is ``{"rounds": [round, ...]}``, oldest first, where a
round is ``{"date": "YYYY-MM-DD", "note": str, "done": [line index, ...],
"more": [line index, ...], "at": ISO 8601 UTC of the save}`` (line indexes
count from 0 in the checklist's order). Anything in a stored answer that
cannot be read is kept aside under ``"unreadable"`` (a list) and written back
with every save, so a hand-damaged answer loses nothing.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import ipywidgets as widgets

from ..answers import AnswerStore, utc_now
from ..content.loader import Checklist
from .common import MUTED, SHOW, Exercise, as_str, box, button, esc, label_style

__all__ = ["ChecklistExercise", "ChecklistPanel", "checklist_document", "checklist_key",
           "download_link", "read_rounds", "round_changes", "state_words"]

#: The two tick columns of every checklist, by code name, in the data's column order.
COLUMNS = ("done", "more")

#: Rounds shown as columns beside the new one (all rounds go into the download).
SHOWN_ROUNDS = 3

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")

_DAMAGED = ("Een deel van je eerder bewaarde rondes bij deze checklist kon niet worden gelezen. "
            "Het blijft apart bewaard bij je antwoord, zodat er niets verloren gaat. Je kunt gewoon "
            "verder: een nieuwe ronde wordt bewaard zoals altijd.")


def checklist_key(checklist: Checklist) -> str:
    """The answer key of a checklist, e.g. ``checklist-voorbereiding``."""
    return f"checklist-{checklist.id}"


# -- reading stored rounds -----------------------------------------------------


def _index_list(value: Any) -> list[int] | None:
    if not isinstance(value, list):
        return None
    if not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in value):
        return None
    return sorted(set(value))


def _read_round(value: Any) -> dict[str, Any] | None:
    """A stored round in its clean shape, or ``None`` when it cannot be read."""
    if not isinstance(value, dict):
        return None
    done, more = _index_list(value.get("done", [])), _index_list(value.get("more", []))
    if done is None or more is None:
        return None
    if not all(isinstance(value.get(k, ""), str) for k in ("date", "note", "at")):
        return None  # kept aside whole rather than "repaired" into something else
    return {"date": as_str(value.get("date")), "note": as_str(value.get("note")),
            "done": done, "more": more, "at": as_str(value.get("at"))}


def read_rounds(answer: Any) -> tuple[list[dict[str, Any]], list[Any]]:
    """The readable rounds of a stored answer, and everything else that was in
    it but could not be read (to keep aside, never to drop).

    An answer without ``"rounds"`` (or none at all) has no rounds and nothing
    unreadable.
    """
    if not isinstance(answer, dict):
        return [], []
    unreadable = list(answer["unreadable"]) if isinstance(answer.get("unreadable"), list) else (
        [answer["unreadable"]] if "unreadable" in answer else [])
    stored = answer.get("rounds", [])
    if not isinstance(stored, list):
        return [], unreadable + [stored]
    rounds = []
    for entry in stored:
        clean = _read_round(entry)
        if clean is None:
            unreadable.append(entry)
        else:
            rounds.append(clean)
    return rounds, unreadable


# -- words for a line's state ------------------------------------------------------


def _state(ticks: Mapping[str, Sequence[int]], line: int) -> tuple[bool, bool]:
    return line in ticks.get("done", ()), line in ticks.get("more", ())


def state_words(state: tuple[bool, bool], columns: Sequence[str]) -> str:
    """A line's ticks in words, from the checklist's column names."""
    done, more = state
    if done and more:
        return f"{columns[0]} en {columns[1][:1].lower()}{columns[1][1:]}"
    if done:
        return columns[0]
    if more:
        return columns[1]
    return "niet aangekruist"


def round_changes(checklist: Checklist, before: Mapping[str, Sequence[int]],
                  after: Mapping[str, Sequence[int]]) -> list[tuple[str, str, str]]:
    """``[(line, was, now)]`` for every line whose ticks differ between two rounds."""
    changed = []
    for i, line in enumerate(checklist.items):
        old, new = _state(before, i), _state(after, i)
        if old != new:
            changed.append((line, state_words(old, checklist.columns), state_words(new, checklist.columns)))
    return changed


def date_words(iso: str) -> str:
    """``2025-03-04`` as "4 maart 2025"; anything else as it is (or "zonder datum")."""
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or "zonder datum"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _round_label(rounds: Sequence[dict[str, Any]], n: int) -> str:
    return f"Ronde {n + 1} ({date_words(rounds[n]['date'])})"


# -- the overview (on screen and in the download) -------------------------------


#: One line per table row, for the eye to follow a line across the rounds.
_CELL = "padding:0.25em 0.5em;border-bottom:1px solid #d0d0d0;text-align:left;vertical-align:top"


def _cell(state: tuple[bool, bool], columns: Sequence[str]) -> str:
    words = state_words(state, columns)
    muted = f";color:{MUTED}" if state == (False, False) else ""
    return f"<td style='{_CELL}{muted}'>{esc(words)}</td>"


def rounds_table(checklist: Checklist, rounds: Sequence[dict[str, Any]],
                 current: Mapping[str, Sequence[int]] | None = None, *, limit: int | None = None) -> str:
    """A table: one row per line, one column per round (the last ``limit``), and
    the unsaved ``current`` ticks as a last column when given."""
    shown = list(range(len(rounds)))[-limit:] if limit else list(range(len(rounds)))
    heads = [esc(_round_label(rounds, n)) for n in shown]
    if current is not None:
        heads.append("Nu (nog niet bewaard)")
    th = "".join(f"<th scope='col' style='{_CELL}'>{h}</th>" for h in heads)
    rows = []
    for i, line in enumerate(checklist.items):
        cells = [_cell(_state(rounds[n], i), checklist.columns) for n in shown]
        if current is not None:
            cells.append(_cell(_state(current, i), checklist.columns))
        rows.append(f"<tr><th scope='row' style='{_CELL};font-weight:normal'>"
                    f"{esc(line)}</th>{''.join(cells)}</tr>")
    return (f"<div style='overflow-x:auto'><table class='cpw-rounds' style='border-collapse:collapse'>"
            f"<caption style='text-align:left;font-weight:bold;padding:0.2em 0'>{esc(checklist.title)}: "
            f"je rondes</caption><thead><tr><th scope='col' style='{_CELL}'>"
            f"{esc(checklist.heading)}</th>{th}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def changes_html(checklist: Checklist, before: Mapping[str, Sequence[int]],
                 after: Mapping[str, Sequence[int]], since: str) -> str:
    """What changed per line since ``since`` (a round's label), or that nothing did."""
    changed = round_changes(checklist, before, after)
    if not changed:
        return f"<p style='margin:0.3em 0'>Sinds {esc(since)} zijn je kruisjes gelijk gebleven.</p>"
    items = "".join(f"<li style='margin:0.2em 0'>{esc(line)} <span style='color:{MUTED}'>Eerst:</span> "
                    f"{esc(was)}. <span style='color:{MUTED}'>Nu:</span> <strong>{esc(now)}</strong>.</li>"
                    for line, was, now in changed)
    return (f"<p style='margin:0.3em 0'>Veranderd sinds {esc(since)}:</p>"
            f"<ul style='margin:0.2em 0 0.2em 1.2em;padding:0'>{items}</ul>")


def notes_html(rounds: Sequence[dict[str, Any]]) -> str:
    """Every round with its date and note, newest first."""
    items = []
    for n in reversed(range(len(rounds))):
        note = rounds[n]["note"].strip()
        text = esc(note) if note else f"<span style='color:{MUTED}'>geen notitie</span>"
        items.append(f"<li style='margin:0.2em 0'><strong>{esc(_round_label(rounds, n))}</strong>: "
                     f"<span style='white-space:pre-wrap'>{text}</span></li>")
    return "<ul style='margin:0.2em 0 0.2em 1.2em;padding:0'>" + "".join(items) + "</ul>"


_PRINT_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a;
  max-width: 60em; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
section { margin-bottom: 1.5em; }
.hint { color: #4a4a4a; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } .hint { display: none; }
  section { break-inside: auto; } tr { break-inside: avoid; } }
"""


def checklist_document(checklists: Sequence[Checklist], answers: Mapping[str, Any], *,
                       made: str | None = None) -> str:
    """A complete page with every checklist, its rounds, the changes since the
    round before and the notes; learner text escaped. ``answers`` maps a
    checklist's key to its stored answer. A checklist without rounds is
    printed empty, to fill in by hand."""
    made = made or dt.date.today().isoformat()
    parts = []
    for checklist in checklists:
        rounds, _unreadable = read_rounds(answers.get(checklist_key(checklist)))
        body = [f"<h2>{esc(checklist.title)}</h2>", f"<p>{esc(checklist.intro)}</p>"]
        if rounds:
            body.append(rounds_table(checklist, rounds))
            if len(rounds) > 1:
                body.append(changes_html(checklist, rounds[-2], rounds[-1], _round_label(rounds, len(rounds) - 2)))
            body.append("<h3>Notities</h3>" + notes_html(rounds))
        else:
            empty = "".join(f"<tr><td>{esc(line)}</td><td>☐</td><td>☐</td></tr>" for line in checklist.items)
            body.append("<p class='hint'>Je hebt bij deze checklist nog geen ronde bewaard; "
                        "op papier kun je hem hieronder invullen.</p>"
                        f"<table><thead><tr><th scope='col'>{esc(checklist.heading)}</th>"
                        + "".join(f"<th scope='col'>{esc(c)}</th>" for c in checklist.columns)
                        + f"</tr></thead><tbody>{empty}</tbody></table>")
        parts.append("<section>" + "".join(body) + "</section>")
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<title>Mijn checklists voor een casuïstiekbespreking</title>"
            f"<style>{_PRINT_CSS}</style></head><body>"
            "<h1>Mijn checklists voor een casuïstiekbespreking</h1>"
            f"<p>Gemaakt op {esc(date_words(made))}.</p>"
            "<p class='hint'>Wil je dit op papier? Druk deze pagina af met Ctrl+P "
            "(op een Mac: Cmd+P, op een iPhone of iPad: deel, dan Druk af).</p>"
            + "".join(parts)
            + "<p><small>De methode progressiegericht werken: © Centrum Progressiegericht Werken (CPW).</small></p>"
            "</body></html>")


#: Opens the page (base64 in ``data-doc``) in a new window and asks to print it.
#: Browsers refuse to open a ``data:`` page in a window, so it is written into a blank one.
_PRINT_JS = ("var w=window.open('','_blank');if(!w)return;"
             "var b=Uint8Array.from(atob(this.dataset.doc),function(c){return c.charCodeAt(0)});"
             "w.document.open();w.document.write(new TextDecoder().decode(b));w.document.close();"
             "w.focus();setTimeout(function(){w.print()},400);")

_LINK_STYLE = ("display:inline-block;padding:0.35em 0.9em;margin:0 0.5em 0.3em 0;border-radius:3px;"
               "border:1px solid #1f5f99;font:inherit;cursor:pointer;text-decoration:none")


def download_link(checklists: Sequence[Checklist], answers: Mapping[str, Any], *,
                  made: str | None = None) -> str:
    """A link that saves :func:`checklist_document` as a file (made in the browser),
    and a button that opens it in a new window to print."""
    made = made or dt.date.today().isoformat()
    doc = base64.b64encode(checklist_document(checklists, answers, made=made).encode("utf-8")).decode("ascii")
    return (f"<a class='cpw-download' download='mijn-checklists-{esc(made)}.html' "
            f"href='data:text/html;charset=utf-8;base64,{doc}' "
            f"style='{_LINK_STYLE};color:#fff;background:#1f5f99'><span aria-hidden='true'>⬇</span> "
            "Download je checklists</a>"
            f"<button type='button' class='cpw-print' data-doc='{doc}' onclick=\"{_PRINT_JS}\" "
            f"style='{_LINK_STYLE};color:#1f5f99;background:#fff'>"
            "Druk je checklists af</button>"
            f"<p style='margin:0.3em 0;color:{MUTED}'>De download is een pagina die je in je browser "
            "opent en ook daar kunt afdrukken. Je ziet er alle rondes van de drie checklists in.</p>")


# -- the widgets -----------------------------------------------------------------


class ChecklistPanel(Exercise):
    """One checklist, kept in rounds under ``checklist-<id>`` (see the module
    for the answer's shape). Creating it never writes; "Bewaar deze ronde" does.

    The boxes start with the ticks of the last round, so a new round only
    needs what changed. ``on_saved`` is called after a save (the page
    refreshes its download link then).
    """

    def __init__(self, checklist: Checklist, *, store: AnswerStore | None = None,
                 answer: dict[str, Any] | None = None, today: dt.date | None = None,
                 on_saved: Callable[[], None] | None = None):
        super().__init__(key=checklist_key(checklist), store=store)
        self.checklist = checklist
        self._today = today
        self._on_saved = on_saved
        self.rounds: list[dict[str, Any]] = []
        self.unreadable: list[Any] = []
        col_done, col_more = checklist.columns
        self.boxes: dict[str, list[widgets.Checkbox]] = {
            col: [widgets.Checkbox(value=False, description=line, indent=False,
                                   layout=widgets.Layout(width="auto"))
                  for line in checklist.items]
            for col in COLUMNS
        }
        for col_boxes in self.boxes.values():
            for b in col_boxes:
                b.observe(lambda _c: self._refresh(), names="value")
        self.date = widgets.DatePicker(description="Datum van deze ronde", value=self.today,
                                       style=label_style)
        self.note = widgets.Textarea(
            description="Notitie bij deze ronde (mag leeg)",
            placeholder="Bijvoorbeeld: bij welke bijeenkomst hoort deze ronde, wat ging goed?",
            style=label_style, layout=widgets.Layout(width="100%", height="4.5em"))
        self.save_button = button("Bewaar deze ronde", self.save_round, primary=True, icon="save")
        self.status = widgets.HTML(value="")
        self.damage = widgets.HTML(value="")
        self.overview = widgets.HTML(value="")
        self._set_children(
            widgets.HTML(box(esc(checklist.intro))),
            self._heading(col_done, "Kruis aan wat je nu al doet."), *self.boxes["done"],
            self._heading(col_more, "Kruis aan wat je meer wilt gaan doen. Dat mag ook iets zijn "
                          "dat je al doet."), *self.boxes["more"],
            self._heading("Deze ronde", ""), self.date, self.note,
            widgets.HBox([self.save_button, self.status], layout=widgets.Layout(flex_flow="row wrap")),
            self.notice, self.damage, self.overview,
        )
        stored = self._initial_answer(answer)
        self.rounds, self.unreadable = read_rounds(stored)
        if self.unreadable:
            self.damage.value = box(f"⚠ {esc(_DAMAGED)}", tone="note")
        if self.rounds:
            self.ticks = self.rounds[-1]
        self._refresh()

    @staticmethod
    def _heading(title: str, hint: str) -> widgets.HTML:
        hint_html = f"<p style='margin:0 0 0.3em 0;color:{MUTED}'>{esc(hint)}</p>" if hint else ""
        return widgets.HTML(f"<h4 style='margin:0.8em 0 0.2em 0'>{esc(title)}</h4>{hint_html}")

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- state -------------------------------------------------------------

    @property
    def ticks(self) -> dict[str, list[int]]:
        """The ticked line indexes per column, as they are on screen now."""
        return {col: [i for i, b in enumerate(self.boxes[col]) if b.value] for col in COLUMNS}

    @ticks.setter
    def ticks(self, value: Mapping[str, Sequence[int]]) -> None:
        for col in COLUMNS:
            chosen = set(value.get(col, ()))
            for i, b in enumerate(self.boxes[col]):
                b.value = i in chosen

    def tick(self, line: int, column: str, value: bool = True) -> None:
        """Tick (or untick) line ``line`` in ``column`` ("done" or "more"), as a learner does."""
        self.boxes[column][line].value = value

    @property
    def answer(self) -> dict[str, Any]:
        answer: dict[str, Any] = {"rounds": [dict(r) for r in self.rounds]}
        if self.unreadable:
            answer["unreadable"] = list(self.unreadable)
        return answer

    # -- actions -------------------------------------------------------------

    def save_round(self) -> bool:
        """Keep the ticks, date and note as a new round (the learner's click)."""
        day = self.date.value if isinstance(self.date.value, dt.date) else self.today
        self.rounds.append({"date": day.isoformat(), "note": self.note.value.strip(),
                            **self.ticks, "at": utc_now()})
        ok = self._save_with_status(
            self.status, saved=f"Je ronde van {date_words(day.isoformat())} is bewaard.")
        self.note.value = ""
        self.date.value = self.today
        self._refresh()
        if self._on_saved is not None:
            self._on_saved()
        return ok

    def _refresh(self) -> None:
        """Redraw the overview: earlier rounds beside the ticks on screen."""
        if not self.rounds:
            self.overview.value = box(
                "Als je deze ronde bewaart, komt hij hier te staan. Vul de checklist later nog eens "
                "in, bijvoorbeeld na je volgende bijeenkomst: dan zie je per regel wat er veranderd is.")
            return
        current = self.ticks
        last = self.rounds[-1]
        unsaved = any(sorted(current[c]) != last[c] for c in COLUMNS)
        parts = [rounds_table(self.checklist, self.rounds, current if unsaved else None, limit=SHOWN_ROUNDS)]
        if len(self.rounds) > SHOWN_ROUNDS:
            parts.append(f"<p style='margin:0.2em 0;color:{MUTED}'>Je ziet je laatste {SHOWN_ROUNDS} "
                         "rondes; in de download staan ze allemaal.</p>")
        if unsaved:
            parts.append(changes_html(self.checklist, last, current, _round_label(self.rounds, len(self.rounds) - 1)))
        elif len(self.rounds) > 1:
            parts.append(changes_html(self.checklist, self.rounds[-2], last,
                                      _round_label(self.rounds, len(self.rounds) - 2)))
        parts.append("<h4 style='margin:0.8em 0 0.2em 0'>Je notities</h4>" + notes_html(self.rounds))
        self.overview.value = "".join(parts)


class ChecklistExercise(widgets.VBox):
    """The three checklists on one page: choose one, fill it in, save a round;
    below them a link to download all rounds as a page to print.

    Each checklist keeps its own answer (``checklist-<id>``); ``answers`` maps
    those keys to earlier answers (else the store is read).
    """

    def __init__(self, checklists: Sequence[Checklist], *, store: AnswerStore | None = None,
                 answers: Mapping[str, dict[str, Any]] | None = None, today: dt.date | None = None):
        super().__init__()
        if not checklists:
            raise ValueError("er zijn geen checklists om te tonen")
        self.add_class("cpw-exercise")
        self.checklists = tuple(checklists)
        self.panels = {c.id: ChecklistPanel(c, store=store, answer=(answers or {}).get(checklist_key(c)),
                                            today=today, on_saved=self._refresh_download)
                       for c in self.checklists}
        self.choice = widgets.RadioButtons(
            options=[(c.title, c.id) for c in self.checklists], value=self.checklists[0].id,
            description="Welke checklist vul je in?", style=label_style,
            layout=widgets.Layout(width="auto"))
        self.choice.observe(lambda _c: self._show_chosen(), names="value")
        self.download = widgets.HTML(value="")
        self.children = (self.choice, *self.panels.values(),
                         widgets.HTML("<h4 style='margin:1em 0 0.2em 0'>Afdrukken of bewaren</h4>"),
                         self.download)
        self._show_chosen()
        self._refresh_download()

    def show(self, checklist_id: str) -> ChecklistPanel:
        """Show one checklist (as choosing it does) and return its panel."""
        self.choice.value = checklist_id
        return self.panels[checklist_id]

    def _show_chosen(self) -> None:
        for cid, panel in self.panels.items():
            panel.layout.display = SHOW if cid == self.choice.value else "none"

    @property
    def answers(self) -> dict[str, dict[str, Any]]:
        """Every checklist's answer, by key."""
        return {panel.key: panel.answer for panel in self.panels.values()}

    def _refresh_download(self) -> None:
        self.download.value = download_link(self.checklists, self.answers)
