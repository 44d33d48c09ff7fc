/*
 * Every page of the book: once it has loaded and the browser is idle, fetch
 * what the exercises' Python needs (Pyodide's core, the wheels, the exercise
 * scripts) into the browser's cache, one file at a time at low priority, so an
 * exercise page opened later starts warm. The list is lite/voorladen.json
 * (written by lite/build_site.py); it is done once per browser session and
 * version. Nothing is fetched on a metered or data-saving connection.
 */
(function () {
  "use strict";
  var KEY = "oefenplaats-voorgeladen";

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

  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle);
})();
