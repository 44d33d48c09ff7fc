"""Rules of the ``open`` criterion: a yes/no, either/or or "of"-question closes the turn."""

from __future__ import annotations

import re

from . import nl
from .question_form import NOT_VERBS, Turn, cues, proposal_if
from .tokens import has_finite_verb
from .rules import rule


# a list after these opens examples ("..., bijvoorbeeld een mentor, ouders of school?") or a
# subclause ("..., zodat de juf of meester ..."): no options to pick from
_NOT_OPTIONS = re.compile(r"\s*(?:bijvoorbeeld|bijv|bv|zoals|denk aan|onder andere|o\.a\.|zodat|omdat|want|doordat|"
                          r"waardoor|terwijl)\b")


# verbs whose "of" opens an embedded yes/no clause (a subject after it), no option: "waar
# staat je team als het gaat om checken of de klant echt geholpen is?"; "melkprijs checken
# of ff appen" joins two options
_ASKS_WHETHER = {"checken", "check", "checkt", "controleren", "controleert", "vragen", "vraagt", "vroeg", "kijken", "kijkt",
                 "weten", "weet", "wist", "nagaan", "zien", "ziet", "merken", "merkt", "horen", "hoort", "testen", "toetsen",
                 "beoordelen", "bepalen", "twijfelen", "twijfelt", "afvragen", "benieuwd"}
# "of" with the word before it and, if there is one, the subject that opens a clause after it
_OF = re.compile(r"(\w*)\s*\bof\b(\s+(?:de|het|ze|zij|hij|je|jij|er|die|dat|jullie|iemand|iedereen|alle)\b)?")


def _offers_options(s: str) -> bool:
    """Does the wh-question ``s`` end in options to pick from (a part after a comma
    or colon with "of", not after an example or subclause opener), or a closing
    "of niet/ook" ("wel of niet" inside it is part of what is asked)? A proposal
    ("wat als je ..., een voermonster of een grondmonster") lists examples of its
    step, and an "of niet" before the question ("helm op of niet, wie controleert
    dat") is its topic: neither asks the presenter to pick."""
    if re.match(r"\s*(en |maar )?wat als\b", s):
        return False
    examples = False
    for part in re.split(r"[,:]", s)[1:]:
        examples = examples or bool(_NOT_OPTIONS.match(part))
        if not examples and any(m.group(1) not in _ASKS_WHETHER or not m.group(2) for m in _OF.finditer(part)):
            return True
    if len(_LISTED.findall(s)) >= 2:
        return True  # "Wat is dat voor lijst, een Excel, een gedeeld document, iets in het systeem?": options listed
    m = re.search(r"(?<!\bwel )\bof\b (niet|nog niet|ook)\b", s)
    wh = cues()["WH_WORDS"].search(s)
    return bool(m) and not (wh and wh.start() > m.start())


# an item of a list of guesses after the question, each after a comma or colon: "een maand, een jaar, altijd"
_LISTED = re.compile(r"[,:]\s*(?:een|één|iets|altijd|nooit|\d+)\b[^,:?!.]{0,30}(?=[,?!.]|\s*$)")


@rule("open.either_or")
def _either_or(turn: Turn):
    for i in turn.asks():
        if turn.kinds[i] in {"wh", "tell", "frag"} and _offers_options(turn.low_of(i)):
            return [turn.sentence(i)]
    return []


# asking leave to ask: "Mag ik de inbrenger een vraag stellen?" opens the question that follows
_MAY_I_ASK = re.compile(r"\s*mag ik (?:\w+ ){0,5}?(?:een |nog een |ook een )?vraag(?:je)? stellen\b")


def _lead_in(turn: Turn, i: int) -> bool:
    """Is ask ``i`` a lead-in to a wh-question later in the turn: a verbless echo of
    the case ("Een maand lang elke dinsdag? En wie deed dan ...?", "Tien minuten?? Hoe
    ...?") or leave to ask ("Mag ik de inbrenger een vraag stellen? Wat ...?")? The
    question that follows is what the presenter answers."""
    later = [j for j in turn.asks() if j > i and turn.kinds[j] in {"wh", "tell"}]
    if not later:
        return False
    low = turn.low_of(i)
    if _MAY_I_ASK.match(low):
        return True
    # (not an either/or, "kas of bank?", nor a summary to confirm, "dus 1x gedaan ...?", nor a clause with its verb)
    return turn.kinds[i] == "frag" and not re.match(r"\s*(en|maar|dus)\b", low) and not re.search(r"\bof\b", low) \
        and not cues()["YN_VERBS"].search(low) and not has_finite_verb([t for t in nl.tokenize(low) if t.is_word])


