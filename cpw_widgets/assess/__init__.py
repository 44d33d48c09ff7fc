"""Assessors: pure functions from a learner's text to an :class:`Assessment`.

No widget or notebook code lives here, so the widgets, the nbgrader tests and
the command line all call the same functions.
"""

from .compliment import assess_compliment
from .choice import ChoiceVerdict, assess_choice, feature_options, practice_score
from .models import Assessment, CriterionResult
from .ordering import assess_matches, assess_order
from .question import assess_question
from .request import assess_request
from .statement import assess_statement

__all__ = ["Assessment", "ChoiceVerdict", "CriterionResult", "assess_choice", "assess_compliment", "assess_matches", "assess_order",
           "assess_question", "assess_request",
           "assess_statement", "feature_options", "practice_score", "warm_up"]


def warm_up() -> None:
    """Load the Dutch dictionary now instead of on the first text.

    The first assessment pays for importing simplemma and unpacking its Dutch
    data (about 0.35 s here, over a second in the browser). Widgets call this
    just after they appear, so that cost falls while the learner reads. The
    question and compliment assessors load modules and rules of their own
    (about 0.1 s more here), so all three run once.
    """
    assess_request("Wil je morgen om negen uur beginnen? Dan zijn we op tijd klaar.")
    assess_question("Wat heb je al geprobeerd?")
    assess_compliment("Knap dat je elke ochtend belde, daardoor kwam iedereen op tijd.")

