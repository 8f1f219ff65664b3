// Share links, enhanced: "Copy link" and the system share sheet, where the
// browser offers them. The plain LinkedIn and email links work without this.
// Its words come from the page, in the site's language (the section's data-words).
(function () {
  "use strict";
  var status = document.querySelector(".share-status");
  var section = document.querySelector(".share");
  var WORDS = JSON.parse((section && section.dataset.words) || "{}");

  function say(text) {
    if (status) status.textContent = text;
  }

  document.querySelectorAll("[data-share=copy] button").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.parentElement.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.url).then(
        function () { say(WORDS.copied); },
        function () { say(WORDS.failed.replace("{url}", button.dataset.url)); }
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
