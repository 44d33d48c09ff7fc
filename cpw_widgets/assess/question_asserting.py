"""Rules of the ``question`` criterion: is the turn a question to the presenter,
or does it pass, address others, or assert in the form of a question
(rhetorical and sarcastic forms read from word order and modal particles)?"""

from __future__ import annotations

import re

from .cues import ADDRESSEE_ANY, FINITE_FORMS
from .question_form import Turn, cue_hit, cues, proposal_if, quote_sentence, sentence_of, tail_choice
from .rules import rule


@rule("question.pass")
def _passes(turn: Turn):
    hit = turn.find("PASS")
    return [hit] if hit and not any(turn.kinds[i] in {"wh", "tell", "yn"} for i in turn.asks()
                                    if not cues()["PASS"].search(turn.low_of(i))) else []


@rule("question.to_others")
def _to_others(turn: Turn):
    return cue_hit(turn, "TO_OTHERS")


# A question with the speaker as its subject ("hoe zou ik dat bij ons doen", "zou ik dat
# volhouden", "waar haal ik de tijd vandaan"), or "ik vraag me af" around one ("ik vraag me af
# of ik zelf het geduld zou hebben"); "mag ik", "kan ik" ask leave (own_request, a real question)
_SELF_ASK = re.compile(r"^(?:(?:hmm+|ik zit te denken|ik denk nu|ik dacht)\W+)?(?:(?:hoe|wat|waar|wanneer|waarom)(?: \w+)? )?"
                       r"(?:zou|zouden|doe|doen|deed|krijg|haal|regel|pak|aanpak|heb|had|ben|was)"
                       r" (?:ik|wij|we)\b(?! (?:als team|met (?:z'n|zijn) allen)\b)")
_SELF_WONDER = re.compile(r"\b(?:ik vraag me|vraag ik me) (?:\w+ )?af,? (?:of|hoe|wat|waar|wanneer) (?:ik|wij|we)\b")
# marks that the speaker thinks aloud about their own place: "vraag ik me af", "moet ik eens
# proberen", "bij ons", "mijn eigen", "voor mezelf"
_SELF_MARK = re.compile(r"\b(?:vraag ik me (?:\w+ )?af|ik vraag me (?:\w+ )?af|moet ik (?:eens|maar|zelf|nog)|daar moet ik|"
                        r"voor mezelf|ik zit te denken|ik denk nu|bij ons|mijn eigen|onze eigen|in mijn|bij mijn|met mijn|"
                        r"mijn \w+ (?:op|in|bij)|ik weet het niet eens|eerlijk gezegd|ik denk het (?:niet|wel)|"
                        r"(?:ik|wij|we) (?:\w+ )?zelf)\b")
# the presenter addressed: the shared lexicon and the Flemish "ge", "gij"
_YOU = ADDRESSEE_ANY | {"ge", "gij"}


def _to_you(sentence: str) -> bool:
    return bool(set(re.findall(r"\w+", sentence)) & _YOU)


@rule("question.self")
def _self_musing(turn: Turn):
    """The speaker thinking aloud about their own situation ("Hoe zou ik dat bij ons in de
    drogisterij doen, vraag ik me nu af.") asks the presenter nothing about the case
    (RULEBOOK, question: a question to the case presenter, for information about the case).
    A question to the presenter beside it ("je", "jij") keeps the turn a question."""
    wonder = {i for i in range(len(turn.spans)) if _SELF_WONDER.search(turn.low_of(i))}
    mine = sorted(wonder | {i for i in turn.asks() if _SELF_ASK.match(turn.core(turn.low_of(i)).strip())})
    if not mine or not (wonder or _SELF_MARK.search(turn.low)):
        return []
    if any(i not in mine and turn.kinds[i] in {"wh", "tell", "yn"} and _to_you(turn.low_of(i)) for i in turn.asks()):
        return []
    if any(_to_you(turn.low_of(i)) for i in mine):
        return []  # "hoe zou ik dat aan jou moeten vragen": still to the presenter
    return [turn.sentence(mine[0])]


