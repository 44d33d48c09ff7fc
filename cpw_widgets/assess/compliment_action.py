"""The ``action`` criterion of a compliment: does it name what the presenter did?

It reads who is the subject of which verb (the presenter addressed as "je"),
the source's starter "Wat je al hebt bereikt is ...", credited achievements,
and tells a named act from a trait, bare praise or thanks to the person.
"""

from __future__ import annotations

from . import feedback as fb
from .compliment_doc import BE, CC, ComplimentDoc, around, content_words, in_vocab, own_clause, per_doc, phrase_hit, quote_of
from .compliment_takeback import contrast
from .criteria import COMPLIMENT_LABELS
from .models import CriterionResult
from .nl import Token
from .rules import rule, rule_of
from .stance import PRESENTER
from .tokens import has_finite_verb, is_participle, word_tokens

# --- what the text does at all ---------------------------------------------------

def _only_questions(doc: ComplimentDoc) -> bool:
    return all(s.question_mark for s in doc.sentences)


@rule("action.nothing")
def nothing_appreciated(doc: ComplimentDoc) -> list[Token]:
    """Passing, a question or a story of one's own: no appreciation at all."""
    words = doc.words
    if _only_questions(doc):
        return words
    if len(words) <= 12 and any(in_vocab(w, CC.PASS_WORDS) for w in words) and any(w.lower == "ik" for w in words):
        return words
    first = word_tokens(doc.sentences[0].tokens) if doc.sentences else words
    # the speaker's own story: the turn opens with it ("Ik herken dit. Bij ons ..."), or
    # nobody is addressed; "Doordat je ..., ontstond ... Dat lees ik ook terug ..." puts
    # its appreciation without a praise word
    own = phrase_hit(first, CC.OWN_STORY) or phrase_hit(words, CC.OWN_STORY) and not any(w.lower in CC.YOU for w in words)
    if own and not any(in_vocab(w, CC.PRAISE - {"ik", "het", "is", "was", "dat", "een", "je", "jij", "van", "wel", "zo", "gewoon"}) for w in words):
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
            if len(content_words(rest)) >= 2 and not any(w.lemma in {"werken", "helpen"} for w in rest[:8]):
                return words[i : end + 12]
    return []


@per_doc
@rule("action.achieved")
def achievement(doc: ComplimentDoc) -> list[Token]:
    """A concrete achievement credited with a verb of achieving ("Wat je al hebt
    bereikt is dat hij weer komt", "Het is je gelukt om ...")."""
    hit = starter(doc)
    if hit:
        return hit
    words = doc.words
    for i, w in enumerate(words):
        ph = phrase_hit(words[i : i + 3], CC.ACHIEVE_PHRASES) if w.lower in {"voor", "op"} else []
        if in_vocab(w, CC.ACHIEVE) or ph:
            around = words[max(0, i - 4) : i + 12]
            credited = any(in_vocab(x, CC.YOU) for x in around)
            if credited and len(content_words(words[i + 1 : i + 14] + words[max(0, i - 6) : i])) >= 1:
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
        if words and words[0].lower == "misschien" and phrase_hit(words, CC.ADVICE_PHRASES):
            continue  # "Misschien kun je ...": a tip names a next step, not what they did
        if _advice_or_question(words):
            continue
        for i, w in enumerate(words):
            if _object_you(words, i):
                continue
            if w.lower == "je" and i > 0 and words[i - 1].lower in _PARTICLE_PREPS | {"van", "naar", "uit"} \
                    and w.start - words[i - 1].end <= 1 and i + 1 < len(words):
                continue  # "met je vrijwilligers": after a preposition "je" is no subject
            if w.lower in CC.YOU and not _possessive(words, i) and not _ability(words, i):
                span = [w]
                for k, x in enumerate(words[i + 1 : i + 14], start=i + 1):
                    if x.lower in _SPAN_END or x.lower == "door" and _means_clause(words[k:]):
                        break  # "door ... te ..." is read as a means (action.step_named)
                    span.append(x)
                if not _manner_only(words, i, span) and not _addressee_of_speech(span):
                    out.append(span)
    return out


_ADVICE_NOUNS = {"tip", "tipje", "tips", "advies", "suggestie"}
_WH_WORDS = {"hoeveel", "waarom", "wanneer", "welke", "wie", "waar", "hoelang", "waarmee", "waardoor"}


