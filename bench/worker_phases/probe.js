/*
 * What the exercise page's Python spends its start-up on, one step at a time
 * (bench/worker_phases.py). The same steps as web/src/worker.js, split finer:
 * import pyodide.mjs; loadPyodide (wasm compile + Python init; fsInit marks
 * where the file system is ready); a pure-Python loop (how fast this engine
 * runs the interpreter); then the site-packages, per mode:
 *   wheels  - per wheel: fetch, then Pyodide's own unpack (Python's zipfile)
 *   bundle  - the one prebuilt archive (lite/site-packages.bin): fetch, inflate, write
 * then each module import, the page's cells, and what is in sys.modules.
 */
const marks = [];
const t0 = performance.now();
function mark(name, extra) {
  const at = performance.now() - t0;
  marks.push({ name, at, ...extra });
  self.postMessage({ type: "mark", name, at });
}

async function timed(name, fn) {
  const s = performance.now();
  const out = await fn();
  mark(name, { ms: performance.now() - s });
  return out;
}

self.onmessage = async (event) => {
  const { mode, page, base } = event.data;
  try {
    const indexURL = base + "pyodide/";
    const { loadPyodide } = await timed("import pyodide.mjs", () => import(indexURL + "pyodide.mjs"));
    const site = await (await fetch(base + "oefeningen.json")).json();
    let fsInitAt = null;
    const lp0 = performance.now();
    const py = await timed("loadPyodide (core)", () => loadPyodide({
      indexURL, fsInit: () => { fsInitAt = performance.now() - lp0; } }));
    mark("  of which until fsInit", { ms: fsInitAt });
    const speed = () => py.runPython(`
import time
t = time.perf_counter()
s = 0
for i in range(200000):
    s += i * i % 7
(time.perf_counter() - t) * 1000`);
    mark("python loop 200k", { ms: speed() });
    const sp = py.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
    const lock = await (await fetch(indexURL + "pyodide-lock.json")).json();
    if (mode === "wheels") {
      for (const name of site.packages) {
        const file = lock.packages[name].file_name;
        const buf = await timed("fetch " + name, async () => new Uint8Array(await (await fetch(indexURL + file)).arrayBuffer()));
        await timed("unpack " + name + " (" + (buf.length / 1e3).toFixed(0) + " kB)", () =>
          py.unpackArchive(buf, "wheel", { extractDir: sp }));
      }
    } else if (mode === "bundle") {
      const { installBundle } = await import(base + "probe/site-bundle.mjs");
      await timed("bundle: fetch+inflate+write", () => installBundle(py.FS, sp, indexURL + "site-packages.bin", mark));
    } else if (mode === "loadpackage") {
      await timed("loadPackage (all)", () => py.loadPackage(site.packages));
    }
    const bridge = await (await fetch(base + "bridge.py")).text();
    py.FS.writeFile(sp + "/oefenplaats_bridge.py", bridge);
    py.runPython("import importlib; importlib.invalidate_caches()");
    const b = py.pyimport("oefenplaats_bridge");
    b.install(() => {});
    const entry = site.pages[page];
    const mods = ["traitlets", "comm", "ipywidgets", "ruamel.yaml", "simplemma", "cpw_widgets", ...entry.imports];
    const times = JSON.parse(py.runPython(`
import json, sys, time
out = []
for name in json.loads(${JSON.stringify(JSON.stringify(mods))}):
    t = time.perf_counter()
    __import__(name)
    out.append([name, (time.perf_counter() - t) * 1000])
json.dumps(out)`));
    for (const [n, ms] of times) mark("import " + n, { ms });
    const cells = entry.cells.map((c, i) => [i + 1, c.code]);
    await timed("run the page's cells", () => b.run_cells(JSON.stringify(cells)));
    const modules = JSON.parse(py.runPython(`
import collections, json, sys
c = collections.Counter(n.split(".")[0] for n in sys.modules)
json.dumps(sorted(c.items(), key=lambda kv: -kv[1]))`));
    mark("python loop 200k (after)", { ms: speed() });
    self.postMessage({ type: "done", marks, modules, version: py.version });
  } catch (err) {
    self.postMessage({ type: "done", marks, error: String(err && err.stack || err) });
  }
};
