/*
 * Every page of the book, from its head:
 * - on a page with exercises (it carries widget state), start the page's
 *   Python at once: the Web Worker (dist/oefening-worker.js) begins loading
 *   Pyodide while the page is still being read; dist/oefening-live.js takes
 *   the worker over (window.oefenplaatsStart) when it runs;
 * - on the other pages, once loaded and idle, fetch what the exercises' Python
 *   needs (Pyodide's core, the wheels, the exercise scripts) into the browser's
 *   cache, one file at a time at low priority, so an exercise page opened
 *   later starts warm. The list is lite/voorladen.json (lite/prefetch_list.py);
 *   it is done once per browser session and version, and not at all on a
 *   data-saving connection.
 */
(function () {
  "use strict";
  var KEY = "oefenplaats-voorgeladen";
  var SCRIPT = document.currentScript;

  function root() {
    var r = document.documentElement.getAttribute("data-content_root") || "./";
    return new URL(r, window.location.href);
  }

  function saving() {
    var c = navigator.connection;
    return !!(c && (c.saveData || /(^|-)2g$/.test(c.effectiveType || "")));
  }

  function done(version) {
    try {
      return window.sessionStorage.getItem(KEY) === version;
    } catch (e) {
      return true; // no storage: do not fetch on every page
    }
  }

  function remember(version) {
    try { window.sessionStorage.setItem(KEY, version); } catch (e) { /* see done() */ }
  }

  function fetchAll(base, files) {
    return files.reduce(function (chain, file) {
      return chain.then(function () {
        return fetch(new URL(file, base).href, { priority: "low", credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.arrayBuffer() : null; });
      });
    }, Promise.resolve());
  }

  function start() {
    if (typeof fetch !== "function" || typeof WebAssembly !== "object" || saving()) return;
    var base = root();
    fetch(new URL("lite/voorladen.json", base).href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (list) {
        if (!list || done(list.version)) return null;
        return fetchAll(base, list.files).then(function () {
          remember(list.version);
          if (window.performance && performance.mark) performance.mark("oefening:voorgeladen");
        });
      })
      .catch(function () { /* a later page tries again */ });
  }

  function whenIdle() {
    if ("requestIdleCallback" in window) window.requestIdleCallback(start, { timeout: 5000 });
    else window.setTimeout(start, 1500);
  }

  /* The exercise page's Python, started before the rest of the page is read. */
  function startPython() {
    if (typeof WebAssembly !== "object" || typeof Worker !== "function" ||
        !document.querySelector('script[type="application/vnd.jupyter.widget-state+json"]')) return false;
    // Sphinx declares DOCUMENTATION_OPTIONS with const: a global binding, not a
    // property of window (window.DOCUMENTATION_OPTIONS is undefined).
    /* global DOCUMENTATION_OPTIONS */
    var page = typeof DOCUMENTATION_OPTIONS === "object" && DOCUMENTATION_OPTIONS && DOCUMENTATION_OPTIONS.pagename;
    if (!page || !SCRIPT) return false;
    var keep = false;
    try { keep = typeof indexedDB !== "undefined" && indexedDB !== null; } catch (e) { keep = false; }
    var base = root();
    var start = { worker: null, early: [] };
    try {
      start.worker = new Worker(new URL("oefening-worker.js", SCRIPT.src), { type: "module" });
    } catch (e) {
      return false;
    }
    start.worker.onmessage = function (event) { start.early.push(event); };
    start.worker.onerror = function (event) { start.early.push(event); };
    if (window.performance && performance.mark) performance.mark("oefening:start");
    start.worker.postMessage({
      type: "init", indexURL: new URL("lite/pyodide/", base).href,
      listURL: new URL("lite/oefeningen.json", base).href, page: page, keep: keep,
    });
    window.oefenplaatsStart = start;
    return true;
  }

  if (startPython()) return;
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle);
})();