# "Mag ik het na de sessie even zien?", "Mag ik er ook een paar van?", "Mag ik iets zeggen in plaats
# van vragen?": leave for something the asker wants; not asking leave to ask ("Mag ik vragen hoe ...")
_OWN_REQUEST = re.compile(r"(?:\w+, )?(?:mag|kan) ik (?![^?]*\b(?<!plaats van )(?:vragen|vraag|vraagje|stellen|delen|weten|informeren|"
                          r"hypothese|checken|nagaan)\b)[^?]+\?")


@rule("question.own_request")
def _own_request(turn: Turn):
    """A request for the asker's own benefit, and no other question in the turn:
    it asks the presenter for nothing about the case."""
    mine = [i for i in turn.asks() if _OWN_REQUEST.match(turn.low_of(i).strip())]
    if mine and all(i in mine or turn.kinds[i] not in {"wh", "tell", "yn"} for i in turn.asks()):
        return [turn.sentence(mine[0])]
    return []


@rule("question.rhetorical")
def _rhetorical(turn: Turn):
    # a real wh-question or request to tell in another sentence keeps the turn a question; the
    # asserting sentence itself never counts ("Serieus, binnen 10 minuten?? Hoe dan" asks;
    # "Serieus, moet je anno 2026 nog uitleggen dat ...?" and "Maar goed, wie ben ik." do not).
    # Every cue is tried: in "serieus 40?? wie heeft dat bedacht 😅" the second one asserts.
    for m in cues()["RHETORIC"].finditer(turn.low):
        own = sentence_of(turn, m.start())
        if not any(turn.kinds[i] in {"wh", "tell"} and i != own for i in turn.asks()):
            return [turn.text[m.start():m.end()].strip()]
    return []


def _sincere_question(turn: Turn) -> bool:
    """Does the turn hold an open question or a request to tell? Then an asserting
    sentence beside it does not make the turn rhetorical."""
    return any(turn.kinds[i] in {"wh", "tell"} for i in turn.asks())


# the asker's own comment on what they asked: no first person ("Ik vraag het omdat"),
# no hedge that leaves the answer open ("misschien")
_OWN_VIEW = re.compile(r"\s*(ik|mijn|want|omdat|vraag|even)\b")
_HEDGE = re.compile(r"\b(misschien|mss|denk ik|lijkt me(?! sterk)|volgens mij)\b")  # "dat lijkt me sterk": disbelief, no hedge


# the asker's disbelief, also in the first person: "Ik kan het bijna niet geloven", "Dat
# klinkt te mooi om waar te zijn"
_DISBELIEF = re.compile(r"\b(?:(?:kan|kon) (?:ik )?(?:het |dat |me dat |me het |me )?(?:bijna |haast |nauwelijks )?niet "
                        r"(?:geloven|voorstellen)|geloof (?:ik|het) (?:bijna |haast |echt )?niet|te mooi om waar te zijn)\b")


def _comment_after(turn: Turn, i: int, disbelief_only: bool = False) -> str:
    """The first statement after sentence ``i`` that comments on it as the asker's
    own assertion, or "" (with ``disbelief_only``: only a comment of disbelief)."""
    for j in range(i + 1, len(turn.spans)):
        s = turn.low_of(j)
        if turn.kinds[j] != "statement" or not re.search(r"\w{2,}", s):
            continue
        if _DISBELIEF.search(s) or not disbelief_only and not _OWN_VIEW.match(s) and not _HEDGE.search(s):
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
        # (a guess closed by the tag "toch?" checks it: the comment after it supports
        # the guess but answers nothing, settled q18)
        # ("En de patiënten zonder smartphone? Die heb je ook.": "en" adds a point and the statement
        # says why it is asked; only disbelief after it answers: "En dat werkte bij elke klas? Dat
        # klinkt te mooi om waar te zijn.")
        linked = bool(re.match(r"\s*(en|maar|of)\b", turn.low_of(i)))
        if (turn.kinds[i] in {"statement_q", "frag"}
                and not _checking_tag(turn, turn.low_of(i).strip())
                # an either/or asks the presenter to pick ("de zin was in het Nederlands of in het
                # Engels? Veel guests spreken Engels.": the comment says why the asker asks)
                and not tail_choice(turn.core(turn.low_of(i)).rstrip(" ?"))):
            comment = _comment_after(turn, i, disbelief_only=linked)
            if comment:
                return [comment]
    return []


