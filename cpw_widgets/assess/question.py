"""assess_question: is a turn in the intervisie question round a clarifying question?

Four criteria (criteria.QUESTION_CRITERIA), specified by the labelling rules of
tests/data/corpus-question/RULEBOOK.md:

``question``      a question (or a request to tell) to the case presenter
``open``          open in form: no yes/no, either/or or "of"-question in the turn
``no_advice``     no disguised tip: no step, method or cause of the asker's own
``no_judgement``  no judging word, minimiser, disbelief, sarcasm or reproach

Two layers, as in assess_request: rules with identity (``@rule`` ids, listed in
rules-question.yaml) over cue patterns kept as data (data/question_cues.yaml),
then a learned, calibrated decision per criterion (decision.py with
data/decision_question.json, fitted by bench/train_decision.py --corpus
question) that may overrule a rule, with a twijfel band. ``case`` (the case
description) lets ``no_advice`` spare a step the case itself mentions.

``evidence`` per criterion holds the learner's own words the verdict rests on:
the cue that fired (for ✗), else the question sentence; feedback quotes them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ruamel.yaml import YAML

from .criteria import QUESTION_CRITERIA, QUESTION_LABELS
from .decision import decide
from .inputs import check_input
from .models import Assessment, CriterionResult
from . import nl
from .rules import rule
from .cues import FINITE_FORMS
from .tokens import is_verb_stem

CUES_PATH = Path(__file__).parent / "data" / "question_cues.yaml"
EMPTY = "Typ eerst je vraag aan de inbrenger, dan kijk ik ernaar."
NO_QUESTION_TO_OPEN = ("In \"{q}\" staat nog geen vraag aan de inbrenger om open te maken: begin je vraag met "
                       "wat, hoe, wie of waaraan.")

# Dutch feedback per criterion: passed, failed (with the quote), twijfel.
FEEDBACK = {
    "question": (
        "Je stelt een vraag aan de inbrenger: zo help je de casus beter te begrijpen.",
        "In de vragenronde stel je één vraag aan de inbrenger. Bij \"{q}\" hoort die vraag er nog niet bij: "
        "vraag bijvoorbeeld \"Wat heb je al geprobeerd?\" of \"Wie zijn er nog meer bij betrokken?\".",
        "Ik twijfel of dit een echte vraag aan de inbrenger is. Check: verwacht je een eerlijk antwoord "
        "van de inbrenger zelf?",
    ),
    "open": (
        "Je vraag is open: de inbrenger kan vertellen in plaats van ja of nee te zeggen.",
        "\"{q}\" kan de inbrenger met ja/nee of met één van de keuzes beantwoorden. Begin met wat, hoe, "
        "wie of waaraan, zodat de inbrenger gaat vertellen.",
        "Ik twijfel of je vraag helemaal open is. Kijk of er een ja/nee-vraag of een keuze (A of B) in zit.",
    ),
    "no_advice": (
        "Je vraag legt geen eigen oplossing op tafel: de inbrenger blijft aan het woord.",
        "In \"{q}\" zit je eigen idee (een verkapte tip). Bewaar dat voor de tipsronde en vraag nu naar "
        "wat de inbrenger al deed, wil of zelf bedenkt.",
        "Ik twijfel of hier een verkapte tip in zit. Check: noem je een stap of oorzaak die niet uit de "
        "casus komt?",
    ),
    "no_judgement": (
        "Je vraag klinkt neutraal en nieuwsgierig: zo voelt de inbrenger zich vrij om te vertellen.",
        "\"{q}\" kan als een oordeel klinken. Laat dat woord weg en stel de vraag nieuwsgierig en neutraal.",
        "Ik twijfel of je vraag helemaal zonder oordeel klinkt. Lees hem nog eens als de inbrenger.",
    ),
}


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    """Each cue list of question_cues.yaml as one compiled pattern."""
    raw = YAML(typ="safe").load(CUES_PATH.read_text(encoding="utf-8"))
    return {name: re.compile("|".join(_bounded(p) for p in entry["patterns"])) for name, entry in raw.items()}


def _bounded(pattern: str) -> str:
    """A cue pattern that matches whole words (punctuation cues such as "??" as they are)."""
    wordy = pattern[:1].isalnum() or pattern[:1] in "(^"
    return rf"(?<![\w@])(?:{pattern})(?!\w)" if wordy else f"(?:{pattern})"


def _low(text: str) -> str:
    return text.lower().replace("’", "'").replace("`", "'")


_SENT = re.compile(r"[^.?!\n]+(?:[.?!]+|$)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (a "?" or "." ends one; so does a new line)."""
    return [(m.start(), m.end()) for m in _SENT.finditer(text) if m.group().strip(" .?!")]


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    return re.compile(rf"^(?:{cues()['OPENERS'].pattern})[\s,:]*")


