"""assess_request: does a text work as a progress request (progressieverzoek)?

Five criteria, after CPW's description of progress-focused feedback: name the
wanted behaviour positively and concretely, say why it matters, and ask it as a
question, without reproach. The text is split into sentences and clauses
(nl.py); each criterion looks for its cues (cues.py) only in the clauses where
they mean what the criterion is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import cues as C
from . import feedback as fb
from .inputs import check_input
from .models import Assessment, CriterionResult
from .nl import Clause, Sentence, Token, analyse, quote

_LEADING_FILLERS = {"en", "maar", "misschien", "dus", "oké", "ok", "hé", "hoi", "nu"}


# --- small token helpers ----------------------------------------------------

def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.is_word]


def _match(tok: Token, vocab) -> bool:
    return tok.lower in vocab or tok.lemma in vocab


def _find_phrase(tokens: list[Token], phrase: tuple[str, ...]) -> int:
    """Index of the first token of ``phrase`` (consecutive, on word or lemma), or -1."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if all(tokens[i + k].lower == w or tokens[i + k].lemma == w for k, w in enumerate(phrase)):
            return i
    return -1


def _phrase_hits(tokens: list[Token], phrases) -> list[list[Token]]:
    hits = []
    for ph in phrases:
        i = _find_phrase(tokens, ph)
        if i >= 0:
            hits.append(tokens[i : i + len(ph)])
    return hits


def _first_words(clause: Clause) -> list[Token]:
    words = _words(clause.tokens)
    while words and words[0].lower in _LEADING_FILLERS and len(words) > 1:
        words = words[1:]
    return words


def _is_verb_stem(tok: Token) -> bool:
    """Is ``tok`` the bare stem of its verb (an imperative: "zet", "doe", "probeer")?"""
    lem = tok.lemma
    if tok.lower in {"wees", "doe", "ga", "sta", "zie", "kom", "hou", "houd", "let", "zorg"}:
        return True
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


# --- clause roles -----------------------------------------------------------

def _is_rhetorical(sentence: Sentence) -> bool:
    words = _words(sentence.tokens)
    return any(_find_phrase(words[:4], ph) == 0 for ph in C.RHETORICAL)


def _is_question_clause(clause: Clause, sentence: Sentence) -> bool:
    """A clause that asks the other: "Wil je ...", "Lukt het ...", "Wat vind je ervan ..."."""
    words = _first_words(clause)
    if not words or clause.kind not in {"main", "reason"}:
        return False
    first = words[0]
    nxt = [w.lower for w in words[1:4]]
    if first.lemma in C.QUESTION_VERBS:
        if set(nxt[:2]) & (C.ADDRESSEE | {"we", "wij", "het"}):
            return True
        if first.lemma == "mogen" and nxt[:1] == ["ik"]:
            return True  # "Mag ik je vragen ..."
    if first.lower in C.WH_WORDS and not _is_rhetorical(sentence):
        verbs = {w.lemma for w in words[1:3]}
        addressed = bool(set(nxt) & (C.ADDRESSEE | {"we", "wij"}))
        if addressed and (verbs & {"vinden", "denken", "zullen", "kunnen", "willen", "mogen", "lukken"} or sentence.question_mark):
            return True
    if sentence.question_mark and not _is_rhetorical(sentence) and first.lower not in C.ADDRESSEE | {"ik", "waarom"}:
        # other questions to the other with "?": "Vergeet je niet ...?", "Zet je ...?"
        return bool(set(nxt[:2]) & C.ADDRESSEE) and not first.lower in C.WH_WORDS
    return False


def _is_imperative_clause(clause: Clause, sentence: Sentence) -> bool:
    words = _first_words(clause)
    if not words or clause.kind != "main" or sentence.question_mark:
        return False
    first = words[0]
    return _is_verb_stem(first) and first.lower not in {"ben", "heb", "wil", "kan", "kun", "zal", "mag", "moet"}


def _is_directive(tokens: list[Token]) -> bool:
    words = _words(tokens)
    if any(_match(w, C.DIRECTIVE_WORDS) for w in words):
        return True
    return bool(_phrase_hits(words, C.DIRECTIVE_PHRASES))