@rule("open.closed")
def _closed(turn: Turn):
    for i in turn.asks():
        if _lead_in(turn, i):
            continue
        if turn.kinds[i] in {"yn", "statement_q"}:
            return [turn.sentence(i)]
        # (an elliptic "en de ...?" asks "and what about ...?"; "en als je ...?" offers a step to take or not)
        if turn.kinds[i] == "frag" and (not re.match(r"\s*(en|maar)\b", turn.low_of(i))
                                        or proposal_if(turn.low_of(i).strip())):
            return [turn.sentence(i)]
        s = turn.low_of(i)
        # a closed question after a comma: "Hoe sterk is zijn netwerk, heeft hij mensen om zich heen"
        m = re.search(r",\s*(?:(?:en|of)\s+)?(\w+)\s+(je|jij|ge|gij|u|hij|ze|zij|die|het|jullie|er|de|dat|iemand|iedereen|we|wij)\b", s)
        # (a request to tell after the comma, "Ilse, kun je een voorbeeld geven ...?", is open)
        if m and _finite_verb(m.group(1), m.group(2)) and not _COMMENT_TAG.match(s, m.start()) \
                and not cues()["TELL"].search(s, m.start()):
            return [turn.sentence(i)]
    return []


def _finite_verb(word: str, subject: str) -> bool:
    """Is ``word`` a finite verb before its ``subject`` (inversion: "slaapt hij")?
    The listed verbs, any -t form before a subject pronoun, or a plural in -en
    before a plural subject pronoun ("merken zij er iets van")."""
    return bool(cues()["YN_VERBS"].fullmatch(word)) or (
        word.endswith("t") and len(word) > 3 and word not in NOT_VERBS and word not in _T_WORDS
        and subject in {"je", "jij", "ge", "gij", "u", "hij", "ze", "zij", "jullie", "er", "iemand", "iedereen"}) or (
        word.endswith("en") and len(word) > 4 and word not in NOT_VERBS and subject in {"ze", "zij", "jullie", "we", "wij"}) or (
        # a strong past form before a subject pronoun ("liep je", "bleef hij"): the lexicon
        # gives it an infinitive as lemma, so it is a finite verb, not a stem
        subject in {"je", "jij", "ge", "gij", "u", "hij", "ze", "zij", "jullie"} and word not in NOT_VERBS
        and _strong_past(word))


def _strong_past(word: str) -> bool:
    tok = nl.tokenize(word)
    return bool(tok) and tok[0].is_word and tok[0].lemma != word and tok[0].lemma.endswith("en") \
        and not tok[0].lemma.startswith(word)


# words ending in -t that are no verb form
_T_WORDS = {"nooit", "ooit", "eerst", "laatst", "meest", "liefst", "omdat", "zodat", "best", "vast", "nacht", "want",
            "licht", "recht", "slecht", "zacht", "juist", "vaakst",
            # subordinating conjunctions: "..., voordat hij ..." opens a clause, asks nothing
            "voordat", "nadat", "totdat", "doordat", "opdat", "dat", "zelfs"}


# a comment clause closing an open question ("Wat maakt dat het lukt, denk je?"):
# it asks for the presenter's view of the open question, no yes or no
_COMMENT_TAG = re.compile(r",\s*(denk|denkt|vind|vindt|schat|zou je zeggen)\s*(je|jij|ge|gij|u)?(\s+(zelf|eigenlijk|dan))?\s*[?.!]*\s*$")


# the asker's own answer offered after an open question, for a yes or no: a number ("hoe
# vaak ..., 1x per week?", "hoe lang ..., 2 weken"), a "dat"-clause that fills the
# wh-slot ("Wat wil je bereiken, dat ze allemaal komen?"), or a noun phrase opened by a pronoun or quantifier ("wie had dat
# gemaakt, jij zelf?", "wie waren erbij, de hele ploeg?"). A phrase of time or place, a
# preposition, an adverb ("precies", "denk je") or a subclause (toen, als) only narrows the
# question; after a correlate ("Wat vind je ervan, dat ...?") the dat-clause is its content.
_OFFERED = re.compile(r",\s*(?:(?:of )?(?:\d+\s*x|\d+ keer|(?:een|één|twee|drie|vier|vijf|elke|iedere) (?:keer|x)|elke \w+"
                      # a guessed amount of time: "hoe lang zijn jullie sprints, 2 weken"
                      r"|(?:ongeveer |zo'n |rond |binnen |na |over )?(?:\d+|een|één|twee|drie|vier|vijf|zes|tien|half|anderhalf)\s*"
                      r"(?:weken|week|wk|dagen|dag|maanden|maand|mnd|uur|uren|minuten|min|jaar|jaren))"
                      r"(?: per \w+| in de \w+)?"
                      r"|dat (?:ze|hij|zij|je|jij|het|er|de|die|alle|alles|iedereen|jullie|u) [^,]+"
                      r"|(?:jij|jijzelf|hij|zij|jullie|iedereen|allemaal|alles|altijd|de hele|alle|niemand|iemand)\b[^,]{0,30}"
                      r")\s*[?.!]*\s*$")
_CORRELATE = re.compile(r"\b(?:het|ervan|daarvan|erover|daarover|eraan|daaraan|erbij|ertoe)\b")


@rule("open.offered_answer")
def _offered_answer(turn: Turn):
    for i in turn.asks():
        s = turn.low_of(i).strip()
        m = _OFFERED.search(s)
        if turn.kinds[i] == "wh" and m and not _COMMENT_TAG.match(s, m.start()):
            if m.group().lstrip(", ").startswith("dat ") and _CORRELATE.search(s[:m.start()]):
                continue
            return [turn.sentence(i)]
    return []


# the rules of the criterion, in the order they are tried (the first that fires decides)
CHECKS = (_closed, _either_or, _offered_answer)
