/*
 * Live exercises on the book's pages (loaded on every page with widgets).
 *
 * - The static snapshot of each exercise (the widget state the book build
 *   embedded) is rendered at once and can be used: read, type, choose, press.
 * - On a page listed in lite/oefeningen.json, one Python (Pyodide in a Web
 *   Worker, web/src/worker.js) starts as the page opens, shared by all its
 *   exercises; it runs the notebook's code cells in order.
 * - When an exercise's live widgets are ready, what the learner did in the
 *   snapshot is carried over (web/src/carry-over.js) and the live widgets take
 *   the snapshot's place. They are elements of the page itself.
 *
 * Each exercise sits in a box div.oefening-live[data-state] with a Dutch status
 * line: wacht (not started), laden (Python starts), live, niet-beschikbaar (no
 * WebAssembly, or start-up failed or took too long: the snapshot stays).
 * window.oefenplaats = {state, timings, cells, exercises, workers, storage, downloads}
 * (cells: per code cell its time in Python, for the bench)
 * and performance marks "oefening:*" give the phases to any test or bench;
 * on a live page window.oefenplaats.worker is the page's Python (a test can
 * give it a slow cell, e.g. to check what waits behind it).
 */
import "./widgets.css";
import { LiveManager } from "./live-manager.js";
import { embeddedState, renderStatic, VIEW } from "./static-view.js";
import { apply, captureFocus, plan, restoreFocus } from "./carry-over.js";

const SCRIPT = document.currentScript;
const TIMEOUT_MS = 180000;
const MSG = {
  loading: "De oefening wordt geladen…",
  hint: " Je kunt alvast lezen en je antwoord typen; intussen zet je browser de oefening klaar.",
  pressed: " Je antwoord wordt nagekeken zodra de oefening klaar is.",
  ready: "De oefening is klaar.",
  lost: "De oefening is klaar. Wat je al had ingevuld, kon niet worden overgenomen: " +
    "vul het hierboven opnieuw in.",
  noWasm: "Je browser kan deze oefening hier niet uitvoeren (er is geen WebAssembly). " +
    "Hieronder zie je hoe de oefening eruitziet; open de pagina in een recente versie van " +
    "Firefox, Chrome, Edge of Safari om hem te doen.",
  error: "De oefening kon niet starten in je browser. Hieronder zie je hoe de oefening " +
    "eruitziet; laad de pagina opnieuw om het nog eens te proberen.",
  slow: "Het starten van de oefening duurt te lang. Hieronder zie je hoe de oefening " +
    "eruitziet; laad de pagina opnieuw om het nog eens te proberen.",
  notKept: "Let op: deze browser bewaart je antwoorden hier niet (bijvoorbeeld in een " +
    "privévenster, of omdat opslag voor deze site uit staat). Je kunt de oefening gewoon " +
    "doen; kopieer je tekst naar een eigen document als je hem wilt houden.",
};

const runtime = { state: "wacht", timings: {}, cells: {}, exercises: [], workers: 0, storage: null,
  downloads: null };
window.oefenplaats = runtime;

function mark(name, epochMs) {
  const at = epochMs ? epochMs - performance.timeOrigin : performance.now();
  try {
    performance.mark(name, { startTime: Math.max(0, at) });
  } catch (e) {
    performance.mark(name);
  }
  runtime.timings[name.replace(/^oefening:/, "")] = Math.round(at);
}
/* The runtime started in the page's head (dist/voorladen.js), or here. */
const early = window.oefenplaatsStart || null;
const startMark = performance.getEntriesByName("oefening:start")[0];
if (early && startMark) runtime.timings.start = Math.round(startMark.startTime);
else mark("oefening:start");

/* The widget styles, bundled beside this script (no CDN); the snapshot waits for them. */
const stylesLoaded = new Promise((resolve) => {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = new URL("oefening-live.css", SCRIPT.src).href;
  link.onload = link.onerror = () => resolve();
  document.head.appendChild(link);
});

function contentRoot() {
  const root = document.documentElement.getAttribute("data-content_root") || "./";
  return new URL(root, window.location.href);
}