def _is_infinitive_order(sentence: Sentence) -> bool:
    """ "Niet meer rennen in de gang." : no subject, a verb infinitive -> a directive."""
    words = _words(sentence.tokens)
    if not words or any(w.lower in C.SUBJECT_PRONOUNS for w in words):
        return False
    if words[0].lower in {"dat", "dit", "zo", "dan", "er", "daar", "daardoor", "anders"}:
        return False  # "Dat scheelt veel losse vragen": a statement, not a wish
    return any(w.lower.endswith("en") and len(w.lower) > 4 and w.lemma != w.lower for w in words) or any(
        w.lower.endswith("en") and w.lemma == w.lower and len(w.lower) > 4 for w in words
    )


def _opens_new_statement(clause: Clause) -> bool:
    """Does a comma clause start a sentence of its own (a subject, or a verb first)?"""
    words = _first_words(clause)
    if not words:
        return False
    first = words[0]
    return first.lower in C.SUBJECT_PRONOUNS | {"dat", "dit", "er", "daar", "ik"} or first.lemma in C.QUESTION_VERBS


@dataclass
class _Doc:
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
                elif _is_imperative_clause(c, s) or _is_directive(c.tokens):
                    self.commands.append(c)
                    carriers.append(c)
            if carriers and all(all(_match(w, C.DIRECTIVE_WORDS) for w in _words(c.tokens)) for c in carriers):
                # "Minder klagen tijdens de pauze, graag.": the politeness word stands
                # alone, the wish is the rest of the sentence
                carriers = [c for c in s.clauses if c.kind == "main"]
            if not carriers and s_directive:
                carriers = [c for c in s.clauses if c.kind == "main"][:1]
                self.commands.extend(carriers)
            if not carriers and _is_infinitive_order(s) and not _is_rhetorical(s):
                carriers = [c for c in s.clauses if c.kind == "main"][:1]
                self.commands.extend(carriers)
            # the complement after a carrier ("Ik wil dat je ...", "zorg dat ...") and
            # after "zeggen/vragen" in a rhetorical question is the wanted behaviour too
            in_scope = False
            for c in s.clauses:
                if c in carriers:
                    in_scope = True
                    self.request_clauses.append(c)
                elif c.kind == "complement" and (in_scope or _is_rhetorical(s)):
                    self.request_clauses.append(c)
                elif c.kind == "main" and in_scope and not _opens_new_statement(c):
                    # a list continues the wish: "..., wat vaker meedenken en ..."
                    self.request_clauses.append(c)
                elif c.kind == "main":
                    in_scope = False

    @property
    def has_request(self) -> bool:
        return bool(self.request_clauses)

    def all_clauses(self, kinds=None) -> list[Clause]:
        return [c for s in self.sentences for c in s.clauses if kinds is None or c.kind in kinds]


# --- the five criteria --------------------------------------------------------

def _negative_cues(clause: Clause) -> tuple[list[Token], str]:
    """Tokens that make a clause a stop/avoid/reduce formulation, and which kind."""
    toks = clause.tokens
    words = _words(toks)
    lemmas = {w.lemma for w in words} | {w.lower for w in words}
    for i, w in enumerate(words):
        if w.lower in C.REDUCTIONS:
            return words[i:], "reduce"
        if w.lower in C.NEGATIONS:
            nxt = words[i + 1].lower if i + 1 < len(words) else ""
            if w.lower == "niet" and nxt in {"alleen", "enkel", "slechts"}:
                continue  # "niet alleen ... maar ook" adds, it does not negate
            return words[i:], "stop"
        # simplemma lemmatises the infinitive "stoppen" to the noun "stop": match both
        stop_family = w.lemma in {"stoppen", "stop"} or w.lower in {"stoppen", "stop"}
        if stop_family or _match(w, C.STOP_VERBS) or (w.lower in {"hou", "houd"} and "op" in lemmas):
            if stop_family and not ({"met", "ermee", "daarmee"} & lemmas or i == 0):
                continue  # "de was in de machine stoppen" is not a stop
            start = max(0, i - 1)
            return words[start:], "stop"
        if w.lemma == "laten" and i + 1 < len(words) and words[i + 1].lower == "om" and {"het", "dat"} & lemmas:
            return words[max(0, i - 2):], "stop"
    return [], ""


def _complaint_markers(tokens: list[Token]) -> list[Token]:
    words = _words(tokens)
    hits = [w for w in words if _match(w, C.GENERALISERS | C.BLAME_LABELS | C.IRRITATION | C.SARCASM)]
    return hits


