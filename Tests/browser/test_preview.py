"""The preview (`spiegel serve`) in Chromium while an editor works: a broken file leaves every other
page readable under a strip that names the problem, warnings show in a strip of their own, and both
strips pass axe on a phone and on a desktop."""
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest

from conftest import REPO, SCREENSHOTS, axe_violations


@pytest.fixture()
def preview():
    """A copy of the knowledge base served by `spiegel serve`; yields (root, base URL)."""
    binary = os.environ.get("SPIEGEL", os.path.join(REPO, ".build", "debug", "spiegel"))
    root = tempfile.mkdtemp(prefix="spiegel-preview-")
    for folder in ("content", "templates", "handleiding"):
        shutil.copytree(os.path.join(REPO, folder), os.path.join(root, folder))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(os.path.join(root, "serve.log"), "w")
    server = subprocess.Popen([binary, "serve", "--port", str(port)], cwd=root, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    until(lambda: fetch(base + "index.html")[0] == 200, "the preview did not start")
    yield root, base
    server.terminate()
    server.wait()
    shutil.rmtree(root, ignore_errors=True)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except OSError:
        return 0, ""


def until(condition, message, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(message)


def edit(root, path, old, new):
    path = os.path.join(root, "content", path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert old in text
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)])
def test_a_broken_file_leaves_the_other_pages_readable(browser, preview, width, height):
    root, base = preview
    edit(root, "werkkaarten/tijdlijn.md", "nummer: 3", "nummer: [drie")
    until(lambda: fetch(base + "werkkaarten/tijdlijn.html")[0] == 500, "the broken page did not turn into the error page")
    browser.set_window_size(width, height)
    browser.get(base + "werkkaarten/kunst.html")
    banner = browser.find_element("css selector", "[role=alert]")
    assert "Fouten in de inhoud: 1." in banner.text
    assert "tijdlijn.md:4:9" in banner.text
    assert browser.find_element("css selector", "main h1").text == "Kunst inzetten"
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px"
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"preview-fout-{width}.png"))
    violations = axe_violations(browser)
    assert not violations, "\n".join(violations)
    # The strip's link leads to every error, with the line they are on.
    banner.find_element("link text", "Bekijk alle fouten").click()
    until(lambda: "Aantal fouten" in browser.page_source, "the error page did not open")
    assert "nummer: [drie" in browser.page_source


def test_warnings_show_on_the_page_they_concern(browser, preview):
    root, base = preview
    with open(os.path.join(root, "content", "nieuwe-notitie.md"), "w", encoding="utf-8") as f:
        f.write("---\ntype: pagina\ntitel: Nieuwe notitie\n---\nNog niet gekoppeld.\n")
    until(lambda: "Waarschuwingen: 1" in fetch(base + "nieuwe-notitie.html")[1], "no warnings strip")
    browser.set_window_size(1280, 900)
    browser.get(base + "nieuwe-notitie.html")
    strip = browser.find_element("css selector", "details")
    assert strip.get_attribute("open") is not None
    assert "nieuwe-notitie" in strip.text
    browser.save_screenshot(os.path.join(SCREENSHOTS, "preview-waarschuwing.png"))
    violations = axe_violations(browser)
    assert not violations, "\n".join(violations)
