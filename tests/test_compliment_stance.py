"""no_sting read from the form of the sentence (cpw_widgets/assess/stance.py):
concessions and contrasts by the polarity and subject of each part, surprise,
comparisons by their standard, proposals. Checked on the probe sentences in
tests/data/compliment-sting-probes.tsv (own sentences, not corpus texts) and
on the stance readers directly."""

from pathlib import Path

import pytest

from cpw_widgets.assess import assess_compliment
from cpw_widgets.assess.nl import analyse
from cpw_widgets.assess.stance import comparison_standard, concession, doubt, expected_otherwise, proposal, segments, surprise
from cpw_widgets.assess.tokens import is_participle, word_tokens

CASE = ("Sanne is ambulant begeleider. Haar cliënt Mark zei bijna elke afspraak af. Ze liet hem kiezen en "
        "stuurt sindsdien de avond ervoor een sms.")
PROBES = Path(__file__).parent / "data" / "compliment-sting-probes.tsv"


def _probes():
    lines = [ln for ln in PROBES.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]


# The register sets of the fifth round (chat, formal, second-language Dutch) and p10 (the
# polite register, eighth round) and p11 (tenth round) keep their remaining misses: a lower floor than the sets
# tuned on since the third round.
REGISTER_SETS = {"p6", "p7", "p8", "p9", "p10", "p11"}


@pytest.mark.parametrize("register,floor", [(False, 0.95), (True, 0.85)], ids=["tuned-sets", "register-sets"])
def test_the_probe_sentences_are_judged_as_labelled(register, floor):
    """Both classes count: a rule that calls everything a sting (or nothing) fails."""
    hits = {"0": [0, 0], "1": [0, 0]}
    misses = []
    for set_, gold, text in _probes():
        if (set_ in REGISTER_SETS) is not register:
            continue
        passed = assess_compliment(text, case=CASE, learned=False).criteria["no_sting"].passed
        ok = (passed is True) == (gold == "1")
        hits[gold][0] += ok
        hits[gold][1] += 1
        if not ok:
            misses.append(text)
    balanced = (hits["0"][0] / hits["0"][1] + hits["1"][0] / hits["1"][1]) / 2
    assert hits["0"][1] > 50 and hits["1"][1] > 50
    assert balanced >= floor, misses


def _first(text):
    return analyse(text)[0]


@pytest.mark.parametrize("text,stings", [
    ("Mooi plan, al is het wat laat.", True),
    ("Hoewel het wat rommelig was, werkte je rooster.", True),
    ("Knap dat je belde, terwijl je hem eerst liet zitten.", True),
    ("Goed dat je de sms stuurt, al vraag ik me af of hij het leest.", True),
    ("Je bleef bellen, ook al nam hij niet op.", False),
    ("Ondanks alle afzeggingen hield je vol.", False),
    ("Sterk dat je zelf begon, terwijl je ook had kunnen wachten.", False),
    ("Goed gedaan met die sms, ook al is het maar één cliënt.", True),
    ("Goed gedaan met die sms, ook al is het druk.", False),
])
def test_a_concession_stings_by_what_it_concedes_and_of_whom(text, stings):
    assert bool(concession(_first(text))) is stings


@pytest.mark.parametrize("text,standard", [
    ("Hij komt vaker dan in september.", "time"),
    ("Je plant rustiger dan je eerst deed.", "time"),
    ("Je plant rustiger dan de meeste begeleiders.", "people"),
    ("Beter dan mijn vorige teamchef.", "people"),
    ("Je regelt het beter dan je leidinggevende ooit deed.", "people"),
    ("Het loopt nu beter dan hoe het vroeger ging.", "time"),
    ("Je doet het beter dan hoe de meeste begeleiders het doen.", "people"),
])
def test_a_comparison_is_read_by_its_standard(text, standard):
    words = word_tokens(_first(text).tokens)
    dan = next(i for i, w in enumerate(words) if w.lower == "dan")
    assert comparison_standard(words, dan) == standard


def test_other_groups_are_no_means_of_the_case_even_when_the_case_says_andere():
    """The spare for "werkt beter dan de folder" (the presenter's own earlier means, named in the case)
    looks at the noun, not at "andere": a case that asks about "de andere leiding" does not make
    "de andere secties" one of its means."""
    case = ("Leider Noor ziet dat ouders laat antwoorden. De ouders die ze persoonlijk een berichtje stuurde, "
            "antwoordden binnen een dag. Haar hulpvraag: hoe zorg ik dat de andere leiding dat ook doet?")
    for text in ("Goed uitgezocht, en veel beter dan de andere secties.",
                 "Goed uitgezocht, veel beter dan hoe de andere secties het aanpakken."):
        assert assess_compliment(text, case=case, learned=False).criteria["no_sting"].rule == "no_sting.comparison"
    spared = assess_compliment("Goed uitgezocht, het loopt veel beter dan hoe het vroeger ging.", case=case, learned=False)
    assert spared.criteria["no_sting"].passed


