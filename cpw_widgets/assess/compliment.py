"""assess_compliment: does a text work as a process compliment (procescompliment)?

In progress-focused intervisie, in the round *bevestigen*, each participant
tells the case presenter what worked in their approach (CPW: "Wat goed werkt
in je aanpak is ...", "Wat je al hebt bereikt is ..."). Three criteria, after
the labelling rules in tests/data/corpus-compliment/RULEBOOK.md:

``action``    names what the other did (an act, choice, approach, effort on a
              named thing, a credited achievement), not a trait or bare praise;
``effect``    says in words what it brought (not only "dat werkt");
``no_sting``  no criticism, reservation, comparison, advice, sarcasm or
              condescension attached.

The rules (each with an id, listed in rules.yaml) read the text's clauses
(nl.py) for the cues in data/compliment_cues.yaml; the case description, when
given, tells which nouns name the presenter's acts. A learned decision
(decision.py, weights in data/decision_compliment.json, fitted by bench/train_decision.py --corpus compliment) weighs the rule
verdicts with the words of the text and gives ✓, ✗ or twijfel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

from . import cues
from . import feedback as fb
from .criteria import COMPLIMENT_CRITERIA, COMPLIMENT_LABELS
from .decision import decide
from .inputs import check_input
from .models import Assessment, CriterionResult
from .nl import Clause, Sentence, Token, analyse, quote
from .rules import rule, rule_of, tagged
from .stance import after_contrast, comparison_standard, concession, proposal, ranked, segments, subject_of, surprise
from .tokens import find_phrase, has_finite_verb, is_participle, word_tokens

CC = SimpleNamespace(**cues.load(Path(__file__).parent / "data" / "compliment_cues.yaml"))

# Words that carry no content of their own (for "is something named?").
_FUNCTION = (CC.PRAISE | CC.VAGUE_DOING | CC.YOU | CC.YOUR | {
    "de", "het", "een", "en", "of", "om", "te", "in", "op", "aan", "met", "voor", "bij", "naar", "van", "al", "ook",
    "nog", "er", "daar", "hier", "die", "dit", "deze", "wat", "hoe", "dat", "zijn", "hebben", "worden", "zullen",
    "kunnen", "ben", "bent", "heb", "hebt", "heeft", "had", "was", "wordt", "hem", "haar", "zij", "ze", "hij", "we",
    "wij", "mij", "me", "mijn", "jou", "zo", "zeer", "veel", "ja", "nee", "niet", "geen", "eens", "even", "toch",
    "vinden", "vind", "vond", "echt", "heel", "erg", "mooi", "om", "te", "zien", "horen", "merken", "gewoon", "maar",
})
_BE = {"zijn", "ben", "bent", "is", "was", "waren", "wezen"}


@dataclass
class ComplimentDoc:
    """A compliment text read once: sentences, clauses, and the content lemmas
    of the case it reacts to (empty without a case)."""

    text: str
    sentences: list[Sentence]
    case_lemmas: frozenset[str] = frozenset()
    words: list[Token] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = [w for s in self.sentences for w in word_tokens(s.tokens)]

    def clauses(self) -> list[Clause]:
        return [c for s in self.sentences for c in s.clauses]


@lru_cache(maxsize=64)
def _case_lemmas(case: str) -> frozenset[str]:
    # capitalised words are left out: names ("top anouk" names no act of the case)
    return frozenset(w.lemma for s in analyse(case) for w in word_tokens(s.tokens)
                     if w.lemma not in _FUNCTION and len(w.lemma) > 2 and not w.text[:1].isupper())


def read(text: str, case: str | None = None) -> ComplimentDoc:
    return ComplimentDoc(text, analyse(text), _case_lemmas(case) if isinstance(case, str) and case.strip() else frozenset())


def _is(w: Token, vocab) -> bool:
    return w.lower in vocab or w.lemma in vocab


def _content(words: list[Token]) -> list[Token]:
    return [w for w in words if not _is(w, _FUNCTION) and not _is(w, CC.TRAITS) and len(w.lower) > 1]


def _phrase_hit(words: list[Token], phrases) -> list[Token]:
    present = {w.lower for w in words} | {w.lemma for w in words}
    for ph in phrases:
        if ph[0] not in present:
            continue  # cheap test first: phrase matching is the costly part
        i = find_phrase(words, ph)
        if i >= 0:
            return words[i : i + len(ph)]
    return []


def _context(doc: ComplimentDoc, hit: list[Token], before: int = 3, after: int = 4) -> list[Token]:
    """``hit`` with a few neighbouring words, so a quote reads as the learner's phrase."""
    i = next((k for k, w in enumerate(doc.words) if w is hit[0]), 0)
    return doc.words[max(0, i - before) : i + len(hit) + after]


def _q(doc: ComplimentDoc, tokens: list[Token], n: int = 10) -> str:
    return quote(doc.text, tokens, n)


# --- what the text does at all ---------------------------------------------------

def _only_questions(doc: ComplimentDoc) -> bool:
    return all(s.question_mark for s in doc.sentences)


