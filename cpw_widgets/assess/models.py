"""Result types shared by all assessors."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CriterionResult:
    """The verdict on one criterion.

    ``feedback`` is Dutch, specific and says what to do; where a criterion
    fails on the learner's own words, ``evidence`` holds those words (and the
    feedback quotes them). ``rule`` names the rule that decided (see
    rules.yaml); ``probability`` is the learned decision's estimate that the
    criterion is met (decision.py), when one was made.

    ``passed`` is ``None`` when the assessor is unsure ("twijfel"): the
    feedback then says so and what to check. A twijfel costs no points.
    """

    passed: bool | None
    feedback: str
    label: str = ""
    evidence: tuple[str, ...] = ()
    rule: str = ""
    probability: float | None = None

    @property
    def doubt(self) -> bool:
        return self.passed is None


@dataclass(frozen=True)
class Assessment:
    """All criterion verdicts for one text, plus an optional overall message
    (for example for empty or unreadable input)."""

    criteria: dict[str, CriterionResult]
    message: str = ""
    text: str = field(default="", repr=False)

    @property
    def passed(self) -> bool:
        return bool(self.criteria) and all(c.passed is True for c in self.criteria.values())

    @property
    def doubts(self) -> list[str]:
        """The criteria the assessor is unsure about."""
        return [k for k, c in self.criteria.items() if c.passed is None]

    @property
    def score(self) -> float:
        if not self.criteria:
            return 0.0
        return sum(c.passed is True for c in self.criteria.values()) / len(self.criteria)
