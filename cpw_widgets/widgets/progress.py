"""The page "Mijn voortgang": where the learner stands, from their own answers.

Shows every exercise of the registry with its state (:mod:`.progress_state`),
for the free-text exercises (also each situation or topic drawn under "Nog
een situatie" and "Nog een onderwerp") a small chart of the verdicts per attempt, the
learner's own circles, their remarks on verdicts ("Klopt deze feedback
niet?") and what to practise next, with links to the chapter section and a
practice page. Below that: download all answers as one readable document,
wipe them (after a confirmation), and restore a downloaded document (a
damaged or foreign one changes nothing and gets a Dutch message).

It reads only the learner's own answer store; nothing leaves the browser.
Learner text is escaped before it goes into HTML.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets

from ..answers import AnswerStore, ImportProblem, export_answers, read_export
from ..content import load_circle_prompts
from ..content.exercises import Registry, load_exercises
from .circle_svg import circle_svg
from .common import DOUBT, GOOD, MUTED, NOT_YET, SHOW, STYLE, box, button, esc, mark
from .progress_state import (DONE, NOT_STARTED, STARTED, ExerciseStatus, criteria_of, criterion_label,
                             free_text_statuses, overview, to_practise)

__all__ = ["ProgressView", "page_link", "history_html"]

#: The chart shows at most this many attempts (the latest ones).
CHART_ATTEMPTS = 12

_STATE_STYLE = {
    NOT_STARTED: ("#f0f0f0", MUTED, "○"),
    STARTED: ("#fff4d6", DOUBT, "◐"),
    DONE: ("#e3f4e8", GOOD, "●"),
}
_CELL_BG = {True: "#e3f4e8", False: "#fbe4e5", None: "#fff4d6"}

PRIVACY = ("Alles op deze pagina komt uit je eigen browser of van je eigen computer. Er gaat "
           "niets naar buiten: niemand anders ziet je antwoorden, ook je trainer niet, tenzij je "
           "ze zelf deelt.")


def page_link(target: str, text: str) -> str:
    """A link to a page of the site (``book/04-progressieverzoek#anchor``).

    The progress page runs beside the other pages of the book, as the static
    snapshot and live alike (the live widgets are part of the page itself), so
    the link goes one folder up (``../book/...``).
    """
    page, _, anchor = target.partition("#")
    href = "../" + page + ".html" + (f"#{anchor}" if anchor else "")
    return f'<a href="{esc(href)}">{esc(text)}</a>'


def _badge(state: str) -> str:
    bg, fg, symbol = _STATE_STYLE[state]
    return (f'<span style="background:{bg};color:{fg};border:1px solid {fg};border-radius:1em;'
            f'padding:0 0.6em;white-space:nowrap;font-size:90%"><span aria-hidden="true">{symbol}</span> '
            f"{esc(state)}</span>")


def overview_html(statuses: list[ExerciseStatus]) -> str:
    counts = {state: sum(s.state == state for s in statuses) for state in (DONE, STARTED, NOT_STARTED)}
    head = (f"<p style='margin:0.3em 0'>Van de {len(statuses)} oefeningen heb je er "
            f"<strong>{counts[DONE]} klaar</strong>, ben je met <strong>{counts[STARTED]}</strong> "
            f"begonnen en staan er nog <strong>{counts[NOT_STARTED]}</strong> voor je klaar.</p>")
    rows = "".join(
        "<tr>"
        f"<td style='padding:0.3em 0.6em 0.3em 0'>{page_link(s.entry.page, s.entry.title)}</td>"
        f"<td style='padding:0.3em 0.6em'>{_badge(s.state)}</td>"
        f"<td style='padding:0.3em 0;color:{MUTED};font-size:90%'>{esc(s.detail)}</td>"
        "</tr>"
        for s in statuses)
    return (head + "<table class='cpw-progress-table' style='border-collapse:collapse;width:100%'>"
            "<caption style='text-align:left;font-weight:bold;padding:0.2em 0'>Alle oefeningen</caption>"
            "<thead><tr><th scope='col' style='text-align:left'>Oefening</th>"
            "<th scope='col' style='text-align:left;padding:0 0.6em'>Stand</th>"
            "<th scope='col' style='text-align:left'>Hoe ver</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")


def history_html(status: ExerciseStatus) -> str:
    """The chart: one row per criterion, one column per attempt, ✓/✗/? per cell."""
    kind = status.entry.kind
    shown = status.history[-CHART_ATTEMPTS:]
    if not shown:
        return ""
    cols = "".join(
        f"<th scope='col' style='padding:0.1em 0.4em;font-weight:normal;color:{MUTED}'>"
        f"{h['attempt'] or ''}</th>" for h in shown)
    rows = []
    for c in criteria_of(kind):
        cells = []
        for h in shown:
            v = h["verdicts"].get(c, "missing")
            if v == "missing":
                cells.append("<td style='text-align:center'>–</td>")
            else:
                cells.append(f"<td style='text-align:center;background:{_CELL_BG[v]};"
                             f"padding:0.1em 0.4em;border:1px solid #fff'>{mark(v)}</td>")
        rows.append(f"<tr><th scope='row' style='text-align:left;font-weight:normal;padding-right:0.6em'>"
                    f"{esc(criterion_label(kind, c))}</th>{''.join(cells)}</tr>")
    word = "Bewaard" if kind == "circle" else "Poging"
    caption = (f"{word} voor {word.lower()}: welke punten al in orde waren"
               + (f" (de laatste {CHART_ATTEMPTS})" if len(status.history) > CHART_ATTEMPTS else ""))
    improved = status.improved
    note = ""
    if improved:
        names = ", ".join(criterion_label(kind, c) for c in improved)
        note = (f"<p style='margin:0.3em 0;color:{GOOD}'><span aria-hidden='true'>✗ → ✓</span> "
                f"Gelukt na oefenen: {esc(names)}.</p>")
    return (f"<p style='margin:0.2em 0;color:{MUTED};font-size:90%'>{esc(caption)}</p>"
            f"<div style='overflow-x:auto'><table style='border-collapse:collapse;margin:0.3em 0' "
            f"aria-label='{esc(caption)}'>"
            f"<thead><tr><td></td>{cols}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>" + note)


def free_text_html(statuses: list[ExerciseStatus]) -> str:
    parts = []
    for s in free_text_statuses(statuses):
        if not s.history:
            continue
        parts.append(f"<h4 style='margin:0.8em 0 0.2em 0'>{esc(s.entry.title)}</h4>" + history_html(s))
    if not parts:
        return box("Zodra je een progressieverzoek controleert of een cirkel bewaart, zie je hier per "
                   "poging welke punten al in orde zijn.")
    return "".join(parts)


def circles_html(statuses: list[ExerciseStatus]) -> str:
    topics = {p.id: p.topic for p in load_circle_prompts()}
    parts = []
    for s in free_text_statuses(statuses):
        if s.entry.kind != "circle" or s.state == NOT_STARTED:
            continue
        a = s.answer
        inner = [t for t in a.get("inner", []) if isinstance(t, str)]
        outer = [t for t in a.get("outer", []) if isinstance(t, str)]
        step_item = a.get("step_item") if isinstance(a.get("step_item"), str) else ""
        step = a.get("step") if isinstance(a.get("step"), str) else ""
        topic = topics.get(a.get("prompt"), s.entry.title)
        parts.append(f"<figure style='margin:0.5em 0;max-width:420px'>"
                     f"{circle_svg(topic, inner, outer, step_item=step_item, step=step)}"
                     f"<figcaption style='color:{MUTED};font-size:90%'>{esc(s.entry.title)}</figcaption></figure>")
    if not parts:
        return box("Je hebt nog geen cirkel bewaard. " + page_link("notebooks/oefening-cirkeltechniek",
                                                                    "Maak je eerste cirkel") + ".")
    return "<div style='display:flex;flex-wrap:wrap;gap:1em'>" + "".join(parts) + "</div>"


def disputes_html(statuses: list[ExerciseStatus]) -> str:
    items = []
    for s in free_text_statuses(statuses):
        for d in s.disputes:
            label = criterion_label(s.entry.kind, d["criterion"])
            text = d["text"] if len(d["text"]) <= 200 else d["text"][:200] + "…"
            note = f" Jouw uitleg: “{esc(d['note'])}”" if d["note"] else ""
            items.append(f"<li style='margin:0.2em 0'><strong>{esc(s.entry.title)}</strong>, "
                         f"{esc(label)}: {mark(d['verdict'])} bij "
                         f"“{esc(text)}”.{note} <span style='color:{MUTED}'>({esc(d['at'][:10])})</span></li>")
    if not items:
        return ("<p style='margin:0.2em 0'>Vind je dat een oordeel over je tekst niet klopt? Klik bij die "
                "oefening op <em>Klopt deze feedback niet?</em> en zeg kort waarom. Je opmerkingen "
                "verschijnen dan hier.</p>")
    return "<ul style='margin:0.2em 0 0.2em 1.2em;padding:0'>" + "".join(items) + "</ul>"


def practise_html(statuses: list[ExerciseStatus], registry: Registry) -> str:
    items = []
    for sug in to_practise(statuses, registry)[:8]:
        if sug.help is not None:
            items.append(
                f"<li style='margin:0.3em 0'><strong>{esc(sug.title)}</strong> "
                f"<span style='color:{MUTED}'>(nog niet in orde bij: {esc('; '.join(sug.where))})</span><br>"
                f"{page_link(sug.help.section, 'Lees hoe het werkt')} · "
                f"{page_link(sug.help.practice, 'Oefen het nog eens')}</li>")
        elif sug.entry is not None:
            items.append(f"<li style='margin:0.3em 0'>{page_link(sug.entry.page, sug.title)} "
                         f"<span style='color:{MUTED}'>· {page_link(sug.entry.chapter, 'lees eerst het hoofdstuk')}"
                         "</span></li>")
    if not items:
        return box("Je hebt alle oefeningen gedaan en elk punt is in orde. Knap! Probeer het nu eens "
                   "in het echt, met één kleine stap.", tone="good")
    return "<ul style='margin:0.2em 0 0.2em 1.2em;padding:0'>" + "".join(items) + "</ul>"


def download_html(answers: Mapping[str, Any]) -> str:
    """A link that downloads every answer as one readable document."""
    if not answers:
        return f"<span style='color:{MUTED}'>Er zijn nog geen antwoorden om te downloaden.</span>"
    doc = export_answers(dict(answers)).encode("utf-8")
    href = "data:application/json;charset=utf-8;base64," + base64.b64encode(doc).decode("ascii")
    name = f"mijn-antwoorden-{time.strftime('%Y-%m-%d')}.json"
    return (f'<a class="cpw-download" download="{name}" href="{href}" style="display:inline-block;'
            'padding:0.35em 0.9em;border:1px solid #1f5f99;border-radius:3px;color:#fff;'
            'background:#1f5f99;text-decoration:none">'
            '<span aria-hidden="true">⬇</span> Download mijn antwoorden</a>')


def _section(title: str) -> widgets.HTML:
    return widgets.HTML(f"<h3 style='margin:1em 0 0.3em 0'>{esc(title)}</h3>")


class ProgressView(widgets.VBox):
    """The learner's progress page. ``store`` is their answer store; ``registry``
    the exercises (default: the bundled one). Making it only reads."""

    def __init__(self, store: AnswerStore | None = None, registry: Registry | None = None):
        super().__init__()
        self.store = store if store is not None else AnswerStore()
        self.registry = registry or load_exercises()
        self.add_class("cpw-exercise")
        self.notice = widgets.HTML()
        self.overview = widgets.HTML()
        self.practise = widgets.HTML()
        self.charts = widgets.HTML()
        self.circles = widgets.HTML()
        self.disputes = widgets.HTML()
        self.download = widgets.HTML()
        self.refresh_button = button("Vernieuw", self.refresh, icon="refresh")
        self.wipe_button = button("Wis mijn antwoorden", self.ask_wipe, icon="trash")
        self.confirm_button = button("Ja, wis alles", self.wipe, icon="trash")
        self.confirm_button.button_style = "danger"
        self.cancel_button = button("Nee, toch niet", self.cancel_wipe, icon="times")
        self.confirm = widgets.VBox([
            widgets.HTML(box("<strong>Weet je het zeker?</strong> Al je antwoorden in deze browser "
                             "verdwijnen, van alle oefeningen. Dat kun je niet ongedaan maken. Wil je ze "
                             "bewaren, download ze dan eerst.", tone="not-yet")),
            widgets.HBox([self.confirm_button, self.cancel_button])])
        self.confirm.layout.display = "none"
        self.upload = widgets.FileUpload(accept=".json,application/json", multiple=False,
                                         description="Zet antwoorden terug", icon="upload",
                                         layout=widgets.Layout(width="auto"))
        self.upload.observe(self._on_upload, names="value")
        self.status = widgets.HTML()
        self.children = (
            widgets.HTML(STYLE + box(esc(PRIVACY))), self.notice,
            _section("Waar sta je?"), self.overview,
            _section("Wat kun je nu oefenen?"), self.practise,
            _section("Je punten per poging"), self.charts,
            _section("Je cirkels"), self.circles,
            _section("Je opmerkingen bij een oordeel"), self.disputes,
            _section("Je antwoorden meenemen of wissen"),
            widgets.HTML("<p style='margin:0.2em 0'>Download je antwoorden om ze te bewaren of op een "
                         "ander apparaat terug te zetten. Daar kies je het gedownloade bestand bij "
                         "<em>Zet antwoorden terug</em>.</p>"),
            widgets.HBox([self.download, self.upload, self.wipe_button, self.refresh_button],
                         layout=widgets.Layout(flex_flow="row wrap", align_items="center")),
            self.confirm, self.status,
        )
        self.refresh()

    # -- reading ---------------------------------------------------------

    def refresh(self) -> None:
        """Read the answers again and redraw everything."""
        answers = self.store.all()
        self.notice.value = box(f"⚠ {esc(self.store.warning)}", tone="note") if self.store.warning else ""
        self.statuses = overview(self.registry, answers)
        self.overview.value = overview_html(self.statuses)
        self.practise.value = practise_html(self.statuses, self.registry)
        self.charts.value = free_text_html(self.statuses)
        self.circles.value = circles_html(self.statuses)
        self.disputes.value = disputes_html(self.statuses)
        self.download.value = download_html(answers)

    # -- wiping ----------------------------------------------------------

    def ask_wipe(self) -> None:
        """First step of wiping: ask for a confirmation (nothing is wiped yet)."""
        self.confirm.layout.display = SHOW
        self.status.value = ""

    def cancel_wipe(self) -> None:
        self.confirm.layout.display = "none"
        self._say("Er is niets gewist.")

    def wipe(self) -> bool:
        """Wipe every answer (the confirmed second step)."""
        self.confirm.layout.display = "none"
        ok = self.store.clear()
        self.refresh()
        self._say("Je antwoorden zijn gewist. Je kunt gewoon opnieuw beginnen." if ok else
                  "Wissen lukte niet: " + self.store.warning)
        return ok

    # -- restoring -------------------------------------------------------

    def restore(self, data: bytes | str) -> bool:
        """Restore a downloaded document; a bad one changes nothing and says why."""
        try:
            answers = read_export(data, known_keys=self.registry.keys)
        except ImportProblem as problem:
            self._say(str(problem), tone="not-yet")
            return False
        ok = self.store.merge(answers)
        self.refresh()
        if ok:
            n = sum(k in answers for k in self.registry.keys)
            self._say(f"Je antwoorden zijn teruggezet ({n} van de {len(self.registry.keys)} oefeningen). "
                      "Open een oefening om verder te gaan waar je was.", tone="good")
        else:
            self._say("Terugzetten lukte niet: " + self.store.warning, tone="not-yet")
        return ok

    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        first = files[0] if isinstance(files, (list, tuple)) else next(iter(files.values()))
        self.restore(bytes(first["content"]))
        self.upload.value = ()  # the same file may be chosen again

    def _say(self, text: str, tone: str = "plain") -> None:
        self.status.value = f"<div role='status'>{box(esc(text), tone=tone)}</div>"
