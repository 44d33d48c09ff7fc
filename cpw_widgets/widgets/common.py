"""What the exercise widgets share: escaping, feedback lines, store wiring,
the per-attempt history of verdicts and "Klopt deze feedback niet?".

Nothing here judges a text: the verdicts come from :mod:`cpw_widgets.assess`;
this module only turns them into HTML and keeps answers in an
:class:`~cpw_widgets.answers.AnswerStore`.
"""

from __future__ import annotations

import asyncio
import html
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

import ipywidgets as widgets

from ..answers import AnswerStore, utc_now

__all__ = [
    "Exercise",
    "esc",
    "mark",
    "feedback_line",
    "criteria_html",
    "box",
    "label_style",
    "button",
    "bullet_list",
    "as_int",
    "as_str",
    "as_str_list",
    "run_soon",
    "SHOW",
    "HISTORY_LIMIT",
    "history_entry",
    "valid_history",
    "dispute_record",
    "valid_disputes",
    "judged_safely",
    "DisputePanel",
    "kept_records",
]

GOOD = "#1a6e33"      # dark green, 6.4:1 on white
NOT_YET = "#a4262c"   # dark red, 6.6:1 on white
DOUBT = "#7a5c00"     # dark amber, 6.1:1 on white
MUTED = "#4a4a4a"

#: Page-wide rules for the exercises (inside ``.cpw-exercise`` only): long
#: checkbox labels wrap instead of ending in "…", text boxes use the page font and
#: have no side margins (at width 100% those stuck out 4 px: a scrollbar in WebKit).
STYLE = """<style>
.cpw-exercise .widget-checkbox, .cpw-exercise .widget-checkbox * {
  white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; height: auto !important; }
.cpw-exercise .widget-checkbox { margin-bottom: 0.3em; }
.cpw-exercise .widget-checkbox .widget-label-basic { display: flex !important; align-items: flex-start; gap: 0.4em; }
.cpw-exercise .widget-checkbox input { flex-shrink: 0; margin-top: 0.2em; }
.cpw-exercise textarea { font-family: inherit; font-size: 0.95em; }
.cpw-exercise .widget-textarea, .cpw-exercise .widget-text { margin-left: 0; margin-right: 0; }
</style>"""

def run_soon(fn: Callable[[], Any], delay: float = 0.3) -> bool:
    """Run ``fn`` shortly after the current cell has finished, off the learner's
    path; where nothing can run it later, do nothing.

    Used to pay a slow first-use cost while the learner reads the exercise
    instead of after their first click. Errors are swallowed: it only warms up.

    In a regular Python (JupyterLab, nbgrader, the book build) it runs in a
    daemon thread, never as a callback on the kernel's event loop: the warm-up
    takes over a second, and a kernel that is told to shut down right after its
    last cell (every non-interactive run) must not have its loop blocked or a
    callback left on it while its sockets close. The browser's Python has no
    threads; there its event loop runs it (after the cell, with a timer).
    """

    def guarded() -> None:
        try:
            fn()
        except Exception:
            pass

    if sys.platform != "emscripten":
        timer = threading.Timer(delay, guarded)
        timer.daemon = True
        timer.start()
        return True
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    loop.call_later(delay, guarded)
    return True


#: ``layout.display`` of a shown control. Not ``None``: the browser's Python
#: (Pyodide) drops ``None`` from the update it sends, so a control hidden with
#: "none" and then set to ``None`` stayed hidden on the site. "" removes the
#: inline style just the same.
SHOW = ""

#: Let a description show in full instead of being cut off at 90px.
label_style: dict[str, str] = {"description_width": "initial"}


def esc(text: Any) -> str:
    """HTML-escape anything shown in an HTML widget (learner text above all)."""
    return html.escape(str(text), quote=True)


def mark(passed: bool | None) -> str:
    """A ✓, ✗ or ? ("twijfel": the assessor is unsure) with a spoken name for
    screen readers."""
    if passed is None:
        return f'<span role="img" aria-label="twijfel" style="color:{DOUBT};font-weight:bold">?</span>'
    if passed:
        return f'<span role="img" aria-label="goed" style="color:{GOOD};font-weight:bold">✓</span>'
    return f'<span role="img" aria-label="nog niet" style="color:{NOT_YET};font-weight:bold">✗</span>'


