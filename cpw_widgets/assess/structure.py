"""Request-level structure: which clauses ask, direct or suggest, and which
carry the wanted behaviour (:class:`RequestDoc`). Every criterion reads the
text through this one analysis.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import cues as C
from .nl import Clause, Sentence, Token
from .tokens import find_phrase, first_words, is_participle, is_verb_stem, matches, phrase_hits, word_tokens


def is_rhetorical(sentence: Sentence) -> bool:
    """A question that reproaches instead of asking ("Waarom doe je nooit ...?")."""
    words = word_tokens(sentence.tokens)
    if any(find_phrase(words[:4], ph) == 0 for ph in C.RHETORICAL):
        return True
    # "Hoe moeilijk kan het zijn?", "Is het nou echt zo moeilijk om ...?": asks
    # nothing, it reproaches
    return any(
        w.lower in C.DIFFICULTY_WORDS and k > 0 and words[k - 1].lower in {"hoe", "zo"}
        and {"het", "dat"} & {x.lower for x in words[:k]}
        for k, w in enumerate(words[:8])
    )


def _is_question_clause(clause: Clause, sentence: Sentence) -> bool:
    """A clause that asks the other: "Wil je ...", "Lukt het ...", "Wat vind je ervan ..."."""
    words = first_words(clause)
    if not words or clause.kind not in {"main", "reason"}:
        return False
    if _is_suggestion(clause, sentence) or is_rhetorical(sentence):
        return False  # "Misschien kun je ...": a suggestion in statement order
    first = words[0]
    nxt = [w.lower for w in words[1:4]]
    if first.lemma in C.QUESTION_VERBS:
        if set(nxt[:2]) & (C.ADDRESSEE | {"we", "wij", "het"}):
            return True
        if first.lemma == "mogen" and nxt[:1] == ["ik"]:
            return True  # "Mag ik je vragen ..."
    if first.lower in C.WH_WORDS:
        verbs = {w.lemma for w in words[1:3]}
        addressed = bool(set(nxt) & (C.ADDRESSEE | {"we", "wij"}))
        if addressed and (verbs & {"vinden", "denken", "zullen", "kunnen", "willen", "mogen", "lukken"} or sentence.question_mark):
            return True
    if sentence.question_mark and first.lower not in C.ADDRESSEE | {"ik", "waarom"}:
        # other questions to the other with "?": "Vergeet je niet ...?", "Zet je ...?"
        return bool(set(nxt[:2]) & C.ADDRESSEE) and not first.lower in C.WH_WORDS
    return False


def _is_suggestion(clause: Clause, sentence: Sentence) -> bool:
    """ "Misschien kun je ...": the wanted behaviour as a suggestion, not a question."""
    raw = word_tokens(clause.tokens)
    return (
        len(raw) > 2 and raw[0].lower == "misschien" and not sentence.question_mark
        and raw[1].lemma in C.QUESTION_VERBS and raw[2].lower in C.ADDRESSEE
    )


def _is_imperative_clause(clause: Clause, sentence: Sentence) -> bool:
    words = first_words(clause)
    if not words or clause.kind != "main" or sentence.question_mark:
        return False
    first = words[0]
    if first.lower in C.PRAISE_WORDS | C.JUDGING_FRAME_ADJECTIVES:
        return False  # "Fijn dat je er bent.": an adjective opening an exclamation
    if first.lower in C.BLAME_LABELS:
        return False  # ", sukkel.": a name called, not the verb "sukkelen"
    if len(words) > 1 and words[1].lower in {"ik", "hij", "zij", "we", "wij"}:
        return False  # inversion, not an imperative: ", denk ik", "Vind ik ook"
    # a finite verb just after the first word means that word is a subject or a
    # time, not an imperative verb: "Woensdag wordt het afval opgehaald",
    # "Mevrouw Jansen loopt met een rollator"
    for w in words[1:4]:
        if w.lower in C.FINITE_FORMS or (
            w.lower.endswith("t") and len(w.lower) > 3 and w.lemma != w.lower and w.lemma.endswith("en") and not is_participle(w)
        ):
            return False
    return is_verb_stem(first) and first.lower not in {"ben", "heb", "wil", "kan", "kun", "zal", "mag", "moet"}


def _is_directive(tokens: list[Token]) -> bool:
    words = word_tokens(tokens)
    if any(matches(w, C.DIRECTIVE_WORDS) for w in words):
        return True
    return bool(phrase_hits(words, C.DIRECTIVE_PHRASES))


def _is_infinitive_order(sentence: Sentence) -> bool:
    """ "Niet meer rennen in de gang." : no subject, a verb infinitive -> a directive."""
    words = word_tokens(sentence.tokens)
    if not words or any(w.lower in C.SUBJECT_PRONOUNS for w in words):
        return False
    if words[0].lower in {"dat", "dit", "zo", "dan", "er", "daar", "daardoor", "anders"}:
        return False  # "Dat scheelt veel losse vragen": a statement, not a wish
    return any(w.lower.endswith("en") and len(w.lower) > 4 and not is_participle(w) for w in words)


def _opens_new_statement(clause: Clause) -> bool:
    """Does a comma clause start a sentence of its own (a subject, or a verb first)?"""
    words = first_words(clause)
    if not words:
        return False
    first = words[0]
    return first.lower in C.SUBJECT_PRONOUNS | {"dat", "dit", "er", "daar", "ik"} or first.lemma in C.QUESTION_VERBS


@dataclass
class RequestDoc:
    """A text with its sentences and the roles of its clauses: which ask
    (``questions``), which direct (``commands``) and which carry the wanted
    behaviour (``request_clauses``)."""

    text: str
    sentences: list[Sentence]

    def __post_init__(self):
        self.request_clauses: list[Clause] = []   # clauses that carry the wanted behaviour
        self.questions: list[Clause] = []
        self.commands: list[Clause] = []
        for s in self.sentences:
            s_directive = _is_directive(s.tokens)
            carriers: list[Clause] = []
            for c in s.clauses:
                if c.kind != "main":
                    continue
                if _is_question_clause(c, s):
                    self.questions.append(c)
                    carriers.append(c)
                elif _is_imperative_clause(c, s) or _is_directive(c.tokens) or _is_suggestion(c, s):
                    self.commands.append(c)
                    carriers.append(c)
            if carriers and all(all(matches(w, C.DIRECTIVE_WORDS) for w in word_tokens(c.tokens)) for c in carriers):
                # "Minder klagen tijdens de pauze, graag.": the politeness word stands
                # alone, the wish is the rest of the sentence
                carriers = [c for c in s.clauses if c.kind == "main"]
            if not carriers and s_directive:
                carriers = [c for c in s.clauses if c.kind == "main"][:1]
                self.commands.extend(carriers)
            if not carriers and _is_infinitive_order(s) and not is_rhetorical(s) and not self._asks_elsewhere(s):
                carriers = [c for c in s.clauses if c.kind == "main"][:1]
                self.commands.extend(carriers)
            # the complement after a carrier ("Ik wil dat je ...", "zorg dat ...") and
            # after "zeggen/vragen" in a rhetorical question is the wanted behaviour too
            in_scope = False
            for c in s.clauses:
                if c in carriers:
                    in_scope = True
                    self.request_clauses.append(c)
                elif c.kind == "complement" and (in_scope or is_rhetorical(s)):
                    self.request_clauses.append(c)
                elif c.kind == "main" and in_scope and not _opens_new_statement(c):
                    # a list continues the wish: "..., wat vaker meedenken en ..."
                    self.request_clauses.append(c)
                elif c.kind in {"main", "reason", "condition", "relative"}:
                    in_scope = False  # a complement after "want dat ..." is not the wish

    def _asks_elsewhere(self, sentence: Sentence) -> bool:
        """Does another sentence ask or direct? Then a verbless or infinitive
        sentence ("Nog steeds geen verslag gezien.") is a remark, not the wish."""
        for s in self.sentences:
            if s is sentence:
                continue
            for c in s.clauses:
                if c.kind == "main" and (_is_question_clause(c, s) or _is_imperative_clause(c, s) or _is_directive(c.tokens)):
                    return True
        return False

    @property
    def has_request(self) -> bool:
        return bool(self.request_clauses)

    def all_clauses(self, kinds=None) -> list[Clause]:
        return [c for s in self.sentences for c in s.clauses if kinds is None or c.kind in kinds]


_WISH_FRAME = {
    "ik", "zou", "wil", "willen", "graag", "het", "fijn", "prettig", "vinden", "vind", "dat", "als",
    "helpen", "helpt", "schelen", "waarderen", "je", "jij", "u", "jullie", "heel", "erg", "echt",
}


def _without_question_opener(words: list[Token]) -> list[Token]:
    """Drop "Zou je", "Wil je", "Wat vind je" before the behaviour."""
    if len(words) > 2 and (words[0].lemma in C.QUESTION_VERBS or words[0].lower in C.WH_WORDS):
        return words[2:]
    return words


def request_core(clause: Clause, doc: RequestDoc) -> list[Token]:
    """The behaviour part of a request clause: drop "Zou je ... willen" openers,
    and for "Ik zou graag willen dat ..." use the behaviour in the complement."""
    words = first_words(clause)
    later = doc.request_clauses[doc.request_clauses.index(clause) + 1 :] if clause in doc.request_clauses else []
    opener = words and (words[0].lower in {"ik", "het"} and len(words) <= 6 or len(words) <= 2)
    if opener and later and later[0].kind == "complement":
        # "Ik zou graag willen dat ...", "Zorg dat ...": the behaviour is in the complement
        words = first_words(later[0])
    words = _without_question_opener(words)
    while len(words) > 1 and words[0].lower in _WISH_FRAME:
        words = words[1:]
    if len(words) <= 1 or all(w.lower in _WISH_FRAME for w in words):
        # the clause split left only "je" or "Doe" ("Wil je als je klaar bent ...
        # de laptop terugleggen", "Doe die pet af"): the behaviour is in the rest
        # of the sentence
        sentence = next((s for s in doc.sentences if clause in s.clauses), None)
        if sentence is not None:
            rest = _without_question_opener(first_words(Clause(sentence.tokens)))
            if len(rest) > len(words):
                return rest
    return words
