"""assess_request: does a text work as a progress request (progressieverzoek)?

Five criteria, after CPW's description of progress-focused feedback: name the
wanted behaviour positively and concretely, say why it matters, and ask it as a
question, without reproach. The text is split into sentences and clauses
(nl.py); each criterion looks for its cues (cues.py) only in the clauses where
they mean what the criterion is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
    from .nl import lemma

    return _known(word) and lemma(word) in {word, word[:-2], word[:-3]}


# --- clause roles -----------------------------------------------------------

def _is_rhetorical(sentence: Sentence) -> bool:
    words = _words(sentence.tokens)
    if any(_find_phrase(words[:4], ph) == 0 for ph in C.RHETORICAL):
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
    words = _first_words(clause)
    if not words or clause.kind not in {"main", "reason"}:
        return False
    if _is_suggestion(clause, sentence) or _is_rhetorical(sentence):
        return False  # "Misschien kun je ...": a suggestion in statement order
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


def _is_suggestion(clause: Clause, sentence: Sentence) -> bool:
    """ "Misschien kun je ...": the wanted behaviour as a suggestion, not a question."""
    raw = _words(clause.tokens)
    return (
        len(raw) > 2 and raw[0].lower == "misschien" and not sentence.question_mark
        and raw[1].lemma in C.QUESTION_VERBS and raw[2].lower in C.ADDRESSEE
    )


def _is_imperative_clause(clause: Clause, sentence: Sentence) -> bool:
    words = _first_words(clause)
    if not words or clause.kind != "main" or sentence.question_mark:
        return False
    first = words[0]
    if first.lower in C.PRAISE_WORDS | C.JUDGING_FRAME_ADJECTIVES:
        return False  # "Fijn dat je er bent.": an adjective opening an exclamation
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
    return any(w.lower.endswith("en") and len(w.lower) > 4 and not _is_participle(w) for w in words)


def _is_participle(tok: Token) -> bool:
    """ "gezien", "opgeschreven": a past participle (lemma without the ge-)."""
    low, lem = tok.lower, tok.lemma
    if lem == low:
        return False
    i = low.find("ge")
    return 0 <= i <= 3 and not lem.startswith(low[: i + 2])


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
                elif _is_imperative_clause(c, s) or _is_directive(c.tokens) or _is_suggestion(c, s):
                    self.commands.append(c)
                    carriers.append(c)
            if carriers and all(all(_match(w, C.DIRECTIVE_WORDS) for w in _words(c.tokens)) for c in carriers):
                # "Minder klagen tijdens de pauze, graag.": the politeness word stands
                # alone, the wish is the rest of the sentence
                carriers = [c for c in s.clauses if c.kind == "main"]
            if not carriers and s_directive:
                carriers = [c for c in s.clauses if c.kind == "main"][:1]
                self.commands.extend(carriers)
            if not carriers and _is_infinitive_order(s) and not _is_rhetorical(s) and not self._asks_elsewhere(s):
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
        # "hou op (met)": "op" as the particle, at the end or before "met";
        # "Ik houd mijn pauze op een vast tijdstip" uses "op" as a preposition
        particle_op = any(
            x.lower == "op" and (k == len(words) - 1 or words[k + 1].lower in {"met", "ermee", "daarmee"})
            for k, x in enumerate(words) if k > i
        )
        if stop_family or _match(w, C.STOP_VERBS) or (w.lower in {"hou", "houd", "houdt"} and particle_op):
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
    q = quote(doc.text, _request_core(scope[0], doc), 9) if scope else ""
    if not q:
        return CriterionResult(True, fb.POSITIVE_OK_PLAIN, label)
    return CriterionResult(True, fb.fmt(fb.POSITIVE_OK, q), label, (q,))


_PREPOSITIONS = C.PREPOSITIONS


def _is_comparative(tok: Token) -> bool:
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
    if low in _PREPOSITIONS or _known(low):
        return False  # "zonder", "onder": a known word that is not a comparative
    # unknown to the dictionary: "punctueler" -> "punctueel"
    for cand in (base, base[:-1] + base[-1:] if base else base, base[:-1] + base[-2:]):
        if cand and cand != low and (len(cand) > 3) and _known(cand):
            return True
    if len(base) > 3 and base[-1] not in "aeiou" and base[-2] in "aeiou" and _known(base[:-1] + base[-2] + base[-1]):
        return True  # "punctuel" -> "punctueel" (vowel doubled again)
    return False


@lru_cache(maxsize=8192)
def _known(word: str) -> bool:
    from .nl import _lib

    try:
        return bool(_lib().is_known(word, lang="nl"))
    except Exception:
        return False


def _determiner_at(words: list[Token], i: int) -> bool:
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
        if i == 0 or _is_verb_stem(nxt) or nxt.lemma in C.QUESTION_VERBS:
            return False
        prev = words[i - 1]
        if prev.lower in C.ADDRESSEE or prev.lower in _PREPOSITIONS:
            return True
        subject_slot = (
            prev.lower in _SUBJECT_AFTER or prev.lower in C.FINITE_FORMS or prev.lemma in C.QUESTION_VERBS
            or (prev.lemma != prev.lower and prev.lemma.endswith(("en", "aan", "oen"))) or _is_verb_stem(prev)
        )
        return not subject_slot
    if w.lower in {"die", "dat", "het", "zijn"}:
        return i > 0 and words[i - 1].lower in _PREPOSITIONS
    if w.lower in {"ons", "haar", "hun", "mijn"} and nxt.lemma == nxt.lower and nxt.lower.endswith("en"):
        return False  # "ons helpen": an object pronoun before the verb
    return w.lower in C.DETERMINERS or nxt.text[:1].isdigit()


_SUBJECT_AFTER = {
    "dat", "als", "of", "omdat", "zodat", "wanneer", "zodra", "voordat", "nadat", "terwijl", "waarom",
    "hoe", "wat", "wanneer", "waar", "want", "dan", "zo", "anders", "daarom", "misschien", "ook",
}
_TIME_PREPS = {"tijdens", "na", "vóór", "bij", "om", "vanaf", "sinds", "voor"}


def _has_time(words: list[Token]) -> bool:
    """A moment or frequency: "om 9 uur", "voortaan", "tijdens de pauze", "'s ochtends"."""
    for i, w in enumerate(words):
        if w.text[:1].isdigit() or (w.lemma in C.TIME_WORDS and w.lower not in _PREPOSITIONS):
            return True
        if w.lower in _TIME_PREPS and i + 1 < len(words) and _determiner_at(words, i + 1):
            if w.lower != "voor" or words[i + 2 : i + 3] and words[i + 2].lemma in C.TIME_WORDS:
                return True
    return False


def _object_or_anchor(words: list[Token]) -> tuple[bool, bool]:
    """(has a direct object, has a moment/place/frequency anchor) in a clause."""
    obj = anchor = False
    for i, w in enumerate(words):
        if w.text[:1].isdigit() or w.lower in {"'s", "voortaan", "vandaag", "morgen", "vanavond", "straks",
                                              "vanmiddag", "vanochtend", "dagelijks", "wekelijks", "meteen",
                                              "direct", "uiterlijk", "elke", "iedere", "elk", "ieder"}:
            anchor = True
        if w.lemma in C.TIME_WORDS and w.lower not in _PREPOSITIONS:
            anchor = True
        if _determiner_at(words, i):
            after_prep = i > 0 and words[i - 1].lower in _PREPOSITIONS
            if after_prep:
                anchor = True  # "in de gang", "bij het overleg", "voor je toets"
            elif w.lower not in {"die", "dat"}:
                obj = True
    return obj, anchor


def _vague_hit(clause: Clause, moment: bool = False) -> list[Token]:
    """Words that make the asked behaviour an aim rather than an act; ``moment``
    says the sentence ties it to a situation ("als je 's ochtends begint")."""
    words = _words(clause.tokens)
    outcome = _outcome_hit(clause, words)
    if outcome:
        return outcome
    for i, w in enumerate(words):
        judging = _match(w, C.JUDGING_WORDS) and not _match(w, C.VAGUE_WORDS)
        attitude = _match(w, C.ATTITUDE_VERBS) or _attitude_noun(w)
        if _match(w, C.VAGUE_WORDS) or judging or attitude:
            if w.lemma in {"verbeteren", "veranderen"} and any(_object_or_anchor(words[:i])):
                continue  # "je collega's verbeteren": an act on someone, not an aim
            if judging and i > 0 and words[i - 1].lower in C.DETERMINERS | {"zo'n", "zulke", "dat", "die"}:
                continue  # "die sarcastische opmerkingen": a named thing, judged (no_blame's business)
            if attitude and (moment or _has_time(words)):
                continue  # "niet zo mopperen als je 's ochtends begint": tied to a moment
            return words[max(0, i - 1) : i + 3]
    for ph in C.VAGUE_PHRASES:
        i = _find_phrase(words, ph)
        if i >= 0:
            return words[i : i + len(ph) + 1]
    hit = _separable_vague(words) or _abstract_object(words)
    if hit:
        return hit
    lows = [w.lower for w in words]
    i = lows.index("goed") if "goed" in lows else -1
    if i > 0 and "het" in lows[max(0, i - 2) : i] and {"gaat", "gaan"} & set(lows[i:]):
        return words[i : i + 2]  # "zorgen dat het goed gaat" (not "vertellen wat er goed gaat")
    lemmas = [w.lemma for w in words]
    for a, b in C.VAGUE_LEMMA_PAIRS:
        if a in lemmas and b in lemmas:
            i, j = lemmas.index(a), lemmas.index(b)
            return words[min(i, j) : max(i, j) + 1]
    return _aim_hit(words)


def _attitude_noun(tok: Token) -> bool:
    """ "gemopper", "geklaag", "gezeur": a ge-noun of an attitude verb."""
    low = tok.lower
    if not low.startswith("ge") or len(low) < 6 or not low.isalpha():
        return False
    stem = low[2:]
    cands = {stem + "en", stem + stem[-1] + "en"}
    for a in ("aa", "ee", "oo", "uu"):
        cands |= {c.replace(a, a[0]) for c in list(cands)}
    return bool(cands & C.ATTITUDE_VERBS)


def _separable_vague(words: list[Token]) -> list[Token]:
    """ "Denk eens mee", "Let beter op", "Werk beter samen": the particle at the
    clause end joins the verb; the joined verb can be an aim ("meedenken")."""
    if len(words) < 2:
        return []
    for i in range(1, len(words) - 1):
        # "je in te leven in de klant", "mee te denken": particle + te + verb
        if words[i].lower == "te" and words[i - 1].lower in C.SEPARABLE_PARTICLES:
            joined = words[i - 1].lower + words[i + 1].lower
            if joined in C.VAGUE_WORDS or joined in C.ATTITUDE_VERBS or joined in C.STATE_VERBS:
                return words[i - 1 : i + 2]
    last = words[-1]
    if last.lower not in C.SEPARABLE_PARTICLES:
        return []
    for i, w in enumerate(words[:-1]):
        lem = w.lemma if w.lemma.endswith("en") else ""
        if not lem:
            continue
        joined = last.lower + lem
        if joined in C.VAGUE_WORDS or joined in C.ATTITUDE_VERBS or joined in C.STATE_VERBS:
            return words[i:]
    return []


def _abstract_object(words: list[Token]) -> list[Token]:
    """ "begrip tonen", "de rust bewaren", "zorgen voor structuur": an abstract
    noun as what is to be shown, kept or given names no act."""
    verbs = {w.lemma for w in words} | {w.lower for w in words}
    if not verbs & C.ABSTRACT_OBJECT_VERBS or _has_time(words):
        return []  # "de komende tien minuten je aandacht bij de uitleg houden": bounded
    for i, w in enumerate(words):
        suffixed = w.lower.endswith(C.ABSTRACT_SUFFIXES) and len(w.lower) > 7
        if (w.lemma in C.ABSTRACT_NOUNS or suffixed) and w.lemma != "tijd" and w.lower not in C.ABSTRACT_OBJECT_VERBS | {"zorgen"}:
            return words[max(0, i - 1) : i + 2]
    return []


def _outcome_hit(clause: Clause, words: list[Token]) -> list[Token]:
    """ "(zorg) dat het netjes is", "dat alles op orde is", "dat de klant tevreden
    is": a complement whose subject is not the addressee and whose only verb is a
    copula names a result, not what the other does."""
    if clause.kind != "complement" or len(words) < 3 or words[0].lower != "dat":
        return []
    body = words[1:]
    if not body or body[0].lower in C.ADDRESSEE or any(w.lower in C.ADDRESSEE for w in body[:2]):
        return []
    cop = [k for k, w in enumerate(body) if w.lower in C.OUTCOME_COPULAS]
    if not cop:
        return []
    others = [
        w for k, w in enumerate(body)
        if k not in cop and k > 0 and w.lemma != w.lower and w.lemma.endswith("en") and not _is_participle(w)
        and w.lower not in C.FINITE_FORMS and w.lower not in C.OUTCOME_COPULAS
    ]
    if others:
        return []  # "dat de vuilniszakken aan de straat staan": a thing placed, an act
    if any(_determiner_at(body, k) and k > 0 and body[k - 1].lower in _PREPOSITIONS for k in range(cop[-1])):
        return []  # "dat de kinderen in de gymzaal zijn": a located state, seen or not
    if {body[k].lower for k in cop} & {"wordt", "worden"} and any(_is_participle(w) for w in body):
        return []  # a passive ("dat er niet meer geroddeld wordt") names an act
    return body[: cop[-1] + 1]


def _aim_hit(words: list[Token]) -> list[Token]:
    """General marks of an aim instead of a visible act (see cues.STATE_VERBS)."""
    obj, anchor = _object_or_anchor(words)
    for i, w in enumerate(words):
        prev = words[i - 1].lower if i else ""
        # a state or inner process: "rust uitstralen", "openstaan voor", "niet opgeven"
        if w.lemma in C.STATE_VERBS or w.lower in C.STATE_VERBS:
            if obj and w.lemma != "raken":
                continue  # "de deur laten openstaan": a named thing in a named state
            return words[max(0, i - 2) : i + 1]
        # "geduldiger zijn", "wat duidelijker in je mails": a comparative as the aim
        if _is_comparative(w) and not obj:
            return words[max(0, i - 1) : i + 2]
        # "meer rust", "minder afleiding", "geen ruzie meer": an amount of something abstract
        if w.lower in C.AMOUNT_WORDS | {"geen", "wat", "veel"} and i + 1 < len(words) and words[i + 1].lemma in C.ABSTRACT_NOUNS:
            return words[i : i + 2]
        # "meer delen", "vaker helpen": more of something, but of what, when?
        nxt = words[i + 1] if i + 1 < len(words) else None
        verb_next = nxt is not None and (nxt.lower in _PREPOSITIONS or (nxt.lower.endswith("en") and nxt.lemma == nxt.lower))
        if w.lower in C.AMOUNT_WORDS and verb_next and prev not in {"niet", "geen", "nooit", "niets"} and not (obj or anchor):
            if not (w.lower == "meer" and any(x.lower in {"geen", "niet", "nooit"} for x in words[:i])):
                return words[i : i + 3]
        # "Zou je me willen helpen?": help, but with what?
        if (w.lemma == "helpen" and not (obj or anchor) and words[0].lower not in {"het", "dat", "dit"}
                and not any(x.lower in {"met", "bij"} for x in words)):
            return words[max(0, i - 2) : i + 1]
        # "Stop daar nou eens mee": a stop with nothing named
        if (w.lemma in {"stoppen", "stop", "ophouden"} or w.lower in {"stop", "hou", "houd"}) and not (obj or anchor):
            rest = [x for x in words[i + 1 :] if x.lower not in {"nou", "eens", "nu", "toch", "even", "alsjeblieft", "op", "met"}]
            if not rest or all(x.lower in C.EMPTY_OBJECTS | {"mee"} for x in rest):
                return words[i : i + 4]
    # a copula with no moment, place or object: "rustig blijven", "aardig zijn"
    lemmas = {w.lemma for w in words} | {w.lower for w in words}
    addressed = bool(lemmas & C.ADDRESSEE) or words[:1] and words[0].lower == "wees"
    if lemmas & {"blijven", "worden", "wees"} and addressed and not (obj or anchor):
        i = next(k for k, w in enumerate(words) if w.lemma in {"blijven", "worden"} or w.lower == "wees")
        return words[max(0, i - 2) : i + 1]
    return []


def _check_concrete(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["concrete"]
    scope = doc.request_clauses or doc.all_clauses()
    if not doc.has_request and not any(any(_object_or_anchor(_words(c.tokens))) for c in scope):
        # "Je doet nooit wat ik vraag": a complaint that names nothing to do
        q = quote(doc.text, doc.sentences[0].tokens, 9)
        return CriterionResult(False, fb.fmt(fb.CONCRETE_NONE, q), label, (q,))
    for c in scope:
        sentence = next((s for s in doc.sentences if c in s.clauses), None)
        moment = sentence is not None and any(
            x.kind == "condition" and x.opener in {"als", "wanneer", "zodra", "voordat", "nadat", "terwijl"}
            for x in sentence.clauses
        )
        hit = _vague_hit(c, moment)
        if hit:
            q = quote(doc.text, hit, 6)
            return CriterionResult(False, fb.fmt(fb.CONCRETE_VAGUE, q), label, (q,))
    q = quote(doc.text, _request_core(scope[0], doc) if scope else [], 9)
    if not q:
        return CriterionResult(True, fb.CONCRETE_OK_PLAIN, label)
    return CriterionResult(True, fb.fmt(fb.CONCRETE_OK, q), label, (q,))


_WISH_FRAME = {
    "ik", "zou", "wil", "willen", "graag", "het", "fijn", "prettig", "vinden", "vind", "dat", "als",
    "helpen", "helpt", "schelen", "waarderen", "je", "jij", "u", "jullie", "heel", "erg", "echt",
}


def _request_core(clause: Clause, doc: "_Doc | None" = None) -> list[Token]:
    """The behaviour part of a request clause: drop "Zou je ... willen" openers,
    and for "Ik zou graag willen dat ..." use the behaviour in the complement."""
    words = _first_words(clause)
    if doc is not None and words and words[0].lower in {"ik", "het"} and len(words) <= 6:
        later = doc.request_clauses[doc.request_clauses.index(clause) + 1 :] if clause in doc.request_clauses else []
        if later and later[0].kind == "complement":
            words = _first_words(later[0])
    if len(words) > 2 and (words[0].lemma in C.QUESTION_VERBS or words[0].lower in C.WH_WORDS):
        words = words[2:]
    while len(words) > 1 and words[0].lower in _WISH_FRAME:
        words = words[1:]
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
    # "Wij kunnen dan de facturen versturen", "De klant voelt zich dan gehoord",
    # "Ze haken anders af": a consequence after the request
    if words[0].lemma in C.QUESTION_VERBS and words[1].lower in C.ADDRESSEE:
        return False
    subject = words[0].lower in C.SUBJECT_PRONOUNS | C.DETERMINERS
    # ("zo" only as "zo + verb": "zo onbeleefd" is a degree, not a result)
    result = any(
        w.lower in {"dan", "anders", "daardoor", "daarmee"}
        or (w.lower == "zo" and k + 1 < len(words) and words[k + 1].lower in C.FINITE_FORMS)
        for k, w in enumerate(words[1:], 1)
    )
    return result and (subject or _has_finite_verb(words))


def _purpose_hit(words: list[Token]) -> list[Token]:
    """A purpose or benefit inside a clause: "om ze vers te houden", "voor je eigen
    veiligheid", "goed voor je cijfers", "ik maak me zorgen om ..."."""
    for i, w in enumerate(words):
        if w.lower == "om" and i + 1 < len(words):
            nxt = words[i + 1]
            if nxt.text[:1].isdigit() or nxt.lower in {"half", "kwart", "de", "het", "een", "die", "je", "jouw", "mijn", "uw"} and "te" not in {x.lower for x in words[i + 2 :]}:
                continue  # "om 9 uur", "om de beurt": a time or a manner
            head = {x.lemma for x in words[max(0, i - 4) : i]} | {x.lower for x in words[max(0, i - 4) : i]}
            te = next((k for k in range(i + 1, len(words)) if words[k].lower == "te"), -1)
            if "laten" in head and "het" not in head:
                head = head - {"laten"}  # "laten rusten om ..." is a purpose; "het laten om" is not
            if te > 0 and not head & C.OM_COMPLEMENT_HEADS:
                return words[i : te + 2]
        if w.lower == "voor" and i + 1 < len(words):
            rest = [x for x in words[i + 1 : i + 4] if x.lower not in {"de", "het", "je", "jouw", "uw", "hun", "onze", "ons", "eigen", "zijn", "haar", "een"}]
            if rest and rest[0].lemma in C.PURPOSE_NOUNS:
                return words[i : i + 5]
            near = words[max(0, i - 3) : i]
            if any(x.lemma in C.BENEFIT_ADJECTIVES | {"gevaarlijk", "verplicht", "nuttig", "gezond"} for x in near) and any(
                x.lemma == "zijn" or x.lower in {"is", "zijn", "was", "wordt"} for x in near
            ):
                return words[max(0, i - 2) : i + 4]  # "goed voor je cijfers", "goed zijn voor"
    for ph in C.I_MESSAGE_PHRASES:
        j = _find_phrase(words, ph)
        if j >= 0:
            return words[j : j + len(ph) + 3]
    return []


