"""Cue lists for the assessors, as data.

Every entry is matched on a token or its simplemma lemma (never as a substring),
and always inside the clause it stands in (see nl.py). Multi-word cues are
tuples matched as consecutive tokens. The comments say why a cue is here, so a
maintainer can judge a new one against the method (CPW: positive, concrete,
with a reason, as a question, without reproach).
"""

from __future__ import annotations

# --- clause structure -------------------------------------------------------

SUBJECT_PRONOUNS = {"je", "jij", "u", "jullie", "we", "wij", "ik", "hij", "zij", "ze", "het", "men"}
ADDRESSEE = {"je", "jij", "u", "jullie"}

# A negation inside a condition ("als je niet kunt komen") describes a situation,
# not the wanted behaviour; so these clauses are outside the "positive" scope.
CONDITION_OPENERS = {
    "als", "wanneer", "zolang", "zodra", "indien", "mits", "tenzij", "voordat",
    "nadat", "totdat", "terwijl", "sinds",
}

# Openers of a clause that says why the request matters or what it brings.
REASON_OPENERS = {"omdat", "zodat", "want", "doordat", "opdat", "aangezien", "waardoor", "zodoende"}

# Relative clauses describe someone or something ("de bewoners die niet zelf
# kunnen eten"), not the asked behaviour.
RELATIVE_OPENERS = {"die", "wie", "waar", "waarin", "waarmee", "waarop", "welke"}

# After these words an "als" clause is the content of the wish, not a condition:
# "Ik zou het fijn vinden als je ..." asks for what follows.
COMPLEMENT_AFTER = {"fijn", "prettig", "blij", "waarderen", "handig", "fijner", "prettiger", "graag"}

# --- positive: what to stop, avoid or reduce --------------------------------

# Plain negations. "niet alleen ... maar ook" is excluded in request.py.
NEGATIONS = {"niet", "geen", "nooit", "niemand", "niets", "niks", "nergens", "nimmer"}

# Verbs (lemmas) whose meaning is to stop, avoid or reduce something.
STOP_VERBS = {
    "stoppen",      # "stoppen met" (needs "met"/"ermee", see request.py)
    "ophouden",     # "ophouden met ..."
    "vermijden",    # names what to avoid, not what to do
    "voorkomen",    # an avoid-goal ("voorkomen dat ...") when it is the request
    "nalaten",
    "afleren",
    "verminderen",
    "beperken",
    "afbouwen",
    "afblijven",
}
# Reductions: "minder" (and "minst") say less of the unwanted, not what instead.
REDUCTIONS = {"minder", "minst"}

# --- concrete: vague aims instead of observable behaviour --------------------

# Evaluative adjectives and nouns (matched on lemma, so "professioneler" ->
# "professioneel"): they name a quality the speaker wants, not what the other
# would visibly do. Trait words double as labels, see BLAME_LABELS.
VAGUE_WORDS = {
    "professioneel", "positief", "negatief", "betrekken", "betrokken", "betrokkenheid",
    "actief", "proactief", "zorgvuldig", "vriendelijk", "respect", "respectvol",
    "flexibel", "serieus", "volwassen", "kinderachtig", "egoïstisch", "chaotisch",
    "sociaal", "enthousiasme", "enthousiast", "inzet", "initiatief",
    "verantwoordelijkheid", "houding", "motivatie", "gemotiveerd", "normaal",
    "aanstellen", "dramatisch", "kortaf", "lui", "slordig", "onbetrouwbaar",
    "onverschillig", "gestrest", "zeuren", "zeur", "gezeur", "geklaag", "gezanik",
    "opletten", "communiceren", "samenwerken", "meedenken", "verbeteren",
    "veranderen", "verkeerd", "gedragen", "attent", "behulpzaam", "collegiaal",
    "alert", "beter", "nergens", "niets", "niks", "fout", "chaoot",
    "sfeer",  # "de sfeer verpesten / goed voor de sfeer" names a climate, not an act
}
# Phrases that sound like behaviour but leave open what to do.
VAGUE_PHRASES = [
    ("je", "best"), ("jullie", "best"), ("mijn", "best"), ("zijn", "best"),
    ("rekening", "houden"), ("rekening", "hou"), ("rekening", "houdt"),
    ("iets", "aan", "doen"), ("er", "iets", "aan"),
    ("moeilijk", "doen"), ("moeilijk", "te", "doen"),
    ("wat", "we", "afspreken"), ("wat", "we", "afgesproken"),
]
# "aan de afspraken houden": a lemma pair anywhere in the clause.
VAGUE_LEMMA_PAIRS = [("afspraak", "houden")]

