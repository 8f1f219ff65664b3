"""Homework: attached to its day, the workbook, the errors, the reader's checklist."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from support import build, day_post, served, write

CHALLENGE = {
    "name": "Thirty days",
    "length": 30,
    "start": "2030-03-01",
    "about": "Thirty calls in thirty days <for real>.",
    "modules": [{"title": "Calls & more", "days": "4-7"}, {"title": "First steps", "days": "1-3"}],
}
TODAY_EPOCH = "1899392400"  # 2030-03-10 12:00 in America/Chicago


def homework(day: int, title: str, text: str) -> str:
    return f"Day: {day}\nTitle: {title}\n\n{text}\n"


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    folder = tmp_path_factory.mktemp("homework") / "content"
    for day in (1, 2, 3, 5):
        write(folder, f"days/{day:03}.md", day_post(day, f"2030-03-{day:02} 20:00"))
    write(folder, "days/004.md", day_post(4, "2030-03-04 20:00", "Draft day", "Status: draft"))
    write(folder, "homework/005.md", homework(5, "Call an old friend", "Pick up the phone."))
    write(folder, "homework/001.md", homework(1, "List ten people", "Write the list & keep it."))
    write(folder, "homework/003.md", homework(3, "Join the ACM", "Find the local chapter."))
    write(folder, "homework/004.md", homework(4, "Hidden task", "Not yet."))
    return folder


@pytest.fixture(scope="module")
def site(content):
    result = build(
        content, content.parent / "output", epoch=TODAY_EPOCH, CHALLENGE=CHALLENGE, AUTHORS=AUTHORS
    )
    assert result.returncode == 0, result.log
    return result


AUTHORS = {
    "Maya Okafor": {
        "bio": "Coach & <writer>.",
        "photo": "images/maya.jpg",
        "links": [{"name": "Website", "url": "https://maya.example/"}],
    }
}


def test_homework_is_shown_at_the_end_of_its_day_post(site):
    html = site.page("/day/3/")
    section = re.search(r'<section class="homework".*?</section>', html, re.S).group(0)
    assert 'data-homework-day="3"' in section
    assert "Homework:</span> Join the&nbsp;ACM</h2>" in section
    assert "<p>Find the local&nbsp;chapter.</p>" in section
    assert html.index("post-body") < html.index('class="homework"')
    assert 'class="homework"' not in site.page("/day/2/")


def test_workbook_lists_published_homework_in_day_order(site):
    html = site.page("/homework/")
    days = re.findall(r'<article class="assignment" data-homework-day="(\d+)"', html)
    assert days == ["1", "3", "5"]
    assert 'href="../day/5/">Day 5: Day 5&nbsp;title</a>' in html
    assert "Write the list &amp; keep&nbsp;it." in html
    assert "Hidden task" not in html
    assert 'data-homework-count="1 3 5"' in html
    assert "<title>Homework workbook · Connect 365</title>" in html


def test_home_page_starts_here_and_cards_say_which_days_have_homework(site):
    html = site.page("/")
    start = re.search(r'<section class="start-here".*?</section>', html, re.S).group(0)
    assert "<p>Thirty calls in thirty days &lt;for real&gt;.</p>" in start
    assert '<a href="./day/1/">Start at Day 1</a>' in start
    # Today (Day 10) is not posted: the latest day and its homework stand in for it.
    assert '<a href="./day/5/">Latest: Day 5</a>' in start
    assert (
        'The latest homework (Day 5): <a href="./day/5/#homework-5">Call an old&nbsp;friend</a>'
        in start
    )
    cards = re.findall(r'<article class="post-card">.*?</article>', html, re.S)
    with_homework = sorted(
        re.search(r'href="\./day/(\d+)/"', c).group(1) for c in cards if "has-homework" in c
    )
    assert with_homework == ["1", "3", "5"]


def test_modules_on_day_pages_the_progress_page_their_own_pages_and_json(site):
    assert (
        '<p class="module-line"><a href="../../challenge/module/first-steps/">First steps</a>'
        " · day 2 of 3</p>" in site.page("/day/2/")
    )
    assert "Calls &amp; more</a> · day 2 of 4" in site.page("/day/5/")
    progress = site.page("/challenge/")
    chapters = re.search(r'<section class="modules".*?</section>', progress, re.S).group(0)
    assert re.findall(r'<a href="\.\./challenge/module/([a-z-]+)/">', chapters) == [
        "first-steps",
        "calls-more",
    ]
    page = site.page("/challenge/module/first-steps/")
    assert "<h1>First steps</h1>" in page
    assert re.findall(r'href="\.\./\.\./\.\./day/(\d)/"', page) == ["1", "2", "3"]
    later = site.page("/challenge/module/calls-more/")
    assert "Day 4, 4 March: missed" in later  # the draft day 4 is not published
    modules = site.json("challenge.json")["modules"]
    assert [(m["title"], m["first"], m["last"], m["published"]) for m in modules] == [
        ("First steps", 1, 3, [1, 2, 3]),
        ("Calls & more", 4, 7, [5]),
    ]


def test_related_days_under_each_post(site):
    related = re.search(r'<aside class="related".*?</aside>', site.page("/day/2/"), re.S).group(0)
    # Days 1 and 3 share the tag and the module "First steps"; day 5 only the tag.
    assert re.findall(r'href="\.\./\.\./day/(\d)/"', related) == ["1", "3", "5"]
    assert "Related days</h2>" in related


def test_author_box_under_each_post(site):
    box = re.search(r'<aside class="author-box".*?</aside>', site.page("/day/2/"), re.S).group(0)
    assert 'aria-label="About the author: Maya Okafor"' in box
    assert '<img class="author-photo" src="../../images/maya.jpg" alt=""' in box
    assert '<p class="author-bio">Coach &amp; &lt;writer&gt;.</p>' in box
    assert '<a href="https://maya.example/" rel="me">Website</a>' in box


def test_draft_day_homework_stays_hidden(site):
    every_page = "".join(p.read_text() for p in site.output.rglob("*.html"))
    assert "Hidden task" not in every_page


def test_workbook_has_a_print_stylesheet(site):
    css = (site.output / "theme" / "css" / "site.css").read_text()
    print_rules = css[css.index("@media print") :]
    assert ".site-header nav" in print_rules and "display: none" in print_rules
    assert "break-inside: avoid" in print_rules


def test_homework_without_a_post_fails_naming_the_file(content, tmp_path):
    broken = tmp_path / "content"
    write(broken, "days/001.md", day_post(1, "2030-03-01 20:00"))
    write(broken, "homework/009.md", homework(9, "Orphan", "No post."))
    write(broken, "homework/001.md", homework(1, "One", "x"))
    write(broken, "homework/001-again.md", homework(1, "Two", "y"))
    result = build(broken, tmp_path / "output", epoch=TODAY_EPOCH, CHALLENGE=CHALLENGE)
    assert result.returncode != 0
    assert "homework/009.md: Day: Day 9 has no post; homework needs its day's post" in result.log
    assert "homework/001.md: Day: Day 1 also has homework: " in result.log
    assert "homework/001-again.md: Day: Day 1 also has homework: " in result.log
    assert not (tmp_path / "output").exists()


def test_checklist_keeps_ticks_and_counts_them(site, browser):
    with served(site.output) as url:
        page = browser.new_page()
        page.goto(f"{url}/homework/")
        boxes = page.get_by_role("checkbox", name=re.compile("^Done"))
        assert boxes.count() == 3
        count = page.locator(".homework-count")
        expect(count).to_have_text("You have done 0 of 3 homework assignments.")
        boxes.nth(0).check()
        page.goto(f"{url}/day/5/")
        page.get_by_role("checkbox", name="Done (Day 5 homework)").check()
        page.goto(f"{url}/homework/")
        page.reload()
        checked = [boxes.nth(i).is_checked() for i in range(3)]
        assert checked == [True, False, True]
        expect(count).to_have_text("You have done 2 of 3 homework assignments.")
        page.goto(f"{url}/challenge/")
        expect(page.locator(".homework-count")).to_have_text(
            "You have done 2 of 3 homework assignments."
        )
        page.close()


def test_done_comes_after_the_task_and_shows_on_the_card(site, browser):
    with served(site.output) as url:
        page = browser.new_page()
        page.goto(f"{url}/day/3/")
        card = page.locator(".homework")
        # The task, then "Done": the checkbox is the card's last thing.
        assert card.locator(":scope > :last-child").get_attribute("class") == "done-toggle"
        plain = card.evaluate("el => getComputedStyle(el).backgroundColor")
        page.get_by_role("checkbox", name="Done (Day 3 homework)").check()
        expect(card).to_have_class(re.compile(r"\bis-done\b"))
        assert card.evaluate("el => getComputedStyle(el).backgroundColor") != plain
        # The tick is decoration: the heading's name stays the title.
        expect(
            page.get_by_role("heading", name="Homework: Join the ACM", exact=True)
        ).to_be_visible()
        page.goto(f"{url}/homework/")
        done = page.locator('[data-homework-day="3"]')
        expect(done).to_have_class(re.compile(r"\bis-done\b"))
        toggle = done.locator(".done-toggle")
        assert toggle.evaluate("el => el.nextElementSibling.className") == "from-post"
        page.close()


def test_workbook_progress_bar_and_what_is_left(site, browser):
    with served(site.output) as url:
        page = browser.new_page()
        page.goto(f"{url}/homework/")
        page.evaluate("localStorage.setItem('connect365:homework-done', '[1, 5]')")
        page.reload()
        bar = page.locator("progress[data-homework-progress]")
        expect(bar).to_be_visible()
        assert (bar.get_attribute("max"), bar.evaluate("b => b.value")) == ("3", 2)
        cards = page.locator("article.assignment")
        left = page.get_by_role("checkbox", name="Show only what is left")
        left.check()
        assert [cards.nth(i).is_visible() for i in range(3)] == [False, True, False]
        # Ticking the last one left empties the list, says so, and keeps focus in the page.
        page.get_by_role("checkbox", name="Done (Day 3 homework)").check()
        assert [cards.nth(i).is_visible() for i in range(3)] == [False, False, False]
        expect(page.locator("[data-homework-none]")).to_be_visible()
        expect(left).to_be_focused()
        assert bar.evaluate("b => b.value") == 3
        left.uncheck()
        assert [cards.nth(i).is_visible() for i in range(3)] == [True, True, True]
        page.close()


def test_pages_are_complete_without_javascript(site, browser):
    with served(site.output) as url:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(f"{url}/homework/")
        assert page.get_by_role("checkbox").count() == 0
        assert page.locator(".homework-count").is_hidden()
        assert page.locator(".workbook-tools").is_hidden()
        assert page.locator("article.assignment").count() == 3
        assert page.get_by_role("heading", name="Day 3 Join the ACM").is_visible()
        context.close()
