/*
 * Accessibility fixes for the theme (sphinx-book-theme 1.3 / pydata-sphinx-theme),
 * measured with axe-core (tests/browser/test_toegankelijkheid.py):
 * - the search buttons with visible text "Zoeken Ctrl+K" had aria-label "Zoeken"
 *   (label-content-name-mismatch): the visible text is now their name;
 * - the colour-mode button was labelled in English ("Color mode") and its icons
 *   carried English titles (also once Font Awesome has made SVGs of them):
 *   Dutch label, decorative icons;
 * - the logo block of the sidebar sat outside every landmark (region);
 * - diagrams (graphviz SVG in an <object>) had no accessible name (object-alt);
 * - the sidebar's expand toggles had no name (summary-name);
 * - the skip link was in English.
 */
(function () {
  "use strict";
  var MODES = { light: "licht", dark: "donker", auto: "systeeminstelling" };

  function fix() {
    document.querySelectorAll("button.search-button__button").forEach(function (btn) {
      var text = (btn.textContent || "").replace(/\s+/g, " ").trim();
      if (text) {
        btn.removeAttribute("aria-label");
        btn.setAttribute("title", text);
      }
    });

    document.querySelectorAll("button.theme-switch-button").forEach(function (btn) {
      var update = function () {
        var mode = document.documentElement.dataset.mode || "auto";
        var label = "Kleurmodus: " + (MODES[mode] || mode);
        btn.setAttribute("aria-label", label);
        btn.setAttribute("data-bs-title", label);
        btn.setAttribute("title", label);
      };
      /* Decorative icons, before or after Font Awesome's script turned them into
         SVG (which makes an English <title> of their title: visible text to axe). */
      var quiet = function () {
        btn.querySelectorAll(".theme-switch").forEach(function (icon) {
          if (icon.getAttribute("aria-hidden") === "true" && !icon.querySelector("title")) return;
          icon.removeAttribute("title");
          icon.removeAttribute("aria-labelledby");
          icon.querySelectorAll("title").forEach(function (t) { t.remove(); });
          icon.setAttribute("aria-hidden", "true");
        });
      };
      quiet();
      new MutationObserver(quiet).observe(btn, { childList: true, subtree: true });
      update();
      new MutationObserver(update).observe(document.documentElement,
        { attributes: true, attributeFilter: ["data-mode"] });
    });

    /* The theme's skip link is in English. */
    document.querySelectorAll(".skip-link a, a.skip-link").forEach(function (a) {
      if (/skip to main content/i.test(a.textContent)) a.textContent = "Naar de hoofdtekst";
    });

    /* The sidebar's expand toggles (<summary> with only an icon) had no name. */
    document.querySelectorAll(".bd-sidenav summary").forEach(function (summary) {
      if ((summary.textContent || "").trim() || summary.hasAttribute("aria-label")) return;
      var link = summary.parentNode && summary.parentNode.parentNode &&
        summary.parentNode.parentNode.querySelector(":scope > a");
      var title = link ? link.textContent.replace(/\s+/g, " ").trim() : "";
      summary.setAttribute("aria-label", title ? "Onderdelen van " + title : "Onderdelen");
    });

    /* Diagrams (sphinx.ext.graphviz as SVG) are <object>s whose alt text is only
       their fallback content: give it to them as their accessible name. */
    document.querySelectorAll('object[type="image/svg+xml"]').forEach(function (obj) {
      var alt = (obj.textContent || "").replace(/\s+/g, " ").trim();
      if (alt && !obj.hasAttribute("aria-label")) {
        obj.setAttribute("role", "img");
        obj.setAttribute("aria-label", alt);
      }
    });

    document.querySelectorAll(".sidebar-primary-item").forEach(function (item) {
      if (item.querySelector(".navbar-brand") && !item.closest("[role], header, nav, aside, main, footer")) {
        item.setAttribute("role", "region");
        item.setAttribute("aria-label", "Cursus");
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fix);
  } else {
    fix();
  }
})();
