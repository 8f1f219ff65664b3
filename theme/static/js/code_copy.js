// Reading aids: a "Copy" button on each code block of a post. Without this script
// the code is there to select, as always; the button only adds, and says "Copied"
// (to screen readers too, through a status line). Its words come from data-words.
(function () {
  "use strict";
  var WORDS = JSON.parse(document.currentScript.dataset.words || "{}");
  if (!navigator.clipboard) return;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.querySelectorAll(".post-body pre").forEach(function (pre) {
    var block = document.createElement("div");
    block.className = "code-block";
    pre.parentNode.insertBefore(block, pre);
    block.appendChild(pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = WORDS.copy;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(pre.innerText.replace(/\n$/, "")).then(function () {
        button.textContent = status.textContent = WORDS.copied;
        window.setTimeout(function () { button.textContent = WORDS.copy; status.textContent = ""; }, 2000);
      });
    });
    block.appendChild(button);
  });
  document.body.appendChild(status);
})();