@rule("action.nothing")
def nothing_appreciated(doc: ComplimentDoc) -> list[Token]:
    """Passing, a question or a story of one's own: no appreciation at all."""
    words = doc.words
    if _only_questions(doc):
        return words
    if len(words) <= 12 and any(_is(w, CC.PASS_WORDS) for w in words) and any(w.lower == "ik" for w in words):
        return words
    if _phrase_hit(words, CC.OWN_STORY) and not any(_is(w, CC.PRAISE - {"ik", "het", "is", "was", "dat", "een", "je", "jij", "van", "wel", "zo", "gewoon"}) for w in words):
        return words
    return []


# --- action -----------------------------------------------------------------------

_STARTER_YOU = {"je", "jij", "ge", "gij", "u"}


@rule("action.starter")
def starter(doc: ComplimentDoc) -> list[Token]:
    """The source's own starter: "Wat je al hebt bereikt is (dat) ..." or "Wat je al
    bereikt hebt: ...", followed by what was reached. The rulebook counts the step
    reached as what the presenter did, and as its result."""
    words = doc.words
    for i in range(len(words) - 4):
        if words[i].lower != "wat" or words[i + 1].lower not in _STARTER_YOU:
            continue
        head = [w.lower for w in words[i + 2 : i + 7]]
        if "al" in head and "bereikt" in head:
            end = i + 2 + head.index("bereikt") + 1
            rest = words[end : end + 14]
            if rest and rest[0].lower in {"hebt", "heb", "heeft"}:
                rest = rest[1:]
            # "..., je weet nu wat werkt" reaches only an implied effect (the rulebook's "dat werkt")
            if len(_content(rest)) >= 2 and not any(w.lemma in {"werken", "helpen"} for w in rest[:8]):
                return words[i : end + 12]
    return []


@rule("action.achieved")
def achievement(doc: ComplimentDoc) -> list[Token]:
    """A concrete achievement credited with a verb of achieving ("Wat je al hebt
    bereikt is dat hij weer komt", "Het is je gelukt om ...")."""
    hit = starter(doc)
    if hit:
        return hit
    words = doc.words
    for i, w in enumerate(words):
        ph = _phrase_hit(words[i : i + 3], CC.ACHIEVE_PHRASES) if w.lower in {"voor", "op"} else []
        if _is(w, CC.ACHIEVE) or ph:
            around = words[max(0, i - 4) : i + 12]
            credited = any(_is(x, CC.YOU) for x in around)
            if credited and len(_content(words[i + 1 : i + 14] + words[max(0, i - 6) : i])) >= 1:
                return words[max(0, i - 4) : i + 10]
    return []


_SPAN_END = {"daardoor", "waardoor", "zodat", "sindsdien", "daarmee", "hierdoor", "maar", "alleen", "al", "want"}


def _addressed_spans(doc: ComplimentDoc) -> list[list[Token]]:
    """The words from each mention of the presenter ("dat je ...", "je hebt ...",
    "ge hebt ...") to the end of its sentence or the next result or contrast word."""
    out = []
    for s in doc.sentences:
        if s.question_mark:
            continue  # asking about an act does not appreciate it
        words = word_tokens(s.tokens)
        if words and words[0].lower == "misschien" and _phrase_hit(words, CC.ADVICE_PHRASES):
            continue  # "Misschien kun je ...": a tip names a next step, not what they did
        for i, w in enumerate(words):
            if w.lower in CC.YOU:
                span = [w]
                for x in words[i + 1 : i + 14]:
                    if x.lower in _SPAN_END:
                        break
                    span.append(x)
                out.append(span)
    return out


_TRAIT_NOUNS = {"oog", "geduld", "doorzettingsvermogen", "energie", "consequentie", "hart", "gevoel", "talent", "band", "rust"}


@rule("action.trait")
def trait_only(doc: ComplimentDoc) -> list[Token]:
    """A trait or talent praised ("Je bent zo geduldig", "Wat heb jij veel
    geduld", "je geduld met hem")."""
    for c in doc.clauses():
        words = word_tokens(c.tokens)
        for a, b in zip(words, words[1:]):
            pair = {a.lower, b.lower}
            if pair & {"je", "jij", "ge", "gij"} and pair & {"bent", "ben", "zijt", "hebt", "heb"}:
                rest = words[words.index(b) + 1 :]
                if any((is_participle(w) or has_finite_verb([w])) and not _is(w, CC.TRAITS) for w in rest):
                    continue  # "je bent gewoon begonnen", "je hebt het goed aangepakt"
                if any(_is(w, CC.TRAITS) or w.lemma in _TRAIT_NOUNS for w in rest) or pair & {"bent", "ben", "zijt"}:
                    return words
        if any(w.lower in CC.YOUR for w in words) and any(w.lemma in _TRAIT_NOUNS or w.lower in _TRAIT_NOUNS for w in words) \
                and not any(w.lemma in {"werken", "helpen"} for w in words):
            return words
    return []


@rule("action.act")
def named_act(doc: ComplimentDoc) -> list[Token]:
    """The presenter as subject of a verb with something named ("dat je Mark
    zelf liet kiezen", "je belt hem op maandag")."""
    for words in _addressed_spans(doc):
        named = [w for w in _content(words) if not _is(w, CC.ATTITUDE)]
        if named:
            return words
    return []