class Turn:
    """The text with its lowercased form, sentences and the kind of each sentence."""

    def __init__(self, text: str, case: str | None = None):
        self.text = text
        self.low = _low(text)
        self.case = _low(case or "")
        self.case_text = case or ""
        self.asserted: str | None = None  # the words of an asserting question, once known
        self.spans = sentences(text)
        self.kinds = [self._kind(self.low[a:b]) for a, b in self.spans]

    def low_of(self, i: int) -> str:
        """Sentence ``i`` of the lowercased text."""
        return self.low[slice(*self.spans[i])]

    def core(self, s: str) -> str:
        """A sentence without its openers ("Even ter check:", "Ja, en")."""
        s = s.strip(" ,:;-")
        m = re.match(r"(\w+),?\s+(\w+)", s)
        if m and (s[m.end(1)] == "," or cues()["WH_WORDS"].fullmatch(m.group(2))) and self._is_name(m.group(1)):
            s = s[m.start(2):]  # a name in address: "Martin, waarom ...", "martin hoe ..."
        opener = _opener()
        for _ in range(3):
            s2 = opener.sub("", s, count=1).strip(" ,:;-")
            if s2 == s:
                break
            s = s2
        return s

    def _kind(self, s: str) -> str:
        """wh, tell, yn, frag (a bare phrase with "?"), or statement."""
        kind = self._clause_kind(s)
        if kind in {"frag", "statement_q"}:
            # a fronted phrase or clause before the question itself: "Op een schaal
            # van 0 tot 10, waar sta je nu?", "Als je moet kiezen: wat is ...?"
            later = [self._clause_kind(c) for c in re.split(r"[,:]\s*", s)[1:]]
            return next((k for k in later if k in {"wh", "tell"}), next((k for k in later if k == "yn"), kind))
        if kind != "statement":
            return kind
        if _CHAT_TAG.search(s) and self.subject_first(s):
            # a chat tag question without "?": "jullie zitten daar een jaar toch"
            return "statement_q"
        # a chat question whose question comes after a lead phrase:
        # "en de bedrijfsleiding, wat vinden die ervan", "twee blijven, is dat toeval"
        for clause in re.split(r",\s*", s)[1:]:
            # "..., vind ik": a verb before "ik" after a fronted phrase is a statement (V2)
            if self._clause_kind(clause + "?") in {"wh", "yn"} and not re.match(r"(die|dat) |wat (ik|je|jij|we|wij|ze|hij|zij|het|er)\b|\w+ ik\b", clause):
                return self._clause_kind(clause + "?")
        core = self.core(s)
        if len(self.spans) == 1 and not core.startswith(_NOT_ELLIPTIC):
            words = core.split()
            # an elliptic chat question: "en de nieuwe mensen", "checklist gebruikt of meer op gevoel"
            if re.match(r"\s*(en|maar) (de|het|die|dat|jouw|je|zijn|haar|hun|jullie)\b", s) and len(words) <= 5:
                return "frag"
            if " of " in f" {core} " and len(words) <= 10 and "," not in core:
                return "frag"
        return "statement"

    def _clause_kind(self, s: str) -> str:
        asks = s.rstrip().endswith("?")
        core = _PREP_WH.sub("", self.core(s))
        first = core.split(" ", 1)[0] if core else ""
        if re.match(r"wie [^,]+, (die|dat|dan) ", core) and not asks:
            return "statement"  # a saying: "Wie zijn scanner niet terugzet, die hoort het van mij"
        if cues()["TELL_CLOSED"].search(s):
            return "yn"
        if cues()["TELL"].search(s) and (asks or re.match(r"(vertel|(ik )?ben (echt |wel |heel )?benieuwd|mag ik vragen)", core)):
            return "tell"
        if cues()["WH_WORDS"].match(first):
            if not asks and re.match(r"wat (een|fijn|mooi|goed|knap|leuk|vervelend|lastig|rot|herkenbaar|sterk)", core):
                return "statement"
            if not asks and re.match(r"(wat|wie|waar) (?!(is|was|zijn|waren|voor)\b)\w+( \w+){0,5} (is|was|zijn|waren) ", core):
                return "statement"  # a pseudo-cleft: "Wat bij mij werkte was een vaste belafspraak."
            return "wh"
        if cues()["YN_VERBS"].match(first) and (asks or re.match(r"\w+ (je|jij|ge|gij|u|hij|ze|zij|jullie|het|er|die|de|dat)\b", core)):
            return "yn"
        if first not in _NOT_VERBS and re.match(r"\w+ (jij|ge|gij)\b|\w+t je\b", core):
            return "yn"  # verb first, subject after it: "werk jij ook nachten", "zet je ..."
        if first not in _NOT_VERBS and self._verb_subject(core):
            return "yn"  # "werkt Joost fulltime", "ging hij meteen mee", "hoor je iets van hem"
        if asks:
            return "frag" if not re.match(r"(ik|je|jij|wij|we|het|dat|die|dit|er|hij|ze)\b", core) or len(core.split()) <= 3 else "statement_q"
        return "statement"

    def _verb_subject(self, core: str) -> bool:
        """Does ``core`` open with a finite verb and then its subject (the word order
        of a yes/no question, also without "?")? A bare stem before a name or a noun
        is an imperative ("Bel Mark eens"), so it needs a subject pronoun."""
        words = core.split()
        if len(words) < 3:
            return False
        verb, subject = words[0], words[1]
        tok = nl.tokenize(verb)
        if not tok or not tok[0].is_word or tok[0].lemma == verb or not tok[0].lemma.endswith("n"):
            return False
        if subject in {"je", "jij", "ge", "gij", "hij", "ie", "ze", "zij", "jullie", "u", "men"}:
            return verb not in {"stel", "verplaats", "vraag"}  # "Stel je voor", "Vraag je af": imperatives
        stem = is_verb_stem(tok[0]) and verb not in FINITE_FORMS  # "weet", "moet" are finite too
        return not stem and (subject in _POSSESSIVES or self._is_name(subject))

    def _is_name(self, word: str) -> bool:
        """A name: capitalised in the case or inside the text, or in capitals (HR)."""
        if word in _NOT_VERBS or word in _POSSESSIVES or len(word) < 2:
            return False
        caps = re.compile(rf"(?<![.?!]\s)(?<!^)\b{re.escape(word[:1].upper() + word[1:])}\b")
        return bool(word.isalpha() and (caps.search(self.case_text) or caps.search(self.text)
                                        or re.search(rf"\b{re.escape(word.upper())}\b", self.text)))

    def subject_first(self, s: str) -> bool:
        """Does sentence ``s`` open with its subject (a pronoun, a determiner, a name)?"""
        first = self.core(s).split(" ", 1)[0]
        return first in _SUBJECT_FIRST or self._is_name(first)

    def asks(self) -> list[int]:
        return [i for i, k in enumerate(self.kinds) if k in {"wh", "tell", "yn", "frag", "statement_q"}]

    def sentence(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b].strip()

    def find(self, name: str, where: str | None = None) -> str:
        """The learner's words where cue list ``name`` matches (original case), or ""."""
        m = cues()[name].search(self.low if where is None else where)
        if not m:
            return ""
        if where is not None:
            return m.group().strip()
        return self.text[m.start():m.end()].strip()


