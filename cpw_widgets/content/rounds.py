"""The cases of the intervisie round exercises (``data/round_cases.yaml``).

A case is what a case-inbrenger brings in: a story, a hulpvraag, and what came
out of the question round (what they already did and what it brought). The
practice pages use it twice: learners ask clarifying questions about the story
(the question round), then give process compliments on what was done (the
bevestigen round). Checked like the other content files (:mod:`.loader`):
every problem in one Dutch :class:`~.loader.ContentError`, nothing half-loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .loader import DOMAINS, _Field, _Item, _Kind, _make_loader

__all__ = ["RoundCase", "load_round_cases"]


@dataclass(frozen=True)
class RoundCase:
    """One case of an intervisie, told by its case-inbrenger."""

    id: str
    title: str                    # what the learner picks (Dutch)
    domain: str
    presenter: str                # the case-inbrenger's first name
    role: str                     # "teamleider van een klantenservice"
    story: str                    # what the case-inbrenger tells (ik-vorm)
    question: str                 # the hulpvraag: "Hoe kan ik ...?"
    done: str                     # what they already did and what it brought
    question_examples: tuple[str, ...] = ()
    compliment_examples: tuple[str, ...] = ()

    @property
    def told(self) -> str:
        """Everything the group knows after the question round (for the assessors)."""
        return f"{self.story} {self.done}"


def _check_case(item: _Item, values: dict[str, Any]) -> None:
    question = values.get("question")
    if question is not None and not question.endswith("?"):
        item.problem("question", f'is "{question}", maar een hulpvraag is een vraag: laat hem eindigen op "?".')
        values["question"] = None


_ROUND_CASES = _Kind(
    "round_cases.yaml",
    RoundCase,
    (
        _Field("id", "id"),
        _Field("title", "text"),
        _Field("domain", "text", choices=DOMAINS),
        _Field("presenter", "text"),
        _Field("role", "text"),
        _Field("story", "text"),
        _Field("question", "text"),
        _Field("done", "text"),
        _Field("question_examples", "list", min_len=2, max_len=4),
        _Field("compliment_examples", "list", min_len=2, max_len=3),
    ),
    item_check=_check_case,
)

load_round_cases: Callable[..., tuple[RoundCase, ...]] = _make_loader(
    _ROUND_CASES,
    "load_round_cases",
    """The cases of the question-round and bevestigen exercises.

    Without ``path``: the bundled ``round_cases.yaml`` (cached).
    """,
)