def _advice_or_question(words: list[Token]) -> bool:
    """"Tip: maak een vast format", "Een tip misschien: ...": a sentence that
    announces advice; "hoeveel tickets deed je in dat uur", "hoe deed je dat": a
    question without its "?" (chat style). Neither appreciates what was done."""
    if any(w.lower in _ADVICE_NOUNS for w in words[:3]):
        return True
    return bool(words) and (words[0].lower in _WH_WORDS or words[0].lower == "hoe" and len(words) > 2
                            and has_finite_verb([words[1]]) and words[2].lower in CC.YOU)


def _object_you(words: list[Token], i: int) -> bool:
    """"ik wens je veel succes", "ik gun je dat", "dank je": "je" right after the
    speaker's own verb is its object, not the one acting."""
    if i >= 1 and words[i - 1].lower in {"dank", "bedank"}:
        return True  # "Dank je (wel), Maarten, voor ...": thanked, not acting ("dank je wel dat je belde" acts after it)
    return i >= 2 and words[i - 2].lower in {"ik", "wij", "we"} and has_finite_verb([words[i - 1]]) \
        and words[i - 1].lemma not in {"vinden", "zien"}


_SPEECH = {"zeggen", "vertellen", "complimenteren", "feliciteren", "melden", "meegeven", "verzekeren", "bedanken"}


def _addressee_of_speech(span: list[Token]) -> bool:
    """"Mag ik u zeggen dat ...", "wil ik je even complimenteren": the presenter is
    the one spoken to; what they did comes, if at all, in the clause after it."""
    head = [x for x in span[1:4] if x.lower not in {"even", "graag", "nog", "wel", "toch", "eens", "eerlijk"}]
    return bool(head) and head[0].lower in _SPEECH  # the infinitive: "je vertelde ..." has the presenter speak


# Verbs that say only that something is handled, not how ("doen", "aanpakken"), in
# their forms, also the second-language "doed" and the split "pakt ... aan".
_MANNER_VERBS = {"doen", "doe", "doet", "doed", "deed", "deden", "gedaan", "aanpakken", "aanpakt", "aanpakte",
                 "aangepakt", "regelen", "regelt", "regelde", "geregeld", "omgaan", "omgaat", "omging", "oppakken",
                 "oppakt", "oppakte", "opgepakt", "afhandelen", "afhandelt", "afhandelde", "managen", "managet", "runt"}


def _manner_only(words: list[Token], i: int, span: list[Token]) -> bool:
    """"Knap hoe je het doet met Lotte", "hoe je de labmeeting aanpakt": "hoe/waarop
    je" with a verb of mere handling asks the listener to fill in the way of
    working; the rulebook's "Knap hoe je dat doet" (action 0). "hoe je Mark zelf
    liet kiezen" names the way and stays an act."""
    if i == 0 or words[i - 1].lower not in {"hoe", "waarop"}:
        return False
    verbs = [x for x in span[1:] if x.lower in _MANNER_VERBS or x.lemma in _MANNER_VERBS
             or x.lower == "aan" and any(y.lemma == "pakken" for y in span[1:])]
    others = [x for k, x in enumerate(span[1:], start=1) if has_finite_verb([x]) and x not in verbs
              and x.lemma not in {"hebben", "zijn", "pakken"} and not in_vocab(x, CC.PEOPLE)
              and span[k - 1].lower not in _DETERMINERS | CC.YOUR]
    return bool(verbs) and not others


# Endings of person nouns, also in compounds ("werkbegeleider", "teamleider").
_PERSON_ENDINGS = ("begeleider", "leider", "collega", "baas", "chef", "mentor", "coach", "docent", "leraar", "manager",
                   "moeder", "vader", "ouders", "partner", "gever", "genoot", "genoten")


def _possessive(words: list[Token], i: int) -> bool:
    """Is "je" at ``words[i]`` the possessive before a person ("dat je
    begeleider zo snel reageerde", "als je werkbegeleider dit kon horen")? Then
    that person acts, not the presenter. A singular person noun only: a
    singular object would take an article, a bare plural can be the object
    ("dat je kinderen iets geeft"). "dat je je begeleider belde" keeps the
    first "je" as the subject."""
    if words[i].lower != "je" or i + 1 >= len(words):
        return False
    nxt = words[i + 1].lower
    if i > 0 and has_finite_verb([words[i - 1]]) or nxt.endswith(("en", "s")) or nxt in {"iemand", "niemand"}:
        return False  # "gaf je mensen iets te zien": "je" after its verb, a bare plural its object
    return nxt in CC.PEOPLE or nxt.endswith(_PERSON_ENDINGS)


