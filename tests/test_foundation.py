"""The skeleton: the package imports, the book builds warning-free with a page
per table-of-contents entry, and `make start` serves the site."""

from __future__ import annotations

import importlib
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, toc_files

LAYERS = ["cpw_widgets", "cpw_widgets.content", "cpw_widgets.assess",
          "cpw_widgets.grading", "cpw_widgets.widgets"]


@pytest.mark.parametrize("name", LAYERS)
def test_layer_imports_and_says_what_it_is_for(name):
    module = importlib.import_module(name)
    assert module.__doc__ and len(module.__doc__.split()) >= 8, f"{name} needs a docstring"


def test_glossary_names_dutch_terms_and_code_names():
    import cpw_widgets

    doc = cpw_widgets.__doc__
    for dutch, english in [("progressieverzoek", "progress request"),
                           ("binnencirkel", "inner circle"),
                           ("buitencirkel", "outer circle"),
                           ("herkenningskenmerk", "recognition feature")]:
        line = next((ln for ln in doc.splitlines() if ln.startswith(dutch)), "")
        assert english in line, f"glossary line for {dutch!r} should name {english!r}"


def test_content_data_loads_and_validates():
    content = pytest.importorskip("cpw_widgets.content.loader")
    assert len(content.load_interventions()) == 9
    assert len(content.load_scenarios()) >= 30
    assert len(content.load_feedback_items()) >= 25
    assert content.load_circle_prompts()


@pytest.mark.slow
def test_book_builds_without_warnings(book_build):
    assert book_build.returncode == 0, book_build.log[-4000:]
    # Sphinx's own warnings ("file: WARNING: ..."); kernel log noise is not one.
    lines = book_build.log.splitlines()
    found = [i for i, ln in enumerate(lines) if re.search(r"(^|: )(WARNING|ERROR|CRITICAL):", ln)]
    # With the lines after each one: a kernel's log error carries its traceback there.
    assert found == [], "\n---\n".join("\n".join(lines[i:i + 25]) for i in found[:3])


@pytest.mark.slow
def test_every_toc_entry_has_a_dutch_page_with_the_cpw_credit(book_build):
    for doc in toc_files():
        page = book_build.html / f"{doc}.html"
        assert page.is_file(), f"no page built for {doc}"
        html = page.read_text(encoding="utf-8")
        assert '<html lang="nl"' in html, doc
        assert "Centrum Progressiegericht Werken (CPW)" in html, doc


@pytest.mark.slow
def test_site_root_leads_to_the_course(book_build):
    index = (book_build.html / "index.html").read_text(encoding="utf-8")
    assert "book/index.html" in index


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> str:
    """Ctrl-C the whole `make start` process group; return what it printed
    (remembered, so a second call returns the same text)."""
    if hasattr(proc, "printed"):
        return proc.printed
    proc.printed = _kill(proc)
    return proc.printed


def _kill(proc: subprocess.Popen) -> str:
    for sig in (signal.SIGINT, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            return proc.communicate(timeout=20)[0]
        except subprocess.TimeoutExpired:
            continue
    return proc.communicate()[0]


@pytest.mark.slow
def test_make_start_serves_the_course():
    port = _free_port()
    proc = subprocess.Popen(["make", "start", f"PORT={port}"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 1200
        body = ""
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/book/index.html", timeout=5) as r:
                    body = r.read().decode("utf-8")
                    break
            except OSError:
                time.sleep(1)
        assert proc.poll() is None, "make start stopped early:\n" + _stop(proc)[-4000:]
        assert "Oefenplaats Progressiegericht Werken" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
            assert r.status == 200
    finally:
        out = _stop(proc)
    assert f"http://127.0.0.1:{port}/" in out, "make start should print the address"
