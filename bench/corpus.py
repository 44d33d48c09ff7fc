"""The labelled corpora of the free-text assessors: loading, gold labels, agreement.

Three corpora (``CORPORA``), each with its RULEBOOK.md and index.yaml:

``request``     tests/data/corpus/ (assess_request, assess_statement); layout below
``question``    tests/data/corpus-question/ (assess_question)
``compliment``  tests/data/corpus-compliment/ (assess_compliment)

The two intervisie corpora share one layout (file formats in
tests/data/corpus-question/WRITERS.md): ``<b>.texts.yaml`` holds ``cases:``
(id, text) and ``texts:`` (id, case, text); label files have a header row naming
the criteria and a derived ``overall`` column, which is ignored here (it follows
from the criteria); ``<b>.settled*.tsv`` as below. Every item carries the text
of its case (``Item.case``).

Layout of the request corpus (tests/data/corpus/, rules in RULEBOOK.md there):

``index.yaml``
    Every batch with its role: ``train`` (may be read and tuned on) or
    ``sealed`` (only its figures are reported; nobody reads its errors).
``batches/<batch>.texts.yaml``
    The texts as the writer committed them, with who wrote them, when and with
    which brief: ``requests`` and ``statements``, each item an ``id`` and ``text``.
``batches/<batch>.labels-<labeller>.tsv``
    One labeller's labels, made without the assessor: ``id`` then ``1``/``0``/``-``
    per criterion (statements: only ``positive``).
``batches/<batch>.settled.tsv`` (and ``.settled-2.tsv`` ... for later rounds)
    Where two labellers differ: ``id``, ``criterion``, the settled value and the
    rule of the rulebook that settled it.

Gold label: the labellers' common value; where they differ, the settled one;
with a single labeller (the older batches), that labeller's value. ``None``
stands for ``-`` (not applicable: the text asks nothing).
"""

from __future__ import annotations

import csv
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# libyaml's parser reads the ~90 batch files about ten times faster than the
# pure-Python one (0.5 s against 6.6 s), and the tests load every corpus several
# times; the result is the same.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)


ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "corpus"
BATCHES = CORPUS / "batches"

import sys  # noqa: E402

sys.path.insert(0, str(ROOT))
from cpw_widgets.assess.criteria import (  # noqa: E402
    COMPLIMENT_CRITERIA,
    QUESTION_CRITERIA,
    REQUEST_CRITERIA,
    STATEMENT_CRITERIA,
)

sys.path.insert(0, str(ROOT / "bench"))
from metrics import kappa  # noqa: E402

KINDS = {"request": REQUEST_CRITERIA, "statement": STATEMENT_CRITERIA}
_SECTION = {"request": "requests", "statement": "statements"}
_VALUES = {"1": True, "0": False, "-": None}


@dataclass(frozen=True)
class Spec:
    """One corpus: where it lives, its kinds of text (kind -> criteria, kind ->
    section of the texts file) and the name of the assessor judged on it."""

    name: str
    folder: Path
    kinds: dict[str, tuple[str, ...]]
    sections: dict[str, str]
    assessor: str


CORPORA: dict[str, Spec] = {
    "request": Spec("request", CORPUS, KINDS, _SECTION, "assess_request"),
    "question": Spec("question", ROOT / "tests" / "data" / "corpus-question",
                     {"question": QUESTION_CRITERIA}, {"question": "texts"}, "assess_question"),
    "compliment": Spec("compliment", ROOT / "tests" / "data" / "corpus-compliment",
                       {"compliment": COMPLIMENT_CRITERIA}, {"compliment": "texts"}, "assess_compliment"),
}


def _batches_dir(spec: Spec) -> Path:
    # the request corpus reads the module's BATCHES at call time (tests point it elsewhere)
    return BATCHES if spec.name == "request" else spec.folder / "batches"


def assessor(name: str) -> tuple[Callable, bool] | None:
    """The corpus's assessor as ``call(text, case, learned=True) -> Assessment``
    (passing ``case``/``learned`` only when it takes them) and whether it takes
    ``learned``; None while cpw_widgets.assess has no function of that name."""
    import cpw_widgets.assess

    fn = getattr(cpw_widgets.assess, CORPORA[name].assessor, None)
    if fn is None:
        return None
    params = inspect.signature(fn).parameters

    def call(text: str, case: str = "", learned: bool = True):
        kwargs: dict = {}
        if "case" in params:
            kwargs["case"] = case or None
        if "learned" in params:
            kwargs["learned"] = learned
        return fn(text, **kwargs)
    return call, "learned" in params


def criteria_of(name: str) -> tuple[str, ...]:
    """The criteria of a corpus's main kind (request, question, compliment)."""
    return CORPORA[name].kinds[name]


@dataclass
class Item:
    id: str
    batch: str
    role: str
    kind: str                      # "request", "statement", "question" or "compliment"
    text: str
    gold: dict[str, bool | None]   # criterion -> label (None: not applicable)
    votes: dict[str, dict[str, bool | None]] = field(default_factory=dict)  # labeller -> labels
    case: str = ""                 # the case description the text reacts to (intervisie corpora)

    def overall(self, keys: tuple[str, ...]) -> bool | None:
        """Gold ``overall``: every criterion 1 (a "-" counts as not 1); None
        while a criterion has no gold."""
        if any(k not in self.gold for k in keys):
            return None
        return all(self.gold[k] is True for k in keys)


@dataclass
class Batch:
    id: str
    role: str
    meta: dict
    items: list[Item]
    labellers: list[str]


