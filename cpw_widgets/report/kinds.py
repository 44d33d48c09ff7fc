"""The kinds of free text the report judges, in one table.

A graded test cell calls a ``grading.check_*`` function; the table says, per
kind of text, which function that is, which assessor the report runs on the
learner's text (the same one the autograder ran), its criteria and Dutch
labels, how the report speaks of the texts, and where the texts go in the
labelled corpus when a trainer or learner disagreed (:mod:`.disagreements`).

Adding a kind of free text to the course means one row here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..assess import assess_compliment, assess_question, assess_request, assess_statement
from ..assess.criteria import (
    COMPLIMENT_CRITERIA,
    COMPLIMENT_LABELS,
    QUESTION_CRITERIA,
    QUESTION_LABELS,
    REQUEST_CRITERIA,
    REQUEST_LABELS,
    STATEMENT_CRITERIA,
    STATEMENT_LABELS,
)


@dataclass(frozen=True)
class TextKind:
    name: str                          # the code name, as in Check.kind and Judgement.kind
    check: str                         # the grading function of its test cells
    assess: Callable[..., Any]         # the assessor: (text) or (text, case=...) -> Assessment
    criteria: tuple[str, ...]          # in the course's order (ties in the report keep it)
    labels: Mapping[str, str]          # criterion -> Dutch label
    one: str                           # Dutch, one text: "verzoek"
    many: str                          # Dutch, several texts: "verzoeken"
    corpus: str                        # the labelled corpus of bench/corpus.py
    section: str                       # the section of that corpus's texts file
    with_case: bool = False            # the assessor reads the case the text reacts to
    #: How the sentence "De groep vindt ... het moeilijkst" names a criterion where
    #: its label (a verb phrase) does not fit there; else the label in lower case.
    phrases: Mapping[str, str] = field(default_factory=dict)

    def label(self, criterion: str) -> str:
        return self.labels.get(criterion, criterion)

    def phrase(self, criterion: str) -> str:
        return self.phrases.get(criterion) or self.label(criterion).lower()

    def judge(self, assess: Callable[..., Any], text: str, case: str = "") -> Any:
        """``assess`` on ``text`` as the autograder calls it (with the case where it takes one)."""
        return assess(text, case=case or None) if self.with_case else assess(text)


KINDS: dict[str, TextKind] = {k.name: k for k in (
    TextKind("request", "check_request", assess_request, REQUEST_CRITERIA, REQUEST_LABELS,
             "verzoek", "verzoeken", "request", "requests"),
    # a circle side: its test cell checks every statement on it, criterion "positive"
    TextKind("statement", "check_circle_positive", assess_statement, STATEMENT_CRITERIA, STATEMENT_LABELS,
             "uitspraak", "uitspraken", "request", "statements"),
    TextKind("question", "check_question", assess_question, QUESTION_CRITERIA, QUESTION_LABELS,
             "vraag", "vragen", "question", "texts", with_case=True,
             phrases={"question": "een vraag aan de inbrenger stellen", "open": "een open vraag stellen",
                      "no_advice": "een vraag zonder verkapte tip stellen",
                      "no_judgement": "een vraag zonder oordeel stellen"}),
    TextKind("compliment", "check_compliment", assess_compliment, COMPLIMENT_CRITERIA, COMPLIMENT_LABELS,
             "compliment", "complimenten", "compliment", "texts", with_case=True,
             phrases={"action": "noemen wat de ander deed", "effect": "noemen wat het opleverde",
                      "no_sting": "een compliment zonder angel geven"}),
)}
#: Kinds whose test cell checks one criterion of one text (all but the circle side).
PER_CRITERION = tuple(k for k in KINDS if k != "statement")


def kind_of(name: str) -> TextKind:
    """The kind called ``name``; an unknown name reads as a request (as the older reports did)."""
    return KINDS.get(name, KINDS["request"])


def criterion_label(kind: str, criterion: str) -> str:
    return kind_of(kind).label(criterion)