def _has_finite_verb(words: list[Token]) -> bool:
    """A finite verb somewhere: "heeft", "beslaat", or a plural "(de buren) slapen"."""
    return any(
        w.lower in C.FINITE_FORMS
        or (w.lemma != w.lower and w.lemma.endswith(("en", "aan", "oen", "ien", "ijn")) and not _is_participle(w))
        or (i > 0 and w.lemma == w.lower and w.lower.endswith("en") and len(w.lower) > 4 and w.lower not in _PREPOSITIONS)
        for i, w in enumerate(words)
    )


def _explaining_sentence(doc: _Doc, sentence: Sentence) -> bool:
    """A separate statement next to a request explains it ("Hij heeft diabetes.",
    "De buren slapen dan.", "Dat is gevaarlijk.") unless it asks, directs or blames."""
    if not doc.has_request or sentence.question_mark or _is_rhetorical(sentence):
        return False
    if any(c in doc.request_clauses or c in doc.questions or c in doc.commands for c in sentence.clauses):
        return False
    words = _words(sentence.tokens)
    if len(words) < 2 or not _has_finite_verb(words) or _sentence_blame(doc, sentence):
        return False
    if words[0].lower in {"waarom", "hoe"}:
        return False
    return True


def _check_reason(doc: _Doc) -> CriterionResult:
    label = fb.LABELS["reason"]
    blamed: list[Token] = []
    for s in doc.sentences:
        for c in s.clauses:
            if c.kind not in {"condition", "relative"} and not _reason_blame(c):
                hit = _purpose_hit(_words(c.tokens))
                if hit:
                    q = quote(doc.text, hit, 9)
                    return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,))
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
    for s in doc.sentences:
        if _explaining_sentence(doc, s):
            q = quote(doc.text, s.tokens, 9)
            return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,))
    if blamed:
        q = quote(doc.text, blamed, 9)
        return CriterionResult(False, fb.fmt(fb.REASON_BLAME, q), label, (q,))
    core = _request_core(doc.request_clauses[0], doc) if doc.request_clauses else doc.sentences[0].tokens
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
    """A negation, a stop/avoid verb or a failure word ("vergeten", "te laat")."""
    for i, w in enumerate(words):
        if w.lemma in {"voorkomen", "ophouden", "vermijden"} or (w.lemma in {"stoppen", "stop"} and i == 0):
            return True
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
            if after == "per" or before in {"nog", "minstens", "elke", "iedere", "in"}:
                continue  # a frequency ("één keer per week") or a manner ("in één keer"), not sarcasm
        return words[max(0, i - 1) : i + len(ph) + 2]
    return []