def feedback_line(passed: bool | None, label: str, feedback: str = "") -> str:
    """One line: ✓/✗/?, a bold label and the (escaped) feedback."""
    head = f"<strong>{esc(label)}</strong>" if label else ""
    sep = ": " if label and feedback else ""
    return (
        '<div style="margin:0.25em 0;line-height:1.4">'
        f"{mark(passed)} {head}{sep}{esc(feedback)}</div>"
    )


def criteria_html(assessment: Any) -> str:
    """The per-criterion lines of an :class:`~cpw_widgets.assess.models.Assessment`."""
    parts = []
    if getattr(assessment, "message", ""):
        parts.append(f'<p style="margin:0.25em 0">{esc(assessment.message)}</p>')
    for key, result in assessment.criteria.items():
        parts.append(feedback_line(result.passed, result.label or key, result.feedback))
    return "".join(parts)


def box(inner_html: str, *, tone: str = "plain") -> str:
    """Wrap HTML in a soft panel (``tone``: plain, good, not-yet, note)."""
    border = {"good": GOOD, "not-yet": NOT_YET, "note": "#8a6d00"}.get(tone, "#c8c8c8")
    return (
        f'<div style="border-left:4px solid {border};background:#fafafa;'
        f'padding:0.5em 0.8em;margin:0.4em 0">{inner_html}</div>'
    )


def bullet_list(items: Iterable[str]) -> str:
    """An escaped <ul>."""
    return "<ul style='margin:0.2em 0 0.2em 1.2em;padding:0'>" + "".join(
        f"<li>{esc(item)}</li>" for item in items
    ) + "</ul>"


def button(text: str, on_click, *, primary: bool = False, icon: str = "") -> widgets.Button:
    """A labelled, keyboard-focusable button wired to ``on_click()`` (no args)."""
    b = widgets.Button(
        description=text,
        tooltip=text,
        icon=icon,
        button_style="primary" if primary else "",
        # Never shrink: beside a long status line the label was cut to "Contr…".
        layout=widgets.Layout(width="auto", flex="0 0 auto"),
    )
    b.on_click(lambda _b: on_click())
    return b


#: Shown when an assessor fails on a text: the text stays and is kept.
JUDGE_FAILED = ("Het nakijken lukte deze keer niet. Je tekst staat er nog en is bewaard; "
                "klik straks nog eens op Controleer.")


def judged_safely(judge: Callable[[], Any]) -> Any:
    """``judge()``, or an assessment with only :data:`JUDGE_FAILED` when it raises:
    an assessor bug must not cost the learner their text."""
    from ..assess.models import Assessment
    try:
        return judge()
    except Exception:
        return Assessment(criteria={}, message=JUDGE_FAILED)


