"""Every learner notebook runs without errors and writes nothing when it runs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    names = {p.name for p in NOTEBOOKS}
    assert {"oefening-interventie.ipynb", "oefening-progressieverzoek.ipynb",
            "oefening-cirkeltechniek.ipynb", "oefening-intake-intervisie.ipynb",
            "oefening-meer-interventies.ipynb", "oefening-een-kenmerk-anders.ipynb",
            "oefening-zeven-stappen.ipynb", "oefening-intervisie-fasen.ipynb",
            "oefening-uitgangspunten.ipynb"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_learner_text_names_no_code_files_or_tools(path):
    """The page speaks of the website and the browser; a note for JupyterLab
    users may sit in a collapsed box (<details>), nowhere else."""
    nb = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    visible = re.sub(r"<details>.*?</details>", "", text, flags=re.S)
    for word in ("JupyterLab", "Jupyter", "antwoorden.json", ".json", "notebook", "Python", "`"):
        assert word not in visible, word
    assert "in vermomming" not in text  # the term is "verkapte tip"
    assert "browser" in visible


def test_every_practice_page_is_in_the_toc():
    toc = (Path(__file__).resolve().parents[1] / "_toc.yml").read_text(encoding="utf-8")
    for path in NOTEBOOKS:
        assert f"file: notebooks/{path.stem}\n" in toc, path.stem


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_shape(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "geen oefening in dit notebook"
    for cell in code:
        assert "remove-input" in cell.metadata.get("tags", [])
        assert not cell.outputs  # stored without outputs; the book executes them


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_without_errors_or_writes(path, tmp_path):
    work = tmp_path / "nb"
    work.mkdir()
    shutil.copy(path, work / path.name)
    nb = nbformat.read(work / path.name, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", "".join(out.get("traceback", []))
            assert not (out.output_type == "stream" and out.name == "stderr"), out.text
    widget_views = [out for c in nb.cells for out in c.get("outputs", [])
                    if "application/vnd.jupyter.widget-view+json" in out.get("data", {})]
    assert len(widget_views) == sum(c.cell_type == "code" for c in nb.cells)
    assert sorted(p.name for p in work.iterdir()) == [path.name]  # no antwoorden.json at run time