@rule("action.person")
def person_credited(doc: ComplimentDoc) -> list[Token]:
    """The person credited instead of the doing ("Dankzij jou komt hij weer")."""
    hit = _phrase_hit(doc.words, CC.THANKS_PERSON)
    return _context(doc, hit, 0, 5) if hit else []


@rule("action.case_element")
def case_element(doc: ComplimentDoc) -> list[Token]:
    """An element of the presenter's approach named with a noun from the case
    ("de app was een slim idee", "Wat goed werkt is de gastspreker"), in praise."""
    if not doc.case_lemmas:
        return []
    named = [w for w in _content(doc.words) if w.lemma in doc.case_lemmas and not w.text[:1].isupper()]
    praised = any(_is(w, CC.PRAISE - {"ik", "het", "is", "was", "dat", "een", "je", "jij", "van", "wel", "zo", "gewoon"}) or w.lemma in {"werken", "helpen"} for w in doc.words)
    verbs = [w for w in doc.words if has_finite_verb([w]) and w.lemma not in _BE | {"werken", "helpen", "vinden"}
             and w.lemma not in doc.case_lemmas]
    others = {"hij", "ze", "zij", "er", "mensen", "team", "klas", "jou"}
    if named and praised and not verbs and not any(w.lower in others for w in doc.words) \
            and not any(c.kind == "complement" for c in doc.clauses()):
        return _context(doc, named[:1], 2, 3)
    return []


def check_action(doc: ComplimentDoc) -> CriterionResult:
    label = COMPLIMENT_LABELS["action"]
    if nothing_appreciated(doc):
        q = _q(doc, doc.sentences[0].tokens)
        return CriterionResult(False, fb.fmt(fb.ACTION_NOTHING, q), label, (q,), "action.nothing")
    hit = achievement(doc)
    person = person_credited(doc) if not hit else []
    if person:
        q = _q(doc, person)
        return CriterionResult(False, fb.fmt(fb.ACTION_PERSON, q), label, (q,), "action.person")
    trait = trait_only(doc) if not hit else []
    if trait:
        q = _q(doc, trait)
        return CriterionResult(False, fb.fmt(fb.ACTION_TRAIT, q), label, (q,), "action.trait")
    hit = hit or named_act(doc)
    if hit:
        q = _q(doc, hit, 12)
        return CriterionResult(True, fb.fmt(fb.ACTION_OK, q), label, (q,), rule_of(hit, "action.act"))
    hit = case_element(doc)
    if hit:
        q = _q(doc, hit, 12)
        return CriterionResult(True, fb.fmt(fb.ACTION_OK, q), label, (q,), "action.case_element")
    q = _q(doc, doc.sentences[0].tokens)
    if not any(_is(w, CC.YOU) or _is(w, CC.YOUR) for w in doc.words):
        return CriterionResult(False, fb.fmt(fb.ACTION_NOT_CREDITED, q), label, (q,), "action.not_credited")
    return CriterionResult(False, fb.fmt(fb.ACTION_VAGUE, q), label, (q,), "action.vague")


# --- effect -----------------------------------------------------------------------

def _result_words(words: list[Token]) -> list[Token]:
    return [w for w in _content(words) if not _is(w, CC.IMPLIED)]


@rule("effect.result")
def result_clause(doc: ComplimentDoc) -> list[Token]:
    """A clause that says what the doing brought ("daardoor komt hij vaker",
    "zodat mensen het in hun agenda zetten", "Doordat je X, begint hij goed")."""
    for s in doc.sentences:
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
            if words[opener_at].lower in {"door", "doordat", "dankzij"} and not any(_is(w, CC.YOU) for w in body):
                body = words[opener_at + 1 :]
            if len(_result_words(body)) >= 1 and has_finite_verb(body) and not any(w.lower in CC.YOU and w.lower != "je" for w in body[:1]):
                return words
    return []


@rule("effect.achieved")
def achieved_result(doc: ComplimentDoc) -> list[Token]:
    """ "Wat je al hebt bereikt is dat hij weer komt": the achievement is its result."""
    hit = achievement(doc)
    if rule_of(hit, "") == "action.starter":
        return tagged("effect.starter", list(hit))
    return list(hit) if hit and any(_is(w, CC.ACHIEVE) or w.lower in {"elkaar", "rit", "been"} for w in hit) else []


@rule("effect.implied")
def implied_effect(doc: ComplimentDoc) -> list[Token]:
    """Only that it works, helps or is good ("dat werkt", "helpt echt")."""
    for w in doc.words:
        if w.lemma in {"werken", "helpen", "opleveren"} or w.lower in {"werkt", "helpt", "werkte", "hielp", "effectief"}:
            return _context(doc, [w], 2, 2)
    return []


def check_effect(doc: ComplimentDoc, action: CriterionResult) -> CriterionResult:
    label = COMPLIMENT_LABELS["effect"]
    if action.rule == "action.nothing":
        q = action.evidence[0]
        return CriterionResult(False, fb.fmt(fb.EFFECT_NOTHING, q), label, (q,), "effect.nothing")
    for finder in (achieved_result, result_clause):
        hit = finder(doc)
        if hit:
            q = _q(doc, hit, 12)
            return CriterionResult(True, fb.fmt(fb.EFFECT_OK, q), label, (q,), rule_of(hit, "effect.result"))
    hit = implied_effect(doc)
    if hit:
        q = _q(doc, hit)
        return CriterionResult(False, fb.fmt(fb.EFFECT_IMPLIED, q), label, (q,), "effect.implied")
    q = action.evidence[0] if action.passed and action.evidence else _q(doc, doc.sentences[-1].tokens)
    return CriterionResult(False, fb.fmt(fb.EFFECT_MISSING, q), label, (q,), "effect.missing")


