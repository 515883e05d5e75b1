// Dossier: filter the quote index by language and article; small accessibility fixes to the
// theme. No dependencies, no network.
(function () {
  "use strict";
  // Material's search panel is role="dialog" without a name; screen readers announce the name.
  function nameSearchDialog() {
    var dialog = document.querySelector('.md-search[role="dialog"]');
    if (dialog && !dialog.hasAttribute("aria-label") && !dialog.hasAttribute("aria-labelledby")) {
      dialog.setAttribute("aria-label", "Search");
    }
  }
  function setup() {
    nameSearchDialog();
    document.querySelectorAll(".dossier-quote-filter").forEach(function (form) {
      var target = document.getElementById(form.getAttribute("data-filter-target"));
      if (!target) return;
      form.hidden = false;
      var selects = form.querySelectorAll("select[data-filter]");
      function apply() {
        var wanted = {};
        selects.forEach(function (s) { wanted[s.getAttribute("data-filter")] = s.value; });
        target.querySelectorAll(".dossier-quote-entry").forEach(function (entry) {
          var show = Object.keys(wanted).every(function (key) {
            var value = wanted[key];
            if (!value) return true;
            return (entry.getAttribute("data-" + key) || "").split(" ").indexOf(value) !== -1;
          });
          entry.hidden = !show;
        });
      }
      selects.forEach(function (s) { s.addEventListener("change", apply); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
