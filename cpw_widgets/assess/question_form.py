"""The form of a turn in the question round: its sentences and the mood of each.

:class:`Turn` splits a turn into sentences and reads each one's kind from Dutch
word order (a wh-word first, a finite verb before its subject, a request to
tell, a bare phrase with "?", or a statement), also in chat style without "?".
The cue lists of data/question_cues.yaml are loaded here for all question rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ruamel.yaml import YAML

from . import nl
from .cues import FINITE_FORMS
from .tokens import is_verb_stem

CUES_PATH = Path(__file__).parent / "data" / "question_cues.yaml"


@lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    """Each cue list of question_cues.yaml as one compiled pattern."""
    raw = YAML(typ="safe").load(CUES_PATH.read_text(encoding="utf-8"))
    return {name: re.compile("|".join(_bounded(p) for p in entry["patterns"])) for name, entry in raw.items()}


def _bounded(pattern: str) -> str:
    """A cue pattern that matches whole words (punctuation cues such as "??" as they are)."""
    wordy = pattern[:1].isalnum() or pattern[:1] in "(^"
    return rf"(?<![\w@])(?:{pattern})(?!\w)" if wordy else f"(?:{pattern})"


def lowered(text: str) -> str:
    return text.lower().replace("’", "'").replace("`", "'")


# an emoji ends a chat sentence as a full stop does ("top casus 👍 wie ...?")
_END = ".?!\u2600-\u27bf\U0001f300-\U0001faff"
# a full stop between digits ("om 15.00 uur", "2.5 keer") ends no sentence
_SENT = re.compile(rf"(?:[^{_END}\n]|(?<=\d)\.(?=\d))+(?:[{_END}]+|$)")
_BLANK = re.compile(rf"[\s{_END}]*")


# common Dutch abbreviations: their full stop before a lowercase word ends no sentence
# ("kun je een vb. geven van ...", "bijv. op maandag")
_ABBREVIATION = re.compile(r"(?<!\w)(?:vb|bv|bijv|evt|ca|mbt|m\.b\.t|ivm|i\.v\.m|dwz|d\.w\.z|oa|o\.a|enz|etc|dhr|mevr|nr|tel|mbv"
                           r"|zgn|resp|incl|excl|vgl|gem|max|min)\.$", re.IGNORECASE)


# punctuation spoken into a phone and written out by its speech-to-text ("hoe lang duurt
# dat vraagteken"); "punt" only where no article or adjective makes it the noun ("een
# goed punt")
_SPOKEN_MARK = re.compile(r"(\S*)(\s+)((?i:vraagteken|uitroepteken|punt))(?=\s*$|\s+[A-Z])")
_MARK_OF = {"vraagteken": "?", "uitroepteken": "!", "punt": "."}
_NOUN_BEFORE_PUNT = {"een", "het", "dat", "dit", "elk", "ieder", "geen", "welk", "ene", "zelfde", "ander", "goed", "mooi",
                     "sterk", "zwak", "belangrijk", "eerste", "tweede", "derde", "laatste", "volgende", "vorige", "mijn",
                     "jouw", "je", "zijn", "haar", "ons", "hun", "nul", "kook", "dood", "vriespunt", "actie"}


def dictated_marks(text: str) -> str:
    """``text`` with dictated punctuation ("... duurt vraagteken") turned into the mark
    itself, padded with spaces to the same length."""
    def mark(m: re.Match) -> str:
        word = m.group(3)
        before = m.group(1).lower().rstrip(",;:")
        if word.lower() == "punt" and (before in _NOUN_BEFORE_PUNT or before.endswith("e") and len(before) > 3
                                       or not before or before[-1:] in ".?!"):
            return m.group()
        out = m.group(1) + _MARK_OF[word.lower()]
        return out + " " * (len(m.group()) - len(out))
    return _SPOKEN_MARK.sub(mark, text)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (a "?", "." or an emoji ends one; so does a new line)."""
    spans = [(m.start(), m.end()) for m in _SENT.finditer(text) if not _BLANK.fullmatch(m.group())]
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and _ABBREVIATION.search(text[merged[-1][0]:merged[-1][1]].rstrip()) \
                and text[a:b].lstrip()[:1].islower() and "\n" not in text[merged[-1][1]:a]:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


# hesitation and discourse fillers of speech before the question itself ("ja dus eh wat
# ...", "Nou eh wat maakt ...", "Prima wat zou ..."), as a voice message typed out by a
# phone keeps them
_FILLER = re.compile(r"e+h+m*|u+h+m*|euh|hm+|nou|ja|prima|yo|joh|hey|hee|ey|hoi")
_FILLERS = re.compile(rf"^(?:(?:{_FILLER.pattern})\b[\s,.]*)+(?=\w)")


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    return re.compile(rf"^(?:{cues()['OPENERS'].pattern})[\s,:]*")


# "Ik zou (Sanne / de inbrenger / zelf) vragen(:) ...": the question one would ask
ASK_HEAD = re.compile(r"ik zou (?P<who>(?:[\w'-]+ ){0,3}?)vragen")
_ASK_FRAME = re.compile(ASK_HEAD.pattern + r"\s*:?\s+(?P<rest>(?:of|wat|hoe|wie|waarom|welke?|wanneer|waar\w*|"
                        r"hoeveel|hoelang|in hoeverre)\b.*)$", re.S)
