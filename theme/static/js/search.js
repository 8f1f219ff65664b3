// Starts Pagefind's search box; the index is built with the site (pelican.plugins.pagefind_index).
// A search can be linked: /search/?q=coffee opens with its results, and typing
// keeps the address in step (replaceState: no history entry per key).
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") { return; }
  document.getElementById("search-needs-js").hidden = true;
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: box.dataset.bundlePath,
    showSubResults: true,
    showImages: false,
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { ui.triggerSearch(query); }
  box.addEventListener("input", function (event) {
    if (!event.target.matches("input[type=text], input[type=search]")) { return; }
    var url = new URL(window.location.href);
    if (event.target.value) { url.searchParams.set("q", event.target.value); } else { url.searchParams.delete("q"); }
    window.history.replaceState(null, "", url);
  });
});
