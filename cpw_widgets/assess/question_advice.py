"""Rules of the ``no_advice`` criterion: a step, method or cause of the asker's own
in the turn (a disguised tip), unless the case itself names it."""

from __future__ import annotations

import re

from . import nl
from .question_form import ASK_HEAD, NOT_VERBS, Turn, cues, lowered, masked, proposal_if
from .tokens import is_verb_stem
from .rules import rule


def _in_case(turn: Turn, phrase: str, least: int = 1) -> bool:
    """Does the case mention the content words of ``phrase`` (a step it already names)?
    ``least``: how many content words the phrase needs before it can count as named."""
    if not turn.case:
        return False
    words = [w for w in re.findall(r"[a-zà-ÿ]{5,}", lowered(phrase)) if w not in _STOP]
    if len(words) < least:
        return False
    # a word counts when its first five letters occur in the case (stuurt ~ gestuurd)
    return bool(words) and sum(w[:5] in turn.case for w in words) / len(words) >= 0.75


_STOP = {"gedacht", "overwogen", "geprobeerd", "voorgesteld", "gevraagd", "eigenlijk", "zouden", "helpen",
         "misschien", "jullie", "andere", "anderen", "samen", "hebben", "heeft", "weleens"}


@rule("no_advice.tip_statement")
def _tip_statement(turn: Turn):
    # "Ik zou Sanne vragen wat ..." hands in a question for the presenter: its "ik zou"
    # is no tip of the asker's own (the frame is blanked, positions kept)
    low = turn.low
    for i, (a, b) in enumerate(turn.spans):
        if turn.asked_presenter(low[a:b]) is not None:
            m = ASK_HEAD.search(low[a:b])
            if m:
                low = low[: a + m.start()] + "_" * (m.end() - m.start()) + low[a + m.end():]
    # "Mag je in deze ronde ook een tip geven?": a question to the facilitator about the round
    # (TO_OTHERS) names "tip", gives none
    m = cues()["TIP_STATEMENT"].search(masked(low, "TO_OTHERS"))
    return [turn.text[m.start():m.end()].strip()] if m else []


# an embedded yes/no question with the presenter as subject and a perfect ("Mag ik
# vragen of u al met de coördinator heeft gesproken?"): subordinate word order puts
# the auxiliary at the end; put back in main-clause order it reads as "Heeft u al
# met de coördinator gesproken?", which the cues know
_EMBEDDED_PERFECT = re.compile(r"\bof (?P<subj>je|jij|ge|gij|jullie|u) (?P<mid>[^.?!,]*?) ?\b(?P<aux>heeft|hebt|heb|hebben)\b"
                               r"(?P<rest>[^.?!,]*)")


# the same in a question typed in statement word order, as second-language writers and
# chat do ("Jij hebt al met zijn moeder gepraat?")
_STATED_PERFECT = re.compile(r"(?:^|(?<=[.?!]) )(?P<subj>je|jij|u|jullie) (?P<aux>heeft|hebt|heb|hebben) (?P<rest>[^.?!]*)\?")


def _main_order(low: str) -> list[tuple[str, int, int]]:
    """Each embedded perfect of ``low`` in main-clause order, with its span in ``low``."""
    return [(f"{m['aux']} {m['subj']} {m['mid']}{m['rest']}", m.start(), m.end())
            for m in _EMBEDDED_PERFECT.finditer(low)] + [
        (f"{m['aux']} {m['subj']} {m['rest']}", m.start(), m.end()) for m in _STATED_PERFECT.finditer(low)]


@rule("no_advice.tip_question")
def _tip_question(turn: Turn):
    for clause, a, b in _main_order(masked(turn.low, "ADVICE_SPARE")):
        m = cues()["TIP_QUESTION"].match(clause)
        if m and m.group().startswith("he") and not _in_case(turn, clause):
            return [turn.text[a:b].strip()]
    for m in cues()["TIP_QUESTION"].finditer(masked(turn.low, "ADVICE_SPARE")):
        i, (a, b) = next(((i, s) for i, s in enumerate(turn.spans) if s[0] <= m.start() < s[1]), (0, (0, len(turn.low))))
        if m.group().startswith("heb") and turn.kinds[i] == "wh":
            continue  # "Wat heb je al geprobeerd?" asks for facts, it names no step
        if m.group().startswith("overwogen") and re.match(r"(?:wat|welke|hoe)\b", turn.core(turn.low[a:b])):
            continue  # "Wat heb je al overwogen om ...?": the wh-word is the object, the options are the presenter's
        if m.group() in {"bijvoorbeeld", "bv"} and turn.core(turn.low[a:b]).startswith("wie "):
            continue  # examples of people who may be involved ("Wie nog meer, bijvoorbeeld school?") are no step
        # the rest of the sentence is the step; a step the case mentions is no tip
        # (only its own clause: an alternative after ", of" is no part of the step)
        if m.group().startswith("heb") and _in_case(turn, re.split(r",|\bof\b", turn.low[m.start():b])[0]):
            continue
        return [turn.text[m.start():m.end()].strip()]
    return []