def _check_positive(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["positive"]
    scope = doc.request_clauses or doc.all_clauses({"main", "complement"})
    for c in scope:
        hit, kind = _negative_cues(c)
        if hit:
            q = quote(doc.text, hit, 7)
            tpl = fb.POSITIVE_REDUCE if kind == "reduce" else fb.POSITIVE_STOP
            return CriterionResult(False, fb.fmt(tpl, q), label, (q,))
    if not doc.has_request:
        blame = _blame_hits(doc)
        if blame:
            q = quote(doc.text, doc.sentences[0].tokens, 9)
            return CriterionResult(False, fb.fmt(fb.POSITIVE_NONE, q), label, (q,))
    q = quote(doc.text, _request_core(scope[0]), 9) if scope else ""
    return CriterionResult(True, fb.fmt(fb.POSITIVE_OK, q), label, (q,) if q else ())


def _vague_hit(clause: Clause) -> list[Token]:
    words = _words(clause.tokens)
    for i, w in enumerate(words):
        if _match(w, C.VAGUE_WORDS):
            return words[max(0, i - 1) : i + 3]
    for ph in C.VAGUE_PHRASES:
        i = _find_phrase(words, ph)
        if i >= 0:
            return words[i : i + len(ph) + 1]
    lows = [w.lower for w in words]
    i = lows.index("goed") if "goed" in lows else -1
    if i > 0 and "het" in lows[max(0, i - 2) : i] and {"gaat", "gaan"} & set(lows[i:]):
        return words[i : i + 2]  # "zorgen dat het goed gaat" (not "vertellen wat er goed gaat")
    lemmas = [w.lemma for w in words]
    for a, b in C.VAGUE_LEMMA_PAIRS:
        if a in lemmas and b in lemmas:
            i, j = lemmas.index(a), lemmas.index(b)
            return words[min(i, j) : max(i, j) + 1]
    return []


def _check_concrete(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["concrete"]
    scope = doc.request_clauses or doc.all_clauses()
    for c in scope:
        hit = _vague_hit(c)
        if hit:
            q = quote(doc.text, hit, 6)
            return CriterionResult(False, fb.fmt(fb.CONCRETE_VAGUE, q), label, (q,))
    q = quote(doc.text, _request_core(scope[0]) if scope else [], 9)
    return CriterionResult(True, fb.fmt(fb.CONCRETE_OK, q), label, (q,) if q else ())


def _request_core(clause: Clause) -> list[Token]:
    """The behaviour part of a request clause: drop "Zou je ... willen" openers."""
    words = _first_words(clause)
    if len(words) > 2 and (words[0].lemma in C.QUESTION_VERBS or words[0].lower in C.WH_WORDS):
        words = words[2:]
    return words


def _is_benefit_clause(clause: Clause) -> bool:
    words = _first_words(clause)
    if len(words) < 2 or clause.kind != "main":
        return False
    lemmas = {w.lemma for w in words[1:]}
    if words[0].lower in {"dat", "dit"}:
        return bool(lemmas & (C.BENEFIT_VERBS | C.BENEFIT_ADJECTIVES))
    if words[0].lower == "het":
        return words[1].lemma in C.BENEFIT_VERBS
    # "Wij kunnen dan de facturen versturen": a consequence after the request
    return any(w.lower == "dan" for w in words[1:3]) and words[0].lower in C.SUBJECT_PRONOUNS


def _check_reason(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["reason"]
    blamed: list[Token] = []
    for s in doc.sentences:
        for c in s.clauses:
            is_reason = c.kind == "reason" or (c not in doc.request_clauses and _is_benefit_clause(c))
            if not is_reason or c in doc.questions:
                continue
            if _reason_blame(c):
                blamed = blamed or c.tokens
                continue
            q = quote(doc.text, c.tokens, 9)
            return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,))
    if blamed:
        q = quote(doc.text, blamed, 9)
        return CriterionResult(False, fb.fmt(fb.REASON_BLAME, q), label, (q,))
    core = _request_core(doc.request_clauses[0]) if doc.request_clauses else doc.sentences[0].tokens
    q = quote(doc.text, core, 9)
    return CriterionResult(False, fb.fmt(fb.REASON_MISSING, q), label, (q,))


def _check_invitation(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["invitation"]
    if doc.questions:
        words = _first_words(doc.questions[0])
        q = quote(doc.text, words, 4)
        return CriterionResult(True, fb.fmt(fb.INVITATION_OK, q), label, (q,))
    rhetorical = [s for s in doc.sentences if _is_rhetorical(s)]
    if rhetorical:
        q = quote(doc.text, rhetorical[0].tokens, 7)
        return CriterionResult(False, fb.fmt(fb.INVITATION_RHETORICAL, q), label, (q,))
    target = doc.commands[0].tokens if doc.commands else doc.sentences[0].tokens
    q = quote(doc.text, target, 7)
    return CriterionResult(False, fb.fmt(fb.INVITATION_COMMAND, q), label, (q,))


# --- no_blame ---------------------------------------------------------------

def _has_failure(words: list[Token]) -> bool:
    """A negation or a failure word ("vergeten", "te laat") in the clause."""
    for i, w in enumerate(words):
        if w.lower in C.NEGATIONS or (w.lemma == "vergeten" or w.lower in {"verkeerd", "fout", "rommel", "zooi"}):
            return True
        if w.lower == "laat" and i > 0 and words[i - 1].lower in {"te", "erg", "zo", "heel"}:
            return True
    return False


def _sarcasm_hits(words: list[Token]) -> list[Token]:
    for ph in C.SARCASM_PHRASES:
        i = _find_phrase(words, ph)
        if i < 0:
            continue
        if ph[-1] == "keer":
            after = words[i + len(ph)].lower if i + len(ph) < len(words) else ""
            before = words[i - 1].lower if i > 0 else ""
            if after == "per" or before in {"nog", "minstens", "elke", "iedere"}:
                continue  # a frequency ("één keer per week"), not sarcasm
        return words[max(0, i - 1) : i + len(ph) + 2]
    return []


def _reason_blame(clause: Clause) -> bool:
    words = _words(clause.tokens)
    if any(_match(w, C.BLAME_LABELS | C.IRRITATION) for w in words) or _phrase_hits(words, C.IRRITATION_PHRASES):
        return True
    gen = any(_match(w, C.GENERALISERS) for w in words)
    addressed = any(w.lower in C.ADDRESSEE for w in words)
    return gen and (addressed or _has_failure(words))


def _blame_hits(doc: _Doc) -> list[Token]:
    for s in doc.sentences:
        words = _words(s.tokens)
        hit = _sarcasm_hits(words)
        if hit:
            return hit
        for i, w in enumerate(words):
            if w.lower in C.SARCASM or w.lower in {"ergernis"} or (w.lemma in C.IRRITATION and w.lower != "zat"):
                return words[max(0, i - 2) : i + 3]
            if w.lemma in C.BLAME_LABELS and not (w.lemma == "normaal" and "doen" not in {x.lemma for x in words}):
                return words[max(0, i - 3) : i + 2]
        for ph in C.IRRITATION_PHRASES + [("het", "zat"), ("het", "beu")]:
            j = _find_phrase(words, ph)
            if j >= 0:
                return words[max(0, j - 2) : j + len(ph) + 1]
        for c in s.clauses:
            cw = _words(c.tokens)
            is_request = c in doc.request_clauses and not _is_rhetorical(s)
            addressed = any(w.lower in C.ADDRESSEE for w in cw)
            failure = _has_failure(cw)
            for i, w in enumerate(cw):
                if not _match(w, C.GENERALISERS):
                    continue
                if is_request and not failure:
                    continue  # "Wil je altijd je badge dragen": part of the wish
                if c.kind == "condition" and not failure:
                    continue
                if is_request or addressed or failure:
                    return cw[max(0, i - 2) : i + 4]
            # "Je hebt het formulier niet ingevuld": a reproach about the past
            if c.kind == "main" and not is_request and c not in doc.questions and addressed and failure:
                return cw[:7]
    return []


def _check_no_blame(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["no_blame"]
    hit = _blame_hits(doc)
    if hit:
        q = quote(doc.text, hit, 8)
        return CriterionResult(False, fb.fmt(fb.NO_BLAME_FOUND, q), label, (q,))
    return CriterionResult(True, fb.NO_BLAME_OK, label)


CHECKS = (
    ("positive", _check_positive),
    ("concrete", _check_concrete),
    ("reason", _check_reason),
    ("invitation", _check_invitation),
    ("no_blame", _check_no_blame),
)


def assess_request(text: str) -> Assessment:
    """Judge ``text`` as a progress request on the five criteria (see module doc)."""
    guarded = check_input(text, fb.LABELS, fb.EMPTY_REQUEST)
    if guarded is not None:
        return guarded
    doc = _Doc(text, analyse(text))
    if not doc.sentences:
        return check_input("", fb.LABELS, fb.EMPTY_REQUEST)  # only punctuation
    criteria = {key: check(doc) for key, check in CHECKS}
    return Assessment(criteria, text=text)
