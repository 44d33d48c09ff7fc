"""A practice conversation: pick (or write) what you say, see the answer.

The learner leads an intake, or facilitates an intervisie, turn by turn. At
each turn three buttons offer a line (in an order fixed per turn); the other
answers, and feedback says why the line does (not yet) fit the step. A line
that does not fit gets a realistic reaction and the conversation stays at the
step. The learner may also write their own line: it is not judged; they say
which step it belongs to and compare it with the step's purpose and the model
line ("Vergelijk je vraag met…"), and the conversation goes on along the
fitting branch. At the end: the transcript with the steps marked, and a link
that saves it as a text file.

All logic lives in :mod:`cpw_widgets.assess.dialogue`; this module renders.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import ipywidgets as widgets

from ..answers import AnswerStore
from ..assess.dialogue import (
    MAX_OWN_CHARS,
    OWN,
    Move,
    kind_label,
    self_check,
    shuffled_options,
    step_heading,
    transcript_text,
    walk,
)
from ..content.dialogue import END, FIT, Dialogue, load_dialogue, step_info
from .common import Exercise, as_str, box, bullet_list, button, esc, label_style, mark

__all__ = ["DialogueExercise"]

#: Buttons with a whole sentence on them: wrap the text, align it left.
_STYLE = """<style>
.cpw-dialogue .widget-button { white-space: normal !important; height: auto !important;
  text-align: left !important; line-height: 1.35 !important; padding: 0.45em 0.8em !important;
  overflow: visible !important; text-overflow: clip !important; }