# --- no_sting ---------------------------------------------------------------------

# After "maar je": words that limit what was praised instead of adding to it.
_LIMITING = {"natuurlijk", "ja", "moet", "moeten", "kan", "kunt", "zou", "wel", "mag", "moogt", "mogen", "hoeft", "hoeven"}


_NEGATORS = {"niet", "nie", "geen", "nooit", "niks", "niets"}
# After "maar": a quantity makes it the adverb "only" ("als er maar vier komen").
_QUANTITY = {"een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "soms", "weinig",
             "enkele", "paar", "half", "halve", "af", "zelden", "kort", "even", "heel", "net", "pas"}


def _sentence_start(doc: ComplimentDoc) -> dict[int, int]:
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
# Openers of irony: an interjection of resignation before praise ("Ja, knap hoor", "Tja, mooi").
_IRONY_OPENERS = {"ja", "nou", "tja", "jaja", "nounou"}


def _reported(words: list[Token], i: int, start: int, whose: tuple[str, ...] = ("person",)) -> bool:
    """Is ``words[i]`` inside what the presenter saw or said about someone or
    something else ("dat je gezien hebt dat de moeder wel wil maar het
    overzicht kwijt is", "dat je eerlijk zei dat het nog niet lukt")? Then it
    describes the case, not the compliment."""
    dat = next((k for k in range(i - 1, start - 1, -1) if words[k].lower == "dat"), -1)
    if dat <= start:
        return False
    verb_before = any(_is(w, CC.NOTICING) for w in words[max(start, dat - 3) : dat])
    return verb_before and subject_of(words[dat + 1 : i]) in whose


def _maar_limits(words: list[Token], i: int, start: int) -> bool:
    """Does the "maar" at ``words[i]`` take something back? It reads the
    polarity of what follows (stance.after_contrast) and the grammar around it."""
    if _reported(words, i, start):
        return False
    nxt = words[i + 1 : i + 2]
    limits = bool(nxt) and (nxt[0].lower in _LIMITING or (
        _is(nxt[0], CC.YOU) and any(x.lower in _LIMITING for x in words[i + 2 : i + 6])))
    if not limits and any(x.lower in _NEGATORS for x in words[start:i]):
        return False  # "niet X maar Y": what they did instead; "maar je kan natuurlijk niet" limits it
    if i + 1 < len(words) and (words[i + 1].lower in _QUANTITY or words[i + 1].lower.isdigit()):
        if any(x.lower in _COST or x.lemma in _COST for x in words[max(start, i - 4) : i]):
            return False  # a small cost: praise
        if not any(_is(x, CC.YOU) for x in words[max(0, i - 4) : i]):
            return False  # "er maar vier": "only", said of others; "je belde maar twee keer" still limits
    stance = after_contrast(words[start:], i - start)
    if stance == "neg" or limits:
        return True
    if stance == "pos":
        return False  # "maar vooral ...", "maar je bleef ...", "een klein ding, maar het maakt verschil"
    if [x.lower for x in words[i + 1 : i + 3]] in (["ik", "vond"], ["ik", "vind"], ["wat", "ik"]):
        return False  # "Ik ben nieuw hier, maar ik vond het sterk dat ...": the praise itself follows
    return True


# Numerals: "in ieder geval één", "tenminste 1": a bare minimum counted.
_NUMERALS = {"één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"}


def _at_least_count(words: list[Token]) -> list[Token]:
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


