"""assess_compliment on clear examples of its own (not from the corpus): the
three criteria, quoting the learner's words, the case, and odd input. Its
agreement with the labelled corpus is measured by the bench, not here."""

import pytest

from cpw_widgets.assess import assess_compliment
from cpw_widgets.assess.criteria import COMPLIMENT_CRITERIA

CASE = ("Noor is teamleider in een bakkerij. Haar medewerker Ahmed kwam vaak te laat. Noor maakte met hem "
        "een vast rooster en hangt dat elke vrijdag op het prikbord. De laatste vier weken kwam hij steeds op tijd.")


def verdicts(text, **kw):
    return {k: c.passed for k, c in assess_compliment(text, **kw).criteria.items()}


def test_criteria_in_the_order_of_criteria_py():
    assert tuple(assess_compliment("Goed gedaan!").criteria) == COMPLIMENT_CRITERIA


@pytest.mark.parametrize("text", [
    "Wat goed werkt in je aanpak is dat je het rooster elke vrijdag ophangt; daardoor weet Ahmed precies wanneer hij moet komen.",
    "Doordat je samen met Ahmed een vast rooster hebt gemaakt, komt hij nu al vier weken op tijd.",
    "Wat je al hebt bereikt is dat Ahmed vier weken op tijd is gekomen.",
])
def test_a_full_process_compliment_passes(text):
    result = assess_compliment(text, case=CASE)
    assert result.passed, {k: (c.passed, c.feedback) for k, c in result.criteria.items()}


@pytest.mark.parametrize("text", ["Goed gedaan!", "Je bent zo geduldig.", "Top, Noor!"])
def test_praise_or_a_trait_names_no_act(text):
    v = verdicts(text, case=CASE)
    assert v["action"] is False and v["effect"] is False and v["no_sting"] is True


def test_an_act_without_what_it_brought_misses_only_the_effect():
    v = verdicts("Slim dat je het rooster elke vrijdag op het prikbord hangt.", case=CASE)
    assert v == {"action": True, "effect": False, "no_sting": True}


def test_the_starter_alone_with_dat_werkt_is_an_implied_effect():
    result = assess_compliment("Wat goed werkt in je aanpak is dat je het rooster ophangt, dat werkt echt.", case=CASE)
    assert result.criteria["action"].passed is True
    assert result.criteria["effect"].passed is False


@pytest.mark.parametrize("text,words", [
    ("Mooi dat je het rooster ophangt, daardoor komt hij op tijd, maar het had wel eerder gekund.", "maar"),
    ("Goed dat je een rooster maakte, daardoor komt hij op tijd. Ik zou het ook digitaal delen.", "Ik zou"),
    ("Eindelijk komt Ahmed op tijd, dankzij je rooster.", "Eindelijk"),
    ("Je rooster werkt veel beter dan wat de meeste teamleiders doen.", "beter dan"),
])
def test_a_sting_fails_and_is_quoted(text, words):
    # the rules say ✗; the shipped decision says ✗ or twijfel (its no_sting band
    # is wide), never ✓, and quotes the sting either way
    for learned in (False, True):
        c = assess_compliment(text, case=CASE, learned=learned).criteria["no_sting"]
        assert c.passed is (False if not learned else c.passed) and c.passed is not True
        assert c.evidence and words in c.evidence[0] and c.evidence[0] in text
        assert f'"{c.evidence[0]}"' in c.feedback


@pytest.mark.parametrize("text,act,sting", [
    ("Wat goed dat je het rooster opzette, dat had de vorige teamleider nooit voor elkaar gekregen.",
     "je het rooster opzette", "dat had de vorige teamleider"),
    ("Je hebt Ahmed zelf gebeld, daardoor kwam hij op tijd, maar dat had eerder gemoeten.",
     "Je hebt Ahmed zelf gebeld", "maar dat had eerder gemoeten"),
])
def test_the_act_and_the_sting_are_quoted_each_in_their_own_clause(text, act, sting):
    """The quote of what was done stops before the comment after it, and the
    sting's quote starts at its own clause, not on the last word before the comma."""
    criteria = assess_compliment(text, case=CASE, learned=False).criteria
    assert criteria["action"].evidence[0] == act
    assert criteria["no_sting"].evidence[0].startswith(sting)


