"""Criterion "concrete": the request names an observable act in a situation,
not an aim, attitude, quality or outcome ("wees wat professioneler",
"zorg dat het netjes is").
"""

from __future__ import annotations

from . import cues as C
from . import feedback as fb
from .anchors import determiner_at, has_time, object_or_anchor
from .models import CriterionResult
from .nl import Clause, Token, quote
from .rules import rule, rule_of, tagged
from .structure import RequestDoc, request_core
from .tokens import find_phrase, has_head, is_comparative, is_participle, matches, word_tokens


def _vague_hit(clause: Clause, moment: bool = False) -> list[Token]:
    """Words that make the asked behaviour an aim rather than an act; ``moment``
    says the sentence ties it to a situation ("als je 's ochtends begint")."""
    words = word_tokens(clause.tokens)
    outcome = _outcome_hit(clause, words)
    if outcome:
        return outcome
    for i, w in enumerate(words):
        judging = matches(w, C.JUDGING_WORDS) and not matches(w, C.VAGUE_WORDS)
        attitude = matches(w, C.ATTITUDE_VERBS) or _attitude_noun(w)
        if matches(w, C.VAGUE_WORDS) or judging or attitude:
            abstract_obj = any(_abstract_noun(x) for x in words[:i])
            if w.lemma in {"verbeteren", "veranderen"} and any(object_or_anchor(words[:i])) and not abstract_obj:
                continue  # "je collega's verbeteren": an act on someone, not an aim ("je gedrag verbeteren" is one)
            if judging and i > 0 and words[i - 1].lower in C.DETERMINERS | {"zo'n", "zulke", "dat", "die"}:
                continue  # "die sarcastische opmerkingen": a named thing, judged (no_blame's business)
            if attitude and (moment or has_time(words)):
                continue  # "niet zo mopperen als je 's ochtends begint": tied to a moment
            return tagged("concrete.vague_word", words[max(0, i - 1) : i + 3])
    for ph in C.VAGUE_PHRASES:
        i = find_phrase(words, ph)
        if i >= 0:
            return tagged("concrete.vague_phrase", words[i : i + len(ph) + 1])
    hit = _separable_vague(words) or _abstract_object(words)
    if hit:
        return hit
    hit = _compliance(words) or _produce_outcome(words)
    if hit:
        return hit
    lemmas = [w.lemma for w in words]
    for a, b in C.VAGUE_LEMMA_PAIRS:
        # Dutch compounds carry their head last: "hygiëneregels", "werkafspraken"
        # are rules and agreements too
        i = next((k for k, w in enumerate(words) if has_head(w, a)), -1)
        if i >= 0 and b in lemmas:
            j = lemmas.index(b)
            return tagged("concrete.rule_keeping", words[min(i, j) : max(i, j) + 1])
    return _aim_hit(words)


_REFLEXIVE = {"je", "jij", "u", "jullie", "zich", "jezelf", "me", "mij", "ons", "wel", "voortaan", "beter", "ook", "altijd", "graag", "even", "gewoon", "meer", "strikter", "strenger",
              "er", "daar", "hier", "nu"}  # "je er voortaan aan houden": "er" stands for the norm


@rule("concrete.compliance")
def _compliance(words: list[Token]) -> list[Token]:
    """ "je aan je woord houden", "hou je voortaan aan de regels": the reflexive
    "zich houden aan" asks to comply with a norm, whatever its name; a thing
    before "aan" ("de hond aan de lijn houden") makes it an act."""
    lows = [w.lower for w in words]
    if "aan" not in lows or not any(w.lemma == "houden" or w.lower in {"hou", "houd", "houdt"} for w in words):
        return []
    a = lows.index("aan")
    start = 2 if words[0].lemma in C.QUESTION_VERBS else 1 if words[0].lower in {"hou", "houd"} else 0
    between = lows[start:a]
    if between and all(x in _REFLEXIVE for x in between) and set(between) & {"je", "u", "jullie", "zich", "jezelf"}:
        return words[a : a + 4]
    return []


@rule("concrete.produce_outcome")
def _produce_outcome(words: list[Token]) -> list[Token]:
    """ "zorgen voor een goede overdracht", "Zorg voor een opgeruimde werkplek":
    "zorgen voor" + an indefinite result names what should come about, not what
    to do ("zorgen voor de planten" looks after a named thing)."""
    for i, w in enumerate(words[:-2]):
        if (w.lemma == "zorgen" or w.lower in {"zorg", "zorgen"}) and words[i + 1].lower == "voor" and words[i + 2].lower == "een":
            return words[i : i + 5]
    return []


_TARGET_PREPS = {"tegen", "naar", "richting", "tegenover", "met", "voor"}


