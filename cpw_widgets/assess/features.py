"""Features of a request text for the learned decision (decision.py).

Binary features, named by prefix:

``rule.<criterion>``  the rule layer passes that criterion
``rid.<rule id>``     the rule that decided a criterion (see rules.py)
``s.<name>``          the text's structure: question mark, request found,
                      number of sentences and words, first word, the kinds of
                      clauses, and clauses beside the request (their first word,
                      whether they have a finite verb: an explaining statement)
``w.<lemma>``         a word's lemma anywhere in the text
``r.<lemma>``         a lemma inside a clause that carries the wanted behaviour
``o.<lemma>``         a lemma outside those clauses (a complaint, a reason)
``b.<lemma>_<lemma>`` two lemmas in a row within a sentence

The same function runs at development time (bench/train_decision.py fits the
weights with scikit-learn) and at run time (decision.py scores them in pure
Python), so CPython and the browser see identical features. Besides the names,
it returns the tokens each word feature stands for, so feedback can quote the
learner's words that weighed most.
"""

from __future__ import annotations

from .models import CriterionResult
from .nl import Token
from .structure import RequestDoc
from .tokens import has_finite_verb, word_tokens


def _norm(tok: Token) -> str:
    return (tok.lemma or tok.lower).lower()


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"le{e}"
    return f"gt{edges[-1]}"


def request_features(doc: RequestDoc, rules: dict[str, CriterionResult]) -> tuple[set[str], dict[str, list[Token]]]:
    """The feature names of ``doc`` given the rule layer's verdicts, and the
    tokens behind each word feature (first occurrence)."""
    names: set[str] = set()
    spans: dict[str, list[Token]] = {}
    for key, result in rules.items():
        if result.passed:
            names.add(f"rule.{key}")
        if result.rule:
            names.add(f"rid.{result.rule}")
    words_all = [w for s in doc.sentences for w in word_tokens(s.tokens)]
    names.add("s.qmark" if any(s.question_mark for s in doc.sentences) else "s.no_qmark")
    names.add("s.request" if doc.has_request else "s.no_request")
    if doc.questions:
        names.add("s.question_clause")
    if doc.commands:
        names.add("s.command_clause")
    names.add("s.sentences_" + _bucket(len(doc.sentences), (1, 2, 3)))
    names.add("s.words_" + _bucket(len(words_all), (4, 8, 14, 25)))
    if words_all:
        names.add("s.first_" + words_all[0].lower)
    raw = doc.text
    if "!!" in raw or "?!" in raw or "!?" in raw:
        names.add("s.exclaim_repeat")
    elif "!" in raw:
        names.add("s.exclaim")
    if any(len(w.text) >= 3 and w.text.isupper() and w.text.isalpha() for w in words_all):
        names.add("s.shouting")  # a word in capitals
    request_ids = {id(t) for c in doc.request_clauses for t in c.tokens}
    for c in doc.all_clauses():
        names.add(f"s.clause_{c.kind}")
        if c in doc.request_clauses:
            continue
        cw = word_tokens(c.tokens)
        if cw:
            names.add(f"s.beside_first_{_norm(cw[0])}")
            if c.kind == "main" and has_finite_verb(cw):
                names.add("s.beside_statement")
    for s in doc.sentences:
        words = word_tokens(s.tokens)
        for i, w in enumerate(words):
            lem = _norm(w)
            spans.setdefault(f"w.{lem}", [w])
            names.add(f"w.{lem}")
            inside = "r" if id(w) in request_ids else "o"
            names.add(f"{inside}.{lem}")
            spans.setdefault(f"{inside}.{lem}", [w])
            if i + 1 < len(words):
                bigram = f"b.{lem}_{_norm(words[i + 1])}"
                names.add(bigram)
                spans.setdefault(bigram, [w, words[i + 1]])
    return names, spans
