"""The slimmed simplemma wheel of the browser build (lite/slim_simplemma.py)."""

from __future__ import annotations

import lzma
import sys
import zipfile
from pathlib import Path

from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "lite"))

import slim_simplemma  # noqa: E402

DUTCH = slim_simplemma.DATA_DIR + "nl.plzma"


def test_the_wheel_holds_only_the_dutch_dictionary_with_the_same_words(tmp_path):
    wheel = slim_simplemma.build(tmp_path)
    with zipfile.ZipFile(wheel) as zf:
        data_files = [n for n in zf.namelist() if n.startswith(slim_simplemma.DATA_DIR)]
        packed = zf.read(DUTCH)
    assert data_files == [DUTCH]
    assert lzma.decompress(packed) == lzma.decompress((DATA_FOLDER / "nl.plzma").read_bytes())


def test_reading_the_dictionary_needs_a_small_window_not_the_shipped_64_mib():
    shipped = (DATA_FOLDER / "nl.plzma").read_bytes()
    limit = 16 << 20  # bytes of decoder memory: a 4 MiB window fits, the shipped 64 MiB one not
    assert lzma.LZMADecompressor(memlimit=limit).decompress(slim_simplemma.small_window(shipped))
    try:
        lzma.LZMADecompressor(memlimit=limit).decompress(shipped)
    except lzma.LZMAError:
        pass  # the shipped file: what this module exists to avoid
    else:
        raise AssertionError("simplemma now ships a small window: small_window() may be unneeded")
