"""The meeting composer (bijeenkomsten/samenstellen.html) as a trainer uses it, opened from disk:
parts added, clock times and total as they type, reordering from the keyboard, the draft kept
across a reload, and the exported Markdown file built with the spiegel binary into a meeting page
with the same agenda."""
import os
import re
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import REPO, SCREENSHOTS, axe_violations

WIDTHS = {"telefoon": (390, 844), "desktop": (1280, 900)}


def open_empty_composer(browser, site_dir):
    page = "file://" + os.path.join(site_dir, "bijeenkomsten", "samenstellen.html")
    browser.get(page)
    browser.execute_script("localStorage.clear()")
    browser.get(page)
    return page


def add_from_knowledge_base(browser, value, minutes):
    Select(browser.find_element(By.ID, "composer-source")).select_by_value(value)
    browser.find_element(By.ID, "composer-add-chosen").click()
    set_minutes(browser, -1, minutes)


def add_own(browser, title, minutes):
    browser.find_element(By.ID, "composer-own").send_keys(title)
    browser.find_element(By.ID, "composer-add-own").click()
    set_minutes(browser, -1, minutes)


def set_minutes(browser, index, minutes):
    field = browser.find_elements(By.CSS_SELECTOR, ".composer-part input[type=number]")[index]
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(str(minutes))


def times(browser):
    return [t.text for t in browser.find_elements(By.CSS_SELECTOR, ".composer-part .composer-time")]


def titles(browser):
    return [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".composer-part h3")]


def compose_three_parts(browser):
    browser.find_element(By.ID, "composer-title").send_keys("Vastgelopen hulp in de tijd zetten")
    browser.find_element(By.ID, "composer-start").send_keys("13:30")
    add_from_knowledge_base(browser, "werkkaart:tijdlijn", 35)
    # Two questions of the card, ticked in reverse: the file lists them in the card's order.
    ticks = browser.find_elements(By.CSS_SELECTOR, ".composer-part input[type=checkbox]")
    ticks[1].click()
    ticks[0].click()
    add_own(browser, "Pauze", 5)
    add_from_knowledge_base(browser, "spanningsveld:organisatie-en-netwerk", 40)


