"""The ``effect`` criterion of a compliment: does it say in words what the act brought?

A result clause ("daardoor ...", "zodat ...", "Doordat je X, ..."), an
achievement credited to the presenter, or only an implied effect ("dat werkt").
"""

from __future__ import annotations

import re

from . import feedback as fb
from .compliment_action import achievement
from .compliment_doc import BE, CC, ComplimentDoc, around, content_words, in_vocab, own_clause, per_doc, quote_of
from .criteria import COMPLIMENT_LABELS
from .models import CriterionResult
from .nl import Token
from .rules import rule, rule_of, tagged
from .stance import difficulty, negative_marker, proposal, segments
from .tokens import has_finite_verb, word_tokens

# --- effect -----------------------------------------------------------------------

def _result_words(words: list[Token]) -> list[Token]:
    return [w for w in content_words(words) if not in_vocab(w, CC.IMPLIED)]


@per_doc
@rule("effect.result")
def result_clause(doc: ComplimentDoc) -> list[Token]:
    """A clause that says what the doing brought ("daardoor komt hij vaker",
    "zodat mensen het in hun agenda zetten", "Doordat je X, begint hij goed")."""
    for s in doc.sentences:
        if proposal(s):
            continue  # "Misschien kun je het naar de middag schuiven, dan staat de wachtrij minder vol": a tip's outcome
        clauses = s.clauses
        for k, c in enumerate(clauses):
            words = word_tokens(c.tokens)
            if not words:
                continue
            first = words[0].lower
            if first in {"doordat", "door", "omdat", "sinds", "sindsdien"} and k + 1 < len(clauses):
                rest = [w for c2 in clauses[k + 1 :] for w in word_tokens(c2.tokens)]
                if _result_words(rest) and has_finite_verb(rest):
                    return rest
            opener_at = next((i for i, w in enumerate(words[:3]) if w.lower in CC.RESULT_OPENERS), -1)
            if opener_at < 0:
                continue
            body = words[opener_at + 1 :]
            if words[opener_at].lower in {"door", "doordat", "dankzij"} and not any(in_vocab(w, CC.YOU) for w in body):
                body = words[opener_at + 1 :]
            if len(_result_words(body)) >= 1 and (has_finite_verb(body) or _verb_after_credit(words, opener_at)) and not any(w.lower in CC.YOU and w.lower != "je" for w in body[:1]) \
                    and not _names_no_result(body, [w for c2 in clauses[k + 1 :] for w in word_tokens(c2.tokens)]):
                return words
    return _causative(doc) or _credited_after(doc) or _thanked_result(doc) or _and_then(doc) or _juxtaposed(doc)


# Openers of thanks: "Bedankt", "Dank je wel", "Dankjewel".
_THANKS = {"bedankt", "dankjewel", "dankje", "dankuwel", "dank", "thanks", "merci"}
_THANKS_FILLER = {"je", "u", "wel", "ook", "nog", "even", "hoor", "jij", "zeer", "heel", "erg"}


