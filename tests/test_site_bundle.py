"""The site-packages archive of the browser build (lite/site_bundle.py) and its
reader in the page's worker (web/src/site-bundle.mjs, run here under Node)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "lite"))

import site_bundle  # noqa: E402


def make_wheel(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


@pytest.fixture
def wheels(tmp_path):
    deep = "pkg/" + "/".join(["sub"] * 30) + "/deep.pyc"  # a path over 100 characters: ustar's prefix
    return [
        make_wheel(tmp_path / "a-1-py3-none-any.whl", {
            "a/__init__.pyc": b"\x00a", "a/data/nl.bin": bytes(range(256)) * 5,
            "a-1.dist-info/METADATA": b"Name: a\n", "a-1.dist-info/RECORD": b"a/__init__.py,,\n"}),
        make_wheel(tmp_path / "b-2-py3-none-any.whl", {
            deep: b"deep", "b.pyc": b"", "b-2.dist-info/METADATA": b"Name: b\n"}),
    ]


def test_the_archive_holds_every_file_of_the_wheels_but_record(wheels, tmp_path):
    out = tmp_path / "site-packages.tar.gz"
    site_bundle.write(site_bundle.entries(wheels), out)
    with tarfile.open(out) as tar:
        got = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}
    assert set(got) == {"a/__init__.pyc", "a/data/nl.bin", "a-1.dist-info/METADATA", "b.pyc",
                        "b-2.dist-info/METADATA", "pkg/" + "/".join(["sub"] * 30) + "/deep.pyc"}
    assert got["a/data/nl.bin"] == bytes(range(256)) * 5 and got["b.pyc"] == b""


def test_the_archive_is_the_same_bytes_every_build(wheels, tmp_path):
    first, second = tmp_path / "1.tar.gz", tmp_path / "2.tar.gz"
    site_bundle.write(site_bundle.entries(wheels), first)
    site_bundle.write(site_bundle.entries(list(reversed(wheels))), second)
    assert first.read_bytes() == second.read_bytes()


def test_a_file_in_two_wheels_stops_the_build(wheels, tmp_path):
    twin = make_wheel(tmp_path / "c-1-py3-none-any.whl", {"a/__init__.pyc": b"other"})
    with pytest.raises(SystemExit, match="a/__init__.pyc is in two wheels"):
        site_bundle.entries(wheels + [twin])


READER = """
import { writeTar } from %s;
import fs from "node:fs";
import zlib from "node:zlib";
const files = {}, dirs = [];
const FS = { mkdirTree: (p) => dirs.push(p), writeFile: (p, data) => { files[p] = Buffer.from(data).toString("base64"); } };
const count = writeTar(FS, "/site", new Uint8Array(zlib.gunzipSync(fs.readFileSync(process.argv[2]))));
console.log(JSON.stringify({ count, files, dirs }));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node is part of the site build")
def test_the_worker_writes_exactly_what_the_archive_holds(wheels, tmp_path):
    import base64

    out = tmp_path / "site-packages.tar.gz"
    files = site_bundle.entries(wheels)
    site_bundle.write(files, out)
    script = tmp_path / "read.mjs"
    script.write_text(READER % json.dumps((REPO / "web" / "src" / "site-bundle.mjs").as_uri()))
    got = json.loads(subprocess.run(["node", str(script), str(out)], check=True, capture_output=True,
                                    text=True).stdout)
    assert got["count"] == len(files)
    assert {k: base64.b64decode(v) for k, v in got["files"].items()} == {f"/site/{n}": d for n, d in files.items()}
    for name in files:  # each file's folder was made before it was written
        folder = f"/site/{name}".rsplit("/", 1)[0]
        assert any(d == folder for d in got["dirs"]), folder


RELEASE = """
import { release } from %s;
const bytes = new Uint8Array(8 << 20).fill(7);
const view = bytes.subarray(16);
release(bytes);
release(bytes);  // twice: no error
release(null);   // nothing to free: no error
console.log(JSON.stringify({ length: bytes.length, view: view.length, buffer: bytes.buffer.byteLength }));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="Node is part of the site build")
def test_released_bytes_give_their_memory_back_and_every_view_reads_empty(tmp_path):
    script = tmp_path / "release.mjs"
    script.write_text(RELEASE % json.dumps((REPO / "web" / "src" / "site-bundle.mjs").as_uri()))
    got = json.loads(subprocess.run(["node", str(script)], check=True, capture_output=True, text=True).stdout)
    assert got == {"length": 0, "view": 0, "buffer": 0}