def _ability(words: list[Token], i: int) -> bool:
    """"je kan echt goed met die jongere omgaan", "Zelfs jij kunt dus
    overleggen": the present of "kunnen" next to the presenter praises an
    ability, not something done ("je kon hem overhalen" tells an act)."""
    near = [w.lower for w in words[max(0, i - 1) : i] + words[i + 1 : i + 2]]
    return bool(set(near) & {"kan", "kunt", "kunde"})


def _acting_you(words: list[Token]) -> bool:
    """Is the presenter the subject somewhere ("dat je de lijst maakte")? Not
    "dank je", not the possessive "je openheid"."""
    low = [w.lower for w in words]
    return any(w in {"je", "jij", "ge"} and (k == 0 or low[k - 1] not in {"dank", "vind", "vond"})
               and not (k + 1 < len(low) and low[k + 1].endswith("heid")) and not _possessive(words, k)
               for k, w in enumerate(low))


def _person_as_type(words: list[Token]) -> list[Token]:
    """"Ik vind je echt een verbinder", "ik vind je een inspirerend voorbeeld":
    the presenter as the object of "vinden" with a noun phrase: the person
    praised as a type, nothing done."""
    low = [w.lower for w in words]
    for k in range(len(low) - 2):
        if low[k] in {"vind", "vinden", "vond"} and low[k + 1] in {"je", "jou", "u"}:
            j = k + 2
            while j < len(low) and low[j] in {"echt", "zo", "wel", "gewoon", "really", "toch", "ook", "best"}:
                j += 1
            if low[j : j + 1] == ["een"]:
                return words[k:]
    return []


_PARTICLE_PREPS = {"bij", "in", "met", "aan", "op", "voor", "door", "over", "om", "tot"}


def _verbal_participle(rest: list[Token]) -> bool:
    """A participle after an object that closes the clause or opens a
    prepositional phrase ("de groep betrokken bij ...") is the verb of a
    perfect; before a noun ("een betrokken houding") it is an adjective. A
    strong participle the tokenizer lemmatises to its verb ("betrokken" ->
    "betrekken") counts too."""
    for k, w in enumerate(rest[1:], start=1):
        nxt = rest[k + 1 : k + 2]
        participle = is_participle(w) or w.lemma != w.lower and w.lemma.endswith("en") and w.lower.endswith(("en", "d", "t"))
        if participle and rest[0].lower in {"de", "het", "hem", "haar", "ze", "hen", "die", "dat", "jullie"} \
                and (not nxt or nxt[0].lower in _PARTICLE_PREPS):
            return True
    return False


_TRAIT_NOUNS = {"oog", "geduld", "doorzettingsvermogen", "energie", "consequentie", "hart", "gevoel", "talent", "band", "rust"}


# Verbs whose perfect takes an infinitive instead of a participle before another verb
# ("je bent blijven zoeken", "je bent gaan zitten"): the clause tells an act, not a trait.
_ASPECT_INFINITIVES = {"blijven", "gaan", "komen", "zitten", "staan", "liggen", "lopen"}


# Tempers kept up as a habit: "je blijft altijd rustig", "steeds vriendelijk blijft".
_TEMPERS = {"rustig", "vriendelijk", "kalm", "geduldig", "positief", "beleefd", "consequent", "vrolijk"}


def _steady_temper(words: list[Token]) -> bool:
    """"je blijft er altijd rustig en geduldig onder", "dat je ondanks boze
    patiënten steeds vriendelijk blijft": a temper kept up always (present
    "blijft" with "altijd" or "steeds") is a trait, not an act; "je bleef
    rustig toen hij boos werd" (one moment of the case) stays an act."""
    low = [w.lower for w in words]
    return bool(set(low) & {"blijft", "blijf"} and set(low) & PRESENTER
                and set(low) & {"altijd", "steeds", "telkens"} and set(low) & _TEMPERS)


