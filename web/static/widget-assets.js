/* Where the vendored widget renderer (vendor/embed-amd.js) finds its fonts:
   beside itself in _static/vendor/, not under the page's own folder.
   Loaded before embed-amd.js (listed first in nb_ipywidgets_js). */
window.__jupyter_widgets_assets_path__ = new URL("vendor/", document.currentScript.src).href;
