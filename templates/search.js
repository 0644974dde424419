// The search box. Served over HTTP it asks Pagefind (pagefind/pagefind.js, written by the build).
// Opened straight from disk (a USB stick in a training room) browsers refuse Pagefind's modules
// and WebAssembly, so it searches zoekindex.js instead: a plain script the build writes with every
// page's title, summary, headings and questions. Results link relative to the site root, so the
// site works under any base path and from disk.
(function () {
  var form = document.getElementById("zoeken");
  if (!form) return;
  var input = form.querySelector("input");
  var output = form.querySelector(".search-results");
  var root = new URL(form.getAttribute("data-root") || "./", location.href);
  var latest = 0;
  var search = location.protocol === "file:" ? diskSearch() : pagefindSearch();
  input.addEventListener("focus", search.load);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) { output.replaceChildren(); return; }
    search.find(query).then(function (results) {
      if (!results || ticket !== latest) return;
      show(results);
    }).catch(function (error) {
      console.error("search failed", error);
    });
  });

  // Each result: { url, title (a node), excerpt (a node) }.
  function show(results) {
    if (!results.length) { output.textContent = form.getAttribute("data-none"); return; }
    var list = document.createElement("ol");
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      link.className = "search-result";
      link.append(result.title);
      var excerpt = document.createElement("p");
      excerpt.append(result.excerpt);
      item.append(link, excerpt);
      list.append(item);
    });
    output.replaceChildren(list);
  }

  function pagefindSearch() {
    // One import and one configuration: setting options again while Pagefind is loading its
    // index restarts it, and the searches already waiting never answer.
    var ready = null;
    function load() {
      if (!ready) {
        ready = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
          return module.options({ baseUrl: root.pathname }).then(function () { return module; });
        });
      }
      return ready;
    }
    function find(query) {
      return load().then(function (pf) {
        return pf.debouncedSearch(query, {}, 200);
      }).then(function (found) {
        if (!found) return null;
        return Promise.all(found.results.slice(0, 8).map(function (r) { return r.data(); }));
      }).then(function (results) {
        return results && results.map(function (data) {
          var excerpt = document.createElement("span");
          excerpt.innerHTML = data.excerpt;  // Pagefind escapes the text and adds only <mark>
          return { url: data.url, title: (data.meta && data.meta.title) || data.url, excerpt: excerpt };
        });
      });
    }
    return { load: load, find: find };
  }

  function diskSearch() {
    var ready = null;
    // "Reflectie" and "één" are found as "reflectie" and "een": compare without accents or case.
    function fold(text) {
      return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    function load() {
      if (!ready) {
        ready = new Promise(function (resolve, reject) {
          var script = document.createElement("script");
          script.src = new URL("zoekindex.js", root).href;
          script.onload = function () {
            resolve((window.spiegelZoekindex || []).map(function (e) {
              var questions = e[4].map(function (q) { return { id: q[0], text: q[1], folded: fold(q[1]) }; });
              return { url: e[0], title: e[1], summary: e[2], headings: e[3], questions: questions,
                       folded: [fold(e[1]), fold(e[2]), fold(e[3])] };
            }));
          };
          // The build leaves the index out of a very large site: say so instead of a dead box.
          script.onerror = function () {
            form.classList.add("search-offline");
            output.textContent = form.getAttribute("data-too-large");
            reject(new Error("zoekindex.js is missing"));
          };
          document.head.append(script);
        });
      }
      return ready;
    }
    // A term matches where a word starts with it: "reflectie" finds "reflectievragen", and
    // "een" does not find "geen".
    function patterns(query) {
      return fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(function (term) {
        return new RegExp("(?:^|[^\\p{L}\\p{N}])" + term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u");
      });
    }
    function all(folded, terms) {
      return terms.every(function (term) { return term.test(folded); });
    }
    function find(query) {
      return load().then(function (pages) {
        var terms = patterns(query);
        if (!terms.length) return [];
        var found = [];
        pages.forEach(function (page, order) {
          var question = page.questions.find(function (q) { return all(q.folded, terms); });
          var whole = page.folded.join(" ") + " " + page.questions.map(function (q) { return q.folded; }).join(" ");
          if (!question && !all(whole, terms)) return;
          var score = 0;
          terms.forEach(function (term) {
            if (term.test(page.folded[0])) score += 8;
            if (term.test(page.folded[2])) score += 3;
            if (term.test(page.folded[1])) score += 2;
          });
          if (question) score += 1;
          found.push({ page: page, question: question, score: score, order: order });
        });
        found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
        return found.slice(0, 8).map(function (hit) {
          var page = hit.page;
          // A question that holds every word is what the reader looks for: link straight to it.
          var excerpt = hit.question
            ? mark(form.getAttribute("data-question") + ": " + hit.question.text, terms)
            : mark(all(page.folded[1], terms) || !all(page.folded[2], terms) ? page.summary : page.headings, terms);
          var url = new URL(page.url, root).href + (hit.question ? "#" + hit.question.id : "");
          return { url: url, title: mark(page.title, terms), excerpt: excerpt };
        });
      });
    }
    // `text` with the words the terms match inside <mark>. Folding can change a text's length
    // ("é" is two characters apart), so positions are mapped back one character at a time.
    function mark(text, terms) {
      var folded = "", origin = [];
      for (var i = 0; i < text.length; i++) {
        var part = fold(text[i]);
        for (var j = 0; j < part.length; j++) { folded += part[j]; origin.push(i); }
      }
      origin.push(text.length);
      var marked = new Array(text.length + 1).fill(false);
      terms.forEach(function (term) {
        var global = new RegExp(term.source, "gu"), match;
        while ((match = global.exec(folded))) {
          var start = match.index + (/^[^\p{L}\p{N}]/u.test(match[0]) ? 1 : 0);  // after the separator
          var end = match.index + match[0].length;
          while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end])) end++;  // the whole word
          for (var k = origin[start]; k < origin[end]; k++) marked[k] = true;
          if (global.lastIndex === match.index) global.lastIndex++;
        }
      });
      var fragment = document.createDocumentFragment();
      var k = 0;
      while (k < text.length) {
        var from = k;
        while (k < text.length && marked[k] === marked[from]) k++;
        var piece = document.createTextNode(text.slice(from, k));
        if (marked[from]) { var m = document.createElement("mark"); m.append(piece); fragment.append(m); }
        else fragment.append(piece);
      }
      return fragment;
    }
    return { load: load, find: find };
  }
})();
