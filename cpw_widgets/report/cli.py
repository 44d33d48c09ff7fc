"""cpw-overzicht: the trainer's view of the whole group, after ``nbgrader autograde``.

    cd exercises
    cpw-overzicht                      # writes overzicht/overzicht.html and CSV files
    cpw-overzicht --anoniem            # Cursist 1, 2, ... instead of names (for the projector)
    cpw-overzicht --export-disagreements cursisten-2026-12.texts.yaml

Exits 0 when the report was written (also when part of the course could not be
read: the report says what), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .build import CSV_FILES, HTML_FILE, make_report, write_report
from .course import read_course


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="cpw-overzicht",
        description=("Maak een overzicht van de hele groep (HTML en CSV) uit het cijferbestand en de "
                     "antwoorden van de cursisten. Draai het in de cursusmap, na nbgrader autograde."),
    )
    ap.add_argument("--cursus", type=Path, default=Path.cwd(), metavar="MAP",
                    help="de cursusmap met gradebook.db, source/ en autograded/ (standaard: de huidige map)")
    ap.add_argument("--uit", type=Path, default=None, metavar="MAP",
                    help="waar het overzicht komt (standaard: de map overzicht in de cursusmap)")
    ap.add_argument("--anoniem", action="store_true",
                    help="toon Cursist 1, 2, ... in plaats van namen (vaste volgorde), om te projecteren")
    ap.add_argument("--cursus-id", default="cpw-oefenplaats", metavar="ID",
                    help="de course_id uit nbgrader_config.py (standaard: cpw-oefenplaats)")
    ap.add_argument("--export-disagreements", type=Path, default=None, metavar="BESTAND",
                    help=("schrijf de teksten waar een trainer of cursist het oneens was met de automatische "
                          "beoordeling als nieuwe batch voor het gelabelde corpus (BESTAND.texts.yaml en "
                          "BESTAND.disagreements.tsv; vragen en complimenten als BESTAND-question... en "
                          "BESTAND-compliment..., elk voor hun eigen corpus)"))
    return ap


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        import jinja2  # noqa: F401
        import matplotlib  # noqa: F401
    except ImportError:
        print("Voor het overzicht zijn matplotlib en Jinja2 nodig. Installeer de trainersonderdelen: "
              "pip install 'cpw-widgets[trainer]'", file=sys.stderr)
        return 2
    root = args.cursus.resolve()
    if not root.is_dir():
        print(f"De cursusmap {root} bestaat niet. Geef met --cursus de map met gradebook.db.", file=sys.stderr)
        return 2
    data = read_course(root, args.cursus_id)
    report = make_report(data, anonymous=args.anoniem)
    out = (args.uit or root / "overzicht").resolve()
    write_report(report, out)
    for problem in report.problems:
        print(f"Let op: {problem}", file=sys.stderr)
    print(f"Overzicht van {len(data.learners)} cursist(en) geschreven: {out / HTML_FILE}")
    print(f"Tabellen (CSV) in dezelfde map: {', '.join(CSV_FILES)}")
    if args.export_disagreements is not None:
        from . import disagreements

        items = disagreements.collect(data, report.judgements, report.disputes)
        paths = disagreements.write(args.export_disagreements.resolve(), items, course_id=args.cursus_id)
        print(f"{len(items)} meningsverschil(len) geëxporteerd: {', '.join(map(str, paths[:-1]))} en {paths[-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
