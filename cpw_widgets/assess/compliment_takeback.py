"""no_sting readers for praise that is taken back or turned into advice.

"maar"/"alleen" before a shortcoming, a concession (stance.py), irony and faint
praise, reservations; and tips, also soft or as a question. The grammar around
"maar" (quantity, cost, reported speech, "niet X maar Y") decides whether it
limits the praise.
"""

from __future__ import annotations

import re

from .compliment_doc import CC, ComplimentDoc, around, in_vocab, per_doc, phrase_hit
from .nl import Token
from .rules import rule
from .stance import HEDGES, LASTING_VERBS, SUBJECT_PRONOUNS, after_contrast, concession, doubt, opinion_tag, proposal, segments, subject_of
from .cues import DETERMINERS, FINITE_FORMS
from .tokens import has_finite_verb, is_participle, word_tokens

# --- no_sting ---------------------------------------------------------------------

# After "maar je": words that limit what was praised instead of adding to it.
_LIMITING = {"natuurlijk", "ja", "moet", "moeten", "kan", "kunt", "zou", "wel", "mag", "moogt", "mogen", "hoeft", "hoeven"}


NEGATORS = {"niet", "nie", "geen", "nooit", "niks", "niets", "nimmer"}
# Formal contrast adverbs that open a clause like "maar" ("Niettemin ...", "..., doch ...").
_FORMAL_BUT = {"niettemin", "desalniettemin", "echter", "evenwel", "doch"}
# After "maar": a quantity makes it the adverb "only" ("als er maar vier komen").
QUANTITY = {"een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "soms", "weinig",
             "enkele", "paar", "half", "halve", "af", "zelden", "kort", "even", "heel", "net", "pas"}


def sentence_start(doc: ComplimentDoc) -> dict[int, int]:
    """Index in ``doc.words`` of each word -> index of the first word of its sentence."""
    out, i = {}, 0
    for s in doc.sentences:
        n = len(word_tokens(s.tokens))
        out.update({k: i for k in range(i, i + n)})
        i += n
    return out


# Verbs of cost or need: "maar" + a quantity after them is a small cost, praise
# ("het kostte je maar vijf minuten", "je hoefde maar één keer te bellen").
_COST = {"kosten", "kostte", "kost", "duren", "duurde", "duurt", "hoeven", "hoefde", "hoeft", "nodig"}
# Units of duration (not CC.TIME_UNITS, which counts occasions): "maar een halfuur" after
# asking or needing is a small cost, not a limit.
_DURATIONS = {"minuut", "minuutje", "minuten", "kwartier", "kwartiertje", "halfuur", "halfuurtje", "uur", "uurtje",
               "seconden", "min"}
# Verbs of asking: "je vroeg maar een halfuur" asks little of someone (the cost of the step).
_ASKING = {"vroeg", "vroegen", "vraagt", "vraag", "vragen"}
# Openers of irony: an interjection of resignation before praise ("Ja, knap hoor", "Tja, mooi").
_IRONY_OPENERS = {"ja", "nou", "tja", "jaja", "nounou"}


def reported(words: list[Token], i: int, start: int, whose: tuple[str, ...] = ("person",)) -> bool:
    """Is ``words[i]`` inside what the presenter saw or said about someone or
    something else ("dat je gezien hebt dat de moeder wel wil maar het
    overzicht kwijt is", "dat je eerlijk zei dat het nog niet lukt")? Then it
    describes the case, not the compliment."""
    dat = next((k for k in range(i - 1, start - 1, -1) if words[k].lower == "dat"), -1)
    if dat <= start:
        return False
    verb_before = any(in_vocab(w, CC.NOTICING) for w in words[max(start, dat - 3) : dat])
    return verb_before and subject_of(words[dat + 1 : i]) in whose


# Conjunctions of a condition: "maar" after one of them and its subject is the modal particle
# ("als we maar naar ze toe komen": as long as), not the coordinator.
_IF = {"als", "zolang", "wanneer", "mits", "indien"}
_DETERMINERS = {"de", "het", "die", "een", "je", "jouw", "hun", "mijn", "onze"}


def _condition_particle(words: list[Token], i: int) -> bool:
    """"als ze maar weten", "zolang de ouders maar bellen": the "maar" at
    ``words[i]`` stands right after a condition's conjunction and its subject
    (a pronoun, or a determiner and a noun), inside that clause."""
    low = [w.lower for w in words[max(0, i - 3) : i]]
    return len(low) >= 2 and low[-2] in _IF and low[-1] in SUBJECT_PRONOUNS | {"ik", "men", "iedereen", "er"} \
        or len(low) == 3 and low[0] in _IF and low[1] in _DETERMINERS


# "simpel maar effectief", "klein maar krachtig": a plain quality set against what it achieves.
_PLAIN = {"simpel", "eenvoudig", "klein", "kort", "basic", "saai", "ouderwets", "sober"}
_WORKS = {"effectief", "doeltreffend", "krachtig", "fijn", "slim", "geniaal", "briljant", "sterk", "werkt", "werkzaam"}


_KEEP = {"blijft", "bleef", "bleven", "blijven", "blijf"}
# verbs by which the clause after "maar" says what the step brought ("maar het zorgt ervoor dat ...")
_BRINGS = {"zorgt", "zorgde", "werkt", "werkte", "doet", "deed", "lukt", "lukte", "helpt", "hielp", "scheelt", "scheelde",
           "levert", "leverde", "gaat", "ging", "komt", "kwam", "weet", "wist", "heeft", "had"}
# a shortfall of the result itself before "maar" ("Hij komt nog steeds niet altijd, maar ..."): a concession, no difficulty
_SHORTFALL = {"nog", "altijd", "steeds"}


def _difficulty_first(words: list[Token], i: int, start: int) -> bool:
    """"Zo'n wissel is altijd hectisch, maar met jouw drie vragen weet de
    avonddienst wat er speelt", "Vijf minuten lijkt weinig, maar het zorgt
    ervoor dat ...": a clause with no praise and not about the presenter sets
    a difficulty (or the smallness of the means) before "maar", and what follows
    is the presenter's doing or what the step brought. The contrast goes towards
    the praise (RULEBOOK: "Het was lastig, maar je bleef rustig"). Spared only
    when the first clause names no shortfall of the result ("hij komt nog steeds
    niet altijd") and the second denies nothing."""
    pre = words[start:i]
    post = words[i + 1 : i + 11]
    if len(pre) < 3 or not post:
        return False
    low_pre = {w.lower for w in pre}
    if any(in_vocab(w, CC.POSITIVE_EVAL) or in_vocab(w, CC.YOU) or in_vocab(w, CC.YOUR) for w in pre) \
            or low_pre & NEGATORS and low_pre & _SHORTFALL:
        return False
    low_post = [w.lower for w in post]
    denied = [k for k, w in enumerate(low_post) if w in NEGATORS and "meer" not in low_post[k + 1 : k + 4]]
    if denied or set(low_post) & {"nog", "alleen", "wel"} or low_post[0] in _LIMITING:
        return False  # ("maar er kwam geen klacht meer": the problem gone, a result)
    return any(in_vocab(w, CC.YOU) or in_vocab(w, CC.YOUR) for w in post) or bool(set(low_post[:4]) & _BRINGS)


