"""Cue lists for the assessors: data in data/cues.yaml, loaded once here.

Every entry is matched on a token or its simplemma lemma (never as a substring),
and always inside the clause it stands in (see nl.py). The YAML file says, per
list, why its cues are there, so a maintainer can judge a new one against the
method (CPW: positive, concrete, with a reason, as a question, without
reproach) without touching code. The names below are the lists' names there:
``words`` become sets, ``phrases`` and ``pairs`` lists of tuples (matched as
consecutive tokens), ``suffixes`` a tuple of word endings.
"""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

_PATH = Path(__file__).parent / "data" / "cues.yaml"


def load(path: Path = _PATH) -> dict[str, object]:
    """The cue lists of one cue file by name (assess_compliment has its own file)."""
    raw = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    out: dict[str, object] = {}
    for name, entry in raw.items():
        ((kind, items),) = entry.items()
        if kind == "words":
            out[name] = {str(w) for w in items}
        elif kind in {"phrases", "pairs"}:
            out[name] = [tuple(str(w) for w in p) for p in items]
        elif kind == "suffixes":
            out[name] = tuple(str(w) for w in items)
        else:
            raise ValueError(f"{path.name}: {name}: unknown kind {kind!r}")
    return out


globals().update(load())
