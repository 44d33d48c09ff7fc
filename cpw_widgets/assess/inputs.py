"""Input guard shared by the assessors: never raise on odd input, answer in Dutch."""

from __future__ import annotations

import re

from . import feedback as fb
from .models import Assessment, CriterionResult
from .nl import dutch_ratio

# A request or post-it is a sentence or two. Beyond this we do not analyse (it
# also keeps pasted 100 kB texts fast) and say so.
MAX_CHARS = 1500
# simplemma's share of known Dutch words. Its dictionary also knows many English
# words ("stress", "more"), so without a Dutch marker word we ask for a high share.
MIN_DUTCH_RATIO = 0.8


# Short Dutch items with compounds the dictionary lacks ("Minder werkdruk") score
# low on the ratio; one of these frequent Dutch words (absent from English and
# French) is enough to assess them anyway.
_DUTCH_MARKERS = {
    "je", "jij", "jou", "jullie", "ik", "mij", "mijn", "de", "het", "een", "niet", "geen",
    "minder", "meer", "wil", "wilt", "zou", "kun", "kunt", "graag", "met", "van", "op",
    "en", "dat", "als", "omdat", "zodat", "naar", "bij", "ook", "nooit", "altijd", "elke",
    "te", "er", "ben", "bent", "wat", "hoe", "om", "voor", "aan", "zijn", "mee", "niets",
    # praise with a name ("goed bezig Jeroen", "mooi gedaan Sanne"): the name lowers the ratio
    "goed", "mooi", "knap", "gedaan", "bezig", "bedankt",
}


def _has_dutch_marker(text: str) -> bool:
    return any(w in _DUTCH_MARKERS for w in text.lower().replace(",", " ").replace(".", " ").split())


_TAG = re.compile(r"<[^<>]*>")
_CODE = re.compile(r"[A-Za-z_][\w.]*\s*\([^()]*\)|[{}\[\];=<>$#`]+|&\w+;")


def _only_markup(text: str) -> bool:
    """Markup or code with no Dutch sentence around it ("<script>alert(1)</script>")."""
    if not (_TAG.search(text) or re.search(r"[{};]\s*$|\w\(.*\)\s*;?$|=>|</", text)):
        return False
    rest = _CODE.sub(" ", _TAG.sub(" ", text))
    words = [w for w in re.findall(r"[^\W\d_]+", rest)]
    return len(words) < 2 or not _has_dutch_marker(rest)


def _all_failed(labels: dict[str, str], message: str, text: str) -> Assessment:
    criteria = {
        key: CriterionResult(False, fb.fmt(fb.NOT_ASSESSED, reason=message), label)
        for key, label in labels.items()
    }
    return Assessment(criteria, message=message, text=text)


def check_input(text: object, labels: dict[str, str], empty_message: str,
                too_long: str = fb.TOO_LONG) -> Assessment | None:
    """Return a verdict for input that cannot be assessed, else None.
    ``too_long`` is the message for a text over MAX_CHARS (it names the kind of text)."""
    if not isinstance(text, str):
        msg = empty_message if text is None else fb.NOT_TEXT
        return _all_failed(labels, msg, "")
    stripped = text.strip()
    if not stripped:
        return _all_failed(labels, empty_message, text)
    if len(stripped) > MAX_CHARS:
        return _all_failed(labels, fb.fmt(too_long, n=len(stripped), max=MAX_CHARS), text)
    if _only_markup(stripped):
        return _all_failed(labels, fb.NOT_DUTCH, text)
    if not any(ch.isalpha() for ch in stripped) or (
        dutch_ratio(stripped) < MIN_DUTCH_RATIO and not _has_dutch_marker(stripped)
    ):
        return _all_failed(labels, fb.NOT_DUTCH, text)
    return None
