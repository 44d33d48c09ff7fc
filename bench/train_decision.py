"""Fit the learned decision of an assessor and choose it by measurement.

Run: .venv/bin/python bench/train_decision.py [--corpus request|question|compliment] [--write]

``--corpus`` (default ``request``: assess_request on tests/data/corpus) picks the
corpus and its assessor. For the intervisie corpora the assessor's module
(``cpw_widgets.assess.question``, ``...compliment``) provides
``bench_features(text, case) -> (feature names, rule verdicts by criterion,
deciding rule ids by criterion)``, the same features it scores at run time.

Only the corpus's ``train`` batches are read (never the sealed ones). Per
criterion (and for ``asks``: does the text ask anything?) it compares three
deciders under leave-one-batch-out cross-validation (each train batch is
predicted by a model fitted on all other train batches):

``rules``    the rule layer's verdict alone
``learned``  a logistic regression over words and structure only
``hybrid``   the same, with the rule verdicts and rule ids as features (for the intervisie
             corpora only those of the criterion itself: each criterion is judged on its own)

It prints balanced accuracy, accuracy and Cohen's kappa against the gold labels
(at p = 0.5), then picks per criterion the regularisation by LOBO balanced
accuracy and a "twijfel" band around 0.5 that holds at most ``--max-doubt`` of
the LOBO texts, and reports the figures on the rest. With ``--write`` the
chosen models, fitted on all train batches, go to
cpw_widgets/assess/data/decision.json (request) or decision_<corpus>.json
(scored in pure Python by decision.py).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from metrics import scores  # noqa: E402

from cpw_widgets.assess.criteria import REQUEST_CRITERIA  # noqa: E402
from cpw_widgets.assess.decision import model_path, verdict_of  # noqa: E402
from cpw_widgets.assess.features import request_features  # noqa: E402
from cpw_widgets.assess.nl import analyse  # noqa: E402
from cpw_widgets.assess.request import rule_verdicts  # noqa: E402
from cpw_widgets.assess.structure import RequestDoc  # noqa: E402

KEYS = ("asks",) + REQUEST_CRITERIA
MIN_DF = 3            # a feature must occur in at least this many train texts
PRUNE = 0.05          # smaller weights are dropped (in the export and in every measured fit)
C_GRID = (0.1, 0.3, 1.0)
TIE = 0.005           # LOBO balanced accuracies closer than this count as equal (intervisie corpora)


def keys_of(corpus_name: str) -> tuple[str, ...]:
    """The keys a decision is fitted for (request: ``asks`` and the criteria)."""
    return KEYS if corpus_name == "request" else corpus.criteria_of(corpus_name)


def featurise(items, corpus_name: str = "request"):
    """(feature-name sets, rule verdicts, deciding rule ids) per item."""
    feats, ruled, rids = [], [], []
    if corpus_name != "request":
        features = importlib.import_module(f"cpw_widgets.assess.{corpus_name}").bench_features
        for it in items:
            names, verdicts, ids = features(it.text, it.case)
            feats.append(names)
            ruled.append(verdicts)
            rids.append(ids)
        return feats, ruled, rids
    for it in items:
        doc = RequestDoc(it.text, analyse(it.text))
        rules = rule_verdicts(doc) if doc.sentences else {}
        names, _ = request_features(doc, rules) if doc.sentences else (set(), {})
        feats.append(names)
        verdicts = {k: bool(r.passed) for k, r in rules.items()}
        verdicts["asks"] = doc.has_request
        ruled.append(verdicts)
        rids.append({k: r.rule for k, r in rules.items()})
    return feats, ruled, rids


TRUST_MIN_N = 15       # a rule is trusted after at least this many decisions ...
TRUST_PRECISION = 0.97  # ... agreeing with the gold label this often (new batches only)


def trusted_rules(items, idx, key, ruled, rids):
    """Rule ids whose verdict on ``key`` the labellers confirmed nearly always on
    the given (new-batch) texts: the model may not overrule them."""
    hits = defaultdict(lambda: [0, 0])
    for i in idx:
        rid = rids[i].get(key)
        g = gold_of(items[i], key)
        if rid and g is not None and not items[i].batch.startswith("legacy"):
            hits[rid][0] += 1
            hits[rid][1] += ruled[i][key] == g
    return sorted(r for r, (n, ok) in hits.items() if n >= TRUST_MIN_N and ok / n >= TRUST_PRECISION)


def gold_of(item, key):
    """The gold label for ``key`` (None: not applicable or unknown)."""
    if key == "asks":
        # only batches labelled under the current rulebook mark "asks nothing" (-)
        if len(item.votes) < 2 or "concrete" not in item.gold:
            return None
        return item.gold["concrete"] is not None
    return item.gold.get(key)


# word features (words, word pairs, first words): they memorise the phrasing of
# the train writers, so the "struct" mode leaves them out
LEXICAL = ("w:", "b:", "first:", "w.", "b.", "r.", "o.", "s.first_", "s.beside_first_")


def mode_features(names: set[str], mode: str, key: str | None = None) -> dict[str, int]:
    """The features a mode fits on. With ``key`` (the intervisie corpora), a model sees
    the rule verdicts of its own criterion only: each criterion is judged on its own
    (RULEBOOK), so a sting the rules found must not pull "effect" down."""
    if key and key != "asks":
        names = {n for n in names if not n.startswith(("rule.", "rid.")) or n == f"rule.{key}" or n.startswith(f"rid.{key}.")}
    if mode == "learned":
        return {n: 1 for n in names if not n.startswith(("rule.", "rid."))}
    if mode == "struct":
        return {n: 1 for n in names if not n.startswith(LEXICAL)}
    return {n: 1 for n in names}


# the intervisie corpora fit each criterion on its own rule verdicts only (set in main)
OWN_RULES = False


def own(key: str) -> str | None:
    """The criterion whose rule verdicts a model may see (None: all, as for the request corpus)."""
    return key if OWN_RULES else None


LEGACY_WEIGHT = 1.0  # weight of a legacy text (labelled once, under older rules) in the fit
# a feature must also occur in at least this many train batches (writers) of the fit: a word
# only one or two writers use says nothing about a new writer (0: no such limit)
MIN_BATCHES = 0
# the fold of a batch in the cross-validation: by default every batch is its own fold
# (leave-one-batch-out); --groups puts several batches (one register) in one fold
GROUP: dict[str, str] = {}


def fold_of(batch: str) -> str:
    return GROUP.get(batch, batch)


def fit(X_dicts, y, C, min_df=MIN_DF, weights=None, batches=None):
    df = defaultdict(int)
    seen_in = defaultdict(set)
    for i, d in enumerate(X_dicts):
        for n in d:
            df[n] += 1
            if batches is not None:
                seen_in[n].add(batches[i])
    keep = {n for n, c in df.items() if c >= min_df and (batches is None or len(seen_in[n]) >= MIN_BATCHES)}
    vec = DictVectorizer()
    X = vec.fit_transform([{n: 1 for n in d if n in keep} for d in X_dicts])
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
    clf.fit(X, y, sample_weight=weights)
    # the shipped model drops small weights; measure what is shipped
    clf.coef_[np.abs(clf.coef_) < PRUNE] = 0.0
    return vec, clf


def predict(model, X_dicts):
    vec, clf = model
    return clf.predict_proba(vec.transform(X_dicts))[:, 1]


def lobo(items, feats, key, mode, C, ruled=None, rids=None, trusted_out=None):
    """Leave-one-batch-out probabilities for the items that have gold for ``key``
    (and, into ``trusted_out``, the rules trusted by each fold for its held-out items)."""
    idx = [i for i, it in enumerate(items) if gold_of(it, key) is not None]
    folds = sorted({fold_of(items[i].batch) for i in idx})
    probs = {}
    for held in folds:
        tr = [i for i in idx if fold_of(items[i].batch) != held]
        te = [i for i in idx if fold_of(items[i].batch) == held]
        y = [gold_of(items[i], key) for i in tr]
        if len(set(y)) < 2:
            continue
        w = [LEGACY_WEIGHT if items[i].batch.startswith("legacy") else 1.0 for i in tr]
        model = fit([mode_features(feats[i], mode, own(key)) for i in tr], y, C, weights=w, batches=[items[i].batch for i in tr])
        if trusted_out is not None and key != "asks":
            trusted = set(trusted_rules(items, tr, key, ruled, rids))
            for i in te:
                trusted_out[i] = trusted
        for i, p in zip(te, predict(model, [mode_features(feats[i], mode, own(key)) for i in te])):
            probs[i] = float(p)
    return probs


def verdict(p, rule, d, trusted=False):
    """The shipped policy (decision.verdict_of) with a band of ±d around 0.5."""
    return verdict_of(p, 0.5 - d, 0.5 + d, rule, trusted)


def band_for(triples, max_doubt, max_band=0.45):
    """The widest band around 0.5 (at most ±``max_band``) whose twijfel share
    stays at most ``max_doubt`` (triples of gold, probability, rule verdict)."""
    best = 0.0
    for d in np.arange(0.0, min(max_band, 0.45) + 1e-9, 0.005):
        share = sum(verdict(p, r, d, t) is None for _, p, r, t in triples) / len(triples)
        if share <= max_doubt:
            best = float(d)
    return best


def heldout_check(items, feats, ruled, rids, held, name, modes, chosen):
    """Every mode fitted on ``items`` and scored on the held-out batches (p = 0.5),
    and the chosen decision with its band and trusted rules (scored on the sure rest)."""
    hfeats, hruled, hrids = featurise(held, name)
    print(f"\nHeld-out check on {', '.join(sorted({it.batch for it in held}))} ({len(held)} texts), fitted on "
          f"{', '.join(sorted({it.batch for it in items}))}: bal.acc/acc/kappa at p = 0.5; chosen: on the sure rest")
    print(f"{'criterion':11} {'n':>4}  {'rules':>17}  " + "  ".join(f"{m + ' C=' + str(c):>17}" for m, c in modes)
          + f"  {'chosen (twijfel)':>24}")
    for key in keys_of(name):
        idx = [i for i, it in enumerate(items) if gold_of(it, key) is not None]
        hidx = [j for j, it in enumerate(held) if gold_of(it, key) is not None]
        if not hidx or len({gold_of(items[i], key) for i in idx}) < 2:
            continue
        gold = [gold_of(held[j], key) for j in hidx]
        cells = [scores(list(zip(gold, [hruled[j][key] for j in hidx])))]
        probs_by = {}
        for mode, C in modes:
            model = fit([mode_features(feats[i], mode, own(key)) for i in idx], [gold_of(items[i], key) for i in idx], C,
                        batches=[items[i].batch for i in idx])
            probs_by[(mode, C)] = predict(model, [mode_features(hfeats[j], mode, own(key)) for j in hidx])
            cells.append(scores([(g, p >= 0.5) for g, p in zip(gold, probs_by[(mode, C)])]))
        line = f"{key:11} {len(hidx):4d}  " + "  ".join(f"{c['bal']:.3f}/{c['acc']:.3f}/{c['kappa']:.2f}" for c in cells)
        c = chosen.get(key)
        if c and c["mode"] == "rules":
            line += f"  rules alone: {cells[0]['bal']:.3f}/{cells[0]['acc']:.3f}/{cells[0]['kappa']:.2f} (0%)"
        elif c:
            trusted = set(trusted_rules(items, idx, key, ruled, rids))
            decided = [(g, verdict(p, hruled[j][key], c["band"], hrids[j].get(key) in trusted))
                       for g, p, j in zip(gold, probs_by[(c["mode"], c["C"])], hidx)]
            sure = [(g, v) for g, v in decided if v is not None]
            s = scores(sure)
            line += f"  {c['mode']} C={c['C']}: {s['bal']:.3f}/{s['acc']:.3f}/{s['kappa']:.2f} ({100 * (1 - len(sure) / len(decided)):.0f}%)"
        print(line)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(corpus.CORPORA), default="request", help="which corpus and assessor")
    ap.add_argument("--write", action="store_true", help="write the chosen models to the corpus's decision file")
    ap.add_argument("--max-doubt", type=float, default=0.08, help="largest twijfel share per criterion")
    ap.add_argument("--max-band", type=float, default=0.45, help="widest twijfel band around 0.5 (half-width)")
    ap.add_argument("--hybrid-only", action="store_true",
                    help="choose only among hybrid models (rule verdicts among the features), never words alone")
    ap.add_argument("--heldout", default="", metavar="B1,B2",
                    help="train batches left out of the fit and the choice, then scored (a second held-out check)")
    ap.add_argument("--legacy-weight", type=float, default=LEGACY_WEIGHT, help="weight of legacy texts in the fit")
    ap.add_argument("--min-batches", type=int, default=MIN_BATCHES, metavar="K",
                    help="keep only features seen in at least K train batches of a fit (0: no limit)")
    ap.add_argument("--groups", default="", metavar="B1+B2,B3+B4",
                    help="cross-validate by leaving out a whole group of batches (e.g. one register) at a time")
    ap.add_argument("--c-grid", default="", metavar="C1,C2",
                    help="regularisation strengths of the hybrid and struct models (intervisie corpora)")
    args = ap.parse_args(argv)
    globals()["LEGACY_WEIGHT"] = args.legacy_weight
    globals()["OWN_RULES"] = args.corpus != "request"
    globals()["MIN_BATCHES"] = args.min_batches
    for group in filter(None, args.groups.split(",")):
        GROUP.update({b: group for b in group.split("+")})
    grid = tuple(float(c) for c in args.c_grid.split(",") if c) or None

    name = args.corpus
    batches = corpus.load_corpus(roles={"train"}, corpus=name)
    held_ids = {b for b in args.heldout.split(",") if b}
    held = corpus.items_of([b for b in batches if b.id in held_ids], name)
    batches = [b for b in batches if b.id not in held_ids]
    items = corpus.items_of(batches, name)
    print(f"train batches: {len(batches)}, {name} texts: {len(items)}")
    feats, ruled, rids = featurise(items, name)

    chosen = {}
    new_batch = [not it.batch.startswith("legacy") for it in items]
    print("\nLeave-one-batch-out (p = 0.5) on the batches written for this corpus (not the legacy sets the")
    print("rules were tuned on): balanced accuracy / accuracy / kappa")
    modes = [("learned", 0.3)] + [("hybrid", c) for c in C_GRID]
    if name != "request":  # the intervisie corpora also weigh stronger regularisation and no word features
        modes += [("hybrid", 0.03)] + [("struct", c) for c in (0.03,) + C_GRID]
        if grid:
            modes = [("learned", 0.3)] + [(m, c) for m in ("hybrid", "struct") for c in grid]
    print(f"{'criterion':11} {'n':>5}  {'rules':>17}  " + "  ".join(f"{m + ' C=' + str(c):>17}" for m, c in modes))
    for key in keys_of(name):
        idx = [i for i, it in enumerate(items) if gold_of(it, key) is not None]
        gold = {i: gold_of(items[i], key) for i in idx}
        new_idx = [i for i in idx if new_batch[i]]
        row = {"rules": scores([(gold[i], ruled[i][key]) for i in new_idx])}
        probs_by, trusted_by = {}, {}
        for mode, C in modes:
            trusted_by[(mode, C)] = {}
            probs = lobo(items, feats, key, mode, C, ruled, rids, trusted_by[(mode, C)])
            probs_by[(mode, C)] = probs
            row[(mode, C)] = scores([(gold[i], probs[i] >= 0.5) for i in new_idx if i in probs])
        if not probs_by[modes[0]] or not row[modes[0]]["n"]:
            print(f"{key:11} {len(new_idx):5d}  fewer than two batches with gold: no model")
            continue
        cells = [row["rules"]] + [row[m] for m in modes]
        print(f"{key:11} {len(new_idx):5d}  " + "  ".join(f"{c['bal']:.3f}/{c['acc']:.3f}/{c['kappa']:.2f}" for c in cells))
        allowed = [m for m in modes if not (args.hybrid_only and m[0] == "learned")]
        best = max(allowed, key=lambda m: row[m]["bal"])
        if name != "request":
            # within TIE of the best, the simplest model (no word features, then the strongest
            # regularisation): a difference that small is noise, and simpler models travel better
            near = [m for m in allowed if row[m]["bal"] >= row[best]["bal"] - TIE]
            best = min(near, key=lambda m: (m[0] != "struct", m[1]))
        tb = trusted_by[best]
        triples = [(gold[i], probs_by[best][i], ruled[i][key], rids[i].get(key) in tb.get(i, ())) for i in new_idx if i in probs_by[best]]
        d = band_for(triples, args.max_doubt, args.max_band)
        decided = [(g, verdict(p, r, d, t)) for g, p, r, t in triples]
        sure = [(g, v) for g, v in decided if v is not None]
        pairs = triples
        no_doubt = scores([(g, verdict(p, r, 0.0, t) if p != 0.5 else p > 0.5) for g, p, r, t in triples])
        chosen[key] = {"mode": best[0], "C": best[1], "band": d, "lobo": no_doubt, "lobo_sure": scores(sure),
                       "doubt": 1 - len(sure) / len(pairs), "rules": row["rules"]}
        if name != "request" and row["rules"]["bal"] >= chosen[key]["lobo_sure"]["bal"]:
            # the decision does not beat the rules on LOBO, not even on its sure rest: the rules decide alone
            chosen[key].update(mode="rules", C=0.0, band=0.0, lobo=row["rules"], lobo_sure=row["rules"], doubt=0.0)

    print("\nChosen per criterion (LOBO, new batches, trusted rules kept): rules -> decision bal.acc at p = 0.5;")
    print("twijfel band and share; bal.acc, acc and kappa on the sure rest")
    for key, c in chosen.items():
        print(f"{key:11} {c['mode']:7} C={c['C']:<4} rules {c['rules']['bal']:.3f} -> {c['lobo']['bal']:.3f}  "
              f"band ±{c['band']:.3f} twijfel {100 * c['doubt']:.1f}%  sure: bal {c['lobo_sure']['bal']:.3f} "
              f"acc {c['lobo_sure']['acc']:.3f} kappa {c['lobo_sure']['kappa']:.2f}")

    if held:
        heldout_check(items, feats, ruled, rids, held, name, modes, chosen)
    if args.write:
        spec = corpus.CORPORA[name]
        out = {"about": f"Learned decision of {spec.assessor}; fitted by bench/train_decision.py on the train "
                        f"batches of {spec.folder.relative_to(corpus.ROOT)}. Do not edit by hand.", "models": {}}
        for key, c in chosen.items():
            if c["mode"] == "rules":
                continue  # no model: decision.decide() leaves the rule's verdict
            idx = [i for i, it in enumerate(items) if gold_of(it, key) is not None]
            X = [mode_features(feats[i], c["mode"], own(key)) for i in idx]
            w = [LEGACY_WEIGHT if items[i].batch.startswith("legacy") else 1.0 for i in idx]
            vec, clf = fit(X, [gold_of(items[i], key) for i in idx], c["C"], weights=w, batches=[items[i].batch for i in idx])
            weights = {n: round(float(w), 3) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= PRUNE}
            trusted = [] if key == "asks" else trusted_rules(items, idx, key, ruled, rids)
            out["models"][key] = {"bias": round(float(clf.intercept_[0]), 4), "lo": round(0.5 - c["band"], 3),
                                  "hi": round(0.5 + c["band"], 3), "mode": c["mode"], "C": c["C"],
                                  "trusted": trusted, "weights": weights}
        path = model_path(name)
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(out, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"\nwrote {path.relative_to(corpus.ROOT)}: {path.stat().st_size / 1024:.0f} kB, "
              + ", ".join(f"{k} {len(m['weights'])}" for k, m in out["models"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