def _maar_limits(words: list[Token], i: int, start: int, coordinator: bool = False) -> bool:
    """Does the "maar" at ``words[i]`` take something back? It reads the
    polarity of what follows (stance.after_contrast) and the grammar around it."""
    if reported(words, i, start):
        return False
    if _condition_particle(words, i):
        return False  # "als ze maar weten wat ...": the particle of a condition, no contrast
    if i and words[i - 1].lower in {"kijk", "kijkt", "zie", "let", "check"}:
        return False  # "kijk maar, ze zijn er allemaal nog": the particle of an imperative, pointing at the proof
    nxt = words[i + 1 : i + 2]
    before = [x.lower for x in words[max(start, i - 2) : i]]
    if before[-1:] and before[-1] in _KEEP or len(before) == 2 and before[0] in _KEEP and before[1] in {"er", "het", "ze", "hem"}:
        return False  # "je blijft er maar achteraan zitten": the particle of persistence, no contrast
    if i and words[i - 1].lower in _PLAIN and nxt and nxt[0].lower in _WORKS | {"elke", "iedere", "altijd", "steeds", "consequent"}:
        return False  # "simpel maar effectief", "Kort, maar elke dag": the plainness is the praise, no reservation
    limits = bool(nxt) and (nxt[0].lower in _LIMITING or (
        in_vocab(nxt[0], CC.YOU) and any(x.lower in _LIMITING for x in words[i + 2 : i + 6])))
    if not limits and any(x.lower in NEGATORS | {"niemand", "nergens"} for x in words[start:i]):
        return False  # "niet X maar Y": what they did instead; "maar je kan natuurlijk niet" limits it
    if not limits and _difficulty_first(words, i, start):
        return False  # "Het is een vol programma, maar het lukt je om ...": the difficulty before, the praise after
    if i + 1 < len(words) and (words[i + 1].lower in QUANTITY or words[i + 1].lower.isdigit()):
        if any(x.lower in _COST or x.lemma in _COST for x in words[max(start, i - 4) : i]):
            return False  # a small cost: praise
        unit = next((k for k in range(i + 2, min(len(words), i + 4)) if words[k].lower in _DURATIONS), -1)
        if unit > 0 and any(x.lower in _COST | _ASKING for x in words[unit + 1 : unit + 4]):
            return False  # "dat je per hoofdstuk maar een halfuur vroeg": the time asked is the small cost
        if not coordinator and not any(in_vocab(x, CC.YOU) for x in words[max(0, i - 4) : i]):
            return False  # "er maar vier": "only", said of others; "je belde maar twee keer" still limits
    stance = after_contrast(words[start:], i - start)
    if stance == "neg" or limits:
        return True
    if stance == "pos":
        return False  # "maar vooral ...", "maar je bleef ...", "een klein ding, maar het maakt verschil"
    if [x.lower for x in words[i + 1 : i + 3]] in (["ik", "vond"], ["ik", "vind"], ["wat", "ik"]):
        return False  # "Ik ben nieuw hier, maar ik vond het sterk dat ...": the praise itself follows
    if coordinator and any(x.lower == "ik" for x in words[start:i]) \
            and not any(in_vocab(x, CC.YOU) or in_vocab(x, CC.POSITIVE_EVAL) for x in words[start:i]):
        return False  # "Als coördinator sta ik er verder vanaf, maar de vrijwilligers zeggen ...": the speaker's own standing
    return True


# Numerals: "in ieder geval één", "tenminste 1": a bare minimum counted.
_NUMERALS = {"één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"}


def at_least_count(words: list[Token]) -> list[Token]:
    """"iig 1 planning", "ten minste één", "in ieder geval twee": "at least"
    before a count praises a bare minimum (faint praise). "jij tenminste"
    ranks the presenter instead (comparison)."""
    low = [w.lower for w in words]
    for i in range(len(low)):
        for n in (1, 2, 3):
            if tuple(low[i : i + n]) in {("iig",), ("tenminste",), ("ten", "minste"), ("in", "ieder", "geval"), ("in", "elk", "geval")}:
                nxt = low[i + n : i + n + 1]
                if nxt and (nxt[0] in _NUMERALS or nxt[0].isdigit()):
                    return words[i : i + n + 2]
    return []


# Emoji of rolled eyes or a wry face: the praise before them is not meant.
_EYE_ROLL = ("🙄", "😒", "🙃", "😑", "😏", "🤷", "😉", "😜")  # also a smirk, a shrug and a wink (6 of 6 train texts with 😉 are 0)
# A lukewarm or dismissive sound opening the sentence ("mwah", "bwa", "jaja"); "pff" is not one,
# it also opens sympathy ("Pff, herkenbaar", 4 clean train texts)
_MEH = {"mwah", "mwa", "mweh", "bwa", "bwah", "bwaah", "jaja", "jajaja", "meh"}
# "Je hebt het wiel uitgevonden": praise for inventing what everyone knows, sarcasm.
_INVENTED = {"wiel", "water", "buskruit"}


def _wry(doc: ComplimentDoc, s, ws: list[Token], low: list[str]) -> list[Token]:
    """"Een sms, wat een briljant idee zeg 🙄", "Nou, je hebt het wiel uitgevonden": a wry
    face or the stock phrase of sarcasm about an obvious invention."""
    if low[:1] and low[0] in _MEH or low[:2] == ["nou", "nou"]:
        return ws[:6]  # "Mwah, dat rondje zal wel iets doen", "Jaja, ze zijn gebleven", "Nou nou, iedereen gebleven"
    if ws and any(e in doc.text[s.tokens[0].start : s.tokens[-1].end + 3] for e in _EYE_ROLL) \
            and not any(w.lower in CC.JUDGING for w in ws):
        return ws[:6]  # (at "die eigenwijze heren 🙄" the judging word is the sting to name)
    at = next((k for k, w in enumerate(low) if w in _INVENTED), -1)
    if at >= 0 and "uitgevonden" in low[at + 1 : at + 4] and not set(low) & NEGATORS:
        return ws[max(0, at - 3) : at + 2]
    return []


def _irony(doc: ComplimentDoc) -> list[Token]:
    """Praise said with a sigh or a wink: "Ja, knap hoor, ...", "Tja, mooi ...",
    "Leuk geprobeerd", "Goed bedoeld", "best aardig", "niet slecht", rolled eyes: the praise
    itself says the opposite or damns with faint praise. Spared: "Knap hoor!" alone,
    "Ja, dit vond ik sterk: ...", "Goed dat je het geprobeerd hebt"."""
    for k, s in enumerate(doc.sentences):
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        hit = _wry(doc, s, ws, low)
        if hit:
            return hit
        if _joke_taken_back(low, after_other=k > 0):
            return ws[:6]
        if len(ws) > 2 and low[0] in _IRONY_OPENERS and "hoor" in low[1:4] and any(in_vocab(w, CC.POSITIVE_EVAL) for w in ws[1:4]):
            return ws[:4]  # "Ja, knap hoor, ...", "Ja hoor, goed gedaan, ..."
        if len(ws) > 2 and low[0] in {"ja", "nou"} and s.tokens[1].text == "," and in_vocab(ws[1], CC.POSITIVE_EVAL | {"heel", "echt", "erg"}) \
                and not any(in_vocab(w, CC.YOU) or in_vocab(w, CC.YOUR) for w in ws):
            return ws[:4]  # "Ja, heel knap, twee van de tien kwamen.": praise that names nothing they did
        if any(low[k] in {"hoort", "hoorde", "horen"} and "te" in low[k + 1 : k + 5] for k in range(len(low))) \
                or phrase_hit(ws, [("zoals", "het", "hoort"), ("zoals", "het", "hoorde")]):
            return ws[:6]  # "zoals je dat hoort te doen": the act as a plain duty
        if low[-2:] == ["een", "begin"] and len(low) <= 5 and "al" not in low:
            return ws  # "Da's een begin.": a bare start, the praise made small ("Dat is al een begin" is not)
        hit = _at_least_something(ws)
        if hit:
            return hit
        if low[:1] == ["tja"]:
            return ws[:4]
        if len(ws) > 2 and low[0] == "wel" and s.tokens[1].text != "," \
                and in_vocab(ws[1], CC.POSITIVE_EVAL | {"aardig", "leuk", "handig", "netjes"}):
            return ws[:3]  # "Wel slim bedacht hoor", "Wel goed dat je ...": praise granted grudgingly ("Wel, ..." is an interjection)
        if at_least_count(ws):
            return at_least_count(ws)
        if low[:2] == ["nou", "ja"] and 2 < len(ws) <= 6 and not has_finite_verb(ws[2:]):
            return ws[:4]  # "Nou ja, een week.": the speaker takes back the figure just praised
        if len(ws) > 1 and in_vocab(ws[0], CC.POSITIVE_EVAL | {"aardig", "leuk", "lief", "netjes"}) and low[1] in {"geprobeerd", "bedoeld", "gepoogd"}:
            return ws[:3]
        for k in range(len(ws) - 1):
            if low[k] == "best" and low[k + 1] in {"aardig", "redelijk", "oké", "ok", "acceptabel", "aardige", "redelijke"}:
                return ws[k : k + 3]
            if low[k] == "best" and low[k + 1] == "een" and low[k + 2 : k + 3] and low[k + 2] in {"aardig", "aardige", "leuk", "leuke"}:
                return ws[k : k + 4]  # "best een leuk idee": granted, not meant
            if low[k] in {"niet", "nie"} and low[k + 1] in _LITOTES and (k + 2 == len(ws) or low[k + 2] in _CLOSING):
                return ws[k : k + 2]  # "3x primeur, niet slecht": praise by understatement, faint
            if low[k] == "best" and in_vocab(ws[k + 1], CC.POSITIVE_EVAL) and (k + 2 == len(ws) or low[k + 2] in _CLOSING):
                return ws[k : k + 2]  # "Dat vond ik best leuk.": the praise granted, closing the clause
    return []


def _joke_taken_back(low: list[str], after_other: bool) -> bool:
    """"Voor een monteur ben je best sociaal haha. Nee serieus, die vraag helpt.":
    "nee serieus", "nee zonder dollen" after something else marks what came
    before as a jab at the presenter (4 of 4 train texts are 0); opening the turn
    it is plain emphasis ("Nee serieus, ik vind het knap")."""
    for i in range(len(low) - 1):
        if low[i] == "nee" and (low[i + 1] == "serieus" or low[i + 1 : i + 3] in (["zonder", "dollen"], ["zonder", "grappen"],
                                                                                  ["even", "serieus"])):
            return i > 0 or after_other
    return False


