"""no_sting readers for praise that ranks, talks down, recalls failure or judges.

Comparison with other people (also favourable), condescension (surprise, a
newcomer's role, "voor jouw doen"), hints at earlier failure ("eindelijk",
"nu wel") and judging words about someone in the case.
"""

from __future__ import annotations

from .compliment_doc import CC, ComplimentDoc, FUNCTION, around, in_vocab, per_doc, phrase_hit
from .compliment_takeback import NEGATORS, QUANTITY, at_least_count, reported, sentence_start
from .nl import Sentence, Token
from .rules import rule, tagged
from .stance import PRESENTER, comparison_standard, headed_by, expected_otherwise, organisation, others_means, possessor_party, ranked, segments, subject_of, surprise
from .tokens import has_finite_verb, is_comparative, is_superlative, word_tokens



def _peer_noun(w: Token) -> bool:
    """A noun of the presenter's peers, also as the head of a compound
    ("taalcoaches", "groepsleerkrachten", "wijkverpleegkundigen")."""
    return headed_by(w.lower, CC.PEERS, min_head=6)  # short heads ("coach") would match too much


def _peer_group(words: list[Token]) -> list[Token]:
    """"veel stagiaires", "in andere teams", "niet alle collega's": the
    presenter's peers named as a group, to rank the presenter against."""
    for i, w in enumerate(words):
        q = phrase_hit(words[i : i + 3], CC.PEER_QUANTIFIERS) if w.lower in {"veel", "de", "andere", "weinig", "niet", "lang", "menig", "menige"} else []
        if q and words[i] is q[0]:
            if words[i + len(q) : i + len(q) + 1] and words[i + len(q)].lower in {"meer", "minder"}:
                continue  # "er komen veel meer mensen": more people reached, a result, no group ranked
            nxt = words[i + len(q) : i + len(q) + 2]
            if nxt and (_peer_noun(nxt[0]) or (len(nxt) > 1 and _peer_noun(nxt[1]) and not _peer_noun(nxt[0]))):
                return words[i : i + len(q) + 2]
    return []


def _case_group_spared(doc: ComplimentDoc, hit: list[Token]) -> list[Token]:
    """No ranking when "de andere teams" are the group the case itself names
    (the help question "hoe krijg ik de andere teams zover?") and the sentence
    says nothing negative of them: "dat merken de andere teams ook" tells what
    the act does for them. "de andere teams doen het niet" still ranks."""
    low = [w.lower for w in hit]
    named = "ander" in doc.case_lemmas and any(w.lower in CC.PEERS and w.lemma in doc.case_lemmas for w in hit)
    if not hit or "andere" not in low or not named:
        return hit
    clause = next((seg for s in doc.sentences for seg in segments(s) if any(w is hit[0] for w in seg)), [])
    if any(w.lower in NEGATORS | {"niemand", "nauwelijks", "amper", "minder", "slechter"} for w in clause):
        return hit
    return []


def _told_apart(doc: ComplimentDoc, hit: list[Token]) -> list[Token]:
    """No ranking when the peer group sits inside what the presenter told
    ("dat je zo eerlijk vertelde, ook dat er veel nieuwe mensen weglopen"):
    that is the case as they brought it in, not the speaker's comparison."""
    if not hit:
        return hit
    at = next(k for k, w in enumerate(doc.words) if w is hit[0])
    return [] if reported(doc.words, at, sentence_start(doc).get(at, 0), ("person", "thing")) else hit


