// The meeting composer's draft as data: clock times as the meeting page computes them (ClockTime
// in Swift) and the draft as a `bijeenkomst` Markdown file, written with the keys of the field
// table that samenstellen-data.js carries. No page, no storage: samenstellen.js is the page.
window.spiegelConcept = function (data) {
  var texts = data.texts;
  var sources = {};
  data.sources.forEach(function (s) { sources[s.key + ":" + s.id] = s; });
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }

  function source(part) { return part.id ? sources[part.key + ":" + part.id] : null; }
  // A part whose card or field is no longer in the site (the content changed since the draft) keeps
  // its id: it is shown by id and exported as it was, so the build names what is missing.
  function partTitle(part) { var s = source(part); return s ? s.title : (part.id || part.title || texts.composerOwnPart); }

  // --- Clock times, as the meeting page writes them (ClockTime.text in Swift) ----------------
  function startMinutes(draft) {
    var m = /^(\d{1,2}):(\d{2})$/.exec(draft.start.trim());
    if (!m || +m[1] > 23 || +m[2] > 59) return null;
    return +m[1] * 60 + +m[2];
  }
  function clock(minutes) {
    var day = ((minutes % 1440) + 1440) % 1440;
    return Math.floor(day / 60) + ":" + (day % 60 < 10 ? "0" : "") + (day % 60);
  }
  function minutesOf(part) { var n = parseInt(part.minutes, 10); return n > 0 ? n : 0; }
  function schedule(draft) {
    var start = startMinutes(draft), at = start === null ? 0 : start;
    return draft.parts.map(function (part) {
      var from = at;
      at += minutesOf(part);
      var time = start === null
        ? (from === 0 ? "0:00" : fill(texts.meetingAfterStart, { aantal: from }))
        : clock(from) + "\u2013" + clock(at);
      return { part: part, from: from, time: time };
    });
  }
  function totalMinutes(draft) { return draft.parts.reduce(function (n, p) { return n + minutesOf(p); }, 0); }

  // --- What the build would refuse ---------------------------------------------------------------
  // The ranges of `minuten:` and `duur:` come from the field table (data.minutes, data.duration):
  // the composer holds a draft to exactly what `spiegel build` accepts, so an exported file builds.
  function within(range, n) { return n >= range[0] && n <= range[1]; }
  function minutesProblem(part) {
    var typed = String(part.minutes == null ? "" : part.minutes).trim();
    if (/^\d+$/.test(typed) && within(data.minutes, +typed)) return "";
    return fill(texts.composerMinutesInvalid, { van: data.minutes[0], tot: data.minutes[1] });
  }
  function durationProblem(draft) {
    if (!draft.parts.length) return texts.composerNoParts;
    // A part without valid minutes has its own message; the sum would only repeat it.
    if (draft.parts.some(minutesProblem)) return "";
    var sum = totalMinutes(draft);
    return within(data.duration, sum) ? "" : fill(texts.composerDurationInvalid, { aantal: sum, van: data.duration[0], tot: data.duration[1] });
  }

  // --- The Markdown file -------------------------------------------------------------------------
  // Every text as a JSON string, which YAML reads as a double-quoted scalar: nothing a trainer
  // types can break the file's structure.
  function quoted(text) { return JSON.stringify(String(text)); }
  function slug(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "") || "bijeenkomst";
  }
  function markdown(draft) {
    var k = data.keys, pk = data.partKeys, lines = ["---"];
    lines.push(k.type + ": " + data.type);
    lines.push(k.title + ": " + quoted(draft.title.trim() || texts.composerUntitled));
    lines.push(k.purpose + ": " + quoted(draft.purpose.trim() || data.purposePlaceholder));
    if (draft.audience) lines.push(k.audience + ": " + draft.audience);
    lines.push(k.duration + ": " + totalMinutes(draft));
    if (startMinutes(draft) !== null) lines.push(k.start + ": " + quoted(clock(startMinutes(draft))));
    lines.push(k.parts + ":" + (draft.parts.length ? "" : " []"));
    draft.parts.forEach(function (part) {
      var entries = [];
      if (part.id) entries.push(part.key + ": " + part.id);
      else {
        entries.push(pk.title + ": " + quoted((part.title || "").trim() || texts.composerOwnPart));
        if ((part.text || "").trim()) entries.push(pk.text + ": " + quoted(part.text.trim()));
      }
      entries.push(pk.minutes + ": " + minutesOf(part));
      entries.push(pk.lead + ": " + part.lead);
      if (part.questions.length) entries.push(pk.questions + ": [" + part.questions.join(", ") + "]");
      if ((part.notes || "").trim()) entries.push(pk.notes + ": " + quoted(part.notes.trim()));
      entries.forEach(function (entry, i) { lines.push((i === 0 ? "  - " : "    ") + entry); });
    });
    lines.push("---", "");
    return lines.join("\n");
  }

  return { source: source, partTitle: partTitle, startMinutes: startMinutes, clock: clock, minutesOf: minutesOf,
           schedule: schedule, totalMinutes: totalMinutes, markdown: markdown, slug: slug, fill: fill,
           minutesProblem: minutesProblem, durationProblem: durationProblem,
           sourceByValue: function (value) { return sources[value]; } };
};
