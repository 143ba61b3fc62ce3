// Evidence is collapsed in <details>; a link to it (diagram arrow, finding) opens it and scrolls there.
(function () {
  "use strict";
  function openTarget() {
    if (!location.hash) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") {
      target.open = true;
      target.scrollIntoView({ block: "center" });
    }
  }
  function setAll(open) {
    document.querySelectorAll("details").forEach(function (d) { d.open = open; });
  }
  window.addEventListener("hashchange", openTarget);
  document.getElementById("expand-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("collapse-all").addEventListener("click", function () { setAll(false); });
  openTarget();
  // Marks the page as fully scripted: tests/reports reads it from Chromium's DOM dump to know the script
  // ran to its end.
  document.documentElement.setAttribute("data-report-script", "done");
})();
