"""Reproach carried by the frame of a sentence rather than one word:
incomprehension ("Ik snap niet dat ..."), judging frames, rhetorical
difficulty, comparisons with peers (also a third person doing what is asked),
counted repetitions, reminders of an earlier telling ("Ik heb je al gevraagd"),
disappointed expectations, irony, name-calling and verbless exclamations.
Part of the no_blame criterion (blame.py).
"""

from __future__ import annotations

from .rules import rule
from . import cues as C
from .nl import Sentence, Token
from .structure import RequestDoc, is_rhetorical
from .tokens import has_finite_verb, is_participle, is_verb_stem, matches, word_tokens


def _verbless(words: list[Token]) -> bool:
    """No finite verb and no infinitive: an exclamation ("Jij weer.", "Wat een
    puinhoop weer in de kantine.", "Super handig weer, die lege printer.")."""
    return not has_finite_verb(words) and not any(is_verb_stem(w) for w in words[:1])


_COMMON_LEMMAS = {
    "zijn", "hebben", "kunnen", "willen", "zullen", "mogen", "moeten", "doen", "gaan", "worden",
    "komen", "laten", "maken", "even", "ook", "wel", "gewoon", "altijd", "graag", "voortaan",
}


_FUNCTION_WORDS = C.DETERMINERS | C.PREPOSITIONS | C.SUBJECT_PRONOUNS | C.ADDRESSEE_ANY | C.TIME_WORDS


def _content_lemmas(words: list[Token]) -> set[str]:
    return {
        form for w in words if len(w.lower) > 2 and w.lower not in _FUNCTION_WORDS and w.lemma not in _COMMON_LEMMAS
        for form in (w.lemma, w.lower)
    }


def _shares_content(a: set[str], b: set[str]) -> bool:
    """Same lemma, or one form the start of the other ("verslag" / "verslagen",
    which the dictionary may lemmatise as "verslaan")."""
    return bool(a & b) or any(len(x) > 4 and len(y) > 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b)


def _peer_example(doc: RequestDoc, words: list[Token]) -> bool:
    """A statement about a third person doing what is asked of the other, with
    "wel", "ook", "gewoon" or "altijd": a peer held up as example ("Mijn buurman
    lukt het ook om de heg te snoeien. Wil je de heg knippen?")."""
    lows = {w.lower for w in words}
    if not words or words[0].lower in {"dan", "zo", "anders", "daardoor", "daarmee", "het", "dat", "dit", "er", "daar", "hier"}:
        return False  # a result or an impersonal statement ("Dan is altijd na te gaan ...") names no peer
    if not lows & {"wel", "wél", "ook", "gewoon", "altijd"} or lows & (C.ADDRESSEE_ANY | {"ik", "mij", "me", "we", "wij"}):
        return False
    return _shares_content(_content_lemmas(words), _asked_lemmas(doc))


def _asked_lemmas(doc: RequestDoc) -> set[str]:
    asked: set[str] = set()
    for c in doc.request_clauses:
        asked |= _content_lemmas(word_tokens(c.tokens))
    return asked


# Verbs of telling and agreeing: "Ik heb al gezegd ...", "We hadden toch afgesproken ...".
_TELLING_VERBS = {"zeggen", "vragen", "vertellen", "afspreken", "uitleggen", "aangeven", "gezegd", "gevraagd", "verteld", "afgesproken", "uitgelegd", "aangegeven"}


@rule("no_blame.reminder_or_accusation")
def _reminder_or_accusation(words: list[Token], lows: list[str]) -> list[Token]:
    """Frames that remind the other of what they should know or accuse them of a
    past act, outside the request itself:
    - a reminder of an earlier telling or agreement with "al" or "toch" ("Ik heb
      je al eerder gevraagd ...", "We hadden toch afgesproken dat ...");
    - "toch" with knowing ("Je weet toch dat ...");
    - "wie" asking who did it "weer" ("Wie heeft er weer ... gemorst?");
    - praise for a past act done "weer" ("Knap hoor, dat je de deadline weer gemist hebt")."""
    low_set = set(lows)
    telling = any(w.lemma in _TELLING_VERBS or w.lower in _TELLING_VERBS for w in words)
    # ("Ik heb al gevraagd of de monteur komt" tells nothing to the other and repeats nothing)
    repeated = low_set & (C.ADDRESSEE_ANY | {"eerder", "vaker", "keer", "keren", "meerdere", "vaak"})
    if telling and ("toch" in low_set or ("al" in low_set and repeated and any(is_participle(w) for w in words))):
        return words[:7]
    if "toch" in low_set and "weten" in {w.lemma for w in words} and low_set & C.ADDRESSEE:
        return words[:6]
    if lows[:1] == ["wie"] and low_set & {"weer", "alweer", "altijd"}:
        return words[:7]
    # evidential particles over a difficulty or failure: "Blijkbaar is het lastig
    # om ...", "Kennelijk lukt het niet om ..." (what was observed is held against the other)
    if low_set & {"blijkbaar", "kennelijk", "schijnbaar"} and (low_set & C.DIFFICULTY_WORDS or low_set & C.NEGATIONS):
        return words[:7]
    # "Ik ben benieuwd of het deze week wel lukt": "deze <time> wel" implies the
    # earlier times it did not
    for i, w in enumerate(words[:-2]):
        if w.lower == "deze" and lows[i + 1] in {"keer", "week", "maand", "dag", "ochtend", "avond", "les"} and "wel" in lows[i + 2 : i + 5]:
            return words[max(0, i - 2) : i + 5]
    addressed = bool(low_set & C.ADDRESSEE_ANY)
    # disappointed expectation: "Van jou had ik meer verwacht", "Ik had verwacht dat
    # je het zelf zou zien" ("Ik had verwacht dat de bus ..." blames nobody)
    if addressed and {"had", "hadden"} & low_set and low_set & {"verwacht", "gehoopt", "gedacht"}:
        return words[:7]
    # overdue: "Het wordt (hoog) tijd dat je ..."
    for i, w in enumerate(words[:-2]):
        if w.lower == "tijd" and lows[i + 1] == "dat" and lows[i + 2] in C.ADDRESSEE:
            return words[max(0, i - 3) : i + 5]
    # bad intent ascribed to the other: "alsof je het expres doet"
    if addressed and low_set & {"expres", "expresselijk", "opzettelijk", "opzet"}:
        return words[:8]
    praise = [i for i, w in enumerate(words) if w.lower in C.PRAISE_WORDS]
    past_act = any(is_participle(w) or w.lower in {"hebt", "heeft"} for w in words[praise[0] :]) if praise else False
    if praise and low_set & {"weer", "alweer"} and low_set & C.ADDRESSEE and past_act:
        return words[praise[0] : praise[0] + 7]
    return []