@rule("concrete.attitude_towards")
def _attitude_towards(words: list[Token]) -> list[Token]:
    """ "eerlijk zijn tegen me", "aardig doen tegen je zusje", "duidelijk zijn naar
    de ouders": an adjective + zijn/doen aimed at a person is an attitude; the
    person is its target, not a situation. A time ("stil zijn tijdens de
    uitleg") or a place ("in de gang") makes it an act."""
    if _time_bounded(words):
        return []
    for i, w in enumerate(words):
        if w.lower not in {"zijn", "doen"} or i < 2:
            continue
        adj = words[i - 1]
        if (adj.lemma != adj.lower or is_participle(adj) or adj.lower in C.PREPOSITIONS | C.DETERMINERS | C.ADDRESSEE_ANY
                or adj.lower in C.EMPTY_OBJECTS or words[i - 2].lower in C.DETERMINERS or adj.text[:1].isdigit()):
            continue
        rest = [x.lower for x in words[i + 1 :]]
        before = [x.lower for x in words[: i - 1]]
        places = [k for k, x in enumerate(before) if x in C.PREPOSITIONS and x not in _TARGET_PREPS]
        if rest and rest[0] in _TARGET_PREPS and not places:
            return words[i - 1 : i + 3]
    return []


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


@rule("concrete.separable_vague")
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


_CONDUCT_NOUNS = ("gedrag", "houding", "communicatie", "aanpak", "werkwijze")


def _abstract_noun(tok: Token) -> bool:
    """An abstract noun: "rust", "betrokkenheid", or a compound with a conduct
    head ("werkhouding", "gedrag")."""
    low = tok.lower
    return (tok.lemma in C.ABSTRACT_NOUNS or (low.endswith(C.ABSTRACT_SUFFIXES) and len(low) > 7)
            or any(has_head(tok, n) for n in _CONDUCT_NOUNS))


def _time_bounded(words: list[Token]) -> bool:
    """A time word or a number bounds an attitude or a kept quality ("de komende
    tien minuten", "tijdens het bezoekuur"); a preposition alone ("bij je
    projecten", "om je kluisje ...") does not."""
    return any(
        w.text[:1].isdigit() or w.lower == "tijdens"
        or (matches(w, C.TIME_WORDS) and w.lower not in C.PREPOSITIONS)
        or any(has_head(w, t) for t in _TIME_HEADS)  # "bezoekuur", "lunchpauze", "avonddienst"
        for w in words
    )


_TIME_HEADS = ("uur", "pauze", "dienst", "ochtend", "middag", "avond")


@rule("concrete.abstract_object")
def _abstract_object(words: list[Token]) -> list[Token]:
    """ "begrip tonen", "de rust bewaren", "zorgen voor structuur": an abstract
    noun as what is to be shown, kept or given names no act."""
    verbs = {w.lemma for w in words} | {w.lower for w in words}
    # "de komende tien minuten je aandacht bij de uitleg houden": bounded by a time
    # word; a situation after a preposition ("eigenaarschap tonen bij je
    # projecten") does not bound an attitude
    if not verbs & C.ABSTRACT_OBJECT_VERBS or _time_bounded(words):
        return []
    for i, w in enumerate(words):
        suffixed = w.lower.endswith(C.ABSTRACT_SUFFIXES) and len(w.lower) > 7
        if (w.lemma in C.ABSTRACT_NOUNS or suffixed) and w.lemma != "tijd" and w.lower not in C.ABSTRACT_OBJECT_VERBS | {"zorgen"}:
            return words[max(0, i - 1) : i + 2]
    return []


@rule("concrete.outcome")
def _outcome_hit(clause: Clause, words: list[Token]) -> list[Token]:
    """ "(zorg) dat het netjes is", "dat alles op orde is", "dat de klant tevreden
    is": a complement whose subject is not the addressee and whose only verb is a
    copula names a result, not what the other does."""
    if clause.kind != "complement" or len(words) < 3 or words[0].lower != "dat":
        return []
    body = words[1:]
    if not body or body[0].lower in C.ADDRESSEE or any(w.lower in C.ADDRESSEE for w in body[:2]):
        return []
    if body[0].lower == "alles" and len(body) > 1:
        return body  # "dat alles klaar staat": the state of nothing named
    cop = [k for k, w in enumerate(body) if w.lower in C.OUTCOME_COPULAS]
    if not cop:
        return []
    others = [
        w for k, w in enumerate(body)
        if k not in cop and k > 0 and w.lemma != w.lower and w.lemma.endswith("en") and not is_participle(w)
        and w.lower not in C.FINITE_FORMS and w.lower not in C.OUTCOME_COPULAS
    ]
    if others:
        return []  # "dat de vuilniszakken aan de straat staan": a thing placed, an act
    if any(determiner_at(body, k) and k > 0 and body[k - 1].lower in C.PREPOSITIONS for k in range(cop[-1])):
        return []  # "dat de kinderen in de gymzaal zijn": a located state, seen or not
    if {body[k].lower for k in cop} & {"wordt", "worden"} and any(is_participle(w) for w in body):
        return []  # a passive ("dat er niet meer geroddeld wordt") names an act
    return body[: cop[-1] + 1]