def _irony(doc: ComplimentDoc) -> list[Token]:
    """Praise said with a sigh or a wink: "Ja, knap hoor, ...", "Tja, mooi ...",
    "Leuk geprobeerd", "Goed bedoeld", "best aardig": the praise itself says
    the opposite or damns with faint praise. Spared: "Knap hoor!" alone,
    "Ja, dit vond ik sterk: ...", "Goed dat je het geprobeerd hebt"."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        low = [w.lower for w in ws]
        if len(ws) > 2 and low[0] in _IRONY_OPENERS and "hoor" in low[1:4] and any(_is(w, CC.POSITIVE_EVAL) for w in ws[1:4]):
            return ws[:4]  # "Ja, knap hoor, ...", "Ja hoor, goed gedaan, ..."
        if len(ws) > 2 and low[0] in {"ja", "nou"} and s.tokens[1].text == "," and _is(ws[1], CC.POSITIVE_EVAL | {"heel", "echt", "erg"}) \
                and not any(_is(w, CC.YOU) or _is(w, CC.YOUR) for w in ws):
            return ws[:4]  # "Ja, heel knap, twee van de tien kwamen.": praise that names nothing they did
        if any(low[k] in {"hoort", "hoorde", "horen"} and "te" in low[k + 1 : k + 5] for k in range(len(low))) \
                or _phrase_hit(ws, [("zoals", "het", "hoort"), ("zoals", "het", "hoorde")]):
            return ws[:6]  # "zoals je dat hoort te doen": the act as a plain duty
        if low[-2:] == ["een", "begin"] and len(low) <= 5 and "al" not in low:
            return ws  # "Da's een begin.": a bare start, the praise made small ("Dat is al een begin" is not)
        if low[:1] == ["tja"]:
            return ws[:4]
        if _at_least_count(ws):
            return _at_least_count(ws)
        if low[:2] == ["nou", "ja"] and 2 < len(ws) <= 6 and not has_finite_verb(ws[2:]):
            return ws[:4]  # "Nou ja, een week.": the speaker takes back the figure just praised
        if len(ws) > 1 and _is(ws[0], CC.POSITIVE_EVAL | {"aardig", "leuk", "lief", "netjes"}) and low[1] in {"geprobeerd", "bedoeld", "gepoogd"}:
            return ws[:3]
        for k in range(len(ws) - 1):
            if low[k] == "best" and low[k + 1] in {"aardig", "redelijk", "oké", "ok", "acceptabel", "aardige", "redelijke"}:
                return ws[k : k + 3]
    return []


def _thought_of(words: list[Token], hit: list[Token]) -> bool:
    """"Daar had ik nog niet aan gedacht": the speaker's own thinking, no reservation."""
    at = next(k for k, w in enumerate(words) if w is hit[-1])
    return any(w.lower in {"gedacht", "bedacht"} for w in words[at + 1 : at + 4])


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
    start = _sentence_start(doc)
    for i, w in enumerate(words):
        if w.lower in {"maar", "alleen", "jammer", "helaas", "zonde"}:
            if id(w) in last:
                continue  # "een ding maar.": "only", closing the sentence
            if w.lower == "alleen" and words[i + 1 : i + 2] and words[i + 1].lower in {"en", "of"}:
                continue  # "met het whiteboard alleen, en toen ...": "by itself", closing a phrase
            if w.lower == "alleen" and (i > 0 and words[i - 1].lower in {"niet", "je", "jij", "van", "helemaal", "zelf", "ook", "dan", "alles"}
                                        or (i + 1 < len(words) and words[i + 1].lower in {"op", "de", "het", "een", "met", "maar", "al"})):
                continue  # "niet alleen ... maar ook", "dat je alleen op maandag belt", "alleen al dat je ...", "helemaal alleen"
            if w.lower == "maar" and not _maar_limits(words, i, start.get(i, i)):
                continue
            return _context(doc, [w], 1, 6)
    for s in doc.sentences:
        hit = concession(s)
        if hit:
            return _context(doc, hit[:1], 1, 6)
    hit = _irony(doc)
    if hit:
        return _context(doc, hit, 0, 4)
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        hit = [] if _phrase_hit(ws, CC.GROUP_ADDRESS) else _phrase_hit(ws, CC.RESERVATION_PHRASES)
        at = next((k for k, w in enumerate(ws) if hit and w is hit[0]), 0)
        if hit and not _thought_of(ws, hit) and not _reported(ws, at, 0, ("person", "thing")):
            return _context(doc, hit, 1, 4)
    return []


_RESULT_START = {"daardoor", "waardoor", "zodat", "daarmee", "hierdoor", "dankzij", "sindsdien"}


# Participles of thinking and perceiving: "had ik niet gedacht" reports, it proposes nothing.
_COGNITION = {"gedacht", "verwacht", "gehoopt", "geweten", "gemerkt", "gezien", "gehoord", "begrepen", "geleerd"}


@rule("no_sting.advice")
def advice(doc: ComplimentDoc) -> list[Token]:
    """A tip, also soft or as a question ("ik zou ...", "Probeer ook ...");
    a weak cue ("volgende keer") only where the sentence proposes something;
    a remark to the whole group about the session is no tip."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        if _phrase_hit(words, CC.GROUP_ADDRESS):
            continue
        if len(words) > 2 and words[0].lower in {"nu", "nou", "alleen"} and not s.question_mark and (
                words[1].lower == "nog" or "nog" in {w.lower for w in words[2:]} and not has_finite_verb(words)):
            return _context(doc, words[:2], 0, 5)  # "Nu nog die telefoons eruit.", "Nou de rest van het jaar nog.": the next task, elliptic
        hit = _phrase_hit(words, CC.ADVICE_PHRASES) or proposal(s)
        if hit:
            return _context(doc, hit, 1, 5)
        hit = _phrase_hit(words, CC.ADVICE_WEAK)
        if not hit:
            continue
        at = words.index(hit[0])
        if hit[0].lower in {"had", "ik"}:
            if any(is_participle(w) and w.lower not in _COGNITION for w in words[at + 2 : at + 9]):
                return _context(doc, hit, 1, 5)
            continue
        before = words[:at]
        if any(w.lower in CC.PROPOSAL_MODALS for w in words) and not any(w.lower in _RESULT_START for w in before) \
                and not (before and before[-1].lower == "de" and len(before) > 1 and before[-2].lower == "voor"):
            return _context(doc, hit, 1, 5)
    return []


def _peer_group(words: list[Token]) -> list[Token]:
    """"veel stagiaires", "in andere teams", "niet alle collega's": the
    presenter's peers named as a group, to rank the presenter against."""
    for i, w in enumerate(words):
        q = _phrase_hit(words[i : i + 3], CC.PEER_QUANTIFIERS) if w.lower in {"veel", "de", "andere", "weinig", "niet", "lang", "menig", "menige"} else []
        if q and words[i] is q[0]:
            nxt = words[i + len(q) : i + len(q) + 2]
            if nxt and (nxt[0].lower in CC.PEERS or (len(nxt) > 1 and nxt[1].lower in CC.PEERS and nxt[0].lower not in CC.PEERS)):
                return words[i : i + len(q) + 2]
    return []