@per_doc
@rule("action.trait")
def trait_only(doc: ComplimentDoc) -> list[Token]:
    """A trait or talent praised ("Je bent zo geduldig", "Wat heb jij veel
    geduld", "je geduld met hem")."""
    for c in doc.clauses():
        words = word_tokens(c.tokens)
        if _person_as_type(words):
            return words
        if any(w.lower in CC.YOUR and nxt.lower.endswith("heid") for w, nxt in zip(words, words[1:])) and not _acting_you(doc.words) \
                and not any(has_finite_verb([x]) and x.lemma not in BE | {"waarderen", "aanspreken", "danken"} for x in words):
            return words  # "je eerlijkheid in de vragenronde", "Dank je voor je openheid": a quality of the person
        for a, b in zip(words, words[1:]):
            pair = {a.lower, b.lower}
            if pair & {"je", "jij", "ge", "gij", "u"} and pair & {"bent", "ben", "zijt", "hebt", "heb"} \
                    or pair == {"u", "heeft"}:
                rest = words[words.index(b) + 1 :]
                if any((is_participle(w) or has_finite_verb([w])) and not in_vocab(w, CC.TRAITS) for w in rest):
                    continue  # "je bent gewoon begonnen", "je hebt het goed aangepakt"
                if pair & {"hebt", "heb"} and _verbal_participle(rest):
                    continue  # "je hebt de groep betrokken bij de planning": a perfect, not the trait "betrokken"
                if any(w.lower in _ASPECT_INFINITIVES for w in rest[:-1]):
                    continue  # "je bent blijven zoeken", "ge zijt gaan praten": a perfect with an infinitive for its participle
                if any(in_vocab(w, CC.TRAITS) or w.lemma in _TRAIT_NOUNS for w in rest) or pair & {"bent", "ben", "zijt"}:
                    return words
        if _steady_temper(words):
            return words
        if any(w.lower in CC.YOUR for w in words) and any(w.lemma in _TRAIT_NOUNS or w.lower in _TRAIT_NOUNS for w in words) \
                and not any(w.lemma in {"werken", "helpen"} for w in words):
            return words
    return []


def _reservation_start(doc: ComplimentDoc) -> int | None:
    """Where a "maar" that takes the praise back begins (no_sting.contrast), if any."""
    hit = contrast(doc)
    return hit[0].start if hit and hit[0].lower == "maar" else None


@per_doc
@rule("action.act")
def named_act(doc: ComplimentDoc) -> list[Token]:
    """The presenter as subject of a verb with something named ("dat je Mark
    zelf liet kiezen", "je belt hem op maandag"). Not in the reservation after
    bare praise: "Knap, maar jij hebt ook meer ruimte in je agenda" names no act."""
    cut = _reservation_start(doc)
    for words in _addressed_spans(doc):
        if cut is not None and words[0].start > cut:
            continue
        named = [w for w in content_words(words) if not in_vocab(w, CC.ATTITUDE)]
        if named:
            return words
    return []


@rule("action.person")
def person_credited(doc: ComplimentDoc) -> list[Token]:
    """The person credited instead of the doing ("Dankzij jou komt hij weer")."""
    hit = phrase_hit(doc.words, CC.THANKS_PERSON)
    return around(doc, hit, 0, 5) if hit else []


@per_doc
@rule("action.case_element")
def case_element(doc: ComplimentDoc) -> list[Token]:
    """An element of the presenter's approach named with a noun from the case
    ("de app was een slim idee", "Wat goed werkt is de gastspreker"), in praise."""
    if not doc.case_lemmas:
        return []
    named = [w for w in content_words(doc.words) if w.lemma in doc.case_lemmas and not w.text[:1].isupper()]
    praised = any(in_vocab(w, CC.PRAISE - {"ik", "het", "is", "was", "dat", "een", "je", "jij", "van", "wel", "zo", "gewoon"}) or w.lemma in {"werken", "helpen"} for w in doc.words)
    verbs = [w for w in doc.words if has_finite_verb([w]) and w.lemma not in BE | {"werken", "helpen", "vinden"}
             and w.lemma not in doc.case_lemmas]
    others = {"hij", "ze", "zij", "er", "mensen", "team", "klas", "jou"}
    if named and praised and not verbs and not any(w.lower in others for w in doc.words) \
            and not any(c.kind == "complement" for c in doc.clauses()):
        return around(doc, named[:1], 2, 3)
    return []


