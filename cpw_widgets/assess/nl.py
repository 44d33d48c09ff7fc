"""Dutch text handling for the assessors: tokens with lemmas, sentences, clauses.

Pure Python on top of simplemma (which runs under Pyodide). The analysis is
deliberately shallow: it finds the boundaries the criteria need (sentences,
commas, subordinating conjunctions) so that a cue can be judged by the clause it
stands in, e.g. a "niet" inside an ``als`` clause is a condition, not a
negative request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .cues import (
    COMPLEMENT_AFTER,
    CONDITION_OPENERS,
    REASON_OPENERS,
    RELATIVE_OPENERS,
    FINITE_FORMS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
)

_simplemma = None


def _lib():
    """Import simplemma lazily, once: the import and the Dutch dictionary cost
    time, and callers that only validate input never need them.

    Every call passes ``low_memory=True``: simplemma then keeps the Dutch
    dictionary as its compact sorted stream (about 5 MB) instead of a dict of
    370,000 entries (40 MB, 70 MB while it is built). The lemmas are the same;
    in the browser the built stream sits in the memory snapshot, so a page
    neither builds nor holds the large dict."""
    global _simplemma
    if _simplemma is None:
        import simplemma

        _simplemma = simplemma
    return _simplemma


@lru_cache(maxsize=8192)
def lemma(word: str) -> str:
    """Lower-case Dutch lemma of one token (cached: texts repeat words)."""
    if not word[:1].isalpha():
        return word
    try:
        # simplemma marks some separable verbs with "_" ("op_geven"): join them
        return _lib().lemmatize(word, lang="nl", low_memory=True).lower().replace("_", "")
    except Exception:  # unknown odd input: the word itself is the best guess
        return word


@lru_cache(maxsize=8192)
def is_known(word: str) -> bool:
    """Does the Dutch dictionary know ``word`` as it is spelt? (cached)"""
    try:
        return bool(_lib().is_known(word, lang="nl", low_memory=True))
    except Exception:
        return False


def dutch_ratio(text: str) -> float:
    """Share of word tokens simplemma recognises as Dutch (0..1)."""
    return float(_lib().in_target_language(text, lang="nl", low_memory=True))


@dataclass(frozen=True)
class Token:
    text: str
    lower: str
    lemma: str
    start: int
    end: int

    @cached_property  # asked millions of times over a corpus; a token never changes
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass
class Clause:
    """A stretch of a sentence between boundaries.

    ``kind`` is one of: ``main``, ``condition`` (als, wanneer, zolang ...),
    ``reason`` (omdat, zodat, want, or a result clause "dan ...", "zo ..."),
    ``relative`` (die, waar ...) and ``complement`` (dat/of after a verb, or an
    ``als`` clause after "ik zou het fijn vinden": it carries the request).
    """

    tokens: list[Token]
    kind: str = "main"
    opener: str = ""

    @property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.is_word]

    def lemmas(self) -> set[str]:
        return {t.lemma for t in self.tokens} | {t.lower for t in self.tokens}


@dataclass
class Sentence:
    tokens: list[Token]
    clauses: list[Clause] = field(default_factory=list)
    question_mark: bool = False


_SENTENCE_END = {".", "!", "?", ";"}
_CLAUSE_BREAK = {",", ":", "(", ")", "-", "–", "—"}
# Closed-class words a shortened quote should not end on.
_DANGLING = PREPOSITIONS | {
    "de", "het", "een", "dat", "die", "dit", "deze", "en", "of", "maar", "als", "te", "jouw",
    "mijn", "onze", "hun", "niet", "geen", "zo",
    "zodat", "omdat", "want",
}
# Where a quote may end inside a run of non-space characters: punctuation that
# ends a sentence or clause, brackets and quotation marks (the feedback puts
# its own quotation marks around a quote).
_QUOTE_EDGE = _SENTENCE_END | _CLAUSE_BREAK | set("…\"“”„‘’«»")


def tokenize(text: str) -> list[Token]:
    """simplemma's tokenizer, plus character offsets (so feedback can quote the
    learner's exact words) and the clitic "'s" (as in 's ochtends) kept whole."""
    raw = list(_lib().simple_tokenizer(text))
    tokens: list[Token] = []
    pos = 0
    i = 0
    while i < len(raw):
        piece = raw[i]
        if piece in {"'", "’"} and i + 1 < len(raw) and raw[i + 1].lower() == "s":
            start = text.find(piece, pos)
            end = text.find(raw[i + 1], start + 1) + 1
            piece_text = text[start:end]
            tokens.append(Token(piece_text, "'s", "'s", start, end))
            pos = end
            i += 2
            continue
        start = text.find(piece, pos)
        if start < 0:  # tokenizer normalised something: fall back to cursor
            start = pos
        end = start + len(piece)
        low = piece.lower()
        tokens.append(Token(piece, low, lemma(low), start, end))
        pos = end
        i += 1
    return tokens


