/*
 * The static snapshot: the widgets as the book build left them, rendered from
 * the widget state embedded in the page (as @jupyter-widgets/html-manager's own
 * embedder does), with no Python behind them. Text can be typed and choices
 * made; a pressed button is remembered (`pressed`), so the live exercise can
 * press it once it is ready (web/src/carry-over.js).
 */
import { HTMLManager } from "@jupyter-widgets/html-manager/lib/htmlmanager";

const STATE = 'script[type="application/vnd.jupyter.widget-state+json"]';
export const VIEW = 'script[type="application/vnd.jupyter.widget-view+json"]';

/* The embedded state: {model id: {model_name, ..., state}}, or null. */
export function embeddedState() {
  const tag = document.querySelector(STATE);
  if (!tag) return null;
  try {
    return JSON.parse(tag.textContent);
  } catch (e) {
    console.error("oefenplaats: the page's widget state cannot be read", e);
    return null;
  }
}

/**
 * Render every view tag inside each of `outputs` (elements); `onPress(output, model)`
 * is called when a button of that output is pressed. Returns, per output, the list
 * of {model, view, host} it shows.
 */
export async function renderStatic(widgetState, outputs, onPress) {
  const manager = new HTMLManager();
  const models = await manager.set_state(widgetState);
  const byId = new Map(models.map((m) => [m.model_id, m]));
  return Promise.all(outputs.map(async (output) => {
    const shown = [];
    for (const tag of Array.from(output.querySelectorAll(VIEW))) {
      let id;
      try { id = JSON.parse(tag.textContent).model_id; } catch (e) { continue; }
      const model = byId.get(id);
      if (!model) continue;
      const host = document.createElement("div");
      host.className = "widget-subarea";
      tag.parentNode.insertBefore(host, tag);
      const view = await manager.create_view(model);
      await manager.display_view(view, host);
      shown.push({ model: model, view: view, host: host });
    }
    watchPresses(shown.map((s) => s.model), (model) => onPress(output, model));
    return shown;
  }));
}

/* Buttons of the snapshot have no Python: remember their presses instead. */
function watchPresses(roots, onPress) {
  const seen = new Set();
  const visit = (model) => {
    if (!model || seen.has(model)) return;
    seen.add(model);
    if (model.get("_model_name") === "ButtonModel") {
      model.send = (content) => {
        if (content && content.event === "click") onPress(model);
      };
    }
    const kids = model.get("children");
    if (Array.isArray(kids)) kids.forEach(visit);
  };
  roots.forEach(visit);
}
