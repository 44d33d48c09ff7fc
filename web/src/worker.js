/*
 * The exercise page's Python: one Pyodide in this Web Worker, shared by every
 * exercise of the page, started from the page's head (web/src/voorladen.js).
 *
 * Start-up (measured step by step with bench/worker_phases.py): three
 * downloads begin together: Pyodide's core, the course's site-packages as one
 * archive (web/src/site-bundle.mjs) and a memory snapshot of a Python that has
 * already started and imported what the exercises need (lite/make_snapshot.mjs).
 * The archive is written into the file system before Python starts; the
 * snapshot is then restored instead of starting Python and importing: in
 * WebKit (Safari's engine) that start and those imports were most of the wait.
 * Without a snapshot (none built, or it cannot be restored) Python starts and
 * imports as usual, from the same files. The bridge (lite/bridge.py, bundled
 * in as text) connects ipywidgets to the page; the answers' folder is
 * Emscripten's IDBFS, read from IndexedDB before the first cell runs and
 * written back after every message that changed it.
 *
 * Messages in:  init {indexURL, listURL, page, keep}, cells {cells: [[number, code]]},
 *               comm_msg {comm_id, msg_id, data (JSON), buffers}, comm_close {comm_id}.
 * Messages out: mark {name, at} (oefening:restored when from the snapshot), py {header (JSON; bridge.py says which), buffers},
 *               idle {msg_id}, storage {ok, reason}, saving, saved (a write of the
 *               answers' folder to IndexedDB began / ended), failed {text},
 *               not-live (the page is not in the list), downloads {core, packages}.
 * init comes from web/src/voorladen.js as soon as the page's head is read
 * (or from oefening-live.js); the cells from oefening-live.js.
 * All work runs one message at a time, in order.
 */
import bridgeSource from "../../lite/bridge.py";
import { fetchBundle, release, snapshotOptions, writeTar } from "./site-bundle.mjs";

const ANSWERS_DIR = "/oefenplaats";
const SYNC_IN_AFTER_MS = 1000;

let pyodide = null;
let bridge = null;
let storage = { mounted: false, failed: false, lastSync: 0, chain: Promise.resolve() };
let begin = null; // resolves the start-up promise once init arrives
const started = new Promise((resolve) => { begin = resolve; });
started.catch(() => {}); // a failed start is reported once, in init
let work = Promise.resolve(); // the queue: cells and messages wait for the start-up

function mark(name) {
  self.postMessage({ type: "mark", name: name, at: performance.timeOrigin + performance.now() });
}

/* Python's post(header, buffers): buffers is a list of bytes (a PyProxy during
   the call), copied into typed arrays; they are small, so they are cloned, not
   transferred. */
function post(header, buffers) {
  const arrays = buffers && buffers.length ? buffers.toJs() : [];
  self.postMessage({ type: "py", header: header, buffers: arrays });
}

function syncfs(populate) {
  return new Promise((resolve) => pyodide.FS.syncfs(populate, (err) => resolve(err || null)));
}

/* Everything in the answers' folder with its time of change: to see whether a message wrote. */
function folderStamp() {
  if (!storage.mounted) return "";
  const FS = pyodide.FS;
  return FS.readdir(ANSWERS_DIR).filter((n) => n !== "." && n !== "..").map((n) => {
    const st = FS.stat(ANSWERS_DIR + "/" + n);
    return n + ":" + st.mtime.valueOf() + ":" + st.size;
  }).sort().join("|");
}

/* Another tab may have written answers since: read them in before acting (not while
   a write of ours has failed, which would undo what this page keeps in memory). */
async function syncIn() {
  if (!storage.mounted || storage.failed || Date.now() - storage.lastSync < SYNC_IN_AFTER_MS) return;
  await storage.chain;
  const err = await syncfs(true);
  storage.lastSync = Date.now();
  if (err) console.warn("oefenplaats: reading the kept answers failed", err);
}

/* Write the answers' folder to IndexedDB. "saving" and "saved" tell the page
   that a write is under way: it ends this worker on leaving only when none is. */
function syncOut() {
  self.postMessage({ type: "saving" });
  storage.chain = storage.chain.then(async () => {
    const err = await syncfs(false);
    storage.lastSync = Date.now();
    if (err && !storage.failed) {
      storage.failed = true;
      console.error("oefenplaats: keeping the answers failed", err);
      self.postMessage({ type: "storage", ok: false, reason: String(err && err.message || err) });
    }
  }).finally(() => self.postMessage({ type: "saved" }));
}

function downloads() {
  const sum = (entries) => {
    if (!entries.length) return { bytes: 0, ms: 0, files: 0 };
    const start = Math.min(...entries.map((e) => e.startTime));
    const end = Math.max(...entries.map((e) => e.responseEnd));
    return { bytes: entries.reduce((n, e) => n + (e.encodedBodySize || 0), 0),
      ms: Math.round(end - start), files: entries.length };
  };
  const all = performance.getEntriesByType("resource");
  const isPackages = (e) => /\/(site-packages\.tar|python-snapshot\.bin)/.test(e.name);
  return { core: sum(all.filter((e) => !isPackages(e))), packages: sum(all.filter(isPackages)) };
}