@rule("concrete.aim")
def _aim_hit(words: list[Token]) -> list[Token]:
    """General marks of an aim instead of a visible act (see cues.STATE_VERBS)."""
    obj, anchor = object_or_anchor(words)
    for i, w in enumerate(words):
        prev = words[i - 1].lower if i else ""
        # a state or inner process: "rust uitstralen", "openstaan voor", "niet opgeven"
        if w.lemma in C.STATE_VERBS or w.lower in C.STATE_VERBS:
            if obj and w.lemma != "raken":
                continue  # "de deur laten openstaan": a named thing in a named state
            return words[max(0, i - 2) : i + 1]
        # "geduldiger zijn", "wat duidelijker in je mails": a comparative as the aim
        if is_comparative(w):
            return words[max(0, i - 1) : i + 2]
        # "de klanten wat sneller helpen", "iets beter bijhouden": a hedged
        # comparative asks for a direction of change, not for an act, even with an object
        if is_comparative(w) and prev in {"wat", "iets", "beetje"}:
            return words[max(0, i - 1) : i + 2]
        # "vaker je hulp aanbieden": more often than what, and when? (a number or a
        # time word makes it a frequency: "twee keer per week", "elke ochtend")
        if w.lower == "vaker" and not _time_bounded(words):
            return words[max(0, i - 1) : i + 3]
        # "iets vaker de vaatwasser uitruimen", "wat minder op je laptop zitten": a
        # hedged frequency or reduction of an activity asks for a change, not an act
        if prev in {"wat", "iets", "beetje"} and (w.lower == "vaker" or (w.lower == "minder" and i + 1 < len(words) and (words[i + 1].lower in C.PREPOSITIONS or words[i + 1].lower.endswith("en")))):
            return words[max(0, i - 1) : i + 3]
        # "je bureau netjes houden", "de klas rustig houden": keeping a thing in a
        # quality is an outcome (as "zorg dat het netjes is"), unless a time bounds it.
        # Derived adjectives (-jes, -ig, -lijk, -baar, -zaam) name qualities; plain
        # ones ("de deur dicht houden", "de gang vrij houden") a visible state.
        if w.lemma == "houden" and i >= 2 and not _time_bounded(words):
            k = i - 2 if words[i - 1].lower == "te" else i - 1  # "netjes te houden"
            adj = words[k]
            quality = adj.lower.endswith(("jes", "ig", "lijk", "baar", "zaam")) or matches(adj, C.VAGUE_WORDS)
            if quality and k >= 1 and words[k - 1].lower not in C.DETERMINERS:
                return words[max(0, k - 1) : i + 1]
        # "meer rust", "minder afleiding", "geen ruzie meer": an amount of something abstract
        if w.lower in C.AMOUNT_WORDS | {"geen", "wat", "veel"} and i + 1 < len(words) and words[i + 1].lemma in C.ABSTRACT_NOUNS:
            return words[i : i + 2]
        # "meer delen", "vaker helpen": more of something, but of what, when?
        nxt = words[i + 1] if i + 1 < len(words) else None
        verb_next = nxt is not None and (nxt.lower in C.PREPOSITIONS or (nxt.lower.endswith("en") and nxt.lemma == nxt.lower))
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
    hit = _attitude_towards(words)
    if hit:
        return hit
    # a copula with no moment, place or object: "rustig blijven", "aardig zijn"
    lemmas = {w.lemma for w in words} | {w.lower for w in words}
    addressed = bool(lemmas & C.ADDRESSEE) or words[:1] and words[0].lower == "wees"
    if lemmas & {"blijven", "worden", "wees"} and addressed and not (obj or anchor):
        i = next(k for k, w in enumerate(words) if w.lemma in {"blijven", "worden"} or w.lower == "wees")
        return words[max(0, i - 2) : i + 1]
    return []


def check_concrete(doc: RequestDoc) -> CriterionResult:
    label = fb.LABELS["concrete"]
    scope = doc.request_clauses or doc.all_clauses()
    if not doc.has_request and not any(any(object_or_anchor(word_tokens(c.tokens))) for c in scope):
        # "Je doet nooit wat ik vraag": a complaint that names nothing to do
        q = quote(doc.text, doc.sentences[0].tokens, 9)
        return CriterionResult(False, fb.fmt(fb.CONCRETE_NONE, q), label, (q,), "concrete.asks_nothing")
    for c in scope:
        sentence = next((s for s in doc.sentences if c in s.clauses), None)
        moment = sentence is not None and any(
            x.kind == "condition" and x.opener in {"als", "wanneer", "zodra", "voordat", "nadat", "terwijl"}
            for x in sentence.clauses
        )
        hit = _vague_hit(c, moment)
        if hit:
            q = quote(doc.text, hit, 6)
            return CriterionResult(False, fb.fmt(fb.CONCRETE_VAGUE, q), label, (q,), rule_of(hit, "concrete.unnamed"))
    q = quote(doc.text, request_core(scope[0], doc) if scope else [], 12)
    if not q:
        return CriterionResult(True, fb.CONCRETE_OK_PLAIN, label, rule="concrete.act")
    return CriterionResult(True, fb.fmt(fb.CONCRETE_OK, q), label, (q,), "concrete.act")