def _why_answerable(core: str) -> bool:
    """A deliberative why-question with "zou" and without a negation ("Waarom zou
    je dat willen?": why would anyone): the statement after it can answer it. A
    plain "Waarom wil je ...? Er zijn toch ..." still asks the presenter's reason
    (q19, a batch the rule was not written from: 0 of 3 right); "Waarom doe je niet
    X? Dat werkte toch." proposes X and gives the reason for it: still a question
    (settled q01)."""
    return bool(re.match(r"waarom (zou|zouden)\b", core)) and not re.search(r"\b(niet|nie|geen|nooit)\b", core)


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


# a closed question that offers a step: "Zou het helpen als ...", "Kan het ook
# telefonisch ...", "Kun je ... niet ...", "Kunnen ze het niet ..."
# (also another doer: "Kunnen de instructeurs dat niet zelf doen?", and a step asked after:
# "Heb je het al met de apotheker besproken?")
STEP_OFFER = re.compile(r"(?:en |maar )?(?:zou het (?:niet )?(?:helpen|handig|goed|slim|werken)\b"
                         r"|kan het (?:ook|niet)\b|(?:kun|kunt|kan) (?:je|jij|u) |kunnen (?:ze|zij|jullie|we|wij) "
                         r"|(?:kan|kunnen) (?!(?:het|dat|dit)\b)(?:[\w'-]+ ){1,5}?(?:niet|ook) "
                         r"|(?:heb|hebt) (?:je|jij|u) (?:\w+ ){0,3}?al\b"
                         # handing the step to someone else: "Waarom laat je de leerkracht dat niet regelen?"
                         r"|waarom laat (?:je|jij|u) (?:[\w'-]+ ){1,5}?niet\b)")


@rule("question.answered")
def _answered(turn: Turn):
    """A closed or why-question whose answer the asker states at once with "toch"
    or "nou eenmaal" (settled q01): "Is één keer niet genoeg? Hij weet het toch
    al.", "Waarom zou je dat willen? Het gaat toch goed."."""
    if any(turn.kinds[i] in {"wh", "tell"} and not _why_answerable(turn.core(turn.low_of(i)))
           for i in turn.asks()):
        return []
    for i in turn.asks():
        if STEP_OFFER.match(turn.core(turn.low_of(i))):
            continue  # "Zou het helpen als ...? Die zijn toch ...": a step offered with its reason (no_advice), still asked
        # also with "?": "Ze komen toch ook zo op tafel?" keeps statement word order
        # a statement closed by the tag "toch" checks a fact ("die zijn zwaar toch"), it asserts nothing
        found = _stated_after(turn, i, {"statement", "statement_q"},
                              lambda s: _ASSERT_PARTICLE.search(s.strip()) and not _HEDGE.search(s.strip())
                              and not _checking_tag(turn, s.strip()))
        if found:
            return found
    return []


def _stated_after(turn: Turn, i: int, kinds: set[str], says) -> list:
    """The first sentence after sentence ``i`` of one of ``kinds`` whose lowered
    text ``says`` holds for, as the quote; [] when there is none."""
    for j in range(i + 1, len(turn.spans)):
        if turn.kinds[j] in kinds and says(turn.low_of(j)):
            return [turn.sentence(j)]
    return []


# a tag that names the other answer ("..., of niet?", "..., of wel?", "..., niet?"),
# or a closing "toch" after a subject-first statement ("jullie zitten daar een jaar
# toch"): the asker checks the guess before it, it does not assert it
_OPEN_TAG = re.compile(r",\s*(?:of )?(?:niet|wel|nie)\s*\?*$")
_CLOSING_TOCH = re.compile(r"\btoch\s*\?*$")


