// Starts Pagefind's search box; the index is built with the site (pelican.plugins.pagefind_index).
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") { return; }
  document.getElementById("search-needs-js").hidden = true;
  new PagefindUI({
    element: "#search",
    bundlePath: box.dataset.bundlePath,
    showSubResults: true,
    showImages: false,
  });
});
