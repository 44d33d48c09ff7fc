"""cpw-check: judge a progress request, a circle-technique item or a process
compliment from the shell.

    cpw-check verzoek "Zou je om 9 uur willen beginnen, zodat ...?"
    cpw-check uitspraak "Ik plan elke maandag mijn week"
    cpw-check compliment "Doordat je hem zelf liet kiezen, komt hij nu vaker."
    echo "tekst" | cpw-check verzoek -

Prints the verdict per criterion (✓/✗ with feedback) and exits 0 when every
criterion passes, 1 otherwise (2 on a usage error).
"""

from __future__ import annotations

import argparse
import sys

from .assess import assess_compliment, assess_request, assess_statement

_ASSESSORS = {"verzoek": assess_request, "uitspraak": assess_statement, "compliment": assess_compliment}


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cpw-check",
        description="Beoordeel een progressieverzoek, een uitspraak voor de cirkeltechniek of een procescompliment.",
    )
    ap.add_argument("soort", choices=sorted(_ASSESSORS), help="verzoek, uitspraak of compliment")
    ap.add_argument("tekst", help='de tekst tussen aanhalingstekens, of "-" om van stdin te lezen')
    return ap


def render(result) -> str:
    """The Dutch verdict as plain text, one line per criterion."""
    lines = []
    if result.message:
        lines.append(result.message)
    for crit in result.criteria.values():
        mark = "?" if crit.passed is None else "✓" if crit.passed else "✗"
        lines.append(f"{mark} {crit.label}: {crit.feedback}")
    done = sum(c.passed is True for c in result.criteria.values())
    doubts = len(result.doubts)
    lines.append(f"{done} van de {len(result.criteria)} criteria in orde."
                 + (f" Bij {doubts} twijfel ik (?): kijk daar zelf nog even naar." if doubts else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    text = sys.stdin.read() if args.tekst == "-" else args.tekst
    result = _ASSESSORS[args.soort](text)
    print(render(result))
    return 0 if result.passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