function pageName(root) {
  // Sphinx's const DOCUMENTATION_OPTIONS is a global binding, not on window.
  /* global DOCUMENTATION_OPTIONS */
  if (typeof DOCUMENTATION_OPTIONS === "object" && DOCUMENTATION_OPTIONS && DOCUMENTATION_OPTIONS.pagename) {
    return DOCUMENTATION_OPTIONS.pagename;
  }
  const path = decodeURIComponent(window.location.pathname);
  const base = decodeURIComponent(root.pathname);
  if (path.indexOf(base) !== 0) return null;
  return path.slice(base.length).replace(/\.html$/, "").replace(/\/$/, "/index");
}

function canRun() {
  return typeof WebAssembly === "object" && typeof Worker === "function" &&
    typeof Promise === "function" && typeof fetch === "function";
}

function canKeep() {
  try {
    return typeof indexedDB !== "undefined" && indexedDB !== null;
  } catch (e) {
    return false; // some browsers throw when storage is switched off
  }
}

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  Object.keys(attrs || {}).forEach((k) => node.setAttribute(k, attrs[k]));
  if (text) node.textContent = text;
  return node;
}

function domReady() {
  return new Promise((resolve) => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve);
    else resolve();
  });
}

function setState(state) {
  runtime.state = state;
}

/* One exercise: its box around the static output, and what belongs to it. */
class Place {
  constructor(output) {
    this.number = 0;          // its code cell's number, once the cells are known
    this.output = output;
    this.shown = [];          // static {model, view, host}
    this.pressed = [];        // static button models pressed, in order
    this.views = [];          // promises of live views
    this.info = { state: "wacht", live: null };
    runtime.exercises.push(this.info);
    this.box = el("div", { "class": "oefening-live", "data-state": "wacht" });
    this.status = el("p", { "class": "oefening-status", role: "status", "aria-live": "polite" });
    this.spinner = el("span", { "class": "oefening-spinner", "aria-hidden": "true" });
    this.label = el("span", {}, MSG.loading);
    this.hint = el("span", { "class": "oefening-hint" }, MSG.hint);
    this.status.append(this.spinner, this.label, this.hint);
    output.parentNode.insertBefore(this.box, output);
    this.live = el("div", { "class": "oefening-uitvoer" });
    this.live.hidden = true;
    // The status line goes below the exercise: when it goes away, nothing the
    // learner is reading or typing in moves.
    this.box.append(output, this.live, this.status);
  }

  set(state) {
    this.box.setAttribute("data-state", state);
    this.info.state = state;
  }

  press(model) {
    if (this.pressed.indexOf(model) < 0) this.pressed.push(model);
    if (this.info.state === "laden" || this.info.state === "wacht") this.hint.textContent = MSG.pressed;
  }

  fail(message) {
    if (this.info.state === "live" || this.info.state === "niet-beschikbaar") return;
    this.set("niet-beschikbaar");
    this.spinner.remove();
    this.hint.remove();
    this.label.textContent = message;
    this.live.remove();
    this.box.insertBefore(this.status, this.box.firstChild); // it says "Hieronder zie je ..."
  }

  /* Not a live page after all: the snapshot alone, as the book built it. */
  unwrap() {
    this.box.parentNode.insertBefore(this.output, this.box);
    this.box.remove();
    runtime.exercises.splice(runtime.exercises.indexOf(this.info), 1);
  }

  note(text) {
    if (this.box.querySelector(".oefening-let-op")) return;
    this.box.appendChild(el("p", { "class": "oefening-let-op", role: "note" }, text));
  }

  /* The live widgets replace the snapshot where it stands, with what the learner did. */
  async goLive() {
    await staticShown;
    const views = await Promise.all(this.views);
    if (!views.length || this.info.state === "niet-beschikbaar") return;
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const steps = { values: [], presses: [], lost: false };
    views.forEach((view, i) => {
      const old = this.shown[i];
      if (!old) return;
      const p = plan(old.model, view.model, staticInitial, this.pressed);
      steps.values.push(...p.values);
      steps.presses.push(...p.presses);
      steps.lost = steps.lost || p.lost;
    });
    if (this.shown.length > views.length && this.pressed.length) steps.lost = true;
    const focus = captureFocus(this.output);
    const top = this.box.getBoundingClientRect().top;
    const before = this.box.offsetHeight;
    apply({ values: steps.values, presses: [] });
    this.live.hidden = false;
    this.output.hidden = true;
    restoreFocus(this.live, focus);
    if (top < 0 && !(window.CSS && CSS.supports && CSS.supports("overflow-anchor", "auto"))) {
      window.scrollBy(0, this.box.offsetHeight - before); // keep what the learner reads in place
    }
    this.shown.forEach((s) => s.view.remove());
    this.output.remove();
    apply({ values: [], presses: steps.presses });
    this.set("live");
    this.status.classList.add("visually-hidden");
    this.spinner.remove();
    this.hint.remove();
    this.label.textContent = MSG.ready;
    if (steps.lost) {
      this.status.classList.remove("visually-hidden");
      this.label.textContent = MSG.lost;
    }
    mark("oefening:live-" + this.number);
    this.info.live = runtime.timings["live-" + this.number];
  }
}