# the als-clause of a sentence, to its last word
_ALS_CLAUSE = re.compile(r"\bals\b.*\w")


@rule("no_advice.if_step")
def _if_step(turn: Turn):
    # the elliptic "En als je ...?" offers its als-clause as the step (settled q25-t148)
    m = cues()["IF_STEP"].search(turn.low) or next(
        (_ALS_CLAUSE.search(turn.low, *turn.spans[i]) for i in turn.asks() if proposal_if(turn.low_of(i).strip())), None)
    if not m:
        return []
    step = m.group()[m.group().rfind("als "):]
    if step.split()[-1] in _STATE_VERBS or set(step.split()[2:]) & _NOT_ACTING or _AGAIN.search(step) \
            or _ASKED_TO_TELL.match(step):
        return []  # "als je realistisch bent", "als je dienst hebt": a condition, not a step
    # with a hypothetical "zou/zouden" the step is pictured, not yet done: one shared word
    # ("als je elke dag bij de overdracht komt") places it in the case without naming it;
    # a present tense ("Hoe reageert hij als je hem belt?") asks about a habit
    hypothetical = re.match(r"(zou|zouden)\b", m.group())
    return [] if _in_case(turn, step, least=2 if hypothetical else 1) else [turn.text[m.end() - len(step):m.end()].strip()]


# "als u kunt vertellen wat ...": the presenter telling is a polite request, no step
_ASKED_TO_TELL = re.compile(r"als (?:u|je|jij) (?:\w+ )?(?:kunt|kan|wilt|wil|zou) (?:\w+ ){0,2}?(?:vertellen|toelichten|aangeven"
                            r"|uitleggen|beschrijven|schetsen)\b")
_STATE_VERBS = {"bent", "was", "weet", "wist", "denkt", "dacht", "terugkijkt", "hebt", "had"}
# a finite verb of perception or a (hypothetical) modal in the als-clause makes it a
# pictured future, no act of the presenter ("als je het zelf mocht bepalen", "als je
# vaker hoort hoe je het doet": the progress questions of CPW)
_NOT_ACTING = {"mocht", "mag", "kon", "hoeft", "hoefde", "hoort", "hoorde", "merkt", "merkte", "ziet", "zag", "voelt", "voelde"}
# an adverb of repetition in the als-clause ("als je weer iets aanbiedt") repeats a step the
# presenter already took: the case's own step, not the asker's
_AGAIN = re.compile(r"\b(?:weer|opnieuw|nog eens|nog een keer|wederom)\b")
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
# the same label negated with "geen": "Is het geen parallelproces?", "Is dat geen kwestie
# van tijd?" (not "geen probleem", "geen optie", "geen idee": a question or a tip)
_LABEL_GEEN = re.compile(r"(?:is|was) (?:het|dat|dit|t) (?:(?:gewoon|eigenlijk|misschien|ook|vooral|toevallig) )*geen "
                         r"(?!probleem|bezwaar|punt|optie|idee|tijd|zin|nood)\w+(?: \w+){0,5}")


@rule("no_advice.leading_guess")
def _leading_guess(turn: Turn):
    """A negated yes/no question that puts the asker's step or explanation on the
    table: a modal with an act ("Moet zijn moeder hem niet brengen?"), a cause
    ("Ligt het niet gewoon aan het tijdstip?"), or a label as explanation ("Is het
    niet gewoon een kwestie van motivatie?", "Is het geen parallelproces?"). A judgement of degree ("Is het niet
    een beetje veel?") offers no step and is left to no_judgement."""
    for i in turn.asks():
        if turn.kinds[i] != "yn":
            continue
        core = turn.core(turn.low_of(i)).rstrip(" ?.!")
        if any(_LABEL_GEEN.fullmatch(c) for c in _suffixes(core)):
            return [turn.sentence(i)]
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


