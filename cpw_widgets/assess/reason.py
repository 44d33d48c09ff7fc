"""Criterion "reason": the text says why the behaviour matters (a purpose, a
reason clause, a benefit, or a separate explaining sentence), and that reason
is not itself a reproach.
"""

from __future__ import annotations

from . import cues as C
from . import feedback as fb
from .blame import has_failure, sentence_blame, threat_hit
from .models import CriterionResult
from .nl import Clause, Sentence, Token, quote
from .structure import RequestDoc, is_rhetorical, request_core
from .tokens import find_phrase, first_words, has_finite_verb, is_participle, matches, phrase_hits, word_tokens


def _is_benefit_clause(clause: Clause) -> bool:
    words = first_words(clause)
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
    return result and (subject or has_finite_verb(words))


# Finite verbs that take an anticipatory "het" whose content is the om-clause:
# "het is onbeleefd om ...", "Sanne lukt het wel om ...", "krijgt het voor
# elkaar om ...", "ik vind het lastig om ...".
_HET_FRAME_VERBS = {"is", "was", "lijkt", "lukt", "lukte", "krijgt", "kreeg", "vind", "vindt", "kost"}


def _anticipatory_het(head: list[Token]) -> bool:
    """Is the om-clause the content of an anticipatory "het" (a subject or object
    clause) rather than a purpose? Needs "het" next to a verb that takes such a
    clause; "Wil je het raam openzetten om te luchten" stays a purpose."""
    lows = {w.lower for w in head}
    return "het" in lows and bool(lows & _HET_FRAME_VERBS)


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
            if te > 0 and not head & C.OM_COMPLEMENT_HEADS and not _anticipatory_het(words[max(0, i - 4) : i]):
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
        j = find_phrase(words, ph)
        if j >= 0:
            return words[j : j + len(ph) + 3]
    # causal prepositions name the cause: "vanwege de drukte", "in verband met de griep"
    for ph in _CAUSAL_PREPOSITIONS:
        j = find_phrase(words, ph)
        if j >= 0 and j + len(ph) < len(words):
            end = j + len(ph)
            while end < len(words) - 1 and words[end].lower in C.DETERMINERS | C.ADDRESSEE_ANY:
                end += 1
            return words[j : end + 1]  # the preposition and its noun: "vanwege de drukte"
    return []


_CAUSAL_PREPOSITIONS = [
    ("vanwege",), ("wegens",), ("dankzij",), ("in", "verband", "met"), ("met", "het", "oog", "op"),
    ("ivm",),
]


def _explaining_sentence(doc: RequestDoc, sentence: Sentence) -> bool:
    """A separate statement next to a request explains it ("Hij heeft diabetes.",
    "De buren slapen dan.", "Dat is gevaarlijk.") unless it asks, directs or blames."""
    if not doc.has_request or sentence.question_mark or is_rhetorical(sentence):
        return False
    if any(c in doc.request_clauses or c in doc.questions or c in doc.commands for c in sentence.clauses):
        return False
    words = word_tokens(sentence.tokens)
    if len(words) >= 2 and threat_hit(words):
        return True  # "Nog één keer en je krijgt een waarschuwing": a consequence, though a blaming one
    return _states_a_fact(words) and not sentence_blame(doc, sentence)


def _states_a_fact(words: list[Token]) -> bool:
    """A plain statement (a finite verb, no why/how question, no comment on the
    other) that can explain a request next to it."""
    if len(words) < 2 or not has_finite_verb(words) or words[0].lower in {"waarom", "hoe"}:
        return False
    return not _judges_the_other(words)


def _explaining_clause(doc: RequestDoc, sentence: Sentence) -> list[Token]:
    """A statement after the request in the same sentence explains it, as a
    separate sentence would: "Trek je jas aan, het is koud.", "Mag de tv uit? ik
    probeer te werken" (unless it asks, directs, blames or praises)."""
    if not any(c in doc.request_clauses for c in sentence.clauses) or sentence_blame(doc, sentence):
        return []
    seen_request = False
    for c in sentence.clauses:
        if c in doc.request_clauses:
            seen_request = True
            continue
        if not seen_request or c.kind != "main" or c in doc.questions or c in doc.commands:
            continue
        words = word_tokens(c.tokens)
        if words and words[0].lower in {"maar", "of", "en"}:
            continue  # a continuation, not a statement of its own
        if _states_a_fact(words) and not _reason_blame(c):
            return c.tokens
    return []