# a tag that ends a guess typed without "?" ("..., of wel", "... toch", "..., hè")
_CHAT_TAG = re.compile(r"(?:,\s*of (?:wel|niet)|,\s*(?:hè|he|niet)|\btoch)\s*$")
# first words of a subject-first statement (a pronoun or a determiner)
_SUBJECT_FIRST = {"ik", "je", "jij", "ge", "gij", "hij", "ze", "zij", "we", "wij", "jullie", "u", "het", "er", "de",
                  "die", "dat", "dit", "deze", "jouw", "zijn", "haar", "hun", "mijn", "onze", "ons", "uw"}
_POSSESSIVES = {"zijn", "haar", "hun", "jouw", "jullie", "mijn", "onze", "ons", "uw", "deze", "die", "de"}
# a preposition before a question word ("Met hoeveel zijn jullie?", "voor welke club")
_PREP_WH = re.compile(r"^(met|van|bij|voor|naar|over|in|op|uit|aan|tot|vanaf|sinds|om) "
                      r"(?=(wie|wat|welke|welk|hoeveel|hoe|waar|wanneer)\b)")
# first words that are no verb, so "X je/jij/ge ..." is no verb-first question
_NOT_VERBS = {"ik", "dat", "als", "of", "en", "maar", "want", "omdat", "toen", "met", "voor", "bij", "van", "naar",
              "om", "zodat", "dan", "nu", "ook", "niet", "echt", "wat", "heel", "zo", "gewoon", "misschien", "wist",
              "net", "dacht", "toch", "soms", "mooi", "goed", "fijn", "knap", "tot", "wanneer", "terwijl", "wiet"}
# a single sentence starting so is a statement, not an elliptic question
_NOT_ELLIPTIC = ("ik ", "je ", "jij ", "we ", "wij ", "het ", "dat ", "die ", "dit ", "er ", "hij ", "ze ", "misschien",
                 "dan ", "als ", "zo ", "gewoon", "wat ", "bij ons", "mijn ", "ons ", "ook ")


def _quote_sentence(turn: Turn, i: int | None = None) -> str:
    if i is None:
        i = turn.asks()[0] if turn.asks() else 0
    return turn.sentence(i) if turn.spans else turn.text.strip()


# --- rules -------------------------------------------------------------------

@rule("question.pass")
def _passes(turn: Turn):
    hit = turn.find("PASS")
    return [hit] if hit and not any(turn.kinds[i] in {"wh", "tell", "yn"} for i in turn.asks()
                                    if not cues()["PASS"].search(turn.low_of(i))) else []


def _cue_hit(turn: Turn, name: str) -> list[str]:
    hit = turn.find(name)
    return [hit] if hit else []


@rule("question.to_others")
def _to_others(turn: Turn):
    return _cue_hit(turn, "TO_OTHERS")


@rule("question.rhetorical")
def _rhetorical(turn: Turn):
    hit = turn.find("RHETORIC")
    if not hit:
        return []
    # a real wh-question or request to tell besides the assertion keeps it a question
    return [] if any(turn.kinds[i] in {"wh", "tell"} for i in turn.asks()) and "serieus" not in hit.lower() else [hit]


def _sincere_question(turn: Turn) -> bool:
    """Does the turn hold an open question or a request to tell? Then an asserting
    sentence beside it does not make the turn rhetorical."""
    return any(turn.kinds[i] in {"wh", "tell"} for i in turn.asks())


# the asker's own comment on what they asked: no first person ("Ik vraag het omdat"),
# no hedge that leaves the answer open ("misschien")
_OWN_VIEW = re.compile(r"\s*(ik|mijn|want|omdat|vraag|even)\b")
_HEDGE = re.compile(r"\b(misschien|mss|denk ik|lijkt me|volgens mij)\b")


def _comment_after(turn: Turn, i: int) -> str:
    """The first statement after sentence ``i`` that comments on it as the asker's
    own assertion, or ""."""
    for j in range(i + 1, len(turn.spans)):
        s = turn.low_of(j)
        if turn.kinds[j] == "statement" and re.search(r"\w{2,}", s) and not _OWN_VIEW.match(s) and not _HEDGE.search(s):
            return turn.sentence(j)
    return ""


@rule("question.echo_comment")
def _echo_comment(turn: Turn):
    """A question in statement word order (an echo of the case, a "Dus ..."
    restatement) followed by the asker's own comment on it asserts, it does not
    ask: "Dus hij kwam één keer? Dat zegt genoeg." (answer given in the turn)."""
    if _sincere_question(turn) or any(turn.kinds[i] == "yn" for i in turn.asks()):
        return []
    for i in turn.asks():
        if turn.kinds[i] in {"statement_q", "frag"} and not re.match(r"\s*(en|maar|of)\b", turn.low_of(i)):
            comment = _comment_after(turn, i)
            if comment:
                return [comment]
    return []