def _checking_tag(turn: Turn, s: str) -> bool:
    """A subject-first statement closed by its only "toch" ("jullie zitten daar een
    jaar toch"): the tag checks the guess before it."""
    return bool(_CLOSING_TOCH.search(s) and turn.subject_first(s) and len(re.findall(r"\btoch\b", s)) == 1)


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
               for j in turn.asks() if j != i):
            # a yes/no question after it asks what the presenter knows ("X toch? Wordt daar
            # ooit ...?"); one before it is the question, and the "toch" adds the asker's
            # reason ("Is de leerplichtambtenaar al ingeschakeld? Bij zoveel verzuim moet dat toch?")
            continue
        if (turn.kinds[i] in {"statement_q", "frag"} and re.search(r"(?<=\w) (toch|nou)\b(?! eenmaal)", s)
                and not _OPEN_TAG.search(s) and not proposal_if(s)  # "En als je nou ...?" offers a step
                and not _checking_tag(turn, s)):
            return [turn.sentence(i)]
    return []


# "Wie <finite verb> (er) nou ...?": the "who on earth" question states that nobody
# does it ("Wie doet er nou zoiets?"); "nou eigenlijk/precies" asks for the fact and
# a superlative ("het meest") asks to pick someone, so those stay questions (q07)
_WHO_NOU = re.compile(r"^wie \w+ (?:er |dat |dit |zoiets |het )?nou\b(?! (?:eigenlijk|precies|concreet))"
                      # "who ever said that ...": "Wie zegt (er) nou dat ...", "Wie heeft ooit beweerd dat ..."
                      # (a particle is needed: "Wie zei dat?" asks who)
                      r"|^wie zegt (?:er )?(?:nou|eigenlijk|dan) dat\b"
                      r"|^wie \w+ (?:er )?(?:nou |eigenlijk )?ooit (?:gezegd|beweerd|bedacht|bepaald|besloten) dat\b")
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


# the same bare wh-question closed by "dan" after the asker's own reason and "dus"
# ("Ze krijgen niks betaald, dus wat verwacht je dan?"): the reason is the answer
_DUS_WH_DAN = re.compile(r"\w[^?]*,\s*dus (?:wat|wie|waarom|hoe) \w+ (?:je|jij|ge|gij|jullie|u|hij|ze|zij|we|wij)"
                         r" (?:dan|anders)\s*\?*\s*$")


@rule("question.rhetorical_ook")
def _rhetorical_ook(turn: Turn):
    """A bare wh-question with the particle "ook" ("Wat verwacht je ook?", RULEBOOK:
    "Wat verwacht je dan ook?") expects no answer, nor does one closed by "dan"
    after a reason and "dus"; another sincere question in the turn keeps the turn
    a question."""
    hits = [i for i in turn.asks() if turn.kinds[i] in {"wh", "tell"}
            and (_WH_OOK.match(turn.core(turn.low_of(i))) or _DUS_WH_DAN.match(turn.low_of(i).strip()))]
    if not hits or any(j not in hits for j in turn.asks()):
        return []
    return [turn.sentence(hits[0])]


# a tag that asks the listener to agree: ", toch?", ", hè?", ", of niet?", formal ", nietwaar?"
_AGREE_TAG = re.compile(r",\s*(?:toch|hè|he|hé|of niet|niet dan|nietwaar|niet waar)\s*\?+\s*$")
# a degree word fronted before an adjective: "Wel erg makkelijk ...", "Zo simpel is het"
_DEGREE_FRONT = re.compile(r"^(?:wel |toch )?(?:erg|heel|zo|best|nogal|behoorlijk|te|wel|lekker) (\w+)")
# a norm: "moet", "zou ... moeten", "hoort erbij" ("Het moet echt dezelfde dag zijn, toch?" checks the
# case's own rule and stays a question: only with "gewoon" or "eigenlijk" is it the asker's norm)
_NORM = re.compile(r"\b(?:moet|moeten|hoort|horen)\b|\b(?:zou|zouden)\b[^,]*\bmoeten\b")
# praise opening the clause without a subject: "Mooi bedacht met die maatjes", "Knap gedaan",
# "Slim dat je ..." (an evaluation put up for agreement, like a fronted degree word)
_PRAISE_FRONT = re.compile(r"^(?:echt |wel |heel |zo )?(?:mooi|knap|sterk|slim|handig|prachtig|geweldig|leuk|fijn|top|super|"
                           r"schoon|straf|goed|briljant|geniaal)(?: \w+)?(?: bedacht| gedaan| geregeld| gevonden| opgelost|"
                           r" met\b| dat\b| om\b|\s*$)")