# Negated faults that close a clause as understatement ("niet slecht", "niet verkeerd").
_LITOTES = {"slecht", "verkeerd", "gek", "beroerd", "onaardig", "misselijk"}
# Particles that may follow a closing predicate ("best leuk hoor").
_CLOSING = {"hoor", "eigenlijk", "hè", "he", "trouwens", "wel"}


def _at_least_something(ws: list[Token]) -> list[Token]:
    """"dat is (echt) al iets", "das al veel" closing a clause: the achievement
    limited to "at least something" (faint praise). Spared when a comparison
    follows ("da is al veel meer dan een vermoeden") or a noun ("al veel
    gezegd")."""
    low = [w.lower for w in ws]
    for k in range(len(low) - 2):
        if low[k] in {"dat", "da", "das", "da's", "dat's"} and (low[k] in {"das", "da's", "dat's"} or low[k + 1] == "is"):
            j = k + (1 if low[k] in {"das", "da's", "dat's"} else 2)
            while j < len(low) and low[j] in {"echt", "wel", "toch", "ook"}:
                j += 1
            if low[j : j + 1] == ["al"] and low[j + 1 : j + 2] in (["iets"], ["veel"], ["wat"]) and j + 2 == len(low):
                return ws[k : j + 2]
    return []


def _thought_of(words: list[Token], hit: list[Token]) -> bool:
    """"Daar had ik nog niet aan gedacht": the speaker's own thinking, no reservation."""
    at = next(k for k, w in enumerate(words) if w is hit[-1])
    return any(w.lower in {"gedacht", "bedacht"} for w in words[at + 1 : at + 4])


# Verbs of agreeing after "alleen maar": "ik kan het alleen maar bevestigen".
_ENDORSE = {"bevestigen", "beamen", "onderschrijven", "toejuichen", "aanraden", "aanbevelen", "zeggen", "eens", "waarderen"}


@per_doc
@rule("no_sting.contrast")
def contrast(doc: ComplimentDoc) -> list[Token]:
    """A part of the sentence that takes the praise back, read from its form:
    "maar" or "alleen" followed by a shortcoming, a doubt or a limit; a
    concessive clause ("al is het ...", "hoewel ...", "ook al ...") that
    concedes a shortcoming of the presenter or of the praised thing
    (stance.concession); irony and faint praise. Spared: "maar" that goes on
    praising or sets the presenter's act against a difficulty ("Het was
    lastig, maar je bleef rustig"), "niet X maar Y", "maar" = "only" before a
    quantity said of others or after a cost, a conceded difficulty of the
    situation or of someone else ("ook al nam hij niet op")."""
    words = doc.words
    last = {id(word_tokens(s.tokens)[-1]) for s in doc.sentences if word_tokens(s.tokens)}
    start = sentence_start(doc)
    after_comma = _after_comma(doc)
    for i, w in enumerate(words):
        if w.lower in {"maar", "alleen", "jammer", "helaas", "zonde"} | _FORMAL_BUT:
            if id(w) in last:
                continue  # "een ding maar.": "only", closing the sentence
            if w.lower == "alleen" and words[i + 1 : i + 2] and words[i + 1].lower in {"en", "of"}:
                continue  # "met het whiteboard alleen, en toen ...": "by itself", closing a phrase
            if w.lower == "alleen" and i > 0 and start.get(i) == i and words[i + 1 : i + 2] \
                    and words[i + 1].lower not in {"al", "maar"} | _FOCUS_PREP:
                # "Hele goeie. Alleen de nachtploeg gaat hem niet gebruiken.": a later sentence opened by "alleen" limits
                return around(doc, [w], 0, 6)
            if w.lower == "alleen" and (i > 0 and words[i - 1].lower in {"niet", "je", "jij", "van", "helemaal", "zelf", "ook", "dan", "alles"}
                                        or (i + 1 < len(words) and words[i + 1].lower in {"op", "de", "het", "een", "met", "maar", "al"})):
                continue  # "niet alleen ... maar ook", "dat je alleen op maandag belt", "alleen al dat je ...", "helemaal alleen"
            if w.lower == "alleen" and not _clause_initial(words, i, start.get(i, i), after_comma):
                continue  # "ik wil alleen zeggen dat ...", "of alleen complimenten?": the focus particle "only"
            if w.lower == "alleen" and words[i + 1 : i + 2] and words[i + 1].lower in _FOCUS_PREP:
                continue  # ", alleen door drie vragen toe te voegen": "only by", the means praised
            if w.lower in _FORMAL_BUT and not _maar_limits(words, i, start.get(i, i), True):
                continue  # "doch het resultaat mag er zijn": the contrast goes on praising
            if w.lower == "maar" and not _maar_limits(words, i, start.get(i, i), id(w) in after_comma):
                continue
            if w.lower == "maar" and i and words[i - 1].lower == "alleen" and words[i + 1 : i + 2] \
                    and words[i + 1].lower in _ENDORSE:
                continue  # "ik kan het alleen maar bevestigen": wholehearted agreement, no limit
            if w.lower in {"maar", "alleen"} and _little_yet(words, i, start):
                continue  # "je zit er maar een kwartier bij ..., en toch is het effect groot": the little set against the success
            if w.lower != "maar" and _own_regret(words, i):
                continue  # "Wel jammer dat ik er niet bij was": the speaker's own loss, no reservation about the praise
            return around(doc, [w], 1, 6)
    for s in doc.sentences:
        hit = concession(s)
        if hit:
            return around(doc, hit[:1], 1, 6)
    hit = _irony(doc) or _resigned(doc) or _for_a_while(doc) or _not_that(doc) or _conditional_praise(doc) \
        or next((h for s in doc.sentences for seg in segments(s) if (h := doubt(seg))), [])
    if hit:
        return around(doc, hit, 0, 4)
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        hit = [] if phrase_hit(ws, CC.GROUP_ADDRESS) else phrase_hit(ws, CC.RESERVATION_PHRASES)
        if hit and s.question_mark and hit[-1].lower == "geval":
            hit = []  # "die ene vraag: wat moet er vandaag in elk geval lukken?": the step's own question, quoted
        at = next((k for k, w in enumerate(ws) if hit and w is hit[0]), 0)
        if hit and any([x.lower for x in ws[k : k + 3]] == ["in", "plaats", "van"] for k in range(max(0, at - 8), at)):
            hit = []  # "zien ouders vooruitgang in plaats van alleen dat het diploma nog niet gehaald is": what was, replaced
        if hit and not _thought_of(ws, hit) and not reported(ws, at, 0, ("person", "thing")) and not _curious(ws, hit) \
                and not _others_not_yet(ws, at) and not _content_not_yet(ws, at) and not _praise_of_course(ws, at) \
                and not _not_yet_then(ws, at) \
                and not _case_noun(ws, at) and not _condition_asked(s, ws, hit, at) and not _effort_granted(ws, hit, at) \
                and not _granted_difficulty(ws, hit, start.get(next(k for k, w in enumerate(words) if w is ws[0]), 0), words):
            return around(doc, hit, 1, 4)
    return []


# Praise that a condition can hold back ("mooi, als je het volhoudt"; "dan ben ik echt onder de indruk");
# not CC.POSITIVE_EVAL, which also holds "werkt", "helpt": "als je het volhoudt, werkt het" promises.
_PRAISE_HELD = {"goed", "mooi", "knap", "sterk", "top", "prima", "fijn", "leuk", "geweldig", "prachtig", "veelbelovend",
                "veelbelovende", "indruk", "held", "proper", "schoon", "straf", "chapeau", "bravo", "trots", "toptrainer",
                "topper", "kampioen", "gelukt", "bereikt"}
# In a condition clause (_IF): keeping it up or a later test ("als je het volhoudt", "als het dan ook
# lukt", "als je dit in januari ook voor elkaar krijgt", "zolang je maar ..."); "als het druk is" is a
# situation of the case and holds nothing back, and so is "als het druk blijft" (only a closing
# "als het blijft" waits on lasting, see _ahead).
_AHEAD = LASTING_VERBS - {"blijft", "blijven", "blijf", "duurt", "duren"} | {"doorzet", "doorzetten", "tenminste"}


def _ahead(clause: list[str], opener: str) -> bool:
    """Does the condition clause ``clause`` (lowered words after the opener) look ahead to
    keeping it up or a later test?"""
    if set(clause) & _AHEAD or "voor elkaar krijgt" in " ".join(clause):
        return True
    if "ook" in clause and set(clause) & {"lukt", "werkt"}:
        return True  # "als het met dertig man ook lukt"
    if clause[-2:] in (["het", "blijft"], ["zo", "blijft"]) or clause[-3:] == ["het", "zo", "blijft"]:
        return True  # "mooi als het blijft hoor"
    return opener == "zolang" and "maar" in clause  # "zolang je maar niet de hele club verplicht"