def _failing_elsewhere(doc: ComplimentDoc) -> list[Token]:
    """"Bij ons zou dat nooit lukken": the speaker's own place, where it fails,
    set against the presenter's; also in a counterfactual perfect ("bij mijn
    buurman hadden ze dat jaren eerder moeten doen", "bij ons had hij allang
    weg kunnen gaan"): what should have happened elsewhere (spared: "bij ons
    ook", plain recognition)."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        low = {w.lower for w in words}
        hit = phrase_hit(words, (("bij", "ons"), ("bij", "mij"), ("bij", "mijn")))
        if hit and _recognised(s, hit):
            hit = []  # "bij ons reageren de gemeenten ook nauwelijks": the same trouble, recognised
        # "Dat is bij ons niet normaal", "..., en dat is bij ons lang niet vanzelfsprekend": praise, not a ranking
        # (rulebook, from c45)
        beyond_usual = any(_not_the_norm(seg) for seg in segments(s))
        if hit and beyond_usual:
            hit = []
        # "ongelezen", "ongebruikt": a failing told by a negated participle
        unused = bool(low & {"ongelezen", "ongebruikt", "ongeopend", "onbeantwoord", "onaangeroerd"})
        if hit and (low & (NEGATORS | {"niemand"}) or unused
                    or low & {"had", "hadden"} and low & {"moeten", "kunnen", "mogen"}):
            return hit
        own = _own_side_clause(s)
        if own and not beyond_usual:
            return own
    return []


# Words that mark "bij ..." as a group set apart: "bij andere praktijken", "bij sommige collega's", "bij de rest".
_OTHERS_MARK = {"andere", "anderen", "sommige", "rest", "meeste"}
# After "vorige": a time or a shift, no person ("de vorige dienst", "vorige week")
_NOT_A_PREDECESSOR = CC.TIME_UNITS | CC.TIME | {"dienst", "diensten", "shift", "shifts", "show", "shows", "avond", "ochtend",
                                               "middag", "nacht", "editie", "versie", "overdracht"}
# How things go worse there, besides a negation: "ging het steeds mis", "zal het lastiger gaan".
_WORSE = {"mis", "lastiger", "moeilijker", "slechter", "zwaarder"}


def _others_fail_there(doc: ComplimentDoc) -> list[Token]:
    """"dat doen ze bij andere praktijken echt niet", "Bij sommige andere
    coördinatoren krijgen de vrijwilligers nog geen bedankje", "bij de rest van
    ons ging het steeds mis", "de vorige productieleider had er nooit geld voor
    over": a statement that things fail with another group or a predecessor,
    set beside the praise, ranks the presenter above them. Spared: a question,
    "sluit me aan bij de rest", recognition or a result shared with them ("ook
    bij de andere groepen geen klachten meer"), "niet alleen bij jou", and a
    clause that holds the presenter ("bij de collega's die je sprak")."""
    for s in doc.sentences:
        if s.tokens and s.tokens[-1].text.startswith("?"):
            continue
        for seg in segments(s):
            low = [w.lower for w in seg]
            at = next((k for k in range(len(low) - 1) if low[k] == "bij" and (k == 0 or low[k - 1] != "aan")
                       and set(low[k + 1 : k + 4]) & _OTHERS_MARK
                       or low[k] == "vorige" and low[k + 1] not in _NOT_A_PREDECESSOR  # "de vorige productieleider"
                       or low[k] in {"voorganger", "voorgangster"}), -1)
            if at < 0 or set(low) & (_RECOGNITION | PRESENTER) or "alleen" in low:
                continue
            if set(low) & (NEGATORS | {"niemand"} | _WORSE):
                return seg[at : at + 6]
    return []


# Words of a norm: "wat gebruikelijk is", "het gemiddelde": the standard of what others do.
_NORM = {"gebruikelijk", "gewoonlijk", "normaal", "gemiddeld", "gemiddelde", "gangbaar", "gangbare", "doorsnee"}
# What is usual, also negated as praise: "niet normaal", "geen vanzelfsprekendheid", "geen kleinigheid".
_USUAL = _NORM | {"vanzelfsprekend", "vanzelfsprekendheid", "vanzelfsprekenheid", "kleinigheid", "gewoon", "standaard",
                  "alledaags", "dagelijkse", "vanzelf"}


def _not_the_norm(words: list[Token]) -> bool:
    """"Dat is bij ons (op de meldkamer) niet normaal / geen vanzelfsprekendheid":
    the result as subject of a copula, with a negated word for what is usual,
    praises it as beyond the usual of the group the case is about (rulebook,
    from c45: "Dat is op deze redactie geen kleinigheid")."""
    low = [w.lower for w in words]
    if low[:1] in (["en"], ["want"]):
        low = low[1:]  # "..., en dat is bij ons lang niet vanzelfsprekend"
    return low[:2] in (["dat", "is"], ["dit", "is"], ["dat", "was"]) and bool(set(low) & {"niet", "geen"}) \
        and bool(set(low) & _USUAL)


# Words of recognition: the speaker's own place is like the presenter's ("bij ons ook", "precies hetzelfde").
_RECOGNITION = {"ook", "zelfde", "hetzelfde", "precies", "herken", "herkenbaar", "herkenbaars", "net", "evenmin",
                "speelt", "spelen", "speelde"}  # "dit speelt bij ons allemaal": the same issue at the speaker's place


def _recognised(s: Sentence, hit: list[Token]) -> bool:
    """Does the clause of "bij ons" say the speaker's place has the same trouble?"""
    seg = next((seg for seg in segments(s) if any(w is hit[0] for w in seg)), [])
    return bool({w.lower for w in seg} & _RECOGNITION)


def _own_side_clause(s: Sentence) -> list[Token]:
    """A clause of its own about the speaker's side that is not recognition:
    "..., bij ons in de groep is het al jaren een lege zaal", "Mijn
    werkbegeleider zou dat nooit doen": the presenter set against the
    speaker's own place or people. Spared: recognition ("bij ons liep het ook
    leeg", "bij ons is het precies zo") and a wish in the pluperfect ("dat had
    bij ons een hoop gedoe gescheeld")."""
    for seg in segments(s):
        low = [w.lower for w in seg]
        if set(low) & _RECOGNITION or not has_finite_verb(seg):
            continue
        place = any(low[k : k + 2] == ["bij", "ons"] for k in range(len(low) - 1))
        person = low[:1] in (["mijn"], ["onze"]) and len(low) > 2 and set(low) & NEGATORS
        # the presenter in the same clause ("dat twee nieuwe nog steeds bij ons vliegen" after "Wat je al
        # hebt bereikt is"): "bij ons" is the place both share, not the speaker's set against theirs
        if place and not set(low) & ({"had", "hadden"} | PRESENTER) or person:
            return seg[:5]
    return []


# After "beter/meer dan": a quantity or the presenter's own earlier state, not other people
# ("meer dan een vermoeden", "niet langer dan tien minuten", "beter dan eerst").
_NOT_RANKED = QUANTITY - {"heel", "af"} | {"ooit", "eerst", "vroeger", "voorheen", "vorig", "toen", "gedacht", "verwacht"}


# Nouns of things: "de meeste dingen zijn al gezegd" ranks no one.
_THINGS = {"dingen", "punten", "zaken", "vragen", "tips", "complimenten", "woorden", "opmerkingen", "ideeën", "ideeen", "dagen",
           "weken", "keren", "gevallen"}


def _ranking(words: list[Token], doc_case: frozenset[str] = frozenset()) -> list[Token]:
    hit = phrase_hit(words, CC.COMPARISON_PHRASES)
    if hit and hit[0].lower == "niet" and [w.lower for w in hit] in (["niet", "eens"], ["niet", "bij", "elke"]):
        at = next(k for k, w in enumerate(words) if w is hit[0])
        before = [w.lower for w in words[max(0, at - 3) : at]]
        if set(before) & PRESENTER and not set(before) & {"zie", "zag", "zien"}:
            # "terwijl je zelf niet eens in de auto zit", "dat je niet bij elke overdracht kunt zijn":
            # what the presenter cannot do, said of them, ranks no one
            hit = phrase_hit(words[at + len(hit) :], CC.COMPARISON_PHRASES)
    if hit and [w.lower for w in hit] == ["de", "meeste"]:
        at = next(k for k, w in enumerate(words) if w is hit[-1])
        nxt = words[at + 1 : at + 2]
        if nxt and (nxt[0].lower in _THINGS or nxt[0].lemma in doc_case and nxt[0].lower not in CC.PEERS):
            # "de meeste dingen": things, not people; "zo bereik je de meeste bezoekers": the people the
            # case serves, not the presenter's peers, so no one is ranked against the presenter
            hit = phrase_hit(words[at + 1 :], CC.COMPARISON_PHRASES)
    if hit and hit[-1].lower in {"bedenkt", "nagaat"}:
        at = next(k for k, w in enumerate(words) if w is hit[-1])
        if any(w.lower in PRESENTER for w in words[at + 1 : at + 7]):
            hit = []  # "zeker als je bedenkt hoe druk je het had": the presenter's own difficulty, no one ranked
    if hit and [w.lower for w in hit[-3:]] == ["van", "de", "beste"]:
        at = next(k for k, w in enumerate(words) if w is hit[-1])
        if words[at + 1 : at + 2] and (in_vocab(words[at + 1], CC.TIME_UNITS) or words[at + 1].lower in {"avonden", "momenten", "sessies"}):
            hit = []  # "een van de beste avonden van het jaar": a time ranked, no one's work
    if hit and hit[-1].lower in {"tenminste", "minste"} and at_least_count(words):
        hit = []  # "ten minste één planning": faint praise (_irony), no one ranked
    if hit and len(hit) == 2 and hit[1].lower == "dan":
        at = next(k for k, w in enumerate(words) if w is hit[1])
        nxt = words[at + 1 : at + 2]
        predecessor = any(_third_party(words, k) for k in range(at + 1, min(len(words) - 1, at + 5)) if words[k].lower in {"vorige", "vorig"})
        if others_means(words[at + 1 : at + 9]) or predecessor:
            return hit  # "meer dan een folder van de gemeente", "dan al onze brieven", "dan de vorige organisator"
        head = next((w for w in words[at + 1 : at + 5] if not in_vocab(w, FUNCTION) and w.lower not in {"hoe", "andere", "zoals"}), None)
        if head is not None and head.lemma in doc_case and comparison_standard(words, at) == "thing" \
                and not in_vocab(head, CC.PEERS) and not in_vocab(head, CC.PEOPLE):
            # "werkt beter dan de folder" when the case has the folder: the presenter's own earlier means
            return phrase_hit(words, [p for p in CC.COMPARISON_PHRASES if p[-1] != "dan"])
        if nxt and (nxt[0].lower in _NOT_RANKED or nxt[0].lower.isdigit()) or comparison_standard(words, at) == "time":
            # progress against a time or a quantity; another ranking cue may still follow
            return phrase_hit(words, [p for p in CC.COMPARISON_PHRASES if p[-1] != "dan"])
    return hit


def _third_party(words: list[Token], i: int) -> bool:
    """Is ``words[i]`` another party than the presenter and the people of the
    case: "niemand", a predecessor ("je voorganger", "de vorige [role]", "de
    vorige die ..."; "vorige week" is a time), a group of peers, an organisation?"""
    w, nxt = words[i], words[i + 1 : i + 2]
    if w.lower in {"vorige", "vorig"}:
        return bool(nxt) and nxt[0].lower not in CC.TIME and nxt[0].lower not in CC.TIME_UNITS
    return w.lower in {"niemand", "voorganger", "voorgangers", "voorgangster"} or in_vocab(w, CC.PEERS) and w.lower != "mensen" \
        or organisation(w)


# Forms of doing and managing: what the other party did not do or manage ("had dat nooit gedaan").
_MANAGE = {"doen", "doet", "deed", "deden", "gedaan", "elkaar", "klaargespeeld", "lukt", "lukte", "gelukt", "lukken",
           "durft", "durfde", "durfden", "gedurfd", "durven", "na", "bedacht", "bedenken", "gekund", "gekregen"}
# Verbs of failing: "waar de afdeling al jaren op stukloopt".
_FAIL = {"stukloopt", "stuklopen", "stukgelopen", "vastloopt", "vastlopen", "vastgelopen", "faalt", "falen", "gefaald",
         "mislukt", "mislukken", "strandt", "stranden", "gestrand"}


def _others_fail(doc: ComplimentDoc) -> list[Token]:
    """Another party that never managed what the presenter did: "dat had de
    vorige ploegchef nooit voor elkaar gekregen", "dat doet niemand je zo snel
    na", "waar de afdeling al jaren op stukloopt". The praised act ("dat",
    "het", "iets", "waar") with a negated verb of doing or managing, or a verb
    of failing, and another party in the same sentence: the presenter ranked
    above them. Spared: a person of the case who did not do something ("ook al
    nam hij niet op": a difficulty), others without a negation ("mijn collega's
    doen dat ook"), a result ("daardoor bleef niemand weg")."""
    for s in doc.sentences:
        for seg in segments(s):  # "zeker omdat de andere groepen nog steeds vol huilende kinderen zitten"
            low = [w.lower for w in seg]
            still = next((k for k in range(len(low) - 1) if low[k] == "nog" and low[k + 1] in {"steeds", "altijd"}), -1)
            if still > 1 and "andere" in low[:still] and not set(low[:still]) & (PRESENTER | {"maar", "al"}):
                return seg[max(0, low.index("andere") - 1) : still + 2]
        ws = word_tokens(s.tokens)
        party = next((k for k in range(len(ws)) if _third_party(ws, k)), -1)
        if party < 0:
            continue
        for seg in segments(s):
            low = [w.lower for w in seg]
            if set(low) & _FAIL and any(_third_party(seg, k) for k in range(len(seg))):
                return seg[:6]  # "waar de afdeling al jaren op stukloopt"
            negated = set(low) & NEGATORS or "niemand" in low
            own = any(_third_party(seg, k) for k in range(len(seg))) or has_finite_verb(seg[:1]) and seg[0] is not ws[0]
            managed = {w for k, w in enumerate(low) if w in _MANAGE and (w != "na" or k == len(low) - 1)}
            if negated and own and managed and _act_as_topic(seg):  # "na" only as a particle ("doet je na"), not "na dagen"
                return ws[max(0, party - 2) : party + 4]
    return []


def _act_as_topic(seg: list[Token]) -> bool:
    """"dat had ...", "had dat ...", "dat doet ...": the demonstrative next to a
    finite verb stands for the praised act; "dat je ..." opens a clause instead."""
    low = [w.lower for w in seg]
    if low[:1] in (["hetgeen"], ["wat"]):
        return True  # ", hetgeen mijn voorganger nimmer lukte": a relative that takes up the praised clause
    for k, w in enumerate(low):
        if w in {"dat", "dit"}:
            nxt, prev = seg[k + 1 : k + 2], seg[k - 1 : k] if k else []
            if nxt and low[k + 1] in _PRONOUNS:
                continue  # "is dat je ...": "dat" opens a clause with its own subject
            if nxt and has_finite_verb(nxt) or prev and has_finite_verb(prev) and low[k - 1] not in _PRONOUNS:
                return True
            if low[k + 1 : k + 2] and low[k + 1] in NEGATORS and has_finite_verb(seg[k + 2 : k + 3]):
                return True  # "omdat de collega's van vorig jaar dat nooit deden": a subordinate clause
    return False


_PRONOUNS = {"je", "jij", "u", "ik", "we", "wij", "hij", "zij", "ze", "het", "er", "de", "een", "die", "dat"}


_HABITUAL = {"altijd", "gewoon", "nooit", "steeds"}


def _while_others(doc: ComplimentDoc) -> list[Token]:
    """"terwijl we hier altijd meteen het water in gaan", "terwijl de rest van
    de balie gewoon doorging zoals altijd": the speaker's side or the
    presenter's peers, set against the presenter in their usual ways, or "de
    rest" set against the presenter ("terwijl de rest al naar huis"). Spared:
    the organisation or the situation ("terwijl het kantoor altijd op dezelfde
    manier werkt", "terwijl de opkomst steeds verder terugliep")."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            if "terwijl" not in low:
                continue
            at = low.index("terwijl")
            subj = low[at + 1 : at + 4]
            others = {"we", "wij", "rest", "anderen"} & set(subj) or any(w in CC.PEERS for w in subj)
            # "terwijl de rest al naar huis (is)": the rest named as such sets the presenter apart anyway
            if others and (set(low[at + 1 :]) & _HABITUAL or subj[:2] == ["de", "rest"]):
                return seg[at : at + 6]
    return []


_NEVER = {"nooit", "niks", "niets", "nergens"}


def _others_never(doc: ComplimentDoc) -> list[Token]:
    """"zelfs de chauffeurs lezen het en die lezen normaal nooit wat", "..., die
    ziet verder nooit iemand": a main clause opened by the demonstrative "die"
    (verb second) that says what some people never do claims that others fail
    (rulebook, from c62). A relative clause ("Mark, die nooit iets zegt") has
    its verb last and is spared."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            for k, w in enumerate(low[:-2]):
                never = set(low[k + 2 : k + 6]) & _NEVER
                if w == "die" and (k == 0 or low[k - 1] == "en") and low[k + 1] not in _NEVER and never \
                        and "meer" not in low[k + 2 : k + 7] and low[k + 2] not in {"dat", "die", "waarin", "waarop"} \
                        and not in_vocab(seg[k + 1], CC.TIME_UNITS) \
                        and (has_finite_verb(seg[k + 1 : k + 3]) or low[k + 1].endswith("en")):  # plural "die lezen"
                    return seg[k : k + 6]  # ("die ging nooit meer naar huis": never again, a result; "Die weken dat er
                    # bijna niks misging": a noun with its clause, no verb)
    return []


def _wish_for_others(doc: ComplimentDoc) -> list[Token]:
    """"Als de printredactie nou ook eens zo scherp was.": a wish, opened by
    "als", that others would for once be like the presenter ranks them below."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        if low[:1] == ["als"] and not set(low) & CC.YOU and any(low[k : k + 2] == ["ook", "eens"] or low[k : k + 2] == ["nou", "eens"]
                                                                  for k in range(len(low) - 1)):
            return ws[:6]
    return []


def _instead_of_others(words: list[Token]) -> list[Token]:
    """"[act] in plaats van met een boze mail van de directie": the act set
    against the way another party (a possessor after "van") would have gone
    about it ranks the presenter against them. Spared: the presenter's own
    alternative not taken ("in plaats van te wachten", "in plaats van het bij
    de klanten neer te leggen")."""
    low = [w.lower for w in words]
    for i in range(len(low) - 2):
        if low[i : i + 3] == ["in", "plaats", "van"] and (possessor_party(words[i + 3 : i + 10])
                                                           or set(low[i + 3 : i + 7]) & _SOME_OTHERS):
            return words[i : i + 6]
        if low[i : i + 3] == ["in", "plaats", "van"]:
            # "in plaats van erover te klagen, zoals de rest van ons doet": others named as the ones who take it
            like = next((k for k in range(i + 3, min(len(low), i + 14)) if low[k] == "zoals"), None)
            if like is not None and set(low[like + 1 : like + 4]) & (_SOME_OTHERS | {"rest", "iedereen"}):
                return words[like : like + 6]
    return []


# Others left unnamed: "in plaats van, zoals sommigen hier, te mopperen".
_SOME_OTHERS = {"sommigen", "anderen", "velen", "meesten"}


def _contrastive_wel(doc: ComplimentDoc) -> list[Token]:
    """"Mooi dat jij wel meedenkt", "Fijn dat je toch wel de moeite neemt", "...,
    jij wel.": the stressed "wel" after the presenter as subject sets them against
    others who do not. "Dank je wel" and "zo kwam je wel met twintig mensen in
    gesprek" (the verb first: a result) are spared."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        for i, w in enumerate(low):
            if w not in PRESENTER or i + 1 >= len(low):
                continue
            k = i + 1
            while k < len(low) and k <= i + 2 and low[k] in {"toch", "ook", "het", "dat", "dit", "ze", "hem", "haar", "er"}:
                k += 1  # "dat jij het wel doet", "dat je toch wel kijkt"
            if k >= len(low) or low[k] != "wel":
                continue
            if i and low[i - 1] == "dat" or (w == "jij" and k == len(low) - 1 and i and low[i - 1] not in {"dank", "bedankt"}):
                return ws[max(0, i - 1) : k + 3]
    return []


_RARE = {"zeldzaam", "uniek", "uitzonderlijk"}


def _rarity(words: list[Token]) -> list[Token]:
    """"dat is zeldzaam hier", "dat is best uniek voor ons filiaal", "jij bent de
    eerste (van kwaliteit) die ...": the act or the presenter set apart from
    everyone else, a ranking."""
    low = [w.lower for w in words]
    for i, w in enumerate(low):
        if w in {"is", "was", "ben", "bent"} and set(low[i + 1 : i + 7]) & _RARE:
            return words[i : i + 7]
        if w in {"bent", "ben", "was"} and low[i + 1 : i + 3] == ["de", "eerste"] and "die" in low[i + 3 : i + 7] \
                and set(low[max(0, i - 2) : i + 2]) & {"je", "jij", "u"}:
            return words[i : i + 4]
    return []


@per_doc
@rule("no_sting.comparison")
def comparison(doc: ComplimentDoc) -> list[Token]:
    """Ranking the presenter against other people, also favourably."""
    hit = _ranking(doc.words, doc.case_lemmas) or tagged("no_sting.comparison", _rarity(doc.words)) \
        or tagged("no_sting.comparison", _case_group_spared(doc, _told_apart(doc, _peer_group(doc.words)))) \
        or tagged("no_sting.comparison", _others_fail(doc) or _instead_of_others(doc.words) or _while_others(doc)
                  or _others_never(doc) or _wish_for_others(doc)) \
        or tagged("no_sting.comparison", _failing_elsewhere(doc) or _others_fail_there(doc)) \
        or tagged("no_sting.comparison", _anyone_could(doc)) \
        or tagged("no_sting.comparison", _compared_with(doc.words)) or tagged("no_sting.comparison", _others_learn(doc)) \
        or tagged("no_sting.comparison", _contrastive_wel(doc)) or tagged("no_sting.comparison", _superlative(doc)) \
        or tagged("no_sting.comparison", _done_long_ago(doc)) or tagged("no_sting.comparison", _as_we_did(doc.words)) \
        or tagged("no_sting.comparison", _more_than_people(doc.words) or _i_never(doc) or _the_only_one(doc.words)
                  or _seen_elsewhere_rarely(doc)) \
        or next((h for s in doc.sentences if (h := ranked(word_tokens(s.tokens)))), [])
    return around(doc, hit, 2, 4) if hit else []


# comparatives that rank without "-er": "meer", "beter", "liever"
_COMPARATIVE_WORDS = {"meer", "beter", "minder", "vaker", "liever", "eerder", "sneller", "verder"}


def _more_than_people(words: list[Token]) -> list[Token]:
    """"meer bereikt dan de hele rij begeleiders vóór jou", "meer geduldig dan
    ik", "geduldiger dan de rest": a comparative a few words before "dan" whose
    standard is people (stance.comparison_standard) ranks the presenter. Against
    a time, a thing or a number ("meer dan vorige maand", "meer dan twee keer")
    it is progress or a quantity and is spared."""
    low = [w.lower for w in words]
    for i, w in enumerate(low):
        if w != "dan" or i == 0 or low[i - 1] in {"en", "maar", "of", "want", "dus"}:
            continue  # "En dan gaan mensen praten": "then"
        if any(b.lower in _COMPARATIVE_WORDS or is_comparative(b) for b in words[max(0, i - 5) : i]) \
                and comparison_standard(words, i) == "people":
            return words[max(0, i - 3) : i + 3]
    return []


# the speaker's own failure or giving up beside the presenter's success
_GAVE_UP = {"gestopt", "opgegeven", "opgehouden", "afgehaakt", "weggelopen", "gekapt"}
# "Ik was nooit op dat idee gekomen" is "daar had ik zelf niet aan gedacht": not ranked
_THOUGHT = {"bedacht", "gedacht", "gekomen", "opgekomen", "verzonnen", "aan"}


def _i_never(doc: ComplimentDoc) -> list[Token]:
    """"Ik krijg mijn eigen cliënten nooit zo ver", "Ik had het zelf nooit zo
    klein durven houden", "ik was na twee weken al gestopt", "ik heb zelf een
    half jaar nodig gehad": the speaker's own failing or slower way set beside
    the presenter's success ranks them (like "dat zou ik nooit durven"). Not
    having thought of it is spared."""
    for s in doc.sentences:
        for seg in segments(s):  # "..., ik heb zelf een half jaar nodig gehad": the speaker needed far longer
            sl = [w.lower for w in seg]
            if sl[:1] == ["ik"] and sl[1:2] in (["heb"], ["had"]) and "nodig" in sl \
                    and set(sl) & (CC.TIME_UNITS | {"lang", "langer", "eeuwen"}) and not s.question_mark:
                return seg[:7]
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        if "ik" not in low[:3] or set(low) & _THOUGHT or s.question_mark:
            continue
        at = low.index("ik")
        verb = set(low[max(0, at - 1) : at + 3])
        if "nooit" in low and verb & {"zou", "had", "krijg", "kreeg", "kan", "kon", "was", "ben"}:
            return ws[at : at + 5]
        if verb & {"was", "had", "ben"} and "al" in low and set(low) & _GAVE_UP:
            return ws[at : at + 5]
    return []


def _seen_elsewhere_rarely(doc: ComplimentDoc) -> list[Token]:
    """"dat zie je bij andere magazijnen echt nooit", "een dergelijke attentie
    ziet men bij andere buurthuizen zelden": what others elsewhere never do,
    set beside the presenter's act, ranks them."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        see = next((k for k, w in enumerate(low) if w in {"zie", "ziet", "zag", "zien"}), -1)
        if see >= 0 and set(low[see:]) & {"andere", "elders"} and set(low[see:]) & {"nooit", "zelden", "weinig", "nauwelijks"}:
            return ws[see : see + 6]
    return []


def _the_only_one(words: list[Token]) -> list[Token]:
    """"jij bent de enige teamleider die ...", "ge zijt de eerste hier die ...":
    the presenter named as the only or first one among others, a ranking."""
    low = [w.lower for w in words]
    for i in range(len(low) - 3):
        if low[i] in {"bent", "zijt", "was", "waart"} and low[i + 1] == "de" and low[i + 2] in {"enige", "eerste"} \
                and "die" in low[i + 3 : i + 9]:  # "de enige chef in het gebouw die ..."
            return words[i : i + 4]
    return []


def _as_we_did(words: list[Token]) -> list[Token]:
    """"zoals wij het vroeger bij de verkenners ook al deden", "zoals ik het zelf
    ook doe": the praised act set beside the speaker's own same practice."""
    for i, w in enumerate(words):
        if w.lower != "zoals" or not {x.lower for x in words[i + 1 : i + 3]} & {"ik", "wij", "we"}:
            continue
        clause = [x.lower for x in words[i + 1 : i + 12]]
        if "ook" in clause and set(clause) & _DO_FORMS:
            return words[i : i + 5]
    return []


_DO_FORMS = {"doe", "doen", "deed", "deden", "gedaan", "aanpak", "aanpakken", "aanpakte", "aanpakten"}


# Adverbs between the copula and the superlative: "je bent echt de beste".
_COPULA_ADVERBS = {"echt", "gewoon", "wel", "toch", "zeker", "nu", "misschien", "ook", "écht", "absoluut", "gewoonweg",
                   "hier", "nog", "altijd", "duidelijk", "eigenlijk", "stiekem", "zonder", "twijfel"}
def _superlative(doc: ComplimentDoc) -> list[Token]:
    """"Jij bent echt de beste fotograaf die we hebben", "Koen is de meest
    geduldige instructeur van het team": the presenter (a pronoun or a name) as
    subject of "zijn" with "de" + a superlative ranks them above everyone else.
    Spared: a thing or the act as subject ("dat is de beste reclame"), and the
    adverbial "het beste" ("dat werkt het beste")."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        for i, w in enumerate(ws):
            if w.lower not in {"ben", "bent", "is", "was", "zijt", "bleek"}:
                continue
            # the subject next to the copula: the presenter's pronoun, or a name (capitalised, no function word)
            subj = [x for x in ws[max(0, i - 1) : i] + ws[i + 1 : i + 2]
                    if x.lower in PRESENTER or x.text[:1].isupper() and not in_vocab(x, FUNCTION)]
            if not subj:
                continue
            k = i + 2 if ws[i + 1 : i + 2] and ws[i + 1] is subj[-1] else i + 1  # past an inverted subject
            while k < len(ws) and ws[k].lower in _COPULA_ADVERBS:
                k += 1
            if [x.lower for x in ws[k : k + 3]] == ["een", "van", "de"]:
                k += 2  # "een van de beste planners"
            if k + 1 < len(ws) and ws[k].lower == "de" and (
                    is_superlative(ws[k + 1]) or ws[k + 1].lower == "meest" and k + 2 < len(ws)):
                return ws[max(0, i - 1) : k + 3]
    return []


# Modals of "daar kunnen/moeten zij van leren": others told what they could learn.
_LEARN_MODALS = {"kan", "kunnen", "moet", "moeten", "mogen", "mag", "zouden", "zou"}


# Forms of "doen" (and "hanteren") for "bij ons doen we dat al jaren".
_DO = {"doen", "doet", "deed", "deden", "gedaan", "hanteren", "hanteert", "hanteerden"}
_LONG_AGO = {"jaren", "tijden", "lang", "eeuwen", "jaaaren"}


def _done_long_ago(doc: ComplimentDoc) -> list[Token]:
    """"Bij mijn vorige rijschool deden ze dat al jaren", "bij kruidenier doen we
    dat al jaren zo": others (or the speaker's side) have long done what the
    presenter did, so it is nothing special. The presenter as subject, or a
    negated clause (others failing: _others_fail), is not this."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        at = next((k for k in range(len(low) - 1) if low[k] == "al" and low[k + 1] in _LONG_AGO), -1)
        if at < 0 or not set(low) & _DO or not set(low) & {"dat", "dit", "het", "zo", "zoiets"} or set(low) & NEGATORS:
            continue
        if set(low) & {"ze", "wij", "we", "zij", "men"} and not set(low) & PRESENTER:
            return ws[max(0, at - 4) : at + 2]
    return []


def _all_of_us(low: list[str]) -> bool:
    """"daar kunnen we allemaal van leren", "daar kan de hele apotheek van
    leren": everyone, the speaker included, holds the presenter up as an
    example, which sets no group below the presenter. "nog" ("daar kunnen we
    allemaal nog wat van leren") says the others fall short, and stays a sting."""
    everyone = bool(set(low) & {"we", "wij"}) and "allemaal" in low or "hele" in low or "iedereen" in low
    return everyone and "nog" not in low


def _others_learn(doc: ComplimentDoc) -> list[Token]:
    """"daar kunnen wij allemaal nog wat van leren", "daar kunnen ze bij de
    diaconie nog wat van leren": a modal clause that holds the presenter up
    as an example for other people ranks them against the presenter. Spared:
    the speaker alone without "nog" ("daar kan ik wat van leren", a humble
    recognition; "daar kan ik nog wat van leren" sets the speaker below) or
    the presenter ("daar kun je van leren"), and what was learnt (no modal:
    "ik heb er veel van geleerd")."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            at = next((k for k in range(1, len(low)) if low[k] in {"leren", "opsteken"} and low[k - 1] == "van"), -1)
            if at <= 0 or not set(low[:at]) & _LEARN_MODALS:
                continue
            others = not set(low[:at]) & ({"ik", "je", "jij", "u"} | CC.YOU) and not _all_of_us(low[:at])
            below_speaker = "ik" in low[:at] and "nog" in low[:at]  # "daar kan ik nog wat van leren"
            if others or below_speaker:
                return seg[max(0, at - 6) : at + 1]
    return []


def _compared_with(words: list[Token]) -> list[Token]:
    """"in vergelijking met de meeste collega's", "vergeleken met wat
    gebruikelijk is in ons team": the presenter measured against other people
    or their norm. Against a time or the presenter's own earlier attempt
    ("vergeleken met vorige maand") it measures progress and is spared."""
    low = [w.lower for w in words]
    for i in range(len(low) - 1):
        if low[i] in {"vergelijking", "vergeleken", "vergelijkt", "vergelijk", "vergelijken"} and low[i + 1] in {"met", "bij"}:
            std = low[i + 2 : i + 7]
            # "vergeleken met hoe het bij de rest van het team gaat": the people may come a few words on
            later = words[i + 2 : i + 10]
            if comparison_standard(words, i + 1) == "people" or set(std) & _NORM \
                    or any(w.lower in {"rest", "anderen", "meeste"} or in_vocab(w, CC.PEERS) for w in later):
                return words[max(0, i - 1) : i + 5]
    return []


def _anyone_could(doc: ComplimentDoc) -> list[Token]:
    """"dat had iedereen gedaan", "dat kan toch iedereen", "niet iedereen zou
    dat durven": everyone as the subject of a modal or counterfactual verb with
    the praised act ("dat", "dit") as its object measures the act against
    anyone (belittling, or ranking when negated). "Daardoor deed iedereen mee"
    (a result, no modal) is spared."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        for i, w in enumerate(low):
            if w not in {"iedereen", "ieder", "elkeen"}:
                continue
            near = set(low[max(0, i - 3) : i + 4])
            if low[i - 1 : i] == ["dat"] and not set(low[i + 1 : i + 4]) & {"dat", "dit"}:
                continue  # "zo opgezet dat iedereen het kon aanklikken": "dat" opens a clause with its own object
            if near & {"had", "hadden", "kan", "kon", "zou", "zouden"} and near & {"dat", "dit"}:
                return ws[max(0, i - 3) : i + 3]
            if low[i - 1 : i] == ["niet"] and set(low[max(0, i - 4) : i - 1]) & {"dat", "dit"}:
                return ws[max(0, i - 4) : i + 2]  # "Dat durft niet iedereen", "Dat is niet iedereen gegeven"
            if low[i - 1 : i] == ["niet"] and low[i + 1 : i + 2] and low[i + 1] in {"zou", "zal", "durft", "doet", "kan", "neemt"}:
                return ws[max(0, i - 1) : i + 4]  # "Niet iedereen zou die moeite nemen": the act measured against anyone
    return []


def _novice_role(words: list[Token]) -> list[Token]:
    """"als stagiair", "voor een beginner", "als nieuwe teamleider": the praise
    measured against a newcomer's role."""
    for i, w in enumerate(words):
        if w.lower not in {"als", "voor"}:
            continue
        rest = words[i + 1 : i + 4]
        if rest and rest[0].lower in {"een", "de"}:
            rest = rest[1:]
        if w.lower == "voor" and not (words[i + 1 : i + 2] and words[i + 1].lower == "een"):
            continue  # "voor de nieuwe collega's": for them, not measured against them
        if rest and (in_vocab(rest[0], CC.NOVICE) or (len(rest) > 1 and rest[0].lower in CC.NEWNESS
                                                  and rest[0].lower not in {"pas", "net"} and rest[1].lemma not in FUNCTION)):
            if w.lower == "als" and {x.lower for x in words[i + 2 : i + 5]} & {"ik", "wij", "we"}:
                continue  # "Als stagiair heb ik veel geleerd": the speaker's own role
            if w.lower == "als" and _when_clause(words, i):
                continue  # "als een nieuwe collega stil wordt": "when", a clause with its own verb
            return words[i : i + 4]
        # "Voor een coördinator die nog maar net begonnen is", "voor een docent die net van de opleiding komt":
        # the role made new by its relative clause
        if w.lower == "voor" and words[i + 1 : i + 2] and words[i + 1].lower == "een" and words[i + 3 : i + 4] \
                and words[i + 3].lower == "die" and {x.lower for x in words[i + 4 : i + 8]} & {"net", "pas"} \
                and not {x.lower for x in words[max(0, i - 6) : i]} & _SUBJECTS \
                and {x.lower for x in words[i + 5 : i + 14]} & {"je", "jij", "u", "ge"}:
            return words[i : i + 6]  # (fronted, the presenter after it; "een plek voor een collega die pas begon" is spared)
    return []


# Subject pronouns after a fronted role: "als nieuwe teamleider heb je ...".
_SUBJECTS = {"je", "jij", "u", "ik", "we", "wij", "hij", "ze", "zij", "ge"}


def _when_clause(words: list[Token], i: int) -> bool:
    """Does "als" at ``i`` open a clause ("als een nieuwe collega stil wordt na
    ...")? An article-led noun phrase is its subject, and its finite verb comes
    after it without a subject pronoun, unlike a fronted role ("als nieuwe
    teamleider heb je") or a role after the presenter ("dat je als nieuwe
    teamleider ... hebt")."""
    if i and words[i - 1].lower in _SUBJECTS or not (words[i + 1 : i + 2] and words[i + 1].lower in {"een", "de", "het"}):
        return False  # "dat je als nieuwe teamleider ... hebt": the presenter in the role
    for k in range(i + 2, min(len(words), i + 7)):
        if has_finite_verb(words[k : k + 1]):
            return not (words[k + 1 : k + 2] and words[k + 1].lower in _SUBJECTS)
    return False


def _negated(doc: ComplimentDoc, w: Token) -> bool:
    """Is ``w`` negated by "geen", "niet" or "nooit" just before it?"""
    i = next(k for k, x in enumerate(doc.words) if x is w)
    if any(x.lower in NEGATORS for x in doc.words[max(0, i - 3) : i]):
        return True
    # "en niet dacht dat het toeval was": the thought of luck denied
    before = [x.lower for x in doc.words[max(0, i - 6) : i]]
    return "niet" in before and bool(set(before) & {"dacht", "denkt", "dachten", "denken", "vond"})


def _zelfs_you(doc: ComplimentDoc, zelfs: Token) -> bool:
    """"zelfs jij", "zelfs jou": "even" aimed at the presenter talks down;
    "zelfs je zondagochtend" (a possessive: what the presenter gave up) does not."""
    i = next(k for k, w in enumerate(doc.words) if w is zelfs)
    nxt = doc.words[i + 1 : i + 3]
    if nxt and nxt[0].lower in {"jouw", "uw"} or nxt and nxt[0].lower == "je" and len(nxt) > 1 and not has_finite_verb(nxt[1:]):
        return False
    if nxt and nxt[0].lower in {"ik", "wij", "we"}:  # "zelfs ik had dat niet bedacht": the speaker set up as the standard
        return any(w.lower in NEGATORS for w in doc.words[i + 2 : i + 8])  # ("daardoor snapte zelfs ik het" is an effect)
    return any(w.lower in CC.YOU | {"jou"} for w in nxt)


def _own_standard(words: list[Token]) -> list[Token]:
    """"voor jouw doen", "voor je niveau", "voor iemand die ...": the praise
    measured against what is expected of this presenter (or of someone like
    them), not against the act itself. "voor Mark", "voor jou" are spared."""
    for i, w in enumerate(words[:-1]):
        if w.lower != "voor":
            continue
        nxt = [x.lower for x in words[i + 1 : i + 4]]
        if nxt[0] in {"je", "jouw", "jullie", "uw", "jou"} and len(nxt) > 1 and nxt[1] in CC.OWN_STANDARD:
            return words[i : i + 3]
        if nxt[0] == "iemand" and len(nxt) > 1 and nxt[1] in {"die", "zonder", "met", "als", "van"}:
            return words[i : i + 4]
    for i, w in enumerate(words[:-3]):  # "voor een studieclub al heel wat": measured against what such a group usually manages
        nxt = [x.lower for x in words[i + 1 : i + 7]]
        if w.lower == "voor" and nxt[0] in {"een", "zo'n"} and "al" in nxt[2:5]:  # "voor een X (is dat) al ..."
            k = nxt.index("al", 2)
            if k + 1 < len(nxt) and nxt[k + 1] in {"heel", "best", "niet", "aardig", "behoorlijk", "redelijk", "prima"}:
                return words[i : i + k + 3]
    for i, w in enumerate(words[:-1]):  # "met zo weinig ervaring", "zonder opleiding": praise against a low start
        if w.lower in {"zonder", "weinig", "nauwelijks", "amper", "geen"} and any(in_vocab(x, CC.EXPERIENCE) for x in words[i + 1 : i + 3]):
            return words[max(0, i - 1) : i + 3]
    return []


def _warm_toch(words: list[Token], hit: list[Token]) -> bool:
    """"Dat heb je toch maar mooi bereikt" (praise right after "toch maar": the
    warm idiom, not surprise) and "Mag ik toch nog even vragen" (a polite hedge
    before a request of the speaker's own)."""
    k = next((i for i, w in enumerate(words) if w is hit[0]), -1)
    after = words[k + 2 : k + 3] if k >= 0 else []
    if not after:
        return False
    asks_leave = [w.lower for w in words[max(0, k - 2) : k]] in (["mag", "ik"], ["mogen", "wij"], ["mogen", "we"])
    return hit[1].lower == "maar" and in_vocab(after[0], CC.POSITIVE_EVAL) or hit[1].lower == "nog" and (after[0].lower == "even" or asks_leave)


# Degree words between "al" and "wat" in faint praise ("al heel wat", "al best wat").
_FAINT_DEGREE = {"heel", "best", "aardig", "behoorlijk", "redelijk", "een"}
_COPULA = {"is", "was", "zijn", "waren", "blijft"}


def _faint_amount(doc: ComplimentDoc) -> list[Token]:
    """"dat is al heel wat", "zes is eigenlijk al best wat": a copula whose
    predicate closes the clause with "al ... wat" grants the result as more
    than could be hoped for (faint praise, low expectations). A full verb
    with its object is spared: "je hebt al heel wat stappen gezet" counts
    what the presenter did."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            if len(low) > 3 and low[-1] == "wat" and low[-2] in _FAINT_DEGREE and low[-3] == "al" and set(low[:-3]) & _COPULA:
                return seg[-4:]
    return []


@per_doc
@rule("no_sting.condescension")
def condescension(doc: ComplimentDoc) -> list[Token]:
    """Surprise, low expectations or talking down ("dat je überhaupt ...",
    "knap, als stagiair")."""
    hit = phrase_hit(doc.words, CC.CONDESCENSION_PHRASES) or phrase_hit(doc.words, [(w,) for w in sorted(CC.CONDESCENSION)])
    if hit and hit[0].lower == "zelfs" and not _zelfs_you(doc, hit[0]):
        hit = []  # "daardoor doen zelfs de mensen met hun telefoon mee": emphasis on others, no talking down
    if hit and hit[0].lower in {"geluk", "toeval"} and _negated(doc, hit[0]):
        hit = []  # "dat was geen geluk": the success credited to the presenter
    if hit and hit[0].lower == "geluk" and _lucky_with_you(doc.words, hit[0]):
        hit = []  # "uw klas heeft geluk met u": others are lucky to have the presenter
    if hit and hit[0].lower == "toch" and _warm_toch(doc.words, hit):
        hit = []
    if hit and hit[0].lower in {"raar", "gek", "vreemd"} and _conceded(doc, hit[0]):
        hit = []  # "Knap, al is het wel raar dat ...": a concession, which the contrast rule names
    if hit and hit[-1].lower in {"in", "op"} and not _speaker_before(doc.words, hit[0]):
        hit = []  # "ze hadden eerst geen vertrouwen in de thuiszorg": someone else's doubt, part of the case
    novice = _novice_role(doc.words)
    if novice and novice[0].lower == "voor" and _experiencer(doc.words, novice[0]):
        novice = []  # "is het voor een nieuwe leider niet zwaar": how it is for newcomers, not the presenter measured
    hit = hit or tagged("no_sting.condescension", novice or _own_standard(doc.words) or _faint_amount(doc)
                        or _works_after_all(doc) or _apparently_works(doc))
    hit = hit or next((h for s in doc.sentences if (h := surprise(s))), [])
    sents = doc.sentences
    hit = hit or next((h for k, s in enumerate(sents)
                       if (h := expected_otherwise(s, word_tokens(sents[k + 1].tokens) if k + 1 < len(sents) else []))), [])
    return around(doc, hit, 2, 4) if hit else []


_EASE = {"makkelijk", "makkelijker", "fijn", "fijner", "prettig", "eng", "veilig", "duidelijk", "duidelijker", "zwaar", "overzichtelijk"}


def _experiencer(words: list[Token], voor: Token) -> bool:
    """"Daardoor is het voor een nieuwe leider niet zwaar": "voor een [newcomer]"
    next to a word of ease or difficulty names for whom the step makes it so."""
    at = next(k for k, w in enumerate(words) if w is voor)
    near = words[max(0, at - 4) : at] + words[at + 3 : at + 7]
    return any(w.lower in _EASE or in_vocab(w, CC.DIFFICULTY) for w in near)


_WORKING = {"werkt", "werken", "werkte", "werkten", "helpt", "helpen", "hielp", "hielpen", "lukt", "lukte"}


def _works_after_all(doc: ComplimentDoc) -> list[Token]:
    """"Mooi om te zien dat die omroepen elk kwartier toch werken": "toch"
    right before the clause-final "werkt" of a "dat" clause means "after all",
    surprise that it worked. Spared: the concessive "zo simpel en toch
    effectief", which has no "dat" clause ending in the verb."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            if len(low) > 3 and low[-1] in _WORKING and low[-2] == "toch" and "dat" in low[:-2]:
                return seg[-4:]
    return []


_APPARENTLY = {"blijkbaar", "kennelijk"}
_PLAIN = {"simpel", "simpels", "eenvoudig", "gewoon"}


def _apparently_works(doc: ComplimentDoc) -> list[Token]:
    """"simpel, maar het werkt blijkbaar", "Maar het werkt dus blijkbaar wel",
    "gewoon bellen werkt blijkbaar": "blijkbaar" next to the working verb, after
    a "maar" or beside "simpel/gewoon", or with nothing else in its clause ("...,
    werkt blijkbaar"), grants the success with surprise. Spared: "..., en dat
    werkt blijkbaar" closing a compliment that says why it works."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        low = [w.lower for w in words]
        for i, w in enumerate(low):
            if w not in _APPARENTLY or not set(low[max(0, i - 2) : i + 3]) & _WORKING:
                continue
            elliptic = any(len(seg) <= 3 and {x.lower for x in seg} & _WORKING and any(x.lower == w for x in seg)
                           for seg in segments(s))
            if "maar" in low[:i] or set(low) & _PLAIN or elliptic:
                return words[max(0, i - 2) : i + 3]
    return []


def _conceded(doc: ComplimentDoc, w: Token) -> bool:
    """Is ``w`` inside a clause opened by "al" or "maar" ("al is het wel raar dat ...")?"""
    for seg in (seg for s in doc.sentences for seg in segments(s)):
        if any(x is w for x in seg):
            before = [x.lower for x in seg[: next(k for k, x in enumerate(seg) if x is w)]]
            return bool(set(before[:2]) & {"al", "maar", "ook"})
    return False


def _lucky_with_you(words: list[Token], luck: Token) -> bool:
    """"(geluk) met jou/u/je" right after "geluk": luck that is the presenter."""
    at = next(k for k, w in enumerate(words) if w is luck)
    nxt = [w.lower for w in words[at + 1 : at + 3]]
    return nxt[:1] == ["met"] and len(nxt) == 2 and nxt[1] in CC.YOU | {"jou"}


def _speaker_before(words: list[Token], first: Token) -> bool:
    """Is the speaker ("ik", "wij") the subject just before ``first`` ("ik had er
    eerlijk gezegd weinig vertrouwen in")?"""
    at = next(k for k, w in enumerate(words) if w is first)
    return bool({w.lower for w in words[max(0, at - 5) : at]} & {"ik", "wij", "we"})


# "verhalen over de vorige vlucht": "vorige" inside a noun phrase, not the time before.
_ABOUT_THE = [["over", "de"], ["van", "de"], ["door", "de"], ["aan", "de"], ["met", "de"], ["over", "het"], ["van", "het"]]


def _earlier_failure(doc: ComplimentDoc) -> list[Token]:
    """A clause that says the presenter did not do it before ("dat deed je
    vorige keer niet", "vroeger belde je nooit"), or that it was about time
    ("en dat werd ook wel tijd")."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            if set(low) & CC.YOU and set(low) & NEGATORS and any(
                    w in {"vorige", "vorig", "vroeger", "voorheen"} and low[max(0, k - 2) : k] not in _ABOUT_THE
                    for k, w in enumerate(low)):
                return seg[:6]
            if low[-1:] == ["tijd"] and set(low) & {"werd", "wordt", "werden"}:
                return seg[-5:]
            if _too_late(low):
                return seg[:6]
            if _never_here(low):
                return seg[:8]
    return []


# Participles of having seen or had something: "Dat heb ik hier nog nooit meegemaakt".
_WITNESSED = {"meegemaakt", "gehad", "gezien", "gebeurd", "beleefd", "gepraat", "gesproken"}


def _never_here(low: list[str]) -> bool:
    """"Dat hebben we hier nog nooit gehad", "Dat heb ik hier in acht jaar niet
    meegemaakt", "Daar werd eerder nooit over gepraat": a clause about the
    result that says it never happened here or before claims that the others
    failed until now (rulebook, from c28 and c45). The presenter in the clause
    ("dat had jij nog nooit gezien") is the presenter's own history."""
    if low[:1] not in (["dat"], ["daar"], ["dit"], ["zoiets"]) or set(low) & CC.YOU:
        return False
    never = "nooit" in low or "niet" in low and "jaar" in low or "niet" in low and "jaren" in low
    return never and bool(set(low) & {"hier", "eerder", "vroeger", "voorheen"}) and bool(set(low) & _WITNESSED)


# Participles and infinitives of modals in a counterfactual perfect ("had eerder gemogen", "had eerder moeten").
_MODAL_PERFECT = {"gemogen", "gekund", "gemoeten", "moeten", "kunnen", "mogen"}


def _too_late(low: list[str]) -> bool:
    """"Het had eerder gemogen", "je had dit eerder moeten doen", "het had allang zo moeten gaan", "het ware
    wenselijk geweest als je dit al eerder had gedaan": a counterfactual
    perfect about an earlier moment reproaches the time before."""
    earlier = set(low) & {"eerder", "eerdere", "sneller", "vroeger"}
    if not earlier and ("allang" not in low or set(low) & {"ze", "zij", "hij"}):
        return False  # ("Bij ons hadden ze hem allang naar huis gestuurd": others, a comparison)
    counterfactual = set(low) & {"had", "hadt", "hadden", "ware"} and set(low) & _MODAL_PERFECT \
        or "geweest" in low and set(low) & {"als", "indien", "wanneer"}
    return bool(counterfactual)


def _someone_else_wel(doc: ComplimentDoc, hit: list[Token]) -> bool:
    """"maar door jouw belrondje doet hij nu wel mee": "nu wel" said of someone
    else in the case, after a "maar" that credits the presenter, is that person's
    progress, not the presenter's earlier failure."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        if any(w is hit[0] for w in ws):
            at = next(k for k, w in enumerate(ws) if w is hit[0])
            return subject_of(ws[max(0, at - 2) : at + 3]) == "person" and any(in_vocab(w, CC.YOUR) for w in ws[:at])
    return False


# Third persons in the case as a subject: "dat hij weer eens buiten was" is that person's good moment.
_THIRD = {"hij", "zij", "ze", "hem", "haar", "zijn"}


def _someone_else_again(words: list[Token], i: int) -> bool:
    """"dat hij weer eens buiten was", "zag hij ook weer eens iemand": "weer
    eens" with someone else in the case just before it tells what that person
    enjoyed again (a result), not what the presenter failed at before ("fijn
    dat er weer eens gepraat werd" still hints)."""
    return words[i - 1].lower == "weer" and any(w.lower in _THIRD for w in words[max(0, i - 5) : i - 1])


# Question words after "eens": "eens horen hoe", "eens zien wat" explores, no "for once".
_WH_AFTER = {"hoe", "wat", "wie", "waar", "waarom", "welke", "of"}


def _exploring(words: list[Token], i: int) -> bool:
    """"hoorden we eens hoe zij ernaar kijken", "eens kijken wat het doet":
    "eens" before an indirect question (directly or after its verb) is the
    exploring particle, not "for once"."""
    nxt = [w.lower for w in words[i + 1 : i + 3]]
    return bool(nxt) and (nxt[0] in _WH_AFTER or len(nxt) > 1 and nxt[1] in _WH_AFTER)


_ONCE = {"een", "één", "1"}
_SUCCEED = {"lukte", "lukten", "gelukt", "lukt"}


def _for_once(words: list[Token]) -> list[Token]:
    """"een keer" read as "for once": before "echt" ("dat jullie een keer echt
    een gesprek hadden"), after "toch" ("dat je het toch 1 keer hebt
    geprobeerd"), or with "het" succeeding ("Mooi dat het een keer lukte");
    and "uiteindelijk toch" (after all). "een keer" that counts one occasion
    ("doordat je hem één keer vroeg") is no hint."""
    low = [w.lower for w in words]
    for k in range(len(low) - 1):
        if low[k] in _ONCE and low[k + 1] == "keer":
            nxt, prev = low[k + 2 : k + 3], low[max(0, k - 3) : k]
            if set(prev) & {"als", "zodra", "wanneer", "eenmaal"}:
                continue  # "Als het een keer gelukt is, ...": once it has worked, a condition
            if nxt == ["echt"] or prev[-1:] == ["toch"] or prev[-1:] == ["het"] and set(low[k + 2 : k + 5]) & _SUCCEED:
                return words[k : k + 2]
        if low[k] == "uiteindelijk" and low[k + 1] == "toch":
            return words[k : k + 2]
    return []


# Modals and first-person forms that make "ook eens" an invitation or a plan ("probeer dat ook eens").
_PLANNING = {"zou", "zouden", "zullen", "zal", "moet", "moeten", "kun", "kunt", "kan", "kunnen", "wil", "wilt", "ga", "gaan",
             "probeer", "proberen", "mag", "mogen", "ik", "we", "wij", "moest"}


def _you_too_for_once(doc: ComplimentDoc) -> list[Token]:
    """"goed dat je zelf ook es luistert", "Leuk dat je je gezicht ook eens laat
    zien": "ook eens" said of what the presenter now does means "for once",
    so it hints that they did not before. Spared: an invitation or a plan
    ("probeer dat ook eens", "ik ga dat ook eens proberen"), and a question."""
    for s in doc.sentences:
        if s.question_mark:
            continue
        for seg in segments(s):
            low = [w.lower for w in seg]
            at = next((k for k in range(1, len(low)) if low[k] in {"eens", "es", "ns"} and low[k - 1] == "ook"), -1)
            if at > 0 and set(low[:at]) & (PRESENTER - {"jullie"}) and not set(low) & _PLANNING:
                return seg[max(0, at - 4) : at + 2]
    return []


def _agreeing(words: list[Token], i: int) -> bool:
    """"ik ben het met de anderen eens": "het ... met X eens" is agreeing, not "for once"."""
    low = [w.lower for w in words[max(0, i - 8) : i]]
    return "met" in low[-5:] and "het" in low


def _overdue(doc: ComplimentDoc) -> list[Token]:
    """"Het werd hoog tijd", "het was ook wel tijd dat ...", "Dat formulier had er
    al jaren moeten liggen", "dat had ik al veel eerder van je willen zien",
    "ook al had je dat al jaren geleden kunnen bedenken": the step called
    overdue hints at the time it was missing. The speaker's own regret ("ik had
    dat eerder moeten doen", no "je") is spared."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        for k, w in enumerate(low):
            j = k - 1
            while j >= 0 and low[j] in {"ook", "wel", "eens", "nu", "echt", "toch", "zo", "onderhand", "langzamerhand", "het"}:
                j -= 1  # "het werd ook wel eens tijd", "daar was het echt tijd voor"
            there = low[k + 1 : k + 2] == ["voor"] and bool({"daar", "hier"} & set(low[max(0, j - 1) : k]))
            if w == "tijd" and (low[k - 1 : k] == ["hoog"] or j >= 0 and low[j] in {"werd", "wordt", "was"}) \
                    and (low[k + 1 : k + 2] in ([], ["dat"], ["ook"], ["hoor"]) or k + 1 == len(low) or there):
                return ws[max(0, k - 3) : k + 2]
        for seg in segments(s):  # per clause: "Ik had dat zelf eerder moeten doen, knap dat jij het deed" is spared
            sl = {w.lower for w in seg}
            late = sl & {"allang", "jaren"} or "eerder" in sl and "al" in sl
            if late and sl & {"had", "hadden"} and sl & {"moeten", "willen", "kunnen", "gekund"} \
                    and (not sl & {"ik", "we", "wij", "ons", "ze", "zij"} or sl & {"je", "jou", "jij"}):
                return seg[:5]
    return []


@per_doc
@rule("no_sting.failure_hint")
def failure_hint(doc: ComplimentDoc) -> list[Token]:
    """A hint at earlier failure ("eindelijk", "nu wel")."""
    hit = phrase_hit(doc.words, [(w,) for w in sorted(CC.FAILURE_HINT)]) or phrase_hit(doc.words, CC.FAILURE_PHRASES)
    if hit and [w.lower for w in hit] == ["eens", "een"]:
        at = next(k for k, w in enumerate(doc.words) if w is hit[0])
        if at and doc.words[at - 1].lower in {"ook", "nog", "best", "zelf"}:
            hit = []  # "Ik ga zelf ook eens een kaartje sturen": the speaker's own plan, not "for once"
    if hit and hit[-1].lower in {"wel", "wél"} and hit[0].lower not in {"ineens", "opeens"} and _someone_else_wel(doc, hit):
        hit = []
    if not hit:  # "eens" as "for once" ("moesten eens luisteren"); not "nog eens", "het eens gevraagd"
        hit = [w for i, w in enumerate(doc.words) if w.lower == "eens" and i > 0
               and doc.words[i - 1].lower not in {"nog", "het", "niet", "ook", "graag", "wel", "best"} and not _someone_else_again(doc.words, i)
               and not _agreeing(doc.words, i)
               and not _exploring(doc.words, i)][:1]
    if not hit:  # "dit keer wel", "deze week wel": this time, unlike before
        hit = [w for i, w in enumerate(doc.words) if w.lower == "wel" and i > 1 and any(
               doc.words[k].lower in {"deze", "dit"} and doc.words[k + 1].lower in CC.TIME_UNITS for k in range(max(0, i - 6), i - 1))][:1]
        # ("Deze keer blijven de nieuwe vrijwilligers wel allemaal": this time, unlike before, a few words on)
    if not hit:
        hit = _for_once(doc.words) or _you_too_for_once(doc)
    if not hit:
        hit = _earlier_failure(doc) or _overdue(doc)
    if not hit:  # "Waarom deed je dat niet eerder?": a reproach for the time before
        for s in doc.sentences:
            ws = word_tokens(s.tokens)
            low = {w.lower for w in ws}
            if s.question_mark and ws and ws[0].lower == "waarom" and low & NEGATORS and low & {"eerder", "eerst", "meteen", "vroeger"}:
                hit = ws[:6]
                break
    return around(doc, hit, 1, 5) if hit else []


# Endings of nouns for people ("cursist", "deelnemer", "leerling"; not "-er" or "-ent", which also end "order"
# and "moment", nor "-eling" of "regeling"), for a case noun after "moeilijke"
_PERSON_SUFFIXES = ("ist", "isten", "ling", "lingen", "ster", "sters", "nemer", "nemers")


# Judging adjectives that also describe a situation ("een lastige situatie", "een vervelende periode").
_SITUATION_TOO = {"lastige", "vervelende", "onmogelijke", "hopeloze", "chaotisch", "irritante", "ondankbaar", "ondankbare"}


# Gradable words that fault how a person acts ("zo traag", "te laks").
_SLOW = {"traag", "langzaam", "laat", "rommelig", "chaotisch", "vaag", "streng", "hard", "langdradig", "oppervlakkig",
         "laks", "slordig", "moeilijk", "lastig"}


# words that make a relative clause a sweeping claim about people's habits
_SWEEPING = {"altijd", "nooit", "niks", "niets", "overal", "steeds", "alles", "nergens", "constant"}


_BE = {"zijn", "is", "waren", "was", "kunnen", "kan", "blijven", "blijft"}
_FAULT = _SLOW | {"vervelend", "irritant", "onmogelijk", "moeilijk"}


def _those_people_are(doc: ComplimentDoc) -> list[Token]:
    """"die e-bike klanten kunnen soms echt lastig zijn": a demonstrative before
    people of the case, then a copula and a faulting adjective that closes the
    clause, a verdict on how those people are ("die klanten vinden het lastig" is
    how they feel, not a verdict)."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        for i, w in enumerate(low):
            if w != "die":
                continue
            who = next((k for k in range(i + 1, min(i + 4, len(ws))) if in_vocab(ws[k], CC.PEOPLE)), -1)
            if who < 0 or low[who + 1 : who + 2] == [] or low[who + 1] not in _BE:
                continue
            tail = low[who + 2 : who + 7]
            adj = next((k for k, x in enumerate(tail) if x in _FAULT), -1)
            if adj >= 0 and (adj + 1 == len(tail) or tail[adj + 1] in {"zijn", "hoor", "he", "hè", "soms", "af", "en"}) \
                    and not set(tail) & {"vinden", "vond", "hebben", "het"}:
                return ws[i : who + 3 + adj]
    return []


@per_doc
@rule("no_sting.judging")
def judging(doc: ComplimentDoc) -> list[Token]:
    """A judging word about someone in the case ("zo'n lastige moeder"), also
    a counterfactual that calls the place or the others a mess without the
    presenter ("zonder jou was het hier een puinhoop"; "zonder jou was
    iedereen naar huis gegaan" only restates the case)."""
    for i, w in enumerate(doc.words):
        if w.lower in CC.JUDGING:
            nxt = doc.words[i + 1 : i + 2]
            if w.lower in _SITUATION_TOO and nxt and in_vocab(nxt[0], CC.SITUATION):
                continue  # "die lastige situatie": a difficulty, not a verdict on a person
            if [x.lower for x in doc.words[max(0, i - 2) : i]] in (["niet", "om"], ["niet", "aan"]):
                continue  # "dat het om de ophaaldag ging en niet om onwillige bewoners": the verdict denied
            if w.lower == "gemene" and nxt and nxt[0].lower in {"deler", "noemer"}:
                continue  # "de gemene deler": the common factor, no verdict
            return around(doc, [w], 3, 2)
    for i, w in enumerate(doc.words[:-1]):  # "een moeilijke cursist": the person called difficult, not the situation
        nxt = doc.words[i + 1]
        if w.lower == "moeilijke" and (in_vocab(nxt, CC.PEOPLE) or in_vocab(nxt, CC.PEERS) or nxt.lemma in doc.case_lemmas
                                       and nxt.lower.endswith(_PERSON_SUFFIXES) and not nxt.lower.endswith(("eling", "elingen"))):
            return around(doc, [w, nxt], 3, 2)
    hit = phrase_hit(doc.words, CC.JUDGING_PHRASES)
    if hit:
        return around(doc, hit, 3, 2)  # "die avondploeg is een zootje ongeregeld", "ze lopen er de kantjes van af"
    for s in doc.sentences:  # "zonder jou zou het hier een zooi zijn": the others cast as a mess without the presenter
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        at = next((k for k in range(len(low) - 1) if low[k] == "zonder" and low[k + 1] in {"jou", "jullie", "u", "je", "jouw"}), -1)
        if at >= 0 and any(in_vocab(w, CC.MESS) for w in ws[at + 2 :]):
            return ws[at : at + 6]
    for c in doc.clauses():  # "iemand die gewoon zijn afspraken niet nakomt": a verdict on that person
        ws = word_tokens(c.tokens)
        # up to a coordinated clause: in "mensen die toch niet kunnen nog afzeggen en kunnen wij de plek weer
        # vullen" the "weer" belongs to the next clause
        own = ws[: next((k for k, w in enumerate(ws) if k and w.lower in {"en", "maar", "dus"}), len(ws))]
        low = {w.lower for w in own}
        if c.kind == "relative" and low & {"gewoon", "gewoonweg", "eigenlijk", "zomaar", "weer", "alweer"} and low & NEGATORS \
                and ws[:1] and ws[0].lower not in {"waar", "waarmee", "waaraan"}:  # "e-bikes waar eigenlijk niks mee is": a thing
            return around(doc, ws[:1], 2, 6)
        if c.kind == "relative" and "toch" in low and any(w.startswith("kwijt") for w in low):
            return around(doc, ws[:1], 2, 6)  # "briefjes die toch kwijtraakten": careless people implied (settled c35-t110)
        lw = [w.lower for w in ws]
        at = next((k for k, x in enumerate(doc.words) if ws and x is ws[0]), 0)
        person = at > 0 and (doc.words[at - 1].lower == "iemand" or in_vocab(doc.words[at - 1], CC.PEOPLE))
        if c.kind == "relative" and person and lw[:1] == ["die"] and any(
                a in {"zo", "te", "zó"} and b in _SLOW for a, b in zip(lw, lw[1:])):
            return around(doc, ws[:1], 2, 6)  # "iemand die zo traag reageert": a verdict on how that person is
        # "die ouders die altijd te laat komen": a demonstrative and a sweeping habit, a verdict
        demo = [k for k in range(max(0, at - 6), at) if doc.words[k].lower in {"die", "zo'n", "zo’n", "zulke"}]
        if c.kind == "relative" and lw[:1] == ["die"] and set(lw) & _SWEEPING and demo:
            return doc.words[demo[-1] : at + 5]
    hit = _those_people_are(doc)
    if hit:
        return around(doc, hit, 1, 3)
    for i, w in enumerate(doc.words[:-2]):  # "met zo'n begeleider", "met zulke mannen": a person put as a kind to endure
        if w.lower == "met" and doc.words[i + 1].lower in {"zo'n", "zulke", "zo’n"} and doc.words[i + 2].lower not in {"groep", "team"} \
                and (in_vocab(doc.words[i + 2], CC.PEOPLE) or in_vocab(doc.words[i + 2], CC.PEERS)):
            return around(doc, doc.words[i : i + 3], 2, 3)
    return []