def _why_answerable(core: str) -> bool:
    """A why-question without a negation ("Waarom zou je dat willen?"): the
    statement after it can answer it. "Waarom doe je niet X? Dat werkte toch."
    proposes X and gives the reason for it: still a question (settled q01)."""
    return core.startswith("waarom") and not re.search(r"\b(niet|nie|geen|nooit)\b", core)


# "<infinitive phrase> en (dan) <clause with the presenter as subject>?": the
# incredulous "X doen en dan Y?" construction ("Eén keer bellen en dan verwacht
# je dat hij komt?"); the first conjunct has no subject and no finite verb
_MOCK_SEQUENCE = re.compile(r"^(?:dus |dus eigenlijk |eigenlijk )?(?P<inf>[^,?]*?\w+en) en (?:dan |daarna |meteen )?"
                            r"(?:\w+ )?(?:je|jij|ge|gij|jullie)\b[^?]*\?")
_SUBJECTS = {"ik", "je", "jij", "ge", "gij", "hij", "ze", "zij", "we", "wij", "jullie", "u", "het", "er", "men"}


@rule("question.mock_sequence")
def _mock_sequence(turn: Turn):
    """An incredulous "X doen en dan Y?" (settled q05: a sarcastic restatement asks
    nothing): "Dus één keer sms'en en dan verwacht je dat hij komt?"."""
    if _sincere_question(turn):
        return []
    for i in turn.asks():
        m = _MOCK_SEQUENCE.match(turn.low_of(i).strip())
        if m and turn.kinds[i] in {"statement_q", "frag"} and not set(m.group("inf").split()) & _SUBJECTS:
            return [turn.sentence(i)]
    return []


# "toch" in the middle field of a statement (not "Toch ..." = "yet" at its start),
# "nou eenmaal": the asker states the answer as obvious
_ASSERT_PARTICLE = re.compile(r"(?<=\w )(?:\w+ )*?\b(toch|eenmaal)\b")


@rule("question.answered")
def _answered(turn: Turn):
    """A closed or why-question whose answer the asker states at once with "toch"
    or "nou eenmaal" (settled q01): "Is één keer niet genoeg? Hij weet het toch
    al.", "Waarom zou je dat willen? Het gaat toch goed."."""
    if any(turn.kinds[i] in {"wh", "tell"} and not _why_answerable(turn.core(turn.low_of(i)))
           for i in turn.asks()):
        return []
    for i in turn.asks():
        for j in range(i + 1, len(turn.spans)):
            s = turn.low_of(j).strip()
            # also with "?": "Ze komen toch ook zo op tafel?" keeps statement word order
            if turn.kinds[j] in {"statement", "statement_q"} and _ASSERT_PARTICLE.search(s) and not _HEDGE.search(s):
                return [turn.sentence(j)]
    return []


# a tag that names the other answer ("..., of niet?", "..., of wel?", "..., niet?"),
# or a closing "toch" after a subject-first statement ("jullie zitten daar een jaar
# toch"): the asker checks the guess before it, it does not assert it
_OPEN_TAG = re.compile(r",\s*(?:of )?(?:niet|wel|nie)\s*\?*$")
_CLOSING_TOCH = re.compile(r"\btoch\s*\?*$")


@rule("question.asserting_toch")
def _asserting_toch(turn: Turn):
    """A question in statement word order with the modal particle "toch" or "nou"
    in its middle field asserts what it seems to ask ("Dat kan toch niet zo
    doorgaan?", "En dat verbaast je nou?"); a tag ", toch?" after a statement
    checks a guess and stays a question (settled q01; without the comma, "Probleem
    opgelost toch?", it asserts), so does a guess closed with ", of niet?" (q12),
    and a yes/no question with a concessive "toch" asks."""
    if _sincere_question(turn):
        return []
    for i in turn.asks():
        s = turn.low_of(i).strip()
        if any(turn.kinds[j] == "yn" and not re.search(r"\b(toch|nou)\b", turn.low_of(j))
               for j in turn.asks() if j > i):
            continue  # a yes/no question after it asks what the presenter knows ("X toch? Wordt daar ooit ...?")
        if (turn.kinds[i] in {"statement_q", "frag"} and re.search(r"(?<=\w) (toch|nou)\b(?! eenmaal)", s)
                and not _OPEN_TAG.search(s)
                and not (_CLOSING_TOCH.search(s) and turn.subject_first(s)
                         and len(re.findall(r"\btoch\b", s)) == 1)):
            return [turn.sentence(i)]
    return []


# "Wie <finite verb> (er) nou ...?": the "who on earth" question states that nobody
# does it ("Wie doet er nou zoiets?"); "nou eigenlijk/precies" asks for the fact and
# a superlative ("het meest") asks to pick someone, so those stay questions (q07)
_WHO_NOU = re.compile(r"^wie \w+ (?:er )?nou\b(?! (?:eigenlijk|precies|concreet))")
_SUPERLATIVE = re.compile(r"\bhet (?:meest|minst|\w{2,}ste?)\b")


@rule("question.rhetorical_who")
def _rhetorical_who(turn: Turn):
    """A "wie ... nou" question that asserts nobody would do it (RULEBOOK: "Wie laat
    nou zijn cliënt drie weken wachten?"); another sincere question in the turn
    keeps the turn a question."""
    hits = [i for i in turn.asks() if turn.kinds[i] in {"wh", "tell"}
            and _WHO_NOU.match(turn.core(turn.low_of(i)))
            and not _SUPERLATIVE.search(turn.low_of(i))]
    if not hits or any(j not in hits for j in turn.asks()):
        return []
    return [turn.sentence(hits[0])]


