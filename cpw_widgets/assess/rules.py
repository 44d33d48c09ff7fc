"""Rule identity: every rule that decides a criterion has an id.

A rule's hit is the list of tokens it fired on; :class:`Hit` carries the id of
the rule along with them, so the verdict can say which rule decided (the
verdict snapshot and the rule examples in ``rules.yaml`` use it). Functions
that return a hit are tagged with :func:`rule`; the innermost tag wins, so a
specific sub-rule keeps its own id inside a broader one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)


class Hit(list):
    """The tokens a rule fired on, and the rule's id."""

    rule: str = ""


def tagged(rule_id: str, tokens) -> Hit | list:
    """``tokens`` as a :class:`Hit` of ``rule_id`` (an empty result stays empty)."""
    if not tokens or getattr(tokens, "rule", ""):
        return tokens
    hit = Hit(tokens)
    hit.rule = rule_id
    return hit


def rule(rule_id: str) -> Callable[[F], F]:
    """Tag what the decorated function returns (a token list) with ``rule_id``."""
    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return tagged(rule_id, fn(*args, **kwargs))
        return wrapper  # type: ignore[return-value]
    return decorate


def rule_of(hit, default: str) -> str:
    return getattr(hit, "rule", "") or default
