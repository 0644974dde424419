"""A site built with an organisation's own look (logo, colours, font in spiegel.yml): axe-core
finds no problem on its pages in light and in dark mode, the colours and logo are the ones
configured, and a worksheet carries the logo."""
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading

import pytest
from conftest import REPO, SCREENSHOTS, QuietHandler, axe_violations

LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40">'
        '<rect width="40" height="40" rx="8" fill="#7a1f4f"/><circle cx="20" cy="20" r="10" fill="#f2c14e"/></svg>')
LOOK = """naam: Leren bij Zorgnet
organisatie: Zorgnet Midden
logo: huisstijl/logo.svg
hoofdkleur: "#7a1f4f"
accentkleur: "#a84300"
lettertype: "Georgia, serif"
"""
PAGES = {
    "home": "index.html",
    "werkkaart": "werkkaarten/tijdlijn.html",
    "spanningsveld": "spanningsvelden/jij-en-ik-en-wij2.html",
    "kwadranten": "kwadranten/index.html",
    "handleiding": "handleiding/index.html",
    "werkblad": "werkbladen/werkblad-tijdlijn.html",
}


@pytest.fixture(scope="module")
def look_url():
    binary = os.environ.get("SPIEGEL", os.path.join(REPO, ".build", "debug", "spiegel"))
    root = tempfile.mkdtemp(prefix="spiegel-look-")
    os.makedirs(os.path.join(root, "huisstijl"))
    with open(os.path.join(root, "huisstijl", "logo.svg"), "w") as f:
        f.write(LOGO)
    with open(os.path.join(root, "spiegel.yml"), "w") as f:
        f.write(LOOK)
    out = os.path.join(root, "site", "leren")
    subprocess.run([binary, "build", "--no-search", "--config", os.path.join(root, "spiegel.yml"), "--output", out,
                    "--content", os.path.join(REPO, "content"), "--templates", os.path.join(REPO, "templates"),
                    "--handbook", os.path.join(REPO, "handleiding")], cwd=root, check=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=os.path.dirname(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/leren/"
    server.shutdown()
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def scheme(browser):
    """Sets prefers-color-scheme for one test, and back to the default after it."""
    def emulate(value):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": value}]})
    yield emulate
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


def colour_of(browser, selector, prop="color"):
    return browser.execute_script(f"return getComputedStyle(document.querySelector(arguments[0])).{prop}", selector)


@pytest.mark.parametrize("name,path", sorted(PAGES.items()))
@pytest.mark.parametrize("mode", ["licht", "donker"])
def test_a_custom_look_is_accessible(browser, look_url, scheme, name, path, mode):
    scheme("dark" if mode == "donker" else "light")
    browser.set_window_size(1280, 900)
    browser.get(look_url + path)
    violations = axe_violations(browser)
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"huisstijl-{name}-{mode}.png"))
    assert not violations, "\n".join(violations)


def test_the_configured_colours_font_and_logo_are_used(browser, look_url, scheme):
    scheme("light")
    browser.set_window_size(1280, 900)
    browser.get(look_url + "werkkaarten/tijdlijn.html")
    assert colour_of(browser, ".breadcrumbs a") == "rgb(122, 31, 79)"
    assert "Georgia" in colour_of(browser, "body", "fontFamily")
    loaded = browser.execute_script("var i = document.querySelector('.brand-logo'); return i.complete && i.naturalWidth")
    assert loaded, "the logo in the header did not load"
    scheme("dark")
    dark = colour_of(browser, ".breadcrumbs a")
    assert dark != "rgb(122, 31, 79)", "dark mode keeps the light main colour, unreadable on a dark page"


def test_a_worksheet_carries_the_logo_and_the_main_colour(browser, look_url):
    browser.get(look_url + "werkbladen/werkblad-tijdlijn.html")
    loaded = browser.execute_script("var i = document.querySelector('.sheet-logo'); return i.complete && i.naturalWidth")
    assert loaded, "the logo on the worksheet did not load"
    assert colour_of(browser, ".sheet-back a") == "rgb(122, 31, 79)"