def _evaluative(turn: Turn, clause: str) -> bool:
    """Is ``clause`` an evaluation rather than a fact: a fronted degree word before
    an adjective ("Zo simpel is het", "Wel erg makkelijk om ...") or a verb-first
    exclamative ("Moet je maar durven") - not a subject-first statement."""
    core = turn.core(clause)
    if _PRAISE_FRONT.match(core):
        return True
    if _NORM.search(core) and re.search(r"\b(?:gewoon|gwn|eigenlijk)\b", core) or re.search(r"\btoch\b[^,]*\bgewoon\b", core):
        return True  # "Die nachtploeg moet dat toch gewoon zelf kunnen, of niet?": a norm put up for agreement
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


# a minimiser in a "Dus ..." restatement ("Dus ze stoppen zomaar?"), or an "only if"
# ("Dus het telt pas als ...?"): the asker sums up the case as their verdict. Not
# "gewoon": in a restatement it also means "as usual" (held-out batches said so)
_DUS = re.compile(r"^\s*dus\b")
_MINIMISER = re.compile(r"\b(?:zomaar|alleen maar|pas\b[^,?]*\b(?:als|wanneer))\b")


@rule("question.dus_verdict")
def _dus_verdict(turn: Turn):
    """A "Dus ..." restatement in statement word order with a minimiser ("zomaar",
    "alleen maar") or an "only if" ("pas ... als") sums the case up as the
    asker's verdict and asks nothing; a plain "Dus ...?" check of what was said
    stays a question, so does a turn with an open question besides it."""
    if _sincere_question(turn):
        return []
    for i in turn.asks():
        s = turn.low_of(i)
        if turn.kinds[i] in {"statement_q", "frag"} and _DUS.match(s) and _MINIMISER.search(s):
            return [turn.sentence(i)]
    return []


# the resigned modal particle "maar" right after the subject or object ("doet maar wat",
# "moet jij het maar oplossen", "liet je ze maar terugkomen"); not "maar" = "only" before
# a quantity ("maar één keer", "maar even") nor "zeg maar"
_RESIGNED_MAAR = re.compile(r"\b(?:je|jij|ge|ze|zij|wij|we|hij|het|hen|hem|u|doet|doen|deed|deden)\s+maar\b"
                            r"(?!\s+(?:één|een|eentje|twee|drie|vier|vijf|tien|even|weinig|kort|half|\d))")


# a wh-word opening the sentence (after "dus", "en", "maar"): a real open question, not the
# indefinite "wat" of "doet maar wat"
_WH_START = re.compile(r"\s*(?:(?:dus|en|maar|oké|ok),?\s+)?(?:wat|wie|waar\w*|hoe\w*|waarom|wanneer|welke?)\b")


@rule("question.resigned_maar")
def _resigned_maar(turn: Turn):
    """A question in statement word order with the resigned particle "maar"
    ("Dus de rest doet maar wat en jij mag het oplossen?", "Twintig adressen erbij
    en dan moet jij het maar oplossen?") states the asker's verdict on how things
    go and asks nothing (also after "Dus" in question word order: "Dus als ze niet
    komen, gaan wij maar naar hen toe?"). A question in question word order ("Laat
    je het dan maar gaan?"), two options ("... of laat je het maar gaan?") or an
    open question beside it stays a question."""
    if any(turn.kinds[i] in {"wh", "tell"} and _WH_START.match(turn.low_of(i)) for i in turn.asks()):
        return []
    for i in turn.asks():
        s = turn.low_of(i)
        if not _RESIGNED_MAAR.search(s) or " of " in s:
            continue  # "gebeurt er dan iets of laat je het maar gaan?": two options offered, a question
        if turn.kinds[i] in {"statement_q", "frag", "wh"} or turn.kinds[i] == "yn" and _DUS.match(s):
            return [turn.sentence(i)]
    return []