# "Wat verwacht je (dan) ook?": a bare wh-question (wh-word, verb, subject) closed by
# the modal particle "ook" asks "anyway": the asker thinks the answer is obvious.
# "ook alweer" (asking to be reminded) and "hoe klein ook" (concessive) differ in form.
_WH_OOK = re.compile(r"^(?:dus |maar )?(?:wat|wie|waarom|hoe) \w+ (?:je|jij|ge|gij|jullie|u|hij|ze|zij|we|wij)"
                     r" (?:dan |nou )?ook\s*(?:[,?]|$)")


@rule("question.rhetorical_ook")
def _rhetorical_ook(turn: Turn):
    """A bare wh-question with the particle "ook" ("Wat verwacht je ook?", RULEBOOK:
    "Wat verwacht je dan ook?") expects no answer; another sincere question in the
    turn keeps the turn a question."""
    hits = [i for i in turn.asks() if turn.kinds[i] in {"wh", "tell"}
            and _WH_OOK.match(turn.core(turn.low_of(i)))]
    if not hits or any(j not in hits for j in turn.asks()):
        return []
    return [turn.sentence(hits[0])]


# a tag that asks the listener to agree: ", toch?", ", hè?", ", of niet?"
_AGREE_TAG = re.compile(r",\s*(?:toch|hè|he|hé|of niet|niet dan)\s*\?+\s*$")
# a degree word fronted before an adjective: "Wel erg makkelijk ...", "Zo simpel is het"
_DEGREE_FRONT = re.compile(r"^(?:wel |toch )?(?:erg|heel|zo|best|nogal|behoorlijk|te|wel|lekker) (\w+)")


def _evaluative(turn: Turn, clause: str) -> bool:
    """Is ``clause`` an evaluation rather than a fact: a fronted degree word before
    an adjective ("Zo simpel is het", "Wel erg makkelijk om ...") or a verb-first
    exclamative ("Moet je maar durven") - not a subject-first statement."""
    core = turn.core(clause)
    m = _DEGREE_FRONT.match(core)
    if m and m.group(1) not in FINITE_FORMS and not m.group(1).startswith("ge"):
        return True
    words = core.split()
    return len(words) >= 3 and words[0] in FINITE_FORMS and words[1] in {"je", "jij", "ge", "u"} and "maar" in words


@rule("question.evaluative_tag")
def _evaluative_tag(turn: Turn):
    """An evaluation closed with an agreeing tag asks for agreement with the
    asker's view, not for an answer ("Zo simpel is het, toch?"); a tag after a
    subject-first statement of a fact checks a guess and stays a question
    (settled q01: "Hij komt vooral op maandag, toch?")."""
    if _sincere_question(turn):
        return []
    for i in turn.asks():
        s = turn.low_of(i).strip()
        tag = _AGREE_TAG.search(s)
        if tag and _evaluative(turn, s[:tag.start()]):
            return [turn.sentence(i)]
    return []


@rule("question.none")
def _no_question(turn: Turn):
    return [] if turn.asks() else [_quote_sentence(turn, 0)]


def _first_hit(key: str, turn: Turn, checks, passed_rule: str) -> CriterionResult:
    """✗ by the first rule that fires (quoting its words), else ✓ by ``passed_rule``."""
    for check in checks:
        hit = check(turn)
        if hit:
            return _fail(key, hit[0], hit.rule)
    return _pass(key, _quote_sentence(turn), passed_rule)


def check_question(turn: Turn) -> CriterionResult:
    result = _first_hit("question", turn, (_passes, _to_others, _no_question, _rhetorical, *_ASSERTING), "question.asked")
    if result.rule in _ASSERTING_IDS:
        turn.asserted = result.evidence[0]
    elif result.rule == "question.asked":
        turn.asserted = ""  # every asserting rule was tried and none fired
    return result


@rule("open.either_or")
def _either_or(turn: Turn):
    for i in turn.asks():
        s = turn.low_of(i)
        if turn.kinds[i] in {"wh", "tell", "frag"} and re.search(r"[,:]\s*[^,:]*\bof\b|\bof\b (niet|nog niet|ook)\b", s):
            return [turn.sentence(i)]
    return []


@rule("open.closed")
def _closed(turn: Turn):
    for i in turn.asks():
        if turn.kinds[i] in {"yn", "statement_q"}:
            return [turn.sentence(i)]
        if turn.kinds[i] == "frag" and not re.match(r"\s*(en|maar)\b", turn.low_of(i)):
            return [turn.sentence(i)]
        s = turn.low_of(i)
        # a closed question after a comma: "Hoe sterk is zijn netwerk, heeft hij mensen om zich heen"
        m = re.search(r",\s*(?:(?:en|of)\s+)?(\w+)\s+(je|jij|ge|gij|u|hij|ze|zij|die|het|jullie|er|de|dat)\b", s)
        if m and _finite_verb(m.group(1), m.group(2)) and not _COMMENT_TAG.match(s, m.start()):
            return [turn.sentence(i)]
    return []


def _finite_verb(word: str, subject: str) -> bool:
    """Is ``word`` a finite verb before its ``subject`` (inversion: "slaapt hij")?
    The listed verbs, or any -t form before a subject pronoun."""
    return bool(cues()["YN_VERBS"].fullmatch(word)) or (
        word.endswith("t") and len(word) > 3 and word not in _NOT_VERBS and word not in _T_WORDS
        and subject in {"je", "jij", "ge", "gij", "u", "hij", "ze", "zij", "jullie", "er"})


# words ending in -t that are no verb form
_T_WORDS = {"nooit", "ooit", "eerst", "laatst", "meest", "liefst", "omdat", "zodat", "best", "vast", "nacht", "want",
            "licht", "recht", "slecht", "zacht", "juist", "vaakst"}


