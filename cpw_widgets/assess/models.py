"""Result types shared by all assessors."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CriterionResult:
    """The verdict on one criterion.

    ``feedback`` is Dutch, specific and says what to do; where a criterion
    fails on the learner's own words, ``evidence`` holds those words (and the
    feedback quotes them).
    """

    passed: bool
    feedback: str
    label: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assessment:
    """All criterion verdicts for one text, plus an optional overall message
    (for example for empty or unreadable input)."""

    criteria: dict[str, CriterionResult]
    message: str = ""
    text: str = field(default="", repr=False)

    @property
    def passed(self) -> bool:
        return bool(self.criteria) and all(c.passed for c in self.criteria.values())

    @property
    def score(self) -> float:
        if not self.criteria:
            return 0.0
        return sum(c.passed for c in self.criteria.values()) / len(self.criteria)