def _failing_elsewhere(doc: ComplimentDoc) -> list[Token]:
    """"Bij ons zou dat nooit lukken": the speaker's own place, where it fails,
    set against the presenter's; also in a counterfactual perfect ("bij mijn
    buurman hadden ze dat jaren eerder moeten doen", "bij ons had hij allang
    weg kunnen gaan"): what should have happened elsewhere (spared: "bij ons
    ook", plain recognition)."""
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        low = {w.lower for w in words}
        hit = _phrase_hit(words, (("bij", "ons"), ("bij", "mij"), ("bij", "mijn")))
        if hit and (low & (_NEGATORS | {"niemand", "bijna"})
                    or low & {"had", "hadden"} and low & {"moeten", "kunnen", "mogen"}):
            return hit
    return []


# After "beter/meer dan": a quantity or the presenter's own earlier state, not other people
# ("meer dan een vermoeden", "niet langer dan tien minuten", "beter dan eerst").
_NOT_RANKED = _QUANTITY - {"heel", "af"} | {"ooit", "eerst", "vroeger", "voorheen", "vorig", "toen", "gedacht", "verwacht"}


def _ranking(words: list[Token]) -> list[Token]:
    hit = _phrase_hit(words, CC.COMPARISON_PHRASES)
    if hit and hit[-1].lower in {"tenminste", "minste"} and _at_least_count(words):
        hit = []  # "ten minste één planning": faint praise (_irony), no one ranked
    if hit and len(hit) == 2 and hit[1].lower == "dan":
        at = next(k for k, w in enumerate(words) if w is hit[1])
        nxt = words[at + 1 : at + 2]
        if nxt and (nxt[0].lower in _NOT_RANKED or nxt[0].lower.isdigit()) or comparison_standard(words, at) == "time":
            # progress against a time or a quantity; another ranking cue may still follow
            return _phrase_hit(words, [p for p in CC.COMPARISON_PHRASES if p[-1] != "dan"])
    return hit


@rule("no_sting.comparison")
def comparison(doc: ComplimentDoc) -> list[Token]:
    """Ranking the presenter against other people, also favourably."""
    hit = _ranking(doc.words) or tagged("no_sting.comparison", _peer_group(doc.words)) \
        or tagged("no_sting.comparison", _failing_elsewhere(doc)) \
        or next((h for s in doc.sentences if (h := ranked(word_tokens(s.tokens)))), [])
    return _context(doc, hit, 2, 4) if hit else []


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
        if rest and (_is(rest[0], CC.NOVICE) or (len(rest) > 1 and rest[0].lower in CC.NEWNESS
                                                  and rest[0].lower not in {"pas", "net"} and rest[1].lemma not in _FUNCTION)):
            return words[i : i + 4]
    return []


def _negated(doc: ComplimentDoc, w: Token) -> bool:
    """Is ``w`` negated by "geen", "niet" or "nooit" just before it?"""
    i = next(k for k, x in enumerate(doc.words) if x is w)
    return any(x.lower in _NEGATORS for x in doc.words[max(0, i - 3) : i])


def _zelfs_you(doc: ComplimentDoc, zelfs: Token) -> bool:
    """"zelfs jij", "zelfs jou": "even" aimed at the presenter talks down."""
    i = next(k for k, w in enumerate(doc.words) if w is zelfs)
    return any(w.lower in CC.YOU | {"jou"} for w in doc.words[i + 1 : i + 3])


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
        if w.lower in {"zonder", "weinig", "nauwelijks", "amper", "geen"} and any(_is(x, CC.EXPERIENCE) for x in words[i + 1 : i + 3]):
            return words[max(0, i - 1) : i + 3]
    return []


@rule("no_sting.condescension")
def condescension(doc: ComplimentDoc) -> list[Token]:
    """Surprise, low expectations or talking down ("dat je überhaupt ...",
    "knap, als stagiair")."""
    hit = _phrase_hit(doc.words, CC.CONDESCENSION_PHRASES) or _phrase_hit(doc.words, [(w,) for w in sorted(CC.CONDESCENSION)])
    if hit and hit[0].lower == "zelfs" and not _zelfs_you(doc, hit[0]):
        hit = []  # "daardoor doen zelfs de mensen met hun telefoon mee": emphasis on others, no talking down
    if hit and hit[0].lower in {"geluk", "toeval"} and _negated(doc, hit[0]):
        hit = []  # "dat was geen geluk": the success credited to the presenter
    hit = hit or tagged("no_sting.condescension", _novice_role(doc.words) or _own_standard(doc.words))
    hit = hit or next((h for s in doc.sentences if (h := surprise(s))), [])
    return _context(doc, hit, 2, 4) if hit else []