def check_action(doc: ComplimentDoc) -> CriterionResult:
    label = COMPLIMENT_LABELS["action"]
    if nothing_appreciated(doc):
        q = quote_of(doc, doc.sentences[0].tokens)
        return CriterionResult(False, fb.fmt(fb.ACTION_NOTHING, q), label, (q,), "action.nothing")
    hit = achievement(doc)
    person = person_credited(doc) if not hit else []
    if person:
        q = quote_of(doc, person)
        return CriterionResult(False, fb.fmt(fb.ACTION_PERSON, q), label, (q,), "action.person")
    trait = trait_only(doc) if not hit else []
    if trait:
        q = quote_of(doc, trait)
        return CriterionResult(False, fb.fmt(fb.ACTION_TRAIT, q), label, (q,), "action.trait")
    hit = hit or named_act(doc) or step_named(doc)
    if hit:
        q = quote_of(doc, own_clause(doc, hit), 12)
        return CriterionResult(True, fb.fmt(fb.ACTION_OK, q), label, (q,), rule_of(hit, "action.act"))
    hit = case_element(doc)
    if hit:
        q = quote_of(doc, hit, 12)
        return CriterionResult(True, fb.fmt(fb.ACTION_OK, q), label, (q,), "action.case_element")
    q = quote_of(doc, doc.sentences[0].tokens)
    if not any(in_vocab(w, CC.YOU) or in_vocab(w, CC.YOUR) for w in doc.words):
        return CriterionResult(False, fb.fmt(fb.ACTION_NOT_CREDITED, q), label, (q,), "action.not_credited")
    return CriterionResult(False, fb.fmt(fb.ACTION_VAGUE, q), label, (q,), "action.vague")


# --- a step named without "je" --------------------------------------------------------

_DETERMINERS = {"die", "dat", "deze", "dit", "de", "het"}
# a possessive of the one addressed names their own element ("jouw formulier helpt echt");
# "je" is left out: it is far more often the subject
_YOUR_DETERMINERS = CC.YOUR - {"je"}
_SUBJECTS = {"je", "jij", "u", "ge", "hij", "ze", "zij", "we", "wij", "ik", "jullie", "men", "iemand"}
_GENERIC_VERBS = {"doen", "proberen", "werken", "zijn", "hebben", "worden", "gaan", "komen", "blijven"}


# Words that order occasions ("de tweede keer", "de volgende week"), and bare units of calendar time.
_ORDERING = {"eerste", "tweede", "derde", "vierde", "vijfde", "volgende", "vorige", "laatste", "andere", "hele", "afgelopen"}
_CALENDAR = {"keer", "week", "weken", "dag", "dagen", "maand", "maanden", "jaar", "jaren", "avond", "ochtend", "middag"}


def _time_phrase(after_det: list[Token]) -> bool:
    """"de tweede keer", "die week", "de volgende dag": a determiner phrase of
    time is an adverbial ("of het de tweede keer ook nog werkt"), no step."""
    low = [w.lower for w in after_det]
    return bool(low) and (low[0] in _CALENDAR or low[0] in _ORDERING and low[1:2] and low[1] in _CALENDAR)


def _step_noun(words: list[Token], k: int) -> bool:
    """Does a determiner at ``words[k]`` open a noun phrase that names a thing
    ("die tussendeadlines", "de kaart met plaatjes", "dat vaste telefoontje")?
    Not a vague stand-in ("dat idee", "die aanpak"), a trait, a person or a name."""
    if words[k].lower not in _DETERMINERS | _YOUR_DETERMINERS or _time_phrase(words[k + 1 : k + 3]):
        return False
    for w in words[k + 1 : k + 3]:
        if w.lower in _DETERMINERS or w.lower in _SUBJECTS or w.lemma in {"werken", "helpen"} \
                or words[k].lower in {"dat", "die"} and has_finite_verb([w]):
            return False  # "dat werkt", "die helpt": a pronoun subject, nothing named
        if content_words([w]) and not in_vocab(w, CC.VAGUE_DOING) and not in_vocab(w, CC.DECISION) \
                and not in_vocab(w, CC.PEOPLE) and not w.text[:1].isupper():
            return True
    return False


def _means_clause(words: list[Token]) -> list[Token]:
    """"Door samen het rooster te maken, ...": "door" with a te-infinitive is the
    means, and its understood subject is the one addressed. The verb or a word
    before it must name something ("door het gewoon te proberen" names nothing)."""
    for i, w in enumerate(words):
        if w.lower != "door":
            continue
        for j in range(i + 1, min(i + 11, len(words) - 1)):
            if words[j].lower != "te":
                continue
            verb = words[j + 1]
            named = content_words([x for x in words[i + 1 : j] if not in_vocab(x, CC.VAGUE_DOING)])
            if verb.lemma not in _GENERIC_VERBS or named:
                return words[i : j + 2]
            break
    return []


