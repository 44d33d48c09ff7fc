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
COMPLEMENT_AFTER = {"fijn", "prettig", "blij", "waarderen", "handig", "fijner", "prettiger", "graag", "helpen", "schelen", "beter", "goed", "leuk", "fijnst"}

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
VAGUE_LEMMA_PAIRS = [
    ("afspraak", "houden"), ("rekening", "houden"), ("regel", "houden"), ("afspraak", "nakomen"),
    ("belofte", "nakomen"), ("afspraak", "naleven"), ("regel", "naleven"),
]

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
    ("jullie", "moeten"), ("jij", "moet"), ("moet", "je"), ("moet", "jij"), ("moeten", "jullie"), ("ik", "zou", "het", "fijn"), ("het", "zou", "fijn"),
    ("ik", "heb", "graag"), ("ik", "wil", "niet"), ("ik", "wil", "je"),
    ("ik", "zou", "willen"), ("ik", "zou", "graag"), ("het", "zou", "helpen"), ("het", "zou", "schelen"),
    ("als", "ik", "jou", "was"), ("als", "ik", "u", "was"), ("het", "zou", "goed"), ("het", "zou", "beter"),
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
    # insults and names called ("..., sukkel"): labels of the person
    "sukkel", "idioot", "eikel", "klootzak", "lul", "debiel", "sufferd", "oen", "kneus",
    "luilak", "slons", "stommeling", "uilskuiken", "mafkees", "malloot", "etterbak", "etter",
    "zeikerd", "zeurpiet", "zak", "trut", "kutwijf", "dombo", "domkop", "randdebiel",
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

# --- added: general mechanisms (clause structure) ----------------------------

PREPOSITIONS = {
    "in", "op", "aan", "met", "voor", "vóór", "bij", "naar", "van", "uit", "over", "onder", "tijdens",
    "na", "om", "door", "tegen", "zonder", "achter", "naast", "tussen", "rond", "langs", "tot",
}

# Frequent finite verb forms that simplemma does not map to their infinitive
# ("staat" stays "staat"): enough to see that "dan" opens a result clause.
FINITE_FORMS = {
    "is", "was", "zijn", "waren", "heeft", "hebt", "heb", "hebben", "kan", "kun", "kunt", "kunnen",
    "wil", "wilt", "zal", "zult", "zullen", "moet", "moeten", "mag", "mogen", "staat", "gaat",
    "doet", "komt", "ligt", "zit", "weet", "wordt", "blijft", "houdt", "krijgt", "krijg", "ziet",
    "hoeft", "hoef", "voelt", "lukt", "loopt", "werkt", "scheelt", "helpt", "geeft", "maakt",
}

# Words that point back at the addressee, also as object or possessive ("met jou",
# "jouw gedrag").
ADDRESSEE_ANY = {"je", "jij", "jou", "jouw", "u", "uw", "jullie", "jezelf", "jouzelf"}

# --- added: concrete ----------------------------------------------------------

