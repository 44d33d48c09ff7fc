"""The built site links the workbook where `make book` puts it: the links on
the start page and in the trainers' chapter resolve to the PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import REPO

pytestmark = pytest.mark.slow


def _makefile_workbook_path() -> str:
    """Where the Makefile writes the PDF, relative to the repository."""
    out = subprocess.run(
        ["make", "-s", "--no-print-directory", "--eval=print-workbook: ; @echo $(WORKBOOK)", "print-workbook"],
        cwd=REPO, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert out.startswith("_build/html/") and out.endswith(".pdf"), out
    return out


def test_workbook_links_resolve_in_the_built_site(book_build):
    assert book_build.returncode == 0, book_build.log[-3000:]
    target = book_build.root / _makefile_workbook_path()
    subprocess.run([sys.executable, "-m", "cpw_widgets.workbook", "--out", str(target)], check=True,
                   cwd=book_build.root, capture_output=True)
    for page in ("book/index.html", "book/10-voor-trainers.html"):
        soup = BeautifulSoup((book_build.html / page).read_text(encoding="utf-8"), "html.parser")
        links = [a["href"] for a in soup.select("a[href]") if a["href"].endswith(".pdf")]
        assert links, f"{page} linkt het werkboek niet"
        for href in links:
            resolved = urlparse(urljoin(f"file://{book_build.html}/{page}", href)).path
            assert Path(resolved) == target, (page, href)
            assert Path(resolved).read_bytes().startswith(b"%PDF")
