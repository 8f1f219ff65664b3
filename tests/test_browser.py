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
    "search": "/search/?q=coffee",
    "page": "/about/",
    "older": "/page/2/",
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
    # The theme switch used both ways: to light while the system is dark, then to dark.
    page.get_by_role("button", name="Dark theme").click()
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    found["switched to light"] = axe_violations(page)
    page.get_by_role("button", name="Dark theme").click()
    page.emulate_media(color_scheme="light")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    found["switched to dark"] = axe_violations(page)
    assert found == {key: [] for key in found}
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
    page.goto(site_url + PAGES[name], wait_until="networkidle")  # search's results too
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
    assert result.inner_text().startswith("Day 12: ")
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


# The look (issue 26): titles, badges and the menu without underlines, the current
# page marked, a compact header on phones, one row of day links, quiet heading anchors.

DECORATION = "el => getComputedStyle(el).textDecorationLine"


def test_titles_badges_and_menu_have_no_underlines_but_prose_links_do(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "/")
    for selector in (".site-nav a", ".post-card h2 a", ".day-badge a", ".site-name a"):
        assert page.eval_on_selector(selector, DECORATION) == "none", selector
    page.goto(site_url + "/day/16/")
    for selector in (".site-nav a", ".day-nav a", ".tags a"):
        assert page.eval_on_selector(selector, DECORATION) == "none", selector
    assert page.eval_on_selector(".post-body p a[href='#how-the-hour-runs']", DECORATION) == (
        "underline"
    )
    page.close()


CURRENT = """() => [...document.querySelectorAll('.site-nav [aria-current]')].map(a => {
  const style = getComputedStyle(a);
  return [a.textContent, a.getAttribute('aria-current'), style.borderBottomColor, style.fontWeight];
})"""


@pytest.mark.parametrize(
    ("url", "item"),
    [("/", "Home"), ("/challenge/", "Challenge"), ("/archives/", "Archives"), ("/about/", "About")],
)
def test_the_menu_marks_the_current_page(browser, site_url, url, item):
    page = browser.new_page()
    page.goto(site_url + url)
    [(text, value, border, weight)] = page.evaluate(CURRENT)
    assert (text, value) == (item, "page")
    other = page.eval_on_selector(
        ".site-nav a:not([aria-current])", "a => getComputedStyle(a).borderBottomColor"
    )
    assert border != other and int(weight) >= 600  # seen, not only heard
    page.goto(site_url + "/day/12/")
    assert page.evaluate(CURRENT) == []
    page.close()


