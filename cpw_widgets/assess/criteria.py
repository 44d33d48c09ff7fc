"""The criteria of the free-text assessors, defined once.

Assessors, grading, the bench and the tests all take the keys, their order and
their Dutch labels from here.
"""

from __future__ import annotations

# assess_request, in the order learners see the verdicts
REQUEST_CRITERIA: tuple[str, ...] = ("positive", "concrete", "reason", "invitation", "no_blame")
# assess_statement (a circle-technique item)
STATEMENT_CRITERIA: tuple[str, ...] = ("positive",)

REQUEST_LABELS: dict[str, str] = {
    "positive": "Positief geformuleerd",
    "concrete": "Concreet gedrag",
    "reason": "Met een reden",
    "invitation": "Als vraag",
    "no_blame": "Zonder verwijt",
}
STATEMENT_LABELS: dict[str, str] = {"positive": "Positief geformuleerd"}

# assess_circle (a whole circle on Bewaar; its verdicts are kept per save)
CIRCLE_CRITERIA: tuple[str, ...] = ("inner", "outer", "positive", "step")
CIRCLE_LABELS: dict[str, str] = {
    "inner": "Binnencirkel gevuld",
    "outer": "Buitencirkel gevuld",
    "positive": "Positief geformuleerd",
    "step": "Een kleine stap gekozen",
}
