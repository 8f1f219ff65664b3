// The reader's own pace: a start date kept in this browser (localStorage),
// "Your Day N" with that day's post and homework, which of their days they
// have opened and which homework they have ticked (checklist.js), and their
// own calendar file, made here. Nothing is sent anywhere. Without
// JavaScript the section stays hidden and the pages are as they were. Its
// words come from the page, in the site's language (the section's data-words).
// The challenge's rest days hold for the reader too: their Day N is the Nth
// date from their start that is not a rest day. A later round (a page with
// data-challenge-round or data-round) keeps its own start, opened days and
// homework under keys of its own.
(function () {
  "use strict";
  var START = "connect365:start";
  var OPENED = "connect365:opened-days";
  var HOMEWORK = "connect365:homework-done";
  var DAY_MS = 86400000;

  function read(key, fallback) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key));
      return value === null ? fallback : value;
    } catch (e) {
      return fallback;
    }
  }

  function write(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Storage off: the choice lasts as long as the page.
    }
  }

  // On a day's page: remember that this reader opened it.
  function inRound(key, round) {
    return round ? key + ":" + round : key;
  }

  var post = document.querySelector("[data-day]");
  if (post) {
    var openedKey = inRound(OPENED, post.dataset.round);
    var opened = read(openedKey, []);
    var number = Number(post.dataset.day);
    if (opened.indexOf(number) < 0) {
      opened.push(number);
      write(openedKey, opened);
    }
  }

  var box = document.querySelector(".your-day");
  if (!box || !window.fetch) return;
  var round = box.dataset.challengeRound || "";
  START = inRound(START, round);
  OPENED = inRound(OPENED, round);
  HOMEWORK = inRound(HOMEWORK, round);
  var WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  var rest = { weekdays: [], dates: [] };
  var WORDS = JSON.parse(box.dataset.words || "{}");

  // Nothing is due on a rest day (a weekday or a date of the challenge's "rest").
  function isRest(time) {
    var date = new Date(time);
    return rest.weekdays.indexOf(WEEKDAYS[date.getUTCDay()]) >= 0 ||
      rest.dates.indexOf(date.toISOString().slice(0, 10)) >= 0;
  }

  // `text` with each {name} replaced by values[name]: a string, or a node (a link).
  function fill(text, values) {
    return text.split(/(\{\w+\})/).filter(Boolean).map(function (piece) {
      var name = piece.slice(1, -1);
      return piece.charAt(0) === "{" && name in values ? values[name] : piece;
    });
  }

  function say(text, values) {
    return fill(text, values).map(String).join("");
  }

  function plural(forms, n) {
    return n === 1 ? forms.one : forms.other;
  }

  function todayUTC() {
    var now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  // How many of the reader's days are due by today: Day 1 on its date; before
  // the start, calendar days back (0 the day before), as the site counts.
  function dayOn(start) {
    var first = Date.parse(start + "T00:00:00Z");
    var today = todayUTC();
    if (today < first) return Math.floor((today - first) / DAY_MS) + 1;
    var due = 0;
    for (var t = first; t <= today; t += DAY_MS) {
      if (!isRest(t)) due += 1;
    }
    return due;
  }

  // The date of the reader's Day `day`: the `day`th date from their start that is not a rest day.
  function dateOf(start, day) {
    var t = Date.parse(start + "T00:00:00Z");
    for (var due = 0; ; t += DAY_MS) {
      if (!isRest(t) && ++due === day) return new Date(t);
    }
  }

  // As the site writes dates: "4 January 2027", "4 de enero de 2027".
  function longDate(date) {
    return say(WORDS.date, {
      day: date.getUTCDate(), month: WORDS.months[date.getUTCMonth()], year: date.getUTCFullYear()
    });
  }

  // challenge.json gives absolute addresses; on the page, stay on this origin.
  function here(url) {
    var parsed = new URL(url, location.href);
    return parsed.pathname + parsed.hash;
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  // A day's post as the site names it: "Day 12: title", or "Year 2 · Day 12: title"
  // in a round with a label.
  function headline(data, day, title) {
    if (data.label) return say(WORDS.round_headline, { label: data.label, day: day, title: title });
    return say(WORDS.headline, { day: day, title: title });
  }

  function icsText(text) {
    return String(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
  }

  function fold(line) {
    var out = [];
    while (line.length > 74) {
      out.push(line.slice(0, 74));
      line = " " + line.slice(74);
    }
    out.push(line);
    return out.join("\r\n");
  }

  function stamp(date) {
    return date.toISOString().slice(0, 10).replace(/-/g, "");
  }

  function calendar(data, start, reminder) {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + WORDS.prodid,
      "X-WR-CALNAME:" + icsText(say(WORDS.calendar, { name: data.name }))];
    var now = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
    data.posts.forEach(function (p) {
      var when = dateOf(start, p.day);
      lines.push("BEGIN:VEVENT", "UID:" + (round ? round + "-" : "") + p.day + "-" + start + "@" + location.host,
        "DTSTAMP:" + now);
      if (reminder) {
        var time = reminder.replace(":", "") + "00";
        lines.push("DTSTART:" + stamp(when) + "T" + time, "DURATION:PT15M");
      } else {
        lines.push("DTSTART;VALUE=DATE:" + stamp(when), "DTEND;VALUE=DATE:" + stamp(new Date(when.getTime() + DAY_MS)));
      }
      var summary = headline(data, p.day, p.title);
      lines.push("SUMMARY:" + icsText(summary), "URL:" + p.url,
        "DESCRIPTION:" + icsText(p.url));
      if (reminder) {
        lines.push("BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:PT0M",
          "DESCRIPTION:" + icsText(summary), "END:VALARM");
      }
      lines.push("END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function show(data) {
    var start = read(START, null);
    var form = box.querySelector(".your-start");
    var progress = box.querySelector(".your-progress");
    form.hidden = Boolean(start);
    progress.hidden = !start;
    if (!start) return;
    var today = box.querySelector(".your-today");
    var counts = box.querySelector(".your-counts");
    today.textContent = "";
    var day = dayOn(start);
    var posts = {};
    data.posts.forEach(function (p) { posts[p.day] = p; });
    if (day < 1) {
      today.textContent = say(WORDS.starts, { date: longDate(dateOf(start, 1)) });
    } else if (day > data.length) {
      today.textContent = say(plural(WORDS.ended, data.length), { length: data.length });
    } else if (posts[day]) {
      var title = headline(data, day, posts[day].title);
      today.append.apply(today, fill(WORDS.today, {
        day: day, length: data.length, post: link(here(posts[day].url), title)
      }));
      if ((data.homework || []).indexOf(day) >= 0) {
        var homework = link(here(posts[day].url) + "#homework-" + day, WORDS.its_homework);
        today.append.apply(today, fill(WORDS.homework, { homework: homework }));
      }
      today.append(".");
    } else {
      today.textContent = say(WORDS.soon, { day: day, length: data.length });
    }
    var upTo = Math.min(Math.max(day, 0), data.length);
    var opened = read(OPENED, []).filter(function (d) { return d <= upTo; }).length;
    var done = read(HOMEWORK, []).filter(function (d) { return d <= upTo; }).length;
    counts.textContent = say(plural(WORDS.counts, upTo), { days: upTo, opened: opened, done: done });
  }

  fetch(box.dataset.challengeJson).then(function (r) { return r.json(); }).then(function (all) {
    // This page's round: a later one by its slug, else the first.
    var rounds = all.rounds || [all];
    var data = rounds[0];
    rounds.forEach(function (r) {
      if (round && r.slug === round) data = r;
    });
    if (data.rest && data.pace !== "count") rest = data.rest;
    box.hidden = false;
    box.querySelector(".your-start").addEventListener("submit", function (event) {
      event.preventDefault();
      write(START, box.querySelector("#your-start-date").value);
      show(data);
    });
    box.querySelector(".your-reset").addEventListener("click", function () {
      try { window.localStorage.removeItem(START); } catch (e) {}
      show(data);
    });
    box.querySelector(".your-ics").addEventListener("click", function () {
      var blob = new Blob([calendar(data, read(START, ""), box.querySelector("#your-reminder").value)],
        { type: "text/calendar" });
      var a = link(URL.createObjectURL(blob), "");
      a.download = "my-challenge.ics";
      document.body.append(a);
      a.click();
      a.remove();
    });
    show(data);
  }).catch(function () {});
})();
