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

# assess_question (a question in the intervisie question round), in the order
# learners see the verdicts; the corpus and its rules: tests/data/corpus-question/
QUESTION_CRITERIA: tuple[str, ...] = ("question", "open", "no_advice", "no_judgement")
QUESTION_LABELS: dict[str, str] = {
    "question": "Een vraag aan de inbrenger",
    "open": "Open vraag",
    "no_advice": "Zonder verkapte tip",
    "no_judgement": "Zonder oordeel",
}

# assess_compliment (a process compliment in the bevestigen round); the corpus
# and its rules: tests/data/corpus-compliment/
COMPLIMENT_CRITERIA: tuple[str, ...] = ("action", "effect", "no_sting")
COMPLIMENT_LABELS: dict[str, str] = {
    "action": "Noemt wat de ander deed",
    "effect": "Noemt wat het opleverde",
    "no_sting": "Zonder angel",
}
