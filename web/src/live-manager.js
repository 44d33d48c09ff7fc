/*
 * The page's widget manager for the exercises' live Python.
 *
 * LiveManager is @jupyter-widgets/html-manager's HTMLManager (so it renders the
 * same controls as the static snapshot) whose models talk to the Python in the
 * Web Worker (web/src/worker.js, lite/bridge.py) through WorkerComm, the
 * IClassicComm of @jupyter-widgets/base:
 *  - a comm_open from Python creates the model (handle_comm_open);
 *  - comm_msg / comm_close from Python go to the comm's on_msg / on_close;
 *  - send() posts to the worker, which answers "idle" once Python has handled
 *    the message: that fires callbacks.iopub.status, as a kernel's status
 *    message would, so the model's throttle (_pending_msgs) lets the next
 *    update through.
 * Widgets are ordinary elements of the page: no iframe, no JupyterLab.
 *
 * Order: a custom message (a click) never overtakes typed state. A model sends
 * a state update at once only while none of its earlier ones is unanswered
 * (_pending_msgs); later ones wait in its _msg_buffer until Python reports
 * idle, whereas model.send() (a custom message) goes out at once. So a click
 * right after fast typing, while Python is busy, would be handled before the
 * last typed text. Before a custom message goes out, every model's buffered
 * state is sent first (as _handle_status does on idle); the worker handles
 * messages one at a time in order, so Python sees the text, then the click.
 */
import { HTMLManager } from "@jupyter-widgets/html-manager/lib/htmlmanager";

const PROTOCOL_VERSION = "2.1.0";
let counter = 0;

function newMsgId() {
  counter += 1;
  return "pagina-" + counter + "-" + Date.now().toString(36);
}

class WorkerComm {
  /* beforeCustom(): called before a custom message goes out (see Order above). */
  /* unanswered: the manager's set of message ids Python has not reported idle for. */
  constructor(worker, commId, targetName, beforeCustom, unanswered) {
    this.worker = worker;
    this.beforeCustom = beforeCustom;
    this.unanswered = unanswered;
    this.comm_id = commId;
    this.target_name = targetName;
    this._onMsg = null;
    this._onClose = null;
    this._early = []; // [kind, msg] that came before the model listened (see deliver)
    this._pending = new Map(); // msg_id -> callbacks
  }

  open() {
    throw new Error("the page opens no comms: Python creates every widget");
  }