.cpw-dialogue .cpw-reply:focus { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.cpw-dialogue .widget-textarea textarea { min-height: 4.5em; }
</style>"""

#: Shown again after "none": the live front end keeps "none" when display is
#: set back to None, so name the value (every widget toggled here is a flex box).
SHOWN = "flex"

#: Per kind of conversation: the words the page uses.
_WORDS = {
    "intake": {
        "ask": "Wat vraag je nu?",
        "own_heading": "Of stel je eigen vraag",
        "own_label": "Jouw vraag",
        "step_label": "Bij welke stap hoort je vraag?",
        "say": "Stel mijn vraag",
        "compare": "Vergelijk je vraag met deze stap",
        "model": "Een vraag die hier past",
        "checks": (
            "Sluit je vraag aan bij de woorden van {partner}?",
            "Helpt je vraag bij wat deze stap wil bereiken?",
            "Laat je de oplossing bij {partner}, zonder coaching of advies?",
        ),
    },
    "intervisie": {
        "ask": "Wat zeg je als begeleider?",
        "own_heading": "Of zeg het in je eigen woorden",
        "own_label": "Jouw reactie",
        "step_label": "In welke fase zit de groep nu?",
        "say": "Zeg dit",
        "compare": "Vergelijk je reactie met wat hier past",
        "model": "Een reactie die hier past",
        "checks": (
            "Erken je wat de ander wil bijdragen?",
            "Noem je de spelregel, en waarom die er is?",
            "Blijft de keuze bij de case-inbrenger?",
        ),
    },
}


class DialogueExercise(Exercise):
    """One practice conversation (a :class:`~cpw_widgets.content.dialogue.Dialogue`
    or a bundled one's id).

    ``answer`` is ``{"moves": [{"turn", "kind", ("text", "step")}], "position":
    turn id or "einde", "done": bool, "draft": own text not yet said, "title":
    the conversation's title}``; only ``moves`` and ``draft`` are read back
    (the rest is for overviews).
    """

    def __init__(self, dialogue: Dialogue | str, *, key: str | None = None,
                 store: AnswerStore | None = None, answer: dict[str, Any] | None = None,
                 seed: int | str | None = 0):
        self.dialogue = load_dialogue(dialogue) if isinstance(dialogue, str) else dialogue
        super().__init__(key=key or f"dialoog-{self.dialogue.id}", store=store)
        self.add_class("cpw-dialogue")
        self.seed = seed
        self.words = _WORDS[self.dialogue.kind]
        self.steps = step_info(self.dialogue.kind)
        d = self.dialogue

        self.header = widgets.HTML(
            f"{_STYLE}<h4 style='margin:0.4em 0'>{esc(d.title)}</h4>" + box(esc(d.intro)))
        self.history = widgets.HTML()
        self.reply = widgets.HTML()
        # Asked to take the focus after a choice, so a screen reader reads the
        # answer next. ipywidgets 8 front ends give a box no tabindex; on the
        # course site the page's widget manager gives it one when asked
        # (web/src/live-manager.js). In JupyterLab the focus stays on the button.
        self.reply_box = widgets.VBox([self.reply], tabbable=False)
        self.reply_box.add_class("cpw-reply")
        self.prompt = widgets.HTML()
        self.option_buttons = widgets.VBox()
        self.own_heading = widgets.HTML(
            f"<p style='margin:0.6em 0 0.2em 0'><strong>{esc(self.words['own_heading'])}</strong></p>")
        self.own_text = widgets.Textarea(
            description=self.words["own_label"], style=label_style,
            layout=widgets.Layout(width="100%"))
        self.own_step = widgets.Dropdown(
            options=[("Kies…", "")] + [(name, sid) for sid, (name, _) in self.steps.items()],
            value="", description=self.words["step_label"], style=label_style,
            layout=widgets.Layout(width="auto"))
        self.own_button = button(self.words["say"], self._on_own, icon="comment")
        self.own_status = widgets.HTML()
        self.own_panel = widgets.VBox([self.own_heading, self.own_text, self.own_step,
                                       widgets.HBox([self.own_button]), self.own_status])
        self.end = widgets.HTML()
        self.again_button = button("Begin het gesprek opnieuw", self._on_again, icon="refresh")
        self.again_row = widgets.HBox([self.again_button])
        self._set_children(self.header, self.history, self.reply_box, self.prompt, self.option_buttons,
                           self.own_panel, self.notice, self.end, self.again_row)

        stored = self._initial_answer(answer) or {}
        self.moves = list(walk(d, stored.get("moves") if isinstance(stored.get("moves"), list)
                               else []).moves)
        self.own_text.value = as_str(stored.get("draft"))[: MAX_OWN_CHARS * 2]
        self._show()

    # -- public ----------------------------------------------------------

    @property
    def position(self) -> str:
        """The turn the learner is at, or ``"einde"``."""
        return walk(self.dialogue, self.moves).position

    @property
    def answer(self) -> dict[str, Any]:
        result = walk(self.dialogue, self.moves)
        return {"moves": [m.as_dict() for m in self.moves], "position": result.position,
                "done": result.done, "draft": self.own_text.value, "title": self.dialogue.title}

    def choose(self, kind: str) -> None:
        """Say the current turn's option of ``kind`` (as a learner clicking it)."""
        self._move(Move(self.position, kind))

    def say_own(self, text: str, step: str) -> bool:
        """Say an own line placed at ``step`` (as typing it and clicking); False
        (with a Dutch message, the text kept) when it cannot be said yet."""
        self.own_text.value, self.own_step.value = text, step if step in self.steps else ""
        return self._on_own()

    def restart(self) -> None:
        """Start the conversation again (same as clicking the button)."""
        self.moves = []
        self.own_text.value = ""
        self._persist()
        self._show()

    @property
    def transcript(self) -> str:
        """The conversation so far as plain text (what the download holds)."""
        return transcript_text(self.dialogue, walk(self.dialogue, self.moves))

    # -- acting ----------------------------------------------------------

    def _move(self, move: Move) -> None:
        result = walk(self.dialogue, [*self.moves, move])
        if len(result.moves) == len(self.moves):  # the move did not fit here: ignore it
            return
        self.moves = list(result.moves)
        self._persist()
        self._show(focus=True)

    def _on_own(self) -> bool:
        text = " ".join(self.own_text.value.split())
        missing = []
        if not text:
            missing.append("schrijf eerst wat je wilt zeggen")
        elif len(text) > MAX_OWN_CHARS:
            missing.append(f"maak je tekst korter: hoogstens {MAX_OWN_CHARS} tekens "
                           f"(nu {len(text)})")
        if not self.own_step.value:
            missing.append("kies bij welke " + ("stap" if self.dialogue.kind == "intake" else "fase")
                           + " het hoort")
        if missing:
            self._persist()  # keep the draft
            self.own_status.value = box(esc("Bijna: " + " en ".join(missing) + "."),
                                        tone="note")
            return False
        self.own_status.value = ""
        self.own_text.value = ""
        self._move(Move(self.position, OWN, text, self.own_step.value))
        self.own_step.value = ""
        return True

    def _on_again(self) -> None:
        self.restart()

    # -- showing ---------------------------------------------------------

    def _line(self, who: str, text: str) -> str:
        return f"<p style='margin:0.2em 0'><strong>{esc(who)}:</strong> {esc(text)}</p>"

    def _exchange_html(self, ex) -> str:
        tag = f"{step_heading(self.dialogue, ex.turn)} · {kind_label(ex.move.kind)}"
        return (f"<div style='margin:0.5em 0;padding-left:0.6em;border-left:3px solid #d0d0d0'>"
                f"<div style='font-size:0.85em;color:#4a4a4a'>{esc(tag)}</div>"
                + self._line("Jij", ex.said) + self._line(self.dialogue.partner, ex.option.reply)
                + "</div>")

    def _feedback_html(self, ex) -> str:
        d, turn, option = self.dialogue, ex.turn, ex.option
        name, purpose = self.steps[turn.step]
        where = f"<p style='margin:0.3em 0 0 0'><strong>{esc(step_heading(d, turn))}.</strong> {esc(purpose)}</p>"
        if ex.move.kind == OWN:
            check = self_check(d, turn, ex.move.step)
            placed = (f"Je plaatste je tekst bij <strong>{esc(check.chosen_step)}</strong>. "
                      + ("Dat klopt met waar het gesprek nu is." if check.same_step else
                         f"Het gesprek is nu bij <strong>{esc(check.step)}</strong>: kijk of je tekst "
                         "daarbij past."))
            checks = [c.format(partner=d.partner) for c in self.words["checks"]]
            return box(f"<p style='margin:0'><strong>{esc(self.words['compare'])}</strong></p>"
                       f"<p style='margin:0.3em 0'>{placed}</p>{where}"
                       f"<p style='margin:0.3em 0 0 0'>{esc(self.words['model'])}: "
                       f"<em>“{esc(check.model)}”</em></p>"
                       "<p style='margin:0.3em 0 0 0'>Vraag jezelf af:</p>" + bullet_list(checks)
                       + "<p style='margin:0.3em 0 0 0'>Het gesprek gaat verder zoals na deze "
                       "modelformulering.</p>", tone="note")
        if option.kind == FIT:
            return box(f"<p style='margin:0'>{mark(True)} <strong>Dit past.</strong> "
                       f"{esc(option.feedback)}</p>{where}", tone="good")
        return box(f"<p style='margin:0'>{mark(False)} <strong>Je {esc(kind_label(option.kind))}.</strong> "
                   f"{esc(option.feedback)}</p>{where}"
                   "<p style='margin:0.3em 0 0 0'>Het gesprek is nog bij deze stap. Kies opnieuw wat je "
                   "zegt.</p>", tone="not-yet")

    def _show(self, focus: bool = False) -> None:
        d = self.dialogue
        result = walk(d, self.moves)
        *before, last = result.exchanges or (None,)
        self.history.value = "".join(self._exchange_html(ex) for ex in before)
        if last is None:
            self.reply.value = ""
            self.reply_box.layout.display = "none"
        else:
            self.reply.value = (f"<div role='region' aria-label='Antwoord van {esc(d.partner)}'>"
                                f"{self._exchange_html(last)}{self._feedback_html(last)}</div>")
            self.reply_box.layout.display = SHOWN
        if result.done:
            self._show_end(result)
        else:
            self._show_turn(d.turn(result.position), result)
        if focus and last is not None:
            self.reply_box.focus()

    def _show_turn(self, turn, result) -> None:
        fits_done = sum(1 for ex in result.exchanges if ex.moved_on)
        total = _fit_path_length(self.dialogue)
        self.prompt.value = (
            f"<h5 style='margin:0.8em 0 0.2em 0'>Beurt {fits_done + 1} van {total}</h5>"
            f"<p style='margin:0.2em 0'><em>{esc(turn.cue)}</em></p>"
            f"<p style='margin:0.4em 0 0.2em 0'><strong>{esc(self.words['ask'])}</strong></p>")
        self.option_buttons.children = tuple(
            self._option_button(o.kind, o.text) for o in shuffled_options(turn, self.seed))
        for w in (self.prompt, self.option_buttons, self.own_panel):
            w.layout.display = SHOWN
        self.end.value = ""
        self.again_row.layout.display = "none" if not self.moves else SHOWN

    def _option_button(self, kind: str, text: str) -> widgets.Button:
        b = button(f"“{text}”", lambda: self.choose(kind))
        b.layout = widgets.Layout(width="100%", margin="0.15em 0")
        return b

    def _show_end(self, result) -> None:
        for w in (self.prompt, self.option_buttons, self.own_panel):
            w.layout.display = "none"
        self.option_buttons.children = ()
        text = transcript_text(self.dialogue, result)
        link = (f"<a href='data:text/plain;charset=utf-8,{quote(text)}' "
                f"download='gespreksverslag-{esc(self.dialogue.id)}.txt'>"
                "Sla het gespreksverslag op als tekstbestand</a>")
        steps_seen = [self.steps[s][0] for s in dict.fromkeys(ex.turn.step for ex in result.exchanges)]
        self.end.value = (
            "<h5 style='margin:0.8em 0 0.2em 0'>Het gesprek is rond</h5>"
            + box(esc(self.dialogue.closing), tone="good")
            + "<p style='margin:0.4em 0'>Je liep door: " + esc(", ".join(steps_seen)) + ".</p>"
            + "<details open><summary><strong>Het hele gesprek, met de stappen erbij</strong></summary>"
            + "".join(self._exchange_html(ex) for ex in result.exchanges) + "</details>"
            + f"<p style='margin:0.5em 0'>{link}. Bespreek het gerust met je trainer of een "
              "medecursist: welke formulering wil je in een echt gesprek gebruiken?</p>")
        self.again_row.layout.display = SHOWN


def _fit_path_length(dialogue: Dialogue) -> int:
    """How many turns the fitting path has (the "van N" of "Beurt n van N")."""
    n, here = 0, dialogue.first.id
    while here != END:
        n += 1
        here = dialogue.turn(here).fit.next
    return n
