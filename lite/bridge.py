"""The exercise page's Python: glue between ipywidgets and the page.

Runs in the Web Worker that hosts Pyodide (web/src/worker.js installs this file
as the module ``oefenplaats_bridge``). It is runtime glue, not part of
``cpw_widgets``: the package stays the same in JupyterLab, nbgrader and the
browser.

* :class:`PageComm` is a ``comm`` Comm whose messages go to the page through
  one ``post(header_json, buffers)`` function; on the page an
  ``@jupyter-widgets/html-manager`` widget manager turns them into widgets.
  :func:`install` makes ``comm.create_comm`` return it.
* :func:`receive` hands a message from the page to its comm (what a kernel's
  shell channel does); :func:`receive_close` closes one.
* :func:`run_cell` runs one notebook code cell in the page's shared globals and
  shows its last value at that cell's place on the page when it is a widget;
  :func:`run_cells` runs all of a page's cells in one go.
* A minimal ``IPython`` stands in for IPython, which ipywidgets imports but does
  not use outside a kernel. Measured under Pyodide: the real IPython and its
  dependencies are 2.3 MB more to download and make ``import ipywidgets`` take
  3.7-4.0 s instead of 0.4-0.6 s.
* ``run_until_complete`` and ``run_sync`` are refused everywhere: they need
  WebAssembly JSPI, which Safari (WebKit) lacks, so code that used them would
  work in Chromium and fail on an iPhone.

Every header posted is JSON with a ``type``: ``comm_open``, ``comm_msg``,
``comm_close`` (with ``comm_id``, ``data``, ``metadata``, ``parent``: the page's
message being handled), ``display`` (``cell``, ``model_id``), ``error``
(``cell``, ``text``), ``done`` (``cell``, ``ok``, ``ms``, ``post_ms``, ``msgs``) or
``batch`` (``messages``: a cell's headers of the kinds above, in order; see
:func:`_batched`). Binary buffers travel beside their header as bytes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import traceback
import types
from collections.abc import Callable, Iterator
from typing import Any

import comm
from comm.base_comm import BaseComm

__all__ = ["PageComm", "display", "install", "receive", "receive_close", "run_cell", "run_cells",
           "warm_imports", "warm_up_cells"]

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

#: ``post(header_json, buffers)``: sends one message to the page (set by :func:`install`).
_post: Callable[[str, list[bytes]], None] | None = None
#: The notebook's globals, shared by all cells of the page (as in one kernel).
_globals: dict[str, Any] = {"__name__": "__main__"}
#: The cell now running (its number on the page), for :func:`display`.
_cell: int | None = None
#: The page message now being handled: the parent of what it causes.
_parent: str = ""
#: Messages posted and seconds spent posting them (JSON and hand-over), for the
#: per-cell figures in ``done``.
_sent = {"count": 0, "seconds": 0.0}
#: Messages held back while a cell runs (``None``: post at once); see :func:`_batched`.
_held: list[dict[str, Any]] | None = None


def _post_now(header: dict[str, Any], buffers: list[bytes] | None = None) -> None:
    if _post is None:
        raise RuntimeError("oefenplaats_bridge.install(post) was not called")
    start = time.perf_counter()
    _post(json.dumps(header, ensure_ascii=False), [bytes(b) for b in buffers or []])
    _sent["count"] += 1
    _sent["seconds"] += time.perf_counter() - start


def _send(header: dict[str, Any], buffers: list[bytes] | None = None) -> None:
    if _held is None:
        _post_now(header, buffers)
    elif buffers:  # binary buffers travel beside their own header: keep the order
        _flush()
        _post_now(header, buffers)
    else:
        _held.append(header)


def _flush() -> None:
    if _held:
        held = list(_held)
        _held.clear()
        _post_now(held[0] if len(held) == 1 else {"type": "batch", "messages": held})


@contextlib.contextmanager
def _batched() -> Iterator[None]:
    """Post what is sent inside as one ``batch`` message (``messages``: the
    headers in order) at the end. Measured in WebKit: each post, a call from
    Python into JavaScript and a postMessage, took 2-4 ms, and an exercise opens
    50-90 widget models, so posting them one by one was 40-50 % of a cell's time."""
    global _held
    if _held is not None:  # already inside one
        yield
        return
    _held = []
    try:
        yield
    finally:
        _flush()
        _held = None


