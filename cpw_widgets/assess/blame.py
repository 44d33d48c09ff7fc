"""Criterion "no_blame": no reproach, label, sarcasm, irritation, threat or
generalisation about the person. Word cues live here; reproach carried by a
sentence's frame is in reproach.py.
"""

from __future__ import annotations

from . import cues as C
from . import feedback as fb
from .anchors import has_time
from .models import CriterionResult
from .nl import Sentence, Token, quote
from .reproach import reproach_frame
from .rules import rule, rule_of, tagged
from .structure import RequestDoc, is_rhetorical
from .tokens import find_phrase, is_comparative, matches, word_tokens


def has_failure(words: list[Token]) -> bool:
    """A negation, a stop/avoid verb or a failure word ("vergeten", "te laat")."""
    for i, w in enumerate(words):
        if w.lemma in {"voorkomen", "ophouden", "vermijden"} or (w.lemma in {"stoppen", "stop"} and i == 0):
            return True
        if w.lower in C.NEGATIONS or (w.lemma == "vergeten" or w.lower in {"verkeerd", "fout", "rommel", "zooi"}):
            return True
        if w.lower == "laat" and i > 0 and words[i - 1].lower in {"te", "erg", "zo", "heel"}:
            return True
    return False


# States that something was left in ("weer vol", "alweer kapot"): with a
# repetition word they point at whoever left it so.
_FAILED_STATES = {"vol", "leeg", "kapot", "stuk", "vies", "smerig", "kwijt", "zoek", "verstopt", "vuil"}

_SWEAR_PREFIXES = ("kut", "klote", "tering", "kanker", "godver")

# Glad feelings: "Ik word er blij van dat ...", "Ik geniet ervan dat ...".
_GLAD = {"blij", "trots", "genieten", "geniet", "vrolijk", "gelukkig", "dankbaar"}


@rule("no_blame.threat")
def threat_hit(words: list[Token]) -> list[Token]:
    """A sanction the speaker attaches to the request (the words, or []). It
    blames, and it also tells why the request matters (reason.py)."""
    # a threat: "anders ga ik het melden", "dan krijg je een waarschuwing"
    lemmas = {w.lemma for w in words} | {w.lower for w in words}
    sanctions = lemmas & C.SANCTION_WORDS
    if sanctions and ("anders" in lemmas or sanctions & {"waarschuwing", "straf", "sanctie", "sancties", "boete", "ontslag", "schorsing", "consequenties", "consequentie"}):
        j = next(k for k, w in enumerate(words) if w.lemma in sanctions or w.lower in sanctions)
        return words[max(0, j - 5) : j + 1]
    # a threat by the speaker: "anders ga ik dit met de teamleider bespreken" (the
    # speaker announces what they will do if the other does not comply)
    # (it takes "this" to someone: "dit met de teamleider", "het aan de bedrijfsleider";
    # "anders ga ik zelf", "anders ga ik ervan uit dat ..." threaten nothing)
    for j, w in enumerate(words[:-2]):
        if w.lower == "anders" and words[j + 1].lower in {"ga", "zal"} and words[j + 2].lower == "ik":
            rest = {x.lower for x in words[j + 3 : j + 9]}
            if rest & {"dit", "het", "dat"} and rest & {"met", "aan", "bij", "naar"}:
                return words[j : j + 7]
    return []


@rule("no_blame.sarcasm")
def _sarcasm_hits(words: list[Token]) -> list[Token]:
    for ph in C.SARCASM_PHRASES:
        i = find_phrase(words, ph)
        if i < 0:
            continue
        if ph[-1] == "keer":
            after = words[i + len(ph)].lower if i + len(ph) < len(words) else ""
            before = words[i - 1].lower if i > 0 else ""
            if after == "per" or before in {"nog", "minstens", "elke", "iedere", "in"}:
                continue  # a frequency ("één keer per week") or a manner ("in één keer"), not sarcasm
        return words[max(0, i - 1) : i + len(ph) + 2]
    return []


@rule("no_blame.minimiser")
def _minimiser(words: list[Token]) -> list[Token]:
    """ "Kun je gewoon op tijd komen?", "Doe gewoon je werk": "gewoon" in a request
    implies the other fails at something obvious; "gewoon om negen uur" (as
    usual, with a time) does not."""
    for i, w in enumerate(words):
        if w.lower == "gewoon":
            after = words[i + 1 : i + 4]
            if after and (after[0].lower in {"zoals", "door", "weer"} or has_time(after)):
                continue
            return words[max(0, i - 2) : i + 3]
    return []


def blame_hits(doc: RequestDoc) -> list[Token]:
    for s in doc.sentences:
        hit = sentence_blame(doc, s)
        if hit:
            return hit
    return []


