"""Learner-facing Dutch texts of the assessors.

Kept apart from the logic so a teacher can reword them without touching the
analysis. The feedback practises what the course teaches: it says what to do
next, names what already works, and quotes the learner's own words.
"""

from __future__ import annotations

# The criteria's labels are defined once, in criteria.py; the assessors use them as fb.LABELS.
from .criteria import REQUEST_LABELS as LABELS  # noqa: F401
from .criteria import STATEMENT_LABELS  # noqa: F401

# --- overall messages for input that cannot be assessed ----------------------
EMPTY_REQUEST = "Schrijf eerst je progressieverzoek in het tekstvak."
EMPTY_STATEMENT = "Schrijf eerst je uitspraak in het tekstvak."
NOT_TEXT = "Ik kan dit niet als tekst lezen. Typ je antwoord als gewone tekst in het tekstvak."
TOO_LONG = (
    "Je tekst is {n} tekens lang. Een progressieverzoek of een uitspraak is kort: "
    "een of twee zinnen, hoogstens {max} tekens. Kies de kern en probeer het opnieuw."
)
NOT_DUTCH = (
    "Ik herken dit niet als Nederlandse tekst. Schrijf je antwoord in het Nederlands, "
    "dan kijk ik met je mee."
)
NOT_ASSESSED = "Nog niet beoordeeld: {reason}"

# --- assess_request: passed ---------------------------------------------------
POSITIVE_OK = 'Je noemt wat je wél graag ziet: "{q}". Mooi.'
POSITIVE_OK_PLAIN = "Je noemt wat je wél graag ziet. Mooi."
CONCRETE_OK_PLAIN = "Je beschrijft zichtbaar gedrag. Zo weet de ander precies wat je bedoelt."
CONCRETE_OK = 'Je beschrijft zichtbaar gedrag: "{q}". Zo weet de ander precies wat je bedoelt.'
REASON_OK = 'Je noemt een reden: "{q}". Mooi, zo snapt de ander waarom het ertoe doet.'
INVITATION_OK = 'Je stelt het als vraag: "{q}". Zo laat je de ander vrij om ja te zeggen.'
NO_BLAME_OK = "Je richt je op wat je graag wilt, zonder verwijt of etiket. Dat nodigt uit tot samenwerken."

# --- assess_request: failed ---------------------------------------------------
POSITIVE_STOP = (
    'Je schrijft "{q}": dat zegt wat je niet wilt. Beschrijf wat je wél graag ziet, '
    "bijvoorbeeld wat de ander in plaats daarvan doet, en wanneer."
)
POSITIVE_REDUCE = (
    'Je schrijft "{q}": dat vraagt om minder van iets. Noem wat je wél wilt zien, '
    "bijvoorbeeld wat de ander vaker of anders doet."
)
POSITIVE_NONE = (
    'Je schrijft "{q}": dat beschrijft wat er nu misgaat. Zeg erbij wat je wél graag ziet, '
    "dan weet de ander waar je naartoe wilt."
)
CONCRETE_VAGUE = (
    'Je schrijft "{q}": dat is een algemeen doel. Maak het zichtbaar: wat doet de ander '
    "precies, en wanneer of waar? Beschrijf wie wat doet, en op welk moment."
)
CONCRETE_NONE = (
    'Je schrijft "{q}": dat zegt wat er misgaat, maar niet wat de ander kan doen. '
    "Beschrijf wie wat doet, en op welk moment."
)
REASON_MISSING = (
    'Vertel bij "{q}" ook waarom dat belangrijk voor je is of wat het oplevert, '
    'bijvoorbeeld met "zodat ..." of "dan kan ik ...".'
)
REASON_BLAME = (
    'Je reden "{q}" gaat over wat er misging. Noem liever wat het oplevert als het lukt, '
    'bijvoorbeeld "zodat ..." of "dan kunnen we ...".'
)
INVITATION_COMMAND = (
    '"{q}" klinkt als een opdracht of een mededeling. Maak er een vraag van, '
    'bijvoorbeeld "Zou je ... willen ...?" of "Lukt het jou om ...?". '
    "Zo kan de ander zelf ja zeggen."
)
INVITATION_RHETORICAL = (
    '"{q}" is een vraag die eigenlijk een verwijt is. Stel een echte vraag naar wat je graag '
    'wilt, bijvoorbeeld "Wil je ...?".'
)
NO_BLAME_FOUND = (
    'Je schrijft "{q}": dat kan als verwijt of etiket klinken. Laat het weg en richt je op '
    "wat je voortaan graag ziet; dan hoeft de ander zich niet te verdedigen."
)

