/* Filters the errata page's entries by text and kind (docs/_ext/hvref/errata.py). */
(function () {
  "use strict";
  function run() {
    var text = document.getElementById("hvref-errata-text");
    var kind = document.getElementById("hvref-errata-kind");
    var count = document.getElementById("hvref-errata-count");
    if (!text || !kind) { return; }
    var rows = Array.prototype.slice.call(document.querySelectorAll(".hvref-erratum"));
    function update() {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
      var wanted = kind.value, shown = 0;
      rows.forEach(function (row) {
        var body = row.textContent.toLowerCase();
        var ok = (!wanted || row.querySelector(".hvref-erratum-kind-" + wanted)) &&
          words.every(function (w) { return body.indexOf(w) >= 0; });
        row.style.display = ok ? "" : "none";
        if (ok) { shown += 1; }
      });
      if (count) { count.textContent = shown + " of " + rows.length; }
    }
    text.addEventListener("input", update);
    kind.addEventListener("change", update);
    update();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else { run(); }
})();
