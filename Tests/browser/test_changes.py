"""What changed: nieuw.html in a browser with axe-core, and nieuw.xml held to Atom by two parsers
from PyPI: feedparser must find nothing to forgive (its `bozo` flag), and lxml checks the
elements RFC 4287 requires. The feed's entries must be the page's list, in the same order."""
import os
import subprocess
import tempfile
from datetime import datetime

import pytest
from conftest import REPO, SCREENSHOTS, axe_violations

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://intranet.voorbeeld.nl/leren/"


@pytest.fixture(scope="module")
def site_with_feed():
    """The real site built with a basis-url, which the feed needs for its absolute addresses."""
    binary = os.environ.get("SPIEGEL", os.path.join(REPO, ".build", "debug", "spiegel"))
    root = tempfile.mkdtemp(prefix="spiegel-feed-")
    config = os.path.join(root, "spiegel.yml")
    with open(config, "w", encoding="utf-8") as fh:
        fh.write(f"naam: Spiegel\norganisatie: Leren over vastgelopen hulp\nbasis-url: {BASE}\n")
    out = os.path.join(root, "site")
    subprocess.run([binary, "build", "--output", out, "--config", config], cwd=REPO, check=True)
    return out


def page_entries(site):
    """(title, address) of each page nieuw.html lists, in order."""
    from lxml import html

    tree = html.parse(os.path.join(site, "nieuw.html"))
    return [(a.text_content(), BASE + a.get("href")) for a in tree.xpath("//ul[@class='changes']/li/a")]


def test_changes_page_is_accessible(browser, base_url):
    browser.set_window_size(1280, 900)
    browser.get(base_url + "nieuw.html")
    assert browser.find_element("css selector", "main h1").text == "Wat is er nieuw"
    # The repository is a git checkout: the page lists pages under month headings.
    assert browser.find_elements("css selector", "main h2")
    assert browser.find_elements("css selector", "ul.changes li time")
    violations = axe_violations(browser)
    browser.save_screenshot(os.path.join(SCREENSHOTS, "nieuw-desktop.png"))
    assert not violations, "\n".join(violations)


def test_feed_is_valid_atom(site_with_feed):
    import feedparser

    path = os.path.join(site_with_feed, "nieuw.xml")
    parsed = feedparser.parse(path)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.entries


def test_feed_has_what_rfc_4287_requires(site_with_feed):
    from lxml import etree

    feed = etree.parse(os.path.join(site_with_feed, "nieuw.xml")).getroot()
    assert feed.tag == ATOM + "feed"

    def one(element, name):
        found = element.findall(ATOM + name)
        assert len(found) == 1, f"{element.tag} has {len(found)} <{name}>"
        return found[0]

    def rfc3339(text):
        assert text.endswith("Z") and datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")

    for name in ("id", "title", "updated", "author"):
        one(feed, name)
    rfc3339(one(feed, "updated").text)
    assert one(one(feed, "author"), "name").text
    self_links = [link for link in feed.findall(ATOM + "link") if link.get("rel") == "self"]
    assert [link.get("href") for link in self_links] == [BASE + "nieuw.xml"]
    ids = set()
    for entry in feed.findall(ATOM + "entry"):
        for name in ("id", "title", "updated"):
            one(entry, name)
        rfc3339(one(entry, "updated").text)
        assert one(entry, "id").text.startswith(BASE)
        ids.add(one(entry, "id").text)
        alternate = [link for link in entry.findall(ATOM + "link") if link.get("rel") == "alternate"]
        assert len(alternate) == 1 and alternate[0].get("href").startswith(BASE)
    assert len(ids) == len(feed.findall(ATOM + "entry")), "entry ids repeat"
    # The feed is as new as its newest entry.
    assert one(feed, "updated").text == max(one(e, "updated").text for e in feed.findall(ATOM + "entry"))


def test_feed_entries_match_the_page(site_with_feed):
    from lxml import etree

    feed = etree.parse(os.path.join(site_with_feed, "nieuw.xml")).getroot()
    entries = [(e.find(ATOM + "title").text, e.find(ATOM + "link").get("href")) for e in feed.findall(ATOM + "entry")]
    assert entries == page_entries(site_with_feed)
    assert entries
