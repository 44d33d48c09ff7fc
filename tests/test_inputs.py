"""The input guard: which texts are assessed as Dutch, and which get the Dutch message
that asks for a Dutch answer. Sentences are our own, not corpus texts."""

import pytest

from cpw_widgets.assess import assess_compliment, assess_question, assess_request

NOT_DUTCH = "Nederlandse tekst"


@pytest.mark.parametrize("text", [
    # short chat turns whose names and loanwords the dictionary lacks
    "werkt fatima fulltime of parttime",
    "hoe lang zit ahmed al in t team",
    "welk percentage van de calls is escalatie",
    "weet mirjam dat eigenlijk",
    # praise and a name
    "Chapeau, Koen!",
    "sterk hoor bas",
    "Dankjewel Ilse",
])
def test_short_dutch_chat_is_assessed(text):
    for assess in (assess_question, assess_compliment):
        assert NOT_DUTCH not in assess(text).message, (assess.__name__, text)


@pytest.mark.parametrize("text", [
    "I think you should come on time",
    "What have you tried so far?",
    "Great job, well done!",
    "The meeting starts at nine",
    "Kannst du bitte die Tür schließen",
    "Pourquoi tu ne fais pas ça",
    "asdf qwer zxcv",
])
def test_other_languages_get_the_dutch_message(text):
    for assess in (assess_question, assess_compliment, assess_request):
        a = assess(text)
        assert NOT_DUTCH in a.message, (assess.__name__, text)
        assert not a.passed and all(not c.passed for c in a.criteria.values())
