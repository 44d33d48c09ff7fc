/*
 * Live exercises: on a page whose notebook is listed in lite/oefeningen.json,
 * each static widget snapshot is swapped for the same exercise running with
 * Python in the browser (JupyterLite REPL + Pyodide kernel, served by this site
 * under lite/). No server, no outside host.
 *
 * States per exercise: "De oefening wordt geladen…" while Python starts; then
 * the live exercise; if the browser cannot run it (no WebAssembly, or start-up
 * fails or takes too long) the static snapshot stays, with a Dutch message.
 * Exercises start when they come near the screen, one at a time (each runs its
 * own Python; together they would slow each other down).
 * The page itself is not changed at build time: this script does the swap.
 */
(function () {
  "use strict";

  var WIDGET_VIEW = 'script[type="application/vnd.jupyter.widget-view+json"]';
  var TIMEOUT_MS = 180000;
  var FRAME_CSS = [
    /* Only the outputs of the exercise: no banner, prompt cell, prompts or toolbar. */
    "html, body, .jp-ThemedContainer { background: transparent !important; }",
    ".lm-SplitPanel-handle { display: none !important; }",
    ".jp-CodeConsole-banner, .jp-CodeConsole-promptCell, .jp-InputPrompt,",
    ".jp-OutputPrompt, .jp-Collapser, .jp-CodeConsole .jp-Toolbar,",
    ".jp-Cell-inputWrapper, .jp-CodeConsole-input { display: none !important; }",
    ".jp-CodeConsole-content { padding: 0 !important; background: transparent !important; }",
    /* the split panel keeps room for the (hidden) prompt: give it all to the outputs */
    ".jp-CodeConsole-split > .jp-CodeConsole-content { top: 0 !important; height: 100% !important; }",
    ".jp-CodeConsole-content .jp-Cell { padding: 0 !important; background: transparent !important; }",
    ".jp-OutputArea-child { display: block !important; }",
    ".jp-OutputArea-output { padding: 0 4px 0 0 !important; width: 100% !important; box-sizing: border-box; }",
    ".jp-Notification-Status, #jp-main-statusbar { display: none !important; }"
  ].join("\n");
  var MSG_NO_WASM = "Je browser kan deze oefening hier niet uitvoeren (er is geen " +
    "WebAssembly). Hieronder zie je hoe de oefening eruitziet; open de pagina in een " +
    "recente versie van Firefox, Chrome, Edge of Safari om hem te doen.";
  var MSG_ERROR = "De oefening kon niet starten in je browser. Hieronder zie je hoe de " +
    "oefening eruitziet; laad de pagina opnieuw om het nog eens te proberen.";
  var MSG_NOT_KEPT = "Let op: deze browser bewaart je antwoorden hier niet (bijvoorbeeld in " +
    "een privévenster, of omdat de site niet via https wordt aangeboden). Je kunt de oefening " +
    "gewoon doen; kopieer je tekst naar een eigen document als je hem wilt houden.";
  var MSG_SLOW = "Het starten van de oefening duurt te lang. Hieronder zie je hoe de " +
    "oefening eruitziet; laad de pagina opnieuw om het nog eens te proberen.";

  function contentRoot() {
    var root = document.documentElement.getAttribute("data-content_root") || "./";
    return new URL(root, window.location.href);
  }

  function pageName(root) {
    if (window.DOCUMENTATION_OPTIONS && window.DOCUMENTATION_OPTIONS.pagename) {
      return window.DOCUMENTATION_OPTIONS.pagename;
    }
    var path = decodeURIComponent(window.location.pathname);
    var base = decodeURIComponent(root.pathname);
    if (path.indexOf(base) !== 0) return null;
    return path.slice(base.length).replace(/\.html$/, "").replace(/\/$/, "/index");
  }

  function widgetOutputs() {
    return Array.prototype.filter.call(
      document.querySelectorAll(".cell_output"),
      function (node) { return node.querySelector(WIDGET_VIEW); }
    );
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  /* The lite drive keeps files (antwoorden.json) through a service worker,
     which browsers offer only in a secure context (https or localhost). */
  function canKeep() {
    return window.isSecureContext === true && !!navigator.serviceWorker;
  }

  function canRun() {
    return typeof WebAssembly === "object" && typeof Worker === "function" &&
      typeof Promise === "function" && typeof fetch === "function";
  }

  /* One exercise: a box before its static output(s); returns {box, run}. */
  function exercise(code, outputs, root, number) {
    var box = el("div", { "class": "oefening-live", "data-state": "wacht" });
    var status = el("p", { "class": "oefening-status", role: "status", "aria-live": "polite" });
    var spinner = el("span", { "class": "oefening-spinner", "aria-hidden": "true" });
    var label = el("span", {}, "De oefening wordt geladen…");
    var hint = el("span", { "class": "oefening-hint" },
      " Python start in je browser; de eerste keer duurt dat even.");
    status.appendChild(spinner);
    status.appendChild(label);
    status.appendChild(hint);
    box.appendChild(status);
    outputs[0].parentNode.insertBefore(box, outputs[0]);

    function fallback(message) {
      box.setAttribute("data-state", "niet-beschikbaar");
      spinner.remove();
      hint.remove();
      label.textContent = message;
      outputs.forEach(function (o) { o.hidden = false; });
      var frame = box.querySelector("iframe");
      if (frame) frame.remove();
    }

    if (!canRun()) {
      fallback(MSG_NO_WASM);
      return null;
    }
    outputs.forEach(function (o) { o.hidden = true; });

    function run(done) {
      box.setAttribute("data-state", "laden");
      var params = new URLSearchParams();
      params.set("kernel", "python");
      /* no "toolbar" parameter: any value of it keeps the toolbar */
      params.set("showBanner", "0");
      params.set("hideCodeInput", "1");
      var dark = document.documentElement.getAttribute("data-theme") === "dark";
      params.set("theme", dark ? "JupyterLab Dark" : "JupyterLab Light");
      code.forEach(function (c) { params.append("code", c); });
      var title = (document.title.split(" — ")[0] || "Oefening");
      var frame = el("iframe", {
        "class": "oefening-frame",
        title: title + (number ? " (" + number + ")" : ""),
        src: new URL("lite/repl/index.html?" + params.toString(), root).href
      });
      box.appendChild(frame);

      var started = Date.now();
      var styled = false;
      var finished = false;
      function finish() {
        if (!finished) { finished = true; done(); }
      }
      var timer = window.setInterval(function () {
        var doc;
        try { doc = frame.contentDocument; } catch (e) { doc = null; }
        if (doc && doc.head && !styled && doc.readyState !== "loading") {
          doc.head.appendChild(Object.assign(doc.createElement("style"), { textContent: FRAME_CSS }));
          /* On the first click JupyterLab focuses its console panel, and the
             browser scrolls the page to that panel's top: with the top of the
             exercise off screen the page jumps and the click misses its button.
             Focus set by code never scrolls the page here; Tab still does.
             And code in an exercise may move the focus within it, never pull it
             away from the page or another exercise: one that is still starting
             focuses its prompt, which took the focus from a learner typing
             elsewhere. (A click or Tab into the frame makes it active first.) */
          var proto = frame.contentWindow.HTMLElement.prototype;
          var focus = proto.focus;
          proto.focus = function (options) {
            if (document.activeElement !== frame) return;
            return focus.call(this, Object.assign({}, options || {}, { preventScroll: true }));
          };
          /* JupyterLab's key handling swallows Enter before a widget button sees it;
             a keyboard user expects Enter (as well as Space) to press a button. */
          frame.contentWindow.addEventListener("keydown", function (e) {
            var t = e.target;
            if (e.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey &&
                t && t.tagName === "BUTTON" && !t.disabled) {
              e.preventDefault();
              e.stopImmediatePropagation();
              t.click();
            }
          }, true);
          styled = true;
        }
        var content = doc && doc.querySelector(".jp-CodeConsole-content");
        var error = content && content.querySelector(
          '[data-mime-type="application/vnd.jupyter.stderr"], [data-mime-type="application/vnd.jupyter.error"]');
        if (error && /Error|Traceback/.test(error.textContent || "")) {
          window.clearInterval(timer);
          if (window.console) window.console.error("oefening:", error.textContent);
          fallback(MSG_ERROR);
          finish();
          return;
        }
        var live = content && content.querySelector(".jp-OutputArea-output .jupyter-widgets");
        if (live && box.getAttribute("data-state") !== "live") {
          box.setAttribute("data-state", "live");
          status.classList.add("visually-hidden");
          label.textContent = "De oefening is klaar.";
          spinner.remove();
          hint.remove();
          if (!canKeep()) {
            box.insertBefore(el("p", { "class": "oefening-let-op", role: "note" }, MSG_NOT_KEPT), frame);
          }
          /* The console focuses its (hidden) prompt: give the focus back to the page. */
          if (doc.activeElement && doc.activeElement !== doc.body) doc.activeElement.blur();
          finish();
        }
        if (box.getAttribute("data-state") === "live") {
          /* The content panel fills the frame, so measure the cells themselves. */
          var cells = content.querySelectorAll(":scope > .jp-Cell");
          var last = cells[cells.length - 1];
          var h = last ? Math.ceil(last.offsetTop + last.offsetHeight) + 8 : 150;
          if (Math.abs(frame.offsetHeight - h) > 2) frame.style.height = h + "px";
        } else if (Date.now() - started > TIMEOUT_MS) {
          window.clearInterval(timer);
          fallback(MSG_SLOW);
          finish();
        }
      }, 250);
    }
    return { box: box, run: run };
  }

  /* Start exercises near the screen, one after the other, in page order. */
  function scheduler(items) {
    var wanted = [];
    var busy = false;
    function next() {
      if (busy) return;
      var item = items.filter(function (it) { return wanted.indexOf(it) >= 0 && !it.started; })[0];
      if (!item) return;
      item.started = true;
      busy = true;
      item.run(function () { busy = false; next(); });
    }
    function want(item) {
      if (wanted.indexOf(item) < 0) wanted.push(item);
      next();
    }
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) return;
          io.unobserve(entry.target);
          items.forEach(function (it) { if (it.box === entry.target) want(it); });
        });
      }, { rootMargin: "400px 0px" });
      items.forEach(function (it) { io.observe(it.box); });
    } else {
      items.forEach(want);
    }
  }

  function start(cells, root, outputs) {
    var items = [];
    if (cells.length === outputs.length) {
      /* One live exercise per widget output, where the page shows it. */
      outputs.forEach(function (output, i) {
        var it = exercise([cells[i]], [output], root, outputs.length > 1 ? i + 1 : 0);
        if (it) items.push(it);
      });
    } else {
      /* Cells and outputs do not pair up: run the notebook as a whole. */
      var it = exercise(cells, outputs, root, 0);
      if (it) items.push(it);
    }
    if (items.length) scheduler(items);
  }

  function init() {
    var outputs = widgetOutputs();
    if (!outputs.length) return;
    var root = contentRoot();
    var page = pageName(root);
    fetch(new URL("lite/oefeningen.json", root).href)
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(function (all) {
        if (page && all[page]) start(all[page].code, root, outputs);
      })
      .catch(function () { /* no lite site: the static snapshot stays */ });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
