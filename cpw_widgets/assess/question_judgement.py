"""Rules of the ``no_judgement`` criterion: a judging word, a minimiser, disbelief,
sarcasm or a question that asserts the asker's own view."""

from __future__ import annotations

import re

from .question_asserting import ASSERTING, STEP_OFFER
from .question_form import Turn, cues, masked, sentence_of
from .rules import rule


_NEGATION = re.compile(r"\s*(niet|niks|niets|geen|nooit)\b")


def _content_particle(turn: Turn, m: re.Match) -> bool:
    """Is the particle ``m`` (echt, toch, nog steeds) part of what is asked or told,
    not the asker's attitude? Dutch puts the attitude particle of doubt in the
    middle field of a closed question ("Is hij echt ...?", "Dat kan toch ...?");
    inside an open question it qualifies the content asked about ("Wat maakt dat
    ze nog steeds komen?", "Waarom houden ze toch vast aan papier?"), and in a
    statement "echt" only stresses ("echt een aanrader")."""
    word = m.group().strip()
    i = sentence_of(turn, m.start())
    kind = turn.kinds[i] if turn.spans else "statement"
    sentence = turn.low_of(i).strip(" .?!") if turn.spans else ""
    if word == "echt":
        return sentence != "echt" and kind in {"wh", "tell", "statement"}
    if word == "toch" and _CLOSING_TAG.search(sentence) and len(re.findall(r"\btoch\b", sentence)) == 1:
        # a closing tag on a subject-first statement of fact checks the guess ("jullie werken
        # daar twee jaar, toch?"); with a word that plays the matter down, weighs or explains
        # it, it asks for agreement
        return kind in {"statement_q", "statement"} and turn.subject_first(sentence) and not _PLAYS_DOWN.search(sentence)
    if word == "toch" and _SUBORDINATE_TOCH.search(turn.low, 0, m.end()):
        return True  # "een plek waar ze toch al kijken", "als ze toch al bij je lopen": "anyway", "all the same"
    if word == "toch" and i > 0 and kind == "statement" and STEP_OFFER.match(turn.core(turn.low_of(i - 1))) \
            and turn.subject_first(sentence) and not _EVALUATIVE_START.match(sentence):
        # "Kunnen de instructeurs dat niet zelf doen? Die zien hun leerlingen toch de dag ervoor.": the
        # reason for a step offered (no_advice judges the step), a fact, not a verdict
        return True
    if word == "nog steeds" and kind == "yn":
        # "Doe je het nog steeds met het whiteboard?", "Zijn die vier er nog steeds bij?": whether the
        # case's step or result lasts, a fact to check; "en nog steeds niet?" keeps its verdict
        return not _NEGATION.search(sentence)
    if word == "toch" or word == "nog steeds":
        return kind in {"wh", "tell"} and not _NEGATION.match(turn.low, m.end())
    return False


# "toch" inside a subordinate clause (after its conjunction or relative adverb, with no break
# between): the adverb "anyway" or "all the same", part of what is said, not the asker's attitude
# also after a "zonder" phrase: "dagen dat het zonder jou toch goed ging" ("nevertheless", an exception asked about)
_SUBORDINATE_TOCH = re.compile(r"\b(?:als|waar|waarop|waarin|waarbij|terwijl|wanneer|toen|zodat|zonder)\b[^,.;:?!]{0,40}\btoch$"
                               # a relative after the step: "die na de koffie toch uitvielen" (nevertheless)
                               r"|\bdie\b[^,.;:?!]{0,30}\b(?:met|na|ondanks|zonder|door)\b[^,.;:?!]{0,30}\btoch$")
# a statement that weighs rather than tells a fact: "Dat is toch ...", "Het werkte toch"
_EVALUATIVE_START = re.compile(r"(?:dat|dit|het|da's|das|dan)\b(?: \w+)? (?:is|was|werkt|werkte|zou|lijkt|zegt|kan|moet)\b|(?:dat|da)'?s\b")
# "toch" as the last word of a sentence: a tag ("..., toch?", chat "... toch")
_CLOSING_TAG = re.compile(r"\btoch\s*[?!.]*$")
# words that play the presenter's concern down, weigh it or explain it: then the tag asks
# for agreement with the asker's view
_PLAYS_DOWN = re.compile(r"\b(?:omdat|doordat|want|eigenlijk|geen probleem|niet zo|zo erg|wel|maar|gewoon|best|nogal|heel|erg|te|overdreven"
                         r"|makkelijk|moeilijk|lastig|zwaar|logisch|normaal)\b")


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
    low = _QUOTED.sub(lambda m: "_" * len(m.group()), masked(turn.low, "JUDGE_SPARE"))
    m = cues()["JUDGE_WORDS"].search(low)
    return [turn.text[m.start():m.end()].strip()] if m else []