_THANKS = {"bedankt", "dank", "dankjewel", "dankuwel"}


def _judges_the_other(words: list[Token]) -> bool:
    """Praise, thanks or a comment on what the other did ("Bedankt dat je de kast
    hebt ingeruimd", "Wat fijn dat je er bent", "Je hebt vorige week de planning
    goed bijgehouden") looks at the other, not at why the request matters."""
    lows = [w.lower for w in words]
    if lows[0] in _THANKS:
        return True  # "Bedankt alvast!": a closing, not a reason
    addressed = bool(set(lows) & C.ADDRESSEE_ANY)
    evaluative = any(w.lower in C.PRAISE_WORDS | C.APPRECIATION_WORDS | _THANKS or w.lemma in C.APPRECIATION_WORDS for w in words)
    if addressed and evaluative:
        return True
    past = bool(set(lows) & C.PAST_MARKERS) or any(is_participle(w) for w in words)
    return lows[0] in C.ADDRESSEE and past


def _reason_blame(clause: Clause) -> bool:
    words = word_tokens(clause.tokens)
    if any(matches(w, C.BLAME_LABELS | C.IRRITATION) for w in words):
        return True
    if any(matches(w, C.JUDGING_WORDS) for w in words) and any(w.lower in C.ADDRESSEE_ANY for w in words):
        return True  # "Jij bent zo onbeleefd": a label, not a reason
    if phrase_hits(words, C.IRRITATION_PHRASES) and not any(w.lower == "geen" for w in words):
        return True  # ("dan hebben bezoekers er geen last van" is a benefit)
    gen = any(matches(w, C.GENERALISERS) for w in words)
    addressed = any(w.lower in C.ADDRESSEE for w in words)
    return gen and (addressed or has_failure(words))


def check_reason(doc: RequestDoc) -> CriterionResult:
    label = fb.LABELS["reason"]
    blamed: list[Token] = []
    for s in doc.sentences:
        for c in s.clauses:
            if c.kind not in {"condition", "relative"} and not _reason_blame(c):
                hit = _purpose_hit(word_tokens(c.tokens))
                if hit:
                    q = quote(doc.text, hit, 9)
                    return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,), "reason.purpose")
    for s in doc.sentences:
        for c in s.clauses:
            is_reason = c.kind == "reason" or (c not in doc.request_clauses and _is_benefit_clause(c))
            if not is_reason or c in doc.questions:
                continue
            if _reason_blame(c):
                blamed = blamed or c.tokens
                continue
            q = quote(doc.text, c.tokens, 9)
            return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,), "reason.clause")
    for s in doc.sentences:
        # "Ik moet tot vijf uur werken, dus wil je ...": the clause before "dus" is
        # what the request follows from
        for prev, nxt in zip(s.clauses, s.clauses[1:]):
            opener = word_tokens(nxt.tokens)[:1]
            if (opener and opener[0].lower == "dus" and nxt in doc.request_clauses and prev not in doc.request_clauses
                    and prev.kind == "main" and not _reason_blame(prev) and has_finite_verb(word_tokens(prev.tokens))):
                q = quote(doc.text, prev.tokens, 9)
                return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,), "reason.follows_from")
        hit = _explaining_clause(doc, s)
        if hit:
            q = quote(doc.text, hit, 9)
            return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,), "reason.explaining_clause")
        if _explaining_sentence(doc, s):
            q = quote(doc.text, s.tokens, 9)
            return CriterionResult(True, fb.fmt(fb.REASON_OK, q), label, (q,), "reason.explaining_sentence")
    if blamed:
        q = quote(doc.text, blamed, 9)
        return CriterionResult(False, fb.fmt(fb.REASON_BLAME, q), label, (q,), "reason.blaming")
    core = request_core(doc.request_clauses[0], doc) if doc.request_clauses else doc.sentences[0].tokens
    q = quote(doc.text, core, 9)
    return CriterionResult(False, fb.fmt(fb.REASON_MISSING, q), label, (q,), "reason.missing")
