"""`make import`: original exports of every kind become a working site, and a second
import changes nothing.

The exports in `fixtures/imports/` are original writing with each platform's
quirks: WordPress's unwrapped paragraphs, `[caption]`, `<!--more-->`, share
blocks and a repeated and a zero day; Blogger's comments and settings mixed
with posts and a "Homework" heading; a feed with R1D12-style titles; a
#100DaysOfCode log with dates on and under its headings.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import zlib
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from connect365.importer.__main__ import main as make_import
from support import REPO, build, tree_digest, write

EXPORTS = Path(__file__).parent / "fixtures" / "imports"


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    write(folder, "pages/about.md", "Title: About\n\nAbout this blog.\n")
    return folder


def run_import(source: Path, content: Path, challenge: dict, *extra: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        code = make_import(
            [str(source), str(content), "-e", f"CHALLENGE={json.dumps(challenge)}", *extra]
        )
    assert code == 0, out.getvalue()
    return out.getvalue()


def png() -> bytes:
    """A 1x1 PNG, made here."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x0b\x5d\x8f"))
        + chunk(b"IEND", b"")
    )


WORDPRESS = {"name": "Connect Daily", "length": 365, "start": "2016-05-01"}
# 2016-05-20 12:00 in America/Chicago
MAY_20 = "1463763600"


def test_a_wordpress_export_becomes_a_working_site(content, tmp_path):
    uploads = tmp_path / "uploads" / "2016" / "05"
    uploads.mkdir(parents=True)
    (uploads / "address-book.png").write_bytes(png())
    said = run_import(
        EXPORTS / "wordpress.xml", content, WORDPRESS, "--uploads", str(tmp_path / "uploads")
    )
    assert "7 day posts, 5 homework, 1 ordinary post, 1 page, 8 redirects, 1 image copied" in said
    assert "item 9: 'Day 0: Before it begins': Day 0 is outside 1 to 365" in said
    assert (
        "item 8: 'Day 7: Groups in your field (repost)': Day 7 again (first: wordpress.xml: item 6)"
        in said
    )
    assert "CHALLENGE = {'name': '...', 'length': 100, 'start': '2016-05-01'}" in said

    site = build(
        content, tmp_path / "output", epoch=MAY_20, CHALLENGE=WORDPRESS, LINK_CHECK="error"
    )
    assert site.returncode == 0, site.log
    challenge = site.json("challenge.json")
    assert challenge["published"] == [1, 2, 3, 4, 5, 7]  # Day 8 is a draft
    day1 = site.page("/day/1/")
    assert '<time datetime="2016-05-01T21:00:00-05:00">' in day1
    assert "Share this:" not in day1 and "Facebook" not in day1 and "more--" not in day1
    assert "Write down five people you have lost touch" in day1  # its homework, attached
    assert 'href="../../tag/networking-basics/"' in day1
    day2 = site.page("/day/2/")
    assert "<figcaption>The address book I found in a drawer</figcaption>" in day2
    assert 'src="../../days/images/address-book.png"' in day2
    assert (site.output / "days" / "images" / "address-book.png").read_bytes() == png()
    day3 = site.page("/day/3/")
    assert "Pick a date this month and invite someone for coffee" in day3
    assert (
        "Homework" in site.page("/homework/")
        and site.page("/homework/").count('class="assignment"') == 5
    )
    assert "Watch or listen: https://video.example/embed/follow-up" in site.page("/day/5/")
    guest = site.page("/posts/2016/a-guest-post-what-volunteering-taught-me/")
    assert "Networks grow wherever people work together" in guest and ">Guest posts</a>" in guest


def test_old_addresses_redirect_to_pages_that_exist(content, tmp_path):
    run_import(EXPORTS / "wordpress.xml", content, WORDPRESS)
    site = build(content, tmp_path / "output", epoch=MAY_20, CHALLENGE=WORDPRESS)
    assert site.returncode == 0, site.log
    rules = (site.output / "_redirects").read_text().splitlines()
    assert "/2016/05/01/day-1-why-a-year-of-connections/ /day/1/ 301" in rules
    assert len(rules) == 8  # 6 days, a post and the About page; the draft's stays unpublished
    for rule in rules:
        old, new, _ = rule.split()
        page = site.page(old)
        assert f'<meta http-equiv="refresh" content="0; url=http://127.0.0.1:8000{new}">' in page
        assert f'<link rel="canonical" href="http://127.0.0.1:8000{new}">' in page
        assert (site.output / new.strip("/") / "index.html").is_file(), new


def test_feeds_keep_the_ids_subscribers_have_seen(content, tmp_path):
    run_import(EXPORTS / "wordpress.xml", content, WORDPRESS)
    site = build(content, tmp_path / "output", epoch=MAY_20, CHALLENGE=WORDPRESS)
    rss = (site.output / "feeds" / "all.rss.xml").read_text()
    for post in (101, 102, 103, 104, 105, 106, 107):
        assert f'<guid isPermaLink="false">https://connectdaily.example/?p={post}</guid>' in rss


def test_a_second_import_changes_nothing_and_edits_are_kept(content, tmp_path):
    run_import(EXPORTS / "wordpress.xml", content, WORDPRESS)
    before = tree_digest(content)
    again = run_import(EXPORTS / "wordpress.xml", content, WORDPRESS)
    assert "files: 0 written, 14 unchanged, 0 kept" in again
    assert tree_digest(content) == before
    edited = next((content / "days").glob("003-*.md"))
    edited.write_text(edited.read_text() + "\nMy own note.\n")
    kept = run_import(EXPORTS / "wordpress.xml", content, WORDPRESS)
    assert f"kept: days/{edited.name}" in kept and edited.read_text().endswith("My own note.\n")
    forced = run_import(EXPORTS / "wordpress.xml", content, WORDPRESS, "--force")
    assert "files: 1 written, 13 unchanged, 0 kept" in forced
    assert not edited.read_text().endswith("My own note.\n")