@pytest.mark.parametrize("text,stings", [
    ("Dat had ik niet van je verwacht.", True),
    ("Wie had dat gedacht, jij met een rooster!", True),
    ("Ik had niet gedacht dat zo'n briefje iets zou doen.", True),
    ("Had ik niet gedacht dat één vraag zoveel kon doen.", True),  # also an underestimate of how much (c08, c22, c31)
    ("Daar had ik zelf niet aan gedacht.", False),
    ("Ik dacht meteen: slim.", False),
])
def test_surprise_is_a_low_expectation_thinking_of_something_is_not(text, stings):
    assert bool(surprise(_first(text))) is stings


@pytest.mark.parametrize("text,proposes", [
    ("Je zou hem ook een kaartje kunnen sturen.", True),
    ("Vraag hem ook eens wat hij ervan vindt.", True),
    ("Wat als je hem de sms zelf laat schrijven?", True),
    ("Het zou mooi zijn als je dat ook met de anderen doet.", True),
    ("Ga zo door!", False),
    ("Daardoor kun je nu ook samen plannen.", False),
    ("Hoe kwam je op dat idee?", False),
    ("Mooi dat je de ouders belde.", False),
])
def test_a_proposal_is_read_from_mood_and_modal(text, proposes):
    assert bool(proposal(_first(text))) is proposes


@pytest.mark.parametrize("text,doubts", [
    ("Of het zo blijft, dat zien we nog wel.", True),
    ("Sterk, al is het de vraag of je dat volhoudt.", True),
    ("benieuwd of t blijft", True),
    ("ik denk niet dat het blijft zo", True),
    ("Ik ben benieuwd of hij het zelf ook zo ervaart.", False),
    ("Knap dat je hem vroeg of hij wilde kiezen.", False),
    ("Ik vraag me af of we dit ook in ons team kunnen doen.", False),
])
def test_a_doubt_whether_it_lasts_is_read_from_the_of_clause(text, doubts):
    assert any(doubt(seg) for seg in segments(_first(text))) is doubts


@pytest.mark.parametrize("text,expected", [
    ("Ik dacht dat het een puinhoop zou worden. Maar het liep goed.", True),
    ("ik dacht het gaat niet lukken, maar het lukte", True),
    ("Dat zag ik echt niet gebeuren.", True),
    ("Ik dacht dat het lastig zou worden, maar jij bleef rustig.", False),
    ("Ik dacht dat je het zelf zou doen, en dat deed je.", False),
    ("Ik dacht meteen: slim.", False),
])
def test_an_earlier_expectation_of_failure_is_read_from_tense_and_contrast(text, expected):
    sents = analyse(text)
    nxt = word_tokens(sents[1].tokens) if len(sents) > 1 else []
    assert bool(expected_otherwise(sents[0], nxt)) is expected


@pytest.mark.parametrize("text,stings", [
    ("Knap dat je hem liet kiezen, dat lukt mij niet.", True),
    ("Knap dat je hem liet kiezen, ik durf dat niet.", True),
    ("Knap dat je hem liet kiezen, dat vind ik zelf altijd lastig.", True),
    ("Knap dat je hem liet kiezen, veel beter dan bij mijn vorige werk.", True),
    ("Dat vind ik knap van je: je liet hem kiezen, en nu komt hij.", False),
    ("Je liet hem kiezen, en het gaat beter dan bij de eerste afspraken.", False),
    ("Herkenbaar. Ik heb zo'n cliënt ook gehad en dat vond ik zwaar.", False),
])
def test_the_speakers_own_lack_or_another_workplace_ranks_the_presenter(text, stings):
    # a comparison with the speaker or another team, like "dat zou ik nooit durven"
    assert (assess_compliment(text, case=CASE).criteria["no_sting"].passed is False) is stings


@pytest.mark.parametrize("text,rule", [
    ("Vraag aan de groep: zouden we dit niet allemaal moeten doen?", "no_sting.advice"),
    ("Mooi dat je hem liet kiezen. Als het aan mij ligt, doen we dit in het hele team.", "no_sting.advice"),
    ("Knap dat het werkt, ik had er eerlijk gezegd weinig vertrouwen in.", "no_sting.condescension"),
    ("Vraag aan de groep: gaan we straks nog naar de tips?", "no_sting.clean"),
    ("Knap dat je zijn vertrouwen won, hij had eerst geen vertrouwen in de zorg.", "no_sting.clean"),
    ("Je liet hem kiezen. Daardoor kwam hij vaker, meer dan al je eerdere afspraken samen.", "no_sting.clean"),
])
def test_taking_the_step_over_and_low_trust_sting_but_not_the_case_or_own_progress(text, rule):
    # a proposal to adopt the step belongs to the tips round (settled c19-t137); the
    # presenter's own earlier attempts are progress, not a ranking (settled c11)
    assert assess_compliment(text, case=CASE).criteria["no_sting"].rule == rule


@pytest.mark.parametrize("text, participles", [
    ("Je hebt het opgeschreven en gedaan.", {"opgeschreven", "gedaan"}),
    ("Hij heeft alles opgegeten en het boek gevonden.", {"opgegeten", "gevonden"}),
    # "ge" inside a noun or a plural verb is no prefix: "dagen" (dag), "vragen" (vraag), "hingen" (hangen)
    ("Op die dagen hingen ze de vragen op.", set()),
])
def test_a_participle_has_ge_before_the_stem_of_its_lemma(text, participles):
    words = [w for s in analyse(text) for w in word_tokens(s.tokens)]
    assert {w.lower for w in words if is_participle(w)} == participles
