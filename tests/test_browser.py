"""The reader's experience in a real browser: accessibility, keyboard, phones,
dark mode, print and search. Debian's chromium, driven by Playwright."""

from __future__ import annotations

from pathlib import Path

import axe_playwright_python
import pytest
from support import REPO, served

PAGES = {
    "home": "/",
    "day": "/day/12/",
    "markdown": "/day/16/",
    "post": "/posts/2026/working-from-home-without-working-alone/",
    "challenge": "/challenge/",
    "module": "/challenge/module/following-up/",
    "homework": "/homework/",
    "tags": "/tags/",
    "tag": "/tag/remote-work/",
    "archives": "/archives/",
    "404": "/no/such/page/",
}
WIDTHS = (320, 768, 1280)
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
AXE_SCRIPT = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="module")
def site_url(sample_site):
    with served(sample_site.output) as url:
        yield url


def axe_violations(page, within: str = "document") -> list[str]:
    """WCAG 2.2 A and AA violations in the page, or in the element `within` selects."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=AXE_SCRIPT)
    result = page.evaluate(
        "([within, tags]) => axe.run(within === 'document' ? document : {include: [within]},"
        " {runOnly: {type: 'tag', values: tags}})",
        [within, WCAG_22_AA],
    )
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("name", PAGES)
def test_no_accessibility_violations_in_light_and_dark(browser, site_url, name):
    page = browser.new_page(color_scheme="light")
    page.goto(site_url + PAGES[name])
    found = {"light": axe_violations(page)}
    page.emulate_media(color_scheme="dark")
    assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")
    found["dark"] = axe_violations(page)
    assert found == {"light": [], "dark": []}
    page.close()


def test_axe_finds_a_violation(browser):
    page = browser.new_page()
    page.set_content('<html lang="en"><title>x</title><img src="a.png"><a href="/x"></a>')
    assert axe_violations(page)
    page.close()


FOCUS_STATE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    id: el.outerHTML.slice(0, 80),
    visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
             || style.boxShadow !== 'none',
  };
}"""
FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])"


@pytest.mark.parametrize("name", PAGES)
def test_keyboard_reaches_every_link_with_visible_focus(browser, site_url, name):
    page = browser.new_page()
    page.goto(site_url + PAGES[name])
    wanted = page.eval_on_selector_all(
        FOCUSABLE,
        "els => els.filter(e => e.getClientRects().length).map(e => e.outerHTML.slice(0, 80))",
    )
    reached, unseen = [], []
    # A date input takes one Tab per part (day, month, year): allow for it.
    for _ in range(3 * len(wanted) + 3):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        reached.append(state["id"])
        if not state["visible"] and not state["id"].startswith("<body"):
            unseen.append(state["id"])
        if set(wanted) <= set(reached):
            break
    assert reached[0].startswith('<a class="skip-link"')
    assert set(wanted) <= set(reached)
    assert unseen == []
    page.close()


@pytest.mark.parametrize("name", PAGES)
def test_no_horizontal_scrolling_and_screenshots(browser, site_url, name):
    page = browser.new_page(viewport={"width": WIDTHS[0], "height": 900})
    page.goto(site_url + PAGES[name])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    overflows = {}
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("window.innerWidth") == width
        overflows[width] = max(
            0, page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        )
        page.screenshot(path=SCREENSHOTS / f"{name}-{width}.png", full_page=True)
    assert overflows == dict.fromkeys(WIDTHS, 0), f"{name} scrolls sideways: {overflows}"
    page.close()


def test_calendar_stays_usable_on_a_phone(browser, site_url):
    page = browser.new_page(viewport={"width": 320, "height": 800})
    page.goto(site_url + "/challenge/")
    day = page.get_by_role(
        "link", name="Day 12, 12 November: The introvert\u2019s trick: pay in advance (posted late)"
    )
    box = day.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24  # WCAG 2.2 target size
    day.click()
    page.wait_for_url("**/day/12/")
    page.close()


@pytest.mark.parametrize("name", ["day", "homework"])
def test_print_hides_navigation_and_keeps_the_content(browser, site_url, name):
    page = browser.new_page()
    page.goto(site_url + PAGES[name])
    page.emulate_media(media="print")
    assert page.locator(".site-header nav").is_hidden()
    assert page.locator(".site-footer").is_hidden()
    assert page.locator(".done-toggle").first.is_hidden()
    assert page.locator("main h1").is_visible()
    assert page.locator("[data-homework-day]").first.is_visible()
    page.close()


def test_search_finds_a_post(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "/search/")
    page.locator(".pagefind-ui__search-input").fill("thrifty")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=10_000)
    assert "pay in advance" in result.inner_text().replace("\xa0", " ")
    assert page.locator("#search-needs-js").is_hidden()
    result.click()
    page.wait_for_url("**/day/12/")
    page.close()


def test_search_says_it_needs_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/search/")
    assert page.get_by_text("Search needs JavaScript").is_visible()
    context.close()


def test_pages_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/day/12/")
    page.get_by_role("link", name="Day 13: Connect online with the people you meet →").click()
    page.wait_for_url("**/day/13/")
    assert page.get_by_role("heading", name="Homework: Follow up within a day").is_visible()
    context.close()
