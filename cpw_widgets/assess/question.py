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

The rules live in modules by what they read: question_form (sentences and
their mood), question_asserting (``question``: rhetorical forms), question_open,
question_advice and question_judgement; this module combines their verdicts.
"""

from __future__ import annotations

import re

from . import question_advice, question_asserting, question_judgement, question_open
from .criteria import QUESTION_CRITERIA, QUESTION_LABELS
from .decision import decide
from .inputs import check_input
from .models import Assessment, CriterionResult
from .question_form import Turn, cues, quote_sentence

EMPTY = "Typ eerst je vraag aan de inbrenger, dan kijk ik ernaar."
ASSERTED_TO_OPEN = ("Met \"{q}\" kan de inbrenger alleen instemmen of het oneens zijn. Een open vraag begint met "
                    "wat, hoe, wie of waaraan, zodat de inbrenger gaat vertellen.")
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
        "\"{q}\" kan als een oordeel klinken. Laat dat weg en stel de vraag nieuwsgierig en neutraal.",
        "Ik twijfel of je vraag helemaal zonder oordeel klinkt. Lees hem nog eens als de inbrenger.",
    ),
}


def _first_hit(key: str, turn: Turn, checks, passed_rule: str) -> CriterionResult:
    """✗ by the first rule that fires (quoting its words), else ✓ by ``passed_rule``."""
    for check in checks:
        hit = check(turn)
        if hit:
            return _fail(key, hit[0], hit.rule)
    return _pass(key, quote_sentence(turn), passed_rule)


def check_question(turn: Turn) -> CriterionResult:
    result = _first_hit("question", turn, question_asserting.CHECKS, "question.asked")
    if result.rule in question_asserting.ASSERTING_IDS:
        turn.asserted = result.evidence[0]
    elif result.rule == "question.asked":
        turn.asserted = ""  # every asserting rule was tried and none fired
    return result


def _no_question_to_open(turn: Turn, asked: CriterionResult) -> CriterionResult:
    if turn.asserted:  # a rhetorical form is a question in form: say what it lacks
        quote = turn.asserted
        text = ASSERTED_TO_OPEN.format(q=quote)
    else:
        # a request for the asker's own benefit is the sentence to rework ("Mag ik het even
        # zien?"), not an opening remark before it
        quote = asked.evidence[0] if asked.rule == "question.own_request" else quote_sentence(turn, 0)
        text = NO_QUESTION_TO_OPEN.format(q=quote)
    return CriterionResult(False, text, QUESTION_LABELS["open"], (quote,), "open.no_question")


def check_open(turn: Turn, asked: CriterionResult) -> CriterionResult:
    if not asked.passed:
        return _no_question_to_open(turn, asked)
    return _first_hit("open", turn, question_open.CHECKS, "open.open")


def check_advice(turn: Turn) -> CriterionResult:
    return _first_hit("no_advice", turn, question_advice.CHECKS, "no_advice.none")


def check_judgement(turn: Turn) -> CriterionResult:
    return _first_hit("no_judgement", turn, question_judgement.CHECKS, "no_judgement.none")


def _pass(key: str, quote: str, rule_id: str) -> CriterionResult:
    return CriterionResult(True, FEEDBACK[key][0], QUESTION_LABELS[key], (quote,) if quote else (), rule_id)


# Feedback of a failed rule that says more than its criterion's message: why this
# turn is no question to the presenter (a rhetorical form, an answer given along,
# a joke, a question to the group, a pass), or a judgement made by the whole sentence.
_ASSERTS = ("\"{q}\" heeft de vorm van een vraag, maar je zegt er eigenlijk je eigen mening mee. Stel een vraag "
            "waarop je het antwoord nog niet weet, bijvoorbeeld \"Hoe kijk jij daar zelf naar?\".")
_ANSWERS = ("Bij \"{q}\" geef je het antwoord er zelf al bij. Stel je vraag en laat het antwoord aan de inbrenger, "
            "bijvoorbeeld \"Wat gebeurt er dan?\".")
RULE_FEEDBACK = {
    "no_judgement.rhetorical": ("\"{q}\" klinkt als je eigen oordeel in de vorm van een vraag. Stel een vraag "
                                "waarop je het antwoord nog niet weet, nieuwsgierig en neutraal."),
    "no_judgement.against_success": ("In \"{q}\" zet je wat de inbrenger doet tegenover wat al werkte. Dat kan als "
                                     "een verwijt klinken. Vraag liever nieuwsgierig wat het lastig maakt, "
                                     "bijvoorbeeld \"Wat maakt het moeilijk om dat vol te houden?\"."),
    "no_judgement.why_so": ("In \"{q}\" vraag je de inbrenger om zich te verantwoorden. Dat kan als een verwijt "
                            "klinken. Vraag liever nieuwsgierig naar hoe het gaat, bijvoorbeeld \"Hoe ziet een "
                            "gewone week er voor je uit?\"."),
    "no_judgement.sweeping_restatement": ("In \"{q}\" vat je de casus samen met je eigen oordeel erin. Vat liever "
                                          "samen met de woorden van de inbrenger en vraag dan door, bijvoorbeeld "
                                          "\"Hoe gaat het op de momenten dat het wel lukt?\"."),
    # every asserting rule, and the rhetorical cue; the answered and joke rules get their own below
    **dict.fromkeys(question_asserting.ASSERTING_IDS | {"question.rhetorical"}, _ASSERTS),
    "question.answered": _ANSWERS,
    "question.answered_if": _ANSWERS,
    "question.joke": ("\"{q}\" neem je meteen terug als grapje. Stel een vraag die je echt wilt weten, dan kan de "
                      "inbrenger er serieus op antwoorden."),
    "question.aside": ("\"{q}\" zet je zelf meteen terzijde, dus de inbrenger hoeft er niet op te antwoorden. Stel de "
                       "vraag die je echt wilt weten, bijvoorbeeld \"Wat heb je zelf al geprobeerd?\"."),
    "question.to_others": ("\"{q}\" richt zich tot de groep of de begeleider. In de vragenronde stel je je vraag "
                           "aan de inbrenger, bijvoorbeeld \"Wat heb je zelf al geprobeerd?\"."),
    "question.self": ("\"{q}\" is een vraag aan jezelf, over je eigen situatie. In de vragenronde stel je je vraag "
                      "aan de inbrenger, over de casus, bijvoorbeeld \"Hoe ziet dat er precies uit?\"."),
    "question.own_request": ("\"{q}\" is een verzoek voor jezelf. In de vragenronde stel je een vraag die de inbrenger "
                             "helpt om meer over de casus te vertellen, bijvoorbeeld \"Hoe ziet dat er precies uit?\"."),
    "question.pass": ("Met \"{q}\" sla je je beurt over. Dat mag in een echte ronde; om te oefenen stel je hier "
                      "een vraag aan de inbrenger, bijvoorbeeld \"Wie zijn er nog meer bij betrokken?\"."),
}


def _fail(key: str, quote: str, rule_id: str) -> CriterionResult:
    quote = quote.strip() or "…"
    text = RULE_FEEDBACK.get(rule_id, FEEDBACK[key][1])
    return CriterionResult(False, text.format(q=quote), QUESTION_LABELS[key], (quote,), rule_id)


def rule_verdicts(turn: Turn) -> dict[str, CriterionResult]:
    asked = check_question(turn)
    return {
        "question": asked,
        "open": check_open(turn, asked),
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
        return CriterionResult(True, FEEDBACK[key][0], ruled.label, (quote_sentence(turn),), "learned.pass", p)
    quote = next((q for q in map(lambda n: _quote_feature(turn, n), d.against) if q), "")
    quote = quote if quote and len(quote) > 2 else quote_sentence(turn)
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
        out["open"] = _no_question_to_open(turn, out["question"])
    return Assessment(out, text=text)

