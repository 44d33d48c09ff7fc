"""What ties a behaviour to something a bystander can see: a direct object, or
a moment, place or frequency. Used by the concrete criterion.
"""

from __future__ import annotations

from . import cues as C
from .nl import Token
from .tokens import is_verb_stem


def determiner_at(words: list[Token], i: int) -> bool:
    """Is words[i] a determiner or possessive before a noun ("de", "je kamer")?"""
    w = words[i]
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    if nxt.lower in C.SUBJECT_PRONOUNS or nxt.lower in C.EMPTY_OBJECTS or nxt.lower in {"zo", "wat", "even", "eens", "toch"}:
        return False
    if w.lower in {"je", "jullie"}:
        # "je" is the subject right after a verb or a conjunction ("wil je", "dat je");
        # elsewhere it is a possessive ("wil je je jas", "zo vaak je afspraken")
        if i == 0 or is_verb_stem(nxt) or nxt.lemma in C.QUESTION_VERBS:
            return False
        # a reflexive "je", not a possessive: before a derived adjective ("je
        # verantwoordelijk voelen") or before the clause-final infinitive ("je inzetten")
        if nxt.lower.endswith(("lijk", "ig", "baar", "zaam")) or (
            i + 2 == len(words) and nxt.lemma == nxt.lower and nxt.lower.endswith("en")
        ):
            return False
        prev = words[i - 1]
        if prev.lower in C.ADDRESSEE or prev.lower in C.PREPOSITIONS:
            return True
        subject_slot = (
            prev.lower in _SUBJECT_AFTER or prev.lower in C.FINITE_FORMS or prev.lemma in C.QUESTION_VERBS
            or (prev.lemma != prev.lower and prev.lemma.endswith(("en", "aan", "oen"))) or is_verb_stem(prev)
        )
        return not subject_slot
    if w.lower in {"die", "dat", "het", "zijn"}:
        return i > 0 and words[i - 1].lower in C.PREPOSITIONS
    if w.lower in {"ons", "haar", "hun", "mijn"} and nxt.lemma == nxt.lower and nxt.lower.endswith("en"):
        return False  # "ons helpen": an object pronoun before the verb
    return w.lower in C.DETERMINERS or nxt.text[:1].isdigit()


_SUBJECT_AFTER = {
    "dat", "als", "of", "omdat", "zodat", "wanneer", "zodra", "voordat", "nadat", "terwijl", "waarom",
    "hoe", "wat", "waar", "want", "dan", "zo", "anders", "daarom", "misschien", "ook",
}


_TIME_PREPS = {"tijdens", "na", "vóór", "bij", "om", "vanaf", "sinds", "voor"}


def has_time(words: list[Token]) -> bool:
    """A moment or frequency: "om 9 uur", "voortaan", "tijdens de pauze", "'s ochtends"."""
    for i, w in enumerate(words):
        if w.text[:1].isdigit() or (w.lemma in C.TIME_WORDS and w.lower not in C.PREPOSITIONS):
            return True
        if w.lower in _TIME_PREPS and i + 1 < len(words) and determiner_at(words, i + 1):
            if w.lower != "voor" or words[i + 2 : i + 3] and words[i + 2].lemma in C.TIME_WORDS:
                return True
    return False


def object_or_anchor(words: list[Token]) -> tuple[bool, bool]:
    """(has a direct object, has a moment/place/frequency anchor) in a clause."""
    obj = anchor = False
    for i, w in enumerate(words):
        if w.text[:1].isdigit() or w.lower in {"'s", "voortaan", "vandaag", "morgen", "vanavond", "straks",
                                              "vanmiddag", "vanochtend", "dagelijks", "wekelijks", "meteen",
                                              "direct", "uiterlijk", "elke", "iedere", "elk", "ieder"}:
            anchor = True
        if w.lemma in C.TIME_WORDS and w.lower not in C.PREPOSITIONS:
            anchor = True
        if determiner_at(words, i):
            after_prep = i > 0 and words[i - 1].lower in C.PREPOSITIONS
            if after_prep:
                anchor = True  # "in de gang", "bij het overleg", "voor je toets"
            elif w.lower not in {"die", "dat"}:
                obj = True
    return obj, anchor
