// Precompile the site's wheels to bytecode, with the browser's own Python.
//
// Importing a module means compiling its source first, and in the browser that
// happens on every page open (nothing is written back). Measured in Chromium
// (Pyodide in a worker, four runs each, interleaved): importing ipywidgets and
// cpw_widgets took 1.4-1.7 s from source and 0.7-1.0 s from bytecode; loading
// the wheels took the same time. So each module becomes a .pyc in its place (compiled by the
// Pyodide of web/node_modules/pyodide under Node: the same Python as the
// site's) and its source is dropped, as Pyodide does with its own packages:
// the wheels stay about as small as they were. Test folders are left out.
// RECORD lists what the wheel holds.
//
//   node lite/precompile_wheels.mjs WHEEL...      (rewrites each wheel in place)
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "..", "web", "package.json"));
const { loadPyodide } = require("pyodide");

const wheels = process.argv.slice(2);
const py = await loadPyodide();
const precompile = py.runPython(`
import base64, hashlib, os, py_compile, shutil, zipfile

def _record_hash(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()

def _is_test(name):
    return "/tests/" in name or name.startswith("tests/")

def precompile(src, dst):
    work = "/tmp/precompile"
    shutil.rmtree(work, ignore_errors=True)
    with zipfile.ZipFile(src) as zf:
        infos = [i for i in zf.infolist() if not _is_test(i.filename)]
        for info in infos:
            zf.extract(info, work)
    record = next(i.filename for i in infos if i.filename.endswith(".dist-info/RECORD"))
    files = {}
    for info in infos:
        name = info.filename
        if name == record or name.endswith("/"):
            continue
        if name.endswith(".py"):
            pyc = name + "c"
            py_compile.compile(os.path.join(work, name), cfile=os.path.join(work, pyc), dfile=name,
                               doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            name = pyc
        files[name] = open(os.path.join(work, name), "rb").read()
    lines = [f"{n},{_record_hash(d)},{len(d)}" for n, d in files.items()] + [f"{record},,"]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name, data in files.items():
            out.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data,
                         compress_type=zipfile.ZIP_DEFLATED)
        out.writestr(zipfile.ZipInfo(record, date_time=(1980, 1, 1, 0, 0, 0)),
                     "\\n".join(lines) + "\\n", compress_type=zipfile.ZIP_DEFLATED)
    shutil.rmtree(work)
    return sum(n.endswith(".pyc") for n in files)

precompile
`);
for (const wheel of wheels) {
  const name = path.basename(wheel);
  py.FS.writeFile("/tmp/" + name, fs.readFileSync(wheel));
  const count = precompile("/tmp/" + name, "/tmp/out-" + name);
  fs.writeFileSync(wheel, py.FS.readFile("/tmp/out-" + name));
  console.log(`precompile_wheels: ${name}: ${count} modules compiled (Python ${py.version})`);
}
precompile.destroy();