def test_a_dry_run_writes_nothing(content):
    before = tree_digest(content)
    said = run_import(EXPORTS / "wordpress.xml", content, WORDPRESS, "--dry-run")
    assert "(dry run: nothing written)" in said and "files: 14 written" in said
    assert tree_digest(content) == before


def test_a_blogger_export(content, tmp_path):
    challenge = {"name": "Talk Daily", "length": 30, "start": "2024-01-01"}
    said = run_import(EXPORTS / "blogger.xml", content, challenge)
    assert "6 day posts, 3 homework, 1 ordinary post, 0 pages, 6 redirects" in said
    site = build(content, tmp_path / "output", epoch="1705000000", CHALLENGE=challenge)
    assert site.returncode == 0, site.log
    assert site.json("challenge.json")["published"] == [1, 2, 3, 4, 5]  # Day 6 is a draft
    day1 = site.page("/day/1/")
    assert "Say hello first to three people this" in day1 and "Post a Comment" not in day1
    assert '<time datetime="2024-01-01T19:30:00+01:00">' in day1
    assert (site.output / "2024" / "01" / "day-1-say-hello-first.html").is_file()
    assert "Great post" not in "".join(
        p.read_text() for p in site.output.rglob("*.html")
    )  # comments stay out


def test_a_feed_with_r1d_titles(content, tmp_path):
    challenge = {"name": "Run log", "length": 100, "start": "2025-06-01"}
    said = run_import(EXPORTS / "feed.rss", content, challenge)
    assert "6 day posts, 1 homework, 1 ordinary post" in said
    site = build(content, tmp_path / "output", epoch="1749600000", CHALLENGE=challenge)
    assert site.returncode == 0, site.log
    assert site.json("challenge.json")["published"] == [1, 2, 3, 4, 5, 6]
    assert "introduce two people who should know each" in site.page("/day/2/")
    assert ">Lee Park</" in site.page("/day/1/") or "Lee Park" in site.page("/day/1/")


def test_a_markdown_log_counts_days_worked(content, tmp_path):
    challenge = {"name": "100 days", "length": 100, "start": "2025-03-03", "pace": "count"}
    said = run_import(EXPORTS / "log.md", content, challenge)
    assert "5 day posts, 2 homework" in said
    assert (
        "line 34: 'Day 4: Oops, numbered this one wrong': Day 4 again (first: log.md: line 30)"
        in said
    )
    assert "'pace': 'count'" in said
    site = build(content, tmp_path / "output", epoch="1741800000", CHALLENGE=challenge)  # 12 March
    assert site.returncode == 0, site.log
    data = site.json("challenge.json")
    assert data["published"] == [1, 2, 3, 4, 5] and data["missed"] == [] and data["catch_up"] == []
    assert data["longest_streak"] == 2  # 3-4 March, then 6-7 March
    assert "Tag ten of your own contacts" in site.page("/day/2/")
    assert '<span class="n">rows</span>' in site.page("/day/3/")


def test_make_import_takes_its_source_as_data(content, tmp_path):
    marker = REPO / "import-ran"
    source = tmp_path / "export $(touch import-ran) `touch import-ran`.xml"
    shutil.copy(EXPORTS / "wordpress.xml", source)
    done = subprocess.run(
        ["make", "-s", "import", f"INPUTDIR={content}", f"SOURCE={source}", "DRY_RUN=1"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "(dry run: nothing written)" in done.stdout and not marker.exists()


def test_two_commands_make_a_working_site(tmp_path):
    """`make import SOURCE=export.xml` then the build `make serve` runs: nothing else to set."""
    blog, output = tmp_path / "blog", tmp_path / "output"
    blog.mkdir()
    env = {**os.environ, "SOURCE_DATE_EPOCH": MAY_20}
    imported = subprocess.run(
        ["make", "-s", "import", f"INPUTDIR={blog}", f"SOURCE={EXPORTS / 'wordpress.xml'}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
    )
    assert imported.returncode == 0, imported.stderr
    assert f"wrote {blog}/challenge.json" in imported.stdout
    built = subprocess.run(
        [
            "make",
            "-s",
            "html",
            f"INPUTDIR={blog}",
            f"OUTPUTDIR={output}",
            "PELICANOPTS=-e SEARCH_INDEX=false",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    challenge = json.loads((output / "challenge.json").read_text())
    assert (challenge["name"], challenge["start"], challenge["published"]) == (
        "Connect Daily",
        "2016-05-01",
        [1, 2, 3, 4, 5, 7],
    )
    assert "Why a year of connections" in (output / "day" / "1" / "index.html").read_text()
    assert (
        "url=http://127.0.0.1:8000/day/1/"
        in (
            output / "2016" / "05" / "01" / "day-1-why-a-year-of-connections" / "index.html"
        ).read_text()
    )


def test_an_import_next_to_existing_days_leaves_them_alone(tmp_path):
    content = tmp_path / "content"
    write(content, "days/001-mine.md", "Title: Mine\nDate: 2016-05-01 20:00\nDay: 1\n\nMy own.\n")
    said = run_import(EXPORTS / "wordpress.xml", content, WORDPRESS)
    assert (
        f"'Day 1: Why a year of connections': Day 1 already has a post: {content}/days/001-mine.md"
        in said
    )
    assert not (content / "challenge.json").exists()
    assert sorted(p.name for p in (content / "days").glob("001-*")) == ["001-mine.md"]
