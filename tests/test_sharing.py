"""Share and follow: social cards, share links, the challenge as a calendar, the
reader's own pace, follow by email."""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from connect365.sharing.links import share_links
from icalendar import Calendar
from PIL import Image
from playwright.sync_api import expect
from support import REPO, SAMPLE_CONTENT, build, day_post, served, tree_digest, write
from test_browser import axe_violations

PUBLISHED_DAYS = [*range(1, 10), *range(12, 22)]
ARTIFACTS = REPO / "test-artifacts"


def test_share_links_encode_the_whole_title():
    title = 'Q&A: "quotes", <b> & café'
    url = "https://example.org/blog/day/3/"
    links = share_links(title, url)
    linkedin = urlsplit(links.linkedin)
    assert (linkedin.scheme, linkedin.netloc) == ("https", "www.linkedin.com")
    assert parse_qs(linkedin.query) == {"url": [url]}
    email = urlsplit(links.email)
    assert email.scheme == "mailto" and email.path == ""
    fields = dict(part.split("=", 1) for part in email.query.split("&"))
    assert unquote(fields["subject"]) == title
    assert unquote(fields["body"]) == f"{title}\n{url}"
    assert all(c not in links.email for c in ' "<>é')


def card_of(site, url: str) -> Path:
    html = site.page(url)
    start = html.index('<meta property="og:image" content="') + len(
        '<meta property="og:image" content="'
    )
    address = html[start : html.index('"', start)]
    return site.output / urlsplit(address).path.lstrip("/")


def test_every_day_post_and_page_has_a_card(sample_site):
    for day in PUBLISHED_DAYS:
        with Image.open(card_of(sample_site, f"/day/{day}/")) as card:
            assert (card.format, card.size) == ("PNG", (1200, 630))
    for url in ("/about/", "/posts/2026/working-from-home-without-working-alone/"):
        assert card_of(sample_site, url).is_file()
    day = sample_site.page("/day/12/")
    assert '<meta property="og:image:alt" content="Connect 365: Day 12 of 365, The introvert' in day
    assert '<meta name="twitter:card" content="summary_large_image">' in day
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(card_of(sample_site, "/day/12/"), ARTIFACTS / "card-day-12.png")
    with Image.open(card_of(sample_site, "/day/12/")) as card:
        card.resize((400, 210)).save(
            ARTIFACTS / "card-day-12-thumbnail.png"
        )  # LinkedIn's small size


def test_cards_are_byte_identical_across_builds_and_drawn_from_text_alone(tmp_path):
    content = tmp_path / "content"
    for day in (1, 2):
        write(content, f"days/{day:03}.md", day_post(day, f"2026-11-0{day} 20:00"))
    write(content, "pages/about.md", "Title: About\n\nAbout.\n")
    first = build(content, tmp_path / "one", CACHE_PATH=str(tmp_path / "cache-one"))
    second = build(content, tmp_path / "two", CACHE_PATH=str(tmp_path / "cache-two"))
    assert first.returncode == second.returncode == 0, first.log + second.log
    cards = tree_digest(first.output / "cards")
    assert len(cards) == 3 and cards == tree_digest(second.output / "cards")
    assert len(list((tmp_path / "cache-one").glob("cards/*.png"))) == 3
    cached = build(content, tmp_path / "three", CACHE_PATH=str(tmp_path / "cache-one"))
    assert tree_digest(cached.output / "cards") == cards


def test_cards_and_share_links_are_absolute_when_published(tmp_path):
    site = build(SAMPLE_CONTENT, tmp_path / "output", settings="publishconf.py")
    assert site.returncode == 0, site.log
    day = site.page("/day/3/")
    assert '<meta property="og:image" content="https://connect365.example/cards/' in day
    assert "share-offsite/?url=https%3A%2F%2Fconnect365.example%2Fday%2F3%2F" in day


def events(ics: bytes) -> list:
    return [c for c in Calendar.from_ical(ics).walk() if c.name == "VEVENT"]


def test_the_calendar_has_one_event_per_published_day(sample_site):
    ics = (sample_site.output / "challenge.ics").read_bytes()
    found = events(ics)
    assert [int(str(e["URL"]).rstrip("/").rsplit("/", 1)[1]) for e in found] == PUBLISHED_DAYS
    twelve = found[PUBLISHED_DAYS.index(12)]
    assert twelve.decoded("DTSTART") == date(2026, 11, 12)  # its day's date, though posted late
    assert str(twelve["SUMMARY"]) == "Day 12: The introvert\u2019s trick: pay in advance"
    assert str(twelve["UID"]) == "tag:connect365.example,2026-11-01:day/12"
    assert "Homework:" in str(twelve["DESCRIPTION"])
    assert "challenge.ics" in sample_site.page(
        "/challenge/"
    ) and "challenge.ics" in sample_site.page("/")


def test_calendar_uids_survive_edits(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SAMPLE_CONTENT, content)
    before = build(content, tmp_path / "before")
    post = content / "days" / "003-coffee-once-a-month.md"
    post.write_text(post.read_text().replace("Title: ", "Title: Renamed: ", 1))
    after = build(content, tmp_path / "after")
    uids = [
        [str(e["UID"]) for e in events((b.output / "challenge.ics").read_bytes())]
        for b in (before, after)
    ]
    assert uids[0] == uids[1]
    summaries = [str(e["SUMMARY"]) for e in events((after.output / "challenge.ics").read_bytes())]
    assert any(s.startswith("Day 3: Renamed: ") for s in summaries)