def read_labels(path: Path, kind_of: dict[str, str],
                kinds: dict[str, tuple[str, ...]] = KINDS) -> dict[str, dict[str, bool | None]]:
    """One labeller's TSV: id -> criterion -> value. Comment lines start with '#';
    a column after the criteria (``overall``) is ignored."""
    out: dict[str, dict[str, bool | None]] = {}
    rows = [r for r in csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t")
            if r and r[0].strip() and not r[0].startswith("#")]
    if kinds is not KINDS:  # the intervisie corpora: the header must name the criteria in order
        (keys,) = set(kinds.values())
        if [h.strip() for h in rows[0][1 : 1 + len(keys)]] != list(keys):
            raise ValueError(f"{path.name}: header {rows[0]!r} must name {list(keys)}")
    for row in rows[1:]:  # the first row is the header
        item_id = row[0].strip()
        if item_id not in kind_of:
            raise ValueError(f"{path.name}: unknown id {item_id!r}")
        keys = kinds[kind_of[item_id]]
        values = [v.strip() for v in row[1 : 1 + len(keys)]]
        if len(values) != len(keys) or any(v not in _VALUES for v in values):
            raise ValueError(f"{path.name}: row {row!r} needs {len(keys)} values of 1/0/-")
        out[item_id] = {k: _VALUES[v] for k, v in zip(keys, values)}
    return out


def read_settled(path: Path) -> dict[tuple[str, str], bool | None]:
    if not path.exists():
        return {}
    rows = [r for r in csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t")
            if r and not r[0].startswith("#")]
    return {(r[0].strip(), r[1].strip()): _VALUES[r[2].strip()] for r in rows[1:]}


def settling_round(path: Path) -> int:
    """1 for ``<b>.settled.tsv``, N for ``<b>.settled-N.tsv``. (Sorting the names
    put "settled-2" before "settled", so the first round won.)"""
    tail = path.name[: -len(".tsv")].rsplit(".settled", 1)[1]
    return int(tail[1:]) if tail.startswith("-") else 1


def load_batch(batch_id: str, role: str, corpus: str = "request") -> Batch:
    spec = CORPORA[corpus]
    folder = _batches_dir(spec)
    meta = _read_yaml(folder / f"{batch_id}.texts.yaml")
    cases = {c["id"]: c["text"] for c in meta.get("cases") or []}
    texts: list[tuple[str, str, str, str]] = []  # (id, kind, text, case text)
    for kind, section in spec.sections.items():
        texts += [(it["id"], kind, it["text"], cases.get(it.get("case"), "")) for it in meta.get(section) or []]
    kind_of = {i: k for i, k, _, _ in texts}
    label_files = sorted(folder.glob(f"{batch_id}.labels-*.tsv"))
    labellers = [p.name.split(".labels-")[1][: -len(".tsv")] for p in label_files]
    votes = {who: read_labels(p, kind_of, spec.kinds) for who, p in zip(labellers, label_files)}
    settled: dict[tuple[str, str], bool | None] = {}
    for path in sorted(folder.glob(f"{batch_id}.settled*.tsv"), key=settling_round):  # later rounds win
        settled.update(read_settled(path))
    items = []
    for item_id, kind, text, case in texts:
        its_votes = {who: v[item_id] for who, v in votes.items() if item_id in v}
        gold: dict[str, bool | None] = {}
        for key in spec.kinds[kind]:
            values = {v[key] for v in its_votes.values()}
            if (item_id, key) in settled:
                gold[key] = settled[(item_id, key)]
            elif len(values) == 1:
                gold[key] = values.pop()
            # else: unsettled disagreement or unlabelled: no gold for this criterion
        items.append(Item(item_id, batch_id, role, kind, text, gold, its_votes, case))
    skip = set(spec.sections.values()) | {"cases"}
    return Batch(batch_id, role, {k: v for k, v in meta.items() if k not in skip}, items, labellers)


def load_corpus(roles: set[str] | None = None, corpus: str = "request") -> list[Batch]:
    """Every batch listed in the corpus's index.yaml (optionally only the given roles)."""
    spec = CORPORA[corpus]
    folder = _batches_dir(spec)
    index = _read_yaml(spec.folder / "index.yaml")
    out = []
    for entry in index["batches"]:
        if roles is None or entry["role"] in roles:
            if not any(folder.glob(f"{entry['id']}.labels-*.tsv")):
                # not labelled yet: no gold, and its texts are not read (a sealed batch stays unopened)
                print(f"note: {corpus} batch {entry['id']} has no labels yet: skipped", file=sys.stderr)
                continue
            if (folder / f"{entry['id']}.texts.yaml").exists():
                batch = load_batch(entry["id"], entry["role"], corpus)
                if len(batch.labellers) < entry.get("labellers", 2):
                    for it in batch.items:  # not fully labelled yet: no gold
                        it.gold = {}
                out.append(batch)
    return out


def items_of(batches: list[Batch], kind: str) -> list[Item]:
    return [it for b in batches for it in b.items if it.kind == kind]


def agreement(batch: Batch, kind: str, key: str) -> tuple[float, int, int] | None:
    """(kappa, number of texts both labelled, number of disagreements), or None
    when the batch has fewer than two labellers."""
    if len(batch.labellers) < 2:
        return None
    first, second = batch.labellers[:2]
    pairs = [(it.votes[first][key], it.votes[second][key]) for it in batch.items
             if it.kind == kind and first in it.votes and second in it.votes]
    return kappa(pairs), len(pairs), sum(x != y for x, y in pairs)