def _thanked_result(doc: ComplimentDoc) -> list[Token]:
    """"Dank je wel Nadia, dat die achterstanden zo snel weg zijn", "bedankt ferry
    dat die flat nu zo schoon is": thanks for a state of affairs names the
    result. Thanks for the presenter's own doing ("Bedankt dat je dit wilde
    delen") names an act, no result."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        if not words or words[0].lower not in _THANKS:
            continue
        k = 1
        while k < len(words) and (words[k].lower in _THANKS_FILLER or words[k].text[:1].isupper()):
            k += 1  # "Dank je wel", a name
        if k + 1 < len(words) and words[k].lower != "dat" and words[k + 1].lower == "dat":
            k += 1  # a name in chat, lowercase: "bedankt ferry dat ..."
        if k >= len(words) - 2 or words[k].lower != "dat":
            continue
        body = words[k + 1 :]
        if in_vocab(body[0], CC.YOU) or body[0].lower in {"jij", "jullie", "u", "ge", "gij"}:
            continue  # "Bedankt dat je ...": the presenter's act
        if _result_words(body) and has_finite_verb(body):
            return words
    return []


def _names_no_result(body: list[Token], rest: list[Token]) -> bool:
    """A clause after "daardoor/zo" that names no result after all: a quality of
    the step, evidence for the presenter, or knowing with placeholder content
    (``rest``: the clauses after it, where "wat werkt" may stand)."""
    return _step_quality(body) or _proof_only(body) or _placeholder_knowledge(body + rest)


_COPULA = BE | {"blijft", "bleef", "wordt", "word", "werd"}
# Between "het" and the quality: adverbs, and a phrase of for whom or when ("voor de huisarts", "in een drukke week").
_QUALITY_FILLER = {"ook", "meteen", "wel", "nog", "echt", "gewoon", "heel", "zo", "erg", "best", "goed", "een",
                   "iedereen", "allemaal", "gebleven", "geworden", "prima", "vol", "te"}
_PREPOSITIONS = {"voor", "in", "na", "naast", "bij", "op", "tijdens"}
_FURTHER = {"en", "zodat", "waardoor", "dus", "want", "omdat", "maar", "waarna"}


def _step_quality(body: list[Token]) -> bool:
    """"Daardoor is het vol te houden", "zo blijft het voor de huisarts behapbaar",
    "dan blijft het hangen", "daardoor werd het een gewoonte": after the opener,
    "het" or "dat" and a copula with only a quality of the step (STEP_EASE): why
    the step works, not what it brought. A further clause ("... en haakte niemand
    af") is a result, and so is ease for a named person of the case ("daardoor
    was het voor Joost te doen": what changed for him)."""
    low = [w.lower for w in body]
    if len(low) < 3 or low[0] not in _COPULA or low[1] not in {"het", "dat"}:
        return False
    if any(low[i - 1] == "voor" and body[i].text[:1].isupper() for i in range(2, len(low))):
        return False
    free = 0  # words of a prepositional phrase ("in een drukke week", "na een lange dienst")
    for i in range(2, len(low)):
        w = low[i]
        if w in CC.STEP_EASE and (w not in {"doen", "houden", "overzien"} or low[i - 1] == "te"):
            return not set(low[i + 1 :]) & _FURTHER
        if w in _PREPOSITIONS:
            free = 3
        elif w in _QUALITY_FILLER or free:
            free = max(free - 1, 0)
        else:
            return False
    return False


_EVIDENCE = {"cijfers", "bewijs", "argument", "onderbouwing"}


def _proof_only(body: list[Token]) -> bool:
    """"daardoor kon je laten zien dat niemand langer stond", "zo heb je nu harde
    cijfers", "zo zie je zwart op wit wat het oplevert": what the tracking gave the
    presenter is evidence that the step works (RULEBOOK settled c45-t099), not a
    change in the case; the measured result belongs to the step."""
    low = [w.lower for w in body]
    you = set(low[:4]) & CC.YOU
    if not you:
        return False
    if "laten" in low and "zien" in low and set(low[:3]) & {"kon", "kan", "kun", "kunt", "kondt", "konden"}:
        return True
    if set(low[:2]) & {"heb", "hebt", "had"} and set(low) & _EVIDENCE and not set(low) & _FURTHER:
        return True
    return "zwart" in low and "wit" in low and bool(set(low) & {"oplevert", "opleverde", "werkt", "werkte"})


_KNOW_WHERE = re.compile(r"^(?:weet|wist|weten|wisten) (?:je|jij|ge|gij|u|jullie)(?: (?:nu|al|dus|precies|gelijk|meteen|ook))* "
                         r"(?:wat (?:\w+ ){0,2}(?:werkt|helpt|oplevert)\b|waar (?:je|ge|jij) (?:\w+ ){0,2}"
                         r"(?:bouwen|inzetten|beginnen|naartoe|toe bent|staat)\b|waar de sleutel)")


def _placeholder_knowledge(body: list[Token]) -> bool:
    """"Daardoor weet je nu wat werkt", "daardoor weet je nu waar je op kunt bouwen",
    "dan weet je waar de sleutel zit": knowing, after noticing the exception, with
    content a listener can only guess (RULEBOOK settled c14-t067, c12-t003); named
    content ("weet je nu wat zij fijn vindt", "hoe zij het aanpakte") is a result."""
    return bool(_KNOW_WHERE.match(" ".join(w.lower for w in body)))


# Adverbs of sequence or consequence after "en" that open a main clause with inversion.
_THEN = {"toen", "daarna", "nu", "sindsdien", "daardoor", "dus", "meteen"}


def _and_then(doc: ComplimentDoc) -> list[Token]:
    """"je hebt het gewoon geprobeerd en toen stond er niemand meer buiten":
    "en toen/nu/daarna" with the finite verb straight after it and someone or
    something other than the presenter or the speaker as subject tells what
    followed the act. "en toen belde je hem" (the presenter again) is the act,
    no result."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        for i in range(1, len(words) - 3):
            if words[i].lower != "en" or words[i + 1].lower not in _THEN:
                continue
            verb, rest = words[i + 2], words[i + 3 :]
            if has_finite_verb([verb]) and rest and not (in_vocab(rest[0], CC.YOU) or rest[0].lower in {"ik", "jij", "jullie", "we", "wij"}) \
                    and _result_words(rest):
                return words[i : i + 10]
    return []


# Subjects of a clause about people or things in the case (not the presenter, not the speaker).
_THIRD = {"ze", "zij", "hij", "iedereen", "niemand", "alle", "allemaal", "de", "het", "die", "mensen", "elke", "iedere", "veel",
          "meer", "twee", "drie", "vier", "vijf", "twintig"}
_YOU_OR_SPEAKER = CC.YOU | {"ik", "wij", "we"}
# Words that make a clause after praise something else than what the act brought: a limit ("niet", "nog",
# "maar"), a condition ("als jij hem belt"), a sweep or comparison with others ("altijd", "dan", "beter",
# "vorige"), a comment on the round ("gezegd") or on its time ("eindelijk", "het werd tijd").
_NOT_A_RESULT = {"niet", "nie", "nooit", "nog", "maar", "altijd", "als", "gezegd", "eindelijk", "toch", "dan", "vorige",
                 "beter", "bewijs", "eenmaal"}


def _juxtaposed(doc: ComplimentDoc) -> list[Token]:
    """"goed dat je het buiten hebt gedaan, ze kwamen allemaal", "goeie vragen, die
    week liep de avond echt soepeler": after the praise, a main clause with
    someone or something of the case as its subject says what followed, without
    a connective (chat and speech leave "daardoor" out). The clause must speak of
    the case (a word of the case description), and a limit, a comparison with
    others or a difficulty makes it a comment instead ("die beginnen meteen over
    medicatie", "Elke ochtend weigeren is zwaar"); "laten zien" shows, it tells no result."""
    after_praise = False
    for s in doc.sentences:
        if proposal(s) or s.question_mark:
            after_praise = True
            continue
        sentence_low = {w.lower for w in word_tokens(s.tokens)}
        for j, seg in enumerate(segments(s)):
            low = [w.lower for w in seg]
            if not (j or after_praise) or len(seg) < 3 or low[0] not in _THIRD or set(low[:3]) & _YOU_OR_SPEAKER:
                continue
            if low[0] in {"die", "de", "het"} and has_finite_verb(seg[1:2]):
                continue  # "die beginnen meteen ...", "het is ...": a pronoun, mostly for others in a comparison
            if not (has_finite_verb(seg[:4]) and _result_words(seg) and any(w.lemma in doc.case_lemmas for w in content_words(seg))):
                continue
            if set(low) & _NOT_A_RESULT or sentence_low & {"beter", "dan"} or negative_marker(seg) or difficulty(seg) \
                    or "tijd" in low and set(low) & {"werd", "wordt", "werden"} \
                    or "zien" in low and set(low) & {"laat", "liet", "lieten", "laten"}:
                continue
            return seg
        after_praise = True
    return []


def _verb_after_credit(words: list[Token], at: int) -> bool:
    """"Dankzij jou eten de patiënten beter": after the fronted "dankzij jou"
    (or "dankzij jouw vraag") the finite verb stands second, before its
    subject; a short plural ("eten", "gaan") the dictionary test misses is
    read from that position when a determiner or pronoun (the subject) follows."""
    if words[at].lower != "dankzij":
        return False
    rest = words[at + 1 :]
    np = 1 if rest[:1] and rest[0].lower == "jou" else 2 if rest[:1] and in_vocab(rest[0], CC.YOUR) else 0
    verb, subj = rest[np : np + 1], rest[np + 1 : np + 2]
    return bool(np and verb and subj) and verb[0].lower.endswith(("en", "aan", "aat", "gt", "t")) \
        and subj[0].lower in {"de", "het", "die", "ze", "zij", "hij", "alle", "veel", "meer", "iedereen"}


# Finite forms and participles of verbs that cause ("zorgde ervoor dat", "heeft ertoe geleid dat", "leidde tot").
_CAUSING = {"zorgt", "zorgde", "zorgden", "gezorgd", "leidt", "leidde", "leidden", "geleid", "resulteerde", "resulteert"}


def _causative(doc: ComplimentDoc) -> list[Token]:
    """"Dat zorgt ervoor dat die vijf blijven", "heeft ertoe geleid dat hij
    meeging", "leidde tot een gesprek": a verb of causing whose complement
    names the result. The imperative "Zorg ervoor dat ..." is a tip, no result."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        for i, w in enumerate(words):
            if w.lower not in _CAUSING:
                continue
            nxt = [x.lower for x in words[i + 1 : i + 5]]
            link = next((k for k, x in enumerate(nxt) if x in {"dat", "da", "tot", "in"}), -1)
            if link < 0 or nxt[link] == "in" and not w.lower.startswith("result"):
                continue
            body = words[i + 2 + link : i + 16]
            if _result_words(body) and (nxt[link] in {"tot", "in"} or has_finite_verb(body)):
                return words[i : i + 14]
    return []


def _credited_after(doc: ComplimentDoc) -> list[Token]:
    """"Mark komt nu twee keer, dankzij jou", "hij opent zijn brieven, dankzij
    je aanpak": the result first, its credit to the presenter after it (the
    order reversed of "Dankzij jou komt hij weer")."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        at = next((i for i, w in enumerate(words) if w.lower == "dankzij" and i >= 2), -1)
        tail = words[at + 1 :]
        if at < 0 or not tail or len(tail) > 4 or not (in_vocab(tail[0], CC.YOU) or in_vocab(tail[0], CC.YOUR) or tail[0].lower == "jou"):
            continue
        result = words[:at]
        if _result_words(result) and has_finite_verb(result):
            return words
    return []


@rule("effect.achieved")
def achieved_result(doc: ComplimentDoc) -> list[Token]:
    """ "Wat je al hebt bereikt is dat hij weer komt": the achievement is its result."""
    hit = achievement(doc)
    if rule_of(hit, "") == "action.starter":
        return tagged("effect.starter", list(hit))
    return list(hit) if hit and any(in_vocab(w, CC.ACHIEVE) or w.lower in {"elkaar", "rit", "been"} for w in hit) else []


@per_doc
@rule("effect.implied")
def implied_effect(doc: ComplimentDoc) -> list[Token]:
    """Only that it works, helps or is good ("dat werkt", "helpt echt")."""
    for w in doc.words:
        if w.lemma in {"werken", "helpen", "opleveren"} or w.lower in {"werkt", "helpt", "werkte", "hielp", "effectief"}:
            return around(doc, [w], 2, 2)
    return []


def check_effect(doc: ComplimentDoc, action: CriterionResult) -> CriterionResult:
    label = COMPLIMENT_LABELS["effect"]
    if action.rule == "action.nothing":
        q = action.evidence[0]
        return CriterionResult(False, fb.fmt(fb.EFFECT_NOTHING, q), label, (q,), "effect.nothing")
    for finder in (achieved_result, result_clause):
        hit = finder(doc)
        if hit:
            q = quote_of(doc, own_clause(doc, hit), 12)
            return CriterionResult(True, fb.fmt(fb.EFFECT_OK, q), label, (q,), rule_of(hit, "effect.result"))
    hit = implied_effect(doc)
    if hit:
        q = quote_of(doc, hit)
        return CriterionResult(False, fb.fmt(fb.EFFECT_IMPLIED, q), label, (q,), "effect.implied")
    q = action.evidence[0] if action.passed and action.evidence else quote_of(doc, doc.sentences[-1].tokens)
    return CriterionResult(False, fb.fmt(fb.EFFECT_MISSING, q), label, (q,), "effect.missing")
