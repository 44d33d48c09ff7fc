"""The features the learned decision of the compliment assessor reads."""

from __future__ import annotations

from .compliment_action import achievement, case_element, named_act, trait_only
from .compliment_doc import ComplimentDoc, content_words
from .compliment_effect import implied_effect, result_clause
from .compliment_sting import STINGS
from .models import CriterionResult
from .nl import Token
from .tokens import word_tokens

def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"le{e}" for e in edges if n <= e), f"gt{edges[-1]}")


def compliment_features(doc: ComplimentDoc, rules: dict[str, CriterionResult]) -> tuple[set[str], dict[str, list[Token]]]:
    """Binary features for the learned decision, and the tokens behind each word
    feature: ``rule.<key>`` / ``rid.<id>`` (the rule layer), ``s.*`` (structure:
    sentences, words, question mark, the presenter addressed, words shared with
    the case), ``w.<lemma>`` and ``b.<lemma>_<lemma>`` (words and word pairs)."""
    names: set[str] = set()
    spans: dict[str, list[Token]] = {}
    for key, r in rules.items():
        if r.passed:
            names.add(f"rule.{key}")
        names.add(f"rid.{r.rule}")
    for finder in STINGS + (achievement, named_act, trait_only, case_element, result_clause, implied_effect):
        if finder(doc):
            names.add(f"hit.{finder.__name__}")
    words = doc.words
    names.add("s.sentences_" + _bucket(len(doc.sentences), (1, 2, 3)))
    names.add("s.words_" + _bucket(len(words), (4, 8, 14, 25)))
    if any(s.question_mark for s in doc.sentences):
        names.add("s.qmark")
    if "!" in doc.text:
        names.add("s.exclaim")
    if words:
        names.add("s.first_" + words[0].lemma)
    if doc.case_lemmas:
        shared = {w.lemma for w in content_words(words) if w.lemma in doc.case_lemmas}
        names.add("s.case_shared_" + _bucket(len(shared), (0, 1, 2, 4)))
    names.add("s.content_" + _bucket(len(content_words(words)), (0, 1, 3, 6)))
    for s in doc.sentences:
        ws = word_tokens(s.tokens)
        for i, w in enumerate(ws):
            f = f"w.{w.lemma}"
            names.add(f)
            spans.setdefault(f, [w])
            if i + 1 < len(ws):
                b = f"b.{w.lemma}_{ws[i + 1].lemma}"
                names.add(b)
                spans.setdefault(b, [w, ws[i + 1]])
    return names, spans