_ASK_SELF = {"zelf", "eerst", "dan", "ook", "graag", "nog", "als", "eerste", "vraag", "de", "inbrenger", "jou", "je", "u",
             "haar", "hem", "eigenlijk", "vooral", "willen", "wel", "gewoon"}


class Turn:
    """The text with its lowercased form, sentences and the kind of each sentence."""

    def __init__(self, text: str, case: str | None = None):
        self.text = text
        # matching runs on a copy with dictated punctuation read as marks (same length, so
        # every span still points into the learner's own text for quoting)
        heard = dictated_marks(text)
        self.low = lowered(heard)
        self.case = lowered(case or "")
        self.case_text = case or ""
        # the presenter's first name, lowercased, as the case introduces them ("Sanne is
        # teamleider ..."), or "" (a story told in the first person)
        m = re.match(r"\s*([A-Z][\w-]+) (?:is|werkt|was|heeft)\b", self.case_text)
        self.presenter = m.group(1).lower() if m else ""
        self.asserted: str | None = None  # the words of an asserting question, once known
        self.spans = sentences(heard)
        self.kinds = [self._kind(self.low[a:b]) for a, b in self.spans]

    def low_of(self, i: int) -> str:
        """Sentence ``i`` of the lowercased text."""
        return self.low[slice(*self.spans[i])]

    def core(self, s: str) -> str:
        """A sentence without its openers ("Even ter check:", "Ja, en")."""
        s = s.strip(" ,:;-")
        m = re.match(r"(\w+),?\s+(\w+)", s)
        if m and (s[m.end(1)] == "," or cues()["WH_WORDS"].fullmatch(m.group(2)) or _FILLER.fullmatch(m.group(2))) \
                and self._is_name(m.group(1)):
            s = s[m.start(2):]  # a name in address: "Martin, waarom ...", "martin hoe ...", "Gerard eh ..."
        opener = _opener()
        for _ in range(4):
            s2 = _FILLERS.sub("", opener.sub("", s, count=1)).strip(" ,:;-")
            if s2 == s:
                break
            s = s2
        return s

    def _kind(self, s: str) -> str:
        """wh, tell, yn, frag (a bare phrase with "?"), or statement."""
        if _QUOTED_QUESTION.search(s) and not _ASKS_WHAT_WAS_SAID.match(s) and not cues()["WH_WORDS"].match(self.core(s)) \
                or _OWN_SAYING.search(s):
            return "statement"  # "Mijn trainer vroeg mij: 'wil je meelopen?'", "Vertel eens, zeg ik altijd": quoted
        kind = self._clause_kind(s)
        if kind in {"frag", "statement_q"}:
            # a fronted phrase or clause before the question itself: "Op een schaal
            # van 0 tot 10, waar sta je nu?", "Als je moet kiezen: wat is ...?"
            later = [self._clause_kind(c) for c in re.split(r"[,:]\s*", s)[1:]]
            kind = next((k for k in later if k in {"wh", "tell"}), next((k for k in later if k == "yn"), kind))
            # a lead without a comma before an inverted wh-question, also with "?": "Op een
            # schaal van 0 tot 10 hoe goed lukt het nu?"
            return "wh" if kind in {"frag", "statement_q"} and _LATE_WH.search(s) else kind
        if kind != "statement":
            return kind
        if _CHAT_TAG.search(s) and self.subject_first(s):
            # a chat tag question without "?": "jullie zitten daar een jaar toch"
            return "statement_q"
        # a chat question whose question comes after a lead phrase:
        # "en de bedrijfsleiding, wat vinden die ervan", "twee blijven, is dat toeval"
        # also after "maar" in chat without a comma, when the wh-word is followed by the
        # verb and then its subject (inversion, a main-clause question): "idk of dit mag
        # maar hoe lang loop je daar al"; "maar hoe het moet weet ik niet" is embedded
        for clause in re.split(r",\s*|\s+maar\s+(?=" + _WH_INVERTED + ")", s)[1:]:
            # "..., vind ik": a verb before "ik" after a fronted phrase is a statement (V2)
            kind = self._clause_kind(clause + "?")
            # a verb-first clause needs its subject after the verb: "..., is normaal in
            # ziekenhuis" and "..., staat in logboek ..." drop the subject of a statement
            if kind == "wh" or kind == "yn" and self._clause_kind(clause) == "yn":
                if not _EXCLAMATIVE.match(clause) and not re.match(r"(die|dat) |wat (ik|je|jij|we|wij|ze|hij|zij|het|er)\b|\w+ ik\b", clause) \
                        and not _QUOTATIVE.match(clause) and not _CONCESSIVE_WH.match(clause):
                    return kind
            if self._clause_kind(clause) == "tell":
                return "tell"  # a request to tell after an address or a lead: "Sanne, vertel eens ..."
        # a chat question after a lead without a comma: a wh-word, at most one word of
        # its phrase, then a finite verb before its subject pronoun (inversion, so a
        # main-clause question, not an embedded one): "op een schaal van 1 tot 10 hoe
        # tevreden ben je nu", "vanmorgen in het overleg wat zei je toen"
        if not s.rstrip().endswith("?") and _LATE_WH.search(s):
            return "wh"
        core = self.core(s)
        if len(self.spans) == 1 and _CHAT_DUS.match(s) and not _CHAT_DUS_NOT.search(s) \
                and self.text.lstrip()[:1].islower() and self.text.rstrip()[-1:] not in ".!":
            return "statement_q"  # "dus het werkt maar alleen als jij er bent": a summary to confirm (settled q37-t124)
        if len(self.spans) == 1 and proposal_if(s.strip()):
            return "frag"  # "en als ge die deadlines op de deur hangt": the elliptic "and what if ...?" of chat
        if len(self.spans) == 1 and re.match(r"\s*(en|maar) (je|jouw|uw) eigen \w+\s*$", s):
            return "frag"  # "en je eigen manager": "je" as a possessive, no subject
        if len(self.spans) == 1 and not core.startswith(_NOT_ELLIPTIC):
            words = core.split()
            # an elliptic chat question: "en de nieuwe mensen", "checklist gebruikt of meer op gevoel"
            if re.match(r"\s*(en|maar) (de|het|die|dat|jouw|je|zijn|haar|hun|jullie)\b", s) and len(words) <= 5:
                return "frag"
            # the same with a relative clause on its noun and no main verb: "en de klanten die
            # alles te laat sturen" ("en hoe zit het met ...?")
            if _ELLIPTIC_RELATIVE.match(s) and len(words) <= 12:
                return "frag"
            if " of " in f" {core} " and len(words) <= 10 and "," not in core:
                return "frag"
        if len(self.spans) == 1 and tail_choice(core):
            # a chat either/or in statement order, the second option elliptic:
            # "hij komt laat elke dag of soms", "vragen ouders het bij het hek of via de app"
            return "frag"
        return "statement"

    def asked_presenter(self, s: str) -> str | None:
        """The question inside "Ik zou (Sanne) vragen wat ...", when it is put to the
        presenter (named, nobody named, or a name a first-person case does not
        mention), else None. A learner on the exercise page
        hands in the question they would ask this way; "Ik zou Kevin vragen ..." about
        someone else in the case is a step for the presenter, a tip."""
        m = _ASK_FRAME.match(self.core(s))
        if not m:
            return None
        who = set(m.group("who").split()) - _ASK_SELF
        if not who or who == {self.presenter}:
            return m.group("rest")
        # a story told in the first person does not name its presenter: one name the
        # case does not mention is the presenter's (the page shows it beside the case)
        name = next(iter(who)) if len(who) == 1 else ""
        unnamed = not self.presenter and name and not re.search(rf"\b{re.escape(name)}\b", self.case)
        return m.group("rest") if unnamed else None

    def _clause_kind(self, s: str) -> str:
        asks = s.rstrip().endswith("?")
        rest = self.asked_presenter(s)
        if rest is not None:
            if rest.startswith("of "):
                return "yn"
            # a direct question after the frame keeps its kind ("vragen: wat heb je al
            # geprobeerd?"); an embedded one ("vragen wat er nodig is") asks to tell
            kind = self._clause_kind(rest)
            return kind if kind in {"wh", "yn", "tell"} else "tell"
        core = _PREP_WH.sub("", self.core(s))
        first = core.split(" ", 1)[0] if core else ""
        if re.match(r"wie [^,]+, (die|dat|dan) ", core) and not asks:
            return "statement"  # a saying: "Wie zijn scanner niet terugzet, die hoort het van mij"
        if not asks and _FREE_RELATIVE.match(core):
            return "statement"  # "Wie later is, schuift door naar ...": whoever, a rule stated
        if not asks and _CONCESSIVE_WH.match(core):
            return "statement"  # "Wat er ook gebeurt, je blijft rustig": a concession, nothing asked
        if _NOT_A_QUESTION_WORD.match(core) and not (asks and core.startswith("waarom")):
            return "statement"  # "hoe dan ook knap", "wie weet helpt een filmpje", "waarom ook niet, ...": set phrases
        closed = cues()["TELL_CLOSED"].search(s)
        # "Hoe weet je dat ...?": "weet je dat" after a wh-word is the wh-question's own verb
        if closed and not (cues()["WH_WORDS"].match(first) and closed.group().startswith("weet")):
            return "yn"
        if cues()["TELL"].search(s) and (asks or _TELL_FORM.match(core)):
            return "tell"
        if cues()["WH_WORDS"].match(first) or _misspelt_wh(first):
            if not asks and _EXCLAMATIVE.match(core):
                return "statement"
            # a pseudo-cleft: "Wat bij mij werkte was een vaste belafspraak."; a finite modal or
            # auxiliary right after the wh-word is inversion, a main-clause question ("wat zou er
            # anders zijn als ..."), and so is a partitive ("wie van de collega's is ...")
            if not asks and re.match(r"(wat|wie|waar) (?!(is|was|zijn|waren|voor|van)\b)(?!" + _AUX + r"\b)\w+( \w+){0,5} (is|was|zijn|waren) ", core) \
                    and not _WH_VERB_SUBJECT.match(core) \
                    and not (_past_finite(core.split()[1]) and re.match(r"\w+ \w+ (die|de|het|ze|zij|jullie|hij|we|wij|u|je|jij|\d+)\b", core)):
                return "statement"
            return "wh"
        if re.match(r"\w+ (je|jij|u|jullie|ge) maar \w+", core) and not asks:
            return "statement"  # the exclamative "Moet je maar durven, ..." (verb first, "maar")
        if re.match(r"\s*(en|maar) zijn \w+\s*(\?*\s*$|,)", s):
            return "frag"  # "En zijn ouders?": the possessive, an elliptic question
        if _ELLIPTIC_PERFECT.match(core):
            return "yn"  # chat drops "heb je": "al eens geprobeerd om ...", "ooit gevraagd waarom?"
        if cues()["YN_VERBS"].match(first) and (asks or re.match(r"\w+ (je|jij|ge|gij|u|hij|ze|zij|jullie|het|er|die|de|dat|'?t)\b", core)):
            return "yn"
        if first in _AUX_BEFORE_INDEFINITE and _indefinite_subject(core):
            return "yn"  # "zou een vast moment helpen, bv ...", "mag een vakkenvuller zelf afprijzen of ..."
        if cues()["YN_VERBS"].match(first) and _of_inverted().search(core):
            return "yn"  # two inverted clauses joined by "of", no "?": "is dat jouw woord of heb je het van hen"
        if first not in NOT_VERBS and re.match(r"\w+ (jij|ge|gij)\b|\w+t je\b", core):
            return "yn"  # verb first, subject after it: "werk jij ook nachten", "zet je ..."
        if first not in NOT_VERBS and self._verb_subject(core):
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
        if tok and tok[0].is_word and verb.endswith("en") and verb not in _NOT_PLURAL_VERBS \
                and (subject in {"ze", "zij", "we", "wij", "jullie"}
                     or subject in {"die", "de", "deze", "alle", "beide", "jouw", "uw", "hun", "andere", "onze", "sommige", "er"}
                     and len(words) > 3):
            # a plural present is spelt as its infinitive: "bellen ze je op je werktel", "filmen jullie ...",
            # also before a plural noun phrase: "beginnen die 2 nieuwe instructeurs al volgende maand", or
            # before "er": "lopen er nu al vaak 3 opdrachten tegelijk"
            return True
        if tok and tok[0].is_word and subject in {"je", "jij"} and verb not in _REFLEXIVE_IMPERATIVES \
                and is_verb_stem(tok[0]):
            return True  # the stem before "je" is the inverted finite verb: "film je met ...", "bel je hem ..."
        if not tok or not tok[0].is_word or tok[0].lemma == verb or not tok[0].lemma.endswith("n"):
            return False
        if verb in {"zou", "zouden"} and subject in {"een", "zo'n", "meer", "extra", "minder"}:
            # "zou een appje nie helpen": a modal, an indefinite subject, an infinitive at the end;
            # "zou een goed idee zijn" (a predicate noun) drops its subject and states
            return words[-1].endswith("en") and words[-1] not in {"zijn", "wezen", "worden"}
        if subject in {"je", "jij", "ge", "gij", "hij", "ie", "ze", "zij", "jullie", "u", "men"}:
            return verb not in _REFLEXIVE_IMPERATIVES
        if subject == "er" and len(words) > 3 and not is_verb_stem(tok[0]):
            return True  # "kwam er op die dagen echt geen enkele klacht": a finite verb, then "er"
        if verb in {"mag", "kan", "moet", "wil", "mogen", "kunnen", "moeten", "willen"} and subject == "een" and len(words) > 3:
            return True  # "mag een nieuwe eigenlijk wel mee in de bus": a modal, then an indefinite subject
        stem = is_verb_stem(tok[0]) and verb not in FINITE_FORMS  # "weet", "moet" are finite too
        # a demonstrative or "het" after a finite verb is its subject too ("gebeurt dat
        # vaker", "speelt dit al lang"): a statement keeps its subject first (V2)
        # so can an indefinite pronoun ("bleef iedereen ...", "kwam niemand ..."), which after a
        # bare stem is its object ("Bel iedereen even op.")
        return not stem and (subject in _POSSESSIVES or subject in _DEMONSTRATIVES or subject in _INDEFINITES
                             or self._is_name(subject))

    def _is_name(self, word: str) -> bool:
        """A name: capitalised in the case or inside the text, or in capitals (HR)."""
        if word in NOT_VERBS or word in _POSSESSIVES or len(word) < 2:
            return False
        cap = re.escape(word[:1].upper() + word[1:])
        caps = re.compile(rf"(?<![.?!]\s)(?<!^)\b{cap}\b")
        # at a sentence start a capital proves nothing, but the case introduces its presenter
        # there ("Ilse is bevelvoerder."), and a capitalised word the lexicon does not know
        # opening the turn before a comma or a wh-word is one in address ("Ilse, kun je ...",
        # "Sara wat stond er ...")
        introduced = re.compile(rf"(?:^|[.?!]\s+){cap} (?:is|werkt|was|heeft)\b")
        addressed = re.match(rf"{cap}(?:\s*,|\s+(?:{cues()['WH_WORDS'].pattern}|{_FILLER.pattern})\b)", self.text.lstrip(), re.IGNORECASE) \
            and self.text.lstrip()[:1].isupper() and not nl.is_known(word)
        return bool(word.isalpha() and (caps.search(self.case_text) or caps.search(self.text)
                                        or introduced.search(self.case_text) or addressed
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


@lru_cache(maxsize=1)
def _of_inverted() -> re.Pattern:
    """"... of heb je ...": a second option that is itself a yes/no question (a verb of
    YN_VERBS, then its subject)."""
    return re.compile(rf"\bof (?:{cues()['YN_VERBS'].pattern}) (?:je|jij|jullie|u|hij|ze|zij|het|dat)\b")


# "Stel je voor", "Vraag je af": a stem before "je" that is an imperative, not an inverted verb
_REFLEXIVE_IMPERATIVES = {"stel", "verplaats", "vraag"}
# "wat een gedoe", "wat herkenbaar": an exclamation, not a question (without its "?")
_EXCLAMATIVE = re.compile(r"wat (een|zo'n|fijn|mooi|goed|knap|leuk|vervelend|lastig|rot|herkenbaar|sterk|jammer|gaaf|"
                          r"tof|slim|bijzonder|moeilijk|zwaar|frustrerend|pittig|interessant|heftig|gezellig|lief|naar|"
                          r"balen|stoer|apart|grappig|erg|fantastisch|prachtig|bizar|zonde|spannend|triest|sneu|treurig|"
                          r"vreselijk|verdrietig|beroerd)\b")
# long question words, whose chat misspellings ("hoevel", "waarm", "wanner") still open a question
_LONG_WH = ("hoeveel", "waarom", "wanneer", "waardoor", "waarmee", "waarover", "waarvoor", "hoelang", "waaraan")


# words in -en that open a clause without being its verb ("toen ze belde", "even we
# kijken"), and "laten we ...", "zullen we ...": a proposal, not a question about the case
_NOT_PLURAL_VERBS = {"toen", "even", "binnen", "buiten", "boven", "beneden", "tegen", "morgen", "open", "alleen", "samen",
                     "tussen", "geen", "een", "heen", "meteen", "zeven", "negen", "tevreden", "volgen", "laten", "zullen",
                     "mogen"}  # "mogen we ...": about the round's rules (TO_OTHERS), not about the case


def _past_finite(word: str) -> bool:
    """A past-tense finite verb ("zeiden", "deed", "vond"): after a wh-word it is the
    inversion of a main-clause question ("wat zeiden die twee die gebleven zijn ..."),
    not the subject of a pseudo-cleft ("wat bij mij werkte was ...")."""
    tok = nl.tokenize(word)
    return bool(tok and tok[0].is_word and tok[0].lemma and tok[0].lemma != word and tok[0].lemma.endswith("en")
                and re.search(r"(de|te|den|ten)$", word) and not word.endswith(("ende", "nde")))


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one deletion, insertion or substitution apart?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


@lru_cache(maxsize=512)
def _misspelt_wh(word: str) -> bool:
    """A word of five letters or more, unknown to the lexicon, one edit from a long question word."""
    return len(word) >= 5 and word.isalpha() and any(_one_edit(word, w) for w in _LONG_WH) and not nl.is_known(word)


# a tag that ends a guess typed without "?" ("..., of wel", "... toch", "..., hè")
_CHAT_TAG = re.compile(r"(?:,\s*of (?:wel|niet)|,\s*(?:hè|he|niet|nietwaar|niet waar)|\btoch)\s*$")
# "en/maar" + a determiner, a noun (with adjectives) and a relative clause that runs to the
# end: only a noun phrase, the elliptic "and what about ...?" of chat
_ELLIPTIC_RELATIVE = re.compile(r"\s*(?:en|maar) (?:de|het|die|jouw|je|zijn|haar|hun|jullie) (?:\w+ ){1,3}?"
                                r"(?:die|dat|waar\w*|met wie|bij wie) "
                                # no finite verb of a main clause after the relative one ("... was fijn")
                                r"(?![^,;:]*\b(?:is|was|waren|zijn|werd|wordt|heeft|had|lijkt|leek)\b \w)[^,;:]+$")
# first words of a subject-first statement (a pronoun or a determiner)
_SUBJECT_FIRST = {"ik", "je", "jij", "ge", "gij", "hij", "ze", "zij", "we", "wij", "jullie", "u", "het", "er", "de",
                  "die", "dat", "dit", "deze", "jouw", "zijn", "haar", "hun", "mijn", "onze", "ons", "uw"}
_POSSESSIVES = {"zijn", "haar", "hun", "jouw", "jullie", "mijn", "onze", "ons", "uw", "deze", "die", "de"}
# a wh-word, a finite verb and its subject pronoun: the word order of a main-clause question
_WH_INVERTED = (r"(?:wat|wie|hoe(?: lang| vaak| veel)?|waar|waarom|wanneer|welke \w+) \w+ "
                r"(?:je|jij|ge|gij|hij|ie|ze|zij|jullie|u|het|er|dat|die)\b")
# a wh-question with inversion after a short lead of 1-8 words (see Turn._kind);
# the lead may hold no verb of knowing or saying ("ik weet niet wat ...")
_LATE_WH = re.compile(r"^(?:(?!(?:weet|weten|snap|vraag|vroeg|zeg|zei|denk|dacht|vind|is|was)\b)[\w%-]+ ){1,8}?"
                      # not an exclamation: "goh wat ben jij toch snel", "wat heb je het mooi gedaan"
                      r"(?!wat \w+ (?:je|jij|jullie|u|hij|ze|zij) (?:toch|echt|ook|wel|zo|een|het|dat) )"
                      r"(?:wat|wie|hoe(?:veel|lang| vaak| lang)?|waarom|wanneer|waar|welke \w+) (?:\w+ )?"
                      r"(?:(?!(?:je|jij|jullie|u|ze|hij|zij)\b)\w+ (?:je|jij|jullie|u|ze|hij|zij)\b"
                      # or a finite verb of happening before "het"/"er" ("hoe goed lukt het nu")
                      r"|(?:lukt|lukte|gaat|ging|gaan|gingen|loopt|liep|verloopt|verliep|werkt|werkte|gebeurt|gebeurde"
                      r"|speelt|speelde|zit|zat|staat|stond|komt|kwam|is|was|zijn|waren) (?:het|er|dit|dat|t|'t)\b"
                      # or a plural verb before a plural subject ("hoeveel zin hebben de anderen erin")
                      r"|(?!(?:de|die|het)\b)\w+en (?:de|die|alle) \w+)")
# a clause closed by " of " and a bare option of one to three words (no subject of
# its own); _NOT_CHOICE: the asker's own view, a tip with a modal, or "of" after a
# verb of knowing ("ik weet niet of ...") make it a statement
_TAIL_CHOICE = re.compile(r"^\w+ \w+ [^,]* of (?!(?:ik|je|jij|we|wij|het|dat|die|dit|er|hij|ze|zij|u|jullie|niet)\b)"
                          r"\w+(?: \w+){0,2}\s*$")  # no full stop: typed as in a chat
_NOT_CHOICE = re.compile(r"^(?:ik|we|wij|dan|misschien)\b|\b(?:zou|zouden|kun|kunt|kan|moet|moeten|weet|weten|vraag"
                         r"|twijfel|snap|benieuwd|denk|vind)\b")


# a chat yes/no question with "heb je" left out: "al eens geprobeerd om ...", "ooit gevraagd waarom"
_ELLIPTIC_PERFECT = re.compile(r"(?:al|ooit|weleens|wel eens)(?: eens| al)? (?:geprobeerd|gedacht|gevraagd|overwogen|gekeken|gesproken|"
                               r"gebeld|gemaild|geappt|besproken|nagedacht)\b")
# a free relative "wie ..." with its verb last, then the main clause's finite verb: "Wie later is,
# schuift door", "Wie te laat komt, betaalt"; "Wie belt er, jij of ..." has the verb second
_FREE_RELATIVE = re.compile(r"wie (?:(?:de|het|een|te|niet|nog|later|eerder|als|op|in|met|voor|na|zelf|morgen|vandaag|dan|nu)\b"
                            r"[^,?]*|\w+), (?:\w+t|is|kan|mag|moet|wil|zal|gaat|krijgt)\b")
# a quotative after a comma, verb before its subject: "..., zegt de Schrift", "..., zei de chef"
_QUOTATIVE = re.compile(r"(?:zegt|zei|zeiden|zeggen|schrijft|schreef|roept|riep|zingt|sprak) (?:de|het|hij|ze|zij|men|ik|mijn|onze|een|\w+)\b")
# a wh-word, a verb and then its subject (inversion): "wat gebeurt er nu als het druk is",
# "wat doet hij dan als ..." is a main-clause question, not a pseudo-cleft ("wat hij zei was ..."); unlike
# _WH_INVERTED the word after the wh-word is no pronoun and "het" is no subject, so "Wat mij het meest
# opviel was ..." stays a statement
_WH_VERB_SUBJECT = re.compile(r"(?:wat|wie|waar) (?!(?:ik|je|jij|hij|ze|zij|we|wij|u|het|er|jullie|men|mij|me|hem|haar|ons)\b)\w+ "
                              r"(?:er|je|jij|ge|u|hij|ze|zij|we|wij|jullie)\b")
# a question quoted after a verb of saying or thinking ("Mijn dochter vroeg: 'mag ik ook?'", "Ik dacht
# meteen: waarom doen we dit niet allemaal?") reports what someone asked; "Vroeg je hem: '...?'" asks
# the presenter what was said, "Ik zou vragen: ..." hands in the question (asked_presenter), and a
# turn that opens with a wh-word asks, whatever it quotes ("Wat zeggen ze als iemand vraagt '...?'")
_QUOTED_QUESTION = re.compile(r"\b(?:vroeg|vroegen|vraagt|zei|zeiden|zegt|riep|dacht|dachten)\b(?: \w+){0,5}\s*:?\s*(?<!\w)['\"‘“](?!s\b|t\b|n\b)(?:[^'\"’”]|(?<=\w)['’](?=\w))*\?\s*(?:['\"’”]|$)"
                              r"|\b(?:ik|wij|we) (?:dacht|dachten)\b(?: \w+){0,5}\s*:\s*\w[^?]*\?")
_ASKS_WHAT_WAS_SAID = re.compile(r"\s*(?:\w+,\s*)?(?:vroeg|vroegen|zei|zeiden|dacht|dachten) (?:je|jij|u|ge|jullie)\b")
# the speaker quoting their own habit: "Vertel eens hoe het was, zeg ik altijd tegen ..."
_OWN_SAYING = re.compile(r",\s*(?:zeg|vraag) ik (?:altijd|vaak|dan|steeds|meestal)\b")
# set phrases that open with a wh-word and ask nothing: "hoe dan ook" (anyway), "wie weet"
# before a clause (perhaps; "wie weet hoe/of/dat ..." asks who knows), "waarom (ook) niet" as
# agreement before a comma (with "?" it may ask why not)
_NOT_A_QUESTION_WORD = re.compile(r"hoe dan ook\b|wie weet (?!(?:hoe|wat|wie|waar|wanneer|waarom|welke|of|dat|het|dit|er|iets|meer|nog|dan|zo)\b)\w+"
                                  r"|waarom (?:ook )?niet(?: eigenlijk| hoor| zeg)?\s*(?:,|!|\.|$)")
# a concessive wh-clause, its verb last after "ook": "hoe de indeling ook is", "wat er ook gebeurt"
_CONCESSIVE_WH = re.compile(r"(?:hoe(?: \w+)?|wat|wie|waar|wanneer|welke \w+) (?:er|de|het|een|je|jij|ge|u|ze|zij|hij|we|wij|jullie|die|dat|dit|"
                            r"deze|zijn|haar|hun|mijn|jouw|onze|uw)\b[^,?]*\book(?: \w+){1,2}\s*[.!]*(?:,|$)")


def tail_choice(core: str) -> bool:
    """Does the clause ``core`` (its "?" left off) end in an either/or in statement order,
    the second option bare ("vragen ouders het bij het hek of via de app")?"""
    return bool(_TAIL_CHOICE.search(core)) and not _NOT_CHOICE.search(core)


# auxiliaries and modals that open a yes/no question before an indefinite subject
_AUX_BEFORE_INDEFINITE = {"zou", "zouden", "is", "was", "kan", "kun", "mag", "moet", "heeft", "hebben", "wordt", "werd",
                          "komt", "kwam", "ligt", "speelt", "helpt", "werkt"}


def _indefinite_subject(core: str) -> bool:
    """Is the first clause "<aux> een/geen <noun> ... <infinitive>", the noun its
    subject? "zou een goed idee zijn" and "is een goed idee" drop the subject and
    state: with a copula the clause needs a particle before it ("zou een formulier
    niet handig zijn")."""
    words = re.split(r",| of ", core)[0].split()
    if len(words) < 3 or words[1] not in {"een", "geen"}:
        return False
    if words[0] in {"is", "was"} or words[-1] in {"zijn", "wezen", "worden"}:
        return bool(set(words[3:-1]) & {"niet", "nie", "wel", "ook", "echt", "nog", "al"})
    return words[-1].endswith("en")


# subject pronouns that point back ("dat", "dit", "het"): after a finite verb they
# make a verb-first yes/no question
_DEMONSTRATIVES = {"dat", "dit", "het", "deze"}
_INDEFINITES = {"iedereen", "niemand", "iemand"}
# a preposition before a question word ("Met hoeveel zijn jullie?", "voor welke club")
_PREP_WH = re.compile(r"^(met|van|bij|voor|naar|over|in|op|uit|aan|tot|vanaf|sinds|om|na|binnen|tegen|door|via|vanuit|tussen"
                      # or an approximation before an amount ("ca. hoeveel klanten ...", "ongeveer hoe lang ...")
                      r"|ca\.?|circa|ongeveer|zo ongeveer|grofweg|pakweg) "
                      r"(?=(wie|wat|welke|welk|hoeveel|hoe|hoeverre|waar|wanneer)\b)")
# the opening of a request to tell that needs no "?": a command, a clause of
# wondering ("ik vraag me af hoe", "ik zou graag willen weten wat"), a wish to learn
# ("Graag zou ik vernemen hoe ...", "ik hoor graag wat ...") or a modal
# question in chat style ("kun je ff uitleggen wat er gebeurde")
_TELL_FORM = re.compile(r"vertel|(leg|licht) (eens|even|nog|ons|me|mij)\b|(ik )?(ben|was) (echt |wel |heel |erg )?(benieuwd|nieuwsgierig)|mag ik vragen"
                        r"|(ik )?(vraag|vroeg) (me|mij) (\w+ )?af|(mijn|m'n) vraag (is|was)|ik (wil|zou|wilde) (\w+ ){0,3}(weten|horen|vernemen|begrijpen|snappen|vragen)\b"
                        r"|(kun|kunt|kan|wil|wilt|zou|zoudt|zouden) (je|jij|u|jullie|ge|gij)\b"
                        # the formal wish to learn, the modal or "graag" first: "Graag zou ik vernemen
                        # hoe ...", "Wij zouden graag horen wat ...", "Ik hoor graag hoe ..."
                        r"|((graag|gaarne) )?(zou|zouden|wil|wilde|willen) (ik|wij|we)\b|(wij|we) (willen|zouden|wilden)\b"
                        r"|(ik|wij|we) (hoor|horen|verneem|vernemen) (graag|gaarne)|(graag|gaarne) (hoor|horen|verneem|vernemen) (ik|wij|we)\b"
                        # second-language order "Graag ik wil weten ...", the archaic "Het zou me
                        # benieuwen hoe ...", the polite "Ik zou het op prijs stellen als u ... vertelt"
                        r"|(graag|gaarne) (ik|wij|we) (wil|zou|wilde|willen|zouden)\b|het (zou|zal) (me|mij|ons) (benieuwen|interesseren)"
                        r"|ik (zou|zal) het (erg |zeer )?(op prijs stellen|waarderen|fijn vinden) (als|indien|wanneer)\b"
                        # a hedged modal with a verb of telling and no object: "Wellicht kunt u toelichten hoe ..."
                        r"|(wellicht|misschien|eventueel) (kunt|kun|kan|wilt|wil) (u|je|jij) ((?!hem\b|haar\b|ze\b|hen\b|hun\b|die\b)\w+ ){0,2}?"
                        r"(toelichten|vertellen|aangeven|uitleggen|beschrijven|schetsen|verduidelijken) (wat|hoe|wie|waarom|welke|wanneer|waar|in hoeverre)\b")
# finite modals and auxiliaries: right after a wh-word they mark a main-clause question
_AUX = r"(?:zou|zouden|kan|kun|kunt|kunnen|moet|moeten|mag|mogen|wil|wilt|willen|heb|hebt|heeft|hebben|had|hadden|ben|bent|wordt|worden|gaat|gaan)"
# first words that are no verb, so "X je/jij/ge ..." is no verb-first question
NOT_VERBS = {"ik", "dat", "als", "of", "en", "maar", "want", "omdat", "toen", "met", "voor", "bij", "van", "naar",
              "om", "zodat", "dan", "nu", "ook", "niet", "echt", "wat", "heel", "zo", "gewoon", "misschien", "wist",
              "net", "dacht", "toch", "soms", "mooi", "goed", "fijn", "knap", "tot", "wanneer", "terwijl", "wiet"}
# a chat summary "dus ..." of the case put to the presenter to confirm, typed without "?"
# ("dus het werkt maar alleen als jij er bent", "dus niemand die meekeek is gestopt"); the
# asker's own view ("ik"), a tip (a modal) or a judging particle makes it a statement
_CHAT_DUS = re.compile(r"\s*dus (?!.*\?)")
_CHAT_DUS_NOT = re.compile(r"\b(?:ik|mijn|me|we|wij|ons|onze|gewoon|eigenlijk|toch|echt|nou|zomaar|nog steeds|alweer|moet|moeten"
                           r"|zou|zouden|kun|kunt|kan|kunnen|mag|hoef|hoeft)\b")
# "En/maar als je ...?" with no main clause: a step offered to accept or turn down
# (settled q25-t148), "?" or not; "Als je ..., dan ..." is a statement, and so is one
# whose main clause follows without a comma: a finite verb before its subject
# ("en als je dat doet werkt het beter")
_PROPOSAL_IF = re.compile(r"(?:en|maar) als (?:je|jij|ge|gij|u|jullie|we|wij) (?P<rest>[^,;:.!]*\w)\s*\?*$")
_INVERTED_SUBJECT = {"het", "er", "hij", "ze", "zij", "je", "jij", "ge", "we", "wij", "jullie", "u", "ik", "dat", "die"}


def proposal_if(s: str) -> bool:
    """Is the lowered sentence ``s`` the elliptic proposal "en als je ...(?)", with no
    main clause after its als-clause (no finite verb before a subject: "werkt het")?"""
    m = _PROPOSAL_IF.match(s)
    if not m:
        return False
    words = m.group("rest").split()
    return not any((w in FINITE_FORMS or w.endswith("t")) and nxt in _INVERTED_SUBJECT
                   for w, nxt in zip(words, words[1:]))


# a single sentence starting so is a statement, not an elliptic question
_NOT_ELLIPTIC = ("ik ", "je ", "jij ", "we ", "wij ", "het ", "dat ", "die ", "dit ", "er ", "hij ", "ze ", "misschien",
                 "dan ", "als ", "zo ", "gewoon", "wat ", "bij ons", "mijn ", "ons ", "ook ")


def quote_sentence(turn: Turn, i: int | None = None) -> str:
    if i is None:
        i = turn.asks()[0] if turn.asks() else 0
    return turn.sentence(i) if turn.spans else turn.text.strip()


def cue_hit(turn: Turn, name: str) -> list[str]:
    hit = turn.find(name)
    return [hit] if hit else []


def masked(text: str, name: str) -> str:
    """``text`` with the matches of cue list ``name`` blanked out (positions kept)."""
    return cues()[name].sub(lambda m: "_" * len(m.group()), text)


def sentence_of(turn: Turn, pos: int) -> int:
    """Index of the sentence holding text position ``pos``."""
    return next((i for i, (a, b) in enumerate(turn.spans) if a <= pos < b), len(turn.spans) - 1)