def split_sentences(tokens: list[Token]) -> list[Sentence]:
    sentences: list[Sentence] = []
    current: list[Token] = []
    for tok in tokens:
        if tok.text in _SENTENCE_END or tok.text in {"?!", "!?", "...", "…"}:
            if current:
                sentences.append(Sentence(current, question_mark="?" in tok.text))
            current = []
        else:
            current.append(tok)
    if current:
        sentences.append(Sentence(current))
    for s in sentences:
        s.clauses = split_clauses(s.tokens)
    return sentences


def _starts_finite_verb(tokens: list[Token], i: int) -> bool:
    """Rough test that tokens[i] is a verb (lemma is an infinitive and differs
    from the word, or the word is itself an infinitive of a known verb)."""
    if i >= len(tokens):
        return False
    tok = tokens[i]
    if not tok.is_word or tok.lower in SUBJECT_PRONOUNS:
        return False
    if tok.lower in FINITE_FORMS:
        return True
    # "beslaat" -> "beslaan", "gaat" -> "gaan": infinitives end in -en or -n
    return tok.lemma.endswith("en") or (tok.lemma != tok.lower and tok.lemma.endswith(("aan", "oen", "ien", "ijn")))


def split_clauses(tokens: list[Token]) -> list[Clause]:
    """Split a sentence at punctuation and at subordinating conjunctions."""
    clauses: list[Clause] = []
    current: list[Token] = []
    kind, opener = "main", ""

    def close():
        if current:
            clauses.append(Clause(list(current), kind, opener))

    for i, tok in enumerate(tokens):
        low = tok.lower
        after_break = not current or (i > 0 and tokens[i - 1].text in _CLAUSE_BREAK)
        new_kind = None
        if tok.text in _CLAUSE_BREAK:
            close()
            current, kind, opener = [], "main", ""
            continue
        if low in REASON_OPENERS:
            new_kind = "reason"
        elif low in CONDITION_OPENERS:
            # "ook als", "zelfs als" stay conditions; "als eerste" is not a clause
            nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if low == "als" and nxt in {"eerste", "laatste", "enige", "volgt"}:
                new_kind = None
            else:
                new_kind = "condition"
                prev_words = {t.lemma for t in current} | {t.lower for t in current}
                if low in {"als", "wanneer"} and prev_words & COMPLEMENT_AFTER:
                    new_kind = "complement"
        elif (
            low in RELATIVE_OPENERS and current and not after_break
            and current[-1].lower not in SUBJECT_PRONOUNS | PREPOSITIONS
        ):
            # ("met die opmerkingen": after a preposition "die" is a demonstrative)
            # ("kun je die opruimen": after a pronoun "die" is an object, not a clause)
            new_kind = "relative"
        elif low in {"dat", "of"} and current and not after_break and (
            current[-1].lower not in PREPOSITIONS or "er" in {t.lower for t in current[:-1]}
        ):
            # after a preposition "dat" is a demonstrative ("van dat boek"), unless
            # an earlier "er" pairs with it: "Ik word er moe van dat ..." (er ... van)
            new_kind = "complement"
        elif after_break and low in {"dan", "zo", "anders", "daardoor", "daarmee", "hierdoor", "zodoende"}:
            # result clause: "..., dan kan ik plannen" / "Zo houden we overzicht"
            if low in {"daardoor", "daarmee", "hierdoor", "zodoende"} or _starts_finite_verb(tokens, i + 1):
                new_kind = "reason"
        elif after_break and low in {"dat", "dit", "het"} and _starts_finite_verb(tokens, i + 1):
            # "..., dat scheelt veel werk": demonstrative subject, a new main clause
            new_kind = "main"
        if new_kind is not None:
            close()
            current, kind, opener = [], new_kind, low
        current.append(tok)
    close()
    return clauses


def analyse(text: str) -> list[Sentence]:
    return split_sentences(tokenize(text))


def quote(text: str, tokens: list[Token], max_words: int = 9) -> str:
    """The learner's own words for ``tokens`` (trimmed to ``max_words``)."""
    words = [t for t in tokens if t.text not in _SENTENCE_END]
    while words and words[-1].text in _CLAUSE_BREAK:
        words.pop()
    if not words:
        return ""
    # one or two words over the limit are kept: "... meer tijd dan wij" reads better whole
    cut = words if len(words) <= max_words + 2 else words[:max_words]
    if len(cut) < len(words):
        # A shortened quote ends on a content word, not on "de", "en" or "naar",
        # so it reads as the learner's phrase rather than a cut-off.
        while len(cut) > 1 and (cut[-1].text.lower() in _DANGLING or cut[-1].text in _CLAUSE_BREAK):
            cut.pop()
    start, end = cut[0].start, cut[-1].end
    # The tokenizer splits "<b>voortaan</b>" into "<", "b", ">", ...: a quote
    # that began at "b" lost the learner's "<". Widen it to the characters glued
    # to it, up to a space or a sentence/clause mark, so it is their text exactly.
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _QUOTE_EDGE:
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in _QUOTE_EDGE:
        end += 1
    return text[start:end].strip()
