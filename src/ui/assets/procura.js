// Procura's own script: small improvements on pages that work without it.
// Loaded with `defer` from the page's origin (the Content-Security-Policy
// allows no inline script).
(function () {
  "use strict";

  // The application form's running total: Σ quantity × unit price, shown
  // while typing. The server computes the stored total; this only previews it.
  function parse(text) {
    var n = Number(String(text).replace(/[\s,]/g, ""));
    return isFinite(n) ? n : 0;
  }

  function updateTotal(form) {
    var out = form.querySelector("[data-live-total]");
    if (!out) return;
    var cents = 0;
    form.querySelectorAll("[data-line]").forEach(function (row) {
      var q = row.querySelector("[data-quantity]");
      var p = row.querySelector("[data-price]");
      if (q && p) cents += Math.round(parse(q.value) * parse(p.value) * 100);
    });
    out.textContent = (cents / 100).toLocaleString("en", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
  }

  function init(root) {
    root.querySelectorAll("form.editor").forEach(function (form) {
      form.addEventListener("input", function () { updateTotal(form); });
      updateTotal(form);
    });
    // A second click while a form is on its way would send it twice.
    root.querySelectorAll("form").forEach(function (form) {
      form.addEventListener("submit", function () {
        setTimeout(function () {
          form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
        }, 0);
      });
    });
    // Enter in a line's catalogue search finds, rather than saving the form.
    root.querySelectorAll("[data-catalogue-search]").forEach(function (input) {
      input.addEventListener("keydown", function (e) {
        if (e.key !== "Enter") return;
        e.preventDefault();
        var find = input.parentNode.querySelector("[data-catalogue-find]");
        if (find) find.click();
      });
    });
    // A count sheet's "Print" button: shown only where it can work.
    root.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    // Move focus to the list of problems, so a screen reader says it first.
    var problems = root.querySelector("#problems");
    if (problems) problems.focus();
  }

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (e) { init(e.target); });
})();
