// Procura's own script: small improvements on pages that work without it.
// Loaded with `defer` from the page's origin (the Content-Security-Policy
// allows no inline script).
(function () {
  "use strict";

  // The application form's running total: Σ quantity × unit price, shown
  // while typing, read and written with the page language's signs (the
  // output carries them). The server computes the stored total and reads
  // numbers the same way (`Locale::parse_decimal`); this only previews it.
  function parse(text, decimal) {
    var t = String(text).replace(/[\s\u00a0\u202f]/g, "");
    if (decimal === ",") {
      if (t.indexOf(",") >= 0) t = t.replace(/\./g, "").replace(",", ".");
      else if (/^\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, "");
    } else {
      t = t.replace(/,/g, "");
    }
    var n = Number(t);
    return isFinite(n) ? n : 0;
  }

  function written(cents, decimal, group) {
    var sign = cents < 0 ? "-" : "";
    var abs = Math.abs(cents);
    var whole = String(Math.floor(abs / 100));
    var frac = String(abs % 100);
    if (frac.length < 2) frac = "0" + frac;
    whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    return sign + whole + decimal + frac;
  }

  function updateTotal(form) {
    var out = form.querySelector("[data-live-total]");
    if (!out) return;
    var decimal = out.getAttribute("data-decimal") || ".";
    var group = out.getAttribute("data-group") || ",";
    var cents = 0;
    form.querySelectorAll("[data-line]").forEach(function (row) {
      var q = row.querySelector("[data-quantity]");
      var p = row.querySelector("[data-price]");
      if (q && p) cents += Math.round(parse(q.value, decimal) * parse(p.value, decimal) * 100);
    });
    out.textContent = written(cents, decimal, group);
  }

  // A field's problem slot swapped in by htmx as the field was left: the
  // field says whether it is wrong, and which text says why.
  function markField(slot) {
    var field = document.getElementById(slot.getAttribute("data-check-for"));
    if (!field) return;
    var problem = slot.querySelector(".problem");
    var ids = (field.getAttribute("aria-describedby") || "")
      .split(/\s+/)
      .filter(function (t) { return t && !/-problem$/.test(t); });
    if (problem) {
      field.setAttribute("aria-invalid", "true");
      ids.push(problem.id);
    } else {
      field.removeAttribute("aria-invalid");
    }
    if (ids.length) field.setAttribute("aria-describedby", ids.join(" "));
    else field.removeAttribute("aria-describedby");
  }

  function init(root) {
    if (root.matches && root.matches("[data-check-for]")) markField(root);
    root.querySelectorAll("form.editor").forEach(function (form) {
      form.addEventListener("input", function () { updateTotal(form); });
      updateTotal(form);
    });
    // Lines swapped in by htmx (a line added or removed): total them again.
    var editor = root.closest && root.closest("form.editor");
    if (editor) updateTotal(editor);
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