# a comment clause closing an open question ("Wat maakt dat het lukt, denk je?"):
# it asks for the presenter's view of the open question, no yes or no
_COMMENT_TAG = re.compile(r",\s*(denk|denkt|vind|vindt|schat|zou je zeggen)\s*(je|jij|ge|gij|u)?\s*[?.!]*\s*$")


def _no_question_to_open(turn: Turn) -> CriterionResult:
    quote = _quote_sentence(turn, 0)
    return CriterionResult(False, NO_QUESTION_TO_OPEN.format(q=quote), QUESTION_LABELS["open"], (quote,),
                           "open.no_question")


def check_open(turn: Turn, asked: bool) -> CriterionResult:
    if not asked:
        return _no_question_to_open(turn)
    return _first_hit("open", turn, (_closed, _either_or), "open.open")


def _in_case(turn: Turn, phrase: str) -> bool:
    """Does the case mention the content words of ``phrase`` (a step it already names)?"""
    if not turn.case:
        return False
    words = [w for w in re.findall(r"[a-zà-ÿ]{5,}", _low(phrase)) if w not in _STOP]
    # a word counts when its first five letters occur in the case (stuurt ~ gestuurd)
    return bool(words) and sum(w[:5] in turn.case for w in words) / len(words) >= 0.75


_STOP = {"gedacht", "overwogen", "geprobeerd", "voorgesteld", "gevraagd", "eigenlijk", "zouden", "helpen",
         "misschien", "jullie", "andere", "anderen", "samen", "hebben", "heeft", "weleens"}


@rule("no_advice.tip_statement")
def _tip_statement(turn: Turn):
    return _cue_hit(turn, "TIP_STATEMENT")


def _masked(text: str, name: str) -> str:
    """``text`` with the matches of cue list ``name`` blanked out (positions kept)."""
    return cues()[name].sub(lambda m: "_" * len(m.group()), text)


@rule("no_advice.tip_question")
def _tip_question(turn: Turn):
    for m in cues()["TIP_QUESTION"].finditer(_masked(turn.low, "ADVICE_SPARE")):
        i, (a, b) = next(((i, s) for i, s in enumerate(turn.spans) if s[0] <= m.start() < s[1]), (0, (0, len(turn.low))))
        if m.group().startswith("heb") and turn.kinds[i] == "wh":
            continue  # "Wat heb je al geprobeerd?" asks for facts, it names no step
        if m.group() in {"bijvoorbeeld", "bv"} and turn.core(turn.low[a:b]).startswith("wie "):
            continue  # examples of people who may be involved ("Wie nog meer, bijvoorbeeld school?") are no step
        # the rest of the sentence is the step; a step the case mentions is no tip
        if m.group().startswith("heb") and _in_case(turn, turn.low[m.start():b]):
            continue
        return [turn.text[m.start():m.end()].strip()]
    return []


@rule("no_advice.if_step")
def _if_step(turn: Turn):
    m = cues()["IF_STEP"].search(turn.low)
    if not m:
        return []
    step = m.group()[m.group().rfind("als "):]
    if step.split()[-1] in _STATE_VERBS:
        return []  # "als je realistisch bent", "als je dienst hebt": a condition, not a step
    return [] if _in_case(turn, step) else [turn.text[m.end() - len(step):m.end()].strip()]


_STATE_VERBS = {"bent", "was", "weet", "wist", "denkt", "dacht", "terugkijkt", "hebt", "had"}
# verbs after "kun je" that ask the presenter to tell or know, not to act
_TELL_VERBS = {"vertellen", "zeggen", "noemen", "aangeven", "omschrijven", "beschrijven", "benoemen", "uitleggen",
               "toelichten", "schetsen", "geven", "inschatten", "herinneren", "bedenken", "zien", "merken",
               "voorstellen", "begrijpen", "snappen", "plaatsen", "verklaren", "vinden"}


@rule("no_advice.modal_proposal")
def _modal_proposal(turn: Turn):
    """A yes/no question "Kun je / Zou je (hem) ... <act>?" proposes the act (a disguised tip)."""
    for i in turn.asks():
        if turn.kinds[i] != "yn":
            continue
        core = turn.core(turn.low_of(i)).rstrip(" ?.!")
        m = re.match(r"(kun|kan|kunt|kunnen|zou|zouden) (je|jij|ge|gij|jullie|u) (.+)", core)
        if not m or cues()["TELL"].search(core):
            continue
        words = m.group(3).split()
        if words[-1].endswith("en") and not set(words) & (_TELL_VERBS | {"willen", "vb"}):
            return [turn.sentence(i)]
    return []


# a yes/no question negated in its middle field expects "ja": it offers the asker's
# own answer for the presenter to confirm. What it offers depends on the verb:
_NEGATED_YN = re.compile(r"(?P<verb>\w+) (?P<subject>(?:\w+ ){0,3}?)(?:niet|nie)\b(?P<rest>[^?]*)")
_MODALS = {"moet", "moeten", "kan", "kun", "kunt", "kunnen", "zou", "zouden", "mag", "mogen"}
_COPULAS = {"is", "zijn", "was", "waren", "wordt", "worden"}


