"""``python -m cpw_widgets.workbook --out FILE``: build the workbook PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import WorkbookError, build_pdf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cpw_widgets.workbook",
        description="Bouw het werkboek om af te drukken (PDF, A4).",
    )
    parser.add_argument("--out", required=True, type=Path, help="waar de PDF komt, bijvoorbeeld werkboek.pdf")
    args = parser.parse_args(argv)
    try:
        pages = build_pdf(args.out)
    except WorkbookError as exc:
        print(f"Het werkboek is niet gemaakt: {exc}", file=sys.stderr)
        return 1
    print(f"Werkboek gemaakt: {args.out} ({pages} pagina's)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