def test_an_asyndetic_result_is_quoted_apart_from_the_act():
    """"..., hij kwam ..." after the act is what it brought: the act's quote stops at
    the comma, the effect's quote is the result clause."""
    text = "Goed dat je met Ahmed een vast rooster maakte, hij kwam de laatste vier weken steeds op tijd."
    criteria = assess_compliment(text, case=CASE, learned=False).criteria
    assert criteria["action"].evidence[0] == "je met Ahmed een vast rooster maakte"
    assert criteria["effect"].passed is True
    assert criteria["effect"].evidence[0] == "hij kwam de laatste vier weken steeds op tijd"


def test_maar_about_the_difficulty_is_no_sting_for_the_rules():
    # the rule spares it; the learned decision may still be unsure (twijfel), never ✗
    text = "Het was lastig, maar je bleef Ahmed elke week uitnodigen; daardoor is het contact goed gebleven."
    assert verdicts(text, learned=False)["no_sting"] is True
    assert verdicts(text)["no_sting"] is not False


def test_failed_criteria_quote_the_learners_words():
    text = "Je bent echt een harde werker."
    result = assess_compliment(text)
    for key in ("action", "effect"):
        c = result.criteria[key]
        assert c.passed is False and c.evidence and c.evidence[0] in text and f'"{c.evidence[0]}"' in c.feedback


def test_a_question_appreciates_nothing():
    v = verdicts("Hoe reageerde Ahmed eigenlijk op het rooster?", case=CASE)
    assert v["action"] is False and v["effect"] is False and v["no_sting"] is True


def test_the_case_lets_a_named_element_count_as_the_act():
    with_case = assess_compliment("Dat rooster op het prikbord, top!", case=CASE, learned=False)
    assert with_case.criteria["action"].passed is True
    assert with_case.criteria["action"].rule == "action.case_element"
    without = assess_compliment("Dat rooster op het prikbord, top!", learned=False)
    assert without.criteria["action"].rule != "action.case_element"


@pytest.mark.parametrize("bad", [None, 42, ["tekst"], "", "   \n", "x" * 10_001, "<script>alert(1)</script>", "👏👏👏"])
def test_bad_input_gets_a_dutch_message_and_no_exception(bad):
    result = assess_compliment(bad)
    assert result.message and not result.passed
    assert set(result.criteria) == set(COMPLIMENT_CRITERIA)
    assert all(c.passed is False for c in result.criteria.values())


def test_emoji_inside_a_dutch_compliment_is_fine():
    text = "Sinds je dat rooster ophangt, komt Ahmed elke dag op tijd"
    with_emoji, plain = assess_compliment(text + " 👏", case=CASE), assess_compliment(text, case=CASE)
    assert with_emoji.criteria["no_sting"].passed is True and with_emoji.criteria["effect"].passed is not False
    assert {k: c.passed for k, c in with_emoji.criteria.items()} == {k: c.passed for k, c in plain.criteria.items()}


def test_the_group_the_case_names_is_no_ranking_but_a_negation_still_ranks():
    """"de andere teams" of the help question ("hoe krijg ik de andere teams
    zover?") are told what the act does for them, not ranked against the
    presenter; said negatively of them it ranks again."""
    case = ("Maarten is partner. Het team dat elke vrijdag samen een kwartier uren schreef, was de hele maand bij. "
            "Zijn hulpvraag: hoe krijg ik de andere teams zover?")
    told = assess_compliment("Doordat je dit hier inbrengt, laat je zien dat het je menens is, en dat merken de andere teams ook.",
                             case=case)
    ranked = assess_compliment("Knap dat je team het deed, de andere teams doen het niet.", case=case)
    assert told.criteria["no_sting"].passed is True
    assert ranked.criteria["no_sting"].rule == "no_sting.comparison"
    elsewhere = assess_compliment("Doordat je dit hier inbrengt, merken de andere teams het ook.", case="Sanne belt Mark elke week.")
    assert elsewhere.criteria["no_sting"].rule == "no_sting.comparison"  # a group the case does not name