@pytest.mark.parametrize("follow", ["", "https://follow.example/subscribe/connect365"])
def test_follow_by_email_is_a_plain_form_and_off_by_default(tmp_path, follow):
    site = build(SAMPLE_CONTENT, tmp_path / "output", FOLLOW_BY_EMAIL=follow)
    for url in ("/day/3/", "/challenge/"):
        html = site.page(url)
        if follow:
            assert f'<form class="follow" action="{follow}" method="post">' in html
            assert 'name="email" type="email"' in html
        else:
            assert 'class="follow"' not in html


# In the browser: the reader's own pace, their calendar file, nothing from elsewhere.

SAMPLE_NOON = datetime(2026, 11, 22, 12, 0)  # the sample site's "today"


@pytest.fixture(scope="module")
def site_url(sample_site):
    with served(sample_site.output) as url:
        yield url


def start_on(page, site_url: str, start: str) -> None:
    page.clock.set_fixed_time(SAMPLE_NOON)
    page.goto(site_url + "/challenge/")
    page.get_by_label("Start the challenge yourself").fill(start)
    page.get_by_role("button", name="Start").click()


def test_a_reader_starts_on_their_own_date(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    start_on(page, site_url, "2026-11-10")  # 22 November is their Day 13
    expect(page.locator(".your-today")).to_have_text(
        "Your Day 13 of 365: Day 13: Connect online with the people you meet, with its homework."
    )
    page.get_by_role("link", name="Day 13: Connect online with the people you meet").click()
    page.wait_for_url("**/day/13/")
    page.clock.set_fixed_time(SAMPLE_NOON)
    page.goto(site_url + "/")
    expect(page.locator(".your-counts")).to_have_text(
        "Of your 13 days so far you have opened 1 and done the homework of 0."
    )
    page.get_by_role("button", name="Change my start date").click()
    page.get_by_label("Start the challenge yourself").fill("2026-11-01")
    page.get_by_role("button", name="Start").click()
    expect(page.locator(".your-today")).to_contain_text("Your Day 22 of 365 is coming soon")
    context.close()


def test_the_readers_calendar_has_their_dates(browser, site_url):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    start_on(page, site_url, "2027-01-04")
    expect(page.locator(".your-today")).to_have_text("Your challenge starts on 4 January 2027.")
    page.get_by_label("Reminder time (optional)").fill("08:30")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my calendar (.ics)").click()
    ics = Path(download.value.path()).read_bytes()
    found = events(ics)
    assert len(found) == len(PUBLISHED_DAYS)
    first, twelfth = found[0], found[PUBLISHED_DAYS.index(12)]
    assert first.decoded("DTSTART") == datetime(2027, 1, 4, 8, 30)
    assert twelfth.decoded("DTSTART") == datetime(2027, 1, 15, 8, 30)
    assert str(twelfth["SUMMARY"]).startswith("Day 12: The introvert")
    assert [c.name for c in first.subcomponents] == ["VALARM"]
    context.close()


def test_the_new_pieces_pass_axe_and_nothing_loads_from_elsewhere(browser, site_url):
    context = browser.new_context()
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    start_on(page, site_url, "2026-11-10")
    page.locator(".your-progress").wait_for()
    for url, piece in (("/challenge/", ".your-day"), ("/day/12/", ".share")):
        if url != "/challenge/":
            page.goto(site_url + url)
        page.locator(piece).wait_for()
        for scheme in ("light", "dark"):
            page.emulate_media(color_scheme=scheme)
            assert axe_violations(page, piece) == [], (url, scheme)
    page.set_viewport_size({"width": 320, "height": 900})
    page.screenshot(path=ARTIFACTS / "screenshots" / "day-12-phone-share.png", full_page=True)
    hosts = {urlsplit(url).netloc for url in requested if not url.startswith(("data:", "blob:"))}
    assert hosts == {urlsplit(site_url).netloc}, requested
    context.close()


def test_without_javascript_the_pace_section_stays_hidden(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/challenge/")
    assert page.locator(".your-day").is_hidden()
    page.goto(site_url + "/day/3/")
    assert page.get_by_role("link", name="LinkedIn").is_visible()
    assert page.get_by_role("button", name="Copy link").is_hidden()
    context.close()


def test_card_bytes_come_from_pillow_alone():
    from connect365.sharing.cards import Card, draw

    data = draw(Card("Day 1 of 365", "A title", "Site", 1 / 365))
    assert data == draw(Card("Day 1 of 365", "A title", "Site", 1 / 365))
    assert Image.open(io.BytesIO(data)).size == (1200, 630)


def test_cards_drawn_by_several_processes_are_the_same_bytes(tmp_path):
    from connect365.sharing.cards import PARALLEL_FROM, Card, cards_bytes

    cards = [Card(f"Day {d} of 365", f"Title {d}", "Site", d / 365) for d in range(PARALLEL_FROM)]
    alone = cards_bytes(cards, None, jobs=1)
    together = cards_bytes(cards, tmp_path / "cache", jobs=2)
    assert alone == together and len(together) == PARALLEL_FROM
    assert len(list((tmp_path / "cache").glob("*.png"))) == PARALLEL_FROM


def test_build_jobs_must_not_be_negative(tmp_path):
    write(tmp_path / "content", "days/001.md", day_post(1, "2026-11-01 20:00"))
    failed = build(tmp_path / "content", tmp_path / "output", BUILD_JOBS=-1)
    assert failed.returncode == 1
    assert "BUILD_JOBS: must be 0 (one per core) or more, not -1" in failed.log