def _earlier_failure(doc: ComplimentDoc) -> list[Token]:
    """A clause that says the presenter did not do it before ("dat deed je
    vorige keer niet", "vroeger belde je nooit"), or that it was about time
    ("en dat werd ook wel tijd")."""
    for s in doc.sentences:
        for seg in segments(s):
            low = [w.lower for w in seg]
            if set(low) & CC.YOU and set(low) & _NEGATORS and set(low) & {"vorige", "vorig", "vroeger", "voorheen"}:
                return seg[:6]
            if low[-1:] == ["tijd"] and set(low) & {"werd", "wordt", "werden"}:
                return seg[-5:]
    return []


def _someone_else_wel(doc: ComplimentDoc, hit: list[Token]) -> bool:
    """"maar door jouw belrondje doet hij nu wel mee": "nu wel" said of someone
    else in the case, after a "maar" that credits the presenter, is that person's
    progress, not the presenter's earlier failure."""
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        if any(w is hit[0] for w in ws):
            at = next(k for k, w in enumerate(ws) if w is hit[0])
            return subject_of(ws[max(0, at - 2) : at + 3]) == "person" and any(_is(w, CC.YOUR) for w in ws[:at])
    return False


@rule("no_sting.failure_hint")
def failure_hint(doc: ComplimentDoc) -> list[Token]:
    """A hint at earlier failure ("eindelijk", "nu wel")."""
    hit = _phrase_hit(doc.words, [(w,) for w in sorted(CC.FAILURE_HINT)]) or _phrase_hit(doc.words, CC.FAILURE_PHRASES)
    if hit and hit[-1].lower == "wel" and _someone_else_wel(doc, hit):
        hit = []
    if not hit:  # "eens" as "for once" ("moesten eens luisteren"); not "nog eens", "het eens gevraagd"
        hit = [w for i, w in enumerate(doc.words) if w.lower == "eens" and i > 0
               and doc.words[i - 1].lower not in {"nog", "het", "niet", "ook"}][:1]
    if not hit:  # "dit keer wel", "deze week wel": this time, unlike before
        hit = [w for i, w in enumerate(doc.words) if w.lower == "wel" and i > 1 and doc.words[i - 2].lower in {"deze", "dit"}
               and doc.words[i - 1].lower in CC.TIME_UNITS][:1]
    if not hit:
        hit = _earlier_failure(doc)
    if not hit:  # "Waarom deed je dat niet eerder?": a reproach for the time before
        for s in doc.sentences:
            ws = word_tokens(s.tokens)
            low = {w.lower for w in ws}
            if s.question_mark and ws and ws[0].lower == "waarom" and low & _NEGATORS and low & {"eerder", "eerst", "meteen", "vroeger"}:
                hit = ws[:6]
                break
    return _context(doc, hit, 1, 5) if hit else []


# Judging adjectives that also describe a situation ("een lastige situatie", "een vervelende periode").
_SITUATION_TOO = {"lastige", "vervelende", "onmogelijke", "hopeloze", "chaotisch", "raar", "irritante"}


@rule("no_sting.judging")
def judging(doc: ComplimentDoc) -> list[Token]:
    """A judging word about someone in the case ("zo'n lastige moeder")."""
    for i, w in enumerate(doc.words):
        if w.lower in CC.JUDGING:
            nxt = doc.words[i + 1 : i + 2]
            if w.lower in _SITUATION_TOO and nxt and _is(nxt[0], CC.SITUATION):
                continue  # "die lastige situatie": a difficulty, not a verdict on a person
            return _context(doc, [w], 3, 2)
    for c in doc.clauses():  # "iemand die gewoon zijn afspraken niet nakomt": a verdict on that person
        ws = word_tokens(c.tokens)
        low = {w.lower for w in ws}
        if c.kind == "relative" and low & {"gewoon", "gewoonweg", "eigenlijk", "zomaar", "weer", "alweer"} and low & _NEGATORS:
            return _context(doc, ws[:1], 2, 6)
    return []


STINGS = (failure_hint, condescension, comparison, advice, contrast, judging)


def check_no_sting(doc: ComplimentDoc) -> CriterionResult:
    label = COMPLIMENT_LABELS["no_sting"]
    for finder in STINGS:
        hit = finder(doc)
        if hit:
            q = _q(doc, hit, 10)
            rid = rule_of(hit, "no_sting.contrast")
            return CriterionResult(False, fb.fmt(fb.STING[rid], q), label, (q,), rid)
    return CriterionResult(True, fb.NO_STING_OK, label, (), "no_sting.clean")


# --- the assessor -------------------------------------------------------------------

def rule_verdicts(doc: ComplimentDoc) -> dict[str, CriterionResult]:
    action = check_action(doc)
    out = {"action": action, "effect": check_effect(doc, action), "no_sting": check_no_sting(doc)}
    assert tuple(out) == COMPLIMENT_CRITERIA
    return out


# Praise words that, on their own, show a short text is Dutch ("Top, Ilse!",
# "chapeau koen", "amai, straffe aanpak"): a name lowers the shared guard's
# share of known Dutch words, yet these are ordinary turns in a compliment round.
_PRAISE_MARKERS = frozenset(CC.PRAISE - {"is", "was", "het", "een", "van", "ik", "je", "wat", "dat", "zo"}) | {"straffe", "courage", "werkt"}


