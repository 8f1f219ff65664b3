// The reader's homework checklist: a progressive enhancement.
// Adds a "Done" checkbox to every element with data-homework-day and keeps
// the ticked days in this browser's localStorage; nothing leaves the browser.
// Elements with data-homework-count="1 2 5" show how many of those are done.
// A ticked element gets the class "is-done" (its visible done state). On the
// workbook, a <progress data-homework-progress> follows the count and a
// checkbox data-homework-filter hides what is done; both sit in a block that
// is hidden until this script shows it, so without script the list is whole.
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
      // The workbook's bar (data-homework-progress) follows the same count.
      document.querySelectorAll("[data-homework-progress]").forEach(function (bar) {
        bar.max = days.length;
        bar.value = count;
      });
    });
  }

  // The workbook's filter: with "only what is left" ticked, done cards are hidden.
  var filter = document.querySelector("[data-homework-filter]");
  function applyFilter() {
    if (!filter) return;
    var left = 0;
    document.querySelectorAll("[data-homework-day]").forEach(function (el) {
      var hide = filter.checked && el.classList.contains("is-done");
      el.hidden = hide;
      if (!hide) left += 1;
    });
    var none = document.querySelector("[data-homework-none]");
    if (none) none.hidden = !(filter.checked && left === 0);
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
    el.classList.toggle("is-done", box.checked);
    box.addEventListener("change", function () {
      if (box.checked) { done.add(day); } else { done.delete(day); }
      el.classList.toggle("is-done", box.checked);
      save(key, done);
      showCounts();
      if (filter && filter.checked && box.checked) {
        // The card leaves the list: keep the reader's place on the next one left.
        var next = el.nextElementSibling;
        while (next && (next.hidden || !next.querySelector(".done-toggle input"))) next = next.nextElementSibling;
        applyFilter();
        if (next) next.querySelector(".done-toggle input").focus();
        else filter.focus();
      }
    });
    var hint = document.createElement("span");
    hint.className = "visually-hidden";
    hint.textContent = " " + fill(WORDS.hint, { day: day });
    label.append(box, " " + WORDS.done, hint);
    // After the task: a reader reads it, then ticks it.
    var source = el.querySelector(".from-post");
    if (source) source.before(label); else el.append(label);
  });

  if (filter) {
    filter.addEventListener("change", applyFilter);
    var tools = filter.closest(".workbook-tools");
    if (tools) tools.hidden = false;
    applyFilter();
  }

  showCounts();
})();
