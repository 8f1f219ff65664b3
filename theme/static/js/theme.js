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
