"""Rest days, grace and rounds (#27) as readers get them: two rounds built into a real site.

The calendar (March 2030: 1 March is a Friday, the Sundays are 3, 10, 17
and 24 March), with Sundays off in both rounds:

- Year 1 (`year-1`, grace 1): Day 1 Fri 1, Day 2 Sat 2, Days 3-8 Mon 4 to
  Sat 9, Day 9 Mon 11, Day 10 Tue 12 March. Every day posted but Day 4.
- Year 2 (`year-2`, grace 1): Day 1 Fri 15, Day 2 Sat 16, Day 3 Mon 18,
  Day 4 Tue 19, Day 5 Wed 20 March (today, at noon: pending). Days 1-3
  posted, Day 4 missed.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from html import unescape
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect
from support import REPO, build, day_post, nu_check, served, source_date_epoch, write
from test_browser import axe_violations

TODAY_EPOCH = "1900256400"  # 2030-03-20 12:00 in America/Chicago
YEAR_1 = {
    "name": "Ten days of calls",
    "slug": "year-1",
    "label": "Year 1",
    "length": 10,
    "start": "2030-03-01",
    "rest": ["sunday"],
    "grace": 1,
}
YEAR_2 = {**YEAR_1, "name": "Ten more days", "slug": "year-2", "label": "Year 2"}
YEAR_2["start"] = "2030-03-15"
ROUNDS = [YEAR_1, YEAR_2]
ONE = {k: v for k, v in YEAR_1.items() if k not in ("slug", "label")}
ATOM = "{http://www.w3.org/2005/Atom}"

YEAR_1_DATES = {1: 1, 2: 2, 3: 4, 5: 6, 6: 7, 7: 8, 8: 9, 9: 11, 10: 12}  # day -> March date
YEAR_2_DATES = {1: 15, 2: 16, 3: 18}


def first_round(content: Path) -> None:
    for day, march in YEAR_1_DATES.items():
        write(content, f"days/{day:03}.md", day_post(day, f"2030-03-{march:02} 20:00"))
    write(
        content, "homework/002.md", "Day: 2\nTitle: Call one old colleague\n\nPick up the phone.\n"
    )
    write(
        content,
        "posts/essay.md",
        "Title: Between the rounds\nDate: 2030-03-13 10:00\nTags: practice\n\nAn essay.\n",
    )


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rounds") / "content"
    first_round(folder)
    for day, march in YEAR_2_DATES.items():
        write(
            folder,
            f"days/year-2/{day:03}.md",
            day_post(day, f"2030-03-{march:02} 20:00", f"Second round, day {day}"),
        )
    write(
        folder,
        "homework/year-2/002.md",
        "Day: 2\nTitle: Call two old colleagues\n\nTwice the calls.\n",
    )
    return folder


@pytest.fixture(scope="module")
def site(content):
    result = build(content, content.parent / "output", epoch=TODAY_EPOCH, CHALLENGES=ROUNDS)
    assert result.returncode == 0, result.log
    return result


@pytest.fixture(scope="module")
def one_challenge(tmp_path_factory):
    """The first round's posts alone, under CHALLENGE: what the blog was before its second round."""
    folder = tmp_path_factory.mktemp("one") / "content"
    first_round(folder)
    result = build(folder, folder.parent / "output", epoch=TODAY_EPOCH, CHALLENGE=ONE)
    assert result.returncode == 0, result.log
    return result


def feed_ids(site, name: str) -> dict[str, str]:
    """Atom entry id by its link, of one feed."""
    root = ET.fromstring((site.output / "feeds" / name).read_bytes())
    return {
        e.find(f"{ATOM}link").get("href"): e.find(f"{ATOM}id").text
        for e in root.iter(f"{ATOM}entry")
    }


