"""Word-level helpers for the request criteria: phrase matching on word or
lemma, and the verb and adjective forms the criteria tell apart (imperative
stems, participles, finite verbs, comparatives).
"""

from __future__ import annotations

from functools import lru_cache

from . import cues as C
from .nl import Clause, Token, is_known, lemma


_LEADING_FILLERS = {"en", "maar", "misschien", "dus", "oké", "ok", "hé", "hoi", "nu"}


def word_tokens(tokens: list[Token]) -> list[Token]:
    """The words among ``tokens`` (punctuation dropped)."""
    return [t for t in tokens if t.is_word]


def matches(tok: Token, vocab) -> bool:
    """Is ``tok`` in ``vocab`` as written or as lemma?"""
    return tok.lower in vocab or tok.lemma in vocab


def find_phrase(tokens: list[Token], phrase: tuple[str, ...]) -> int:
    """Index of the first token of ``phrase`` (consecutive, on word or lemma), or -1."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + k].lower == w or tokens[i + k].lemma == w for k, w in enumerate(phrase)):
            return i
    return -1


def phrase_hits(tokens: list[Token], phrases) -> list[list[Token]]:
    hits = []
    for ph in phrases:
        i = find_phrase(tokens, ph)
        if i >= 0:
            hits.append(tokens[i : i + len(ph)])
    return hits


def first_words(clause: Clause) -> list[Token]:
    """The words of ``clause`` without leading fillers ("En ...", "Hoi, ..."), so
    its opening (a question verb, an imperative) is where the checks look."""
    words = word_tokens(clause.tokens)
    while words and words[0].lower in _LEADING_FILLERS and len(words) > 1:
        words = words[1:]
    return words


def is_verb_stem(tok: Token) -> bool:
    """Is ``tok`` the bare stem of its verb (an imperative: "zet", "doe", "probeer")?"""
    lem = tok.lemma
    if tok.lower in {"wees", "doe", "ga", "sta", "zie", "kom", "hou", "houd", "let", "zorg"}:
        return True
    if (tok.lemma == tok.lower and len(tok.lower) > 2 and tok.lower.isalpha() and tok.lower not in _NOT_STEMS
            and tok.lower not in C.SUBJECT_PRONOUNS | C.ADDRESSEE_ANY | C.DETERMINERS | C.PREPOSITIONS):
        # "ruim", "leg": the dictionary reads them as adjective or noun; the verb
        # "ruimen" / "leggen" exists, so sentence-initially they can be a stem
        low = tok.lower
        return _known_verb(low + "en") or _known_verb(low + low[-1] + "en")
    if not lem.endswith("en") or tok.lower == lem or len(tok.lower) < 2:
        return False
    if tok.lower.endswith("t") and not lem[:-2].endswith("t"):
        return False  # "zet" (zetten) is a stem, "zorgt" is not

    def norm(s: str) -> str:
        for a, b in (("aa", "a"), ("ee", "e"), ("oo", "o"), ("uu", "u")):
            s = s.replace(a, b)
        return s

    stem = norm(lem[:-2])
    w = norm(tok.lower)
    variants = {stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    variants |= {v[:-1] + {"z": "s", "v": "f"}.get(v[-1], v[-1]) for v in list(variants) if v}
    return w in variants


_NOT_STEMS = {
    "graag", "niet", "geen", "meer", "minder", "wat", "dat", "dit", "die", "het", "een", "de", "zou",
    "zo", "dan", "als", "ook", "nog", "weer", "steeds", "altijd", "nooit", "goed", "heel", "echt",
}


@lru_cache(maxsize=8192)
def _known_verb(word: str) -> bool:
    """Is ``word`` an infinitive the dictionary knows as such?"""
    return is_known(word) and lemma(word) in {word, word[:-2], word[:-3]}


def is_participle(tok: Token) -> bool:
    """ "gezien", "opgeschreven": a past participle (lemma without the ge-)."""
    low, lem = tok.lower, tok.lemma
    if lem == low:
        return False
    i = low.find("ge")
    if not 0 <= i <= 3 or lem.startswith(low[: i + 2]):
        return False
    # the stem after "ge" opens like the lemma ("opgeschreven" - "(op)schrijven", "gedaan" -
    # "doen"); "dagen" - "dag" has a "ge" inside the noun, no prefix; "(op)gegeten" - "eten"
    # doubles the g
    stem = lem[i:] if lem.startswith(low[:i]) else lem
    return low[i + 2 : i + 3] == stem[:1] or low.endswith("gegeten")


# Plural subject pronouns and sentence openers after which Dutch puts the finite
# verb (verb second): "Ze staan ...", "Er lopen ...", "Dan hoeven ze ...".
_PLURAL_SUBJECTS = {"ze", "zij", "we", "wij", "jullie"}
_V2_OPENERS = _PLURAL_SUBJECTS | {"er", "dan", "daar", "hier", "nu", "zo", "anders", "daarom", "daardoor"}


def has_finite_verb(words: list[Token]) -> bool:
    """A finite verb somewhere: "heeft", "beslaat", or a plural "(de buren) slapen".
    A plural in -en next to a plural subject or in second position after an
    opener counts too, also when the dictionary lemmatises it wrongly ("hoeven"
    -> "hoeve", "lopen" -> "loop") or leaves it as is ("staan")."""
    def plural_v2(i: int, w: Token) -> bool:
        if not w.lower.endswith("en") and not w.lower.endswith(("aan", "oen", "ien")):
            return False
        if len(w.lower) < 4 or w.lower in C.PREPOSITIONS:
            return False
        after_opener = i == 1 and words[0].lower in _V2_OPENERS
        before_subject = i + 1 < len(words) and words[i + 1].lower in _PLURAL_SUBJECTS and i > 0
        return after_opener or before_subject

    return any(
        w.lower in C.FINITE_FORMS
        or (w.lemma != w.lower and w.lemma.endswith(("en", "aan", "oen", "ien", "ijn")) and not is_participle(w))
        or (i > 0 and w.lemma == w.lower and w.lower.endswith("en") and len(w.lower) > 4 and w.lower not in C.PREPOSITIONS)
        or plural_v2(i, w)
        for i, w in enumerate(words)
    )


# "-ste" forms that are no superlative of quality: order in time, or a quantifier ("de meeste")
_NOT_SUPERLATIVE = {"eerste", "laatste", "meeste", "minste", "volgende"}


def is_superlative(tok: Token) -> bool:
    """ "beste", "geduldigste", "slimste": a superlative adjective (its lemma is the positive)."""
    low = tok.lower
    return low in {"beste", "allerbeste", "liefste"} or low.endswith("ste") and low not in _NOT_SUPERLATIVE \
        and len(low) > 5 and low[:-3] == tok.lemma


def is_comparative(tok: Token) -> bool:
    """ "geduldiger", "punctueler", "klantvriendelijker": a comparative adjective."""
    low = tok.lower
    if not low.endswith(("er", "ere")) or len(low) < 5 or low in C.NOT_QUALITY_COMPARATIVES:
        return False
    base = low[:-1] if low.endswith("ere") else low
    base = base[:-2]
    if tok.lemma != low:
        # the lemma is the positive form: "zachter" -> "zacht", "actiever" -> "actief"
        lem = tok.lemma
        return not lem.endswith("en") and (base.startswith(lem[:-2]) or lem.startswith(base[:-1])) and lem != base + "en"
    if low in C.PREPOSITIONS or is_known(low):
        return False  # "zonder", "onder": a known word that is not a comparative
    # unknown to the dictionary: "punctueler" -> "punctueel"
    for cand in (base, base[:-1] + base[-1:] if base else base, base[:-1] + base[-2:]):
        if cand and cand != low and (len(cand) > 3) and is_known(cand):
            return True
    if len(base) > 3 and base[-1] not in "aeiou" and base[-2] in "aeiou" and is_known(base[:-1] + base[-2] + base[-1]):
        return True  # "punctuel" -> "punctueel" (vowel doubled again)
    return False


def has_head(tok: Token, noun: str) -> bool:
    """Is ``noun`` the word or the head of the compound ``tok``? Dutch compounds
    carry their head last ("huisregels" is a kind of "regel", "werkafspraken"
    of "afspraak"), also when the dictionary does not know the compound."""
    if tok.lemma == noun:
        return True
    low = tok.lower
    for k in range(3, len(low) - len(noun) + 1):
        if low[k:].startswith(noun):
            return lemma(low[k:]) == noun
    return False