# a negated copular yes/no question ("Is het niet ...?", "Ben jij niet ...?") expects
# "ja": it puts the asker's view forward for the presenter to confirm
# ("Is het probleem niet dat ...?" has a noun subject: it names a cause, no_advice)
_EXPECTS_YES = re.compile(r"^(?:maar |en |dus )?(?:(?:is|was) (?:het|dat)|(?:ben|bent|was) (?:je|jij|ge|gij|u)(?: \w+){0,2}?"
                          r"|(?:vind|vindt) (?:je|jij|ge|gij|u)(?: (?:het|dat|dit))?(?: zelf)?(?: ook)?)"
                          r" niet\b(?! (?:meer|alleen|zo erg|erg)\b)"
                          # a comparative "eerder/meer een ..." offers another explanation (no_advice);
                          # "niet X of niet Y" names two options
                          r"(?! (?:eerder|meer|vooral|juist) (?:een|de|het|dat)\b)(?! \w+ of niet\b)")


@rule("no_judgement.expects_yes")
def _expects_yes(turn: Turn):
    """A negated copular yes/no question expects "ja" and so states the asker's own
    view of the presenter or the case (settled q01, q05, q07: "Is het niet een beetje
    veel gevraagd ...?"); "Is het probleem niet dat ...?" names a cause (no_advice)."""
    for i in turn.asks():
        if turn.kinds[i] == "yn" and _EXPECTS_YES.match(turn.core(turn.low_of(i))):
            return [turn.sentence(i)]
    return []


# the unstressed particle "wel" of doubt in a yes/no question, clustered with "eigenlijk"
# or a degree word ("is dat eigenlijk wel zo ...", "werkt hij wel hard genoeg"): the
# asker expects "nee". "wel eens" (ever) and "wel of niet" (both options) differ.
_DOUBT_WEL = re.compile(r"\beigenlijk wel\b(?! (?:eens|of)\b)|\bwel (?:zo|\w+ genoeg|genoeg)\b|\bwel\b(?! (?:eens|of)\b)[^,?]*\beigenlijk\b"
                        # "Is het wel jouw taak om ...?": doubt that the duty is the presenter's (settled q71-t094)
                        r"|\b(?:is|was) (?:het|dat) wel (?:jouw|je|uw|jullie) (?:taak|verantwoordelijkheid|werk|job|rol)\b")


@rule("no_judgement.doubt_wel")
def _doubt_wel(turn: Turn):
    """A yes/no question (or an embedded "of" question) with the particle of doubt
    "wel" next to "eigenlijk" or a degree word expects "nee": it voices the asker's
    doubt about the presenter or the case ("Heb je eigenlijk wel gezegd wat je
    verwacht?"); "Komt hij wel eens te laat?", "wel of niet" and a question of
    permission ("Mag een nieuwe eigenlijk wel mee?") ask."""
    for i in turn.asks():
        s = turn.low_of(i)
        closed = turn.kinds[i] == "yn" or re.search(r"\bof\b", s)
        m = _DOUBT_WEL.search(s) if closed else None
        if m and re.match(r"\s*(?:mag|mogen|mocht|mochten)\b", turn.core(s)):
            continue  # "Mag dat eigenlijk wel, filmen met ...?": asks whether it is allowed, no doubt about anyone
        if m:
            return [turn.sentence(i)]
    return []


# the modal particle "nu" before "precies" in a question about a past event ("Waaraan
# merkte je nu precies dat ...?"): the past tense rules out the adverb of time, so "nu"
# is the particle of impatience or doubt, the polite form of "nou" (settled q07, q19)
_NU_PRECIES = re.compile(r"\bnu precies\b")
# (an attributive "-de"/"-te" word after a determiner is an adjective or a superlative:
# "de komende maanden", "het belangrijkste")
_PAST = re.compile(r"(?<!\bde )(?<!\bhet )(?<!\been )(?<!\buw )(?<!\bje )(?<!\bjouw )(?<!\bzijn )(?<!\bhaar )(?<!\bhun )"
                   r"\b(?:\w{2,}(?:de|te)|was|waren|had|hadden|deed|deden|zei|zeiden|kwam|kwamen|ging|gingen|zag|zagen"
                   r"|gebeurde|vond|vonden|wist|wisten|kreeg|kregen|liep|liepen|stond|stonden)\b")


