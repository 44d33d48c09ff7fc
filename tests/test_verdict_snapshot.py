"""Every verdict on every labelled text matches the committed snapshot.

A change to a rule, a word list or the learned weights that flips a verdict
fails here with the flips listed (text, criterion, verdict:rule before -> after).
Accept them on purpose with ``.venv/bin/python bench/verdicts.py --accept`` and
commit the snapshot with the change.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import verdicts  # noqa: E402


def test_no_verdict_flips_against_the_snapshot():
    before = verdicts.load_snapshot()
    assert before, "no snapshot yet: run bench/verdicts.py --accept"
    changed = verdicts.flips(before, verdicts.current())
    assert not changed, (
        f"{len(changed)} verdict(s) changed; if intended, run "
        "`.venv/bin/python bench/verdicts.py --accept` and commit the snapshot:\n" + "\n".join(changed[:60])
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
