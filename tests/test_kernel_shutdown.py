"""The book build stops each notebook's kernel directly (book/_ext/kernel_shutdown.py),
so ipykernel's shutdown race cannot log an error into the warning-free build."""

from __future__ import annotations

import importlib.util

import nbformat
from jupyter_client.manager import KernelManager
from myst_nb.core.execute import cache

from conftest import REPO


def _extension():
    spec = importlib.util.spec_from_file_location(
        "kernel_shutdown", REPO / "book" / "_ext" / "kernel_shutdown.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_small_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('klaar')")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    result = cache.single_nb_execution(nb, cwd=str(tmp_path), timeout=60, allow_errors=False)
    return nb, result


def _record_shutdown_requests(monkeypatch) -> list[bool]:
    asked: list[bool] = []
    original = KernelManager._async_request_shutdown

    async def recording(self, restart=False):
        asked.append(restart)
        return await original(self, restart=restart)

    monkeypatch.setattr(KernelManager, "_async_request_shutdown", recording)
    return asked


def test_the_book_build_loads_the_extension():
    config = (REPO / "_config.yml").read_text(encoding="utf-8")
    assert "kernel_shutdown: book/_ext" in config


def test_with_the_extension_the_kernel_is_never_asked_to_shut_down(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "single_nb_execution", cache.single_nb_execution)
    asked = _record_shutdown_requests(monkeypatch)
    _extension().setup(app=None)

    nb, result = _run_small_notebook(tmp_path)

    assert result.err is None, result.exc_string
    assert nb.cells[0].outputs[0]["text"] == "klaar\n"
    assert asked == []


def test_without_it_the_kernel_gets_the_shutdown_request_with_the_race(tmp_path, monkeypatch):
    # The control: myst-nb's own path asks the kernel to shut down, which is
    # what the extension avoids (so the spy above would see it).
    asked = _record_shutdown_requests(monkeypatch)
    nb, result = _run_small_notebook(tmp_path)
    assert result.err is None, result.exc_string
    assert asked == [False]