def _conditional_praise(doc: ComplimentDoc) -> list[Token]:
    """Praise held back until a condition is met: "Goed dat je het voordoet, mits het
    niet ten koste gaat van de wachttijd", "Als je dit in januari ook voor elkaar krijgt,
    dan ben je echt een toptrainer", "mooi als het blijft hoor". A condition that is a
    situation of the case ("Als het druk is, blijf je rustig"), "ook als" (even if) and
    "als" meaning "as" ("niet als boef maar als jongeren") hold nothing back."""
    for s in doc.sentences:
        if s.question_mark:
            continue
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        if not set(low) & _PRAISE_HELD and not phrase_hit(ws, [("onder", "de", "indruk")]):
            continue
        for k, w in enumerate(low):
            # "mits", "op voorwaarde dat", "ervan uitgaande dat" always make the praise conditional
            proviso = w == "mits" or low[k : k + 2] == ["op", "voorwaarde"] or low[k : k + 3] == ["ervan", "uitgaande", "dat"]
            if w in _IF - {"mits"} and not (k and low[k - 1] in {"ook", "zelfs", "niet", "maar", "zo", "net", "even"}) \
                    and set(low[k + 1 : k + 3]) & SUBJECT_PRONOUNS:
                clause = low[k + 1 : k + 12]
                end = next((j for j, x in enumerate(clause) if j > 1 and (x in {"dan", "ben", "heb"} or ws[k + 1 + j - 1].text.endswith(","))), len(clause))
                proviso = _ahead(clause[:end], w)
            if proviso:
                return ws[k : k + 6]
    return []


# Nouns of effort after "best veel": "best veel werk", "best veel tijd".
_EFFORT = {"werk", "moeite", "tijd", "uren", "energie", "gedoe", "geregel"}


def _effort_granted(ws: list[Token], hit: list[Token], at: int) -> bool:
    """"[act]. Dat is best veel werk.": "best veel" before a noun of effort, in a
    sentence about the act ("Dat/Dit ...") without "maar"/"al", grants the effort
    of the act and is no limit on it."""
    return [w.lower for w in hit] == ["best", "veel"] and bool(ws[at + 2 : at + 3]) and ws[at + 2].lower in _EFFORT \
        and ws[0].lower in {"dat", "dit"} and not {w.lower for w in ws} & {"maar", "al", "wel", "hoewel", "alleen"}


def _condition_asked(s, ws: list[Token], hit: list[Token], at: int) -> bool:
    """"Wat doe je dan als de schoonmaak nog niet binnen is?": "nog niet" inside
    the "als/wanneer" clause of a question is a condition asked about, no limit."""
    return s.question_mark and [w.lower for w in hit] == ["nog", "niet"] \
        and bool({w.lower for w in ws[:at]} & {"als", "wanneer", "stel"})


_SMALL_COUNT = {"een", "één", "1", "twee", "2", "drie", "3", "vier", "4", "vijf", "5", "zes", "6", "tien", "10", "weinig"}