# --- assess_statement -----------------------------------------------------------
STATEMENT_OK = 'Je beschrijft wat er is of wat je wilt: "{q}". Zo past het goed in de cirkel.'
STATEMENT_STOP = (
    'Je schrijft "{q}": dat zegt wat er weg moet of stopt. Wat doe of heb je dan wél? '
    "Schrijf dat op, in je eigen woorden."
)
STATEMENT_REDUCE = (
    'Je schrijft "{q}": dat is minder van iets. Wat komt ervoor in de plaats? '
    'Bijvoorbeeld "meer rust" of wat je dan doet.'
)


def fmt(template: str, q: str = "", **kw) -> str:
    return template.format(q=q, **kw)

# --- assess_request: a text that asks nothing yet ------------------------------
ASKS_NOTHING = (
    'Je vraagt nog niets: "{q}" zegt wat er nu is of misgaat, maar nog niet wat je de ander '
    'graag ziet doen. Begin met wat je graag wilt, bijvoorbeeld "Wil je ...?".'
)
ASKS_NOTHING_REASON = 'Bij "{q}" noem je nog niet wat je graag ziet. Doe dat eerst, en vertel dan waarom het ertoe doet.'
ASKS_NOTHING_INVITATION = (
    'Bij "{q}" vraag je de ander nog niets. Noem wat je graag ziet en vraag het, '
    'bijvoorbeeld "Zou je ... willen ...?".'
)

# --- assess_request: where the learned decision overrules the rules ------------
REASON_OK_PLAIN = "Je noemt een reden. Mooi, zo snapt de ander waarom het ertoe doet."
INVITATION_OK_PLAIN = "Je stelt het als vraag. Zo laat je de ander vrij om ja te zeggen."
LEARNED_FAIL = {
    "positive": (
        'Kijk nog eens naar "{q}": staat daar wat je wél graag ziet? Beschrijf wat de ander '
        "gaat doen, in plaats van wat moet stoppen of minder moet."
    ),
    "concrete": (
        'Bij "{q}" kan de ander nog niet zien wat hij precies doet. '
        "Beschrijf wie wat doet, en op welk moment."
    ),
    "reason": REASON_MISSING,
    "invitation": (
        '"{q}" klinkt nog niet als een echte vraag. Vraag het zo dat de ander eerlijk '
        '"ja, doe ik" kan zeggen, bijvoorbeeld "Wil je ...?".'
    ),
    "no_blame": NO_BLAME_FOUND,
}

# --- assess_request: the assessor is unsure ("twijfel") -------------------------
DOUBT = {
    "positive": (
        'Ik twijfel hier. Kijk zelf naar "{q}": noem je wat de ander wél gaat doen, '
        "en niet wat moet stoppen of minder moet?"
    ),
    "concrete": (
        'Ik twijfel hier. Kijk zelf naar "{q}": kan iemand zien of horen dat het gebeurt? '
        "Staat er wie wat doet, en wanneer of waar?"
    ),
    "reason": (
        'Ik twijfel hier. Kijk zelf naar "{q}": zeg je waarom het ertoe doet of wat het '
        'oplevert, bijvoorbeeld met "zodat ..." of "dan kan ik ..."?'
    ),
    "invitation": (
        'Ik twijfel hier. Kijk zelf naar "{q}": kan de ander daar eerlijk "ja, doe ik" '
        "op zeggen, of klinkt het als een opdracht?"
    ),
    "no_blame": (
        'Ik twijfel hier. Kijk zelf naar "{q}": kan dat als verwijt klinken? Laat weg wat '
        "terugkijkt naar wat misging, en noem alleen wat je graag ziet."
    ),
}