# Verbs (lemmas) that name a state, an attitude or an inner process rather than
# something a bystander sees the other do ("rust uitstralen", "openstaan voor
# feedback", "niet opgeven", "in paniek raken", "je laten afleiden").
STATE_VERBS = {
    "uitstralen", "openstaan", "opgeven", "raken", "afleiden", "overkomen", "opstellen",
    "inzetten", "voelen", "ontspannen", "concentreren", "openstellen", "inleven",
    "verdiepen", "aanpassen", "ergeren", "opwinden", "stressen",
}
# Copulas: with an adjective and no moment or place they name a quality
# ("geduldiger zijn", "rustig blijven"); "om negen uur aanwezig zijn" is concrete.
COPULAS = {"zijn", "wees", "worden", "blijven", "doen", "lijken"}
# Attitude verbs: they judge how someone talks rather than saying what to do.
ATTITUDE_VERBS = {"klagen", "mopperen", "zeuren", "zaniken", "zeiken", "kankeren", "preken", "vitten"}
# Comparatives that are quantities or times, not a quality aim.
NOT_QUALITY_COMPARATIVES = {
    "meer", "minder", "vaker", "later", "eerder", "verder", "liever", "anders", "eer", "ander",
    "andere", "ieder", "iedere", "elder", "over", "onder", "achter", "zeker", "lekker", "wakker",
    # measurable dimensions are observable: "korter douchen", "de muziek zachter"
    "langer", "korter", "vroeger", "hoger", "lager", "groter", "kleiner", "zachter", "harder",
    "warmer", "kouder", "stiller", "dichter", "breder", "smaller", "dikker", "dunner",
    "daarover", "hierover", "waarover", "water", "computer", "printer", "kinder", "zuster", "winter", "zomer", "nummer", "kamer", "leraar", "lekkerder",
}
# Quantity words: "meer/vaker/minder X" without object or moment is an aim.
AMOUNT_WORDS = {"meer", "vaker", "minder", "minst", "vaakst"}
# Abstract mass nouns: "meer rust", "minder afleiding", "meer tijd aan ..." name
# an amount of something nobody can watch being done.
ABSTRACT_NOUNS = {
    "tijd", "rust", "aandacht", "afleiding", "moeite", "energie", "geduld", "begrip",
    "ruimte", "respect", "structuur", "overzicht", "inzet", "betrokkenheid", "discipline",
    "stress", "onrust", "drukte", "ruzie", "gedoe", "zorg", "interesse", "vertrouwen",
    "openheid", "humor", "focus", "concentratie", "werkplezier", "plezier", "gezelligheid",
    "orde", "regie", "controle", "overzicht", "initiatief", "verantwoordelijkheid", "zelfstandigheid",
}
# Words that anchor a request in a moment, a frequency or a place.
TIME_WORDS = {
    "voortaan", "vandaag", "morgen", "vanavond", "vanmiddag", "vanochtend", "straks", "zometeen",
    "elke", "iedere", "elk", "ieder", "uur", "kwartier", "minuten", "dagelijks", "wekelijks",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "weekend",
    "ochtend", "middag", "avond", "pauze", "overleg", "vergadering", "dienst", "les",
    "overdracht", "meteen", "direct", "uiterlijk", "binnen", "tijdens", "na", "voor", "vóór",
    "bij", "zodra", "'s", "week", "maand",
}
DETERMINERS = {
    "de", "het", "een", "deze", "dit", "die", "dat", "jouw", "uw", "mijn", "onze", "ons", "hun",
    "haar", "zijn", "elke", "iedere",
}
# Pronouns that refer without naming anything ("stop daar mee", "doe dat").
EMPTY_OBJECTS = {"daar", "daarmee", "ermee", "dat", "het", "dit", "iets", "alles", "er", "wat"}

# --- added: reason --------------------------------------------------------------

# Heads of an "om ... te" complement (not a purpose): "lukt het om", "ben je
# bereid om", "mag ik je vragen om", "wat vind je ervan om", "probeer om".
OM_COMPLEMENT_HEADS = {
    "lukken", "bereid", "vragen", "ervan", "daarvan", "proberen", "beginnen", "ophouden",
    "stoppen", "vergeten", "moeite", "zin", "kans", "manier", "tijd", "idee", "voorstel",
    "besluiten", "afspreken", "weigeren", "durven", "helpen", "onthouden", "gewoon",
    "mogelijk", "handig", "fijn", "prettig", "belangrijk", "nodig", "moeilijk", "makkelijk",
    "lastig", "erom", "laten", "uitnodigen", "aanbieden", "verzoeken", "willen", "goed",
}
# "voor de veiligheid van ...", "voor je eigen rust": a purpose phrase.
PURPOSE_NOUNS = {
    "veiligheid", "privacy", "rust", "gezondheid", "hygiëne", "overzicht", "duidelijkheid",
    "sfeer", "bestwil", "welzijn", "zekerheid", "veiligheid", "nachtrust", "concentratie",
}
# I-messages about the effect on the speaker ("ik maak me zorgen", "ik word er
# onrustig van", "dat scheelt mij tijd").
I_MESSAGE_PHRASES = [
    ("ik", "maak", "me", "zorgen"), ("ik", "maak", "mij", "zorgen"), ("ik", "word", "er"),
    ("ik", "voel", "me"), ("ik", "voel", "mij"), ("ik", "schrik"), ("ik", "word", "daar"),
    ("dat", "scheelt", "mij"), ("het", "scheelt", "mij"), ("ik", "heb", "er", "last"),
    ("ik", "vind", "het", "belangrijk"), ("ik", "kan", "dan"), ("ik", "heb", "dan"),
]