let staticInitial = {};
let staticDone;
const staticShown = new Promise((resolve) => { staticDone = resolve; });

function widgetOutputs() {
  return Array.from(document.querySelectorAll(".cell_output")).filter((o) => o.querySelector(VIEW));
}

/* Pair the notebook's code cells (lite/oefeningen.json) with the exercise boxes. */
function numberPlaces(cells, placeList) {
  const divs = Array.from(document.querySelectorAll("div.cell"));
  const shownCells = cells.map((c, i) => ({ number: i + 1, shown: c.shown !== false }))
    .filter((c) => c.shown);
  const byCell = new Map();
  if (divs.length === shownCells.length) {
    shownCells.forEach((c, i) => {
      const place = placeList.find((p) => divs[i].contains(p.box));
      if (place) byCell.set(c.number, place);
    });
  }
  if (byCell.size !== placeList.length) {
    console.warn("oefenplaats: cells and outputs do not pair up; showing them in order");
    byCell.clear();
    placeList.forEach((p, i) => byCell.set(i + 1, p));
  }
  byCell.forEach((p, number) => { p.number = number; });
  return byCell;
}

/* Leaving the page: the browser may keep it, Python and all, to show it again
   at once on "back" (the back-forward cache). In WebKit such a kept page holds
   ~200 MB, and every exercise page visited adds one. So Python ends then, if
   the exercises are live and nothing the learner did is still on its way to
   Python or to storage (otherwise it stays, as before), and the page loads
   anew if it is shown again: the answers are kept, and a new Python reads them. */
function endOnLeaving(worker, manager, saving) {
  let ended = false;
  runtime.quiet = () => saving() === 0 && !manager.busy();
  window.addEventListener("pagehide", (event) => {
    if (!event.persisted || runtime.state !== "live" || !runtime.quiet()) return;
    worker.terminate();
    ended = true;
    runtime.workers = 0;
    runtime.state = "beëindigd";
  });
  window.addEventListener("pageshow", (event) => {
    if (event.persisted && ended) window.location.reload();
  });
}