class Exercise(widgets.VBox):
    """Base of the exercise widgets: a VBox with a key and an optional store.

    Subclasses build their controls, then call :meth:`_restore` with the answer
    dict (given, or from the store), and call :meth:`_persist` after a learner's
    click. Creating a widget never writes.
    """

    def __init__(self, *, key: str, store: AnswerStore | None = None, **kwargs):
        super().__init__(**kwargs)
        if not isinstance(key, str) or not key:
            raise ValueError("key moet een niet-lege tekst zijn")
        self.key = key
        self.store = store
        #: Shows the store's warnings (damaged file, failed write).
        self.notice = widgets.HTML(value="")
        self.add_class("cpw-exercise")
        self._style = widgets.HTML(value=STYLE, layout=widgets.Layout(height="0", margin="0"))

    def _set_children(self, *children: widgets.Widget) -> None:
        """Show ``children`` (after the shared style rules)."""
        self.children = (self._style, *children)

    def _initial_answer(self, answer: dict[str, Any] | None) -> dict[str, Any] | None:
        """The given answer, else the stored one (the store is only read)."""
        if answer is None and self.store is not None:
            answer = self.store.load(self.key)
            self._show_store_warning()
        return answer if isinstance(answer, dict) else None

    def _persist(self) -> bool:
        """Save :attr:`answer` under :attr:`key`; called on a learner's click."""
        if self.store is None:
            return False
        ok = self.store.save(self.key, self.answer)
        self._show_store_warning()
        return ok

    def _add_dispute(self, record: dict[str, Any]) -> bool:
        """Keep a learner's remark on a verdict (the :class:`DisputePanel` callback of
        exercises that keep a ``disputes`` list) and save it at once."""
        self.disputes.append(record)
        return self._persist() or self.store is None

    def _save_with_status(self, status: widgets.HTML, *, saved: str = "Je antwoord is bewaard.",
                          missing: Iterable[str] = (), lead: str = "Nog open: ") -> bool:
        """Save (on a click) and say in ``status`` what happened and what is still open."""
        ok = self._persist()
        if self.store is None:
            text = "Er is hier geen opslag; je antwoord staat alleen op je scherm."
        elif not ok:
            text = "Bewaren lukte niet (zie de melding)."
        else:
            text = saved
        missing = list(missing)
        if missing:
            text += " " + lead + "; ".join(missing) + "."
        status.value = f"<span role='status'>{esc(text)}</span>"
        return ok

    def _show_store_warning(self) -> None:
        warning = self.store.warning if self.store is not None else ""
        self.notice.value = box(f"⚠ {esc(warning)}", tone="note") if warning else ""

    @property
    def answer(self) -> dict[str, Any]:  # pragma: no cover - overridden
        raise NotImplementedError


def as_str(value: Any, default: str = "") -> str:
    """A stored value as text (stored answers may have been edited by hand)."""
    return value if isinstance(value, str) else default


def as_int(value: Any, default: int = 0) -> int:
    """A stored value as a non-negative int."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else default


def as_str_list(value: Any) -> list[str]:
    """A stored value as a list of texts (anything else is dropped)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


# -- verdicts kept per attempt -------------------------------------------------

#: At most this many attempts are kept in an answer (the oldest go first).
HISTORY_LIMIT = 50


def _verdict_ok(value: Any) -> bool:
    return value is None or isinstance(value, bool)


def history_entry(attempt: int, criteria: dict[str, Any], *, at: str | None = None) -> dict[str, Any]:
    """One attempt for an answer's ``"history"``: ``{"attempt": n, "at": ISO UTC,
    "verdicts": {criterion: true | false | null}}`` (``null``: twijfel)."""
    return {"attempt": attempt, "at": at or utc_now(),
            "verdicts": {key: result.passed for key, result in criteria.items()}}


def valid_history(value: Any) -> list[dict[str, Any]]:
    """The well-formed entries of a stored ``"history"`` (older answers have none)."""
    if not isinstance(value, list):
        return []
    kept = []
    for entry in value:
        if (isinstance(entry, dict) and isinstance(entry.get("verdicts"), dict)
                and all(isinstance(k, str) and _verdict_ok(v) for k, v in entry["verdicts"].items())):
            kept.append({"attempt": as_int(entry.get("attempt")), "at": as_str(entry.get("at")),
                         "verdicts": dict(entry["verdicts"])})
    return kept[-HISTORY_LIMIT:]


def dispute_record(criterion: str, verdict: bool | None, text: str, note: str = "",
                   *, at: str | None = None) -> dict[str, Any]:
    """One entry of an answer's ``"disputes"``, in the format the trainer report reads:
    ``{"criterion", "verdict" (true | false | null: twijfel), "text" (the learner text that
    was judged), "note" (the learner's explanation, may be ""), "at" (ISO 8601 UTC)}``."""
    return {"criterion": criterion, "verdict": verdict, "text": text, "note": note.strip(),
            "at": at or utc_now()}


def valid_disputes(value: Any) -> list[dict[str, Any]]:
    """The well-formed entries of a stored ``"disputes"`` list."""
    if not isinstance(value, list):
        return []
    return [dict(d) for d in value
            if isinstance(d, dict) and isinstance(d.get("criterion"), str) and _verdict_ok(d.get("verdict"))
            and isinstance(d.get("text"), str) and isinstance(d.get("note"), str)
            and isinstance(d.get("at"), str)]


