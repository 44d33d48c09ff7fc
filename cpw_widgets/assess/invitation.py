"""Criterion "invitation": the wanted behaviour is asked as a real question to
the other, not commanded, stated as a wish or asked rhetorically.
"""

from __future__ import annotations

from . import feedback as fb
from .models import CriterionResult
from .nl import quote
from .structure import RequestDoc, is_rhetorical
from .tokens import first_words


def check_invitation(doc: RequestDoc) -> CriterionResult:
    label = fb.LABELS["invitation"]
    if doc.questions:
        words = first_words(doc.questions[0])
        q = quote(doc.text, words, 8)
        return CriterionResult(True, fb.fmt(fb.INVITATION_OK, q), label, (q,), "invitation.question")
    rhetorical = [s for s in doc.sentences if is_rhetorical(s)]
    if rhetorical:
        q = quote(doc.text, rhetorical[0].tokens, 7)
        return CriterionResult(False, fb.fmt(fb.INVITATION_RHETORICAL, q), label, (q,), "invitation.rhetorical")
    # quote the command's sentence ("Zorg dat je ..."), not a lone "Zorg"
    target = next((s.tokens for s in doc.sentences if doc.commands and doc.commands[0] in s.clauses), doc.sentences[0].tokens)
    q = quote(doc.text, target, 7)
    return CriterionResult(False, fb.fmt(fb.INVITATION_COMMAND, q), label, (q,), "invitation.command")