class PageComm(BaseComm):
    """A Comm whose other end is the widget manager on the page."""

    def publish_msg(self, msg_type: str, data: dict | None = None, metadata: dict | None = None,
                    buffers: list[bytes] | None = None, **keys: Any) -> None:
        _send({"type": msg_type, "comm_id": self.comm_id, "target_name": self.target_name,
               "data": data or {}, "metadata": metadata or {}, "parent": _parent}, buffers)


def _create_comm(*args: Any, **kwargs: Any) -> PageComm:
    return PageComm(*args, **kwargs)


def _as_bytes(buffer: Any) -> memoryview:
    """A buffer from the page (a JsProxy of a typed array under Pyodide, bytes in tests)."""
    if hasattr(buffer, "to_bytes"):
        buffer = buffer.to_bytes()
    return memoryview(bytes(buffer))


def receive(comm_id: str, data: str, buffers: Any = (), msg_id: str = "") -> bool:
    """Hand a page message (``data`` as JSON) to its comm; ``False`` if none has that id."""
    global _parent
    target = comm.get_comm_manager().get_comm(comm_id)
    if target is None:
        print(f"oefenplaats: no comm {comm_id}", file=sys.stderr)
        return False
    _parent = msg_id
    try:
        target.handle_msg({"header": {"msg_id": msg_id, "msg_type": "comm_msg"},
                           "content": {"comm_id": comm_id, "data": json.loads(data)},
                           "buffers": [_as_bytes(b) for b in buffers or ()]})
    finally:
        _parent = ""
    return True


def receive_close(comm_id: str) -> None:
    """The page closed a comm (a widget model it no longer needs)."""
    target = comm.get_comm_manager().get_comm(comm_id)
    if target is not None:
        target.handle_close({"content": {"comm_id": comm_id, "data": {}}})
        comm.get_comm_manager().unregister_comm(target)


def display(*objs: Any, **_kwargs: Any) -> None:
    """Show each widget among ``objs`` at the running cell's place on the page."""
    for obj in objs:
        bundle = obj._repr_mimebundle_() if hasattr(obj, "_repr_mimebundle_") else None
        if isinstance(bundle, tuple):
            bundle = bundle[0]
        view = (bundle or {}).get(WIDGET_VIEW)
        if view is not None:
            _send({"type": "display", "cell": _cell, "model_id": view["model_id"]})
        elif obj is not None:
            print(repr(obj))  # not a widget: to the browser's console, as a kernel would print it


def _eval_code_async() -> Callable[..., Any]:
    from pyodide.code import eval_code_async

    return eval_code_async


async def run_cell(source: str, cell: int) -> bool:
    """Run one code cell; show its last value if it is a widget. ``False`` on an error,
    whose traceback goes to the page (``error``) and to stderr."""
    global _cell
    _cell = cell
    try:
        result = await _eval_code_async()(source, _globals, filename=f"<cel {cell}>")
        if result is not None:
            display(result)
        return True
    except Exception:
        text = traceback.format_exc()
        print(text, file=sys.stderr)
        _send({"type": "error", "cell": cell, "text": text})
        return False
    finally:
        _cell = None


async def run_cells(cells: str) -> None:
    """Run the page's cells (JSON ``[[number, source], ...]``) one after the other
    within one turn of the event loop: what a cell schedules for later (the
    exercises' warm-ups) runs only once every exercise is shown. What a cell
    sends goes to the page as one batch when it ends (what a click causes is
    sent as it happens, so the page can show each step). After each cell the
    page hears ``done`` (``cell``, ``ok``, and for the bench: ``ms``, the cell's
    time in Python, ``post_ms`` of which in posting, ``msgs`` posts)."""
    for number, source in json.loads(cells):
        _sent.update(count=0, seconds=0.0)
        start = time.perf_counter()
        with _batched():
            ok = await run_cell(source, number)
        _send({"type": "done", "cell": number, "ok": ok,
               "ms": round((time.perf_counter() - start) * 1000, 1),
               "post_ms": round(_sent["seconds"] * 1000, 1), "msgs": _sent["count"]})


