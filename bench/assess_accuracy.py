"""How well the feedback agrees with careful labellers, per batch and role.

Run: .venv/bin/python bench/assess_accuracy.py [--corpus request|question|compliment] [--errors BATCH] [--no-lobo] [--no-sealed]

``--corpus`` picks the labelled corpus (bench/corpus.py) and its assessor,
found by name in cpw_widgets.assess (assess_request, assess_question,
assess_compliment; a corpus whose assessor does not exist yet is reported as
such). The intervisie assessors get each text's case (``case=``) when they take
it, and ``learned=False`` for the rules alone when they have a learned decision.
For them the tables add ``overall`` (every criterion met: gold from the settled
criteria, verdict ✗ as soon as one criterion fails, twijfel when one is unsure).

Prints, from the labelled corpus (default tests/data/corpus, see its RULEBOOK.md):

1. the labellers' own agreement per batch and criterion (Cohen's kappa), the
   ceiling for any assessor;
2. per batch and criterion, for the rules alone and for the shipped decision
   (rules + learned weights): balanced accuracy, accuracy and kappa against the
   gold labels, and the share of "twijfel" verdicts (scored on the sure rest);
3. the same pooled per role: ``train`` (in-sample: tuned or fitted on) and
   ``sealed`` (never read, never tuned on: only these figures are printed);
4. leave-one-batch-out figures of the decision (refitted per held-out train
   batch, bench/train_decision.py), unless --no-lobo;
5. the circle statements (assess_statement) per batch;
6. how often a ✗ quotes the learner's words, whether a ✓ on positive or
   concrete ever quotes a label word, and the time per text.

``--errors BATCH`` lists the misjudged texts of one train batch; it refuses a
sealed batch.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from metrics import kappa, scores  # noqa: E402

from cpw_widgets.assess import assess_request, assess_statement  # noqa: E402
from cpw_widgets.assess import cues as C  # noqa: E402
from cpw_widgets.assess.criteria import REQUEST_CRITERIA  # noqa: E402
from cpw_widgets.assess.decision import model_path  # noqa: E402

# Words that label the person: a ✓ on positive or concrete must never quote them
# as the wanted behaviour. ("Doe normaal", "het gezeur bewaren tot na de
# wedstrijd" name the behaviour itself, so those words are not in this list.)
LABEL_WORDS = {w.lower() for w in C.BLAME_LABELS} - {
    "normaal", "gedoe", "zeuren", "aanstellen", "verpesten", "dramatisch", "gezeur", "geklaag", "gezanik", "gezeik",
}
FUNCTION_WORDS = {"zorg", "doe", "wil", "kun", "graag", "je", "het", "de", "een", "dat", "niet"}


def fmt(s: dict) -> str:
    return f"{s['bal']:.3f} {s['acc']:.3f} {s['kappa']:5.2f}" if s["n"] else "   -     -     -  "


def run_requests(items):
    """Verdicts (rules, decision) per item, with timings and quote checks."""
    out, times = {}, []
    quoted = failed = 0
    label_quotes = []
    for it in items:
        t0 = time.perf_counter()
        decided = assess_request(it.text)
        times.append((time.perf_counter() - t0) * 1000)
        rules = assess_request(it.text, learned=False)
        out[it.id] = (rules, decided)
        for key, c in decided.criteria.items():
            if c.passed is False:
                failed += 1
                quoted += any(e and e in it.text and f'"{e}"' in c.feedback for e in c.evidence)
            if c.passed and key in {"positive", "concrete"}:
                for e in c.evidence:
                    words = {w.strip('.,!?"').lower() for w in e.split()}
                    if words & LABEL_WORDS or (len(words) == 1 and words <= FUNCTION_WORDS):
                        label_quotes.append((it.id, key, e))
    return out, times, (quoted, failed), label_quotes


def _passed(verdict, key):
    """A verdict's mark on ``key``: from an Assessment, or from a key -> mark map."""
    return verdict[key] if isinstance(verdict, dict) else verdict.criteria[key].passed


def pairs_for(items, verdicts, key, which, gold=None):
    """(gold, verdict) pairs; twijfel verdicts are left out and counted."""
    pairs, doubts = [], 0
    for it in items:
        g = gold(it, key) if gold else it.gold.get(key)
        if g is None:
            continue
        v = _passed(verdicts[it.id][which], key)
        if v is None:
            doubts += 1
            continue
        pairs.append((g, v))
    return pairs, doubts