/* Pyodide, restored from the snapshot when there is one, otherwise started anew.
   A restored Python has the build machine's random state: it is seeded anew
   here. (Also its time.timezone and time.tzname; local times themselves,
   time.localtime and datetime.now, ask the browser every time.) */
async function loadPython(loadPyodide, msg, snapshot, fsInit) {
  const options = { indexURL: msg.indexURL, fsInit: fsInit,
    stdout: (text) => console.log(text), stderr: (text) => console.error(text) };
  if (!snapshot) return loadPyodide(options);
  const createModule = (await import(msg.indexURL + "pyodide.asm.mjs")).default;
  let restored;
  try {
    restored = await loadPyodide({ ...options, ...snapshotOptions(createModule, snapshot) });
  } catch (err) {
    console.warn("oefenplaats: the snapshot could not be restored; Python starts anew", err);
    return loadPyodide(options);
  }
  restored._api.config._loadSnapshot = null; // Pyodide keeps its options: let the 38 MB go
  restored.runPython("import random; random.seed()");
  mark("oefening:restored");
  return restored;
}

async function start(msg) {
  mark("oefening:worker");
  const [{ loadPyodide }, site] = await Promise.all([
    import(msg.indexURL + "pyodide.mjs"),
    fetch(msg.listURL).then((r) => (r.ok ? r.json() : null)),
  ]);
  const entry = site && site.pages && site.pages[msg.page];
  if (!entry) {
    self.postMessage({ type: "not-live" });
    throw new Error("not a live page");
  }
  let bundle = fetchBundle(msg.indexURL + site.bundle);
  let snapshot = site.snapshot
    ? fetchBundle(msg.indexURL + site.snapshot).catch((err) => {
      console.warn("oefenplaats: no snapshot; Python starts anew", err);
      return null;
    })
    : Promise.resolve(null);
  bundle.catch(() => {}); // reported where it is awaited, in fsInit
  let syncedIn = Promise.resolve(null);
  const fsInit = async (FS, info) => {
    mark("oefening:pyodide");
    writeTar(FS, info.sitePackages, await bundle);
    FS.writeFile(info.sitePackages + "/oefenplaats_bridge.py", bridgeSource);
    FS.mkdirTree(ANSWERS_DIR);
    if (msg.keep && typeof indexedDB !== "undefined" && FS.filesystems.IDBFS) {
      try {
        FS.mount(FS.filesystems.IDBFS, {}, ANSWERS_DIR);
        storage.mounted = true;
        syncedIn = new Promise((resolve) => FS.syncfs(true, (err) => resolve(err || null)));
      } catch (err) {
        syncedIn = Promise.resolve(err);
      }
    }
  };
  const snapshotBytes = await snapshot;
  pyodide = await loadPython(loadPyodide, msg, snapshotBytes, fsInit);
  // Both archives are now in Python's memory and file system (a failed restore
  // has started Python anew by now, so fsInit needs the tar no more).
  release(snapshotBytes);
  bundle.then(release, () => {});
  snapshot = bundle = null; // fsInit, which Pyodide keeps, shares this scope: let the bytes go
  mark("oefening:packages");
  self.postMessage({ type: "downloads", ...downloads() });
  bridge = pyodide.pyimport("oefenplaats_bridge");
  bridge.install(post);
  bridge.warm_imports(entry.imports || []);
  mark("oefening:imports");
  const err = await syncedIn;
  storage.lastSync = Date.now();
  if (err || !storage.mounted) {
    if (storage.mounted) console.error("oefenplaats: the kept answers could not be read", err);
    storage.failed = true;
    self.postMessage({ type: "storage", ok: false, reason: err ? String(err.message || err) : "geen IndexedDB" });
  } else {
    self.postMessage({ type: "storage", ok: true });
  }
  pyodide.runPython(`import os; os.chdir(${JSON.stringify(ANSWERS_DIR)})`);
  mark("oefening:storage");
}

async function runCells(msg) {
  const before = folderStamp();
  await bridge.run_cells(JSON.stringify(msg.cells));
  if (folderStamp() !== before) syncOut();
}

async function handleComm(msg) {
  await syncIn();
  const before = folderStamp();
  try {
    if (msg.type === "comm_close") bridge.receive_close(msg.comm_id);
    else bridge.receive(msg.comm_id, msg.data, msg.buffers || [], msg.msg_id);
  } finally {
    // "saving" goes out before "idle", so the page never sees a quiet moment in between
    if (folderStamp() !== before) syncOut();
    if (msg.msg_id) self.postMessage({ type: "idle", msg_id: msg.msg_id });
  }
}

function enqueue(fn) {
  work = work.then(() => started).then(fn).catch((err) => {
    if (startFailed) return;
    console.error("oefenplaats:", err);
  });
}

let startFailed = false;

self.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === "init") {
    if (!begin) return; // started once, by whoever came first
    const go = begin;
    begin = null;
    go(start(msg).catch((err) => {
      startFailed = true;
      if (String(err && err.message) !== "not a live page") {
        console.error("oefenplaats: Python did not start", err);
        self.postMessage({ type: "failed", text: String(err && err.message || err) });
      }
      throw err; // nothing queued after a failed start runs
    }));
  } else if (msg.type === "cells") {
    enqueue(() => runCells(msg));
  } else if (msg.type === "comm_msg" || msg.type === "comm_close") {
    enqueue(() => handleComm(msg));
  }
};
