// The meeting composer (bijeenkomsten/samenstellen.html), the page's part; samenstellen-concept.js
// computes the clock times and writes the Markdown file. It composes from samenstellen-data.js,
// which the build writes from the content graph, and keeps the draft in this browser's local
// storage only: nothing is sent anywhere. The draft leaves the browser only as a Markdown file the
// trainer downloads, written with the keys of the `bijeenkomst` field table (carried in the data),
// so that the file builds to the same meeting page and pack.
(function () {
  var data = window.spiegelSamenstellen;
  var app = document.getElementById("samenstellen");
  if (!data || !app || !window.spiegelConcept) return;
  var texts = data.texts;
  var STORE = "spiegel:samenstellen:" + location.pathname;
  var concept = window.spiegelConcept(data);
  var source = concept.source, partTitle = concept.partTitle, clock = concept.clock, minutesOf = concept.minutesOf;
  var fill = concept.fill, slug = concept.slug;
  function startMinutes() { return concept.startMinutes(draft); }
  function schedule() { return concept.schedule(draft); }
  function totalMinutes() { return concept.totalMinutes(draft); }
  function markdown() { return concept.markdown(draft); }
  var groupNames = {};
  data.groups.forEach(function (g) { groupNames[g[0]] = g[2]; });
  var draft = load();
  var nextUid = draft.parts.reduce(function (n, p) { return Math.max(n, p.uid || 0); }, 0) + 1;
  draft.parts.forEach(function (p) { if (!p.uid) p.uid = nextUid++; });

  var el = function (id) { return document.getElementById(id); };
  var titleInput = el("composer-title"), purposeInput = el("composer-purpose");
  var audienceSelect = el("composer-audience"), startInput = el("composer-start");
  var list = el("composer-parts"), total = el("composer-total"), status = el("composer-status");
  var exportLink = el("composer-export"), exportURL = null;

  function make(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (name === "text") node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) { if (child) node.append(child); });
    return node;
  }
  function say(text) { status.textContent = text; }

  // --- The draft ---------------------------------------------------------------------------
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(STORE) || "null");
      if (saved && Array.isArray(saved.parts)) return saved;
    } catch (e) { /* no storage (a private window) or a damaged draft: start a new one */ }
    return { title: "", purpose: "", audience: "", start: "", parts: [] };
  }
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(draft)); } catch (e) { /* kept for this visit only */ }
    refresh();
  }
  // --- What changes as the trainer types: times, total, export --------------------------------
  function refresh() {
    var start = startMinutes(), sum = totalMinutes();
    el("composer-start-problem").textContent = draft.start.trim() && start === null ? texts.composerStartInvalid : "";
    startInput.setAttribute("aria-invalid", draft.start.trim() && start === null ? "true" : "false");
    total.textContent = start === null ? fill(texts.composerTotal, { aantal: sum })
      : fill(texts.composerTotalUntil, { aantal: sum, van: clock(start), tot: clock(start + sum) });
    schedule().forEach(function (row, i) {
      var time = list.children[i] && list.children[i].querySelector(".composer-time");
      if (time) time.textContent = row.time;
    });
    draft.parts.forEach(function (part) {
      var input = el("part-" + part.uid + "-minutes"), problem = concept.minutesProblem(part);
      if (!input) return;
      input.setAttribute("aria-invalid", problem ? "true" : "false");
      el("part-" + part.uid + "-minutes-problem").textContent = problem;
    });
    // With no parts the list says so itself.
    el("composer-total-problem").textContent = draft.parts.length ? concept.durationProblem(draft) : "";
    var blocked = exportProblem();
    exportLink.setAttribute("aria-disabled", blocked ? "true" : "false");
    if (!blocked) el("composer-export-problem").textContent = "";
    var text = markdown();
    if (exportURL) URL.revokeObjectURL(exportURL);
    exportURL = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
    exportLink.href = exportURL;
    exportLink.setAttribute("download", slug(draft.title || texts.composerUntitled) + ".md");
  }

  // What keeps the draft from becoming a file the build accepts, with the field to mend; null when
  // nothing does. The file is not offered then: the draft stays in the browser, so nothing is lost.
  function exportProblem() {
    for (var i = 0; i < draft.parts.length; i++) {
      var part = draft.parts[i], problem = concept.minutesProblem(part);
      if (problem) return { text: fill(texts.composerExportBlocked, { titel: partTitle(part), probleem: problem }),
                            field: el("part-" + part.uid + "-minutes") };
    }
    var duration = concept.durationProblem(draft);
    return duration ? { text: duration, field: draft.parts.length ? null : el("composer-source") } : null;
  }

  // --- The parts -------------------------------------------------------------------------------
  function render(focus) {
    list.replaceChildren.apply(list, draft.parts.map(partItem));
    if (!draft.parts.length) list.append(make("li", { class: "composer-empty", text: texts.composerEmpty }));
    refresh();
    if (focus) {
      var target = document.getElementById(focus) ;
      if (target && target.disabled) target = target.parentNode.querySelector("button:not([disabled])");
      if (target) target.focus();
    }
  }
  function field(id, label, control) {
    control.id = id;
    return make("p", { class: "composer-field" }, [make("label", { for: id, text: label }), control]);
  }
  function partItem(part, index) {
    var s = source(part), uid = "part-" + part.uid, title = partTitle(part);
    var heading = make("h3", { id: uid + "-heading" }, [
      s ? make("a", { href: s.url, text: s.title }) : document.createTextNode(title),
      document.createTextNode(" "),
      make("span", { class: "type-label", text: s ? groupNames[s.key] + (s.number ? " " + s.number : "") : (part.id ? groupNames[part.key] || part.key : texts.composerOwnPart) }),
    ]);
    var item = make("li", { class: "composer-part", "aria-labelledby": uid + "-heading" }, [
      make("p", { class: "agenda-time" }, [make("strong", { class: "composer-time" })]), heading,
    ]);
    if (s && s.about) item.append(make("p", { class: "composer-about", text: s.about }));
    if (!s && !part.id) {
      var own = make("input", { type: "text", "data-field": "title", autocomplete: "off" });
      own.value = part.title || "";
      item.append(field(uid + "-title", texts.composerPartTitle, own));
      var about = make("textarea", { rows: "2", "data-field": "text" });
      about.value = part.text || "";
      item.append(field(uid + "-text", texts.composerPartText, about));
    }
    var minutes = make("input", { type: "number", min: "1", max: "600", step: "1", inputmode: "numeric", "data-field": "minutes" });
    minutes.value = part.minutes;
    var lead = make("select", { "data-field": "lead" }, data.leads.map(function (name, i) {
      var option = make("option", { value: name, text: data.leadNames[i] });
      if (name === part.lead) option.selected = true;
      return option;
    }));
    minutes.setAttribute("aria-describedby", uid + "-minutes-problem");
    var minutesField = field(uid + "-minutes", texts.composerMinutes, minutes);
    minutesField.append(make("span", { id: uid + "-minutes-problem", class: "composer-problem" }));
    item.append(make("div", { class: "composer-row" }, [minutesField, field(uid + "-lead", texts.meetingLead, lead)]));
    if (s && s.questions.length) {
      var box = make("fieldset", { class: "composer-questions" }, [make("legend", { text: texts.composerQuestions })]);
      s.questions.forEach(function (q, i) {
        var tick = make("input", { type: "checkbox", id: uid + "-q" + i, value: q[0], "data-field": "questions" });
        tick.checked = part.questions.indexOf(q[0]) >= 0;
        var label = make("label", { for: uid + "-q" + i, text: q[1] });
        if (q[3]) label.append(" ", make("span", { class: "composer-follow-up", text: "(" + texts.composerFollowUp + ")" }));
        box.append(make("p", { class: "composer-question" }, [tick, label]));
      });
      item.append(box);
    }
    var notes = make("textarea", { rows: "2", "data-field": "notes" });
    notes.value = part.notes || "";
    item.append(field(uid + "-notes", texts.composerNotes, notes));
    var button = function (action, label, disabled) {
      var b = make("button", { type: "button", id: uid + "-" + action, "data-action": action }, [
        document.createTextNode(label), make("span", { class: "visually-hidden", text: ": " + title }),
      ]);
      if (disabled) b.disabled = true;
      return b;
    };
    item.append(make("p", { class: "composer-move" }, [
      button("up", texts.composerUp, index === 0), button("down", texts.composerDown, index === draft.parts.length - 1),
      button("remove", texts.composerRemove, false),
    ]));
    item.addEventListener("input", function (event) { edit(part, event.target); });
    item.addEventListener("change", function (event) { edit(part, event.target); });
    item.addEventListener("click", function (event) {
      var b = event.target.closest("button");
      if (b) act(part, b.getAttribute("data-action"));
    });
    return item;
  }
  function edit(part, control) {
    var name = control.getAttribute("data-field");
    if (!name) return;
    if (name === "questions") {
      var s = source(part);
      var ticked = Array.prototype.map.call(control.closest("fieldset").querySelectorAll("input:checked"), function (c) { return c.value; });
      // In the order the card or field lists them, which is the order to ask them in.
      part.questions = s.questions.map(function (q) { return q[0]; }).filter(function (id) { return ticked.indexOf(id) >= 0; });
    } else {
      part[name] = control.value;
    }
    // An own part's heading follows its title as it is typed.
    if (name === "title") document.getElementById("part-" + part.uid + "-heading").firstChild.textContent = partTitle(part);
    save();
  }
  function act(part, action) {
    var i = draft.parts.indexOf(part), to = action === "up" ? i - 1 : i + 1;
    if (action === "remove") {
      draft.parts.splice(i, 1);
      save();
      render(draft.parts.length ? "part-" + draft.parts[Math.min(i, draft.parts.length - 1)].uid + "-remove" : "composer-source");
      say(fill(texts.composerRemoved, { titel: partTitle(part) }));
      return;
    }
    if (to < 0 || to >= draft.parts.length) return;
    draft.parts.splice(i, 1);
    draft.parts.splice(to, 0, part);
    save();
    render("part-" + part.uid + "-" + action);
    say(fill(texts.composerMoved, { titel: partTitle(part), plaats: to + 1 }));
  }
  function add(part) {
    part.uid = nextUid++;
    part.lead = part.lead || data.leads[0];
    part.questions = part.questions || [];
    draft.parts.push(part);
    save();
    render();
    say(fill(texts.composerAdded, { titel: partTitle(part), plaats: draft.parts.length }));
  }

  // --- Printing: the agenda, the script or the cards, each alone on paper ------------------------
  var printing = null;
  function printView(kind) {
    var view = el("composer-print"), rows = schedule();
    var title = draft.title.trim() || texts.composerUntitled;
    var parts = [make("h1", { text: title })];
    if (draft.purpose.trim()) parts.push(make("p", { text: draft.purpose.trim() }));
    if (kind === "cards") {
      parts = [make("div", { class: "composer-cards" }, cards())];
    } else {
      parts.push(make("p", { class: "agenda-meta", text: total.textContent }));
      if (kind === "script") {
        var seen = {}, items = [];
        draft.parts.forEach(function (part) {
          var s = source(part);
          ((s && s.preparation) || []).forEach(function (thing) {
            var key = thing.trim().toLowerCase();
            if (!seen[key]) { seen[key] = true; items.push(make("li", { text: thing })); }
          });
        });
        if (items.length) parts.push(make("h2", { text: texts.meetingPreparation }), make("ul", { class: "composer-checklist" }, items));
      }
      parts.push(make("h2", { text: kind === "script" ? texts.meetingScript : texts.meetingAgenda }));
      parts.push(make("ol", { class: "agenda-parts" }, rows.map(function (row) { return printedPart(row, kind === "script"); })));
    }
    view.replaceChildren.apply(view, parts);
    view.setAttribute("data-kind", kind);
  }
  function printedPart(row, script) {
    var part = row.part, s = source(part), start = startMinutes();
    var item = make("li", {}, [
      make("p", { class: "agenda-time" }, [make("strong", { text: row.time }), document.createTextNode(" "),
        make("span", { class: "agenda-meta", text: fill(texts.meetingMinutes, { aantal: minutesOf(part) }) + " · " + texts.meetingLead + ": "
          + data.leadNames[Math.max(0, data.leads.indexOf(part.lead))] })]),
      make("h3", { text: partTitle(part) }),
    ]);
    var about = s ? s.about : part.text;
    if (about) item.append(make("p", { text: about }));
    if (script && s && s.steps && s.steps.length) {
      item.append(make("p", { class: "agenda-label", text: texts.meetingSteps }),
        make("ol", {}, s.steps.map(function (step) { return make("li", { text: step }); })));
    }
    var questions = s ? s.questions.filter(function (q) { return part.questions.indexOf(q[0]) >= 0; }) : [];
    if (questions.length) {
      item.append(make("p", { class: "agenda-label", text: script ? texts.meetingQuestionsInOrder : texts.meetingQuestions }),
        make("ol", { class: "agenda-questions" }, questions.map(function (q) { return make("li", { text: q[1] }); })));
    }
    if (part.notes && part.notes.trim()) item.append(make("p", { class: "agenda-notes", text: texts.meetingNotes + ": " + part.notes.trim() }));
    // Round off a tenth of the part before its end, at least a minute: as the printed script does.
    if (script && minutesOf(part) >= 10) {
      var warning = Math.max(1, Math.floor(minutesOf(part) / 10)), at = row.from + minutesOf(part) - warning;
      var when = start === null ? fill(texts.meetingAfterStart, { aantal: at }) : clock(at);
      item.append(make("p", { class: "agenda-cue", text: fill(texts.meetingCue, { aantal: warning }).replace("{tijd}", when) }));
    }
    return item;
  }
  function cards() {
    var out = [];
    draft.parts.forEach(function (part) {
      var s = source(part);
      if (!s) return;
      if (s.key === data.partKeys.workCard) {
        out.push(make("section", { class: "composer-card" }, [
          make("p", { class: "composer-card-type", text: groupNames[s.key] + (s.number ? " " + s.number : "") }),
          make("h2", { text: s.title }), s.about ? make("p", { text: s.about }) : null,
        ]));
      }
      // A follow-up question (doorvraag) is a follow-up card, as in the built deck.
      s.questions.filter(function (q) { return part.questions.indexOf(q[0]) >= 0; }).forEach(function (q) {
        out.push(make("section", { class: "composer-card" }, [
          make("p", { class: "composer-card-type", text: (q[3] ? texts.deckFollowUp : texts.deckQuestion) + " · " + s.title }),
          make("p", { class: "composer-card-question", text: q[1] }),
          q[3] ? make("p", { class: "composer-card-how", text: texts.deckFollowUpHow }) : null,
        ]));
      });
    });
    return out;
  }
  window.addEventListener("beforeprint", function () {
    printView(printing || "agenda");
    document.body.classList.add("composer-printing");
  });
  window.addEventListener("afterprint", function () {
    printing = null;
    document.body.classList.remove("composer-printing");
  });
  app.querySelectorAll("[data-print]").forEach(function (b) {
    b.addEventListener("click", function () { printing = b.getAttribute("data-print"); window.print(); });
  });

  // --- Start ---------------------------------------------------------------------------------------
  var choose = el("composer-source");
  data.groups.forEach(function (group) {
    var options = data.sources.filter(function (s) { return s.key === group[0]; });
    if (!options.length) return;
    choose.append(make("optgroup", { label: group[1] }, options.map(function (s) {
      return make("option", { value: s.key + ":" + s.id, text: (s.number ? s.number + ". " : "") + s.title });
    })));
  });
  audienceSelect.append(make("option", { value: "", text: texts.composerAudienceNone }));
  data.audiences.forEach(function (a) { audienceSelect.append(make("option", { value: a[0], text: a[1] })); });
  titleInput.value = draft.title;
  purposeInput.value = draft.purpose;
  audienceSelect.value = draft.audience;
  startInput.value = draft.start;
  [[titleInput, "title"], [purposeInput, "purpose"], [audienceSelect, "audience"], [startInput, "start"]].forEach(function (pair) {
    pair[0].addEventListener(pair[0].tagName === "SELECT" ? "change" : "input", function () { draft[pair[1]] = pair[0].value; save(); });
  });
  el("composer-add-chosen").addEventListener("click", function () {
    var s = concept.sourceByValue(choose.value);
    if (s) add({ key: s.key, id: s.id, minutes: 15 });
  });
  el("composer-add-own").addEventListener("click", function () {
    var own = el("composer-own"), problem = el("composer-own-problem");
    if (!own.value.trim()) { problem.textContent = texts.composerOwnNeedsTitle; own.focus(); return; }
    problem.textContent = "";
    add({ key: "", title: own.value.trim(), minutes: 10 });
    own.value = "";
  });
  exportLink.addEventListener("click", function (event) {
    var problem = exportProblem();
    if (!problem) return;
    event.preventDefault();
    el("composer-export-problem").textContent = problem.text;
    // A field that takes focus reads out its own problem; otherwise the status says it.
    if (problem.field) problem.field.focus(); else say(problem.text);
  });
  el("composer-clear").addEventListener("click", function () {
    if (!window.confirm(texts.composerClearConfirm)) return;
    try { localStorage.removeItem(STORE); } catch (e) { /* nothing was kept */ }
    draft = { title: "", purpose: "", audience: "", start: "", parts: [] };
    titleInput.value = purposeInput.value = startInput.value = audienceSelect.value = "";
    render();
    say(texts.composerCleared);
  });
  app.hidden = false;
  render();
})();