  send(data, callbacks, metadata, buffers) {
    if (data && data.method === "custom" && this.beforeCustom) this.beforeCustom();
    const msgId = newMsgId();
    if (callbacks) this._pending.set(msgId, callbacks);
    this.unanswered.add(msgId);
    const arrays = (buffers || []).map((b) => (b instanceof ArrayBuffer ? new Uint8Array(b)
      : new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
    this.worker.postMessage({ type: "comm_msg", comm_id: this.comm_id, msg_id: msgId,
      data: JSON.stringify(data), buffers: arrays });
    return msgId;
  }

  close() {
    const msgId = newMsgId();
    this.unanswered.add(msgId);
    this.worker.postMessage({ type: "comm_close", comm_id: this.comm_id, msg_id: msgId });
    return msgId;
  }

  on_msg(callback) { this._onMsg = callback; this._replay(); }

  on_close(callback) { this._onClose = callback; this._replay(); }

  /* Python handled the page's message msgId: report "idle" to its sender. */
  idle(msgId) {
    const callbacks = this._pending.get(msgId);
    if (!callbacks) return;
    this._pending.delete(msgId);
    if (callbacks.iopub && callbacks.iopub.status) {
      callbacks.iopub.status({
        header: { msg_type: "status", msg_id: msgId + "-idle" },
        parent_header: { msg_id: msgId },
        content: { execution_state: "idle" },
      });
    }
  }

  deliver(kind, header, buffers) {
    const msg = {
      header: { msg_type: kind },
      parent_header: header.parent ? { msg_id: header.parent } : {},
      content: { comm_id: this.comm_id, data: header.data },
      metadata: header.metadata || {},
      buffers: buffers || [],
    };
    this._early.push([kind, msg]);
    this._replay();
  }

  /* A cell's messages come in one batch, so an update of a model can arrive
     before the model, created asynchronously from its comm_open, listens: it
     waits here until the model does, in order. */
  _replay() {
    while (this._early.length) {
      const [kind, msg] = this._early[0];
      const handler = kind === "comm_msg" ? this._onMsg : this._onClose;
      if (!handler) return;
      this._early.shift();
      handler(msg);
    }
  }
}

export class LiveManager extends HTMLManager {
  constructor(worker) {
    super();
    this.worker = worker;
    this.comms = new Map();
    this.models = new Map(); // model id -> model, once created (read synchronously)
    this.unanswered = new Set(); // ids of the page's messages Python has not handled yet
  }

  /* Is anything the learner did still on its way to Python: a message not yet
     handled, or typed state waiting in a model for Python's idle? */
  busy() {
    if (this.unanswered.size) return true;
    for (const model of this.models.values()) {
      if (model._msg_buffer !== null && model._msg_buffer !== undefined) return true;
    }
    return false;
  }

  /* Send every model's state that waits for Python's idle now, in the order
     the models were created: what @jupyter-widgets/base's
     WidgetModel._handle_status does with _msg_buffer once its message is answered. */
  flushState() {
    this.models.forEach((model) => {
      if (model._msg_buffer === null || model._msg_buffer === undefined) return;
      const state = model._msg_buffer;
      const callbacks = model._msg_buffer_callbacks;
      model._msg_buffer = null;
      model._msg_buffer_callbacks = null;
      model.rememberLastUpdateFor(model.send_sync_message(state, callbacks));
    });
  }

  /* A message from Python (bridge.py's post): header as parsed from its JSON. */
  receive(header, buffers) {
    if (header.type === "comm_open") {
      const comm = new WorkerComm(this.worker, header.comm_id, header.target_name,
        () => this.flushState(), this.unanswered);
      this.comms.set(header.comm_id, comm);
      const metadata = { version: PROTOCOL_VERSION, ...(header.metadata || {}) };
      this.handle_comm_open(comm, {
        header: { msg_type: "comm_open" },
        content: { comm_id: header.comm_id, target_name: header.target_name, data: header.data },
        metadata: metadata,
        buffers: buffers || [],
      }).then((model) => {
        if (this.comms.has(header.comm_id)) this.models.set(header.comm_id, model);
      });
      return header;
    }
    const comm = this.comms.get(header.comm_id);
    if (comm && (header.type === "comm_msg" || header.type === "comm_close")) {
      comm.deliver(header.type, header, buffers);
      if (header.type === "comm_close") {
        this.comms.delete(header.comm_id);
        this.models.delete(header.comm_id);
      }
    }
    return header;
  }

  idle(msgId) {
    this.unanswered.delete(msgId);
    this.comms.forEach((comm) => comm.idle(msgId));
  }

  /* Views are the page's own elements. One thing JupyterLab never did either:
     Python may ask a box (not focusable by itself) for the focus, e.g. the
     dialogue's reply, so a screen reader reads it next: give it a tabindex. */
  async create_view(model, options) {
    const view = await super.create_view(model, options);
    view.listenTo(model, "msg:custom", (content) => {
      if (!content || content.do !== "focus" || !view.el) return;
      if (!view.el.hasAttribute("tabindex") && view.el.tabIndex < 0) {
        view.el.setAttribute("tabindex", "-1");
        view.el.focus();
      }
    });
    return view;
  }

  _create_comm() {
    return Promise.reject(new Error("the page opens no comms"));
  }

  _get_comm_info() {
    return Promise.resolve({});
  }
}
