/* Where the vendored widget renderer (vendor/embed-amd.js) finds its fonts:
   beside itself in _static/vendor/, not under the page's own folder.
   embed-amd.js derives its asset path from its require.js module URLs, so the
   modules' paths are mapped to _static/vendor before require.js loads (a global
   `require` object is require.js's start-up configuration).
   Loaded before require.min.js (listed first in nb_ipywidgets_js). */
var require = (function (vendor) {
  /* Every module embed-amd.js defines, each mapped to a (virtual) file in vendor/. */
  var paths = { "@jupyter-widgets/html-manager/dist": vendor };
  ["base", "controls", "base7", "controls7", "html-manager"].forEach(function (m) {
    paths["@jupyter-widgets/" + m] = vendor + "/" + m;
  });
  return { paths: paths };
})(new URL("vendor", document.currentScript.src).href);
window.__jupyter_widgets_assets_path__ = new URL("vendor/", document.currentScript.src).href;