# a statement after a conditional wh-question that opens with "dan" gives the answer
# itself ("Wat gebeurt er als ...? Dan merkt hij ..."); "ik" in it is the asker's motive
_THEN_ANSWER = re.compile(r"\s*dan \w+ (?!ik\b|we\b|wij\b)")


@rule("question.answered_if")
def _answered_if(turn: Turn):
    """A wh-question with an "als"-clause whose consequence the asker states at once
    ("Wat gebeurt er als je hem laat liggen? Dan merkt hij het vanzelf.") answers
    itself; "Dan weet ik ..." (the asker's motive) or another question does not."""
    asks = turn.asks()
    for i in asks:
        if turn.kinds[i] != "wh" or not re.search(r"\bals\b", turn.low_of(i)):
            continue
        core = turn.core(turn.low_of(i))
        if re.match(r"(?:en |maar )?(?:wat als|hoe zou het (?:zijn|gaan|werken) als)\b", core) \
                or re.match(r"(?:en |maar )?(?:waarom|wrm)\b", core) and re.search(r"\b(?:niet|nie|geen)\b", core):
            # "Wat als je ...? Dan ...", "Hoe zou het zijn als ...? Dan ...", "Waarom zet je het niet
            # als ...? Dan ...": a step with its reason (no_advice), still asked
            return []
        later = range(i + 1, len(turn.spans))
        if any(j in asks for j in later):
            return []
        return _stated_after(turn, i, {"statement"},
                             lambda s: _THEN_ANSWER.match(s) and not re.search(r"\b(ik|mij|me|mijn)\b", s))
    return []


# a clause of wondering whose "of"-clause is negated ("Ik vraag me af of het niet
# eigenlijk gaat om ..."): like a negated yes/no question it expects "ja", so the
# formal hedge states the asker's own view. "wel of niet", "of niet" name both answers.
_WONDER_NOT = re.compile(r"\b(?:vraag|vroeg) (?:me|mij) (?:\w+ ){0,3}af,? of\b(?P<clause>[^?.!]*)")
_NEGATED = re.compile(r"\b(?:niet|geen)\b(?! (?:meer|alleen)\b)")


@rule("question.wonder_not")
def _wonder_not(turn: Turn):
    """A negated "ik vraag me af of ... niet eigenlijk ..." puts the asker's view
    forward in a hedge (formal register): it asserts, it does not ask. Without the
    particle "eigenlijk" the labellers read "Ik vraag me af of het niet gewoon aan
    de cliënten ligt" as a request to tell (RULEBOOK, settled q16; 2 of 3 train
    texts). With "wel of niet", a
    hedge that leaves it open ("misschien") or another open question beside it, it
    stays a question."""
    if _sincere_question(turn):
        return []
    for i in range(len(turn.spans)):
        m = _WONDER_NOT.search(turn.low_of(i))
        if m and re.search(r"\bwel\b", m.group("clause")) and not re.search(r"\bwel of niet\b", m.group("clause")) \
                and any(re.search(r"\bnatuurlijk\b", turn.low_of(j)) and turn.kinds[j] == "statement" for j in range(i)):
            # "Dertig is natuurlijk veel te veel. Ik vraag me af of dat wel vol te houden is.": the
            # doubting "wel" expects "nee", and the asker gave the ground as obvious (settled q64-t122)
            return [turn.sentence(i)]
        if (m and _NEGATED.search(m.group("clause")) and re.search(r"\beigenlijk\b", turn.low_of(i))
                and not re.search(r"\bwel of niet\b|\bof niet\b", m.group("clause"))
                and not _HEDGE.search(turn.low)):  # "..., maar misschien is dat te groot": an open guess
            return [turn.sentence(i)]
    return []


