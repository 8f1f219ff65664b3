// The light/dark switch. Loaded in <head>, before the stylesheet and not deferred,
// so a reader's earlier choice is on <html> before the first paint: no flash of the
// other theme. Until the reader uses the switch the system's setting applies (the
// stylesheet's light-dark() colours); without this script the button stays hidden.
(function () {
  "use strict";
  var KEY = "connect365-theme";
  var root = document.documentElement;
  var system = window.matchMedia("(prefers-color-scheme: dark)");
  var choice = null;
  try { choice = window.localStorage.getItem(KEY); } catch (e) { /* storage off: follow the system */ }
  if (choice === "light" || choice === "dark") root.dataset.theme = choice;

  function dark() { return root.dataset.theme ? root.dataset.theme === "dark" : system.matches; }

  // On a phone the menu scrolls within its row: bring the current page's item into
  // sight (once the stylesheet has laid it out).
  window.addEventListener("load", function () {
    var nav = document.querySelector(".site-nav");
    var current = nav && nav.querySelector("[aria-current=page]");
    if (!current || nav.scrollWidth <= nav.clientWidth) return;
    var item = current.getBoundingClientRect(), row = nav.getBoundingClientRect();
    nav.scrollLeft += item.left - row.left - (row.width - item.width) / 2;
  });

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-switch");
    if (!button) return;
    function show() { button.setAttribute("aria-pressed", String(dark())); }
    button.addEventListener("click", function () {
      root.dataset.theme = dark() ? "light" : "dark";
      try { window.localStorage.setItem(KEY, root.dataset.theme); } catch (e) { /* this page only */ }
      show();
    });
    system.addEventListener("change", show);
    show();
    button.hidden = false;
  });
})();
