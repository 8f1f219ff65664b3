// Isso's own script renders every approved comment again under the static
// ones this page already shows; hide its copies, so the script only adds the
// form and comments newer than the build.
(function () {
  "use strict";
  var thread = document.getElementById("isso-thread");
  if (!thread || !window.MutationObserver) return;
  function hideCopies() {
    var none = document.querySelector(".no-comments");
    if (none && thread.children.length) none.hidden = true;
    thread.querySelectorAll("[id^=isso-]").forEach(function (el) {
      var id = el.id.replace("isso-", "");
      if (/^\d+$/.test(id) && document.getElementById("comment-" + id)) el.hidden = true;
    });
  }
  new MutationObserver(hideCopies).observe(thread, { childList: true, subtree: true });
})();