def _decision_praised(words: list[Token]) -> list[Token]:
    """"Die belronde was een slimme zet", "Goede call om de klant terug te bellen",
    "Goed gedaan met die checklist": a decision praised, with the step named in
    the same sentence (a noun phrase or an "om ... te" infinitive)."""
    for i, w in enumerate(words):
        praised = any(in_vocab(x, CC.DECISION_PRAISE) for x in words[max(0, i - 2) : i])
        decision = in_vocab(w, CC.DECISION) or w.lower == "gedaan" and words[i + 1 : i + 2] and words[i + 1].lower == "met"
        if not (praised and decision):
            continue
        named = [k for k in range(len(words)) if not i - 2 <= k <= i and _step_noun(words, k)]
        if named:
            return words[min(i - 2, named[0]) if min(i - 2, named[0]) > 0 else 0 : max(i, named[0] + 2) + 1]
        if words[i + 1 : i + 2] and words[i + 1].lower == "om" and "te" in [x.lower for x in words[i + 2 : i + 10]]:
            return words[max(0, i - 2) : i + 10]
    return []


def _cpw_starter(words: list[Token]) -> list[Token]:
    """CPW's starter without "je": "Wat goed werkte was de kaart met plaatjes" names
    the element that worked; "Wat goed werkt is dat hij ..." tells a result."""
    for i, w in enumerate(words):
        if w.lower != "wat":
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            if words[j].lemma in {"werken", "helpen"}:
                for k in range(j + 1, min(j + 6, len(words) - 1)):
                    if words[k].lower in {"is", "was"}:
                        # "dat" opens a result ("is dat hij ...") unless it points at a thing ("is dat formulier")
                        if (words[k + 1].lower != "dat" or _step_noun(words, k + 1)) \
                                and len(content_words(words[k + 1 : k + 8])) >= 1:
                            return words[i : k + 8]
                        return []
    return []


def _step_works(words: list[Token]) -> list[Token]:
    """"Die tekeningen op de deur helpen echt", "Het rooster samen maken werkte
    goed": a named step as the subject of "werken"/"helpen" (the rulebook's
    framing). Not with a person as subject ("je werkt hard", "werkt hij mee")."""
    for i, w in enumerate(words):
        if w.lemma not in {"werken", "helpen"} or i == 0 or words[i - 1].lower == "te":
            continue
        if words[i - 1].lower in _SUBJECTS or words[i + 1 : i + 2] and words[i + 1].lower in _SUBJECTS:
            continue
        start = max(0, i - 8)
        if any(_step_noun(words, k) for k in range(start, i - 1)):
            return words[start : i + 1]
    return []


def _dislocated(tokens: list[Token]) -> list[Token]:
    """"Die koffie, dat heb jij goed gedaan": a step named in a noun phrase up
    front, taken up again by "dat"/"die" in a clause with the presenter as
    subject (left dislocation, common in speech)."""
    comma = next((k for k, t in enumerate(tokens[:6]) if t.text == ","), -1)
    head = word_tokens(tokens[:comma]) if comma > 1 else []
    if not head or not _step_noun(head, 0):
        return []
    rest = word_tokens(tokens[comma + 1 :])
    if rest[:1] and rest[0].lower in {"dat", "die"} and any(in_vocab(w, CC.YOU) for w in rest[1:4]):
        return head + rest[:6]
    return []


@rule("action.step_named")
def step_named(doc: ComplimentDoc) -> list[Token]:
    """A step of the presenter named without "je" as its subject, in a frame that
    credits it: the means ("door ... te ..."), a praised decision, CPW's starter,
    the step as the subject of "werkt"/"helpt", or the step up front, taken up
    by "dat" ("Die koffie, dat heb jij goed gedaan")."""
    for s in doc.sentences:
        if s.question_mark:
            continue
        words = word_tokens(s.tokens)
        for reader in (_means_clause, _decision_praised, _cpw_starter, _step_works):
            hit = reader(words)
            if hit:
                return hit
        hit = _dislocated(s.tokens)
        if hit:
            return hit
    return []
