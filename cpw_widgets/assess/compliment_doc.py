"""A compliment text read once, and the small readers every compliment rule shares.

:class:`ComplimentDoc` holds the sentences and clauses (nl.py) and the content
lemmas of the case the compliment reacts to; the helpers test words against the
cue lists of data/compliment_cues.yaml and quote the learner's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from . import cues
from .nl import Clause, Sentence, Token, analyse, quote
from .tokens import find_phrase, word_tokens

CC = SimpleNamespace(**cues.load(Path(__file__).parent / "data" / "compliment_cues.yaml"))

# Words that carry no content of their own (for "is something named?").
FUNCTION = (CC.PRAISE | CC.VAGUE_DOING | CC.YOU | CC.YOUR | {
    "de", "het", "een", "en", "of", "om", "te", "in", "op", "aan", "met", "voor", "bij", "naar", "van", "al", "ook",
    "nog", "er", "daar", "hier", "die", "dit", "deze", "wat", "hoe", "dat", "zijn", "hebben", "worden", "zullen",
    "kunnen", "ben", "bent", "heb", "hebt", "heeft", "had", "was", "wordt", "hem", "haar", "zij", "ze", "hij", "we",
    "wij", "mij", "me", "mijn", "jou", "zo", "zeer", "veel", "ja", "nee", "niet", "geen", "eens", "even", "toch",
    "vinden", "vind", "vond", "echt", "heel", "erg", "mooi", "om", "te", "zien", "horen", "merken", "gewoon", "maar",
})
BE = {"zijn", "ben", "bent", "is", "was", "waren", "wezen"}


@dataclass
class ComplimentDoc:
    """A compliment text read once: sentences, clauses, and the content lemmas
    of the case it reacts to (empty without a case)."""

    text: str
    sentences: list[Sentence]
    case_lemmas: frozenset[str] = frozenset()
    words: list[Token] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = [w for s in self.sentences for w in word_tokens(s.tokens)]

    def clauses(self) -> list[Clause]:
        return [c for s in self.sentences for c in s.clauses]


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


def around(doc: ComplimentDoc, hit: list[Token], before: int = 3, after: int = 4) -> list[Token]:
    """``hit`` with a few neighbouring words, so a quote reads as the learner's phrase."""
    i = next((k for k, w in enumerate(doc.words) if w is hit[0]), 0)
    return doc.words[max(0, i - before) : i + len(hit) + after]


def quote_of(doc: ComplimentDoc, tokens: list[Token], n: int = 10) -> str:
    return quote(doc.text, tokens, n)
