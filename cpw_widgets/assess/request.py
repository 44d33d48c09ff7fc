"""assess_request: does a text work as a progress request (progressieverzoek)?

Five criteria, after CPW's description of progress-focused feedback: name the
wanted behaviour positively and concretely, say why it matters, and ask it as a
question, without reproach. The text is split into sentences and clauses
(nl.py) and read once for its request structure (structure.py); each criterion
has its own module and looks for its cues (cues.py) only in the clauses where
they mean what the criterion is about.
"""

from __future__ import annotations

from . import feedback as fb
from .blame import check_no_blame
from .concrete import check_concrete
from .inputs import check_input
from .invitation import check_invitation
from .models import Assessment
from .nl import analyse
from .positive import check_positive
from .reason import check_reason
from .structure import RequestDoc

# The order is the order learners see the verdicts in.
CHECKS = (
    ("positive", check_positive),
    ("concrete", check_concrete),
    ("reason", check_reason),
    ("invitation", check_invitation),
    ("no_blame", check_no_blame),
)


def assess_request(text: str) -> Assessment:
    """Judge ``text`` as a progress request on the five criteria (see module doc)."""
    guarded = check_input(text, fb.LABELS, fb.EMPTY_REQUEST)
    if guarded is not None:
        return guarded
    doc = RequestDoc(text, analyse(text))
    if not doc.sentences:
        return check_input("", fb.LABELS, fb.EMPTY_REQUEST)  # only punctuation
    criteria = {key: check(doc) for key, check in CHECKS}
    return Assessment(criteria, text=text)
