"""ipywidgets front-ends of the exercises. They render and call the assessors;
they hold no judging logic of their own.

>>> from cpw_widgets.answers import AnswerStore
>>> from cpw_widgets.widgets import RequestExercise, InterventionQuiz, CircleExercise

Every exercise takes ``key`` (its place in the answers file), ``store`` (an
:class:`~cpw_widgets.answers.AnswerStore`, or ``None``) and ``answer`` (a dict
from an earlier ``.answer``); it writes to the store only when the learner
clicks, and ``.answer`` is plain JSON data that restores the full state.

Modules: ``common`` (escaping, feedback lines, store wiring), ``request``,
``quiz``, ``circle`` and ``circle_svg`` (the drawing, pure), ``sorting``
(order, match, sort; with a ``solution`` they get a Controleer button).
"""

from .circle import CircleExercise
from .circle_svg import circle_svg
from .quiz import InterventionQuiz
from .request import RequestExercise

__all__ = ["CircleExercise", "InterventionQuiz", "RequestExercise", "circle_svg"]

from .sorting import MatchExercise, OrderExercise, SortExercise  # noqa: E402
__all__ += ["MatchExercise", "OrderExercise", "SortExercise"]

from .practice import (  # noqa: E402
    DrawExercise,
    InterventionDrill,
    PairDrill,
    PrincipleExercise,
    draw_order,
)
__all__ += ["DrawExercise", "InterventionDrill", "PairDrill", "PrincipleExercise", "draw_order"]

from .checklist import ChecklistExercise, ChecklistPanel  # noqa: E402
__all__ += ["ChecklistExercise", "ChecklistPanel"]
from .rounds import ComplimentRound, QuestionRound  # noqa: E402
__all__ += ["ComplimentRound", "QuestionRound"]