def table(title, groups, verdicts, keys=REQUEST_CRITERIA, gold=None):
    print(f"\n== {title} ==")
    print("bal.acc / acc / kappa; rules alone -> shipped decision (twijfel share)")
    print(f"{'group':16} {'criterion':11} {'n':>4}   {'rules':18}   {'decision':18} {'twijfel':>7}")
    for name, items in groups:
        for key in keys:
            r, _ = pairs_for(items, verdicts, key, 0, gold)
            d, doubts = pairs_for(items, verdicts, key, 1, gold)
            n = len(r)
            share = doubts / n if n else 0.0
            print(f"{name:16} {key:11} {n:4d}   {fmt(scores(r))}   {fmt(scores(d))} {100 * share:6.1f}%")


def agreement_table(batches):
    print("\n== Labellers' agreement (Cohen's kappa per criterion; disagreements; unsettled) ==")
    for b in batches:
        if len(b.labellers) < 2:
            continue
        cells = []
        for kind, keys in corpus.KINDS.items():
            for key in keys:
                a = corpus.agreement(b, kind, key)
                if a and a[1]:
                    cells.append(f"{kind[0]}.{key} {a[0]:.2f} ({a[2]})")
        unsettled = sum(1 for it in b.items for k in corpus.KINDS[it.kind] if k not in it.gold)
        print(f"{b.id:8} {b.role:7} " + ", ".join(cells) + f"; unsettled {unsettled}")


def statements(batches):
    print("\n== assess_statement (circle items): bal.acc / acc / kappa ==")
    for role in ("train", "sealed"):
        for b in batches:
            if b.role != role:
                continue
            items = [it for it in b.items if it.kind == "statement" and it.gold.get("positive") is not None]
            if not items:
                continue
            s = scores([(it.gold["positive"], bool(assess_statement(it.text).passed)) for it in items])
            print(f"{b.id:16} {role:7} {s['n']:4d}   {fmt(s)}")


def show_errors(batch, verdicts):
    for it in batch.items:
        if it.kind != "request":
            continue
        _, decided = verdicts[it.id]
        for key in REQUEST_CRITERIA:
            g = it.gold.get(key)
            c = decided.criteria[key]
            if g is not None and c.passed is not g:
                print(f"ERR {it.id} {key:10} gold={int(g)} got={c.passed} p={c.probability}  {it.text}\n    -> [{c.rule}] {c.feedback}")


def overall_mark(marks):
    """✗ as soon as one criterion fails, twijfel (None) when one is unsure, else ✓."""
    values = list(marks)
    return False if False in values else None if None in values else True


def run_intervisie(items, call, keys, with_rules):
    """Per item (rules, decision) marks incl. overall, the Assessment, timings and quotes."""
    marks, results, times = {}, {}, []
    quoted = failed = 0
    for it in items:
        t0 = time.perf_counter()
        decided = call(it.text, it.case)
        times.append((time.perf_counter() - t0) * 1000)
        rules = call(it.text, it.case, learned=False) if with_rules else decided
        results[it.id] = decided
        pair = []
        for res in (rules, decided):
            m = {k: res.criteria[k].passed for k in keys}
            m["overall"] = overall_mark(m.values())
            pair.append(m)
        marks[it.id] = tuple(pair)
        for c in decided.criteria.values():
            if c.passed is False:
                failed += 1
                quoted += any(e and e in it.text and f'"{e}"' in c.feedback for e in c.evidence)
    return marks, results, times, (quoted, failed)


def intervisie_agreement(batches, keys):
    print("\n== Labellers' agreement (Cohen's kappa per criterion and overall; disagreements; unsettled) ==")
    for b in batches:
        if len(b.labellers) < 2:
            print(f"{b.id:8} {b.role:7} not labelled twice yet")
            continue
        first, second = b.labellers[:2]
        cells = []
        for key in keys:
            a = corpus.agreement(b, b.items[0].kind, key)
            cells.append(f"{key} {a[0]:.2f} ({a[2]})")
        both = [it for it in b.items if first in it.votes and second in it.votes]
        ov = [(all(it.votes[first][k] is True for k in keys), all(it.votes[second][k] is True for k in keys)) for it in both]
        cells.append(f"overall {kappa(ov):.2f} ({sum(x != y for x, y in ov)})")
        unsettled = sum(1 for it in b.items for k in keys if k not in it.gold)
        print(f"{b.id:8} {b.role:7} " + ", ".join(cells) + f"; unsettled {unsettled}")


