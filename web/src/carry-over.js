/*
 * Carry what the learner did in the static snapshot over to the live widgets.
 *
 * The snapshot (rendered from the widget state the book build embedded) can be
 * typed in and clicked while Python starts. When the live exercise is ready the
 * two widget trees are walked side by side (children by position, the same
 * model class at each place). A control whose value the learner changed passes
 * that value on, and a button they pressed is pressed again, live; but only
 * while the two trees still show the same exercise: every non-empty text
 * (HTML, Label) the snapshot showed before that control must read the same
 * live, and a choice must offer the same options. So typing for one situation
 * never lands in another (some exercises draw a situation at random, and kept
 * answers may change what is shown).
 */

const TEXT_MODELS = new Set(["HTMLModel", "HTMLMathModel", "LabelModel"]);
const VALUE_KEYS = ["value", "index"];
const SAME_KEYS = ["description", "_options_labels", "placeholder"];

function same(a, b) {
  return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);
}

function children(model) {
  const kids = model && model.get("children");
  return Array.isArray(kids) ? kids : [];
}

/**
 * What to do in the live tree: {values: [[model, key, value]], presses: [model],
 * lost: true when something the learner did could not be carried over}.
 * `initial` maps a static model id to its embedded state; `pressed` is the list
 * of static button models the learner pressed, in order.
 */
export function plan(staticRoot, liveRoot, initial, pressed) {
  const out = { values: [], presses: [], lost: false };
  const pressedSet = new Set(pressed);
  const pressOrder = new Map();
  let differs = false; // the text before this point reads differently live

  function walk(s, l) {
    const name = s.get("_model_name");
    const init = (initial[s.model_id] || {}).state || {};
    if (!l || l.get("_model_name") !== name) {
      differs = true;
      if (changedKeys(s, init).length || pressedSet.has(s)) out.lost = true;
      children(s).forEach((c) => walk(c, null));
      return;
    }
    if (TEXT_MODELS.has(name) && init.value && !same(l.get("value"), init.value)) differs = true;
    const changed = changedKeys(s, init);
    const fits = !differs && SAME_KEYS.every((k) => same(s.get(k), l.get(k)));
    if (changed.length) {
      if (fits) changed.forEach((k) => out.values.push([l, k, s.get(k)]));
      else out.lost = true;
    }
    if (pressedSet.has(s)) {
      if (fits && !l.get("disabled")) pressOrder.set(l, pressed.indexOf(s));
      else out.lost = true;
    }
    const sk = children(s);
    const lk = children(l);
    sk.forEach((c, i) => walk(c, lk[i] || null));
    if (lk.length !== sk.length) differs = true;
  }

  walk(staticRoot, liveRoot);
  out.presses = [...pressOrder.entries()].sort((a, b) => a[1] - b[1]).map((e) => e[0]);
  return out;
}

function changedKeys(model, init) {
  return VALUE_KEYS.filter((k) => k in init && !same(model.get(k), init[k]));
}

/* Set the values (each sent to Python), then press the buttons, in that order. */
export function apply(steps) {
  steps.values.forEach(([model, key, value]) => {
    model.set(key, value);
    model.save_changes();
  });
  steps.presses.forEach((model) => model.send({ event: "click" }, model.callbacks()));
}

const FOCUSABLE = "textarea, input, select, button";

/* Where the focus is inside `container` (which control, caret), to restore it elsewhere. */
export function captureFocus(container) {
  const active = document.activeElement;
  if (!active || !container.contains(active)) return null;
  const all = Array.from(container.querySelectorAll(FOCUSABLE));
  const info = { index: all.indexOf(active), tag: active.tagName };
  try {
    info.start = active.selectionStart;
    info.end = active.selectionEnd;
  } catch (e) { /* not a text control */ }
  return info.index < 0 ? null : info;
}

export function restoreFocus(container, info) {
  if (!info) return;
  const target = container.querySelectorAll(FOCUSABLE)[info.index];
  if (!target || target.tagName !== info.tag) return;
  target.focus({ preventScroll: true });
  if (typeof info.start === "number" && typeof target.setSelectionRange === "function") {
    try { target.setSelectionRange(info.start, info.end); } catch (e) { /* not a text control */ }
  }
}
