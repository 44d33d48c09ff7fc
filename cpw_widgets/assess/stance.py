"""The speaker's stance in a compliment, read from the form of its sentences.

assess_compliment's no_sting rules ask whether something attached to the praise
takes it back, ranks the presenter or talks down to them. Phrases seen in one
batch of texts travel badly to the next writer, so these readers look at the
grammar instead:

- a **concession or contrast** ("maar", "alleen", "al is het", "ook al",
  "hoewel", "ondanks", "terwijl") splits a sentence into a conceded part and an
  asserted part; what matters is the **polarity** of each part and **who** it
  is about. "Het was lastig, maar je bleef bellen" concedes a difficulty of the
  situation and asserts the presenter's act: sincere. "Mooi plan, al is het wat
  laat" concedes the praise and asserts a shortcoming: a sting;
- **surprise** ("had ik niet gedacht", "verrassend", "wie had dat gedacht") is
  a sting (a low expectation), told from thinking of something ("daar had ik
  niet aan gedacht") by its grammar;
- a **comparison** "-er dan ..." ranks the presenter when its standard is other
  people, and measures progress when it is a time or the presenter's own
  earlier attempt ("vaker dan in september", "rustiger dan je eerst deed").

The word lists (polarity, difficulty, time, people) are general Dutch lexicons
in data/compliment_cues.yaml, not phrases of the labelled texts.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from . import cues
from .nl import Sentence, Token
from .nl import is_known
from .tokens import has_finite_verb, is_comparative, is_participle, is_verb_stem, word_tokens

CC = SimpleNamespace(**cues.load(Path(__file__).parent / "data" / "compliment_cues.yaml"))

YOU = {"je", "jij", "ge", "gij", "u", "jullie"}
PRESENTER = YOU - {"jullie"}  # the presenter alone, as subject or object
NEGATORS = {"niet", "nie", "geen", "nooit", "niks", "niets", "nergens", "nimmer"}
# Punctuation that closes a stretch of a sentence (a clause or an apposition).
_BREAKS = {",", ";", ":", "(", ")", "–", "—", "-", "…"}
# Third persons and people nouns: the subject of a clause about someone else.
_PERSON_PRONOUNS = {"hij", "zij", "ze", "hem", "men", "iedereen", "niemand", "sommigen", "anderen", "die"}


def segments(sentence: Sentence) -> list[list[Token]]:
    """The word stretches of a sentence between commas, colons, brackets and dashes."""
    out: list[list[Token]] = [[]]
    for t in sentence.tokens:
        if t.text in _BREAKS:
            out.append([])
        elif t.is_word:
            out[-1].append(t)
    return [s for s in out if s]


def _is(w: Token, vocab) -> bool:
    return w.lower in vocab or w.lemma in vocab


def negative_marker(words: list[Token], *, presenter_subject: bool = False, counterfactual: bool = True) -> list[Token]:
    """The first word that makes ``words`` a shortcoming, a doubt or a limit
    ("te laat", "nog niet", "jammer", "had gekund", "de vraag", "moet",
    "niet helemaal"), or []. With the presenter as subject a plain negation
    does not count: "je gaf niet op", "je liet je niet afschrikken" praise.
    ``counterfactual=False`` leaves out what could have been: conceded of the
    presenter it is the easy way not taken ("terwijl je ook had kunnen wachten")."""
    low = [w.lower for w in words]
    for i, w in enumerate(words):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if _is(w, CC.NEGATIVE_EVAL):
            return words[i : i + 3]
        if w.lower in {"te", "wat", "beetje", "erg", "wel"} and nxt in CC.GRADABLE:
            return words[i : i + 2]  # "te laat", "wat kort", "wel erg lang"
        if w.lower in CC.INSUFFICIENT:
            return words[i : i + 2]
        if w.lower == "nog" and set(low[i + 1 : i + 4]) & {"veel", "hoop", "hele", "heel", "werk", "genoeg", "meer", "wat"}:
            return words[i : i + 3]  # "al liggen er nog een hele hoop": work left undone
        if w.lower in {"nog", "niet"} and nxt in NEGATORS | {"lang", "helemaal", "echt", "zo", "steeds", "perfect", "af", "klaar"}:
            return words[i : i + 2]  # "nog niet", "nog lang niet", "niet helemaal", "niet echt"
        if counterfactual and w.lower in {"had", "hadden", "was", "waren", "zou", "zouden"} and any(
                x in CC.COUNTERFACTUAL for x in low[i + 1 : i + 8]):
            return words[i : i + 4]  # "had eerder gemogen", "was sneller geweest"
        if w.lower in CC.DEONTIC and set(low[max(0, i - 3) : i]) & {"wat", "hoe", "waar", "wanneer", "welke"}:
            continue  # "weten wat ze moeten doen": a modal inside an embedded question
        if w.lower in CC.DEONTIC and not presenter_subject:
            return words[i : i + 3]
        if w.lower in CC.DEONTIC and presenter_subject and any(x in {"natuurlijk", "wel", "ook", "niet"} for x in low[i + 1 : i + 4]):
            return words[i : i + 3]  # "maar je kunt natuurlijk niet ...", "je moet wel ..."
        if w.lower in NEGATORS and not presenter_subject and not (nxt in {"alleen", "zomaar", "voor", "te"}):
            return words[max(0, i - 1) : i + 2]
    return []


def positive_marker(words: list[Token]) -> list[Token]:
    """A word that continues the praise: a praise word, "vooral", "ook", a
    comparative of praise ("nog sterker")."""
    for i, w in enumerate(words):
        nxt = [x.lower for x in words[i + 1 : i + 3]]
        if _is(w, CC.POSITIVE_EVAL) or (i == 0 and w.lower == "ook") \
                or w.lower in {"vooral", "bovendien", "zeker"} and set(nxt) & ({"dat", "hoe", "wat", "ook"} | YOU):
            return words[i : i + 1]
        if is_comparative(w) and i > 0 and words[i - 1].lower in {"nog", "zelfs"}:
            return words[i - 1 : i + 1]
    return []


def subject_of(words: list[Token]) -> str:
    """Who a clause is about, from its first words: ``you`` (the presenter),
    ``speaker`` ("ik"), ``person`` (someone else: "hij", "Mark", "de ouders")
    or ``thing``."""
    for k, w in enumerate(words[:4]):
        if w.lower == "je" and _people_noun(words[k + 1 : k + 2]):
            return "person"  # "je patiënten", "je collega's": "je" is their possessive, they are the subject
        if w.lower in YOU:
            return "you"
        if w.lower in {"ik", "me", "mij"}:
            return "speaker"
        if w.lower in _PERSON_PRONOUNS or w.lower in CC.PEOPLE or _is(w, CC.PEERS) \
                or (k > 0 and w.text[:1].isupper() and w.text.isalpha()):
            return "person"
    return "thing"


def _people_noun(nxt: list[Token]) -> bool:
    """Is the word after "je" a noun for people ("je patiënten", "je klanten",
    "je monteurs"): a known people word, or a plural noun (its lemma differs and
    it is no finite verb)?"""
    if not nxt:
        return False
    w = nxt[0]
    if w.lower in CC.PEOPLE or _is(w, CC.PEERS):
        return True
    return (w.lower.endswith(("en", "s")) and w.lemma != w.lower and not has_finite_verb([w])
            and not is_participle(w) and w.lower not in cues.FINITE_FORMS)


def difficulty(words: list[Token]) -> list[Token]:
    """A difficulty of the situation ("lastig", "afzeggingen", "klein ding")."""
    return [w for w in words if _is(w, CC.DIFFICULTY)][:1]


# --- concession and contrast ------------------------------------------------------

_CONCESSIVE = {"hoewel", "alhoewel", "ofschoon", "ondanks", "terwijl", "weliswaar"}


# Words after "al" that are no verb: "al twee keer", "al lang", "al een tijd".
_NOT_VERBS = {"een", "twee", "drie", "vier", "vijf", "lang", "langer", "heel", "veel", "weken", "maanden", "jaren", "jaar",
              "eens", "eerder", "snel", "vroeg", "best", "wat", "zo", "meteen", "direct", "gauw", "bijna", "waar", "wie",
              "hoe", "wanneer", "welke", "dat", "die", "dit", "de", "het", "nu", "gezien", "daar", "hier", "er", "bij",
              "met", "in", "op", "aan", "voor", "van", "naar", "om", "tot", "zelf", "ook", "nog", "wel", "niet"}


# Conjunctions that open a verb-final clause: an "al" inside one is "already", not "even if".
_SUBORDINATORS = {"dat", "omdat", "doordat", "zodat", "als", "wanneer", "toen", "nadat", "hoe"}


def _concessive_at(words: list[Token], i: int) -> bool:
    """Does a concessive clause open at ``words[i]``? "hoewel", "ook al",
    and "al" + finite verb + a subject ("al is het", "al kwam hij")."""
    w = words[i]
    if w.lower in _CONCESSIVE:
        return True
    if w.lower != "al" or i + 2 >= len(words):
        return False
    if i > 0 and words[i - 1].lower == "ook":
        return True
    v, s = words[i + 1], words[i + 2]
    if s.lower not in YOU | {"ik", "we", "wij", "hij", "zij", "ze", "het", "er"} and any(
            words[k].lower in _SUBORDINATORS and words[k + 1].lower in YOU | _PERSON_PRONOUNS | {"ik", "we", "wij"}
            for k in range(i - 1)):
        return False  # "dat je in je hulpvraag al meeneemt dat ...": "already" in a verb-final clause
    if s.lower in {"ik", "je", "jij", "ge", "we", "wij", "hij", "zij", "ze", "het", "er"} and v.lower.isalpha() \
            and v.lower not in _NOT_VERBS and not is_participle(v):
        return True  # "al vraag ik me af": a stem the dictionary reads as a noun
    return (has_finite_verb([v]) or is_verb_stem(v)) and not is_participle(v) and (
        s.lower in {"ik", "het", "er", "dat", "dit", "die", "da", "we", "wij"} | YOU | _PERSON_PRONOUNS
        or s.lower in {"de", "een", "zijn", "haar", "sommige", "veel", "alle", "andere", "onze", "mijn"} or s.text[:1].isupper())


# Verbs of the speaker's opinion opening a conceded clause ("al denk ik ...").
_OPINION = {"denk", "vind", "verwacht", "vermoed", "betwijfel", "gok", "schat"}


def concession(sentence: Sentence) -> list[Token]:
    """A concessive clause that takes the praise back: it concedes a shortcoming
    of the presenter or of the praised thing ("hoewel het wat laat kwam",
    "al ben je er nog niet", "ondanks dat je eerst twijfelde"), or the rest of
    the sentence asserts one. Spared: a difficulty of the situation or of
    someone else conceded ("ook al nam hij niet op", "ondanks alle
    afzeggingen") against what the presenter did."""
    segs = segments(sentence)
    for k, seg in enumerate(segs):
        at = next((i for i in range(len(seg)) if _concessive_at(seg, i)), -1)
        if at < 0:
            continue
        conceded = seg[at + 1 :]
        opener = seg[max(0, at - 1) : at + 1] if seg[at].lower == "al" and at > 0 and seg[at - 1].lower == "ook" else seg[at : at + 1]
        if conceded and conceded[0].lower in {"dat", "het"} and seg[at].lower == "ondanks":
            conceded = conceded[1:]
        subject = conceded[1:] if seg[at].lower == "al" else conceded
        who = subject_of(subject)
        if any(w.lower in {"wij", "we"} for w in subject[:2]) and who in {"thing", "person"}:
            who = "speaker"  # "al doen wij in het zorgteam iets vergelijkbaars": the speaker's own side
        if seg[at].lower == "weliswaar" or _discounting(conceded):
            return opener + conceded[:5]
        if _knew_difficulty(conceded):
            continue
        if len(opener) == 1 and seg[at].lower == "al" and who in {"person", "thing"} and "ook" in {w.lower for w in subject} \
                and not difficulty(conceded):
            return opener + conceded[:6]  # "al deed de vorige ouderling dat ook al": someone else does the same, the act made ordinary
        if seg[at].lower == "terwijl" and conceded[:1] and conceded[0].lower in {"het", "dat", "dit", "er"} \
                and {w.lower for w in conceded} & _EARLIER:
            continue  # "terwijl het daar altijd een drama was": the problem as it was, the progress praised
        rest = [w for s in segs[:k] for w in s] + seg[:at] + [w for s in segs[k + 1 :] for w in s]
        if negative_marker(rest, presenter_subject=subject_of(rest) == "you") and not difficulty(conceded):
            return opener + conceded[:6]  # "Hoewel je belde, komt hij nog steeds niet"
        if who == "speaker" and set(w.lower for w in conceded[:3]) & _OPINION and any(is_comparative(w) for w in conceded):
            return opener + conceded[:6]  # "al denk ik dat het bij grotere groepen lastiger wordt": a doubt about the praised thing
        low_c = {w.lower for w in conceded}
        if low_c & {"had", "hadden"} and low_c & {"moeten", "gemoeten"} and "ook" in low_c and who != "you":
            return opener + conceded[:6]  # "hoewel die het eigenlijk ook hadden moeten doen": a reproach of others
        if "iedereen" in low_c and low_c & {"weet", "wist", "weten", "wisten", "kent", "kende"}:
            return opener + conceded[:6]  # "ook al weet iedereen hier al dat meelopen werkt": the insight made common knowledge
        if seg[at].lower == "al" and difficulty(conceded) and low_c & {"zal", "zullen", "wel"} and not low_c & YOU:
            return opener + conceded[:6]  # "al zal het bij de anderen lastig worden", "al is het voor hen wel zwaar": a cost ahead
        if difficulty(conceded) or who == "person" and not _is_ranking_other(conceded):
            continue
        if who == "speaker" and seg[at].lower == "terwijl" and set(w.lower for w in conceded) & _HABIT:
            continue  # "terwijl ik op zulke avonden meestal stil ben": the speaker's own habit, which the act overcame
        if who == "speaker":
            return opener + conceded[:6]  # "al had ik het anders gedaan", "al vraag ik me af ..."
        if who == "you":
            if any(w.lower in NEGATORS | {"eerst", "pas", "lang"} for w in conceded) \
                    or negative_marker(conceded, presenter_subject=True, counterfactual=False):
                return opener + conceded[:6]
            continue
        if negative_marker(conceded) or any(is_comparative(w) for w in conceded):
            return opener + conceded[:6]
    return []


# Adverbs of the earlier state: "terwijl dat eerst nooit lukte" sets the result against how it was.
_EARLIER = {"eerst", "vroeger", "voorheen", "daarvoor", "altijd", "jarenlang"}


# Adverbs of habit: "terwijl ik meestal stil ben" sets the speaker's usual state against what happened.
_HABIT = {"meestal", "normaal", "normaliter", "gewoonlijk", "doorgaans", "altijd", "vaak", "anders"}


# Past forms of knowing and expecting: "terwijl je wist dat ..." concedes what the presenter faced.
_KNEW = {"wist", "wisten", "zag", "zagen", "merkte", "voelde", "verwachtte", "snapte", "besefte"}


def _knew_difficulty(conceded: list[Token]) -> bool:
    """"terwijl je wist dat sommigen ertegen zouden zijn": the presenter went
    ahead knowing of someone else's opposition; the conceded clause is the
    difficulty faced (praise for courage), not a shortcoming. Only when
    someone other than the presenter is the subject of what was known."""
    low = [w.lower for w in conceded[:4]]
    if not (set(low[:2]) & YOU and set(low) & _KNEW and "dat" in low):
        return False
    known = conceded[low.index("dat") + 1 :]
    return subject_of(known) not in {"you", "speaker"}


def _discounting(conceded: list[Token]) -> bool:
    """A conceded clause that discounts the praise by its mood, whoever its
    subject: a guess with epistemic "zal/zullen ... wel/vooral" ("al zal het
    vooral geluk zijn geweest", "ook al zal je collega wel hebben geholpen")
    or a reproach with a perfect of duty "had ... moeten/mogen" ("al had je dat
    eerder mogen doen"). "had kunnen" stays out: the easy way not taken."""
    low = [w.lower for w in conceded[:10]]
    if low[:1] in (["zal"], ["zullen"]) and set(low[1:6]) & {"wel", "vooral", "vast", "waarschijnlijk"}:
        return True
    # "ook al is het maar één cliënt": the praised thing made small
    if low[:1] in (["is"], ["was"]) and low[1:2] in (["het"], ["dat"], ["dit"]) and low[2:3] in (["maar"], ["slechts"]) \
            and low[3:4] and (low[3][:1].isdigit() or low[3] in {"een", "één", "1", "enkele", "weinig", "even", "kort", "klein", "kleine"}):
        return True
    if "zonder" in low and "ook" in low[: low.index("zonder")]:
        return True  # "al ging het bij mijn groepje ook wel zonder": the praised step made unneeded
    if "gewoon" in low and set(low) & {"nooit", "niet", "geen", "niks", "niets"} and subject_of(conceded[1:]) == "person":
        return True  # "al zijn sommige ouders ook gewoon nooit tevreden": a sweeping verdict on others conceded
    if low[:1] in (["zegt"], ["zei"]) and "over" in low[2:8]:
        return True  # "al zegt het vooral iets over het college": the praise turned into a verdict on someone else
    return bool(low[:1]) and low[0] in {"had", "hadden", "hadt"} and bool(set(low[1:]) & {"moeten", "mogen", "gemoeten", "gemogen"})


def _is_ranking_other(words: list[Token]) -> bool:
    """"terwijl Wim het maar soms doet": someone else doing the same thing less."""
    return any(w.lower in {"maar", "alleen", "nooit", "slechts"} for w in words) and not difficulty(words)


def after_contrast(words: list[Token], at: int) -> str:
    """The stance of what follows the contrastive "maar" at ``words[at]``:
    ``neg`` (a shortcoming, doubt or limit follows), ``pos`` (more praise or
    the presenter's act follows, with no shortcoming) or ``open``."""
    asserted = words[at + 1 : at + 14]
    presenter = bool(asserted) and (asserted[0].lower in YOU or (len(asserted) > 1 and asserted[1].lower in YOU
                                                                 and asserted[0].lower not in {"dat", "het"}))
    if asserted and asserted[0].lower in {"door", "doordat", "daardoor", "dankzij", "zodat", "sinds", "sindsdien", "nu"} \
            and not negative_marker(asserted[:3]):
        return "pos"  # "maar door die vaste start weten ze ...": the result of the act is asserted
    if negative_marker(asserted, presenter_subject=presenter) or asserted and _imperative(asserted):
        return "neg"  # a shortcoming, a doubt, a limit or a tip ("maar laat hem ook eens ...")
    if _verb_first(asserted):
        return "neg"  # "maar werkt dat ook bij anderen", "maar had je dat niet eerder ...": a question or a wish
    if presenter or positive_marker(asserted):
        return "pos"
    conceded = words[max(0, at - 8) : at]
    if difficulty(conceded) or any(w.lower in NEGATORS for w in conceded):
        return "pos"  # "Het is een klein ding, maar het maakt verschil"; "hij kwam niet, maar ..."
    return "open"


# Subject pronouns: after a finite verb that opens a clause they mark a yes/no question.
SUBJECT_PRONOUNS = {"dat", "het", "dit", "die", "je", "jij", "ge", "gij", "u", "hij", "ie", "ze", "zij", "we", "wij", "jullie"}


def _verb_first(words: list[Token]) -> bool:
    """A clause with its finite verb first and a subject pronoun after it
    ("werkt dat ook ...", "had je ..."). After the coordinator "maar" Dutch
    keeps the subject first ("maar dat werkt"), so verb-first is a yes/no
    question, also without its question mark (chat), or a wish ("had je maar").
    A verb with its subject left out ("maar bleef rustig") has no pronoun after it."""
    return len(words) > 1 and words[0].lower not in SUBJECT_PRONOUNS | NEGATORS and has_finite_verb(words[:1]) \
        and not is_participle(words[0]) and words[1].lower in SUBJECT_PRONOUNS


# --- surprise ----------------------------------------------------------------------

def surprise(sentence: Sentence) -> list[Token]:
    """Surprise or a low expectation aimed at the presenter: "had ik niet van
    je verwacht", "ik had niet gedacht dat jij dat zou durven", "wie had dat
    gedacht", "ik dacht dat niemand zou komen", "verrassend dat het werkt".
    Also at the method ("ik had niet gedacht dat zo'n lijst iets zou doen", "...
    dat één vraag zoveel kon doen"): the rulebook counts any surprise as a low
    expectation. (A spare for the speaker's underestimate of how much a step did
    was taken out: only batch c12's labellers read it so; c08, c22 and c31 do not.) Spared: having thought
    of something ("daar had ik niet aan gedacht") and plain thinking ("ik
    dacht meteen: slim")."""
    for words in segments(sentence):
        low = [w.lower for w in words]
        for i, w in enumerate(words):
            if w.lower in _SCEPTICAL and set(low[max(0, i - 5) : i]) & {"ik", "wij", "we"}:
                return words[max(0, i - 4) : i + 2]  # "Ik was eerlijk gezegd sceptisch": the speaker's low expectation
            if w.lower not in CC.SURPRISE:
                continue
            before, after = low[max(0, i - 5) : i], low[i + 1 : i + 12]
            if before[-1:] in (["aan"], ["daaraan"], ["eraan"]) or after[:1] == ["aan"]:
                continue  # "daar had ik niet aan gedacht": thinking of an idea, not an expectation
            counter = bool(set(before) & (NEGATORS | {"had", "hadden", "wie", "dacht", "zou"})) or w.lower in CC.SURPRISE_ADJ \
                or _expected_not(before, low[i + 1 : i + 18])
            if not counter:
                continue
            if w.lower not in _OF_A_THING and not set(before) & {"ik", "wij", "we"} and _presenter_subject(before[-4:]):
                continue  # "Je was zelf ook verbaasd": the presenter's own surprise, no low expectation of the speaker
            nearest = next((x for x in reversed(low[max(0, i - 10) : i]) if x in {"ik", "wij", "we", "je", "jij", "u"}), "")
            if w.lower in {"dacht", "dachten"} and nearest in {"je", "jij", "u"}:
                continue  # "dat je zag dat het werkt en niet dacht dat het toeval was": the presenter's own thought
            if "niemand" in before[-3:]:
                return words[max(0, i - 4) : i + 3]  # "Dat had niemand gedacht": nobody's expectation, like "wie had dat gedacht"
            if not set(low) & {"ik", "wij", "we", "me", "mij"} and (set(before[-3:]) & {"ze", "zij", "hij"} or any(
                    _is(x, CC.PEOPLE) or _is(x, CC.PEERS) for x in words[max(0, i - 4) : i])):
                continue  # "Dat hadden ze niet verwacht van de baas", "dat hadden die nieuwe mensen vast niet verwacht":
                # the surprise of people in the case (rulebook, from c67)
            near = set(low[max(0, i - 3) : i + 4])
            if "wie" in before[:2] or "van" in near and near & (YOU - {"ge"}):
                return words[max(0, i - 4) : i + 3]  # "wie had dat gedacht", "had ik niet van je verwacht"
            comp = after[1:] if after[:1] in (["dat"], ["hoe"], ["hoeveel"], ["wat"]) else after
            if set(comp[:2]) & YOU:
                return words[max(0, i - 4) : i + 5]  # "... dat jij dat zou durven": the presenter's ability
            return words[max(0, i - 4) : i + 4]  # "Dat had ik niet verwacht.", "Verrassend dat het werkt"
    return []


# The speaker's doubt beforehand ("ik was sceptisch"): a low expectation like "ik had niet verwacht".
_SCEPTICAL = {"sceptisch", "skeptisch", "sceptish", "argwanend"}


# The adjectives that describe the surprising thing ("je aanpak is verrassend simpel") keep the
# speaker's surprise even with the presenter nearby.
_OF_A_THING = {"verrassend", "verassend", "verbazend", "verbazingwekkend"}


def _presenter_subject(recent: list[str]) -> bool:
    """Is the presenter ("je", "jij", "u") among the ``recent`` words, not as the
    object of "van" ("had ik niet van je verwacht")?"""
    return any(x in PRESENTER and (k == 0 or recent[k - 1] != "van") for k, x in enumerate(recent))


def _expected_not(before: list[str], after: list[str]) -> bool:
    """"ik dacht (eerlijk gezegd) dat je het niet zou redden": the speaker's
    past expectation, put in a future-in-the-past ("zou") that is negated."""
    comp = after[after.index("dat") + 1 :] if "dat" in after[:4] else []
    failing = set(comp[:12]) & (NEGATORS | {"niemand"}) or any(a == "nog" and b == "steeds" for a, b in zip(comp, comp[1:12]))
    return "ik" in before[-3:] and bool(set(comp[:12]) & {"zou", "zouden"}) and bool(failing)


# --- comparison --------------------------------------------------------------------

# Pronouns of other people (and the speaker) as the standard of a comparison.
_OTHERS = {"ik", "wij", "we", "hij", "zij", "ze", "iemand", "iedereen", "anderen"}


def organisation(w: Token) -> bool:
    """A noun of an organisation, also as the head of a compound ("compliance-afdeling")."""
    return _organisation_noun(w.lower)


@lru_cache(maxsize=8192)  # every word of a turn is tried against the whole list, often several times
def _organisation_noun(low: str) -> bool:
    return headed_by(low, CC.ORGANISATIONS)


def headed_by(low: str, heads, min_head: int = 0) -> bool:
    """Is ``low`` one of ``heads``, or a compound with one of them (of at least
    ``min_head`` letters) as its last part: "compliance-afdeling", "taalcoaches"?"""
    return any(low == h or len(h) >= min_head and low.endswith(h) and len(low) > len(h) + 2 for h in heads)


def possessor_party(std: list[Token]) -> bool:
    """Does the phrase name another party as a possessor: "een folder van de
    gemeente", "een mail van de directie", "het plan van mijn collega's"?"""
    low = [w.lower for w in std]
    for k in range(len(low) - 1):
        if low[k] == "van" and low[k + 1] in {"de", "het", "mijn", "onze", "hun", "die"} and k + 2 < len(std):
            head = std[k + 2]
            if organisation(head) or _is(head, CC.PEERS) or _is(head, CC.PEOPLE):
                return True
    return False


def others_means(std: list[Token]) -> bool:
    """Is the standard after "dan" (``std``, up to eight words) another party's
    means: "een folder van de gemeente", "al die stickers van het hoofdkantoor",
    "al onze brieven"?"""
    return possessor_party(std[:8]) or [w.lower for w in std[:2]] in (["al", "onze"], ["al", "ons"])


def comparison_standard(words: list[Token], dan: int) -> str:
    """What "... -er dan X" measures against, from the words after "dan":
    ``time`` (an earlier moment, the presenter's own earlier attempt, an
    expectation or a quantity), ``people`` (others or the speaker) or ``thing``."""
    std = words[dan + 1 : dan + 5]
    if std and std[0].lower in {"hoe", "zoals"} and len(std) > 1:
        dan += 1  # "beter dan hoe de andere secties het aanpakken": the standard is the clause's subject
        std = words[dan + 1 : dan + 5]
        if std and std[0].lower in {"wij", "we", "ik"}:
            return "people"  # "beter dan hoe wij het vroeger kregen": the speaker's own side, also in the past
        if any(w.lower in CC.TIME for w in std[:3]):
            return "time"  # "beter dan hoe het vroeger ging": the presenter's own earlier state
    if not std:
        return "thing"
    if possessor_party(words[dan + 1 : dan + 7]):
        return "people"  # "dan een folder van de gemeente": another party's means
    first = std[0].lower
    if first in {"mijn", "zijn", "haar", "onze", "hun", "de", "het", "een", "die"}:
        # "dan mijn vorige teamchef": the noun after the adjective tells, not "vorige"
        if any(_is(w, CC.PEOPLE) or _is(w, CC.PEERS) or w.lower in {"meeste", "anderen", "rest"} for w in std[1:4]):
            return "people"
        if not any(w.lower in CC.TIME_UNITS for w in std[1:3]):
            head = next((w for w in std[1:] if w.lower not in CC.TIME), None)
            if head is not None:
                return "people" if first in {"mijn", "onze"} else "thing"
    if first in {"je", "jouw", "zijn", "haar"} and len(std) > 1 and (_is(std[1], CC.PEOPLE) or _is(std[1], CC.PEERS)):
        return "people"  # "dan je leidinggevende ooit deed"
    if first in CC.TIME or first.isdigit() or any(w.lower in CC.TIME for w in std[:3]):
        return "time"
    low4 = [w.lower for w in std]
    if low4[:2] in (["al", "je"], ["al", "jouw"], ["je", "eigen"], ["jouw", "eigen"]) or low4[:3] in (["op", "al", "je"], ["op", "je", "eigen"]):
        return "time"  # "meer dan op al je spreekuren samen": the presenter's own earlier attempts (settled c11)
    if first in YOU and len(std) > 1 and (std[1].lower in CC.TIME or has_finite_verb([std[1]])):
        return "time"  # "dan je eerst deed"
    if first in _OTHERS | {"de", "je", "jouw", "veel", "zijn", "haar"} \
            and any(_is(w, CC.PEERS) or w.lower in CC.PEOPLE | _OTHERS | {"meeste", "voorganger", "voorgangers"} for w in std[:3]):
        return "people"
    if std[0].text[:1].isupper() and std[0].text.isalpha():
        return "people"  # a name
    return "thing"


def ranked(words: list[Token]) -> list[Token]:
    """A comparative ranking the presenter against people ("vaker dan de meeste
    begeleiders", "beter dan ik"), or someone else's failure set against the
    presenter's success ("je voorganger kreeg dat nooit voor elkaar, jij wel")."""
    for i, w in enumerate(words):
        if w.lower == "dan" and i > 0 and (is_comparative(words[i - 1]) or words[i - 1].lower in CC.COMPARATIVES):
            if comparison_standard(words, i) == "people":
                return words[i - 1 : i + 4]
        if w.lower == "dan" and i > 2 and any(x.lower in CC.COMPARATIVES or is_comparative(x) for x in words[i - 3 : i - 1]) \
                and others_means(words[i + 1 : i + 9]):
            # "doet meer dan een folder van de gemeente", "meer doet dan al onze brieven": the verb between
            return words[i - 3 : i + 4]
        if w.lower == "dan" and i > 2 and any(x.lower in CC.COMPARATIVES or is_comparative(x) for x in words[max(0, i - 6) : i - 1]) \
                and words[i + 1 : i + 2] and words[i + 1].lower in {"jij", "jou"} and len(words) == i + 2:
            return words[max(0, i - 6) : i + 2]  # "mensen die hoger in de boom zitten dan jij": others ranked above the presenter
    low = [w.lower for w in words]
    for i in range(len(words) - 1):
        if low[i] in {"jij", "gij", "jullie"} and low[i + 1] in {"wel", "tenminste"} and set(low[:i]) & (NEGATORS | {"niemand"}):
            return words[i : i + 2]
        if low[i] == "als" and low[i + 1] in {"jij", "gij", "jou"} and "zo" in low[max(0, i - 4) : i] \
                and set(low) & {"niemand", "weinig", "geen"}:
            return words[i : i + 2]  # "zo netjes als jij plant niemand"
        if low[i] == "als" and "zo" in low[max(0, i - 3) : i] and i + 1 < len(words) and (
                low[i + 1] in {"ik", "wij", "we", "anderen"} or _is(words[i + 1], CC.PEERS) or _is(words[i + 1], CC.PEOPLE)
                or words[i + 1].text[:1].isupper() or low[i + 1] in {"de", "je", "jouw", "mijn"} and i + 2 < len(words)
                and (_is(words[i + 2], CC.PEERS) or _is(words[i + 2], CC.PEOPLE) or low[i + 2] in {"meeste", "rest"})):
            return words[i - 2 : i + 3]  # "net zo goed als Petra", "zo rustig als de meeste collega's"
    for i in range(1, len(words) - 2):  # the speaker lacks it: "dat heb ik zelf niet", "dat kan ik niet"
        if low[i - 1] in {"dat", "dit"} and low[i] in {"heb", "kan", "durf"} and low[i + 1] == "ik" \
                and set(low[i + 2 : i + 4]) & {"niet", "nooit"} and not set(low[i + 2 : i + 6]) & {"aan", "gedacht", "gezien", "gehoord", "genoeg", "zeggen", "beoordelen"}:
            return words[i - 1 : i + 4]
    for i in range(len(words) - 2):  # the speaker could not: "dat zou ik nooit durven", "ik had dat niet gekund"
        if low[i] == "ik" and ({low[i - 1] if i else "", low[i + 1]} & {"zou", "had"}):
            rest = low[i + 1 : i + 6]
            if set(rest) & NEGATORS and set(rest) & CC.ABILITY:
                return words[i : i + 5]
    return _speaker_lacks(words, low) or _other_workplace(words, low)


# the speaker's own lack now, set beside the praised act: "dat lukt mij niet", "ik durf
# dat niet", "dat vind ik zelf altijd moeilijk" (a comparison with the speaker, like
# "dat zou ik nooit durven")
_SPEAKER_OBJECT = {"mij", "me", "ons"}
_HARD_FOR_ME = {"moeilijk", "lastig", "eng", "spannend", "zwaar"}
_MY_HEDGES = {"zelf", "altijd", "ook", "best", "heel", "nog", "steeds", "vaak", "erg", "echt", "nogal"}


def _speaker_lacks(words: list[Token], low: list[str]) -> list[Token]:
    for i in range(1, len(low) - 1):
        # "dat lukt mij niet", "dat lukt ons planners niet altijd"
        if low[i - 1] in {"dat", "dit", "het"} and low[i] in {"lukt", "lukte"} and low[i + 1] in _SPEAKER_OBJECT \
                and set(low[i + 2 : i + 5]) & NEGATORS:
            return words[i - 1 : i + 4]
        # "ik durf dat niet", "ik kan dat nooit"
        if low[i - 1] == "ik" and low[i] in {"durf", "kan"} and low[i + 1] in {"dat", "het", "dit"} \
                and low[i + 2 : i + 3] and low[i + 2] in NEGATORS:
            return words[i - 1 : i + 3]
        # "dat krijg ik in mijn eigen klas niet voor elkaar"
        if low[i - 1] in {"dat", "dit", "het"} and low[i] in {"krijg", "kreeg", "krijgen"} and low[i + 1] in {"ik", "wij", "we"}:
            rest = low[i + 2 : i + 10]
            if set(rest) & NEGATORS and ("elkaar" in rest or "gedaan" in rest):
                return words[i - 1 : i + 2 + rest.index("elkaar" if "elkaar" in rest else "gedaan") + 1]
        # "dat vind ik zelf altijd moeilijk"
        if low[i - 1] in {"dat", "dit", "het"} and low[i] == "vind" and low[i + 1] == "ik":
            k = i + 2
            while k < len(low) and low[k] in _MY_HEDGES:
                k += 1
            if k < len(low) and low[k] in _HARD_FOR_ME:
                return words[i - 1 : k + 1]
    return []


# "beter dan bij mijn vorige werk", "vaker dan bij andere teams": the presenter ranked
# against another workplace or team (not an earlier time: "dan bij de vorige keer")
def _other_workplace(words: list[Token], low: list[str]) -> list[Token]:
    # "dat zie ik op de andere groepen niet vaak", "op mijn vorige locatie lukte dat nooit":
    # another place of work set against the presenter's, with a negation
    if set(low) & (NEGATORS | {"zelden"}):
        for i in range(len(low) - 2):
            if low[i] in {"op", "bij", "in"} and low[i + 1] in {"de", "het", "mijn", "m'n", "onze", "ons"} \
                    and low[i + 2] in {"andere", "vorige", "oude"} and i + 3 < len(low) \
                    and (organisation(words[i + 3]) or low[i + 3] in _WORKPLACES | _UNITS):
                return words[i : i + 4]
    for i in range(1, len(low) - 3):
        if low[i] == "dan" and (is_comparative(words[i - 1]) or low[i - 1] in CC.COMPARATIVES) and low[i + 1] == "bij" \
                and (any(organisation(w) or w.lower in _WORKPLACES for w in words[i + 2 : i + 6])
                     or low[i + 2 : i + 4] in (["de", "meeste"], ["andere", "teams"])):
            return words[i - 1 : i + 5]
    return []


# places of work that are no organisation noun (CC.ORGANISATIONS, through organisation())
_WORKPLACES = {"werk", "baan", "team", "teams", "afdelingen", "organisaties", "school", "scholen", "bedrijven", "club", "clubs",
               "praktijk", "praktijken", "werkgever", "vestiging", "collega's"}
# units inside an organisation that organisation() does not know: compared only as "de
# andere groepen", "mijn vorige locatie"
_UNITS = {"groep", "groepen", "locatie", "locaties", "vestigingen", "klas", "klassen", "ploegen", "unit", "units",
          "diensten", "wijk", "wijken", "kantoren"}


# --- proposals ---------------------------------------------------------------------

_MODALS = {"zou", "zouden", "kunt", "kun", "kan", "kunnen", "moet", "moeten", "mag", "moogt", "had", "hadt"}
# Words that open the proposal to something else or more: "ook", "nog", "eens", "voortaan".
_OPENING = {"ook", "nog", "eens", "misschien", "wellicht", "beter", "voortaan", "volgende", "anders", "daarnaast",
            "eventueel", "evt", "extra"}
_RESULT_LEAD = {"daardoor", "doordat", "zodat", "dankzij", "sinds", "sindsdien", "hierdoor", "daarmee", "waardoor", "zo"}


# "het zou mooi zijn als ...", "het is misschien handig om ...": a wish for what is not done yet.
_DESIRABLE = {"mooi", "fijn", "goed", "handig", "leuk", "slim", "prettig", "zinvol", "interessant",
              "raadzaam", "verstandig", "wenselijk", "nuttig", "aanbevelenswaardig", "aan te raden", "overwegen",
              "aanbeveling", "overweging",
              # comparatives weigh another way against the presenter's ("zou het niet handiger zijn om ...")
              "handiger", "beter", "makkelijker", "gemakkelijker", "slimmer", "praktischer", "fijner", "efficiënter"}
# After an imperative verb: its object or an adverb ("Vraag hem ...", "Zet het ...", "Doe ook ...").
_AFTER_IMPERATIVE = {"hem", "haar", "ze", "het", "t", "'t", "m", "'m", "de", "een", "dat", "die", "dit", "deze", "ook", "eens",
                     "zelf", "even", "jezelf", "er", "daar", "hier", "vaker", "meer", "nog", "zijn", "hun", "elke", "iedere", "samen", "dan"}


def _long_vowel_stem(low: str) -> bool:
    """"vraag" (vragen), "geef" (geven), "maak" (maken): a stem whose infinitive
    has a single vowel, which tokens.is_verb_stem does not undouble."""
    if len(low) < 4 or not (low[-3] == low[-2] and low[-2] in "aeou") or low in cues.PREPOSITIONS:
        return False
    base = low[:-2] + {"f": "v", "s": "z"}.get(low[-1], low[-1])
    return is_known(base + "en") and base + "en" not in {"helen", "zeren", "menen"}


def _imperative(words: list[Token]) -> bool:
    """Does the sentence open with an imperative ("Vraag hem ook ...")? The
    first word is a verb stem, not a praise word ("Knap", "Mooi" read as
    stems too), followed by an object or an adverb."""
    w = words[0]
    return (len(words) > 1 and (is_verb_stem(w) or _long_vowel_stem(w.lower)) and not _is(w, CC.POSITIVE_EVAL) and not _is(w, CC.PRAISE)
            # "herken het heel goed": chat drops the "ik" of the speaker's own recognition
            and w.lower not in {"ga", "blijf", "hou", "houd", "dank", "wat", "ik", "je", "jij", "herken", "snap", "begrijp", "hoop"}
            and words[1].lower in _AFTER_IMPERATIVE)


_TIP_VERBS = {"zet", "maak", "deel", "vertel", "neem", "leg", "stuur", "plan", "schrijf", "bel", "vraag", "hang", "gebruik",
              "breng", "geef", "koppel", "zeg", "regel", "zorg", "mail", "app", "print", "plak", "stop", "check", "spreek",
              "betrek", "bespreek", "nodig", "introduceer", "voer", "organiseer", "leer", "wissel", "rooster", "kopieer"}


def _but_you_did(low: list[str], seg: list[str]) -> bool:
    """After the segment ``seg`` of the sentence ``low``, a "maar" followed by the
    presenter doing something else: "je had ook kunnen wachten, maar je bent zelf ..."."""
    end = next((k for k in range(len(low)) if low[k : k + len(seg)] == seg), 0) + len(seg)
    return any(low[k] == "maar" and set(low[k + 1 : k + 3]) & YOU for k in range(end, len(low)))


# Hedges that open a soft proposal, also in chat spelling.
HEDGES = {"misschien", "mss", "misch", "wellicht", "eventueel", "evt"}
# modals that put a step forward after a hedge ("misschien kun je ..."); "misschien had hij ..." guesses
_HEDGED_MODALS = _MODALS - {"had", "hadt", "mag", "moogt"}
# verb-first modals that offer the presenter a step ("Zou je ...?", "Kun je niet ...?")
_OFFERING_MODALS = {"zou", "kun", "kunt", "kan"}
# "je zou kunnen zeggen dat ...": a way of putting it, no step
_SAYING = {"zeggen", "stellen", "concluderen", "denken", "zien", "noemen"}
# "wat als je ...", "stel (nou) dat je ...": a hypothetical the presenter could try.
_WHAT_IF = (("wat", "als"), ("stel", "dat"), ("stel", "nou", "dat"), ("stel", "je", "voor", "dat"))
# Finite forms of the pluperfect and the past of "zijn": a hypothetical set in the past.
_PAST_AUX = {"had", "hadt", "hadden", "was", "waren"}


def _what_if_at(low: list[str]) -> int:
    """Index just after a "wat als" / "stel dat" opener of a clause, or -1."""
    for i in range(len(low)):
        for ph in _WHAT_IF:
            if tuple(low[i : i + len(ph)]) == ph and (i == 0 or low[i - 1] in {"en", "maar", "of", "dus"} or i <= 2):
                return i + len(ph)
    return -1


def _what_if(low: list[str]) -> bool:
    """"(en) wat als je hem ook belt", "stel dat je ..." with the presenter as subject."""
    at = _what_if_at(low)
    return at >= 0 and bool(set(low[at : at + 2]) & YOU)


def _indirect_yes_no(low: list[str]) -> bool:
    """"Ik ben benieuwd of je ook ... hebt overwogen", "ik vraag me af of je
    al ...": a yes/no question put as a subclause, read like the question itself."""
    return any(w in {"benieuwd", "afvragen"} or w == "af" and "vraag" in low[:k] for k, w in enumerate(low)) \
        and "of" in low and bool(set(low) & YOU)


def _counterfactual_past(low: list[str]) -> bool:
    """"Stel dat je hem niet had laten kiezen", "Wat als je die sms niet had
    gestuurd?": a hypothetical in the pluperfect weighs what was done against
    its absence (praise), unlike "wat als je hem ook belt" (a proposal)."""
    at = _what_if_at(low)
    if at < 0:
        return False
    clause = low[at : at + 10]
    end = next((k for k, w in enumerate(clause) if w in {"dan", "dat", "zou"}), len(clause))
    return bool(set(clause[:end]) & _PAST_AUX) and "zou" not in clause[:end]


def opinion_tag(sentence: Sentence) -> int:
    """The length of a closing tag that asks the presenter's opinion ("...,
    denk je?", "..., wat vind jij?"), or 0."""
    segs = segments(sentence)
    tag = [w.lower for w in segs[-1]] if len(segs) > 1 else []
    return len(tag) if len(tag) <= 3 and set(tag) & {"denk", "vind"} and set(tag) & {"je", "jij", "u"} else 0


# A modal with the subject "ge"/"je" fused onto it, in southern speech: "kunde" (kunt ge), "moette", "zoudde".
_FUSED_MODAL_YOU = {"kunde", "moette", "zoudde"}


def proposal(sentence: Sentence) -> list[Token]:
    """A tip in the form of the sentence, whatever its words: the presenter as
    subject of a modal with something more or else ("je zou hem ook ... kunnen
    sturen", "wellicht kun je het ook ..."), an imperative with such a word
    ("Vraag hem ook eens ..."), a question that proposes ("Wat als je ...?",
    "Heb je er al aan gedacht om ...?", "Waarom niet ook ...?") or a frame of
    desirability ("het zou mooi zijn als je ...", "een idee is om ...").
    Spared: a result clause ("daardoor kun je nu ..."), encouragement to go on
    ("Ga zo door!", "Blijf dat doen"), a question of curiosity ("Hoe kwam je
    op dat idee?"), a modal said of someone else."""
    words = word_tokens(sentence.tokens)
    low = [w.lower for w in words]
    if not words:
        return []
    if _counterfactual_past(low):
        return []  # "Stel dat je hem niet had laten kiezen, dan ...": what was done, weighed against its absence
    if low[0] in HEDGES and low[1:2] and low[1] in {"ook", "eens", "even", "ff", "nog"} and not has_finite_verb(words) \
            and any(w.endswith("en") and is_known(w) for w in low[2:]):
        return words[:5]  # "mss ook ff bellen?", "misschien eens vragen": a step, its verb left bare (chat)
    if low[0] in HEDGES and low[1:2] and low[1] in _HEDGED_MODALS:
        return words[:5]  # "Misschien kunnen de operators zelf ...", "Misschien moet je ...": a step put forward, whoever takes it
    nxt = 2 if low[:2] == ["volgende", "keer"] else 3 if low[:3] == ["de", "volgende", "keer"] else 0
    if nxt and len(low) > nxt + 1 and not has_finite_verb(words[nxt:-1]) and low[-1].endswith("en") and is_known(low[-1]):
        return words[:5]  # "volgende keer ook ff de ouders appen": next time's step, its verb left bare
    if not sentence.question_mark and _what_if(low):
        return words[:5]  # "en wat als je hem ook nog belt": the question without its mark (chat)
    # "kun je die vraag niet op de tablet zetten" (chat, no "?"): verb-first to the presenter is still a question
    if sentence.question_mark or _indirect_yes_no(low) or low[0] in _OFFERING_MODALS and set(low[1:2]) & YOU:
        if low[:2] in (["wat", "als"], ["waarom", "niet"]) or (low[:1] == ["waarom"] and "niet" in low[1:4] and "ook" in low):
            return words[:5]
        if low[:3] in (["kan", "het", "niet"], ["kunnen", "we", "niet"], ["kunnen", "wij", "niet"]) and len(low) > 4:
            return words[:5]  # "Kan het niet zo dat wij ...?", "Kunnen we niet ...?": another way put forward
        wk = next((k for k in range(len(low) - 1, -1, -1) if low[k] == "waarom"), -1)
        wl = low[wk:] if wk >= 0 else []
        if wl and "niet" in wl[2:7] and set(wl[1:4]) & YOU and set(wl) & {"gewoon", "eens", "even", "meteen"}:
            # "Waarom bel je hem niet gewoon?", also after praise in the same sentence ("sick 👏 waarom zet je het
            # niet gewoon in de planning?"): the easy way urged as a question
            return words[wk : wk + 6]
        if low[0] in {"is", "zou", "zouden", "wordt", "lijkt", "was"} and set(low[1:3]) & NEGATORS \
                and set(low[2:5]) & _DESIRABLE and set(low[3:8]) & {"als", "om"}:
            return words[:6]  # "Is het niet handiger als ...?", "Zou het niet beter zijn om ...?": another way put forward
        core = low[: len(low) - opinion_tag(sentence)]  # "..., denk je?": the tag's "je" asks an opinion
        fused = low[0] in _FUSED_MODAL_YOU  # southern "Kunde zaterdag niet ruilen?": "kun je" in one word
        if (set(core) & YOU or fused) and ("overwogen" in low or "al" in low and set(low) & {"eens", "gedacht", "geprobeerd"}
                                           or (set(low[:3]) & _OFFERING_MODALS or fused)
                                           and set(low) & {"ook", "niet", "nie", "eens", "misschien"}):
            return words[:6]
        return []
    more = {"meer"} if not any(a in NEGATORS and b == "meer" for a, b in zip(low, low[1:])) else set()  # "niet meer": no longer
    if low[0] in {"overweeg", "probeer"} or _imperative(words) and (set(low[1:]) & (_OPENING | more | {"even"}) or low[0] in _TIP_VERBS):
        return words[:5]
    for i, w in enumerate(low):
        if w == "idee" and low[i + 1 : i + 3] == ["is", "om"] and low[i - 1 : i] in (["een"], ["mijn"], ["ander"]):
            return words[max(0, i - 1) : i + 4]  # "een idee is om ..."
        if w in {"zou", "zouden", "is", "lijkt", "ware", "verdient"} and i + 2 < len(low) and set(low[i + 1 : i + 4]) & _DESIRABLE \
                and set(low[i + 2 : i + 7]) & {"als", "om"} and (w != "is" or set(low[: i + 2]) & {"misschien", "wellicht", "ook"}):
            return words[max(0, i - 1) : i + 5]
    # the sentence opened by a result ("Doordat je belt, ...", "Nu weet je ...", "Dan zeggen ze ..."): a modal
    # verb-first after "en" ("..., en kun je de plek nog vullen") shares that opening, a result too
    result_sentence = low[0] in _RESULT_LEAD | {"nu", "dan"}
    for seg in segments(sentence):
        sl = [w.lower for w in seg]
        lead = sl[1:2] if sl[:1] in (["en"], ["dus"]) else sl[:1]  # "..., en daardoor kun je": the result still leads
        if lead and lead[0] in _RESULT_LEAD | {"terwijl", "hoewel", "ook", "al"} \
                and not (lead[0] == "al" and sl[1:2] and sl[1] in {"had", "hadt", "hadden"}):
            continue  # a result, or the easy way conceded ("terwijl je ook had kunnen wachten"); "al had je ook X
            # kunnen" (verb first: "even though") names the other way the presenter could have taken, a tip
        for i, w in enumerate(sl):
            if w not in _MODALS:
                continue
            if result_sentence and (sl[i - 1 : i] == ["en"] or sl[max(0, i - 2) : i] == ["en", "dan"]):
                continue
            around = sl[max(0, i - 2) : i + 3]
            rel = max((k for k in range(i) if sl[k] in {"dat", "die"}), default=-1)
            relative = rel >= 0 and set(sl[rel + 1 : rel + 3]) & YOU
            if not (set(around) & YOU or relative):
                continue  # "het soort stap dat je bij de anderen ook kunt zetten": the subject opens the clause
            before = set(sl[max(0, i - 3, rel + 1 if relative else 0) : i]) & {"ook", "misschien", "wellicht", "eens", "voortaan"}
            rest = sl[i + 1 :] + sorted(before)  # a verb-final clause has them before the modal ("dat je ... ook kunt zetten")
            if w in {"had", "hadt"} and not set(rest) & {"kunnen", "moeten", "gemogen", "gekund"}:
                continue
            if w in {"had", "hadt"} and _but_you_did(low, sl):
                continue  # "Je had ook kunnen wachten, maar je kwam zelf in actie": the easy way, not taken
            if "gewoon" in rest and w in {"had", "hadt"}:
                continue  # "je had ook gewoon kunnen ...": the easy way, not taken
            if set(rest) & {"weer", "opnieuw"} and not set(rest) & {"ook", "misschien", "beter", "anders", "eens"}:
                continue  # "je kunt het bij de volgende gewoon weer doen": going on, nothing new
            if set(rest) & _OPENING or set(sl[:i]) & {"misschien", "wellicht", "eventueel"}:
                return seg[max(0, i - 2) : i + 5]
            if w in {"kunt", "kun", "kan", "kunnen"} and {"toch", "gewoon"} <= set(rest) and not set(rest) & NEGATORS:
                return seg[max(0, i - 2) : i + 5]  # "Je kunt de datum toch gewoon eerder opvragen": the easy way urged
            if w in {"zou", "zouden"} and "kunnen" in rest and not set(rest) & _SAYING:
                return seg[max(0, i - 2) : i + 5]  # "Je zou die vraag op de tablet kunnen zetten": a step offered
    return []


# --- doubt whether it lasts ------------------------------------------------------

# Verbs of lasting (also read by compliment_takeback: "dat houdt nog wel even").
LASTING_VERBS = {"volhoudt", "volhoud", "volhouden", "blijft", "blijven", "blijf", "standhoudt", "standhoud", "standhouden",
                 "duurt", "duren", "beklijft", "beklijven", "vasthoudt", "vasthouden"}
# ... and words of lasting: an "of"-clause about them doubts that the result holds.
_LASTING = LASTING_VERBS | {"houdbaar", "lang", "overeind", "stand"}
# Frames that open a doubt: "de vraag (is) of", "(even) afwachten of", "ik betwijfel of".
_DOUBT_FRAMES = {"vraag", "afwachten", "afwachtten", "betwijfel", "betwijfelen", "twijfel"}


def doubt(words: list[Token]) -> list[Token]:
    """A doubt whether the praised result will hold, read from the clause:
    an indirect yes/no question ("of ...") fronted before its matrix ("Of het
    volhoudt, dat zien we nog wel") or governed by a frame of doubt ("het is de
    vraag of ...", "afwachten of ...", "ik betwijfel of ..."), or one about
    lasting after "benieuwd" ("benieuwd of het zo blijft"); a wait-and-see
    future ("dat zien we nog wel", "dat moet nog blijken"). Spared: curiosity
    about something else ("ik ben benieuwd of hij het zelf ook zo ervaart"),
    "of" between alternatives ("belde je of stuurde je een sms?"), and taking
    the step over ("of we dit ook kunnen doen", read by the advice rules)."""
    low = [w.lower for w in words]
    if low[:3] == ["de", "vraag", "is"] and low[3:4] in (["alleen"], ["wel"], ["nog"], ["natuurlijk"]):
        return words[:4]  # "De vraag is alleen wat er gebeurt als jij ziek bent": a doubt announced
    if low[:2] and low[0] in {"als", "zolang"} and low[1] in {"het", "dat", "dit", "die", "ze"} and "nog" in low[2:8] \
            and "zo" in low[2:10]:
        return words[:4]  # "Als dat na een jaar nog zo is, heb je goud in handen": the praise made to wait on lasting
    for i, w in enumerate(low):
        if w != "of" or low.count("of") > 1:
            continue
        comp = low[i + 1 : i + 12]
        if comp[:1] in (["we"], ["wij"], ["ik"]):
            continue  # "of we dit ook in ons team kunnen doen": the speaker's side takes the step over
        frame = set(low[max(0, i - 3) : i])
        if i == 0 and (set(comp) & _LASTING or "dat" in comp and set(comp) & {"zien", "blijken"}):
            return words[:4]  # fronted: "Of het volhoudt, dat zien we nog wel"
        if i == 0 and (low[-3:] == ["weet", "ik", "niet"] or low[-2:] in (["een", "tweede"], ["de", "vraag"])):
            return words[:4]  # fronted: "Of het de chaos echt oplost weet ik niet", "Of ze er meer van leren is een tweede"
        still = "nog" in comp and bool(set(comp) & {"zo", "steeds", "altijd"})  # "of het over een maand nog zo is"
        if frame & _DOUBT_FRAMES or frame & {"benieuwd", "zien", "kijken"} and (set(comp) & _LASTING or still):
            return words[max(0, i - 3) : i + 4]  # "benieuwd of het blijft", "we zullen zien of het standhoudt"
    for i in range(len(low) - 2):  # "benieuwd hoe lang het zo blijft": how long, with a frame of doubt before it
        if low[i : i + 2] == ["hoe", "lang"] and set(low[max(0, i - 4) : i]) & (_DOUBT_FRAMES | {"benieuwd", "zien", "af"}) \
                and set(low[i + 2 : i + 8]) & (_LASTING - {"lang"}):
            return words[max(0, i - 3) : i + 4]
    for i in range(len(low) - 3):  # "ik denk niet dat het blijft": the speaker's doubt that it lasts
        if low[i] in {"denk", "geloof", "verwacht"} and "ik" in low[max(0, i - 1) : i + 2] and "niet" in low[i + 1 : i + 3] \
                and "dat" in low[i + 1 : i + 4] and set(low[i + 3 : i + 10]) & _LASTING:
            return words[max(0, i - 1) : i + 5]
    for i in range(len(low) - 2):
        if low[i] in {"zien", "merken"} and low[i - 1 : i] in (["we"], ["wij"]) and low[i + 1 : i + 3] in (["nog", "wel"], ["wel", "weer"]):
            return words[max(0, i - 2) : i + 3]  # "dat zien we nog wel"
        if low[i] in {"moet", "zal"} and "blijken" in low[i + 1 : i + 4] and "nog" in low[i + 1 : i + 4]:
            return words[max(0, i - 1) : i + 4]  # "dat moet nog blijken"
    return []


# --- an expectation the speaker had before -----------------------------------------

_THOUGHT_PAST = {"dacht", "dachten", "verwachtte", "verwachtten", "vreesde", "vreesden"}
# "zag ik niet gebeuren", "zag ik niet zitten", "had ik niet zien aankomen"
_SEE_COMING = {"gebeuren", "aankomen", "zitten"}


def expected_otherwise(sentence: Sentence, next_words: list[Token]) -> list[Token]:
    """The speaker's earlier expectation that it would go wrong, set against
    what happened: "Eerlijk gezegd dacht ik dat het een rommeltje zou worden.
    Maar ...", "dat zag ik vorig jaar echt niet gebeuren". A thought in the
    past with a future-in-the-past ("dacht dat ... zou") counts when a contrast
    ("maar", "toch") answers it in the same or the next sentence, or when the
    expectation itself is negative. Spared: an underestimate of how much the
    step would do ("dacht dat het zoveel zou doen" is read by surprise()),
    a difficulty the speaker foresaw ("ik dacht dat het lastig zou worden, maar
    jij bleef rustig": the situation, as in "Het was lastig, maar ..."),
    plain thinking ("ik dacht meteen: slim"), and an expectation that came
    true ("ik dacht dat je het zou doen, en dat deed je")."""
    words = word_tokens(sentence.tokens)
    low = [w.lower for w in words]
    for i, w in enumerate(low):
        seen = w in {"zag", "zagen"} or w == "zien" and set(low[max(0, i - 6) : i]) & {"had", "hadden"}
        if seen and set(low[max(0, i - 6) : i + 3]) & {"ik", "we", "wij"} \
                and set(low[max(0, i - 4) : i + 8]) & NEGATORS and set(low[i + 1 : i + 9]) & _SEE_COMING:
            return words[max(0, i - 1) : i + 6]
        if w not in _THOUGHT_PAST or not set(low[max(0, i - 2) : i + 3]) & {"ik", "we", "wij"}:
            continue
        if w.startswith("verwacht") and set(low[i + 1 : i + 5]) & {"niks", "niets", "weinig"} and "van" in low[i + 1 : i + 6]:
            return words[max(0, i - 2) : i + 5]  # "ik verwachtte er niks van": low expectations of the step
        comp = low[i + 1 : i + 14]
        answered = any(x.lower in {"maar", "toch"} for x in words[i + 4 :]) or [x.lower for x in next_words[:1]] in (["maar"], ["toch"])
        if answered and comp[:1] != ["niet"] and set(comp[1:6]) & NEGATORS and "dat" not in comp[:4]:
            return words[max(0, i - 2) : i + 5]  # "ik dacht het gaat niet lukken, maar ...": the same without "dat ... zou"
        if comp[:2] == ["echt", "dat"] and set(comp[2:4]) & {"iedereen", "niemand"} and not set(comp) & {"zou", "zouden"} \
                and has_finite_verb(words[i + 3 : i + 9]):
            return words[max(0, i - 2) : i + 5]  # "ik dacht echt dat iedereen wegging deze zomer": a past fear about everyone
        if "dat" not in comp[:4] or not set(comp) & {"zou", "zouden"}:
            continue
        if "zoveel" in comp or "zo" in comp and "veel" in comp or difficulty(words[i + 1 : i + 12]):
            continue  # "dacht dat het zoveel zou doen": an underestimate; "dacht dat het lastig zou worden": a difficulty faced
        negative = any(_is(x, CC.NEGATIVE_EVAL) or x.lower in NEGATORS | {"mis", "niemand", "chaos", "fiasco"}
                       for x in words[i + 1 : i + 14])
        if answered or negative:
            return words[max(0, i - 2) : i + 5]
    return []