# a norm put as a question: "sinds wanneer" before a modal of permission or duty or a
# noun of duty denies the norm ("Sinds wanneer is het onze taak om ...?"). "Sinds wanneer
# werkt hij daar?" and "Is het de taak van ...?" ask, and so does the leading "Is het niet
# (gewoon) de verantwoordelijkheid van ...?": the rulebook reads "Is X niet gewoon Y?" as a
# guess put up for confirmation (question 1, settled q11, q31-t067; agreed q39-t053, q62-t125).
_DUTY = r"(?:taak|verantwoordelijkheid|plicht|job|werk|bedoeling)"
_NORM_CLAIM = re.compile(
    r"^sinds wanneer (?:(?:mag|mogen|moet|moeten|hoef|hoeft|hoeven)\b|(?:is|zijn) (?:het|dat) (?:\w+ ){0,2}(?:"
    + _DUTY + r"|normaal)\b)"
    # the particle of doubt "überhaupt" before a duty of the presenter denies it ("Is het
    # überhaupt jouw taak om ...?")
    # ("Is het (eigenlijk) wel jouw taak ...?" stays a question: agreed q35-t066, settled q71-t094)
    r"|^(?:is|was) (?:het|dat) (?:eigenlijk )?(?:überhaupt|uberhaupt) (?:jouw|je|uw|jullie|onze) " + _DUTY + r"\b")


@rule("question.norm_claim")
def _norm_claim(turn: Turn):
    """A question that denies a norm ("Sinds wanneer mag/is het onze taak ...?", "Is
    het überhaupt jouw taak ...?") states the asker's view;
    another sincere question in the turn keeps the turn a question."""
    hits = [i for i in turn.asks() if _NORM_CLAIM.match(turn.core(turn.low_of(i)))]
    if not hits or any(j not in hits for j in turn.asks()):
        return []
    return [turn.sentence(hits[0])]


# a sentence after the question that takes it back as a joke ("Grapje.", "Geintje!")
_JOKE = re.compile(r"\s*(?:(?:haha|hihi|nee)\W*)?(?:grapje|geintje|grap|geintje hoor|grapje hoor|just kidding)\W*(?:haha\W*)?$")


@rule("question.joke")
def _joke(turn: Turn):
    """A question taken back at once as a joke ("..., of ging jij als eerste naar huis?
    Grapje.") expects no sincere answer; another open question keeps the turn a question."""
    asks = turn.asks()
    if not asks or _sincere_question(turn):
        return []
    later = [j for j in range(asks[-1] + 1, len(turn.spans)) if _JOKE.match(turn.low_of(j))]
    # the feedback quotes the jab itself, not the "Grapje." that takes it back
    return [turn.sentence(asks[-1])] if later else []


# the asker sets the question aside at once: "..., maar dat terzijde", "Maar ik dwaal af."
_ASIDE = re.compile(r"(?:^|[,;]\s*|\s)(?:maar |maar goed,? )?(?:dat (?:is |even |helemaal )?terzijde|ik dwaal af)\W*$")


@rule("question.aside")
def _aside(turn: Turn):
    """A question the asker sets aside at once ("Ik vraag me af of het aan de kaartjes lag,
    maar dat terzijde.") is not put to the presenter (settled q16-t143); a question asked
    after the aside is (settled q53)."""
    asks = turn.asks()
    for j in range(len(turn.spans)):
        if _ASIDE.search(turn.low_of(j).strip()) and (j in asks or any(i < j for i in asks)) \
                and not any(i > j for i in asks):
            first = next(i for i in asks if i <= j)
            return [turn.sentence(first)]
    return []


@rule("question.none")
def _no_question(turn: Turn):
    return [] if turn.asks() else [quote_sentence(turn, 0)]


# the rules that read a question as an assertion, in the order check_question tries them
ASSERTING = (_rhetorical_who, _rhetorical_ook, _asserting_toch, _evaluative_tag, _answered, _echo_comment,
              _mock_sequence, _dus_verdict, _resigned_maar, _answered_if, _wonder_not, _norm_claim, _joke, _aside)
ASSERTING_IDS = {"question.rhetorical_who", "question.rhetorical_ook", "question.asserting_toch",
                  "question.evaluative_tag", "question.answered",
                  "question.echo_comment", "question.mock_sequence", "question.dus_verdict", "question.resigned_maar",
                  "question.answered_if", "question.wonder_not", "question.norm_claim", "question.joke", "question.aside"}


# the rules of the criterion, in the order they are tried (the first that fires decides)
CHECKS = (_passes, _to_others, _self_musing, _own_request, _no_question, _rhetorical, *ASSERTING)
