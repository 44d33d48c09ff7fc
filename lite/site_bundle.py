"""Pack the course's wheels into one archive of site-packages for the browser.

The exercise page's Python used to install its wheels one by one at start-up
(Pyodide's loadPackage: each wheel fetched, checked, then unzipped by Python's
zipfile inside WebAssembly). In WebKit, Safari's engine, that was the slowest
part of the start (bench/worker_phases.py measures it step by step). Instead the
build unpacks the (precompiled) wheels here, once, into one gzipped tar of
site-packages; web/src/site-bundle.mjs fetches it, inflates it with the
browser's own DecompressionStream and writes the files into Pyodide's file
system with no Python involved, before Python starts.

The tar is plain ustar (no long-name extensions, so the browser's reader stays
small), deterministic (sorted, zero times and owners), and holds each wheel's
files as pip would install them, ``*.dist-info`` included (importlib.metadata
still finds the packages), without RECORD (it would list the wheel's .py
files; the .pyc files replace them).

    python lite/site_bundle.py --out SITE/lite/pyodide/site-packages.tar.gz WHEEL...
"""

from __future__ import annotations

import argparse
import gzip
import io
import tarfile
import zipfile
from pathlib import Path


def entries(wheels: list[Path]) -> dict[str, bytes]:
    """Every file of the wheels, path in site-packages -> content; a clash is an error."""
    files: dict[str, bytes] = {}
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            for info in zf.infolist():
                name = info.filename
                if info.is_dir() or name.endswith(".dist-info/RECORD"):
                    continue
                if name.split("/")[0].endswith(".data"):
                    raise SystemExit(f"site_bundle: {wheel.name} has a .data folder ({name}); "
                                     "not supported")
                if name in files:
                    raise SystemExit(f"site_bundle: {name} is in two wheels")
                files[name] = zf.read(info)
    return files


def write(files: dict[str, bytes], out: Path) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name in sorted(files):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(files[name]), 0o644, 0
            tar.addfile(info, io.BytesIO(files[name]))
    with out.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0,
                                             compresslevel=9) as gz:
        gz.write(raw.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("wheels", type=Path, nargs="+")
    args = ap.parse_args()
    files = entries(args.wheels)
    write(files, args.out)
    print(f"site_bundle: {len(files)} files from {len(args.wheels)} wheels, "
          f"{sum(map(len, files.values())) / 1e6:.1f} MB -> {args.out.name} "
          f"{args.out.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