@rule("no_judgement.nu_precies")
def _nu_precies(turn: Turn):
    """The particle "nu" in "nu precies" in a question about a past event voices
    doubt that the presenter can back up what they say."""
    for i in turn.asks():
        s = turn.low_of(i)
        m = _NU_PRECIES.search(s)
        if m and _PAST.search(s[:m.start()] + s[m.end():]):
            return [turn.sentence(i)]
    return []


@rule("no_judgement.rhetorical")
def _rhetorical_judgement(turn: Turn):
    """A question that asserts instead of asking (the rhetorical forms of the
    question criterion) is sarcasm or a rhetorical reproach (RULEBOOK, no_judgement)."""
    if turn.asserted is None:  # not yet known from the question criterion
        turn.asserted = next((hit[0] for hit in map(lambda check: check(turn), ASSERTING) if hit), "")
    return [turn.asserted] if turn.asserted else []


# a why-question that sets what the presenter does against the success of the case:
# "Waarom stop je daar dan mee, als het werkt?" (settled q23-t146)
_AGAINST_SUCCESS = re.compile(r"\b(?:waarom|wrm)\b[^.?!]*\b(?:als|terwijl) het (?:toch |zo |zo goed |goed |wel )?"
                              r"(?:werkt|werkte|lukt|lukte|hielp|helpt)\b")


@rule("no_judgement.against_success")
def _against_success(turn: Turn):
    """Asking why the presenter stops or does not go on "als het werkt" presents
    their aim as illogical: a reproach without a judging word."""
    for i in turn.asks():
        if _AGAINST_SUCCESS.search(turn.low_of(i)):
            return [turn.sentence(i)]
    return []


# a "Dus ..." restatement that sums the case up in sweeping terms: an absolute ("altijd",
# "nooit", "niets", "niemand"), a norm put on someone ("Dus (eigenlijk) moet ..."), or
# the presenter's aim renamed as "de oplossing"
_SWEEPING = re.compile(r"^(?:en |maar )?dus\b(?:[^?]*\b(?:altijd|nooit|niets|niks|niemand)\b"
                       r"|(?: eigenlijk)? (?:moet|moeten)\b|(?: eigenlijk)? de oplossing (?:is|was)\b"
                       # neglect ("laat je het liggen", "laten versloffen") and a fault named as the cause
                       r"|[^?]*\b(?:laat|laten|liet|lieten)\b[^?]*\b(?:liggen|versloffen|verslappen|schieten)\b"
                       r"|[^?]*\bomdat\b[^?]*\b(?:niet|geen)\b)")


@rule("no_judgement.sweeping_restatement")
def _sweeping_restatement(turn: Turn):
    """A "Dus ...?" restatement in sweeping terms puts the asker's reading of the case
    forward as its summary: "Dus als er ruzie is, ligt het altijd aan Jeroen?", "Dus
    eigenlijk moet de griffie jouw huiswerk doen?", "Dus de oplossing is dat we ... ?".
    A summary that checks the facts ("Dus die ene week was er geen ruzie?") asks."""
    for i in turn.asks():
        m = _SWEEPING.search(turn.low_of(i).strip())
        # "altijd" is also a plain fact when the case itself speaks of it ("sinds jij belt altijd
        # op tijd", a case with "nog niet altijd"); "nooit", "niets", "niemand" sweep anyway
        if m and not (m.group().endswith("altijd") and re.search(r"\baltijd\b", turn.case)):
            return [turn.sentence(i)]
    return []


# a why-question about the presenter's own doing with "dan ook" or an excess ("zo vol",
# "zoveel"): "Waarom plan je je agenda dan ook zo vol?"; "Waarom denk je dat ...", "Waarom
# werkte het zo goed" ask for reasons
_WHY_SO = re.compile(r"^(?:maar |en )?(?:waarom|wrm) (?!denk|dacht)\w+ (?:je|jij|u|ge)\b[^?]*"
                     r"\b(?:dan ook|zoveel|zo veel|zo (?:vol|erg|druk|lang|laat|kort|streng|moeilijk|lastig|zwaar|veel))\b")


@rule("no_judgement.why_so")
def _why_so(turn: Turn):
    """A why-question that asks the presenter to account for doing too much or for
    what they brought on themselves ("dan ook") reproaches (settled q19-t146)."""
    for i in turn.asks():
        if _WHY_SO.search(turn.core(turn.low_of(i))):
            return [turn.sentence(i)]
    return []


# the rules of the criterion, in the order they are tried (the first that fires decides)
CHECKS = (_against_success, _judging, _judging_word, _rhetorical_judgement, _expects_yes, _doubt_wel, _nu_precies,
          _sweeping_restatement, _why_so)