def _short_praise(text: str) -> bool:
    words = [w.strip(".,!?;:'\"()").lower() for w in text.split()]
    return len(words) <= 6 and any(w in _PRAISE_MARKERS for w in words)


def assess_compliment(text: str, *, case: str | None = None, learned: bool = True) -> Assessment:
    """Judge ``text`` as a process compliment on action, effect and no_sting
    (see the module doc). ``case`` is the case description the compliment
    reacts to: it helps tell which act is meant. ``learned=False`` gives the
    rules' verdicts alone (for the bench and the rule tests)."""
    guarded = check_input(text, COMPLIMENT_LABELS, fb.EMPTY_COMPLIMENT, fb.TOO_LONG_COMPLIMENT)
    if guarded is not None and not (guarded.message == fb.NOT_DUTCH and _short_praise(text)):
        return guarded
    doc = read(text, case)
    if not doc.words:
        return check_input("", COMPLIMENT_LABELS, fb.EMPTY_COMPLIMENT)
    rules = rule_verdicts(doc)
    if not learned:
        return Assessment(rules, text=text)
    return Assessment(_decide(doc, rules), text=text)


def _decide(doc: ComplimentDoc, rules: dict[str, CriterionResult]) -> dict[str, CriterionResult]:
    names, spans = compliment_features(doc, rules)
    out = {}
    for key, ruled in rules.items():
        d = decide(key, names, bool(ruled.passed), ruled.rule, set(spans), corpus="compliment")
        if d is None or d.verdict is ruled.passed:
            out[key] = ruled if d is None else CriterionResult(ruled.passed, ruled.feedback, ruled.label, ruled.evidence,
                                                               ruled.rule, d.probability)
            continue
        pick = d.against if d.verdict is not True else d.towards
        q = ruled.evidence[0] if ruled.evidence else ""
        if not q or (d.verdict is False and ruled.passed):
            q = _q(doc, _context(doc, spans[pick[0]], 3, 4)) if pick else _q(doc, doc.sentences[0].tokens)
        if d.verdict is None:
            out[key] = CriterionResult(None, fb.fmt(fb.COMPLIMENT_DOUBT[key], q), ruled.label, (q,), ruled.rule, d.probability)
        elif d.verdict:
            out[key] = CriterionResult(True, fb.COMPLIMENT_OK_PLAIN[key], ruled.label, (), ruled.rule, d.probability)
        else:
            out[key] = CriterionResult(False, fb.fmt(fb.COMPLIMENT_LEARNED_FAIL[key], q), ruled.label, (q,), ruled.rule, d.probability)
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"le{e}" for e in edges if n <= e), f"gt{edges[-1]}")


def compliment_features(doc: ComplimentDoc, rules: dict[str, CriterionResult]) -> tuple[set[str], dict[str, list[Token]]]:
    """Binary features for the learned decision, and the tokens behind each word
    feature: ``rule.<key>`` / ``rid.<id>`` (the rule layer), ``s.*`` (structure:
    sentences, words, question mark, the presenter addressed, words shared with
    the case), ``w.<lemma>`` and ``b.<lemma>_<lemma>`` (words and word pairs)."""
    names: set[str] = set()
    spans: dict[str, list[Token]] = {}
    for key, r in rules.items():
        if r.passed:
            names.add(f"rule.{key}")
        names.add(f"rid.{r.rule}")
    for finder in STINGS + (achievement, named_act, trait_only, case_element, result_clause, implied_effect):
        if finder(doc):
            names.add(f"hit.{finder.__name__}")
    words = doc.words
    names.add("s.sentences_" + _bucket(len(doc.sentences), (1, 2, 3)))
    names.add("s.words_" + _bucket(len(words), (4, 8, 14, 25)))
    if any(s.question_mark for s in doc.sentences):
        names.add("s.qmark")
    if "!" in doc.text:
        names.add("s.exclaim")
    if words:
        names.add("s.first_" + words[0].lemma)
    if doc.case_lemmas:
        shared = {w.lemma for w in _content(words) if w.lemma in doc.case_lemmas}
        names.add("s.case_shared_" + _bucket(len(shared), (0, 1, 2, 4)))
    names.add("s.content_" + _bucket(len(_content(words)), (0, 1, 3, 6)))
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        for i, w in enumerate(ws):
            f = f"w.{w.lemma}"
            names.add(f)
            spans.setdefault(f, [w])
            if i + 1 < len(ws):
                b = f"b.{w.lemma}_{ws[i + 1].lemma}"
                names.add(b)
                spans.setdefault(b, [w, ws[i + 1]])
    return names, spans


def bench_features(text: str, case: str | None = None) -> tuple[set[str], dict[str, bool], dict[str, str]]:
    """For bench/train_decision.py: the features scored at run time, the rule
    verdicts and the deciding rule ids, by criterion."""
    doc = read(text, case)
    rules = rule_verdicts(doc)
    names, _ = compliment_features(doc, rules)
    return names, {k: bool(r.passed) for k, r in rules.items()}, {k: r.rule for k, r in rules.items()}


__all__ = ["assess_compliment", "bench_features", "compliment_features", "read", "rule_verdicts"]
