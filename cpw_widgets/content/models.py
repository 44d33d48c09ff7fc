"""Typed records for the exercise content (one class per YAML file kind)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Intervention:
    """A progress-focused intervention of the CPW overview (seed 000)."""

    key: str                      # e.g. "sturen", "progressieverzoek"
    name: str                     # Dutch display name, e.g. "Progressiegericht sturen"
    features: tuple[str, ...]     # recognition features (herkenningskenmerken), Dutch
    summary: str = ""             # one Dutch sentence: when it fits


@dataclass(frozen=True)
class Scenario:
    """A short work situation whose best-fitting intervention is ``intervention``."""

    id: str
    text: str                     # the situation, Dutch, je-vorm
    intervention: str             # key of the right intervention
    features: tuple[str, ...]     # the recognition features that point to it (Dutch)
    explanation: str              # why it fits (Dutch)
    wrong: dict[str, str] = field(default_factory=dict)  # likely wrong key -> why not (Dutch)
    domain: str = ""              # team, zorg, onderwijs, klantenservice, thuis, ...


@dataclass(frozen=True)
class FeedbackItem:
    """A piece of negative feedback to rewrite as a progress request."""

    id: str
    context: str                  # who says it to whom, where (Dutch)
    feedback: str                 # the negative feedback itself (Dutch)
    models: tuple[str, ...]       # one or two model progress requests (Dutch)
    domain: str = ""


@dataclass(frozen=True)
class CirclePrompt:
    """A topic for the circle technique, for one person or a team."""

    id: str
    mode: str                     # "persoonlijk" (an activity) or "team" (a team topic)
    topic: str                    # the activity or team topic (Dutch)
    intro: str                    # one or two sentences that set the scene (Dutch)
    inner_examples: tuple[str, ...]   # what is already achieved
    outer_examples: tuple[str, ...]   # what you want to achieve
    step_example: str = ""        # an example of one small next step


@dataclass(frozen=True)
class IntakeStep:
    """One of the seven steps of the progress-focused intake (file order = step order)."""

    id: str
    name: str                     # Dutch display name, e.g. "Mandaat krijgen"
    hint: str                     # what happens at this step, without naming it (Dutch)


@dataclass(frozen=True)
class IntakeQuestion:
    """A practice example question of an intake, with the step it belongs to."""

    id: str
    text: str                     # the question (Dutch, u-vorm)
    step: str                     # id of an :class:`IntakeStep`
    explanation: str              # what the question does, without naming the step (Dutch)


@dataclass(frozen=True)
class IntervisionQuestion:
    """A sentence from the question round of an intervisie: clarifying or a disguised tip."""

    id: str
    text: str                     # the question (Dutch, je-vorm)
    category: str                 # one of ``loader.INTERVISION_CATEGORIES``
    explanation: str              # why it is (not) clarifying (Dutch)