def warm_imports(names: list[str]) -> None:
    """Import the modules the page's cells import (their cost is a phase of its own)."""
    for name in names:
        __import__(name)


def warm_up_cells(cells: str, workdir: str) -> int:
    """Run the code cells given (JSON ``[source, ...]``: every exercise page's)
    once in ``workdir`` (empty: no answers are found) and throw away all they
    made; for the memory snapshot (lite/make_snapshot.mjs), before any page
    exists. Why: a page's first run of an exercise's code was about twice as
    slow as the next (WebKit: 0.4 s more per exercise). Python adapts
    (specializes) the bytecode it runs and fills its caches as it goes, and the
    snapshot keeps that. Nothing stays that a page would see: the cells' globals
    are their own, every widget is closed (its comm with it), ``display`` goes
    nowhere (no cell runs) and what a cell schedules for later (``run_soon``)
    is never run, as no event loop runs here. Returns the number of cells run."""
    import ipywidgets

    back = os.getcwd()
    os.makedirs(workdir, exist_ok=True)
    os.chdir(workdir)
    try:
        sources = json.loads(cells)
        for n, source in enumerate(sources):
            exec(compile(source, f"<warm-up {n}>", "exec"), {"__name__": "__main__"})  # noqa: S102
    finally:
        os.chdir(back)
        ipywidgets.Widget.close_all()
    left = comm.get_comm_manager().comms
    if left:
        raise RuntimeError(f"{len(left)} comms left open after the warm-up")
    return len(sources)


def _ipython_stub() -> dict[str, types.ModuleType]:
    """The few names ipywidgets takes from IPython, without IPython."""
    ipython = types.ModuleType("IPython", "Stand-in for IPython in the exercise page's Python.")
    ipython.__version__ = "0+oefenplaats"
    ipython.get_ipython = lambda: None  # no interactive shell: ipywidgets logs callback errors
    shown = types.ModuleType("IPython.display")
    shown.display = display
    shown.clear_output = lambda wait=False: None
    core = types.ModuleType("IPython.core")
    shell = types.ModuleType("IPython.core.interactiveshell")

    class InteractiveShell:
        """There is none; ``Output`` widgets cannot capture output here."""

        @classmethod
        def instance(cls, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("no IPython shell in the exercise page's Python")

    shell.InteractiveShell = InteractiveShell
    ipython.display, ipython.core, core.interactiveshell = shown, core, shell
    return {"IPython": ipython, "IPython.display": shown, "IPython.core": core,
            "IPython.core.interactiveshell": shell}


def _refuse_blocking(loop: Any) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("run_until_complete/run_sync cannot be used here: they need "
                           "WebAssembly JSPI, which Safari (WebKit) does not have")

    loop.run_until_complete = refuse
    try:
        import pyodide.ffi
    except ImportError:  # CPython (tests)
        return
    pyodide.ffi.run_sync = refuse


def install(post: Callable[[str, list[bytes]], None], workdir: str | None = None) -> None:
    """Route comms to ``post``, put the IPython stand-in in place (before ipywidgets
    is imported), refuse blocking calls, and work in ``workdir`` (the answers'
    folder) when given."""
    global _post
    _post = post
    os.environ["JUPYTER_WIDGETS_ECHO"] = "0"  # one front end: no echo of its own updates
    sys.modules.update(_ipython_stub())
    comm.create_comm = _create_comm
    if "pyodide" in sys.modules or sys.platform == "emscripten":
        import asyncio

        _refuse_blocking(asyncio.get_event_loop())
    if workdir:
        os.makedirs(workdir, exist_ok=True)
        os.chdir(workdir)
