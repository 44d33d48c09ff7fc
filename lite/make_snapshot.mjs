// Make the exercise pages' Python once, at build time, and keep it as a memory
// snapshot that the browser restores instead of starting Python itself.
//
// Why: in WebKit (Safari's engine) the interpreter runs several times slower
// than in Chromium, and starting Python plus importing ipywidgets and the
// course's package took most of a 20-70 s start (bench/worker_phases.py).
// Restoring a snapshot is a copy of bytes into WebAssembly memory.
//
// Here, under Node, with the very Pyodide the site serves (same files; the
// snapshot carries its build id and Pyodide refuses any other): Python starts,
// the site-packages archive is written into its file system (the worker writes
// it before Python starts; the files stay outside the snapshot), the page
// bridge is installed and the given modules are imported; then Pyodide's
// makeMemorySnapshot, gzipped. Nothing in it refers to a JavaScript object
// (makeMemorySnapshot would refuse), so it does not matter that it was made in
// Node: web/src/worker.js restores it in any browser. Arguments of the form
// "module:function" are called after the imports: the assessors' warm-up puts
// simplemma's Dutch dictionary in, in its compact form (low_memory: ~5 MB; the
// plain dict would grow the snapshot from 38 to 118 MB of memory). With
// --cells=FILE (JSON: a list of code cells' sources) those cells then run once
// and all they made is thrown away (oefenplaats_bridge.warm_up_cells): the
// snapshot keeps the bytecode Python adapted and the caches it filled.
//
//   node lite/make_snapshot.mjs PYODIDE_DIR BRIDGE_PY OUT_FILE [--cells=FILE] MODULE|MODULE:FUNCTION...
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";
import { writeTar } from "../web/src/site-bundle.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "web", "package.json"));
const { loadPyodide } = require("pyodide");

const [dir, bridgePath, out, ...rest] = process.argv.slice(2);
const cellsArg = rest.find((n) => n.startsWith("--cells="));
const names = rest.filter((n) => n !== cellsArg);
const cells = cellsArg ? fs.readFileSync(cellsArg.slice("--cells=".length), "utf8") : "[]";
const modules = names.filter((n) => !n.includes(":"));
const warmCalls = names.filter((n) => n.includes(":"));
const indexURL = path.resolve(dir) + path.sep;
const py = await loadPyodide({ indexURL, _makeSnapshot: true, env: { HOME: "/home/pyodide" } });
// Written after Python started: packages found at start are recorded in
// pyodide.loadedPackages, a JavaScript object, which a snapshot cannot hold.
const sitePackages = py.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
const tar = zlib.gunzipSync(fs.readFileSync(path.join(indexURL, "site-packages.tar.gz")));
writeTar(py.FS, sitePackages, new Uint8Array(tar.buffer, tar.byteOffset, tar.length));
py.FS.writeFile(sitePackages + "/oefenplaats_bridge.py", fs.readFileSync(bridgePath));
py.FS.writeFile("/tmp/oefenplaats-cells.json", cells);
py.runPython(`
import gc, importlib, json, os, sys
importlib.invalidate_caches()
os.environ.pop("_", None)  # Node's script path: nothing of the build machine in the snapshot
import oefenplaats_bridge
oefenplaats_bridge.install(lambda header, buffers: None)  # the worker installs the real post
oefenplaats_bridge.warm_imports(json.loads(${JSON.stringify(JSON.stringify(modules))}))
for call in json.loads(${JSON.stringify(JSON.stringify(warmCalls))}):
    module, function = call.split(":")
    getattr(importlib.import_module(module), function)()
with open("/tmp/oefenplaats-cells.json", encoding="utf-8") as f:
    warmed = oefenplaats_bridge.warm_up_cells(f.read(), "/tmp/oefenplaats-warm-up")
gc.collect()
`);
const count = py.runPython("import sys; len(sys.modules)");
const warmed = py.runPython("warmed");
const snapshot = py.makeMemorySnapshot();
fs.writeFileSync(out, zlib.gzipSync(snapshot, { level: 9 }));
console.log(`make_snapshot: ${count} modules, ${warmed} cells run, ${(snapshot.length / 1e6).toFixed(1)} MB of memory -> `
  + `${path.basename(out)} ${(fs.statSync(out).size / 1e6).toFixed(1)} MB (Pyodide ${py.version})`);
