"""A compliment text read once, and the small readers every compliment rule shares.

:class:`ComplimentDoc` holds the sentences and clauses (nl.py) and the content
lemmas of the case the compliment reacts to; the helpers test words against the
cue lists of data/compliment_cues.yaml and quote the learner's own words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from types import SimpleNamespace

from . import cues
from .nl import Clause, Sentence, Token, analyse, quote
from .tokens import find_phrase, has_finite_verb, word_tokens

CC = SimpleNamespace(**cues.load(Path(__file__).parent / "data" / "compliment_cues.yaml"))
CC.PRAISE = CC.PRAISE | CC.ENGLISH_PRAISE  # English praise is praise too (see the cue file)

# Words that carry no content of their own (for "is something named?").
FUNCTION = (CC.PRAISE | CC.VAGUE_DOING | CC.YOU | CC.YOUR | {
    "de", "het", "een", "en", "of", "om", "te", "in", "op", "aan", "met", "voor", "bij", "naar", "van", "al", "ook",
    "nog", "er", "daar", "hier", "die", "dit", "deze", "wat", "hoe", "dat", "zijn", "hebben", "worden", "zullen",
    "kunnen", "ben", "bent", "heb", "hebt", "heeft", "had", "was", "wordt", "hem", "haar", "zij", "ze", "hij", "we",
    "wij", "mij", "me", "mijn", "jou", "zo", "zeer", "veel", "ja", "nee", "niet", "geen", "eens", "even", "toch",
    "vinden", "vind", "vond", "echt", "heel", "erg", "mooi", "om", "te", "zien", "horen", "merken", "gewoon", "maar",
})
BE = {"zijn", "ben", "bent", "is", "was", "waren", "wezen"}
# Marks that end a phrase to quote when they come after it.
_AFTER_MARKS = frozenset(";.!?")


@dataclass
class ComplimentDoc:
    """A compliment text read once: sentences, clauses, and the content lemmas
    of the case it reacts to (empty without a case)."""

    text: str
    sentences: list[Sentence]
    case_lemmas: frozenset[str] = frozenset()
    words: list[Token] = field(default_factory=list)
    # what the finders found in this text, by finder (see per_doc)
    memo: dict[str, list[Token]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.words = [w for s in self.sentences for w in word_tokens(s.tokens)]

    def clauses(self) -> list[Clause]:
        return [c for s in self.sentences for c in s.clauses]


def per_doc(finder: Callable[[ComplimentDoc], list[Token]]) -> Callable[[ComplimentDoc], list[Token]]:
    """Run ``finder`` once per text: the criteria, the learned decision's features
    and the action finder's stop at a reservation all ask the same finders."""
    @wraps(finder)
    def once(doc: ComplimentDoc) -> list[Token]:
        key = finder.__qualname__
        if key not in doc.memo:
            doc.memo[key] = finder(doc)
        return doc.memo[key]
    return once


@lru_cache(maxsize=64)
def _case_lemmas(case: str) -> frozenset[str]:
    # capitalised words are left out: names ("top anouk" names no act of the case)
    return frozenset(w.lemma for s in analyse(case) for w in word_tokens(s.tokens)
                     if w.lemma not in FUNCTION and len(w.lemma) > 2 and not w.text[:1].isupper())


def read(text: str, case: str | None = None) -> ComplimentDoc:
    return ComplimentDoc(text, analyse(text), _case_lemmas(case) if isinstance(case, str) and case.strip() else frozenset())


def in_vocab(w: Token, vocab) -> bool:
    return w.lower in vocab or w.lemma in vocab


def content_words(words: list[Token]) -> list[Token]:
    return [w for w in words if not in_vocab(w, FUNCTION) and not in_vocab(w, CC.TRAITS) and len(w.lower) > 1]


def phrase_hit(words: list[Token], phrases) -> list[Token]:
    present = {w.lower for w in words} | {w.lemma for w in words}
    for ph in phrases:
        if ph[0] not in present:
            continue  # cheap test first: phrase matching is the costly part
        i = find_phrase(words, ph)
        if i >= 0:
            return words[i : i + len(ph)]
    return []


def _break_between(doc: ComplimentDoc, a: Token, b: Token, marks=frozenset(",:;.!?()–—")) -> bool:
    """Is there a comma, colon, dash or sentence end (``marks``) between words ``a`` and ``b``?"""
    return any(ch in marks for ch in doc.text[a.end : b.start])


def around(doc: ComplimentDoc, hit: list[Token], before: int = 3, after: int = 4) -> list[Token]:
    """``hit`` with a few neighbouring words of its own clause, so a quote reads as
    the learner's phrase (not "opzette, dat had ..." or "gebeld, maar ...")."""
    i = next((k for k, w in enumerate(doc.words) if w is hit[0]), 0)
    start, end = i, i + len(hit)
    while start > max(0, i - before) and not _break_between(doc, doc.words[start - 1], doc.words[start]):
        start -= 1
    # after the hit only a sentence end stops it: what follows a comma or colon often
    # completes the phrase ("Tip: maak er ...", "goeie stap, die ene keer in het overleg")
    while end < min(len(doc.words), i + len(hit) + after) \
            and not _break_between(doc, doc.words[end - 1], doc.words[end], _AFTER_MARKS):
        end += 1
    return doc.words[start:end]


# After a comma these words start a clause of their own: a comment, a contrast, a sting.
# ("ook" only as "ook al": "..., ook toen hij afzei" goes on telling what was done)
_NEW_CLAUSE = {"maar", "al", "alleen", "eindelijk", "hoewel", "terwijl", "want", "toch", "jammer", "helaas",
               "anders", "eerlijk", "nou", "dan"}


def own_clause(doc: ComplimentDoc, tokens: list[Token]) -> list[Token]:
    """``tokens`` up to a comma after which a new clause starts ("je het rooster
    opzette, dat had de vorige nooit ..."): the quote of what was done or what it
    brought stays clear of a comment or sting after it. A list ("de ouders, de
    leerlingen en ...") and a phrase the next clause takes up ("Die koffie, dat
    ...") are kept whole; a pronoun and its verb after the comma start a clause of
    their own ("je ging naast hem zitten, hij stelde daarna ...")."""
    for k in range(2, len(tokens)):
        a, b = tokens[k - 1], tokens[k]
        if not (a.is_word and b.is_word and _break_between(doc, a, b)):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None:  # "je koos werkplezier als onderwerp, en": the span stopped at its next clause
            return tokens[:k] if b.lower in _NEW_CLAUSE | {"en", "of", "dus", "ook"} else tokens
        if not has_finite_verb([w for w in tokens[:k] if w.is_word]):
            continue  # "Die koffie, dat heb jij goed gedaan": the clause resumes what came before
        opens = b.lower in _NEW_CLAUSE or (b.lower, nxt.lower) == ("ook", "al") \
            or b.lower in {"dat", "dit", "het", "die", "wat", "hij", "zij", "ze", "iedereen", "niemand"} and has_finite_verb([nxt])
        if opens:
            return tokens[:k]
    return tokens


def quote_of(doc: ComplimentDoc, tokens: list[Token], n: int = 10) -> str:
    return quote(doc.text, tokens, n)