@rule("no_advice.leading_guess")
def _leading_guess(turn: Turn):
    """A negated yes/no question that puts the asker's step or explanation on the
    table: a modal with an act ("Moet zijn moeder hem niet brengen?"), a cause
    ("Ligt het niet gewoon aan het tijdstip?"), or a label as explanation ("Is het
    niet gewoon een kwestie van motivatie?"). A judgement of degree ("Is het niet
    een beetje veel?") offers no step and is left to no_judgement."""
    for i in turn.asks():
        if turn.kinds[i] != "yn":
            continue
        core = turn.core(turn.low_of(i)).rstrip(" ?.!")
        # the question itself may follow a fronted phrase: "Eerlijk gezegd: is het niet ...?"
        m = next(filter(None, (_NEGATED_YN.fullmatch(c) for c in _suffixes(core))), None)
        if not m or " of " in f" {m.group('rest')} ":
            continue
        verb, rest = m.group("verb"), m.group("rest").split()
        if verb in _MODALS and rest and rest[-1].endswith("en") and not set(rest) & _TELL_VERBS:
            return [turn.sentence(i)]
        if verb in {"komt", "komen", "ligt", "liggen"} and set(rest) & {"door", "doordat", "aan"}:
            return [turn.sentence(i)]
        if verb in _COPULAS and re.match(r"(?:(?:gewoon|eigenlijk|vooral|dan|juist|meer|eerder|misschien|ook|toch) )*(?:een (?!beetje)|zo dat)",
                                         " ".join(rest)):
            return [turn.sentence(i)]
    return []


def _suffixes(core: str) -> list[str]:
    """``core`` and what follows each comma or colon in it."""
    return [core] + [core[m.end():] for m in re.finditer(r"[,:]\s*", core)]


_CAUSAL = re.compile(r"\b(omdat|doordat|want|door)\b")


@rule("no_advice.stated_cause")
def _stated_cause(turn: Turn):
    """The asker's explanation stated and handed over for confirmation: a statement
    with a causal clause and a tag or "?" ("Hij zegt af omdat hij moe is, toch?").
    A tag after a plain fact stays no tip (settled q01)."""
    for i in turn.asks():
        s = turn.low_of(i)
        if turn.kinds[i] == "statement_q" or re.search(r",\s*(toch|hè|he|of niet|niet)\s*\?+\s*$", s):
            if _CAUSAL.search(s):
                return [turn.sentence(i)]
    return []


def check_advice(turn: Turn) -> CriterionResult:
    return _first_hit("no_advice", turn, (_tip_question, _modal_proposal, _leading_guess, _stated_cause, _if_step,
                                            _tip_statement),
                      "no_advice.none")


def _sentence_of(turn: Turn, pos: int) -> int:
    """Index of the sentence holding text position ``pos``."""
    return next((i for i, (a, b) in enumerate(turn.spans) if a <= pos < b), len(turn.spans) - 1)


_NEGATION = re.compile(r"\s*(niet|niks|niets|geen|nooit)\b")


def _content_particle(turn: Turn, m: re.Match) -> bool:
    """Is the particle ``m`` (echt, toch, nog steeds) part of what is asked or told,
    not the asker's attitude? Dutch puts the attitude particle of doubt in the
    middle field of a closed question ("Is hij echt ...?", "Dat kan toch ...?");
    inside an open question it qualifies the content asked about ("Wat maakt dat
    ze nog steeds komen?", "Waarom houden ze toch vast aan papier?"), and in a
    statement "echt" only stresses ("echt een aanrader")."""
    word = m.group().strip()
    i = _sentence_of(turn, m.start())
    kind = turn.kinds[i] if turn.spans else "statement"
    sentence = turn.low_of(i).strip(" .?!") if turn.spans else ""
    if word == "echt":
        return sentence != "echt" and kind in {"wh", "tell", "statement"}
    if word == "toch" or word == "nog steeds":
        return kind in {"wh", "tell"} and not _NEGATION.match(turn.low, m.end())
    return False


@rule("no_judgement.marker")
def _judging(turn: Turn):
    low = cues()["JUDGE_SPARE"].sub(lambda m: "_" * len(m.group()), turn.low)
    m = next((m for m in cues()["JUDGE"].finditer(low) if not _content_particle(turn, m)), None)
    if not m:
        m = re.search(r"\b[A-Z]{4,}\b", turn.text)  # a whole word in capitals (URGENT)
        return [m.group()] if m and not turn.case.upper().count(m.group()) else []
    return [turn.text[m.start():m.end()].strip()]


# a stretch in quotation marks: the presenter's own words, quoted back
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’|(?<!\w)\'[^\']*\'(?!\w)')


@rule("no_judgement.judging_word")
def _judging_word(turn: Turn):
    low = _QUOTED.sub(lambda m: "_" * len(m.group()), _masked(turn.low, "JUDGE_SPARE"))
    m = cues()["JUDGE_WORDS"].search(low)
    return [turn.text[m.start():m.end()].strip()] if m else []


# a negated copular yes/no question ("Is het niet ...?", "Ben jij niet ...?") expects
# "ja": it puts the asker's view forward for the presenter to confirm
# ("Is het probleem niet dat ...?" has a noun subject: it names a cause, no_advice)
_EXPECTS_YES = re.compile(r"^(?:maar |en |dus )?(?:(?:is|was) (?:het|dat)|(?:ben|bent|was) (?:je|jij|ge|gij|u)(?: \w+){0,2}?)"
                          r" niet\b(?! (?:meer|alleen|zo erg|erg)\b)")


@rule("no_judgement.expects_yes")
def _expects_yes(turn: Turn):
    """A negated copular yes/no question expects "ja" and so states the asker's own
    view of the presenter or the case (settled q01, q05, q07: "Is het niet een beetje
    veel gevraagd ...?"); "Is het probleem niet dat ...?" names a cause (no_advice)."""
    for i in turn.asks():
        if turn.kinds[i] == "yn" and _EXPECTS_YES.match(turn.core(turn.low_of(i))):
            return [turn.sentence(i)]
    return []


# the rules that read a question as an assertion, in the order check_question tries them
_ASSERTING = (_rhetorical_who, _rhetorical_ook, _asserting_toch, _evaluative_tag, _answered, _echo_comment,
              _mock_sequence)
_ASSERTING_IDS = {"question.rhetorical_who", "question.rhetorical_ook", "question.asserting_toch",
                  "question.evaluative_tag", "question.answered",
                  "question.echo_comment", "question.mock_sequence"}