def _reason_blame(clause: Clause) -> bool:
    words = _words(clause.tokens)
    if any(_match(w, C.BLAME_LABELS | C.IRRITATION) for w in words):
        return True
    if any(_match(w, C.JUDGING_WORDS) for w in words) and any(w.lower in C.ADDRESSEE_ANY for w in words):
        return True  # "Jij bent zo onbeleefd": a label, not a reason
    if _phrase_hits(words, C.IRRITATION_PHRASES) and not any(w.lower == "geen" for w in words):
        return True  # ("dan hebben bezoekers er geen last van" is a benefit)
    gen = any(_match(w, C.GENERALISERS) for w in words)
    addressed = any(w.lower in C.ADDRESSEE for w in words)
    return gen and (addressed or _has_failure(words))


def _blame_hits(doc: _Doc) -> list[Token]:
    for s in doc.sentences:
        hit = _sentence_blame(doc, s)
        if hit:
            return hit
    return []


def _sentence_blame(doc: _Doc, s: Sentence) -> list[Token]:
    """Reproach, label, sarcasm or threat in one sentence (the words, or [])."""
    words = _words(s.tokens)
    hit = _sarcasm_hits(words)
    if hit:
        # "als je weer eens naar de stad gaat": a plain occasion, not sarcasm
        home = next((c for c in s.clauses if any(t is hit[-1] for t in c.tokens)), None)
        if not (home is not None and home.kind == "condition" and not _has_failure(_words(home.tokens))):
            return hit
    for ph in C.CONDESCENSION_PHRASES:
        j = _find_phrase(words, ph)
        if j >= 0:
            return words[max(0, j - 1) : j + len(ph) + 2]
    addressed_s = any(w.lower in C.ADDRESSEE_ANY for w in words)
    in_request = any(c in doc.request_clauses for c in s.clauses)
    for i, w in enumerate(words):
        if w.lower in C.SARCASM or w.lower in {"ergernis"} or (w.lemma in C.IRRITATION and w.lower != "zat"):
            return words[max(0, i - 2) : i + 3]
        if w.lemma in C.BLAME_LABELS and not (w.lemma == "normaal" and "doen" not in {x.lemma for x in words}):
            return words[max(0, i - 3) : i + 2]
        # a trait judgement about the other or their work: "Jij bent zo afstandelijk",
        # "je aantekeningen zo onleesbaar", "die sarcastische opmerkingen"
        if _match(w, C.JUDGING_WORDS) and (addressed_s or in_request) and not (in_request and _match(w, C.MANNER_WORDS)):
            return words[max(0, i - 3) : i + 2]
    for ph in C.IRRITATION_PHRASES + [("het", "zat"), ("het", "beu")]:
        j = _find_phrase(words, ph)
        if j >= 0 and not (ph == ("last", "van") and any(w.lower == "geen" for w in words)):
            return words[max(0, j - 2) : j + len(ph) + 1]
    # a threat: "anders ga ik het melden", "dan krijg je een waarschuwing"
    lemmas = {w.lemma for w in words} | {w.lower for w in words}
    sanctions = lemmas & C.SANCTION_WORDS
    if sanctions and ("anders" in lemmas or sanctions & {"waarschuwing", "straf", "sanctie", "sancties", "boete", "ontslag", "schorsing", "consequenties", "consequentie"}):
        j = next(k for k, w in enumerate(words) if w.lemma in sanctions or w.lower in sanctions)
        return words[max(0, j - 5) : j + 1]
    praised = False
    for c in s.clauses:
        cw = _words(c.tokens)
        if c.kind == "main":
            # "Ik waardeer dat je altijd klaarstaat": what is praised is no reproach
            praised = any(w.lemma in C.APPRECIATION_WORDS or w.lower in C.APPRECIATION_WORDS for w in cw)
        if c.kind == "complement" and praised and not _has_failure(cw):
            continue
        is_request = c in doc.request_clauses and not _is_rhetorical(s)
        addressed = any(w.lower in C.ADDRESSEE_ANY for w in cw)
        failure = _has_failure(cw)
        # "Kun je voorkomen dat de printer weer leeg raakt": the stop sits in the main clause
        stop_wish = is_request and any(_has_failure(_words(x.tokens)) for x in s.clauses if x in doc.request_clauses)
        for i, w in enumerate(cw):
            if not _match(w, C.GENERALISERS):
                continue
            if w.lower == "nooit" and i + 1 < len(cw) and cw[i + 1].lower == "meer":
                continue  # "nooit meer zonder kloppen": the future wish (fails positive, not blame)
            if w.lower == "weer" and not (failure or stop_wish):
                continue  # neutral "weer op slot", "morgen weer om acht uur"
            if is_request and not (failure or stop_wish):
                continue  # "Wil je altijd je badge dragen": part of the wish
            if c.kind == "condition" and not failure:
                continue
            if is_request or addressed or failure:
                return cw[max(0, i - 2) : i + 4]
        # "Je hebt het formulier niet ingevuld", "dat je de afgelopen weken te laat was":
        # a reproach about the past
        past = any(w.lower in C.PAST_MARKERS for w in cw)
        if c.kind in {"main", "complement"} and not is_request and c not in doc.questions and addressed and (failure and (c.kind == "main" or past)):
            return cw[:7]
    return _reproach_frame(doc, s, words)


