// Bundle the site's own JavaScript with esbuild (pinned in package.json), into
// static/dist/ (served by the book as _static/dist/; not committed):
//   oefening-live.js + .css  the exercises (static snapshot, live widgets); pages with widgets
//   oefening-worker.js       the exercises' Python (Pyodide in a Web Worker, with lite/bridge.py)
//   voorladen.js             prefetch of Python for a later exercise page; every page
// Run by `make` (see the Makefile's web target): node web/build.mjs
import * as esbuild from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "static", "dist");

// html-manager also carries ipywidgets 7's models (base7, controls7) for old
// widget state; every state in this book is ipywidgets 8's, so they stay out.
const noWidgets7 = {
  name: "no-widgets7",
  setup(build) {
    build.onResolve({ filter: /^@jupyter-widgets\/(base7|controls7)(\/.*)?$/ }, (args) => ({
      path: args.path, namespace: "no-widgets7",
    }));
    build.onLoad({ filter: /.*/, namespace: "no-widgets7" }, (args) => ({
      contents: args.path.endsWith(".css") ? "" : "module.exports = {};",
      loader: args.path.endsWith(".css") ? "css" : "js",
    }));
  },
};

const common = {
  bundle: true,
  minify: true,
  target: ["es2020"],
  logLevel: "warning",
  legalComments: "linked",
  define: { "process.env.NODE_ENV": '"production"' },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { "oefening-live": path.join(here, "src", "oefening-live.js") },
    outdir: out,
    format: "iife",
    plugins: [noWidgets7],
    loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".svg": "file" },
    assetNames: "fonts/[name]-[hash]",
  }),
  esbuild.build({
    ...common,
    entryPoints: { "oefening-worker": path.join(here, "src", "worker.js") },
    outdir: out,
    format: "esm",
    loader: { ".py": "text" },
  }),
  esbuild.build({
    ...common,
    entryPoints: { "voorladen": path.join(here, "src", "voorladen.js") },
    outdir: out,
    format: "iife",
  }),
]);