@rule("no_judgement.rhetorical")
def _rhetorical_judgement(turn: Turn):
    """A question that asserts instead of asking (the rhetorical forms of the
    question criterion) is sarcasm or a rhetorical reproach (RULEBOOK, no_judgement)."""
    if turn.asserted is None:  # not yet known from the question criterion
        turn.asserted = next((hit[0] for hit in map(lambda check: check(turn), _ASSERTING) if hit), "")
    return [turn.asserted] if turn.asserted else []


def check_judgement(turn: Turn) -> CriterionResult:
    return _first_hit("no_judgement", turn, (_judging, _judging_word, _rhetorical_judgement, _expects_yes),
                      "no_judgement.none")


def _pass(key: str, quote: str, rule_id: str) -> CriterionResult:
    return CriterionResult(True, FEEDBACK[key][0], QUESTION_LABELS[key], (quote,) if quote else (), rule_id)


# feedback of a failed rule whose quote is a whole sentence, not one word to drop
RULE_FEEDBACK = {
    "no_judgement.rhetorical": ("\"{q}\" klinkt als je eigen oordeel in de vorm van een vraag. Stel een vraag "
                                "waarop je het antwoord nog niet weet, nieuwsgierig en neutraal."),
}


def _fail(key: str, quote: str, rule_id: str) -> CriterionResult:
    quote = quote.strip() or "…"
    text = RULE_FEEDBACK.get(rule_id, FEEDBACK[key][1])
    return CriterionResult(False, text.format(q=quote), QUESTION_LABELS[key], (quote,), rule_id)


def rule_verdicts(turn: Turn) -> dict[str, CriterionResult]:
    asked = check_question(turn)
    return {
        "question": asked,
        "open": check_open(turn, bool(asked.passed)),
        "no_advice": check_advice(turn),
        "no_judgement": check_judgement(turn),
    }


# --- learned decision --------------------------------------------------------

_WORD = re.compile(r"[a-zà-ÿ0-9']+|\?+|!+")


def features(turn: Turn, rules: dict[str, CriterionResult]) -> set[str]:
    """Feature names for the learned decision: words, word pairs, the first
    words of the turn, sentence kinds, cue lists that match, rule verdicts and ids."""
    toks = _WORD.findall(turn.low)
    names = {f"w:{t}" for t in toks} | {f"b:{a} {b}" for a, b in zip(toks, toks[1:])}
    names |= {f"k:{k}" for k in turn.kinds} | {f"first:{' '.join(toks[:2])}", f"n_ask:{min(len(turn.asks()), 3)}"}
    names |= {f"cue:{n}" for n, p in cues().items() if p.search(turn.low)}
    if turn.low.rstrip().endswith("?"):
        names.add("ends:?")
    for key, r in rules.items():
        names |= {f"rule.{key}:{int(bool(r.passed))}", f"rid.{r.rule}"}
    return names


def bench_features(text: str, case: str | None = None):
    """For bench/train_decision.py: (feature names, rule verdicts, deciding rule ids)."""
    turn = Turn(text, case)
    rules = rule_verdicts(turn)
    return features(turn, rules), {k: bool(r.passed) for k, r in rules.items()}, {k: r.rule for k, r in rules.items()}


def _quote_feature(turn: Turn, name: str) -> str:
    """The learner's words behind a word feature ("w:gewoon", "b:heb je"), or ""."""
    kind, _, words = name.partition(":")
    if kind not in {"w", "b"} or not re.search(r"\w", words):
        return ""
    m = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, words.split())) + r"(?!\w)", turn.low)
    return turn.text[m.start():m.end()] if m else ""


def _merge(key: str, ruled: CriterionResult, turn: Turn, names: set[str]) -> CriterionResult:
    d = decide(key, names, bool(ruled.passed), ruled.rule, {n for n in names if n[:2] in {"w:", "b:"}}, "question")
    if d is None or d.verdict is ruled.passed:
        return ruled if d is None else CriterionResult(ruled.passed, ruled.feedback, ruled.label, ruled.evidence,
                                                       ruled.rule, round(d.probability, 3))
    p = round(d.probability, 3)
    if d.verdict is None:
        return CriterionResult(None, FEEDBACK[key][2], ruled.label, ruled.evidence, "learned.doubt", p)
    if d.verdict:
        return CriterionResult(True, FEEDBACK[key][0], ruled.label, (_quote_sentence(turn),), "learned.pass", p)
    quote = next((q for q in map(lambda n: _quote_feature(turn, n), d.against) if q), "")
    quote = quote if quote and len(quote) > 2 else _quote_sentence(turn)
    return CriterionResult(False, FEEDBACK[key][1].format(q=quote), ruled.label, (quote,), "learned.fail", p)


def assess_question(text: str, *, case: str | None = None, learned: bool = True) -> Assessment:
    """Judge ``text`` (one turn in the question round) on the four criteria.
    ``case`` is the case description the turn reacts to; ``learned=False``
    gives the rules' verdicts alone (for the bench and the rule tests)."""
    guarded = check_input(text, QUESTION_LABELS, EMPTY)
    if guarded is not None:
        return guarded
    turn = Turn(text, case if isinstance(case, str) else None)
    if not turn.spans:
        return check_input("", QUESTION_LABELS, EMPTY)
    rules = rule_verdicts(turn)
    if not learned:
        return Assessment(rules, text=text)
    names = features(turn, rules)
    out = {key: _merge(key, rules[key], turn, names) for key in QUESTION_CRITERIA}
    if out["question"].passed is False:
        out["open"] = _no_question_to_open(turn)
    return Assessment(out, text=text)