# --- added: no_blame -------------------------------------------------------------

# Trait judgements: adjectives and nouns that label the person or their work.
# Curated, general list (the method's "etiket"); matched on lemma.
JUDGING_WORDS = {
    "onbeleefd", "brutaal", "bazig", "afstandelijk", "negatief", "onleesbaar", "sarcastisch",
    "arrogant", "asociaal", "egoïstisch", "onbeschoft", "grof", "botte", "bot", "dom", "stom",
    "traag", "sloom", "laks", "nonchalant", "ongeïnteresseerd", "ongemotiveerd", "respectloos",
    "zwijnenstal", "puinhoop", "bende", "varkensstal", "rotzooi", "irritant", "vervelend",
    "onvolwassen", "onprofessioneel", "onzorgvuldig", "onbetrouwbaar", "ondankbaar",
    "rommelig", "warrig", "troep", "zooitje", "rommeltje", "janboel", "slordige", "knullig", "amateuristisch", "waardeloos", "belabberd",
    "kortaf", "chagrijnig", "humeurig", "nors", "zeurderig", "betweterig", "eigenwijs",
    "koppig", "drammerig", "opdringerig", "hork", "egoïst", "sukkel", "lomp", "luidruchtig",
    "ongeduldig", "ongeorganiseerd", "slordig", "lui", "chaotisch", "kinderachtig",
    "onmogelijk", "onuitstaanbaar", "onhandelbaar", "hopeloos", "sloddervos", "onzorgvuldig",
}
# Manner words: inside the wished behaviour ("wat minder negatief doen", "niet zo
# kortaf reageren") they describe how, not who; only said of the person
# ("Jij bent zo negatief") they are a label.
MANNER_WORDS = {"negatief", "kortaf", "luidruchtig", "ongeduldig", "traag"}
# Condescension and sarcasm (matched as consecutive words or lemmas).
CONDESCENSION_PHRASES = [
    ("toch", "logisch"), ("toch", "niet", "zo", "moeilijk"), ("niet", "zo", "moeilijk"),
    ("net", "als", "iedereen"), ("zoals", "ik", "al"), ("zoals", "ik", "je", "al"),
    ("zoals", "al", "zo", "vaak"), ("al", "zo", "vaak"), ("al", "honderd", "keer"),
    ("nog", "steeds"), ("keertje",), ("wél",), ("eens", "een", "keer"),
    ("dat", "jij", "nou"), ("dat", "je", "nou"),
    # an intensified demand for improvement: "Dit moet echt beter", "nu echt eens"
    ("echt", "beter"), ("nu", "echt"), ("echt", "eens"),
]
# Threats: a sanction the speaker attaches to the request.
SANCTION_WORDS = {
    "melden", "waarschuwing", "consequentie", "consequenties", "gevolgen", "gevolg", "straf",
    "straffen", "sanctie", "sancties", "ontslag", "schorsen", "schorsing", "boete", "rapporteren",
    "aangeven", "gesprek", "afgestraft", "bestraffen",
}
# Time words that point at the past ("de afgelopen drie weken", "vorige week").
PAST_MARKERS = {"afgelopen", "vorige", "vorig", "gisteren", "eergisteren", "laatst", "alweer"}

# --- added (2): reproach frames, comparisons, outcomes ----------------------------