def kept_records(history: list[dict[str, Any]], disputes: list[dict[str, Any]]) -> dict[str, Any]:
    """The optional ``"history"`` and ``"disputes"`` of an answer, left out while empty
    (an answer without them looks exactly as before they existed)."""
    extra: dict[str, Any] = {}
    if history:
        extra["history"] = [dict(h) for h in history]
    if disputes:
        extra["disputes"] = [dict(d) for d in disputes]
    return extra


def verdict_word(passed: bool | None) -> str:
    """✓/✗/? in words, for a list a screen reader reads out."""
    return "twijfel" if passed is None else "goed" if passed else "nog niet"


class DisputePanel(widgets.VBox):
    """"Klopt deze feedback niet?": pick one of the verdicts shown, add a word, keep it.

    The exercise calls :meth:`offer` with the verdicts on screen (``[(criterion,
    label, verdict, judged text)]``); a click on "Bewaar je opmerking" calls
    ``on_save`` with a :func:`dispute_record`. Nothing is offered before a verdict.
    """

    def __init__(self, on_save: Callable[[dict[str, Any]], bool]):
        super().__init__()
        self._on_save = on_save
        self._offered: list[tuple[str, str, bool | None, str]] = []
        self.open_button = button("Klopt deze feedback niet?", self.show_form, icon="comment-o")
        self.choice = widgets.Dropdown(description="Over welk oordeel?", style=label_style,
                                       layout=widgets.Layout(width="auto", max_width="100%"))
        self.note = widgets.Textarea(
            description="Wat klopt er volgens jou niet?", placeholder="Een paar woorden is genoeg (mag ook leeg).",
            style=label_style, layout=widgets.Layout(width="100%", height="3.5em"))
        self.save_button = button("Bewaar je opmerking", self.save, icon="save")
        self.close_button = button("Sluit", self.hide_form, icon="times")
        self.form = widgets.VBox([self.choice, self.note, widgets.HBox([self.save_button, self.close_button])])
        self.status = widgets.HTML(value="")
        self.children = (widgets.HBox([self.open_button, self.status]), self.form)
        self.form.layout.display = "none"
        self.layout.display = "none"

    def offer(self, verdicts: list[tuple[str, str, bool | None, str]]) -> None:
        """Offer these verdicts; the first ✗ or ? is preselected."""
        self._offered = list(verdicts)
        self.layout.display = SHOW if self._offered else "none"
        options = [(f"{label}: {verdict_word(v)}", i) for i, (_c, label, v, _t) in enumerate(self._offered)]
        self.choice.options = options
        if options:
            self.choice.value = next((i for i, (_c, _l, v, _t) in enumerate(self._offered) if v is not True), 0)
        if not self._offered:
            self.hide_form()

    def show_form(self) -> None:
        self.form.layout.display = SHOW
        self.status.value = ""

    def hide_form(self) -> None:
        self.form.layout.display = "none"

    def choose(self, criterion: str, text: str | None = None) -> None:
        """Select the offered verdict on ``criterion`` (and ``text``), as a learner would."""
        for i, (c, _label, _v, t) in enumerate(self._offered):
            if c == criterion and (text is None or t == text):
                self.choice.value = i
                return
        raise ValueError(f"geen oordeel over {criterion!r} op het scherm")

    def save(self) -> bool:
        if self.choice.value is None or not self._offered:
            return False
        criterion, _label, verdict, text = self._offered[self.choice.value]
        ok = self._on_save(dispute_record(criterion, verdict, text, self.note.value))
        if ok:
            self.note.value = ""
            self.hide_form()
            message = ("Dank je. Je opmerking staat bij je antwoord; je ziet hem terug bij "
                       "Mijn voortgang.")
        else:
            message = "Je opmerking staat alleen op je scherm; bewaren lukte niet."
        self.status.value = f"<span role='status'>{esc(message)}</span>"
        return ok