def sentence_blame(doc: RequestDoc, s: Sentence) -> list[Token]:
    """Reproach, label, sarcasm or threat in one sentence (the words, or [])."""
    words = word_tokens(s.tokens)
    hit = _sarcasm_hits(words)
    if hit:
        # "als je weer eens naar de stad gaat": a plain occasion, not sarcasm
        home = next((c for c in s.clauses if any(t is hit[-1] for t in c.tokens)), None)
        if not (home is not None and home.kind == "condition" and not has_failure(word_tokens(home.tokens))):
            return hit
    for ph in C.CONDESCENSION_PHRASES:
        j = find_phrase(words, ph)
        if j >= 0:
            return tagged("no_blame.condescension", words[max(0, j - 1) : j + len(ph) + 2])
    addressed_s = any(w.lower in C.ADDRESSEE_ANY for w in words)
    in_request = any(c in doc.request_clauses for c in s.clauses)
    hit = _minimiser(words) if in_request else []
    if hit:
        return hit
    for i, w in enumerate(words):
        if w.lower in C.SARCASM or w.lower in {"ergernis"} or (w.lemma in C.IRRITATION and w.lower != "zat"):
            return tagged("no_blame.irritation", words[max(0, i - 2) : i + 3])
        if w.lemma in C.BLAME_LABELS and not (w.lemma == "normaal" and "doen" not in {x.lemma for x in words}):
            return tagged("no_blame.label", words[max(0, i - 3) : i + 2])
        # a trait judgement about the other or their work: "Jij bent zo afstandelijk",
        # "je aantekeningen zo onleesbaar", "die sarcastische opmerkingen"
        # swearing compounds ("kutopmerkingen", "klotezooi") judge whatever they name
        if w.lower.startswith(_SWEAR_PREFIXES) and len(w.lower) > 6:
            return tagged("no_blame.judging_word", words[max(0, i - 2) : i + 1])
        # an exclamation "wat een troep (hier)": judging what someone made, addressed or not
        exclaim = i >= 2 and words[i - 2].lower == "wat" and words[i - 1].lower == "een"
        if matches(w, C.JUDGING_WORDS) and (addressed_s or in_request or exclaim) and not (in_request and matches(w, C.MANNER_WORDS)):
            return tagged("no_blame.judging_word", words[max(0, i - 3) : i + 2])
    for ph in C.IRRITATION_PHRASES + [("het", "zat"), ("het", "beu")]:
        j = find_phrase(words, ph)
        if j >= 0 and not (ph == ("last", "van") and any(w.lower == "geen" for w in words)):
            return tagged("no_blame.irritation", words[max(0, j - 2) : j + len(ph) + 1])
    hit = threat_hit(words)
    if hit:
        return hit
    # "Ik waardeer dat je altijd klaarstaat", "Ik zie dat je altijd klaarstaat,
    # dat waardeer ik": what the sentence praises is no reproach
    praised = any(
        w.lemma in C.APPRECIATION_WORDS or w.lower in C.APPRECIATION_WORDS
        for c in s.clauses if c.kind == "main" for w in word_tokens(c.tokens)
    )
    complaint = False
    for c in s.clauses:
        cw = word_tokens(c.tokens)
        if c.kind == "main":
            # "Ik word er moe van dat ...", "Ik schrik ervan dat ...": the speaker is
            # affected by what the complement describes
            lows_c = {w.lower for w in cw}
            complaint = "ik" in lows_c and bool(lows_c & {"van", "ervan"}) and ("er" in lows_c or "ervan" in lows_c)
            # ("Ik word er blij van dat ...", "Ik geniet ervan dat ..." are no complaint)
            complaint = complaint and not lows_c & (C.PRAISE_WORDS | C.APPRECIATION_WORDS | C.BENEFIT_ADJECTIVES | _GLAD)
        if c.kind == "complement" and praised and not has_failure(cw):
            continue
        is_request = c in doc.request_clauses and not is_rhetorical(s)
        addressed = any(w.lower in C.ADDRESSEE_ANY for w in cw)
        # "De gootsteen staat alweer vol": a state someone left behind (but "Wil je
        # de kan weer vol zetten?" asks to refill it)
        failure = has_failure(cw) or (not is_request and any(w.lower in _FAILED_STATES for w in cw))
        # "Kun je voorkomen dat de printer weer leeg raakt": the stop sits in the main clause
        stop_wish = is_request and any(has_failure(word_tokens(x.tokens)) for x in s.clauses if x in doc.request_clauses)
        for i, w in enumerate(cw):
            if not matches(w, C.GENERALISERS):
                continue
            if w.lower == "nooit" and i + 1 < len(cw) and cw[i + 1].lower == "meer":
                continue  # "nooit meer zonder kloppen": the future wish (fails positive, not blame)
            if w.lower == "steeds" and i + 1 < len(cw) and is_comparative(cw[i + 1]):
                continue  # "steeds mooier": increasingly, not again and again
            if w.lower == "weer" and not (failure or stop_wish):
                continue  # neutral "weer op slot", "morgen weer om acht uur"
            if is_request and not (failure or stop_wish):
                continue  # "Wil je altijd je badge dragen": part of the wish
            if c.kind == "condition" and not failure:
                continue
            # (a generaliser in what affects the speaker is a complaint about a
            # recurring state: "Ik word er moe van dat de gang steeds vol staat")
            if is_request or addressed or failure or (complaint and c.kind == "complement" and w.lower != "weer"):
                return tagged("no_blame.generaliser", cw[max(0, i - 2) : i + 4])
        # "Je hebt het formulier niet ingevuld", "dat je de afgelopen weken te laat was":
        # a reproach about the past
        past = any(w.lower in C.PAST_MARKERS for w in cw)
        if c.kind in {"main", "complement"} and not is_request and c not in doc.questions and addressed and (failure and (c.kind == "main" or past)):
            return tagged("no_blame.past_failure", cw[:7])
    return reproach_frame(doc, s, words)


def check_no_blame(doc: RequestDoc) -> CriterionResult:
    label = fb.LABELS["no_blame"]
    hit = blame_hits(doc)
    if hit:
        q = quote(doc.text, hit, 8)
        return CriterionResult(False, fb.fmt(fb.NO_BLAME_FOUND, q), label, (q,), rule_of(hit, "no_blame.unnamed"))
    return CriterionResult(True, fb.NO_BLAME_OK, label, rule="no_blame.none_found")
