"""Write the built site's ``lite/voorladen.json``: what every page prefetches.

web/src/voorladen.js (on every page) fetches these files into the browser's
cache once the page is idle, so an exercise page opened later starts warm:
Pyodide's core, the site-packages archive and the Python snapshot (lite/pyodide/), the exercises' list
(lite/oefeningen.json), and the exercise pages' own scripts, styles and icon
font under ``_static/dist/``, named exactly as the pages ask for them (Sphinx
adds a ``?v=`` checksum to script URLs, so they are read from a built page).
The version changes when any of the files does.

    python lite/prefetch_list.py --html _build/html
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

#: A page that shows exercises: it names the exercise scripts as they are served.
EXERCISE_PAGE = "notebooks/oefening-progressieverzoek.html"
#: What the exercise pages load without naming it in their HTML.
DIST_EXTRA = ["_static/dist/oefening-worker.js", "_static/dist/oefening-live.css"]


def page_assets(html: Path) -> list[str]:
    """The ``_static/dist/`` scripts an exercise page loads, relative to the site root."""
    page = html / EXERCISE_PAGE
    text = page.read_text(encoding="utf-8")
    found = []
    for url in re.findall(r'<script[^>]+src="([^"]+)"', text):
        rel = urlsplit(urljoin(EXERCISE_PAGE, url))
        path = rel.path.lstrip("/") + (f"?{rel.query}" if rel.query else "")
        if path.startswith("_static/dist/"):
            found.append(path)
    if not any(p.startswith("_static/dist/oefening-live.js") for p in found):
        raise SystemExit(f"prefetch_list: {EXERCISE_PAGE} does not load _static/dist/oefening-live.js")
    return found


def build(html: Path) -> dict:
    lite = html / "lite"
    core = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
            "pyodide-lock.json"]
    site = json.loads((lite / "oefeningen.json").read_text())
    packages = [site["bundle"]] + ([site["snapshot"]] if site.get("snapshot") else [])
    fonts = sorted(p.relative_to(html).as_posix() for p in (html / "_static" / "dist" / "fonts").glob("*.woff2"))
    files = (["lite/oefeningen.json"] + page_assets(html) + DIST_EXTRA + fonts
             + [f"lite/pyodide/{name}" for name in core + packages])
    digest = hashlib.sha256()
    for name in files:
        path = html / name.split("?")[0]
        if not path.is_file():
            raise SystemExit(f"prefetch_list: {name} is not in the built site")
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return {"version": digest.hexdigest()[:16], "files": files}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--html", type=Path, required=True, help="the built site (_build/html)")
    args = ap.parse_args()
    listing = build(args.html)
    (args.html / "lite" / "voorladen.json").write_text(json.dumps(listing, indent=1) + "\n")
    print(f"prefetch_list: {len(listing['files'])} files in lite/voorladen.json")


if __name__ == "__main__":
    main()