# a yes/no question that opens with a verb of cause and its pointing subject ("Komt
# dat door ...?", "Ligt het misschien aan ...?", "Is dat omdat ...?"), also as an
# either/or of two causes: the asker's explanation put forward for a yes. A
# wh-question ("Waar komt dat door?") asks the presenter's own explanation.
_CAUSE_GUESS = re.compile(r"^(?:(?:komt|kwam|ligt|lag) (?:het|dat|dit|t) (?:(?:misschien|mss|vooral|eerder|ook|soms|dan"
                          r"|eigenlijk|gewoon|meer|juist|alleen|niet) )*(?:door(?! de week| het jaar)|doordat|aan)"
                          r"|(?:is|was) (?:het|dat|dit|t) (?:(?:misschien|mss|vooral|eerder|ook|soms|dan|eigenlijk"
                          r"|gewoon|meer|juist|alleen|niet) )*omdat)\b")


# the same verb of cause after a modal, as an infinitive at the end ("Zou het aan zijn werk
# kunnen liggen?", "Kan dat komen door de drukte?")
_CAUSE_MODAL = re.compile(r"^(?:zou|zouden|kan|kon|kunnen|zal) (?:het|dat|dit|t) (?:\w+ )*?"
                          r"(?:(?:aan|door) (?P<cause>[^?,]*?) (?:\w+ )?(?:liggen|komen)\b|(?:liggen|komen) (?:door|aan) (?P<cause2>[^?,]*))")
# two causes to choose from in a closed question, each with a causal preposition or
# conjunction: "Bleef iedereen vanwege de soep of vanwege het ongeval?"
_CAUSE_CHOICE = re.compile(r"\b(?:vanwege|door|doordat|omdat|wegens|dankzij) [^?,]*? of (?:\w+ )?(?:vanwege|door|doordat|omdat|wegens|dankzij)\b(?! de week\b)")


# a closed question about the case with a causal clause of the asker's own: "Lezen ze de
# briefjes niet omdat ze de taal niet goed beheersen?" (not with "of", which names both
# options, nor "ooit", which asks after an event)
_CAUSE_CLAUSE = re.compile(r"\b(?:omdat|doordat)\b(?P<cause>[^?,]+)")


@rule("no_advice.cause_guess")
def _cause_guess(turn: Turn):
    """A yes/no question that offers a cause of the asker's own ("Komt dat door de
    drukte of door de planning?", "Is dat omdat hij moe is?", "Zou het aan de drukte
    kunnen liggen?"), unless the case names that cause."""
    for i in turn.asks():
        core = turn.core(turn.low_of(i)).strip()
        if turn.kinds[i] not in {"yn", "frag"}:
            continue
        m = _CAUSE_GUESS.match(core)
        if m and not _in_case(turn, core[m.end():]):
            return [turn.sentence(i)]
        m = _CAUSE_MODAL.match(core)
        if m and not _in_case(turn, m.group("cause") or m.group("cause2") or ""):
            return [turn.sentence(i)]
        m = _CAUSE_CHOICE.search(core)
        if m and turn.kinds[i] in {"yn", "frag"} and not _in_case(turn, m.group()):
            return [turn.sentence(i)]
        m = _CAUSE_CLAUSE.search(core)
        if m and turn.kinds[i] == "yn" and not re.search(r"\bof\b|\b(ooit|weleens|wel eens)\b", core) \
                and not _in_case(turn, m.group("cause")):
            return [turn.sentence(i)]
    return []


_CAUSAL = re.compile(r"\b(omdat|doordat|want|door)\b")


@rule("no_advice.stated_cause")
def _stated_cause(turn: Turn):
    """The asker's explanation stated and handed over for confirmation: a statement
    with a causal clause and a tag or "?" ("Hij zegt af omdat hij moe is, toch?").
    A tag after a plain fact stays no tip (settled q01)."""
    for i in turn.asks():
        s = turn.low_of(i)
        if turn.kinds[i] == "statement_q" or re.search(r",\s*(toch|hè|he|of niet|niet|nietwaar|niet waar)\s*\?+\s*$", s):
            if _CAUSAL.search(s):
                return [turn.sentence(i)]
    return []