# --- reason: what the request brings ----------------------------------------

# In a sentence or clause that starts with "dat/dit/het", these verbs say what
# the asked behaviour brings ("Dat scheelt veel werk", "Dat helpt ons").
BENEFIT_VERBS = {
    "helpen", "schelen", "geven", "maken", "houden", "zorgen", "leiden",
    "voorkomen", "betekenen", "motiveren", "opleveren", "besparen", "verpesten",
    "werken", "voelen",
}
# After "dat/dit ... is/zou zijn": a benefit judgement ("Dat is goed voor de sfeer").
BENEFIT_ADJECTIVES = {"goed", "beter", "fijn", "prettig", "belangrijk", "handig", "nodig", "veilig", "makkelijk"}

# --- invitation: asking the other, as a question ----------------------------

# A sentence or clause that opens with one of these verbs followed by an
# addressee ("Wil je", "Zou u", "Lukt het", "Zullen we") is a question, even
# without "?" (the learner may forget it).
QUESTION_VERBS = {"willen", "zullen", "kunnen", "mogen", "lukken", "hebben", "zijn", "vinden", "gaan"}
# Wh-words that open an invitation ("Wat vind je ervan ...", "Hoe zou je ...").
WH_WORDS = {"wat", "hoe", "wanneer", "welke", "wie", "waar"}
# Questions that reproach rather than ask.
RHETORICAL = [("hoe", "vaak"), ("waarom",), ("is", "het", "nou"), ("moet", "ik"), ("hoe", "komt", "het")]

# Markers that a sentence directs the other (so it is the request, even when it
# is a command rather than a question).
DIRECTIVE_WORDS = {"graag", "alsjeblieft", "alstublieft", "aub", "voortaan", "svp"}
DIRECTIVE_PHRASES = [
    ("ik", "wil", "dat"), ("ik", "wil", "graag"), ("ik", "verwacht"), ("het", "is", "de", "bedoeling"),
    ("ik", "wil", "je", "vragen"), ("vanaf", "nu"), ("in", "het", "vervolg"), ("je", "moet"),
    ("jullie", "moeten"), ("jij", "moet"), ("ik", "zou", "het", "fijn"), ("het", "zou", "fijn"),
    ("ik", "heb", "graag"), ("ik", "wil", "niet"), ("ik", "wil", "je"),
]

# --- no_blame: reproach, labels, generalisations ----------------------------

# Generalisations about the other's behaviour. Inside the wanted behaviour they
# are neutral ("Wil je altijd je badge dragen"), so request.py only counts them
# in statements about the other, in reasons, or next to a negation.
GENERALISERS = {"altijd", "nooit", "steeds", "telkens", "weer", "alweer", "vaak", "constant", "continu", "eeuwig", "eeuwige"}
# Impatience and sarcasm: these blame wherever they stand.
SARCASM = {"eindelijk", "typisch", "nou"}
SARCASM_PHRASES = [
    ("zoals", "gewoonlijk"), ("zoals", "altijd"), ("voor", "de", "verandering"),
    ("nu", "eens"), ("ook", "eens"), ("deze", "keer", "wel"), ("een", "keer"),
    ("één", "keer"), ("1", "keer"), ("weer", "eens"), ("hoe", "vaak", "moet"),
    ("waarom", "moet", "ik"), ("de", "enige", "die"), ("degene", "die"),
    ("kan", "echt", "niet"),
]
# Labels for the person (character words rather than behaviour).
BLAME_LABELS = {
    "slordig", "lui", "onbetrouwbaar", "egoïstisch", "chaotisch", "chaoot",
    "onverschillig", "kinderachtig", "aanstellen", "dramatisch", "normaal",
    "zeuren", "zeur", "gezeur", "geklaag", "gezanik", "gezeik", "gedoe", "sloddervos",
    "verpesten", "egoïst", "luiwammes",
}
# Irritation about the other ("ik erger me", "ik ben het zat").
IRRITATION = {"ergeren", "irriteren", "irritant", "zat", "beu", "balen", "baal", "storen", "frustreren", "ergernis"}
IRRITATION_PHRASES = [
    ("gek", "van"), ("last", "van"), ("gek", "word"),
    ("erger", "me"), ("erger", "mij"), ("ergert", "me"), ("ergert", "mij"),  # lemma of "erger" is "erg"
]
# Failure words that, in a statement about the other, make it a reproach about
# the past ("Je hebt het weer vergeten", "Je bent te laat").
FAILURE_WORDS = {"vergeten", "laat", "verkeerd", "fout", "rommel", "zooi"}
