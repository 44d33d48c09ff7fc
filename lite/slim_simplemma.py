"""Build a slimmed simplemma wheel that carries only the Dutch dictionary.

simplemma's wheel on PyPI is about 19 MB because it ships the dictionaries of
every language; the course only lemmatises Dutch. In the browser every byte of
that wheel is a download before the first exercise is live, so the site ships
this wheel instead: the installed package's code, its licence and metadata, and
only ``strategies/dictionaries/data/nl.plzma``.

That file is re-compressed with an LZMA window just larger than its 2.4 MB of
data: the shipped one declares a 64 MiB window, and a decoder allocates the
declared window, so reading it grew the page's WebAssembly memory (which never
shrinks) by ~70 MB. Same bytes after decompression, same file size.

Built at site build time from the package installed in the venv (no download):

    python lite/slim_simplemma.py OUTDIR            # prints the wheel's path
"""

from __future__ import annotations

import base64
import hashlib
import lzma
import sys
import zipfile
from importlib import metadata
from pathlib import Path

KEEP_LANGUAGES = ("nl",)
DATA_DIR = "simplemma/strategies/dictionaries/data/"
# The version says the wheel was changed: PEP 440 local label.
LOCAL_LABEL = "nl"


def _record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _keep(relpath: str) -> bool:
    if "__pycache__" in relpath or relpath.endswith(".pyc"):
        return False
    if relpath.startswith(DATA_DIR):
        name = relpath[len(DATA_DIR):]
        return name.split(".")[0] in KEEP_LANGUAGES
    return True


def small_window(packed: bytes) -> bytes:
    """``packed`` (an lzma/xz file) again as xz, with the smallest window that
    holds all of its data (a power of two, at least 1 MiB)."""
    data = lzma.decompress(packed)
    window = max(1 << 20, 1 << (len(data) - 1).bit_length())
    filters = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": window}]
    return lzma.compress(data, format=lzma.FORMAT_XZ, filters=filters)


def build(outdir: Path) -> Path:
    dist = metadata.distribution("simplemma")
    version = f"{dist.version}+{LOCAL_LABEL}"
    old_info = f"simplemma-{dist.version}.dist-info/"
    new_info = f"simplemma-{version}.dist-info/"
    outdir.mkdir(parents=True, exist_ok=True)
    wheel = outdir / f"simplemma-{version}-py3-none-any.whl"

    entries: list[tuple[str, bytes]] = []
    for file in dist.files or []:
        rel = file.as_posix()
        if rel.startswith(old_info):
            name = rel[len(old_info):]
            if name in ("RECORD", "INSTALLER", "REQUESTED", "direct_url.json"):
                continue
            data = Path(file.locate()).read_bytes()
            if name == "METADATA":
                text = data.decode("utf-8").replace(
                    f"\nVersion: {dist.version}\n", f"\nVersion: {version}\n", 1)
                data = text.encode("utf-8")
            elif name == "WHEEL":
                data = (b"Wheel-Version: 1.0\nGenerator: oefenplaats lite/slim_simplemma.py\n"
                        b"Root-Is-Purelib: true\nTag: py3-none-any\n")
            entries.append((new_info + name, data))
        elif rel.startswith("simplemma/") and _keep(rel):
            data = Path(file.locate()).read_bytes()
            entries.append((rel, small_window(data) if rel.startswith(DATA_DIR) else data))

    kept = [n for n, _ in entries if n.startswith(DATA_DIR)]
    if [n.rsplit("/", 1)[-1] for n in kept] != [f"{lang}.plzma" for lang in KEEP_LANGUAGES]:
        raise SystemExit(f"slim_simplemma: expected only the Dutch dictionary, found {kept}")
    if not any(n.startswith(new_info + "licenses/") or n == new_info + "LICENSE" for n, _ in entries):
        raise SystemExit("slim_simplemma: the licence file is missing from the installed package")

    record = "".join(f"{n},{_record_hash(d)},{len(d)}\n" for n, d in entries)
    record += f"{new_info}RECORD,,\n"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in sorted(entries):
            zf.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data,
                        compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr(zipfile.ZipInfo(new_info + "RECORD", date_time=(2020, 1, 1, 0, 0, 0)),
                    record, compress_type=zipfile.ZIP_DEFLATED)
    return wheel


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(build(Path(sys.argv[1])))