# "Zou het zinvol zijn om X te doen?": a yes/no question with anticipatory "het",
# (also without it, in second-language Dutch: "Is beter als jij hem belt?")
# an adjective of advisability and the act extraposed (om te / als) asks the
# presenter to approve the asker's step; an adjective of feeling ("Is het lastig
# om nee te zeggen?") asks how the presenter experiences it and is no proposal
_ADVISABLE = re.compile(r"(?:^(?:zou|zouden|is|was|wordt|lijkt|zijn)(?: (?:het|t))?|\bof (?:het|t)) (?:\w+ ){0,3}?"
                        r"(?:(?:zinvol|verstandig|raadzaam|nuttig|handig|slim|effectief|praktisch|haalbaar|wenselijk"
                        r"|mogelijk)(?:er)?|beter|makkelijker|een optie|een idee|een oplossing)"
                        r"(?: \w+){0,3}? (?P<act>(?:om|als|wanneer)\b[^?]*)")


# the same without its verb, in a bare phrase with "?" ("Wellicht een idee om hem eerst
# te bellen?", "misschien handig als je ...?")
_ADVISABLE_BARE = re.compile(r"^(?:(?:wellicht|misschien|mss|eventueel|mogelijk|anders) )?(?:(?:niet |nog )?(?:zinvol|verstandig"
                             r"|raadzaam|nuttig|handig|slim|effectief|praktisch)(?:er)?|beter|makkelijker|een optie|een idee"
                             r"|een oplossing|een suggestie) (?P<act>(?:om|als)\b[^?]*)")


@rule("no_advice.advisable_act")
def _advisable_act(turn: Turn):
    """A question whether the asker's act would be wise or useful ("Zou het
    wellicht zinvol zijn om de klant terug te bellen?", "is t nie handiger als je
    m mailt", also embedded: "Ik vraag me af of het niet verstandiger zou zijn om
    ..."), unless the case names that act."""
    for i in turn.asks():
        core = turn.core(turn.low_of(i)).strip()
        m = _ADVISABLE.search(core) if turn.kinds[i] == "yn" else _ADVISABLE_BARE.match(core)
        if m and turn.kinds[i] in {"yn", "frag"} and not _in_case(turn, m.group("act")):
            return [turn.sentence(i)]
    return []


# a yes/no question whose subject is an indefinite noun phrase (a new thing, brought in
# by the asker) and whose predicate is a verb of benefit or an adjective of use: "Zou een
# vaste checklist niet een hoop tijd schelen?", "Helpt een wekker niet?", "zou zo'n app
# nie handig zijn". The indefinite article introduces the asker's own means; a definite
# subject ("Zou de sms van toen nog helpen?") or a person ("Zou Mark het lastig vinden?")
# points back to the case or asks about someone's view.
_PROPOSED_MEANS = re.compile(
    r"^(?:zou|zouden|helpt|werkt|scheelt|zal)(?: (?:het|t|dat) niet)? (?P<means>(?:een|zo'n|zulke|meer|minder|extra|nog een|andere?) [^?]*?)"
    r"(?: (?:niet|nie))?(?: \w+){0,5}? (?:helpen|werken|schelen|opleveren|uitmaken|verschil maken"
    r"|(?:(?:wat|veel|een stuk|nog|niet|nie|al) )*(?:handig|handiger|zinvol|nuttig|beter|makkelijker|slimmer|praktischer"
    r"|een optie|een idee|een oplossing) zijn)"
    r"|^(?:helpt|werkt|scheelt) (?P<means2>(?:een|zo'n|zulke|meer|minder|extra|nog een|andere?) [^?]*?)(?: (?:niet|nie))?(?: \w+){0,3}$"
    # the means extraposed after anticipatory "het": "Zou het niet een hoop schelen als je ...?"
    r"|^(?:(?:zou|zouden) (?:het|t) (?:niet |nie )?(?:\w+ ){0,3}?(?:helpen|schelen|opleveren|verschil maken)"
    r"|(?:helpt|scheelt) (?:het|t) (?:niet |nie )?(?:\w+ ){0,3}?)"
    r" ?(?P<means3>(?:als|om|wanneer) [^?]+?)(?<! is)(?<! zijn)(?<! was)(?<! waren)(?<! heeft)(?<! had)$")


@rule("no_advice.proposed_means")
def _proposed_means(turn: Turn):
    """A yes/no question that proposes a new means of the asker's own ("Zou een vaste
    belafspraak niet helpen?"), unless the case names it."""
    for i in turn.asks():
        if turn.kinds[i] != "yn":
            continue
        core = turn.core(turn.low_of(i)).strip(" ?.!")
        m = _PROPOSED_MEANS.match(core)
        # the means and what follows it, without the verb of benefit
        group = next((g for g in ("means", "means2", "means3") if m and m.group(g)), "")
        if m and not _in_case(turn, core[m.start(group):].rsplit(" ", 1)[0] if group != "means3" else m.group(group)):
            return [turn.sentence(i)]
    return []


