"""The accuracy metrics of the bench, defined once."""

from __future__ import annotations


def kappa(pairs: list[tuple[object, object]]) -> float:
    """Cohen's kappa between the two sides of ``pairs``."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    cats = {a for a, _ in pairs} | {b for _, b in pairs}
    expected = sum((sum(a == c for a, _ in pairs) / n) * (sum(b == c for _, b in pairs) / n) for c in cats)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def scores(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """pairs of (label, predicted): n, accuracy, balanced accuracy (mean recall of
    both classes), both recalls and Cohen's kappa."""
    n = len(pairs)
    pos = [p for lab, p in pairs if lab]
    neg = [not p for lab, p in pairs if not lab]
    rec_pos = sum(pos) / len(pos) if pos else float("nan")
    rec_neg = sum(neg) / len(neg) if neg else float("nan")
    acc = sum(lab == p for lab, p in pairs) / n if n else float("nan")
    return {"n": n, "acc": acc, "bal": (rec_pos + rec_neg) / 2, "rec_pos": rec_pos, "rec_neg": rec_neg,
            "kappa": kappa([(bool(a), bool(b)) for a, b in pairs])}