def test_the_header_is_compact_on_a_phone(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    for url in ("/", "/day/16/"):
        page.goto(site_url + url)
        height = page.eval_on_selector(".site-header", "h => h.getBoundingClientRect().height")
        assert height < 70, f"{url}: the header takes {height} px of 844"
        # Every menu item stays reachable: the menu scrolls within its row, not the page.
        last = page.locator(".site-nav li").last.locator("a")
        last.focus()
        box = last.bounding_box()
        assert box["x"] + box["width"] <= 390 and box["height"] >= 24
    page.close()


def test_previous_all_days_and_next_share_one_row_on_a_desktop(browser, site_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url + "/day/16/")
    boxes = [page.locator(f".day-nav .{kind}").bounding_box() for kind in ("prev", "all", "next")]
    assert boxes[0]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    top, bottom = boxes[0]["y"], boxes[0]["y"] + boxes[0]["height"]
    assert top <= boxes[1]["y"] and boxes[1]["y"] + boxes[1]["height"] <= bottom
    page.close()


def test_heading_anchors_show_on_hover_and_on_keyboard_focus(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "/day/16/")
    anchor = page.locator("#how-the-hour-runs .header-anchor")
    opacity = "a => getComputedStyle(a).opacity"
    assert anchor.evaluate(opacity) == "0"
    page.locator("#how-the-hour-runs").hover()
    assert anchor.evaluate(opacity) == "1"
    page.mouse.move(0, 0)
    assert anchor.evaluate(opacity) == "0"
    page.locator(".post-body p a[href='#how-the-hour-runs']").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "header-anchor"
    assert anchor.evaluate(opacity) == "1"
    page.close()


# The light/dark switch: follows the system until used, remembers the choice,
# no flash of the other theme, and without JavaScript the system's setting.

LIGHT_BG, DARK_BG = "rgb(253, 252, 250)", "rgb(21, 23, 26)"
BACKGROUND = "getComputedStyle(document.body).backgroundColor"


def test_the_theme_switch_follows_the_system_until_used_and_remembers(browser, site_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + "/day/16/")
    switch = page.get_by_role("button", name="Dark theme")
    assert switch.get_attribute("aria-pressed") == "true"  # the system's dark, not yet a choice
    assert page.evaluate(BACKGROUND) == DARK_BG
    page.emulate_media(color_scheme="light")
    assert page.evaluate(BACKGROUND) == LIGHT_BG
    assert switch.get_attribute("aria-pressed") == "false"
    switch.focus()
    page.keyboard.press("Enter")
    assert switch.get_attribute("aria-pressed") == "true"
    assert page.evaluate(BACKGROUND) == DARK_BG
    # Remembered on the next page, whatever the system says, from the first frame.
    page.add_init_script(
        "requestAnimationFrame(() => { window.firstFrame = "
        "getComputedStyle(document.documentElement).colorScheme; });"
    )
    page.goto(site_url + "/archives/")
    assert page.evaluate("window.firstFrame") == "dark"
    assert page.evaluate(BACKGROUND) == DARK_BG
    page.keyboard.press("Tab")  # the skip link
    page.get_by_role("button", name="Dark theme").press("Space")
    assert page.evaluate(BACKGROUND) == LIGHT_BG
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert page.evaluate("window.firstFrame") == "light"
    assert page.get_by_role("button", name="Dark theme").get_attribute("aria-pressed") == "false"
    context.close()


def test_without_javascript_there_is_no_switch_and_the_system_decides(browser, site_url):
    context = browser.new_context(java_script_enabled=False, color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + "/day/16/")
    assert page.locator(".theme-switch").is_hidden()
    assert page.evaluate(BACKGROUND) == DARK_BG
    context.close()


# Reading aids: contents (folded on phones), a copy button on code, back to top.


def test_the_contents_fold_on_a_phone_and_lie_open_on_a_desktop(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(site_url + "/day/16/")
    fold = page.locator(".toc details")
    assert fold.is_visible() and page.locator(".toc-list").is_hidden()
    link = fold.get_by_role("link", name="Before your first call")
    assert link.is_hidden()
    page.get_by_text("Contents").first.click()
    link.click()
    page.wait_for_url("**#before-your-first-call")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert fold.is_hidden()
    assert page.locator(".toc-list").get_by_role("link").count() == 3
    page.close()


def test_code_has_a_copy_button_that_says_copied(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "/day/16/")
    page.get_by_role("button", name="Copy", exact=True).click()
    page.get_by_role("status").filter(has_text="Copied").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("from datetime import date") and copied.endswith("(date.today()))")
    context.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/day/16/")
    assert page.locator(".code-copy").count() == 0
    assert page.locator(".post-body pre").evaluate("p => getComputedStyle(p).userSelect") != "none"
    context.close()


def test_back_to_top_on_a_long_page(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(site_url + "/day/16/")
    page.get_by_role("link", name="Back to top").click()
    assert page.evaluate("window.scrollY") == 0
    assert page.evaluate("location.hash") == "#top"
    page.close()


# Search: linkable (?q=), only the post indexed, in the site's colours; the 404 page offers it.


def test_a_search_can_be_linked_and_typing_keeps_the_address(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "/search/?q=thrifty")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    assert page.locator(".pagefind-ui__search-input").input_value() == "thrifty"
    entries = page.evaluate("history.length")
    page.locator(".pagefind-ui__search-input").fill("sounding board")
    assert page.evaluate("location.search") == "?q=sounding+board"
    assert page.evaluate("history.length") == entries  # replaced, not pushed
    page.locator(".pagefind-ui__search-input").fill("")
    assert page.evaluate("location.search") == ""
    page.close()


def test_search_indexes_the_post_not_the_progress_bar_or_the_menu(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "/search/?q=365")
    page.locator(".pagefind-ui__message").filter(has_text="result").wait_for(timeout=10_000)
    excerpts = page.locator(".pagefind-ui__result-excerpt").all_inner_texts()
    # "365" is in Day 1's text and the About page, never "15 / 365" or "Day 15 of 365".
    assert excerpts and not [e for e in excerpts if "/ 365" in e or "of 365" in e]
    page.goto(site_url + "/search/?q=Homework")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    titles = page.locator(".pagefind-ui__result-link").all_inner_texts()
    assert "Homework" not in titles and "Search" not in titles  # the menu's pages are not indexed
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_results_wear_the_sites_fonts_and_colours(browser, site_url, scheme):
    page = browser.new_page(color_scheme=scheme)
    page.goto(site_url + "/search/?q=coffee")
    link = page.locator(".pagefind-ui__result-link").first
    link.wait_for(timeout=10_000)
    body = page.evaluate("(s => [s.color, s.fontFamily])(getComputedStyle(document.body))")
    assert link.evaluate("a => [getComputedStyle(a).color, getComputedStyle(a).fontFamily]") == body
    box = page.locator(".pagefind-ui__search-input")
    card = "rgb(255, 255, 255)" if scheme == "light" else "rgb(28, 31, 35)"
    assert box.evaluate("i => getComputedStyle(i).backgroundColor") == card
    assert axe_violations(page) == []
    page.close()


def test_the_missing_page_offers_search(browser, site_url):
    page = browser.new_page()
    page.goto(site_url + "/no/such/page/")
    page.get_by_role("searchbox", name="Search the site:").fill("thrifty")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search/?q=thrifty")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=10_000)
    page.close()


@pytest.mark.parametrize("width", [320, 1280])
def test_archive_dates_and_titles_stand_in_two_aligned_columns(browser, site_url, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(site_url + "/archives/")
    lefts = page.eval_on_selector_all(
        ".archive-list li",
        "lis => lis.map(li => [li.querySelector('time'), li.querySelector('a')]"
        ".map(e => Math.round(e.getBoundingClientRect().left)))",
    )
    assert len(lefts) == 22
    assert len({time for time, _ in lefts}) == 1 and len({link for _, link in lefts}) == 1
    page.close()


def test_on_a_phone_the_current_menu_item_is_in_sight(browser, site_url):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    for url in ("/homework/", "/about/"):
        page.goto(site_url + url)
        box = page.locator(".site-nav [aria-current=page]").bounding_box()
        nav = page.locator(".site-nav").bounding_box()
        assert nav["x"] <= box["x"] and box["x"] + box["width"] <= nav["x"] + nav["width"] + 1, url
    page.close()