# a why-question ("Waarom ...", "Waardoor ...", "Hoe komt het dat ...") asks the presenter's
# own explanation; a yes/no question after it in the same turn, about someone else
# or the situation, hands over the asker's answer to it ("Waarom eten ze niet? Zijn
# ze misselijk?", "Waarom maken ze fouten, is het inwerken te kort?")
_WHY = re.compile(r"(?:waarom|wrm|waardoor|hoe komt (?:het|dat))\b")
_PRESENTER = {"je", "jij", "ge", "gij", "u", "jullie", "we", "wij", "ik"}


def _guess_after_why(turn: Turn, i: int) -> str:
    """The yes/no question after why-question ``i`` (a later sentence or a clause
    after its comma) whose subject is not the presenter, or ""."""
    clauses = [(c, turn.sentence(i)) for c in re.split(r",\s*", turn.low_of(i).strip())[1:]]
    clauses += [(turn.low_of(j).strip(), turn.sentence(j)) for j in range(i + 1, len(turn.spans)) if turn.kinds[j] == "yn"]
    for clause, quote in clauses:
        core = turn.core(clause)
        words = core.split()
        if len(words) > 2 and turn._clause_kind(core.rstrip("?") + "?") == "yn" and words[1] not in _PRESENTER \
                and not cues()["TELL"].search(core) and " of " not in f" {core} ":
            return quote
    return ""


@rule("no_advice.why_answered")
def _why_answered(turn: Turn):
    """A why-question answered by the asker in the same turn with a yes/no guess
    (RULEBOOK, no_advice: "a guess at the cause is the asker's answer"); a follow-up
    about the presenter ("Heb je dat gemerkt?") or an either/or is left to other rules."""
    for i in turn.asks():
        core = turn.core(turn.low_of(i))
        if turn.kinds[i] == "wh" and _WHY.match(core) or turn.kinds[i] == "tell" and _WHY.search(core):
            quote = _guess_after_why(turn, i)
            if quote and not _in_case(turn, quote):
                return [quote]
    return []


# the asker's step told outright in a statement: an imperative ("Neem hem gewoon mee
# naar de bakker.") or a deontic "moet" with the presenter or a role as subject ("Ik
# denk jij moet ...", "Een penningmeester moet nu eenmaal streng zijn."); "nu eenmaal"
# marks a norm as given; "dat moet je zelf weten" leaves the choice to the presenter
_DEONTIC = re.compile(r"\b(?:(?:je|jij|u|jullie|ge|gij) (?:moet|moeten|moest|moesten)|(?:moet|moeten) (?:je|jij|u|jullie))\b(?! (?:het |dat )?(?:zelf |toch )?weten\b)"
                      r"|\bmoet(?:en)? [^.?!,]*\bnu eenmaal\b|\bnu eenmaal [^.?!,]*\bmoet(?:en)?\b")
# a modal statement that offers the act to the presenter: "Jij kan ook een briefje maken.",
# "Wellicht kunt u het in de nieuwsbrief zetten.", "Beter jij zegt het direct." (second-
# language order), "Het bestuur zou hier een besluit over moeten nemen."; a plain "Je kunt
# goed luisteren" (ability, no adverb of suggestion) is no step
_SUGGESTION = re.compile(r"\b(?:je|jij|u|jullie|ge) (?:kan|kunt|kunnen|zou|zouden|mag|mogen)\b[^.?!]*"
                         r"\b(?:ook|beter|best|eens|gewoon|wellicht|misschien|mss|eventueel|even)\b"
                         r"|^(?:wellicht|misschien|mss|eventueel|anders|beter) (?:kan|kun|kunt|kunnen|zou|zouden|mag|moet|moeten) (?:je|jij|u|jullie|ge)\b"
                         r"|^beter (?:je|jij|u|jullie)\b"
                         r"|\bzou(?:den)? [^.?!]*\bmoeten\b(?! weten)")
# a modal of possibility with a verb of telling and a wh-word, no object of its own: a
# request to tell ("Wellicht kunt u toelichten hoe ..."); "kun je hem vertellen hoe ..." is a step
_POLITE_TELL = re.compile(r"\b(?:kunt|kun|kan|wilt|wil) (?:u|je|jij) (?:(?!hem\b|haar\b|ze\b|hen\b|hun\b|die\b|iedereen\b)\w+ ){0,2}?"
                          r"(?:toelichten|vertellen|aangeven|uitleggen|beschrijven|schetsen|verduidelijken) "
                          r"(?:wat|hoe|wie|waarom|welke|wanneer|waar|in hoeverre)\b")
