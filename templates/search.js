// The search box, on Pagefind's JavaScript API (pagefind/pagefind.js, written by the build).
// Opened straight from disk a browser will not load the index, so the box says that search needs
// a web server instead of failing silently. Results link relative to the site root, so the site
// works under any base path.
(function () {
  var form = document.getElementById("zoeken");
  if (!form) return;
  var input = form.querySelector("input");
  var output = form.querySelector(".search-results");
  if (location.protocol === "file:") {
    form.classList.add("search-offline");
    output.textContent = form.getAttribute("data-file-message");
    return;
  }
  var root = new URL(form.getAttribute("data-root") || "./", location.href);
  var latest = 0;
  // One import and one configuration: setting options again while Pagefind is loading its
  // index restarts it, and the searches already waiting never answer.
  var ready = null;
  function pagefind() {
    if (!ready) {
      ready = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        return module.options({ baseUrl: root.pathname }).then(function () { return module; });
      });
    }
    return ready;
  }
  input.addEventListener("focus", pagefind);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) { output.replaceChildren(); return; }
    pagefind().then(function (pf) {
      return pf.debouncedSearch(query, {}, 200);
    }).then(function (search) {
      if (!search || ticket !== latest) return null;
      return Promise.all(search.results.slice(0, 8).map(function (r) { return r.data(); }));
    }).then(function (results) {
      if (!results || ticket !== latest) return;
      if (!results.length) { output.textContent = form.getAttribute("data-none"); return; }
      var list = document.createElement("ol");
      results.forEach(function (data) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = data.url;
        link.className = "search-result";
        link.textContent = (data.meta && data.meta.title) || data.url;
        var excerpt = document.createElement("p");
        excerpt.innerHTML = data.excerpt;  // Pagefind escapes the text and adds only <mark>
        item.append(link, excerpt);
        list.append(item);
      });
      output.replaceChildren(list);
    }).catch(function (error) {
      console.error("search failed", error);
    });
  });
})();
