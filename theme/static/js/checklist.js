// The reader's homework checklist: a progressive enhancement.
// Adds a "Done" checkbox to every element with data-homework-day and keeps
// the ticked days in this browser's localStorage; nothing leaves the browser.
// Elements with data-homework-count="1 2 5" show how many of those are done.
// A later round's homework (data-homework-round="year-2") is kept under its
// own key: its Day 5 is not the first round's.
// Its words come from the page, in the site's language (the script tag's data-words).
(function () {
  "use strict";
  var KEY = "connect365:homework-done";
  var script = document.currentScript;
  var WORDS = JSON.parse((script && script.dataset.words) || "{}");

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return name in values ? String(values[name]) : whole;
    });
  }

  function keyOf(el) {
    return el.dataset.homeworkRound ? KEY + ":" + el.dataset.homeworkRound : KEY;
  }

  function load(key) {
    try {
      var days = JSON.parse(window.localStorage.getItem(key) || "[]");
      return new Set(Array.isArray(days) ? days : []);
    } catch (e) {
      return new Set();
    }
  }

  function save(key, done) {
    var days = Array.from(done).sort(function (a, b) { return a - b; });
    try {
      window.localStorage.setItem(key, JSON.stringify(days));
    } catch (e) {
      // Storage full or disabled: ticks last until the page is left.
    }
  }

  var rounds = {};
  function doneIn(key) {
    if (!rounds[key]) rounds[key] = load(key);
    return rounds[key];
  }

  function showCounts() {
    document.querySelectorAll("[data-homework-count]").forEach(function (el) {
      var days = el.dataset.homeworkCount.split(" ").filter(Boolean).map(Number);
      var done = doneIn(keyOf(el));
      var count = days.filter(function (d) { return done.has(d); }).length;
      var form = days.length === 1 ? WORDS.count.one : WORDS.count.other;
      el.textContent = fill(form, { done: count, total: days.length });
      el.hidden = false;
    });
  }

  document.querySelectorAll("[data-homework-day]").forEach(function (el) {
    var day = Number(el.dataset.homeworkDay);
    var key = keyOf(el);
    var done = doneIn(key);
    var label = document.createElement("label");
    label.className = "done-toggle";
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = done.has(day);
    box.addEventListener("change", function () {
      if (box.checked) { done.add(day); } else { done.delete(day); }
      save(key, done);
      showCounts();
    });
    var hint = document.createElement("span");
    hint.className = "visually-hidden";
    hint.textContent = " " + fill(WORDS.hint, { day: day });
    label.append(box, " " + WORDS.done, hint);
    var heading = el.querySelector("h2, h3");
    (heading || el.firstChild).after(label);
  });

  showCounts();
})();