def _not_that(doc: ComplimentDoc) -> list[Token]:
    """"Niet dat het nodig zou moeten zijn, ...": a sentence opened by "Niet dat"
    limits what was just praised."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        if [w.lower for w in ws[:2]] == ["niet", "dat"] and len(ws) > 3:
            return ws[:6]
    return []


def _little_yet(words: list[Token], i: int, start: dict[int, int]) -> bool:
    """"maar"/"alleen" = "only" before a small amount, set against the success by a
    concessive "en toch" / a sentence opened by "Toch" after it, or inside an
    "ondanks" phrase ("ondanks maar twee buitendagen ... toch tijd gemaakt"): the
    little the presenter had, not a limit on the praise."""
    if not words[i + 1 : i + 2] or words[i + 1].lower not in _SMALL_COUNT and not words[i + 1].lower.isdigit():
        return False
    if any(w.lower == "ondanks" for w in words[max(0, i - 2) : i]):
        return True
    for k in range(i + 2, min(len(words), i + 25)):
        if words[k].lower == "toch" and (words[k - 1].lower == "en" or start.get(k) == k):
            return True
    return False


def _own_regret(words: list[Token], i: int) -> bool:
    """"jammer dat ik er niet bij was", "helaas kon ik niet komen": regret whose
    clause has the speaker as subject is about the speaker, not the praised step."""
    low = [w.lower for w in words[i + 1 : i + 4]]
    if words[i].lower in {"jammer", "zonde"}:
        return low[:1] == ["dat"] and low[1:2] in (["ik"], ["wij"], ["we"])
    return words[i].lower == "helaas" and bool(set(low) & {"ik"}) and not set(low) & {"je", "jij", "u", "jullie"}


# Present forms of verbs of lasting: "nog even" with them says the state holds only a while
# (in the past, "bleven nog even napraten" tells an evening that went on longer: a result).
_DURATIVE = LASTING_VERBS | {"houden", "houdt"}


def _for_a_while(doc: ComplimentDoc) -> list[Token]:
    """"Dankzij jou blijven ze nog even", "dat houdt nog wel even": "nog (wel)
    even" with a present verb of lasting whose subject is not the presenter or
    the speaker limits the result to a while. Spared: the presenter who stays
    a while longer ("je blijft nog even na": an act), a past event that went on
    ("daardoor bleven ze nog even praten"), "nog even" of another verb ("mag
    ik nog even vragen hoe lang het duurt")."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            at = next((k for k in range(len(low) - 1) if low[k] == "nog" and "even" in low[k + 1 : k + 3]), -1)
            if at < 0 or not set(low) & _DURATIVE:
                continue
            verb = next(k for k, w in enumerate(low) if w in _DURATIVE)
            if verb < at and not set(low[max(0, verb - 1) : verb + 2]) & (CC.YOU | {"ik", "we", "wij", "jij"}):
                return seg[at : at + 3]
    return []


def _others_not_yet(ws: list[Token], at: int) -> bool:
    """"en dat met vrijwilligers die het nog niet gewend waren": "nog niet" in
    a relative clause about other people is their difficulty, which the
    presenter handled, not a limit of the praise ("je bent er nog niet" stays).
    The relative clause must be about people (a noun of people before it, or
    a predicate only a person has: "gewend", "kenden"), and no "je" may stand
    between ("de lijst, die is nog niet af" stays)."""
    if [w.lower for w in ws[at : at + 2]] != ["nog", "niet"]:
        return False
    if ws[at + 2 : at + 3] and ws[at + 2].lower in {"gezegd", "genoemd", "besproken"}:
        return True  # "ik heb niks toe te voegen wat nog niet gezegd is": the round so far, no limit
    rel = next((k for k in range(at - 1, max(-1, at - 6), -1) if ws[k].lower in {"die", "wie"}), -1)
    between = {w.lower for w in ws[rel + 1 : at]}
    people = in_vocab(ws[rel - 1], CC.PEOPLE) or ws[rel - 1].lower in CC.PEERS \
        or bool({w.lower for w in ws[at + 2 : at + 5]} & _ANIMATE_PREDICATES)
    return rel > 0 and people and not between & (CC.YOU | {"jou"})


# Verbs of perceiving or checking whose object is an embedded question ("hoort wanneer ..."),
# matched on word or lemma: the noticing verbs and those of knowing and checking.
_PERCEIVE = CC.NOTICING | {"weten", "checken", "controleren", "vragen", "voelen"}


def _content_not_yet(ws: list[Token], at: int) -> bool:
    """"dat het team nu zelf hoort wanneer een klant nog niet echt geholpen is":
    "nog niet" inside a question embedded after a verb of perceiving is what
    the people notice, not a limit of the praise ("het team is er nog niet" stays)."""
    if [w.lower for w in ws[at : at + 2]] != ["nog", "niet"]:
        return False
    return any(ws[k].lower in {"wanneer", "of", "welke", "welk", "wie", "wat", "waar", "hoe"} and k > 0
               and (in_vocab(ws[k - 1], _PERCEIVE) or any(w.lower in _ASKED for w in ws[max(0, k - 4) : k]))
               for k in range(max(0, at - 6), at))


# Verbs of asking: "je vroeg (even) welk onderdeel nog niet binnen was" reports the question asked.
_ASKED = {"vroeg", "vroegen", "vraagt", "vragen", "gevraagd", "navroeg", "nagevraagd", "checkte", "gecheckt"}


def _not_yet_then(ws: list[Token], at: int) -> bool:
    """"dat je niet bent gestopt toen het in het begin nog niet lukte": "nog niet"
    in a clause about the past ("toen", "in het begin") is the difficulty the
    presenter went on through, not a limit of the praise."""
    return [w.lower for w in ws[at : at + 2]] == ["nog", "niet"] \
        and any(w.lower in {"toen", "begin", "aanvankelijk"} for w in ws[max(0, at - 6) : at])


def _praise_of_course(ws: list[Token], at: int) -> bool:
    """"Dat is voor de stakeholders natuurlijk ook heel waardevol": "natuurlijk"
    before more praise agrees with it; "jij hebt natuurlijk ook meer tijd" concedes."""
    return ws[at].lower == "natuurlijk" and any(w.lower in _AGREEING_PRAISE for w in ws[at + 1 : at + 5])


# Praise after "natuurlijk": the positive evaluations and words of use or gain ("natuurlijk handig").
_AGREEING_PRAISE = CC.POSITIVE_EVAL | {"handig", "belangrijk", "winst", "prettig"}


# The nouns among the reservation phrases ("kanttekening", "aandachtspunten"; one word, not "natuurlijk").
_RESERVATION_NOUNS = {p[0] for p in CC.RESERVATION_PHRASES if len(p) == 1 and p[0] != "natuurlijk"}
# Determiners that make a noun a thing of the case: "met de juridische aandachtspunten".
_DEFINITE = {"de", "het", "die", "deze", "jouw", "je", "hun", "zijn", "haar"}


def _case_noun(ws: list[Token], at: int) -> bool:
    """"een mailtje met de juridische aandachtspunten": a noun of reservation with
    a definite determiner names a thing in the case; the speaker's own reservation
    comes bare or with "een"/"mijn" ("Wel een kanttekening: ...")."""
    return ws[at].lower in _RESERVATION_NOUNS and any(w.lower in _DEFINITE for w in ws[max(0, at - 2) : at])


# Predicates only a person can have ("die het nog niet gewend waren", "die de weg nog niet kenden").
_ANIMATE_PREDICATES = {"gewend", "kenden", "kent", "wisten", "weet", "durfden", "durft", "snapten", "snapt", "begrepen",
                       "begrijpt", "konden", "kan", "gewoon", "vertrouwden", "vertrouwt"}


def _resigned(doc: ComplimentDoc) -> list[Token]:
    """Resignation: "maar goed" standing alone as a discourse marker, before a
    comma or a full stop ("Maar goed, het werkte.", "..., maar goed, dat is
    een ander verhaal") shrugs the point off; "nu/nou eenmaal" ("hoe vrijwilligers
    nu eenmaal zijn", "die lezen nou eenmaal niet") puts up with how people are. "Maar goed dat je belde"
    (it is a good thing that) goes on praising and is spared."""
    for s in doc.sentences:
        toks = s.tokens
        for k in range(len(toks) - 1):
            low, nxt = toks[k].text.lower(), toks[k + 1].text.lower()
            if low == "maar" and nxt == "goed" and (k + 2 >= len(toks) or toks[k + 2].text in {",", ".", ";", ":", "!", "…"}):
                return [toks[k], toks[k + 1]]
            if low in {"nu", "nou"} and nxt == "eenmaal":
                return [toks[k], toks[k + 1]]
    return []


# Prepositions after "alleen": it focuses a phrase ("alleen door ...", "alleen via ...").
_FOCUS_PREP = {"door", "via", "bij", "voor", "in", "om", "over", "aan", "met", "op", "na", "uit"}


def _clause_initial(words: list[Token], i: int, start: int, after_comma: set[int]) -> bool:
    """Does the word open a clause (sentence start, after a comma or after
    "en")? "alleen" = "but" only stands there ("Goed gedaan, alleen was het
    te laat", "Alleen vraag ik me af ..."); inside a clause it is the focus
    particle "only" ("ik wil alleen zeggen dat ...")."""
    return i == start or id(words[i]) in after_comma or (i > 0 and words[i - 1].lower in {"en", "maar"})


def _after_comma(doc: ComplimentDoc) -> set[int]:
    """Ids of the words that follow a comma or semicolon in their sentence: a
    "maar" there joins two clauses ("but"), it does not mean "only"
    ("mooi, maar 2 van de 3 is nog geen 100%")."""
    out = set()
    for s in doc.sentences:
        for a, b in zip(s.tokens, s.tokens[1:]):
            if a.text in {",", ";"}:
                out.add(id(b))
    return out


def _granted_difficulty(ws: list[Token], hit: list[Token], start: int, words: list[Token]) -> bool:
    """"Natuurlijk kwam het niet vanzelf, maar je hebt volgehouden": "natuurlijk"
    opening a clause grants something that a following "maar" answers with
    praise (a conceded difficulty), unlike "Natuurlijk is een sms wat
    vrijblijvend, maar ..." where the "maar" goes on limiting."""
    if [w.lower for w in hit] != ["natuurlijk"] or ws[0] is not hit[0]:
        return False
    at = next((k for k, w in enumerate(words) if w is ws[0]), -1)
    end = at + len(ws)
    maar = next((k for k in range(at + 1, end) if words[k].lower == "maar"), -1)
    return maar > 0 and not _maar_limits(words, maar, start)


# Question words that open an indirect question of content, not of yes or no.
_WH = {"hoe", "wat", "waarom", "wie", "waar", "wanneer", "welke", "welk", "waardoor", "waarmee", "hoezo"}


def _curious(words: list[Token], hit: list[Token]) -> bool:
    """"Ik vraag me af hoe je op dat idee kwam": wondering opens an indirect
    question; with a question word it asks for content (curiosity), with "of"
    (or nothing) it doubts whether something holds ("ik vraag me af of dat
    blijft werken")."""
    if [w.lower for w in hit][-2:] not in (["me", "af"], ["vraag", "me"]):
        return False
    at = next(k for k, w in enumerate(words) if w is hit[-1])
    after = [w.lower for w in words[at + 1 : at + 4]]
    if "af" in after:
        after = after[after.index("af") + 1 :]
    if after[:1] == ["of"] and after[1:2] in (["we"], ["wij"], ["ik"]):
        return True  # "ik vraag me af of we dit ook voor onze papers kunnen doen": taking the step over, no doubt about it
    return bool(after) and after[0] in _WH


_RESULT_START = {"daardoor", "waardoor", "zodat", "daarmee", "hierdoor", "dankzij", "sindsdien"}


# Participles of thinking and perceiving: "had ik niet gedacht" reports, it proposes nothing.
_COGNITION = {"gedacht", "verwacht", "gehoopt", "geweten", "gemerkt", "gezien", "gehoord", "begrepen", "geleerd", "opgemerkt", "bedacht", "beseft", "ontdekt"}


# Adverbs that make "gezegd" a hedge of the speaker's own saying: "eerlijk gezegd", "kort gezegd".
_SAYING_HEDGES = {"eerlijk", "kort", "zo", "anders", "ronduit", "beter", "eigenlijk", "simpel", "gewoon"}


def _hedge_participle(words: list[Token], k: int) -> bool:
    """"eerlijk gezegd", "kort gezegd": a participle that hedges how the speaker
    says it, not a step done or to be done."""
    return words[k].lower == "gezegd" and k > 0 and words[k - 1].lower in _SAYING_HEDGES


# Verbs of telling: "zou je kunnen vertellen ..." asks the presenter to tell the group more.
_TELLING = {"vertellen", "toelichten", "uitleggen", "delen", "beschrijven", "verduidelijken", "schetsen"}
# Someone in the case as the addressee of the telling ("hem vertellen dat ..."): then it is a step in the case.
_CASE_ADDRESSEE = {"hem", "haar", "hen", "hun", "ze", "zijn", "de", "het"}


# Verbs of saying and stressing: "ik zou zeggen", "ik zou willen benadrukken" hedge the speaker's own claim.
_SAYING = {"zeggen", "benadrukken", "opmerken", "toevoegen", "stellen", "noemen", "onderstrepen", "beweren", "durven"}


def _hedged_saying(words: list[Token], hit: list[Token]) -> bool:
    """"Ik zou willen benadrukken dat je keuze doordacht is", "ik zou zeggen:
    ...": a conditional of politeness around the speaker's own saying, not a
    step for the presenter ("ik zou hem ook bellen" stays a tip). Only with the
    speaker first: the claim follows it."""
    low = [w.lower for w in words]
    at = next(k for k, w in enumerate(words) if w is hit[-1])
    verbs = low[at + 1 : at + 4]
    if [w.lower for w in hit] == ["zou", "ik"]:
        # "Als manager zou ik zeggen: dit is een best practice": the claim follows the saying.
        # "Geef hem ook zo'n taak, zou ik zeggen": a closing tag hedges the tip said before it.
        return verbs[:1] == ["zeggen"] and len(low) - at > 4 and not set(verbs) & {"ook", "eens", "nog", "eerder"}
    if [w.lower for w in hit] != ["ik", "zou"]:
        return False
    if "graag" in verbs and not set(low[at + 1 :]) & {"dat", "zien", "als", "willen", "wil"}:
        return True  # "Ik zou er graag nog eens met je over sparren": the speaker's own wish, no step for the presenter
    if set(low[at + 1 : at + 9]) & {"bedacht", "gedacht", "verzonnen"} and set(low[at + 1 : at + 10]) & {"hebben", "gehad"}:
        return True  # "ik zou het zelf niet zo snel bedacht hebben": the speaker's own thinking, like "daar had ik niet aan gedacht"
    return bool(set(verbs) & _SAYING) and not set(verbs) & {"ook", "eens", "nog", "eerder"}


def _asks_to_tell(words: list[Token]) -> bool:
    """"Zou je kunnen toelichten hoe Mark reageerde?", "Wil je vertellen hoe je
    begon?": the presenter asked to tell more (curiosity). Spared as advice
    unless someone in the case is told something ("zou je hem niet eens
    vertellen dat ...") or something more is proposed ("ook", "eens")."""
    low = [w.lower for w in words]
    at = next((k for k, w in enumerate(low) if w in _TELLING), -1)
    if at < 0 or not set(low[:at]) & {"zou", "zouden", "kun", "kunt", "wil", "wilt"} or not set(low[:at]) & {"je", "jij", "u"}:
        return False
    you = next(k for k, w in enumerate(low) if w in {"je", "jij", "u"})
    between = set(low[you + 1 : at])
    nxt = low[at + 1 : at + 2]
    return not between & (_CASE_ADDRESSEE | {"ook", "eens", "nog", "misschien"}) and (not nxt or nxt[0] in _WH | {"meer", "wat", "of"})


# Forms of receiving and giving: a tip that someone in the case gave or the
# presenter received is part of the case ("kreeg je ook nog een tip").
_RECEIVING = {"kreeg", "kregen", "gekregen", "krijgt", "krijg", "krijgen", "ontving", "ontvangen"}
_GIVING = {"gaf", "gaven", "gegeven", "geven", "geve", "geeft"}
_THIRD = {"ze", "zij", "hij", "die", "haar", "hem", "hun"}


def _case_tip(words: list[Token], hit: list[Token]) -> bool:
    """"Doordat je het vroeg kreeg je een tip", "met die tip ging je aan de
    slag", "durft ze je een tip te geven": the noun "tip" names what happened
    in the case (received, given by a third person, acted on), not the
    speaker's own tip ("Een tip: ...", "mijn tip is ...")."""
    if [w.lower for w in hit] != ["tip"]:
        return False
    at = next(k for k, w in enumerate(words) if w is hit[0])
    low = [w.lower for w in words]
    if at and low[at - 1] in {"mijn", "kleine", "als"} or low[at + 1 : at + 2] in (["voor"], ["is"], ["zou"]):
        return False
    if set(low) & _RECEIVING:
        return True
    if set(low) & _GIVING and set(low) & _THIRD:
        return True
    return at >= 2 and low[at - 2] == "met" and low[at - 1] in {"die", "deze", "haar", "zijn", "de", "hun"}


def _idea_frame(words: list[Token]) -> list[Token]:
    """"misschien een idee om er een vaste sessie van te maken": an idea put
    forward with "om ... te" and no praise of it ("goed idee om ..." praises
    the presenter's own idea)."""
    low = [w.lower for w in words]
    for k in range(1, len(low) - 1):
        if low[k] in {"idee", "optie", "suggestie", "overweging"} and low[k + 1] == "om" and low[k - 1] in {"een", "misschien"}:
            return words[max(0, k - 2) : k + 2]
    return []


# Participles of asking or consulting someone: "Heb je al met X gesproken / aan X gevraagd of ...?"
_CONTACTED = {"gesproken", "gepraat", "overlegd", "gevraagd", "gebeld", "gemaild", "voorgelegd", "besproken", "geappt"}


_KNOW = {"weet", "weten", "kent", "kennen"}
# The presenter and the speaker's side as subject: what they know or have is no other party's.
_SPEAKER_SIDE = CC.YOU | {"ik", "we", "wij"}
# Participles of telling or noticing back: "Hebben ze ook gezegd / gemerkt dat ...?"
_TOLD_BACK = {"gezegd", "aangegeven", "gemerkt", "gereageerd", "verteld"}
_LEARNT_OF = {"gezien", "gehoord", "gelezen", "gemerkt"}


def _others_told(low: list[str]) -> bool:
    """"Weet de station manager dit eigenlijk al?", "Heeft de crewplanning al
    gezien dat ...?": whether another party already knows of the step puts
    telling them on the table, a tip as a question. The presenter or the
    speaker as subject ("Weet je al hoe ...?") asks something else."""
    return low[0] in _KNOW | {"heeft", "hebben"} and low[1] not in _SPEAKER_SIDE and "al" in low[2:8] \
        and (low[0] in _KNOW or bool(set(low) & _LEARNT_OF))


# plural finite verbs that look like infinitives, opening a yes/no question ("Gaan de andere teams ... ook ...?")
_PLURAL_VERBS = {"gaan", "worden", "kunnen", "moeten", "willen", "komen", "doen", "zullen", "mogen", "krijgen", "nemen",
                 "houden", "blijven", "weten", "zijn"}
_PLURAL_SUBJECT_START = {"de", "die", "ze", "zij", "jullie", "we", "wij", "alle", "andere", "uw", "hun", "onze"}


def _also_question(s, words: list[Token]) -> list[Token]:
    """A yes/no question (finite verb first) with "ook": "Gaat de moeder de
    planner ook zelf bijhouden?", "waren die deadlines ook in ieders agenda
    gezet?" asks after a further step, a tip as a question. Spared: "ook zo"
    (asking after the presenter's experience), "ook al", and a question of
    frequency ("ook weleens", "ooit"). "Heb je al met X gesproken / aan X
    gevraagd ...?" asks after a next step too, with "al" for "ook"."""
    if not s.question_mark:
        return []
    segs = [seg for seg in segments(s) if seg]
    tag = [w.lower for w in segs[-1]] if segs else []
    if len(segs) > 1 and tag[-1:] == ["af"] and "vraag" in tag:
        segs = segs[:-1]  # "Is dit ook iets voor X, vraag ik me af?": the question is before the tag
    elif opinion_tag(s):
        return []  # "Zou dat ook bij X werken, denk je?": asks the presenter's opinion, proposes nothing
    if len(segs) > 1 and segs[-1][0].lower in {"zodat", "zo", "dan", "om"}:
        segs = segs[:-1]  # "Worden ze ook bewaard, zodat je kunt laten zien ...?": the purpose follows the question
    last = segs[-1] if segs else []
    low = [w.lower for w in last]
    if low[:3] in (["denk", "je", "dat"], ["denkt", "u", "dat"], ["denk", "jij", "dat"]):
        return []  # "Denk je dat het ook zou werken bij ...?": asks the presenter's opinion (settled c23-t146)
    plural_first = len(low) > 1 and low[0] in _PLURAL_VERBS and low[1] in _PLURAL_SUBJECT_START
    if len(low) < 3 or not (has_finite_verb(last[:1]) or plural_first) or is_participle(last[0]) \
            or low[0] in _WH | {"dat", "die", "als"}:
        return []
    if set(low) & {"weleens", "ooit", "soms", "vaak", "eens"}:
        return []  # "Belt Kevin ook weleens terug?": asks how often something happens, no step proposed
    if low[:2] == ["mag", "ik"] and set(low[2:5]) & (_SAYING | _TELLING):
        return []  # "Mag ik ook even zeggen dat ik het fijn vind ...?": leave to say something, no step
    if low[0] in {"was", "waren"} and not any(is_participle(w) for w in last[2:]):
        return []  # "Was dat ook in de vakantieperiode?": asks what happened then ("waren ze ook ... gezet?" asks after a step)
    if low[0] in {"heb", "hebt", "heeft", "hebben"} and "al" in low[2:4] and (
            set(low) & _CONTACTED or any(is_participle(w) and w.lower not in _LEARNT_OF for w in last[3:])):
        # "Heb je al met de teamchef gesproken over ...?", "Heb je al in het rooster gekeken wie ...?": the next step to take
        return last[: low.index("al") + 1]
    if low[0] in {"heeft", "hebben"} and low[1] not in _SPEAKER_SIDE and low[-2:] == ["ook", "al"]:
        return last  # "Hebben de andere ploegleiders het kaartje ook al?": passing the step on to others
    if _others_told(low):
        return last[: low.index("al") + 1]
    if low[0] in {"heeft", "hebben"} and low[1] not in CC.YOU and set(low) & _TOLD_BACK:
        return []  # "Hebben de verpleegkundigen zelf ook gezegd dat het beter is?": asks what others noticed, the effect
    at = next((k for k, w in enumerate(low) if w == "ook" and low[k + 1 : k + 2] not in (["zo"], ["al"])), -1)
    if at > 0 and low[at + 1 : at + 3] in (["voor", "ons"], ["voor", "mij"], ["voor", "onze"], ["bij", "ons"], ["bij", "onze"]):
        return []  # "Is die lijst ook voor ons team beschikbaar?": the speaker's side asks to take it over
    return last[: at + 1] if at > 0 else []


# words that spread a step to all: "bij alle projecten", "in het hele DC", "standaard"
_EVERYWHERE = {"alle", "hele", "overal", "standaard", "iedereen", "allemaal"}


def _adopt_it(words: list[Token]) -> list[Token]:
    """A proposal that the speaker's own group takes the step over, also when put
    to the group ("zouden we dit niet allemaal moeten doen?", "moeten wij dat niet
    ook ...?", "als het aan mij ligt, doen we dit op de hele afdeling"): the tips
    come later (settled c19-t137)."""
    low = [w.lower for w in words]
    for i in range(len(low) - 2):
        if low[i] in {"zouden", "moeten"} and low[i + 1] in {"we", "wij"} and "niet" in low[i + 2 : i + 6] \
                and ("moeten" in low[i + 2 :] or low[i] == "moeten"):
            return words[i : i + 4]
    for i in range(len(low) - 4):
        if low[i : i + 5] == ["als", "het", "aan", "mij", "ligt"]:
            return words[i : i + 5]
    for i in range(len(low) - 3):  # "Is dat niet iets voor het hele team?": the step offered to all, as a question
        if low[i : i + 3] == ["niet", "iets", "voor"] and set(low[i + 3 : i + 7]) & _EVERYWHERE:
            return words[max(0, i - 2) : i + 6]
    for i, w in enumerate(low):  # "Die kaartjes zouden we eigenlijk bij alle projecten moeten gebruiken",
        # "zou eigenlijk in het hele DC standaard moeten worden": the step made everyone's, a proposal
        if w in {"zou", "zouden"} and "moeten" in low[i + 1 : i + 12] and set(low[i + 1 : i + 12]) & _EVERYWHERE \
                and not set(low[max(0, i - 2) : i + 3]) & {"ik", "jij", "je"}:
            return words[i : i + 4]
    return []


def _either_also(s, words: list[Token]) -> list[Token]:
    """"Deed je dat bij de pakbank, of had je er ook een lijstje bij?", "Schrijf
    jij ze allemaal zelf, of laat je de vrijwilligers er ook een paar schrijven?":
    a question whose second alternative adds an element with "ook" puts the
    asker's own step forward (settled c66-t104, c41-t107)."""
    if not s.question_mark:
        return []
    low = [w.lower for w in words]
    at = next((k for k in range(1, len(low)) if low[k] == "of" and k + 2 < len(low)), -1)
    if at > 2 and "ook" in low[at + 1 : at + 8] and has_finite_verb(words[at + 1 : at + 3]) \
            and not set(low[at + 1 : at + 4]) & {"niet", "nie"}:
        return words[at : at + 5]
    return []


# the intervisie session itself: "zullen we in de volgende ronde ...", "... zelf iets inbrengen"
_SESSION = {"ronde", "rondes", "inbrengen", "inbreng", "sessie", "intervisie", "pauze", "casus", "bijeenkomst"}


def _shall_we(doc: ComplimentDoc, words: list[Token]) -> list[Token]:
    """ "zullen we de mappen samen maken?", "zullen we Gerard helpen met ...?": a
    proposal to take up something of the case (settled c19-t137); "zullen we even
    pauzeren?" is about the session and names nothing of the case."""
    low = [w.lower for w in words]
    for i in range(len(low) - 2):
        rest = words[i + 2 :]
        if low[i] == "zullen" and low[i + 1] in {"we", "wij"} and not any(w.lower in _SESSION for w in rest) \
                and any(w.lemma in doc.case_lemmas or w.text[:1].isupper() for w in rest):
            return words[i : i + 4]
        # "zouden wij aan de balie niet ook zo'n vraag kunnen stellen?": the group taking up the step
        # "Kunnen we als groep niet afspreken dat ...?", "kunnen we het hebben over zondaglessen voor de
        # hele rijschool?": the group asked to arrange something, a tip unless it is about the session
        if low[i] in {"zouden", "kunnen"} and low[i + 1] in {"we", "wij"} \
                and set(low[i + 2 :]) & {"ook", "niet", "hele", "alle", "iedereen"} \
                and not any(w.lower in _SESSION or w.lower in {"zeggen", "vragen", "noemen"} for w in rest):
            return words[i : i + 4]
    return []


# a closed question that puts a means or a place on the table (settled c07, c16):
# "gebruik je een sjabloon?", "stonden die vragen ergens op papier?"
_V1_SUBJECTS = {"je", "jij", "jullie", "u", "ge", "gij", "hij", "ze", "zij", "die", "de", "het", "we", "wij", "dat", "deze"}
_USE_VERBS = {"gebruik", "gebruikt", "gebruiken", "gebruikte", "gebruikten", "werk", "werkt", "werken", "werkte", "werkten"}


def _means_question(s, words: list[Token]) -> list[Token]:
    if not s.question_mark:
        return []
    segs = [seg for seg in segments(s) if seg]
    last = segs[-1] if segs else []
    low = [w.lower for w in last]
    # verb first: the second word is the subject ("stonden die vragen", "gebruik je")
    if len(low) < 3 or low[0] in _WH or low[1] not in _V1_SUBJECTS or is_participle(last[0]):
        return []
    if "ergens" in low:
        return last[: low.index("ergens") + 3]
    if low[0] in _USE_VERBS and "een" in low[1:4]:
        return last[: low.index("een") + 2]
    return []


_TASK_DETERMINERS = {"de", "het", "die", "dat", "deze", "dit", "je", "jouw", "zijn", "haar", "hun", "alle"}


def _next_task(words: list[Token]) -> bool:
    """ "nu de binnengesprekken nog": "nu", a determiner, a noun, "nog" at the end.
    The determiner shows the -en word is a noun, not a verb (has_finite_verb cannot
    tell for a compound the dictionary lacks)."""
    return (len(words) <= 7 and words[-1].lower == "nog" and words[1].lower in _TASK_DETERMINERS
            and not any(w.lower in FINITE_FORMS for w in words))


def _own_resolve(words: list[Token], hit: list[Token]) -> bool:
    """"ik zou dat eigenlijk ook moeten doen", "ik zou dat zelf ook eens moeten
    proberen": "ik zou" with "ook" and "moeten" and no "je": the speaker holds
    the step up to themselves (a recognition, like "dat ga ik ook proberen")."""
    low = [w.lower for w in words]
    at = next((k for k, w in enumerate(words) if w is hit[0]), -1)
    if low[at : at + 2] != ["ik", "zou"]:
        return False
    tail = low[at + 2 : at + 9]
    return "ook" in tail and "moeten" in tail and not set(tail) & (CC.YOU | {"jullie"})


def _elliptic_next_task(s) -> bool:
    """"Nu de rest nog bij de les houden, want ...": "nog" and no finite verb in the
    first clause (a "want" clause after the comma gives a reason), its bare verb last."""
    segs = segments(s)
    first = segs[0] if segs else []
    return "nog" in {w.lower for w in first[2:]} and not _finite_before(first)


def _finite_before(clause: list[Token]) -> bool:
    """A finite verb in ``clause`` before its last word when that is a bare "-en"
    form ("Nu de rest nog bij de les houden": infinitive and plural present
    share the form); a word after a determiner is a noun."""
    body = clause[:-1] if clause and clause[-1].lower.endswith("en") else clause
    nouns_after = DETERMINERS | {"je"}  # "bij de les": "les" is a noun, not a form of "lezen"
    return has_finite_verb([w for k, w in enumerate(body) if k == 0 or body[k - 1].lower not in nouns_after])


_TO_GROUP = re.compile(r"\b(?:tegen|aan) de (?:hele )?groep\b|\bde (?:hele )?groep (?:er )?(?:\w+ )?(?:op wijzen|zeggen|iets)\b")
_GROUP_MODALS = {"kunnen", "moeten", "zouden"}


def _group_should(doc: ComplimentDoc) -> list[Token]:
    """"Ik wil de groep er op wijzen dat wij hier ook een rol in hebben. We
    kunnen Anneke helpen met namen.", "Ik wil tegen de groep zeggen dat we dit
    breder moeten oppakken": a turn addressed to the group that says what "we"
    can or should do proposes a step for the case (settled c03: a soft tip,
    whoever it is addressed to). Spared: a remark about the session."""
    if not _TO_GROUP.search(doc.text.lower()):
        return []
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            if set(low) & {"we", "wij"} and set(low) & _GROUP_MODALS and not set(low) & _SESSION:
                return seg[:6]
    return []


def _who_takes_over(doc: ComplimentDoc) -> list[Token]:
    """"Vraag aan de groep: wie van ons kan het overnemen als Ilse niet werkt?":
    asking the group who takes the step over answers the help question, a tip
    put to the group (the tips come later)."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        at = next((k for k, w in enumerate(low) if w == "wie"), -1)
        if at >= 0 and s.question_mark and set(low[at + 1 : at + 5]) & {"kan", "wil", "zou", "gaat"} \
                and "overnemen" in low[at:]:
            return ws[at : at + 5]
    return []


def _should_it_not(s) -> list[Token]:
    """"Wat vinden jullie, zou dit niet gewoon standaard in het inwerkplan
    moeten?": a question clause opened by "zou/moet" with "niet" (not "nog
    niet") asks for agreement with a step, a tip (like "Zou je het niet
    gewoon ...?")."""
    for seg in segments(s):
        low = [w.lower for w in seg]
        if low[:1] and low[0] in {"zou", "zouden", "moet", "moeten"} and "niet" in low \
                and low[low.index("niet") - 1] != "nog":
            return seg[:6]
    return []


def _warning(seg: list[Token]) -> list[Token]:
    """"pas wel op dat je niet opbrandt", "let op dat ...", "kijk wel uit dat ...",
    "vergeet niet om ...": a warning opening the clause is a tip too ("je let op
    dat iedereen ..." is the presenter's act, "vergeet je niet ...?" a question)."""
    low = [w.lower for w in seg[:4]]
    if low[:1] in (["pas"], ["let"]) and "op" in low[1:3] and "dat" in low[2:4]:
        return seg[:4]
    if low[:1] == ["kijk"] and "uit" in low[1:3]:
        return seg[:4]
    if low[:1] == ["vergeet"] and "niet" in low[1:3] and not set(low[1:3]) & {"je", "jij", "ik", "ge", "u"}:
        return seg[:4]
    return []


# "Laten we hopen dat het zo blijft", "laten we wel wezen": no step proposed
_LET_US_NOT = {"hopen", "wel", "eerlijk", "even", "zeggen"}


def _let_us(seg: list[Token]) -> list[Token]:
    """"Laten we dat formulier allemaal gaan gebruiken": a "let us" proposal
    opening the clause puts a step forward (a tip); "laten we hopen ..." does not."""
    low = [w.lower for w in seg[:3]]
    if low[:2] in (["laten", "we"], ["laten", "wij"], ["laat", "ons"]) and low[2:3] and low[2] not in _LET_US_NOT:
        return seg[:4]
    return []


# verbs of a step the speaker would add: "Wat ik er zelf nog bij zou doen is ..."
_STEP_VERBS = {"doen", "toevoegen", "proberen", "maken", "zetten", "vragen", "nemen", "gebruiken", "sturen", "bellen",
               "invoeren", "organiseren", "regelen", "plannen", "afspreken"}


def _what_i_would_do(words: list[Token]) -> list[Token]:
    """"Wat ik er zelf nog bij zou doen is een vast aanspreekpunt", "wat ik zou
    proberen is ...": the speaker's own step announced with "zou", a tip (the
    rulebook's "Volgende keer zou ik ..."); "ik zou niet weten hoe" is spared."""
    low = [w.lower for w in words]
    for i in range(len(low) - 2):
        if low[i] == "wat" and "ik" in low[i + 1 : i + 3]:
            clause = low[i + 1 : i + 9]
            if set(clause) & {"zou", "zouden"} and set(clause) & _STEP_VERBS and not set(clause) & NEGATORS:
                return words[i : i + 6]
    return []


def _hope_you_also(words: list[Token]) -> list[Token]:
    """"Ik hoop dat je het ook aan de mentoren vertelt": a wish that the presenter
    also takes a further step is a soft tip ("ik hoop dat je het volhoudt" wishes
    the step well and proposes nothing)."""
    low = [w.lower for w in words]
    for i in range(len(low) - 3):
        if low[i] == "hoop" and low[i + 1] == "dat" and low[i + 2] in {"je", "jij", "ge", "gij", "u"} and "ook" in low[i + 3 : i + 8]:
            return words[max(0, i - 1) : i + 4]
    return []


@per_doc
@rule("no_sting.advice")
def advice(doc: ComplimentDoc) -> list[Token]:
    """A tip, also soft or as a question ("ik zou ...", "Probeer ook ...");
    a weak cue ("volgende keer") only where the sentence proposes something;
    a remark to the whole group about the session is no tip."""
    hit = _group_should(doc) or _who_takes_over(doc)
    if hit:
        return around(doc, hit, 0, 5)
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        hit = _adopt_it(words) or (_shall_we(doc, words) if s.question_mark else [])
        if hit:
            return around(doc, hit, 0, 5)
        hedged = bool(words) and words[0].lower in HEDGES and not any(w.lower in _SESSION for w in words)
        if phrase_hit(words, CC.GROUP_ADDRESS) and not hedged:
            continue  # "Kunnen we na deze ronde pauze?": a remark to the group about the session; a hedged
            # "Misschien moeten we dit als sectie in het rooster zetten" is a step, read by stance.proposal below
        if len(words) > 2 and words[0].lower in {"nu", "nou", "alleen"} and not s.question_mark and (
                words[1].lower == "nog" or _elliptic_next_task(s) or _next_task(words)):
            return around(doc, words[:2], 0, 5)  # "Nu nog die telefoons eruit.", "Nou de rest van het jaar nog.": the next task, elliptic
        for seg in segments(s)[1:]:  # the same after a comma: "een goed begin, nu nog zorgen dat ie elke keer komt"
            if len(seg) > 2 and seg[0].lower in {"nu", "nou"} and seg[1].lower == "nog" and not has_finite_verb(seg[:4]):
                return around(doc, seg[:2], 0, 5)
        for seg in segments(s):  # "nu de avondploeg nog he": the next group named, elliptic
            sl = [w.lower for w in seg]
            while sl and sl[-1] in {"he", "hè", "hoor", "even", "ff"}:
                sl = sl[:-1]
            if 2 < len(sl) <= 5 and sl[0] in {"nu", "nou"} and sl[-1] == "nog" and not has_finite_verb(seg[1 : len(sl) - 1]):
                return around(doc, seg[:3], 0, 5)
        hit = next((h for seg in segments(s) if (h := _warning(seg) or _let_us(seg))), []) or _hope_you_also(words) \
            or _what_i_would_do(words)
        if hit:
            return around(doc, hit, 0, 5)
        hit = phrase_hit(words, CC.ADVICE_PHRASES) or proposal(s) or _idea_frame(words) or _also_question(s, words) \
            or _either_also(s, words) \
            or _means_question(s, words) or (_should_it_not(s) if s.question_mark else [])
        if hit and _case_tip(words, hit):
            hit = proposal(s)
        if hit and _own_resolve(words, hit):
            continue  # "ik zou dat eigenlijk ook moeten doen": the speaker's own resolve, no step for the presenter
        if hit and (_asks_to_tell(words) or _hedged_saying(words, hit) and not proposal(s)):
            continue  # "Zou je kunnen toelichten hoe ...?": a request to hear more, no step proposed
        if hit:
            return around(doc, hit, 1, 5)
        hit = phrase_hit(words, CC.ADVICE_WEAK)
        if not hit:
            continue
        at = words.index(hit[0])
        if hit[0].lower in {"had", "ik"}:
            if words[at + 2 : at + 3] and words[at + 2].lower == "maar":
                continue  # "Had ik maar zo'n begeleider gehad": a wish of the speaker's own, no step for the presenter
            tail = words[at + 2 : at + 12]  # "Ik had het zelf eerder aan het eind van de les gedaan": a long middle field
            if any(w.lower == "nodig" for w in tail):
                continue  # "Dat had ik wel nodig": the speaker's own need
            if any(w.lower in {"nooit", "niet", "nie"} for w in tail[:5]):
                continue  # "zo had ik er zelf nog nooit naar gekeken": the speaker's own view, no step
            if any(w.lower == "graag" for w in tail) and tail[-1].lower == "gehad":
                continue  # "ik had dat graag gehad": the speaker's own wish ("ik had graag gezien dat je ..." still proposes)
            if any(is_participle(w) and w.lower not in _COGNITION and not _hedge_participle(tail, k) for k, w in enumerate(tail)):
                return around(doc, hit, 1, 5)
            continue
        before = words[:at]
        if any(w.lower in CC.PROPOSAL_MODALS for w in words) and not any(w.lower in _RESULT_START for w in before) \
                and not (before and before[-1].lower == "de" and len(before) > 1 and before[-2].lower == "voor"):
            return around(doc, hit, 1, 5)
    return []