# --- assess_compliment (a process compliment in the round bevestigen) -----------
# CPW's starters, offered as a way in: "Wat goed werkt in je aanpak is ...",
# "Wat je al hebt bereikt is ...".
EMPTY_COMPLIMENT = (
    'Schrijf eerst je compliment in het tekstvak. Je kunt beginnen met "Wat goed werkt in je aanpak is ..." '
    'of "Wat je al hebt bereikt is ...".'
)
TOO_LONG_COMPLIMENT = (
    "Je tekst is {n} tekens lang. Een procescompliment is kort: een of twee zinnen, hoogstens "
    "{max} tekens. Kies wat je het sterkst vond en probeer het opnieuw."
)
ACTION_OK = 'Je noemt wat de ander deed: "{q}". Zo weet de ander precies wat werkte.'
ACTION_NOTHING = (
    '"{q}" is nog geen compliment. Noem iets wat de inbrenger in deze casus deed, '
    'bijvoorbeeld: "Wat goed werkt in je aanpak is dat je ...".'
)
ACTION_TRAIT = (
    'Je schrijft "{q}": dat gaat over wie de ander is. Noem wat de ander deed, een stap of een keuze '
    'uit de casus, bijvoorbeeld: "Wat goed werkt in je aanpak is dat je ...".'
)
ACTION_VAGUE = (
    'Bij "{q}" weet de ander nog niet welke stap je bedoelt. Noem precies wat hij of zij deed, '
    'bijvoorbeeld: "Wat goed werkt in je aanpak is dat je ...".'
)
ACTION_NOT_CREDITED = (
    'Je schrijft "{q}": mooi, maar wat deed de inbrenger daarvoor? Noem die stap, '
    'bijvoorbeeld: "Wat je al hebt bereikt is dat ..., doordat je ...".'
)
ACTION_PERSON = (
    'Je schrijft "{q}": dat bedankt de persoon. Noem welke stap van de ander het verschil maakte, '
    'bijvoorbeeld: "Doordat je ..., komt hij nu ...".'
)
EFFECT_OK = 'Je zegt wat het opleverde: "{q}". Zo wordt de ander zich bewust van wat werkt.'
EFFECT_NOTHING = 'Bij "{q}" noem je nog geen resultaat. Zeg wat de stap van de ander opleverde, bijvoorbeeld met "daardoor ...".'
EFFECT_IMPLIED = (
    'Je schrijft "{q}". Zeg erbij wat het precies opleverde, bijvoorbeeld: "daardoor komt hij nu vaker" '
    'of "sindsdien ...".'
)
EFFECT_MISSING = (
    'Vertel bij "{q}" ook wat het opleverde: wat is er daardoor veranderd, voor de cliënt, het team '
    'of de inbrenger? Bijvoorbeeld: "..., daardoor ...".'
)
NO_STING_OK = "Je compliment staat op zichzelf, zonder kritiek, vergelijking of tip. Zo komt het helemaal aan."
_STING_TAIL = " Laat dat weg: dan blijft alleen over wat werkte, en komt je compliment helemaal aan."
STING = {
    "no_sting.contrast": 'Je schrijft "{q}": daarmee neem je een deel van je compliment terug.' + _STING_TAIL,
    "no_sting.advice": 'Je schrijft "{q}": dat is een tip. Bewaar tips voor een latere ronde.' + _STING_TAIL,
    "no_sting.comparison": 'Je schrijft "{q}": daarmee vergelijk je de ander met anderen of met jezelf.' + _STING_TAIL,
    "no_sting.condescension": 'Je schrijft "{q}": dat kan klinken alsof je het niet had verwacht.' + _STING_TAIL,
    "no_sting.failure_hint": 'Je schrijft "{q}": dat verwijst naar wat eerder niet lukte.' + _STING_TAIL,
    "no_sting.judging": 'Je schrijft "{q}": dat is een oordeel over iemand in de casus.' + _STING_TAIL,
}
# where the learned decision overrules the rules
COMPLIMENT_OK_PLAIN = {
    "action": "Je noemt wat de ander deed. Zo weet de ander precies wat werkte.",
    "effect": "Je zegt wat het opleverde. Zo wordt de ander zich bewust van wat werkt.",
    "no_sting": NO_STING_OK,
}
COMPLIMENT_LEARNED_FAIL = {
    "action": ACTION_VAGUE,
    "effect": EFFECT_MISSING,
    "no_sting": 'Kijk nog eens naar "{q}": kan dat klinken als kritiek, een tip of een vergelijking?' + _STING_TAIL,
}
COMPLIMENT_DOUBT = {
    "action": 'Ik twijfel hier. Kijk zelf naar "{q}": kan iemand die de casus kent zien welke stap van de ander je bedoelt?',
    "effect": 'Ik twijfel hier. Kijk zelf naar "{q}": zeg je in woorden wat het opleverde, meer dan "het werkt"?',
    "no_sting": 'Ik twijfel hier. Kijk zelf naar "{q}": zit er een kritiek, tip, vergelijking of verrassing in?',
}