def _verbless(words: list[Token]) -> bool:
    """No finite verb and no infinitive: an exclamation ("Jij weer.", "Wat een
    puinhoop weer in de kantine.", "Super handig weer, die lege printer.")."""
    return not _has_finite_verb(words) and not any(_is_verb_stem(w) for w in words[:1])


def _reproach_frame(doc: _Doc, s: Sentence, words: list[Token]) -> list[Token]:
    """Reproach carried by the frame of a sentence rather than by one word:
    incomprehension, judging frames, rhetorical difficulty, comparisons with
    peers, counted repetitions and verbless exclamations."""
    lows = [w.lower for w in words]
    rhetorical = _is_rhetorical(s)
    req_ids = {id(t) for c in s.clauses if c in doc.request_clauses for t in c.tokens}
    ask_ids = {id(t) for c in s.clauses if c in doc.questions for t in c.tokens}
    # "Kijk eens naar Sanne: zij ruimt altijd netjes op": a peer held up as example
    if "kijken" in {w.lemma for w in words} and "naar" in lows:
        for c in s.clauses:
            cl = [w.lower for w in _words(c.tokens)]
            if c not in doc.request_clauses and set(cl[:2]) & {"zij", "hij", "ze", "die"} and set(cl) & {"altijd", "wel", "gewoon", "nooit"}:
                return _words(c.tokens)[:6]
    for i, w in enumerate(words):
        in_request = id(w) in req_ids and not rhetorical
        asks = id(w) in ask_ids
        win = lows[max(0, i - 3) : i + 4]
        # "Ik snap niet dat/waarom je ...", "Ik begrijp echt niet hoe ..."
        if (w.lemma in C.UNDERSTAND_VERBS or w.lower in C.UNDERSTAND_VERBS) and "ik" in lows[max(0, i - 2) : i + 2] and (
            {"niet", "nooit"} & set(lows[i + 1 : i + 4])
        ):
            return words[max(0, i - 1) : i + 5]
        # "Het is wel erg dat ...", "Dat kan toch niet", "Het is toch niet normaal dat ..."
        if w.lower in C.JUDGING_FRAME_ADJECTIVES and not in_request and i > 0:
            nxt = lows[i + 1] if i + 1 < len(lows) else ""
            head = set(lows[max(0, i - 4) : i])
            if head & {"is", "was", "vind"} and head & {"het", "dat", "dit"} and (nxt in {"", "dat", "om", "hoe", "als"}):
                if w.lower != "normaal" or "niet" in head:
                    return words[max(0, i - 4) : i + 2]
        if w.lower == "toch" and not in_request and not asks and {"niet", "nooit", "geen"} & set(lows[i + 1 : i + 3]) and {"dat", "dit", "het"} & set(lows[max(0, i - 3) : i]):
            return words[max(0, i - 3) : i + 3]
        # "Hoe moeilijk kan het zijn?", "Is het nou echt zo moeilijk om ...?"
        if w.lower in C.DIFFICULTY_WORDS and i > 0 and lows[i - 1] in {"hoe", "zo"} and (s.question_mark or "toch" in win) and not in_request:
            return words[max(0, i - 4) : i + 3]
        # comparisons with peers: "net als de rest", "zoals iedereen", "behalve jij"
        if w.lower in {"als", "zoals"} and (w.lower == "zoals" or (i > 0 and lows[i - 1] == "net")):
            nxt = [x for x in words[i + 1 : i + 4] if x.lower not in {"de", "je", "jouw", "jullie", "alle", "al", "die", "andere"}]
            if nxt and (nxt[0].lower in C.PEER_WORDS or nxt[0].lemma in C.PEER_WORDS):
                return words[max(0, i - 1) : i + 4]
        if w.lower == "behalve" and i + 1 < len(words) and lows[i + 1] in C.ADDRESSEE_ANY:
            return words[max(0, i - 3) : i + 2]
        if (w.lower in C.PEER_WORDS or w.lemma in C.PEER_WORDS) and not in_request and not asks and (
            {"wel", "wél", "gewoon", "altijd"} & set(lows[i + 1 : i + 6])
        ):
            return words[max(0, i - 1) : i + 6]
        # counted repetitions: "voor de zoveelste keer", "al de derde keer", "al honderd keer"
        if w.lower == "keer" and i > 0 and lows[i - 1] in C.REPEAT_COUNTS and (
            lows[i - 1] == "zoveelste" or "al" in lows[max(0, i - 4) : i]
        ):
            return words[max(0, i - 3) : i + 1]
        # irony: "Fijn dat je er ook bent", "Super handig weer, die lege printer"
        if w.lower in C.PRAISE_WORDS and not in_request:
            rest = lows[i + 1 : i + 7]
            if rest[:1] == ["dat"] and set(rest) & C.ADDRESSEE and "ook" in rest:
                return words[i : i + 7]
            if "weer" in rest[:2] and _verbless(words):
                return words[max(0, i - 1) : i + 4]
    in_request = bool(req_ids) and not rhetorical
    asks = bool(ask_ids)
    if not in_request and not asks:
        # "Zelfs de stagiair krijgt het voor elkaar ...": a peer held up as example
        if lows[:1] == ["zelfs"] and len(words) > 3:
            return words[:6]
        for i, w in enumerate(words):
            # "Wat ben je toch een kluns", "Jij bent echt een sloddervos": a name for the person
            if w.lower in {"ben", "bent", "is", "zijn"} and set(lows[max(0, i - 2) : i + 2]) & C.ADDRESSEE:
                rest = lows[i + 1 : i + 6]
                if "een" in rest and not (set(rest) & C.PRAISE_NOUNS) and "geen" not in rest and not {"beetje", "keer", "paar"} & set(rest):
                    k = i + 1 + rest.index("een")
                    if k + 1 < len(words) and not words[k + 1].text[:1].isdigit():
                        return words[max(0, i - 2) : k + 2]
            # "dit kan echt beter", "dat moet anders": a verdict on the work
            if w.lower in {"kan", "moet"} and i > 0 and lows[i - 1] in {"dit", "dat", "het"} and {"beter", "anders"} & set(lows[i + 1 : i + 4]):
                return words[max(0, i - 3) : i + 4]
    if not in_request and not asks and len(words) <= 8 and _verbless(words):
        # "Jij weer.", "Wat een puinhoop weer in de kantine."
        if {"weer", "alweer"} & set(lows) and (set(lows) & C.ADDRESSEE_ANY or any(_match(w, C.JUDGING_WORDS) for w in words) or len(words) <= 3):
            return words[:6]
        if any(_match(w, C.JUDGING_WORDS) for w in words) and lows[:2] == ["wat", "een"]:
            return words[:6]
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
