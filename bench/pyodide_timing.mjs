// Time per text of assess_request in Pyodide under Node: the same wheels the
// site ships (built by `make lite` into _build/lite/pyodide).
//
// Run: node bench/pyodide_timing.mjs [N]      (N texts of the train batches, default 300)
// Prints the load time and the median / p95 time per text, and checks that the
// verdicts equal CPython's (bench/verdicts.py's snapshot) for those texts.
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";
import fs from "node:fs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const require = createRequire(path.join(root, "web", "package.json"));
const { loadPyodide } = require("pyodide");
const site = path.join(root, "_build", "lite", "pyodide");
const wheelDir = path.join(root, "_build", "lite-wheels");  // the site ships them as one archive
if (!fs.existsSync(site)) {
  console.error("No lite build: run `make lite` first.");
  process.exit(2);
}
const n = Number(process.argv[2] || 300);
// the texts (train batches only) and their CPython verdicts, from the snapshot
const py = path.join(root, ".venv", "bin", "python");
const sample = JSON.parse(execFileSync(py, ["-c", `
import json, sys
sys.path.insert(0, "bench")
import corpus, verdicts
snap = verdicts.load_snapshot()
items = [it for it in corpus.items_of(corpus.load_corpus({"train"}), "request")][:${n}]
print(json.dumps([{"text": it.text, "want": {k: snap[(it.id, k)].split(":")[0] for k in ("positive", "concrete", "reason", "invitation", "no_blame")}} for it in items]))
`], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).toString());

const t0 = performance.now();
const pyodide = await loadPyodide({ indexURL: site + path.sep });
const wheels = fs.readdirSync(wheelDir).filter((f) => /^(cpw_widgets|simplemma|ruamel_yaml)-.*\.whl$/.test(f));
await pyodide.loadPackage(wheels.map((f) => path.join(wheelDir, f)));
const loaded = performance.now() - t0;
pyodide.globals.set("SAMPLE", JSON.stringify(sample));
const out = JSON.parse(await pyodide.runPythonAsync(`
import json, time
from cpw_widgets.assess.decision import models
from cpw_widgets.assess.request import assess_request
models()
assess_request("Wil je dit lezen?")  # warm up, as the widgets do
mark = {True: "1", False: "0", None: "?"}
times, diffs = [], 0
for item in json.loads(SAMPLE):
    t = time.perf_counter()
    a = assess_request(item["text"])
    times.append((time.perf_counter() - t) * 1000)
    diffs += sum(mark[c.passed] != item["want"][k] for k, c in a.criteria.items())
times.sort()
json.dumps({"median": times[len(times) // 2], "p95": times[int(0.95 * (len(times) - 1))], "n": len(times), "diffs": diffs})
`));
console.log(`Pyodide ${pyodide.version}: load + wheels ${(loaded / 1000).toFixed(1)} s`);
console.log(`assess_request per text: median ${out.median.toFixed(2)} ms, p95 ${out.p95.toFixed(2)} ms (n=${out.n})`);
console.log(`verdicts differing from CPython's snapshot: ${out.diffs}`);