_AFTER_IMPERATIVE = {"hem", "haar", "ze", "het", "ook", "eens", "toch", "gewoon", "zelf", "even",
                     "er", "daar", "vaker", "meer", "samen", "elke", "iedere", "alle", "jezelf", "uzelf"}


def _imperative(core: str) -> bool:
    """Does ``core`` open with a verb stem and then an object or particle ("neem hem",
    "bel toch", "vraag gewoon")? Stems of long vowels are undoubled ("neem" - nemen)."""
    words = core.split()
    if len(words) < 3 or words[1] not in _AFTER_IMPERATIVE or words[0] in NOT_VERBS | {"wat", "hoe", "ga", "dank", "wees", "stel"}:
        return False
    w = words[0]
    undoubled = w[:-3] + w[-2:] if len(w) > 3 and w[-3] == w[-2] and w[-2] in "aeou" else w
    base = undoubled[:-1] + {"f": "v", "s": "z"}.get(undoubled[-1], undoubled[-1])
    tok = nl.tokenize(w)
    return bool(tok) and (is_verb_stem(tok[0]) or (w != base and nl.is_known(base + "en")))


@rule("no_advice.told_step")
def _told_step(turn: Turn):
    """A statement that tells the presenter what to do (RULEBOOK, no_advice: "a tip
    stated outright"): an imperative or a deontic "moet"; a question with "moet"
    asks and is left to the question rules."""
    for i, kind in enumerate(turn.kinds):
        low = turn.low_of(i)
        core = turn.core(low).strip(" .!")
        if re.match(r"\w+ (?:je|jij|u|jullie) maar \w+", core):
            continue  # the exclamative "Moet je maar durven, ...": admiration, no step
        if _POLITE_TELL.search(core):
            continue  # "Wellicht kunt u toelichten hoe ...": the presenter asked to explain, no step
        if kind == "statement" and (_DEONTIC.search(low) or _SUGGESTION.search(core) or _imperative(core)):
            return [turn.sentence(i)]
        # a chat line in verb-first order without "?" read as a question may still be the
        # second-language "Beter jij zegt ..."
        if kind == "yn" and not low.rstrip().endswith("?") and core.startswith("beter ") and _SUGGESTION.match(core):
            return [turn.sentence(i)]
    return []


# a closed question whether a measure is in place that the case does not mention (settled
# q14-t040, the impersonal "Heb je al ... geprobeerd"): the presenter or the place having
# "een vast(e) ..." (plek, sjabloon, inwerkplan: "heb je", "is er"; not "heeft hij een vaste
# baan"), the presenter using a means ("gebruik je een ..."), or "ergens op/in ..." as the place
# the asker has in mind ("stonden die vragen ergens op papier?"; an either/or names both)
_MEASURE = re.compile(r"^(?:(?:(?:heb|hebt|hebben) (?:je|jij|jullie|u|ge)|(?:is|zijn|was|waren) er)\b[^?]*?"
                      r"\b(?:een|geen) (?P<fixed>vaste? \w+)"
                      r"|(?:gebruik|gebruikt|gebruiken) (?:je|jij|jullie|u|ge) (?P<used>een \w+)"
                      r"|\w+ (?:je|jij|jullie|u|ze|zij|hij|die|de|het)\b[^?]*?\b(?P<place>ergens (?:op|in|aan|bij) (?:\w+ ){0,2}\w+))")


@rule("no_advice.measure_in_place")
def _measure_in_place(turn: Turn):
    for i in turn.asks():
        if turn.kinds[i] not in {"yn", "frag"}:
            continue
        core = turn.core(turn.low_of(i)).strip(" ?.!")
        m = _MEASURE.match(core)
        if m and m.group("place") and re.search(r"\bof\b", core[m.start("place"):]):
            continue  # "ergens op papier of alleen op dat bord": both options named, a fact question
        what = m and (m.group("fixed") or m.group("used") or m.group("place"))
        if what and not _in_case(turn, what.split(" ", 1)[-1]):
            return [turn.sentence(i)]
    return []


# the rules of the criterion, in the order they are tried (the first that fires decides)
CHECKS = (_tip_question, _modal_proposal, _leading_guess, _cause_guess, _stated_cause, _advisable_act, _if_step, _tip_statement,
          _why_answered, _told_step, _proposed_means, _measure_in_place)
