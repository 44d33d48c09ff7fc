"""Rules of the ``open`` criterion: a yes/no, either/or or "of"-question closes the turn."""

from __future__ import annotations

import re

from .question_form import NOT_VERBS, Turn, cues
from .rules import rule


# a list after these opens examples ("..., bijvoorbeeld een mentor, ouders of school?") or a
# subclause ("..., zodat de juf of meester ..."): no options to pick from
_NOT_OPTIONS = re.compile(r"\s*(?:bijvoorbeeld|bijv|bv|zoals|denk aan|onder andere|o\.a\.|zodat|omdat|want|doordat|"
                          r"waardoor|terwijl)\b")


def _offers_options(s: str) -> bool:
    """Does the wh-question ``s`` end in options to pick from (a part after a comma
    or colon with "of", not after an example or subclause opener), or a closing
    "of niet/ook" ("wel of niet" inside it is part of what is asked)?"""
    examples = False
    for part in re.split(r"[,:]", s)[1:]:
        examples = examples or bool(_NOT_OPTIONS.match(part))
        if not examples and re.search(r"\bof\b", part):
            return True
    return bool(re.search(r"(?<!\bwel )\bof\b (niet|nog niet|ook)\b", s))


@rule("open.either_or")
def _either_or(turn: Turn):
    for i in turn.asks():
        if turn.kinds[i] in {"wh", "tell", "frag"} and _offers_options(turn.low_of(i)):
            return [turn.sentence(i)]
    return []


@rule("open.closed")
def _closed(turn: Turn):
    for i in turn.asks():
        if turn.kinds[i] in {"yn", "statement_q"}:
            return [turn.sentence(i)]
        if turn.kinds[i] == "frag" and not re.match(r"\s*(en|maar)\b", turn.low_of(i)):
            return [turn.sentence(i)]
        s = turn.low_of(i)
        # a closed question after a comma: "Hoe sterk is zijn netwerk, heeft hij mensen om zich heen"
        m = re.search(r",\s*(?:(?:en|of)\s+)?(\w+)\s+(je|jij|ge|gij|u|hij|ze|zij|die|het|jullie|er|de|dat)\b", s)
        # (a request to tell after an address is open: "Mevrouw Jansen, kunt u aangeven wat ...?")
        if (m and _finite_verb(m.group(1), m.group(2)) and not _COMMENT_TAG.match(s, m.start())
                and not (turn.kinds[i] == "tell" and cues()["TELL"].search(s, m.start()))):
            return [turn.sentence(i)]
    return []


def _finite_verb(word: str, subject: str) -> bool:
    """Is ``word`` a finite verb before its ``subject`` (inversion: "slaapt hij")?
    The listed verbs, or any -t form before a subject pronoun."""
    return bool(cues()["YN_VERBS"].fullmatch(word)) or (
        word.endswith("t") and len(word) > 3 and word not in NOT_VERBS and word not in _T_WORDS
        and subject in {"je", "jij", "ge", "gij", "u", "hij", "ze", "zij", "jullie", "er"})


# words ending in -t that are no verb form
_T_WORDS = {"nooit", "ooit", "eerst", "laatst", "meest", "liefst", "omdat", "zodat", "best", "vast", "nacht", "want",
            "licht", "recht", "slecht", "zacht", "juist", "vaakst"}


# a comment clause closing an open question ("Wat maakt dat het lukt, denk je?"):
# it asks for the presenter's view of the open question, no yes or no
_COMMENT_TAG = re.compile(r",\s*(denk|denkt|vind|vindt|schat|zou je zeggen)\s*(je|jij|ge|gij|u)?\s*[?.!]*\s*$")


# the rules of the criterion, in the order they are tried (the first that fires decides)
CHECKS = (_closed, _either_or)
