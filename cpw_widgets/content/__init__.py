"""Exercise content as data.

The YAML files in ``data/`` hold the practice material of the course. They are
read and validated by :mod:`cpw_widgets.content.loader`; a broken file raises
:class:`ContentError` with a Dutch message that names the file, the item and
the field, and nothing is half-loaded.

Keys of *graded* nbgrader items never live here: this package is installed for
learners too. The graded items are data as well, in the trainer's course
(``exercises/graded/*.yaml``); :mod:`cpw_widgets.content.graded` validates them
with the same machinery and checks that they only use the labels defined here
(intervention keys, intake step ids, intervisie categories).

The files and what they hold
----------------------------
``interventions.yaml``
    The nine interventions of the CPW overview, in its order (nee zeggen,
    sturen, instrueren, helpen, adviseren, trainen, overtuigen, negatieve
    feedback, progressieverzoek), each with ``key``, ``name``, ``features``
    (the recognition features, paraphrased) and ``summary``.
``scenarios.yaml``
    Short work situations (je-vorm) for "welke interventie past?": ``id``,
    ``domain``, ``text``, ``intervention`` (a key), ``features`` (the cues in the
    text), ``explanation`` and ``wrong`` (likely wrong key → why not). At least
    four per intervention.
``feedback.yaml``
    Negative feedback to rewrite as a progress request: ``id``, ``domain``,
    ``context``, ``feedback`` and one or two model ``models``.
``circle.yaml``
    Topics for the circle technique: ``id``, ``mode`` ("persoonlijk" or
    "team"), ``topic``, ``intro``, ``inner_examples``, ``outer_examples`` (3-5
    each) and ``step_example``.
``intake_steps.yaml``
    The seven steps of the intake conversation in their order: ``id``,
    ``name`` and ``hint`` (what happens there, without the name).
``intake_questions.yaml``
    Practice example questions of an intake: ``id``, ``text``, ``step`` (a step
    id) and ``explanation``. Not the graded questions of assignment 04.
``intervision_questions.yaml``
    Sentences of the intervisie question round: ``id``, ``text``,
    ``category`` ("Verhelderende vraag" or "Verkapte tip") and
    ``explanation``. Not the graded sentences of assignment 04.

Use
---
>>> from cpw_widgets.content import load_scenarios, interventions_by_key
>>> scenario = load_scenarios()[0]
>>> interventions_by_key()[scenario.intervention].name  # doctest: +SKIP

Each ``load_*`` function reads the bundled file once (cached) and returns a
tuple; pass ``path=`` to read and validate another file (uncached), for
example a trainer's own set of situations. Own files need at least one item;
the bundled files also have course minimums (36 situations, 30 feedback items,
10 circle prompts). Scenario keys are always checked against the bundled
interventions.

Ids of scenarios name their intervention (``sturen-2``): show the text, not
the id, to learners.
"""

from .loader import (
    CIRCLE_MODES,
    DOMAINS,
    INTERVISION_CATEGORIES,
    ContentError,
    interventions_by_key,
    load_circle_prompts,
    load_feedback_items,
    load_intake_questions,
    load_intake_steps,
    load_interventions,
    load_intervision_questions,
    load_scenarios,
)
from .models import (
    CirclePrompt,
    FeedbackItem,
    IntakeQuestion,
    IntakeStep,
    Intervention,
    IntervisionQuestion,
    Scenario,
)

__all__ = [
    "CIRCLE_MODES",
    "DOMAINS",
    "CirclePrompt",
    "ContentError",
    "FeedbackItem",
    "INTERVISION_CATEGORIES",
    "IntakeQuestion",
    "IntakeStep",
    "Intervention",
    "IntervisionQuestion",
    "Scenario",
    "interventions_by_key",
    "load_circle_prompts",
    "load_feedback_items",
    "load_intake_questions",
    "load_intake_steps",
    "load_interventions",
    "load_intervision_questions",
    "load_scenarios",
]

from .exercises import EXERCISE_KINDS, CriterionHelp, ExerciseEntry, Registry, load_exercises  # noqa: E402

__all__ += ["EXERCISE_KINDS", "CriterionHelp", "ExerciseEntry", "Registry", "load_exercises"]
from .dialogue import END, Dialogue, DialogueOption, DialogueTurn, load_dialogue, load_dialogues, step_info  # noqa: E402,F401

from .rounds import RoundCase, load_round_cases  # noqa: E402

__all__ += ["RoundCase", "load_round_cases"]


def warm_up() -> None:
    """Read and check every bundled content file now (each load is cached).

    The site build calls this before it saves the browser's memory snapshot
    (lite/build_site.py), so a page's Python starts with the content already
    parsed: pure-Python YAML parsing is several times slower in WebKit.
    """
    for load in (load_circle_prompts, load_feedback_items, load_intake_questions, load_intake_steps,
                 load_interventions, load_intervision_questions, load_scenarios, load_exercises,
                 load_dialogues, load_round_cases):
        load()