# Verbs of understanding: with the speaker as subject and a negation ("Ik snap
# niet dat/waarom/hoe je ...") they voice reproachful incomprehension.
UNDERSTAND_VERBS = {"snappen", "snap", "begrijpen", "begrijp", "snapt", "begrijpt"}
# Predicates of a judging frame about a situation the other caused: "Het is wel
# erg dat ...", "Dat is toch belachelijk", "Het is toch niet normaal dat ...".
JUDGING_FRAME_ADJECTIVES = {
    "erg", "raar", "vreemd", "gek", "triest", "belachelijk", "bizar", "onbegrijpelijk",
    "schandalig", "treurig", "zielig", "sneu", "onacceptabel", "onbestaanbaar", "normaal",
    "absurd", "ongelofelijk", "ongelooflijk", "onvoorstelbaar",
}
# Difficulty words in a rhetorical question or exclamation ("Hoe moeilijk kan het
# zijn?", "Is het nou echt zo moeilijk?"): the other is blamed for not managing.
DIFFICULTY_WORDS = {"moeilijk", "lastig", "ingewikkeld", "zwaar", "moeilijker", "lastiger"}
# Peers the other can be compared with ("net als de rest", "je collega's lukt
# het wel", "iedereen ..., behalve jij"): a comparison that blames.
PEER_WORDS = {
    "rest", "iedereen", "anderen", "collega", "collega's", "klasgenoot", "klasgenoten",
    "teamgenoot", "teamgenoten", "broer", "zus", "zusje", "broertje", "medeleerling",
    "medeleerlingen", "huisgenoot", "huisgenoten", "leeftijdgenoten", "andere",
}
# Ordinals and counts of repetition: "al de derde keer", "voor de zoveelste keer".
REPEAT_COUNTS = {
    "tweede", "derde", "vierde", "vijfde", "zesde", "tiende", "honderdste", "zoveelste",
    "twee", "drie", "vier", "vijf", "tien", "twintig", "honderd", "duizend", "miljoen", "zoveel",
}
# Appreciation verbs/adjectives: a generaliser in what they praise ("Ik waardeer
# dat je altijd klaarstaat") is a compliment, not a reproach.
APPRECIATION_WORDS = {"waarderen", "waardeer", "bewonderen", "knap", "dankbaar", "compliment", "top"}
# Praise words that, with "ook" or "weer" about the other, turn ironic ("Fijn dat
# je er ook bent", "Super handig weer, die lege printer").
PRAISE_WORDS = {"fijn", "leuk", "gezellig", "handig", "aardig", "lief", "mooi", "geweldig", "super", "heerlijk", "prachtig", "knap", "sterk", "lekker"}
# Outcome predicates: "zorg dat het netjes is", "dat alles op orde is", "dat de
# klant tevreden is" name a result or quality, not what the other does.
OUTCOME_COPULAS = {"is", "zijn", "blijft", "blijven", "wordt", "worden", "gaat", "gaan", "loopt", "lopen", "verloopt", "verlopen", "ziet", "zien", "klopt", "kloppen"}
# Verbs that take an abstract noun as their object without naming an act:
# "begrip tonen", "rust bewaren", "aandacht geven", "zorgen voor structuur".
ABSTRACT_OBJECT_VERBS = {
    "tonen", "toon", "hebben", "opbrengen", "nemen", "geven", "houden", "aanbrengen", "zien",
    "besteden", "uitstralen", "bewaren", "zorgen", "brengen", "creëren", "bieden", "opbouwen",
}
# Separable particles: "Denk eens mee", "Let beter op", "Werk wat beter samen"
# join their verb at the clause end ("meedenken", "opletten", "samenwerken").
SEPARABLE_PARTICLES = {"mee", "op", "samen", "uit", "in", "aan", "af", "na", "over", "open", "bij", "door", "rond"}
# Abstract-noun suffixes: "eigenaarschap", "betrokkenheid", "creativiteit" name
# a quality; as the object of tonen/hebben/nemen they are an aim.
ABSTRACT_SUFFIXES = ("schap", "heid", "iteit", "isme")
# Praise nouns: "Je bent een kanjer" is no label to blame.
PRAISE_NOUNS = {"kanjer", "topper", "held", "schat", "ster", "aanwinst", "toppertje", "kei", "lieverd"}
