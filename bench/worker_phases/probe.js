/*
 * What the exercise page's Python spends its start-up on, one step at a time
 * (bench/worker_phases.py). The same steps as web/src/worker.js, split finer:
 * import pyodide.mjs; loadPyodide (wasm compile + Python init; fsInit marks
 * where the file system is ready); a pure-Python loop (how fast this engine
 * runs the interpreter); then the site-packages, per mode:
 *   wheels  - per wheel: fetch, then Pyodide's own unpack (Python's zipfile)
 *   bundle  - the one prebuilt archive (site-packages.tar.gz): fetch, inflate,
 *             write before Python starts (web/src/site-bundle.mjs)
 *   snapshot - as bundle, and Python restored from lite/make_snapshot.mjs's
 *             snapshot instead of started (the imports are then already done)
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
    let fsInit = () => { fsInitAt = performance.now() - lp0; };
    let snapshot = null;
    let bundleModule = null;
    if (mode === "bundle" || mode === "snapshot") {
      bundleModule = await import(base + "probe/site-bundle.mjs");
      const tar = await timed("bundle: fetch + inflate", () => bundleModule.fetchBundle(indexURL + site.bundle));
      fsInit = (FS, info) => {
        fsInitAt = performance.now() - lp0;
        const s = performance.now();
        const n = bundleModule.writeTar(FS, info.sitePackages, tar);
        mark(`bundle: write ${n} files (${(tar.length / 1e6).toFixed(1)} MB)`, { ms: performance.now() - s });
      };
    }
    if (mode === "snapshot") {
      snapshot = await timed("snapshot: fetch + inflate", () => bundleModule.fetchBundle(indexURL + site.snapshot));
    }
    const lp0 = performance.now();
    const options = { indexURL, fsInit };
    if (snapshot) {
      const createModule = (await import(indexURL + "pyodide.asm.mjs")).default;
      Object.assign(options, bundleModule.snapshotOptions(createModule, snapshot));
    }
    const py = await timed(snapshot ? "loadPyodide (core, snapshot restored)" : "loadPyodide (core)",
      () => loadPyodide(options));
    snapshot = null;
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
