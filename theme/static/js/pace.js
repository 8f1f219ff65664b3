// The reader's own pace: a start date kept in this browser (localStorage),
// "Your Day N" with that day's post and homework, which of their days they
// have opened and which homework they have ticked (checklist.js), and their
// own calendar file, made here. Nothing is sent anywhere. Without
// JavaScript the section stays hidden and the pages are as they were. Its
// words come from the page, in the site's language (the section's data-words).
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
  var post = document.querySelector("[data-day]");
  if (post) {
    var opened = read(OPENED, []);
    var number = Number(post.dataset.day);
    if (opened.indexOf(number) < 0) {
      opened.push(number);
      write(OPENED, opened);
    }
  }

  var box = document.querySelector(".your-day");
  if (!box || !window.fetch) return;
  var WORDS = JSON.parse(box.dataset.words || "{}");

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

  function dayOn(start) {
    return Math.floor((todayUTC() - Date.parse(start + "T00:00:00Z")) / DAY_MS) + 1;
  }

  function dateOf(start, day) {
    return new Date(Date.parse(start + "T00:00:00Z") + (day - 1) * DAY_MS);
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
      lines.push("BEGIN:VEVENT", "UID:" + p.day + "-" + start + "@" + location.host, "DTSTAMP:" + now);
      if (reminder) {
        var time = reminder.replace(":", "") + "00";
        lines.push("DTSTART:" + stamp(when) + "T" + time, "DURATION:PT15M");
      } else {
        lines.push("DTSTART;VALUE=DATE:" + stamp(when), "DTEND;VALUE=DATE:" + stamp(new Date(when.getTime() + DAY_MS)));
      }
      var summary = say(WORDS.headline, { day: p.day, title: p.title });
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
      var title = say(WORDS.headline, { day: day, title: posts[day].title });
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

  fetch(box.dataset.challengeJson).then(function (r) { return r.json(); }).then(function (data) {
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