def main_intervisie(name, args) -> int:
    batches = corpus.load_corpus(roles={"train"} if args.no_sealed else None, corpus=name)
    if args.errors:
        batch = next((b for b in batches if b.id == args.errors), None)
        if batch is None or batch.role == "sealed":
            print(f"{args.errors}: not a train batch (sealed batches show only their figures)")
            return 2
    found = corpus.assessor(name)
    if found is None:
        print(f"cpw_widgets.assess.{corpus.CORPORA[name].assessor} does not exist yet: nothing to measure on the {name} corpus")
        return 0
    call, with_rules = found
    keys = corpus.criteria_of(name)
    # The first calls load what every later call reuses (imports, the lemma dictionary,
    # and on the first name the word list behind nl.is_known): a learner waits for that
    # once per session, so it is printed apart from the time per text.
    t0 = time.perf_counter()
    call("Wat heb je al geprobeerd?", "")
    call("Ilse, hoe ging het met Kevin?", "Ilse is jobcoach. Ze begeleidt Kevin.")
    first = (time.perf_counter() - t0) * 1000
    items = corpus.items_of(batches, name)
    marks, results, times, (quoted, failed) = run_intervisie(items, call, keys, with_rules)

    def gold(it, key):
        return it.overall(keys) if key == "overall" else it.gold.get(key)

    all_keys = keys + ("overall",)
    if args.errors:
        for it in batch.items:
            for key in all_keys:
                g, v = gold(it, key), marks[it.id][1][key]
                if g is not None and v is not g:
                    c = results[it.id].criteria.get(key)
                    how = f"\n    -> [{c.rule}] p={c.probability} {c.feedback}" if c else ""
                    print(f"ERR {it.id} {key:12} gold={int(g)} got={v}  {it.text}{how}")
        return 0

    intervisie_agreement(batches, keys)
    table("Per batch", [(f"{b.id} ({b.role[0]})", b.items) for b in batches], marks, all_keys, gold)
    by_role = defaultdict(list)
    for it in items:
        by_role[it.role].append(it)
    table("Per role", [("train", by_role["train"]), ("sealed", by_role["sealed"])], marks, all_keys, gold)
    if not args.no_lobo and model_path(name).exists():
        import train_decision
        train_decision.main(["--corpus", name])
    times.sort()
    print(f"\nfirst two calls of a session (loading what later calls reuse): {first:.0f} ms")
    print(f"time per text (decision): median {statistics.median(times):.2f} ms, "
          f"p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms, max {times[-1]:.2f} ms (n={len(times)})")
    print(f"failed criteria whose feedback quotes the learner's words: {quoted}/{failed} "
          f"({100 * quoted / max(failed, 1):.1f}%)")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=sorted(corpus.CORPORA), default="request", help="which corpus and assessor")
    ap.add_argument("--errors", metavar="BATCH", help="list the misjudged texts of one train batch")
    ap.add_argument("--no-lobo", action="store_true", help="skip the leave-one-batch-out refits")
    ap.add_argument("--no-sealed", action="store_true", help="skip the sealed batches (for tuning runs)")
    args = ap.parse_args(argv)
    if args.corpus != "request":
        return main_intervisie(args.corpus, args)
    batches = [b for b in corpus.load_corpus() if not (args.no_sealed and b.role == "sealed")]
    if args.errors:
        batch = next((b for b in batches if b.id == args.errors), None)
        if batch is None or batch.role == "sealed":
            print(f"{args.errors}: not a train batch (sealed batches show only their figures)")
            return 2
    assess_request("Wil je dit lezen?")  # warm up: lazy import + dictionary load
    items = corpus.items_of(batches, "request")
    verdicts, times, (quoted, failed), label_quotes = run_requests(items)
    if args.errors:
        show_errors(batch, verdicts)
        return 0

    agreement_table(batches)
    per_batch = [(f"{b.id} ({b.role[0]})", [it for it in b.items if it.kind == "request"]) for b in batches]
    table("Per batch", per_batch, verdicts)
    by_role = defaultdict(list)
    for it in items:
        by_role[it.role].append(it)
    new = [it for it in by_role["train"] if not it.batch.startswith("legacy")]
    table("Per role", [("train (all)", by_role["train"]), ("train (new)", new), ("sealed", by_role["sealed"])], verdicts)
    if not args.no_lobo:
        import train_decision
        train_decision.main([])
    statements(batches)
    times.sort()
    print(f"\ntime per text (decision): median {statistics.median(times):.2f} ms, "
          f"p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms (n={len(times)})")
    print(f"failed criteria whose feedback quotes the learner's words: {quoted}/{failed} "
          f"({100 * quoted / max(failed, 1):.1f}%)")
    print(f"✓ on positive/concrete quoting a label word or a lone function word: {len(label_quotes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