def test_composer_times_draft_export_and_build(browser, site_dir, tmp_path):
    browser.set_window_size(1280, 900)
    page = open_empty_composer(browser, site_dir)
    compose_three_parts(browser)
    assert times(browser) == ["13:30–14:05", "14:05–14:10", "14:10–14:50"]
    assert browser.find_element(By.ID, "composer-total").text == "Totaal: 80 minuten, van 13:30 tot 14:50"

    # The times follow the minutes as they are typed.
    set_minutes(browser, 0, 30)
    assert times(browser) == ["13:30–14:00", "14:00–14:05", "14:05–14:45"]

    # Reordering from the keyboard: the break goes up, focus stays on the part that moved.
    up = browser.find_elements(By.CSS_SELECTOR, ".composer-part [data-action=up]")[1]
    up.send_keys(Keys.ENTER)
    assert titles(browser)[0].startswith("Pauze")
    assert times(browser) == ["13:30–13:35", "13:35–14:05", "14:05–14:45"]
    focused = browser.switch_to.active_element
    assert "Pauze" in focused.text, "focus left the part that moved"
    # At the top the way up is closed; focus went to the way down.
    assert focused.get_attribute("data-action") == "down"
    focused.send_keys(Keys.ENTER)
    assert titles(browser)[1].startswith("Pauze")
    composed = times(browser)
    assert composed == ["13:30–14:00", "14:00–14:05", "14:05–14:45"]

    # The draft survives a reload, and nothing of it went out in a request.
    browser.get(page)
    assert times(browser) == composed
    assert browser.find_element(By.ID, "composer-title").get_attribute("value") == "Vastgelopen hulp in de tijd zetten"
    requests = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert not [r for r in requests if "Vastgelopen" in r or r.startswith("http")]

    # The export: a Blob link with a file name from the title.
    link = browser.find_element(By.ID, "composer-export")
    assert link.get_attribute("download") == "vastgelopen-hulp-in-de-tijd-zetten.md"
    text = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "fetch(arguments[0]).then(r => r.text()).then(done, e => done('fout: ' + e));", link.get_attribute("href"))
    assert text.startswith("---\ntype: bijeenkomst\n"), text
    assert "vragen: [tijdlijn-1, tijdlijn-2]" in text, text
    assert "duur: 75" in text and 'begintijd: "13:30"' in text, text

    # Built into a copy of the content, the file gives a meeting page with the same clock times.
    content = tmp_path / "content"
    shutil.copytree(os.path.join(REPO, "content"), content)
    (content / "bijeenkomsten" / "vastgelopen-hulp-in-de-tijd-zetten.md").write_text(text, encoding="utf-8")
    binary = os.environ.get("SPIEGEL", os.path.join(REPO, ".build", "debug", "spiegel"))
    out = tmp_path / "site"
    result = subprocess.run([binary, "build", "--no-search", "--content", str(content), "--output", str(out)],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    check = subprocess.run([binary, "check", "--content", str(content)], cwd=REPO, capture_output=True, text=True)
    assert "vastgelopen-hulp" not in check.stdout + check.stderr, "the exported file gives a warning"
    built = (out / "bijeenkomsten" / "vastgelopen-hulp-in-de-tijd-zetten.html").read_text(encoding="utf-8")
    agenda = re.findall(r'<p class="agenda-time"><strong>([^<]+)</strong>', built)
    assert agenda == composed

    # "Concept wissen" removes the draft from this browser.
    browser.find_element(By.ID, "composer-clear").click()
    browser.switch_to.alert.accept()
    browser.get(page)
    assert times(browser) == []
    assert browser.find_element(By.ID, "composer-title").get_attribute("value") == ""


def export_is_refused(browser):
    """Clicks the export link as a script would; true when the page refused to hand out the file."""
    return not browser.execute_script(
        "return document.getElementById('composer-export').dispatchEvent(new MouseEvent('click', {cancelable: true}))")


def test_composer_refuses_to_export_what_the_build_would_refuse(browser, site_dir):
    """Minutes and a total outside the field table's ranges (`minuten` 1 to 600, `duur` 5 to 600)
    would give a file `spiegel build` rejects: the page says so at the field and keeps the file back
    until they are mended; the draft itself stays."""
    browser.set_window_size(1280, 900)
    open_empty_composer(browser, site_dir)
    # Nothing to export yet: the message says what to do, and focus goes to where parts are added.
    assert export_is_refused(browser)
    assert "Voeg eerst een onderdeel toe" in browser.find_element(By.ID, "composer-export-problem").text
    assert browser.switch_to.active_element.get_attribute("id") == "composer-source"

    add_own(browser, "Opening", 0)
    field = browser.find_element(By.CSS_SELECTOR, ".composer-part input[type=number]")
    problem = browser.find_element(By.CSS_SELECTOR, ".composer-part .composer-problem")
    assert field.get_attribute("aria-invalid") == "true"
    assert problem.text == "Vul een heel aantal minuten in, van 1 tot 600."
    assert problem.get_attribute("id") in field.get_attribute("aria-describedby")
    assert browser.find_element(By.ID, "composer-export").get_attribute("aria-disabled") == "true"
    assert export_is_refused(browser)
    assert "bij ‘Opening’ staat geen geldig aantal minuten" in browser.find_element(By.ID, "composer-export-problem").text
    assert browser.switch_to.active_element == field
    violations = axe_violations(browser)
    assert not violations, "\n".join(violations)

    for typed in ["700", "-5"]:
        set_minutes(browser, 0, typed)
        assert field.get_attribute("aria-invalid") == "true", typed
        assert export_is_refused(browser), typed
    field.send_keys(Keys.CONTROL, "a", Keys.DELETE)
    assert field.get_attribute("aria-invalid") == "true" and export_is_refused(browser), "an emptied field"

    # Three minutes is a valid part but too short a meeting.
    set_minutes(browser, 0, 3)
    assert field.get_attribute("aria-invalid") == "false" and problem.text == ""
    assert browser.find_element(By.ID, "composer-total-problem").text == \
        "Een bijeenkomst duurt 5 tot 600 minuten; deze agenda telt er 3."
    assert export_is_refused(browser)

    set_minutes(browser, 0, 20)
    assert browser.find_element(By.ID, "composer-total-problem").text == ""
    assert browser.find_element(By.ID, "composer-export-problem").text == ""
    assert browser.find_element(By.ID, "composer-export").get_attribute("aria-disabled") == "false"
    # The draft kept every step: the part is still there after a reload, with its minutes.
    browser.refresh()
    assert browser.find_element(By.CSS_SELECTOR, ".composer-part input[type=number]").get_attribute("value") == "20"


def test_composer_prints_one_view_at_a_time(browser, site_dir):
    """Each print button fills the print view with its own part; on paper only that view shows."""
    browser.set_window_size(1280, 900)
    open_empty_composer(browser, site_dir)
    compose_three_parts(browser)
    browser.execute_script("window.print = function () {};")
    for kind, expected in [("agenda", "Agenda"), ("script", "Draaiboek voor de facilitator")]:
        browser.find_element(By.CSS_SELECTOR, f"[data-print={kind}]").click()
        browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")
        view = browser.find_element(By.ID, "composer-print")
        assert expected in view.get_attribute("textContent")
        assert "13:30–14:05" in view.get_attribute("textContent")
        browser.execute_script("window.dispatchEvent(new Event('afterprint'))")
    browser.find_element(By.CSS_SELECTOR, "[data-print=cards]").click()
    browser.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    cards = browser.find_elements(By.CSS_SELECTOR, "#composer-print .composer-card")
    # The work card and its two ticked questions.
    assert len(cards) == 3
    browser.execute_script("window.dispatchEvent(new Event('afterprint'))")


@pytest.mark.parametrize("device", sorted(WIDTHS))
def test_composer_is_accessible(browser, site_dir, device):
    browser.set_window_size(1280, 900)
    open_empty_composer(browser, site_dir)
    compose_three_parts(browser)
    browser.set_window_size(*WIDTHS[device])
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the composer scrolls sideways by {overflow}px at {device} width"
    violations = axe_violations(browser)
    browser.save_screenshot(os.path.join(SCREENSHOTS, f"samenstellen-{device}.png"))
    assert not violations, "\n".join(violations)
