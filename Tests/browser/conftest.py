"""Builds the real site once, serves it from a subfolder (/leren/) on 127.0.0.1, and hands the
tests a headless Chromium. The subfolder proves the site works under a base path."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import functools
import http.server

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCREENSHOTS = os.path.join(REPO, ".build", "screenshots")


@pytest.fixture(scope="session")
def site_dir():
    binary = os.environ.get("SPIEGEL", os.path.join(REPO, ".build", "debug", "spiegel"))
    root = tempfile.mkdtemp(prefix="spiegel-browser-")
    out = os.path.join(root, "leren")
    subprocess.run([binary, "build", "--output", out], cwd=REPO, check=True)
    yield out
    shutil.rmtree(root, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site_dir):
    root = os.path.dirname(site_dir)
    handler = functools.partial(QuietHandler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/leren/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--force-prefers-reduced-motion"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    os.makedirs(SCREENSHOTS, exist_ok=True)
    yield driver
    driver.quit()


def axe_violations(browser):
    """axe-core's findings on the open page, one line each. axe-selenium-python carries axe-core 3.
    Two of its rules were dropped or corrected in axe-core 4 because they flag valid, accessible
    markup: `radiogroup` (radios grouped by name are announced as a group without a wrapper) and
    `dlitem` (HTML allows <div> around <dt>/<dd>)."""
    from axe_selenium_python import Axe

    Axe(browser).inject()
    results = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']},"
        " rules: {radiogroup: {enabled: false}, dlitem: {enabled: false}}})"
        ".then(function (r) { done(r); }, function (e) { done({error: String(e), violations: []}); });")
    assert "error" not in results, results.get("error")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, e.g. {v['nodes'][0]['target']})" for v in results["violations"]]