def text(html: str) -> str:
    """Visible text, roughly: tags out, spaces folded."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " "))


def test_both_rounds_are_published_with_their_own_addresses(site):
    for day in YEAR_1_DATES:
        assert (site.output / "day" / str(day) / "index.html").is_file()
    for day in YEAR_2_DATES:
        assert (site.output / "year-2" / "day" / str(day) / "index.html").is_file()
    assert not (site.output / "year-1").exists()
    second = text(site.page("/year-2/day/2/"))
    assert "Year 2 · Day 2 of 10" in second
    assert "Second round, day 2" in second and "Homework: Call two old colleagues" in second
    first = text(site.page("/day/2/"))
    assert "Year 1 · Day 2 of 10" in first and "Homework: Call one old colleague" in first
    assert "<title>Year 2 · Day 2: Second round, day 2 · " in site.page("/year-2/day/2/")
    # Neighbours stay in their round.
    assert re.findall(r'rel="(?:prev|next)" href="([^"]+)"', site.page("/year-2/day/1/")) == [
        "../../../year-2/day/2/"
    ]
    assert 'href="../../../challenge/year-2/">All days of Year 2</a>' in site.page("/year-2/day/1/")


def test_each_round_has_its_progress_page_and_challenge_shows_the_one_in_progress(site):
    now = text(site.page("/challenge/"))
    assert "Year 2: Ten more days" in now
    assert "Today Day 5 of 10" in now
    assert "Current streak 3 days, 1 missed day forgiven" in now
    assert "Consistency (4 days due) 75.0% posted, 75.0% on time" in now
    assert 'href="../challenge/year-1/"' in site.page("/challenge/")
    year_1 = text(site.page("/challenge/year-1/"))
    assert "Year 1: Ten days of calls" in year_1 and "Today Finished" in year_1
    # Day 4 missed, and forgiven: Days 1-3 and 5-10 are one streak of 9 posted days.
    assert "Longest streak 9 days, 1 missed day forgiven" in year_1
    assert "Missed 1 day" in year_1
    assert "Sunday 3 March: rest day, nothing due" in year_1
    assert "Sunday 10 March: rest day, nothing due" in year_1
    assert year_1.count("rest day, nothing due") == 3  # the legend and two Sundays
    assert 'aria-current="page">Year 1: Ten days of calls' in site.page("/challenge/year-1/")
    assert "Sunday 17 March: rest day, nothing due" in text(site.page("/challenge/year-2/"))
    home = text(site.page("/"))
    assert "Year 2 · Day 5 of 10" in home


def test_challenge_json_lists_the_rounds(site):
    data = site.json("challenge.json")
    assert (data["slug"], data["today"], data["published"]) == ("year-2", 5, [1, 2, 3])
    assert [r["slug"] for r in data["rounds"]] == ["year-1", "year-2"]
    year_1, year_2 = data["rounds"]
    assert year_1["missed"] == [4] and year_1["published"] == [1, 2, 3, 5, 6, 7, 8, 9, 10]
    assert year_1["rest"] == {"weekdays": ["sunday"], "dates": []}
    assert (year_2["current_streak"], year_2["current_streak_forgiven"]) == (3, 1)
    assert year_1["homework"] == [2] and year_2["homework"] == [2]
    assert year_2["posts"][1]["url"] == "http://127.0.0.1:8000/year-2/day/2/"
    assert year_2["page"] == "http://127.0.0.1:8000/challenge/year-2/"


def test_feeds_span_the_rounds_and_every_id_differs(site):
    every = feed_ids(site, "all.atom.xml")
    homework = feed_ids(site, "homework.atom.xml")
    tag = feed_ids(site, "tag/practice.atom.xml")
    assert len(every) == len(YEAR_1_DATES) + len(YEAR_2_DATES) + 1
    ids = list(every.values()) + list(homework.values())
    assert len(set(ids)) == len(ids)
    assert set(tag) == set(every)  # the tag's feed spans both rounds, as its page does
    assert every["http://127.0.0.1:8000/year-2/day/2/"] == "tag:connect365.example,2030-03-15:day/2"
    assert every["http://127.0.0.1:8000/day/2/"] == "tag:connect365.example,2030-03-01:day/2"
    titles = (site.output / "feeds" / "homework.atom.xml").read_text()
    assert "Year 2 · Day 2 homework: Call two old colleagues" in titles
    tag_page = text(site.page("/tag/practice/") + site.page("/tag/practice/page/2/"))
    assert "Second round, day 3" in tag_page and "Day 10 title" in tag_page


def test_the_calendar_file_covers_every_round(site):
    calendar = Calendar.from_ical((site.output / "challenge.ics").read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == len(YEAR_1_DATES) + len(YEAR_2_DATES)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    by_summary = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    assert str(by_summary["Year 1 · Day 9: Day 9 title"]) == "2030-03-11"  # after a rest Sunday
    assert str(by_summary["Year 2 · Day 3: Second round, day 3"]) == "2030-03-18"


def test_the_first_round_keeps_its_urls_and_feed_ids(site, one_challenge):
    before = feed_ids(one_challenge, "all.atom.xml")
    after = feed_ids(site, "all.atom.xml")
    assert before and all(after[url] == item_id for url, item_id in before.items())
    assert (
        feed_ids(one_challenge, "homework.atom.xml").items()
        <= feed_ids(site, "homework.atom.xml").items()
    )
    pages = {
        p.relative_to(one_challenge.output).as_posix()
        for p in one_challenge.output.rglob("day/*/index.html")
    }
    assert pages == {f"day/{d}/index.html" for d in YEAR_1_DATES}
    assert all((site.output / p).is_file() for p in pages)
    one = one_challenge.json("challenge.json")
    assert [r["slug"] for r in one["rounds"]] == [""]
    assert "Day 2 of 10" in text(one_challenge.page("/day/2/"))
    assert "Year 1" not in one_challenge.page("/day/2/")


def test_a_day_twice_in_one_round_is_refused_and_once_in_each_round_is_fine(tmp_path, content):
    copy = tmp_path / "content"
    for path in content.rglob("*.md"):
        write(copy, path.relative_to(content).as_posix(), path.read_text())
    write(copy, "days/year-2/002-again.md", day_post(2, "2030-03-17 20:00", "Again"))
    failed = build(copy, tmp_path / "output", epoch=TODAY_EPOCH, CHALLENGES=ROUNDS)
    assert failed.returncode == 1
    lines = [line for line in failed.log.splitlines() if ": Day: Day 2 also has" in line]
    assert [line.split(": Day:")[0].rsplit("/", 2)[-2:] for line in lines] == [
        ["year-2", "002-again.md"],
        ["year-2", "002.md"],
    ]
    assert "days/002.md" not in failed.log  # the first round's Day 2 is another day


def check(content: Path, *settings: str) -> tuple[int, str]:
    from connect365.checking.__main__ import main

    out = io.StringIO()
    with (
        source_date_epoch(TODAY_EPOCH),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(out),
    ):
        code = main([str(content), "-s", str(REPO / "pelicanconf.py"), "-e", *settings])
    return code, out.getvalue()


def test_make_check_knows_which_round_a_file_belongs_to(tmp_path, content):
    copy = tmp_path / "content"
    for path in content.rglob("*.md"):
        write(copy, path.relative_to(content).as_posix(), path.read_text())
    write(copy, "days/year-2/011.md", day_post(11, "2030-03-19 20:00"))
    write(copy, "homework/year-2/009.md", "Day: 9\nTitle: Nothing yet\n\nA day with no post.\n")
    code, said = check(copy, f"CHALLENGES={json.dumps(ROUNDS)}", "SEARCH_INDEX=false")
    assert code == 1
    assert "days/year-2/011.md: Day: must be a whole number from 1 to 10, not '11'" in said
    # Day 9 has a post in Year 1, not in Year 2.
    assert "homework/year-2/009.md: Day: Day 9 has no post; homework needs its day's post" in said
    assert "days/009.md" not in said


def test_new_day_writes_into_the_round_in_progress(tmp_path, content):
    from connect365.settings import load

    from tools.new_day import new_day

    copy = tmp_path / "content"
    for path in content.rglob("*.md"):
        write(copy, path.relative_to(content).as_posix(), path.read_text())
    with source_date_epoch(TODAY_EPOCH):
        settings = load(
            str(REPO / "pelicanconf.py"), str(copy), [f"CHALLENGES={json.dumps(ROUNDS)}"]
        )
        written = new_day(copy, settings, "Back at it")
    assert [p.relative_to(copy).as_posix() for p in written] == [
        "days/year-2/004-back-at-it.md",
        "homework/year-2/004.md",
    ]


@pytest.mark.parametrize(
    ("rounds", "message"),
    [
        (
            [YEAR_1, {**YEAR_2, "start": "2030-03-12"}],
            "CHALLENGES[2] (year-2): start: 2030-03-12 is not after the last day of year-1 "
            "(2030-03-12); rounds may not overlap",
        ),
        (
            [YEAR_1, {**YEAR_2, "slug": "Year 2!"}],
            "CHALLENGES[2] (Year 2!): slug: must be one URL segment of lower-case letters, "
            "digits and hyphens (such as 'year-2'), not 'Year 2!'",
        ),
        (
            [YEAR_1, {k: v for k, v in YEAR_2.items() if k != "slug"}],
            "CHALLENGES[2]: slug: missing; every round needs one, such as 'year-2'",
        ),
        (
            [YEAR_1, {**YEAR_2, "slug": "year-1"}],
            "CHALLENGES[2] (year-1): slug: 'year-1' is also the slug of CHALLENGES[1] (year-1)",
        ),
        # A later round is published at /<slug>/day/N/: never inside the site's own folders.
        (
            [YEAR_1, {**YEAR_2, "slug": "tag"}],
            "CHALLENGES[2] (tag): slug: 'tag' is one of the site's own folders (/tag/)",
        ),
        (
            [YEAR_1, {**YEAR_2, "slug": "pagefind"}],
            "CHALLENGES[2] (pagefind): slug: 'pagefind' is one of the site's own folders",
        ),
    ],
)
def test_rounds_that_cannot_work_are_refused_at_start_up(tmp_path, rounds, message):
    write(tmp_path / "content", "days/001.md", day_post(1, "2030-03-01 20:00"))
    failed = build(tmp_path / "content", tmp_path / "output", epoch=TODAY_EPOCH, CHALLENGES=rounds)
    assert failed.returncode == 1
    assert message in failed.log


def test_a_slug_that_is_a_folder_of_the_sites_own_settings_is_refused(tmp_path):
    write(tmp_path / "content", "days/001.md", day_post(1, "2030-03-01 20:00"))
    rounds = [YEAR_1, {**YEAR_2, "slug": "find"}]
    failed = build(
        tmp_path / "content",
        tmp_path / "output",
        epoch=TODAY_EPOCH,
        CHALLENGES=rounds,
        SEARCH_URL="find/",
        SEARCH_SAVE_AS="find/index.html",
    )
    assert failed.returncode == 1
    assert "CHALLENGES[2] (find): slug: 'find' is one of the site's own folders (/find/)" in (
        failed.log
    )


def test_a_day_post_in_a_folder_that_is_no_round_is_refused_by_name(tmp_path, content):
    copy = tmp_path / "content"
    for path in content.rglob("*.md"):
        write(copy, path.relative_to(content).as_posix(), path.read_text())
    write(copy, "days/year-3/004.md", day_post(4, "2030-03-19 20:00", "Lost"))
    write(copy, "homework/yera-2/001.md", "Day: 1\nTitle: Misspelt\n\nA typo in the folder.\n")
    code, said = check(copy, f"CHALLENGES={json.dumps(ROUNDS)}", "SEARCH_INDEX=false")
    assert code == 1
    assert (
        "days/year-3/004.md: folder: days/year-3/ is not a round's folder: the first round's "
        "files are in days/ itself and the rounds after the first have days/year-2/; move the "
        "file, or add a round with slug 'year-3'"
    ) in said
    assert "homework/yera-2/001.md: folder: homework/yera-2/ is not a round's folder" in said
    failed = build(copy, tmp_path / "output", epoch=TODAY_EPOCH, CHALLENGES=ROUNDS)
    assert failed.returncode == 1
    assert "days/year-3/004.md: folder: days/year-3/ is not a round's folder" in failed.log


def test_every_problem_of_the_rounds_in_one_run(tmp_path):
    wrong = [
        {
            **YEAR_1,
            "grace": -1,
            "rest": [
                *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            ],
        },
        {**YEAR_2, "start": "2030-03-02"},
    ]
    write(tmp_path / "content", "days/001.md", day_post(1, "2030-03-01 20:00"))
    failed = build(tmp_path / "content", tmp_path / "output", epoch=TODAY_EPOCH, CHALLENGES=wrong)
    assert failed.returncode == 1
    assert (
        "CHALLENGES[1] (year-1): rest: rests on every day of the week, so no day is ever due; "
        "CHALLENGES[1] (year-1): grace: must be a whole number of 0 or more, not -1"
    ) in failed.log


# In Chromium: the reader's own pace follows the rest days, round by round.

NOON = datetime(2030, 3, 20, 12, 0)  # the fixture's "today"
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def site_url(site):
    with served(site.output) as url:
        yield url


def start_on(page, url: str, start: str) -> None:
    page.clock.set_fixed_time(NOON)
    page.goto(url)
    page.get_by_label("Start the challenge yourself").fill(start)
    page.get_by_role("button", name="Start").click()


def test_a_readers_own_start_skips_the_rest_days(browser, site_url):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    # From Sunday 17 March (a rest day): Day 1 Mon 18, Day 2 Tue 19, Day 3 Wed 20.
    start_on(page, site_url + "/challenge/", "2030-03-17")
    expect(page.locator(".your-today")).to_have_text(
        "Your Day 3 of 10: Year 2 · Day 3: Second round, day 3."
    )
    # The first round keeps a start of its own: from Sat 9 March, Wed 20 is Day 10
    # (Sundays 10 and 17 March skipped; 12 calendar days).
    start_on(page, site_url + "/challenge/year-1/", "2030-03-09")
    expect(page.locator(".your-today")).to_have_text(
        "Your Day 10 of 10: Year 1 · Day 10: Day 10 title."
    )
    page.clock.set_fixed_time(NOON)
    page.goto(site_url + "/challenge/year-2/")
    expect(page.locator(".your-today")).to_contain_text("Your Day 3 of 10")
    # Their calendar file: from Sat 16 March, Day 2 is Monday 18 (Sunday 17 skipped).
    page.get_by_role("button", name="Change my start date").click()
    page.get_by_label("Start the challenge yourself").fill("2030-03-16")
    page.get_by_role("button", name="Start").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my calendar (.ics)").click()
    calendar = Calendar.from_ical(Path(download.value.path()).read_bytes())
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}
    assert starts == {
        "Year 2 · Day 1: Second round, day 1": date(2030, 3, 16),
        "Year 2 · Day 2: Second round, day 2": date(2030, 3, 18),
        "Year 2 · Day 3: Second round, day 3": date(2030, 3, 19),
    }
    context.close()


@pytest.mark.parametrize(
    ("name", "url"), [("rest-calendar", "/challenge/year-1/"), ("round-2-day", "/year-2/day/2/")]
)
def test_rest_days_and_a_later_round_pass_axe_and_are_photographed(browser, site_url, name, url):
    page = browser.new_page(viewport={"width": 768, "height": 900})
    page.clock.set_fixed_time(NOON)
    page.goto(site_url + url)
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert axe_violations(page) == [], scheme
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"{name}-{scheme}.png", full_page=True)
    page.close()


def test_the_two_round_site_is_valid_html_with_no_warning(site):
    assert [line for line in site.log.splitlines() if line.startswith("WARNING")] == []
    checked = nu_check(site.output)
    assert checked.returncode == 0, checked.stdout + checked.stderr
