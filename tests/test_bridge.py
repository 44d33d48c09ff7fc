"""The exercise page's bridge (lite/bridge.py) in CPython, with a fake ``post``
standing in for the page: comms open, update, close and carry buffers both
ways; a cell's widget is shown at its place; errors reach the page; and every
exercise notebook's cells run under the bridge with its IPython stand-in and
no real IPython (as in the browser, where IPython is not shipped)."""

from __future__ import annotations

import ast
import asyncio
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BRIDGE = REPO / "lite" / "bridge.py"


async def cpython_eval(source: str, globals: dict, filename: str = "<exec>"):
    """What pyodide.code.eval_code_async does for these cells: run, return the last expression."""
    tree = ast.parse(source)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, filename, "exec"), globals)
    return eval(compile(ast.Expression(last.value), filename, "eval"), globals) if last else None



def run_async(coro):
    """``asyncio.run`` in a thread of its own: the browser tests of the same
    session leave an event loop running in the main thread."""
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result(timeout=120)

def load_bridge(name: str = "oefenplaats_bridge_test"):
    spec = importlib.util.spec_from_file_location(name, BRIDGE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Page:
    """The fake page: every message the bridge posts, decoded."""

    def __init__(self):
        self.messages: list[dict] = []
        self.posts: list[str] = []  # the type of each post as it went out

    def __call__(self, header: str, buffers: list[bytes]) -> None:
        assert isinstance(header, str) and all(isinstance(b, bytes) for b in buffers)
        message = json.loads(header)
        self.posts.append(message["type"])
        if message["type"] == "batch":  # a cell's messages, in order, in one post
            assert not buffers and len(message["messages"]) > 1
            self.messages.extend({**m, "buffers": []} for m in message["messages"])
        else:
            self.messages.append({**message, "buffers": buffers})

    def of(self, kind: str, comm_id: str | None = None) -> list[dict]:
        return [m for m in self.messages
                if m["type"] == kind and (comm_id is None or m.get("comm_id") == comm_id)]


@pytest.fixture
def bridge(monkeypatch):
    import comm
    import ipywidgets.widgets.widget as widget_module

    saved = {k: v for k, v in sys.modules.items() if k == "IPython" or k.startswith("IPython.")}
    monkeypatch.setattr(comm, "create_comm", comm.create_comm)
    monkeypatch.setenv("JUPYTER_WIDGETS_ECHO", "0")
    # ipywidgets read its echo setting when this test process first imported it.
    monkeypatch.setattr(widget_module, "JUPYTER_WIDGETS_ECHO", False)
    module = load_bridge()
    monkeypatch.setattr(module, "_eval_code_async", lambda: cpython_eval)
    page = Page()
    module.install(page)
    yield module, page
    for key in [k for k in sys.modules if k == "IPython" or k.startswith("IPython.")]:
        del sys.modules[key]
    sys.modules.update(saved)


def test_a_widget_opens_updates_from_both_sides_and_closes(bridge):
    module, page = bridge
    import ipywidgets as W

    text = W.Text(value="eerst")
    opened = page.of("comm_open", text.comm.comm_id)
    assert len(opened) == 1
    assert opened[0]["data"]["state"]["value"] == "eerst"
    assert opened[0]["data"]["state"]["_model_name"] == "TextModel"
    assert opened[0]["target_name"] == "jupyter.widget"
    assert opened[0]["metadata"]["version"].startswith("2.")

    # The learner types: the page's update reaches the widget; no echo comes back.
    before = len(page.messages)
    assert module.receive(text.comm.comm_id, json.dumps(
        {"method": "update", "state": {"value": "getypt"}, "buffer_paths": []}), [], "pagina-1")
    assert text.value == "getypt"
    assert page.messages[before:] == []

    # Python changes the value: one update to the page.
    text.value = "van Python"
    update = page.of("comm_msg", text.comm.comm_id)[-1]
    assert update["data"] == {"method": "update", "state": {"value": "van Python"}, "buffer_paths": []}

    comm_id = text.comm.comm_id
    text.close()
    assert page.of("comm_close", comm_id)
    assert module.receive(comm_id, "{}", [], "pagina-2") is False  # gone


def test_a_click_runs_the_callback_and_what_it_changes_names_the_click_as_parent(bridge):
    module, page = bridge
    import ipywidgets as W

    answer = W.Textarea()
    feedback = W.HTML()
    button = W.Button(description="Controleer")
    button.on_click(lambda _: setattr(feedback, "value", f"<p>Je schreef: {answer.value}</p>"))

    module.receive(answer.comm.comm_id, json.dumps(
        {"method": "update", "state": {"value": "Wil je om negen uur beginnen?"}, "buffer_paths": []}),
        [], "pagina-1")
    module.receive(button.comm.comm_id, json.dumps(
        {"method": "custom", "content": {"event": "click"}}), [], "pagina-2")
    update = page.of("comm_msg", feedback.comm.comm_id)[-1]
    assert update["data"]["state"]["value"] == "<p>Je schreef: Wil je om negen uur beginnen?</p>"
    assert update["parent"] == "pagina-2"
    assert "batch" not in page.posts  # what a click causes goes out as it happens
    # Outside the handling of a page message there is no parent.
    feedback.value = "later"
    assert page.of("comm_msg", feedback.comm.comm_id)[-1]["parent"] == ""


def test_binary_buffers_travel_as_bytes_both_ways(bridge):
    module, page = bridge
    import ipywidgets as W

    image = W.Image(value=b"\x89PNG eerst", format="png")
    opened = page.of("comm_open", image.comm.comm_id)[0]
    assert opened["data"]["buffer_paths"] == [["value"]]
    assert opened["buffers"] == [b"\x89PNG eerst"]

    module.receive(image.comm.comm_id, json.dumps(
        {"method": "update", "state": {}, "buffer_paths": [["value"]]}), [b"\x89PNG nieuw"], "p-1")
    assert image.value == b"\x89PNG nieuw"


def test_cells_share_globals_and_a_cells_widget_is_shown_at_its_place(bridge):
    module, page = bridge

    assert run_async(module.run_cell("import ipywidgets as W\nknop = W.Button(description='Controleer')", 1))
    assert page.of("display") == []  # an assignment shows nothing
    assert run_async(module.run_cell("W.VBox([knop])", 2))
    shown = page.of("display")
    assert len(shown) == 1 and shown[0]["cell"] == 2
    box = next(m for m in page.of("comm_open") if m["comm_id"] == shown[0]["model_id"])
    assert box["data"]["state"]["_model_name"] == "VBoxModel"
    assert box["data"]["state"]["children"] == [f"IPY_MODEL_{module._globals['knop'].comm.comm_id}"]

    # display() (IPython's, here the stand-in's) shows at the running cell's place too.
    assert run_async(module.run_cell("from IPython.display import display\ndisplay(W.HTML('x'))", 3))
    assert page.of("display")[-1]["cell"] == 3


def test_a_pages_cells_run_in_one_go_and_what_they_schedule_waits_for_all(bridge):
    """run_cells: each cell's widget, then its "done"; a warm-up a cell schedules
    on the event loop (cpw_widgets' run_soon) runs only after the last cell."""
    module, page = bridge
    cells = [
        [1, "import asyncio, ipywidgets as W\norder = []\n"
            "asyncio.get_running_loop().call_soon(lambda: order.append('warm-up'))\nW.HTML('een')"],
        [2, "order.append('cel 2')\nW.HTML('twee')"],
        [3, "raise ValueError('kapot')"],
    ]

    async def main():
        await module.run_cells(json.dumps(cells))
        await asyncio.sleep(0)

    run_async(main())
    kinds = [(m["type"], m.get("cell"), m.get("ok")) for m in page.messages
             if m["type"] in ("display", "done", "error")]
    assert kinds == [("display", 1, None), ("done", 1, True), ("display", 2, None), ("done", 2, True),
                     ("error", 3, None), ("done", 3, False)]
    assert module._globals["order"] == ["cel 2", "warm-up"]
    # A cell's models and its display go out in one post; a lone message goes as it is.
    assert page.posts == ["batch", "done", "batch", "done", "error", "done"]
    done = page.of("done")
    assert [d["msgs"] for d in done] == [1, 1, 1]  # the one post of each cell, "done" not counted
    assert all(d["ms"] >= d["post_ms"] >= 0 for d in done)


def test_a_cells_binary_buffers_keep_their_place_among_its_batched_messages(bridge):
    module, page = bridge
    cell = "import ipywidgets as W\nW.VBox([W.Image(value=b'\\x89PNG'), W.HTML('onder')])"
    run_async(module.run_cells(json.dumps([[1, cell]])))

    opened = [m["data"]["state"]["_model_name"] for m in page.of("comm_open")]
    assert opened.index("ImageModel") < opened.index("HTMLModel") < opened.index("VBoxModel")
    image = next(m for m in page.of("comm_open") if m["data"]["state"]["_model_name"] == "ImageModel")
    assert image["buffers"] == [b"\x89PNG"]
    # its layout (held alone, so posted as it is), the image with its buffer, the rest
    assert page.posts == ["comm_open", "comm_open", "batch", "done"]
    assert [m["type"] for m in page.messages][-2:] == ["display", "done"]


def test_an_error_in_a_cell_goes_to_the_page_with_its_traceback(bridge, capsys):
    module, page = bridge
    assert run_async(module.run_cell("x = 1\n1 / 0", 4)) is False
    error = page.of("error")[-1]
    assert error["cell"] == 4 and "ZeroDivisionError" in error["text"] and "<cel 4>" in error["text"]
    assert "ZeroDivisionError" in capsys.readouterr().err  # the browser's console


def test_blocking_event_loop_calls_are_refused(bridge):
    module, _ = bridge
    loop = asyncio.new_event_loop()
    try:
        module._refuse_blocking(loop)
        coro = asyncio.sleep(0)
        with pytest.raises(RuntimeError, match="JSPI"):
            loop.run_until_complete(coro)
        coro.close()
    finally:
        loop.close()


EVERY_EXERCISE = """
import asyncio, json, sys
from importlib.abc import MetaPathFinder

class NoIPython(MetaPathFinder):
    # The browser build ships no IPython: any import of the real one fails here too.
    def find_spec(self, name, path=None, target=None):
        if name == "IPython" or name.startswith("IPython."):
            raise ImportError("no real IPython in the browser: " + name)

sys.meta_path.insert(0, NoIPython())
sys.path.insert(0, {tests!r})
import importlib.util
spec = importlib.util.spec_from_file_location("oefenplaats_bridge", {bridge!r})
bridge = importlib.util.module_from_spec(spec); spec.loader.exec_module(bridge)
posted = []
bridge.install(lambda h, b: posted.append(json.loads(h)), workdir={workdir!r})
from test_bridge import cpython_eval
bridge._eval_code_async = lambda: cpython_eval
import ipywidgets.widgets.widget as w
assert w.JUPYTER_WIDGETS_ECHO is False
pages = {pages}
result = {{}}
for page, cells in pages.items():
    bridge._globals.clear(); bridge._globals["__name__"] = "__main__"
    shown = []
    for n, code in enumerate(cells, 1):
        before = len(posted)
        ok = asyncio.run(bridge.run_cell(code, n))
        shown.append([ok, sum(1 for m in posted[before:] if m["type"] == "display")])
    result[page] = shown
print(json.dumps(result))
"""


def test_every_exercise_page_runs_under_the_bridge_without_ipython(tmp_path):
    """All code cells of every live page (as lite/build_site.py lists them), in a
    fresh CPython whose real IPython cannot be imported: each cell shows one widget."""
    sys.path.insert(0, str(REPO / "lite"))
    try:
        import build_site
    finally:
        sys.path.remove(str(REPO / "lite"))
    pages = {page: [c["code"] for c in entry["cells"]] for page, entry in build_site.exercise_pages().items()}
    assert len(pages) >= 10
    script = EVERY_EXERCISE.format(tests=str(REPO / "tests"), bridge=str(BRIDGE),
                                   workdir=str(tmp_path / "answers"), pages=repr(pages))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=tmp_path, timeout=300, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(result) == set(pages)
    bad = {page: shown for page, shown in result.items() if shown != [[True, 1]] * len(pages[page])}
    assert bad == {}, bad
    assert (tmp_path / "answers").is_dir() and not (tmp_path / "antwoorden.json").exists()


def test_the_snapshots_warm_up_runs_every_pages_cells_and_leaves_nothing_behind(bridge, tmp_path,
                                                                                monkeypatch):
    """warm_up_cells (run in the memory snapshot, lite/make_snapshot.mjs): every
    live page's cells run once; no comm, widget, global, file or shown widget is
    left for a page to see."""
    import comm
    from ipywidgets.widgets import widget as widget_module

    module, page = bridge
    sys.path.insert(0, str(REPO / "lite"))
    try:
        import build_site
    finally:
        sys.path.remove(str(REPO / "lite"))
    cells = [c["code"] for entry in build_site.exercise_pages().values() for c in entry["cells"]]
    monkeypatch.chdir(tmp_path)
    warm = tmp_path / "warm"

    assert module.warm_up_cells(json.dumps(cells), str(warm)) == len(cells) >= 20
    assert comm.get_comm_manager().comms == {} and widget_module._instances == {}
    opened = {m["comm_id"] for m in page.of("comm_open")}
    assert len(opened) > 20 * len(cells) and opened == {m["comm_id"] for m in page.of("comm_close")}
    assert page.of("display") == [] and page.of("error") == []
    assert module._globals == {"__name__": "__main__"}
    assert os.getcwd() == str(tmp_path) and list(warm.iterdir()) == []

    # A cell that fails stops the build (the snapshot would lack its warm-up) and leaves nothing open.
    with pytest.raises(ZeroDivisionError):
        module.warm_up_cells(json.dumps(["import ipywidgets as W\nW.HTML('x')\n1 / 0"]), str(warm))
    assert comm.get_comm_manager().comms == {} and os.getcwd() == str(tmp_path)