async function main() {
  const root = contentRoot();
  const page = pageName(root);
  let worker = null;
  let pending = []; // what the worker said before this script listened
  let info = Promise.resolve(null);
  const listURL = new URL("lite/oefeningen.json", root).href;
  if (early && early.worker) {
    worker = early.worker;
    pending = early.early;
    runtime.workers = 1;
  } else if (canRun()) {
    try {
      worker = new Worker(new URL("oefening-worker.js", SCRIPT.src), { type: "module" });
      runtime.workers = 1;
      worker.onmessage = worker.onerror = (event) => pending.push(event);
      worker.postMessage({ type: "init", indexURL: new URL("lite/pyodide/", root).href,
        listURL: listURL, page: page, keep: canKeep() });
    } catch (e) {
      console.error("oefenplaats: no worker", e);
    }
  }
  if (worker) {
    info = fetch(listURL).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  }
  await domReady();
  const outputs = widgetOutputs();
  const state = embeddedState();
  staticInitial = (state && state.state) || {};
  if (!outputs.length || !worker) {
    if (worker) worker.terminate();
    runtime.workers = 0;
    runtime.state = outputs.length ? "niet-beschikbaar" : "geen";
    const placeList = outputs.map((o) => new Place(o));
    placeList.forEach((p) => p.fail(canRun() ? MSG.error : MSG.noWasm));
    if (state && outputs.length) {
      await stylesLoaded;
      await renderStatic(state, outputs, () => {});
      mark("oefening:static");
    }
    staticDone();
    return;
  }

  // The snapshot is shown and usable at once, in its box, while Python starts.
  const placeList = outputs.map((o) => new Place(o));
  const shownStatic = (async () => {
    try {
      if (!state) return;
      await stylesLoaded;
      const shown = await renderStatic(state, outputs,
        (output, model) => placeList.find((p) => p.output === output).press(model));
      placeList.forEach((p, i) => { p.shown = shown[i]; });
      mark("oefening:static");
    } finally {
      staticDone();
    }
  })();

  const site = await info;
  const entry = site && site.pages && page ? site.pages[page] : null;
  if (!entry) {
    worker.terminate();
    runtime.workers = 0;
    runtime.state = "statisch";
    placeList.forEach((p) => p.unwrap());
    await shownStatic;
    return;
  }

  const places = numberPlaces(entry.cells, placeList);
  const manager = new LiveManager(worker);
  let saving = 0; // writes of the answers to IndexedDB under way ("saving" minus "saved")
  runtime.worker = worker;
  const failAll = (message) => {
    places.forEach((p) => p.fail(message));
    setState("niet-beschikbaar");
    worker.terminate();
  };
  const cellDone = (done) => {
    mark("oefening:cell-" + done.cell);
    runtime.cells[done.cell] = { ms: done.ms, post_ms: done.post_ms, msgs: done.msgs };
    const place = places.get(done.cell);
    if (!place) return;
    if (!done.ok) {
      place.fail(MSG.error);
      return;
    }
    place.goLive().then(() => {
      if ([...places.values()].every((p) => p.info.state === "live")) {
        mark("oefening:live");
        setState("live");
      }
    }).catch((err) => {
      console.error("oefenplaats:", err);
      place.fail(MSG.error);
    });
  };
  const onError = (event) => {
    console.error("oefenplaats: the worker failed", event.message || event);
    failAll(MSG.error);
  };
  /* One message from Python (bridge.py says which). */
  const onPython = (header, buffers) => {
    manager.receive(header, buffers);
    const place = header.cell != null ? places.get(header.cell) : null;
    if (header.type === "display" && place) {
      place.views.push(manager.get_model(header.model_id)
        .then((model) => manager.create_view(model))
        .then(async (view) => {
          const host = el("div", { "class": "widget-subarea" });
          place.live.appendChild(host);
          await manager.display_view(view, host);
          return view;
        }));
    } else if (header.type === "error" && place) {
      place.fail(MSG.error);
    } else if (header.type === "done") {
      cellDone(header);
    }
  };
  const onMessage = (event) => {
    const msg = event.data;
    if (msg.type === "mark") {
      mark(msg.name, msg.at);
    } else if (msg.type === "py") {
      const header = JSON.parse(msg.header);
      // A cell's messages come as one batch (bridge.py: each post costs time in WebKit)
      if (header.type === "batch") header.messages.forEach((h) => onPython(h, []));
      else onPython(header, msg.buffers);
    } else if (msg.type === "idle") {
      manager.idle(msg.msg_id);
    } else if (msg.type === "saving") {
      saving += 1;
    } else if (msg.type === "saved") {
      saving -= 1;
    } else if (msg.type === "storage") {
      runtime.storage = msg.ok;
      if (!msg.ok) places.forEach((p) => { if (p.info.state !== "niet-beschikbaar") p.note(MSG.notKept); });
    } else if (msg.type === "downloads") {
      runtime.downloads = { core: msg.core, packages: msg.packages };
    } else if (msg.type === "failed") {
      failAll(MSG.error);
    }
  };

  worker.onmessage = onMessage;
  worker.onerror = onError;
  endOnLeaving(worker, manager, () => saving);
  pending.forEach((event) => (event.type === "error" ? onError(event) : onMessage(event)));
  pending.length = 0;
  places.forEach((p) => p.set("laden"));
  setState("laden");
  worker.postMessage({ type: "cells", cells: entry.cells.map((c, i) => [i + 1, c.code]) });
  window.setTimeout(() => {
    places.forEach((p) => p.fail(MSG.slow));
  }, TIMEOUT_MS);

  await shownStatic;
}

main().catch((err) => console.error("oefenplaats:", err));
