// Share links, enhanced: "Copy link" and the system share sheet, where the
// browser offers them. The plain LinkedIn and email links work without this.
(function () {
  "use strict";
  var status = document.querySelector(".share-status");

  function say(text) {
    if (status) status.textContent = text;
  }

  document.querySelectorAll("[data-share=copy] button").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.parentElement.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.url).then(
        function () { say("Link copied."); },
        function () { say("Could not copy; the address is " + button.dataset.url); }
      );
    });
  });

  document.querySelectorAll("[data-share=native] button").forEach(function (button) {
    if (!navigator.share) return;
    button.parentElement.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () {});
    });
  });
})();
