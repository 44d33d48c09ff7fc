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
# Whole English sentences score 0-0.5, German and French ones up to ~0.67.
MIN_DUTCH_RATIO = 0.7
# A turn of at most this many words is mostly praise and a name ("Chapeau, Koen!"),
# and the name is never in the dictionary: half known is Dutch enough.
SHORT_WORDS = 4
MIN_SHORT_RATIO = 0.5


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
    # short chat turns ("werkt joost fulltime of parttime", "sterk hoor esra"): a name or a
    # loanword lowers the ratio, so frequent Dutch-only question words, verb forms, pronouns,
    # particles and praise words count as markers too. They are rare in English, French and
    # German sentences ("wie", "hem", "nu" are left out for that), so those still get the message.
    "welke", "welk", "waarom", "wanneer", "waar", "hoeveel", "hoelang", "waardoor",
    "heeft", "hebt", "heb", "werkt", "werken", "doet", "doen", "gaat", "gaan", "wordt",
    "worden", "komt", "zegt", "weet", "vind", "vindt", "denk", "denkt", "kan", "moet",
    "zal", "hij", "zij", "ze", "haar", "ons", "onze", "jouw", "uw", "deze",
    "nog", "wel", "toch", "dus", "gewoon", "echt", "hoor", "joh", "zo", "toen",
    "heel", "zeker", "eigenlijk", "misschien", "sterk", "slim", "goeie", "fijn",
    "toppie", "tof", "straf", "straffe", "petje", "aub", "ff", "zeg", "nie", "dank",
    "dankjewel", "dankuwel", "oké",
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


def _reads_as_dutch(text: str) -> bool:
    if _has_dutch_marker(text):
        return True
    short = len(re.findall(r"[^\W\d_]+", text)) <= SHORT_WORDS
    return dutch_ratio(text) >= (MIN_SHORT_RATIO if short else MIN_DUTCH_RATIO)


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
    if not any(ch.isalpha() for ch in stripped) or not _reads_as_dutch(stripped):
        return _all_failed(labels, fb.NOT_DUTCH, text)
    return None