@rule("no_blame.reproach_frame")
def reproach_frame(doc: RequestDoc, s: Sentence, words: list[Token]) -> list[Token]:
    """Reproach carried by the frame of a sentence rather than by one word:
    incomprehension, judging frames, rhetorical difficulty, comparisons with
    peers, counted repetitions and verbless exclamations."""
    lows = [w.lower for w in words]
    rhetorical = is_rhetorical(s)
    req_ids = {id(t) for c in s.clauses if c in doc.request_clauses for t in c.tokens}
    ask_ids = {id(t) for c in s.clauses if c in doc.questions for t in c.tokens}
    # "Kijk eens naar Sanne: zij ruimt altijd netjes op": a peer held up as example
    if "kijken" in {w.lemma for w in words} and "naar" in lows:
        for c in s.clauses:
            cl = [w.lower for w in word_tokens(c.tokens)]
            if c not in doc.request_clauses and set(cl[:2]) & {"zij", "hij", "ze", "die"} and set(cl) & {"altijd", "wel", "gewoon", "nooit"}:
                return word_tokens(c.tokens)[:6]
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
        # a trait word judging an act ("Het is nogal onbeleefd om ... te typen") or a
        # recurring state ("Het is hier weer een zwijnenstal") next to the request
        if matches(w, C.JUDGING_WORDS) and not in_request and not asks and i > 0:
            head = set(lows[max(0, i - 4) : i])
            act = head & {"is", "was", "vind"} and head & {"het", "dat", "dit"} and "om" in lows[i + 1 : i + 3]
            # (not a judgement of a case: "Het is altijd vervelend als hij leeg is")
            recurring = set(lows) & (C.GENERALISERS - {"vaak"}) and not any(c.kind == "condition" for c in s.clauses)
            if act or recurring:
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
        # "Ook jij moet ...": the emphatic "jij" after "ook" sets the other beside the rest
        # (with a duty: "Ook jij moet ...", "Ook jullie horen ..."; "Ook jij bent welkom" is no comparison)
        if w.lower == "ook" and lows[i + 1 : i + 2] in (["jij"], ["jullie"]) and {"moet", "moeten", "hoort", "horen", "dient", "dienen"} & set(lows[i + 2 : i + 4]):
            return words[i : i + 5]
        if w.lower == "behalve" and i + 1 < len(words) and lows[i + 1] in C.ADDRESSEE_ANY:
            return words[max(0, i - 3) : i + 2]
        # (with "al": the others have already done it, "Iedereen heeft het al ingeleverd")
        after = set(lows[i + 1 : i + 6])
        later = set(lows[i + 1 : i + 8])  # "De rest van de groep heeft het al betaald"
        done_already = (
            "al" in later and not later & C.NEGATIONS and lows[0] not in {"anders", "dan", "zo"}
            and _shares_content(_content_lemmas(words), _asked_lemmas(doc))  # they did what is asked
        )
        if (w.lower in C.PEER_WORDS or w.lemma in C.PEER_WORDS) and not in_request and not asks and (
            {"wel", "wél", "gewoon", "altijd"} & after or done_already
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
    hit = _reminder_or_accusation(words, lows) if not in_request and not asks else []
    if hit:
        return hit
    # "Hoe denk je dat dat overkomt?": asks nothing, it makes the other judge
    # themselves (unlike "Wat denk je ervan om ...?", which invites)
    if lows[1:4] == ["denk", "je", "dat"] and lows[0] in {"hoe", "wat"}:
        return words[:6]
    if not in_request and not asks:
        # "Zelfs de stagiair krijgt het voor elkaar ...": a peer held up as example
        if lows[:1] == ["zelfs"] and len(words) > 3:
            return words[:6]
        if _peer_example(doc, words):
            return words[:7]
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
        if {"weer", "alweer"} & set(lows) and (set(lows) & C.ADDRESSEE_ANY or any(matches(w, C.JUDGING_WORDS) for w in words) or len(words) <= 3):
            return words[:6]
        # "Elke keer hetzelfde liedje.": a verbless exclamation about a repetition
        if any(lows[k] in {"elke", "iedere"} and lows[k + 1] == "keer" for k in range(len(lows) - 1)) or {"telkens", "steeds", "altijd"} & set(lows):
            return words[:6]
        if any(matches(w, C.JUDGING_WORDS) for w in words) and lows[:2] == ["wat", "een"]:
            return words[:6]
    return []
