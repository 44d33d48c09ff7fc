"""Every verdict on every labelled text matches the committed snapshot, per
corpus (bench/corpus.py: request, question, compliment).

A change to a rule, a word list or the learned weights that flips a verdict
fails here with the flips listed (text, criterion, verdict:rule before -> after).
Accept them on purpose with ``.venv/bin/python bench/verdicts.py --accept``
(``--corpus question`` ...) and commit the snapshot with the change. A corpus
whose assessor does not exist yet is skipped.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import corpus  # noqa: E402
import verdicts  # noqa: E402


@pytest.mark.parametrize("name", sorted(corpus.CORPORA))
def test_no_verdict_flips_against_the_snapshot(name):
    if corpus.assessor(name) is None:
        pytest.skip(f"cpw_widgets.assess.{corpus.CORPORA[name].assessor} does not exist yet")
    before = verdicts.load_snapshot(name)
    assert before, f"no snapshot yet: run bench/verdicts.py --corpus {name} --accept"
    changed = verdicts.flips(before, verdicts.current(name), name)
    assert not changed, (
        f"{len(changed)} verdict(s) changed; if intended, run "
        f"`.venv/bin/python bench/verdicts.py --corpus {name} --accept` and commit the snapshot:\n" + "\n".join(changed[:60])
    )


def test_flips_are_reported_readably():
    before = {("legacy-dev-r001", "positive"): "1:positive.wanted", ("b01-r001", "reason"): "0:reason.missing"}
    after = {("legacy-dev-r001", "positive"): "0:positive.stop", ("b01-r001", "reason"): "0:reason.missing"}
    lines = verdicts.flips(before, after)
    assert len(lines) == 1
    assert lines[0].startswith("legacy-dev-r001 positive: 1:positive.wanted -> 0:positive.stop")
    assert "'" in lines[0]  # the text is shown (a train batch)
    sealed = verdicts.flips({("b01-r001", "reason"): "1:x"}, {("b01-r001", "reason"): "0:y"})
    assert sealed == ["b01-r001 reason: 1:x -> 0:y   (sealed)"]
