"""cpw-check: judge a progress request or a circle-technique item from the shell.

    cpw-check verzoek "Zou je om 9 uur willen beginnen, zodat ...?"
    cpw-check uitspraak "Ik plan elke maandag mijn week"
    cpw-check vraag "Wat heb je al geprobeerd?"
    echo "tekst" | cpw-check verzoek -

Prints the verdict per criterion (✓/✗ with feedback) and exits 0 when every
criterion passes, 1 otherwise (2 on a usage error).
"""

from __future__ import annotations

import argparse
import sys

from .assess import assess_question, assess_request, assess_statement

_ASSESSORS = {"verzoek": assess_request, "uitspraak": assess_statement}
_ASSESSORS["vraag"] = assess_question  # a question in the intervisie question round


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cpw-check",
        description="Beoordeel een progressieverzoek of een uitspraak voor de cirkeltechniek.",
    )
    ap.add_argument("soort", choices=sorted(_ASSESSORS), help="verzoek, uitspraak of vraag")
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
