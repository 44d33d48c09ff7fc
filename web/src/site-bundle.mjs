/*
 * The course's site-packages as one archive (lite/site_bundle.py builds it: a
 * gzipped ustar of the unpacked, precompiled wheels). Fetched as soon as the
 * worker starts, beside Pyodide's core; inflated by the browser's own
 * DecompressionStream and written into Pyodide's file system by writeTar,
 * before Python starts: no wheel is unzipped by Python inside WebAssembly
 * (about 2 s in WebKit; Python's own start and the imports, 40 s and more, are
 * what the snapshot saves: bench/worker_phases.py).
 * snapshotOptions: what loadPyodide needs to restore lite/make_snapshot.mjs's
 * snapshot instead of starting Python.
 */

const BLOCK = 512;

/* The archive's bytes, inflated. A server that already sent it decoded
   (Content-Encoding: gzip) gives a plain tar: the gzip magic tells. */
export async function fetchBundle(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  if (typeof DecompressionStream !== "function") {
    throw new Error("this browser has no DecompressionStream");
  }
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function field(bytes, at, length) {
  let end = at;
  while (end < at + length && bytes[end] !== 0) end++;
  return new TextDecoder().decode(bytes.subarray(at, end));
}

/* Write every file of a ustar archive under dir; returns how many. Only plain
   files and folders are expected (lite/site_bundle.py writes nothing else). */
export function writeTar(FS, dir, tar) {
  let at = 0;
  let count = 0;
  const made = new Set();
  while (at + BLOCK <= tar.length && tar[at] !== 0) {
    const name = field(tar, at, 100);
    const prefix = field(tar, at + 345, 155);
    const size = parseInt(field(tar, at + 124, 12).trim() || "0", 8);
    const type = String.fromCharCode(tar[at + 156] || 48);
    const path = dir + "/" + (prefix ? prefix + "/" : "") + name;
    at += BLOCK;
    if (type === "0") {
      const folder = path.slice(0, path.lastIndexOf("/"));
      if (!made.has(folder)) { FS.mkdirTree(folder); made.add(folder); }
      FS.writeFile(path, tar.subarray(at, at + size), { canOwn: false });
      count++;
    } else if (type === "5") {
      FS.mkdirTree(path);
      made.add(path.replace(/\/$/, ""));
    } else {
      throw new Error(`site-packages archive: ${path} is of type ${type}, not a file`);
    }
    at += Math.ceil(size / BLOCK) * BLOCK;
  }
  return count;
}

/* loadPyodide's options to restore a memory snapshot (inflated bytes).
   createModule is pyodide.asm.mjs's default export. Pyodide copies the
   snapshot into the WebAssembly memory, which starts smaller than a Python
   that has imported the exercises' packages: it is grown first, before
   Pyodide's own start-up steps (preRun) run. */
/* Free the memory of inflated bytes now that they are written where they go.
   An idle page may keep a large ArrayBuffer until a full garbage collection
   that does not come: in WebKit the restored snapshot's bytes (38-45 MB) stayed
   resident beside the Python they had become. Detaching the buffer with
   ArrayBuffer.prototype.transfer(0) frees it at once; engines without it
   (Safari before 17.4) move it into a clone that is dropped at once, which a
   young-generation collection can free. Every view of it then reads as empty. */
export function release(bytes) {
  const buffer = bytes && bytes.buffer;
  if (!buffer || buffer.byteLength === 0) return;
  if (typeof buffer.transfer === "function") buffer.transfer(0);
  else if (typeof structuredClone === "function") structuredClone(buffer, { transfer: [buffer] });
}

export function snapshotOptions(createModule, snapshot) {
  const size = snapshot.length; // not the bytes: Pyodide keeps its options for good
  return {
    _loadSnapshot: snapshot,
    createPyodideModule: (module) => {
      module.preRun = [(m) => m.growMemory(size), ...[].concat(module.preRun || [])];
      return createModule(module);
    },
  };
}
