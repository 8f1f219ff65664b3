"""`make import` on exports in the shapes real ones come in (#23): every item accounted for, and the result builds.

The fixtures are original, written in the shapes of real files: WXR 1.0,
1.1 and 1.2 under the https namespace (`wxr-*.xml`), a cut-off export
(`malformed.xml`), Blogger drafts with no address and Takeout's layout,
a FeedBurner feed with `origLink`, flare and pixels, a Jekyll `_posts`
folder, a Hugo `content/` folder (YAML and TOML front matter,
`[permalinks]`) and a Pelican folder (`Key: value` headers, `{filename}`
links).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from connect365.importer.__main__ import main as make_import
from support import REPO, build

EXPORTS = Path(__file__).parent / "fixtures" / "imports"
CHALLENGE = {"name": "Shapes", "length": 365, "start": "2016-06-01"}
LATER = "1800000000"  # 2027-01-15: after every dated fixture, before the 2030 scheduled post


def run_import(source: Path, content: Path, *extra: str, ok: bool = True) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = make_import(
            [str(source), str(content), "-e", f"CHALLENGE={json.dumps(CHALLENGE)}", *extra]
        )
    if ok:
        assert code == 0, out.getvalue() + err.getvalue()
    return code, out.getvalue(), err.getvalue()


def imported_site(tmp_path_factory, source: str, settings: str = "pelicanconf.py"):
    folder = tmp_path_factory.mktemp(source.replace(".", "-").strip("/"))
    return imported_site_at(folder, source, settings)


def imported_site_at(folder: Path, source: str, settings: str = "pelicanconf.py"):
    _, said, _ = run_import(EXPORTS / source, folder / "content")
    site = build(
        folder / "content", folder / "output", epoch=LATER, CHALLENGE=CHALLENGE, settings=settings
    )
    assert site.returncode == 0, said + site.log
    return said, folder / "content", site


@pytest.fixture(scope="module")
def hearth(tmp_path_factory):
    return imported_site(tmp_path_factory, "wxr-https.xml")


@pytest.fixture(scope="module")
def code_coffee(tmp_path_factory):
    return imported_site(tmp_path_factory, "blogger-drafts.xml")


@pytest.fixture(scope="module")
def meetup(tmp_path_factory):
    return imported_site(tmp_path_factory, "feedburner.xml")


def text(page: str) -> str:
    """A page as a reader reads it: Typogrify's no-break spaces are spaces."""
    return page.replace("&nbsp;", " ").replace("\u00a0", " ")


def header(path: Path) -> dict[str, str]:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines())


# 1. WXR 1.0, 1.1 and the https namespace


@pytest.mark.parametrize("export", ["wxr-1.0.xml", "wxr-1.1.xml"])
def test_older_wordpress_exports_import_whole(export, tmp_path):
    _, said, _ = run_import(EXPORTS / export, tmp_path / "content")
    assert f"{export} (WordPress export): 3 items: 2 day posts, 1 page" in said
    day1 = header(next((tmp_path / "content" / "days").glob("001-*.md")))
    assert day1["Tags"] == "Neighbours, street"  # 1.0's bare <category> read once
    assert day1["Date"] == "2010-02-01 19:00:00+01:00"
    assert (tmp_path / "content" / "homework" / "002.md").is_file()
    assert (
        header(tmp_path / "content" / "pages" / "about-the-porch.md")["Title"] == "About the porch"
    )


def test_the_https_namespace_imports_whole(hearth):
    said, _content, _ = hearth
    assert (
        "wxr-https.xml (WordPress export): 18 items: 3 day posts, 8 posts, 1 page; "
        "6 skipped (attachment 2, menu item 1, password-protected 1, private 1, trashed 1)"
    ) in said


# 2. Malformed XML


def test_a_malformed_file_is_one_line_and_the_rest_imports(tmp_path):
    sources = tmp_path / "exports"
    sources.mkdir()
    for name in ("malformed.xml", "wxr-1.0.xml", "notes.bin"):
        (sources / name).write_bytes((EXPORTS / name).read_bytes())
    code, said, err = run_import(sources, tmp_path / "content", ok=False)
    assert code == 1
    assert err == f"{sources}/malformed.xml: line 6, column 28: not well-formed (invalid token)\n"
    assert "Traceback" not in said + err
    assert "wxr-1.0.xml (WordPress export): 3 items: 2 day posts, 1 page" in said
    assert f"{sources}/notes.bin: not an export, a feed, a log or a post; skipped" in said
    assert len(list((tmp_path / "content" / "days").glob("*.md"))) == 2


# 3. Blogger drafts


def test_blogger_drafts_get_names_from_their_titles_and_build(code_coffee):
    said, content, _site = code_coffee
    assert sorted(p.name for p in (content / "days").glob("*.md")) == [
        "001-ask-the-person-who-wrote-it.md",
        "002-pair-for-an-hour.md",
    ]
    draft = header(content / "posts" / "notes-for-a-talk.md")
    assert draft["Status"] == "draft" and "Redirect_from" not in draft
    assert "Redirect_from" not in header(content / "days" / "002-pair-for-an-hour.md")
    assert (
        "blogger-drafts.xml (Blogger export): 6 items: 2 day posts, 1 post, 1 page; "
        "2 skipped (comment 1, setting 1)"
    ) in said


def test_a_blogger_takeout_export(tmp_path):
    _, said, _ = run_import(EXPORTS / "blogger-takeout.atom", tmp_path / "content")
    assert (
        "blogger-takeout.atom (Blogger export): 3 items: 1 day post; 2 skipped (comment 1, trashed 1)"
        in said
    )
    assert "entry 2: 'Day 2: Deleted': trashed, left out" in said
    day = header(tmp_path / "content" / "days" / "001-tea-with-a-stranger.md")
    assert day["Redirect_from"] == "/2021/04/day-1-tea-with-stranger.html"


# 4. Repeated slugs


def test_two_posts_with_one_slug_both_arrive(hearth):
    said, content, site = hearth
    assert "item 10: named 'same-name-2' ('same-name' is taken by wxr-https.xml: item 9)" in said
    assert "The first of two posts" in site.page("/posts/2016/same-name/")
    assert "The second of two posts" in site.page("/posts/2016/same-name-2/")
    written = [p for p in content.rglob("*.md")]
    assert len(written) == 3 + 8 + 1  # day posts, posts, the page: one file each


# 5. Repeated GUIDs


def test_a_repeated_guid_gets_an_id_of_its_own(hearth):
    _said, content, site = hearth
    assert header(content / "posts" / "same-name.md")["Id"] == "https://hearth.example/?p=300"
    assert header(content / "posts" / "same-name-2.md")["Id"] == "https://hearth.example/?p=300#2"
    rss = (site.output / "feeds" / "all.rss.xml").read_text()
    assert rss.count("https://hearth.example/?p=300</guid>") == 1
    assert rss.count("https://hearth.example/?p=300#2</guid>") == 1


# 6. Old paths that are this site's own pages


def test_old_paths_on_this_sites_pages_are_not_redirected(hearth):
    said, _content, site = hearth
    assert "item 7: no redirect from /archives/ (a page this site writes is there)" in said
    assert "item 8: no redirect from /tags/ (a page this site writes is there)" in said
    assert "Where the old posts are" in site.page("/posts/2016/archives/")
    assert "The tags we use" in text(site.page("/tags-2/"))
    assert 'http-equiv="refresh"' not in site.page("/archives/")


# 7. Embedded videos in Blogger and feeds


def test_blogger_videos_become_links(code_coffee):
    _, _, site = code_coffee
    day1 = site.page("/day/1/")
    assert "Watch or listen: https://www.youtube.com/embed/talk-on-reading-code" in day1


def test_feed_videos_become_links(meetup):
    _, _, site = meetup
    day2 = site.page("/day/2/")
    assert "Watch or listen: https://player.vimeo.example/video/42" in day2
    assert "Watch or listen: https://media.example/talk.swf" in day2


# 8. FeedBurner


def test_feedburner_posts_keep_their_real_address_and_lose_the_tracking(meetup):
    said, content, site = meetup
    day1 = header(content / "days" / "001-arrive-early.md")
    assert day1["Redirect_from"] == "/2011/11/02/day-1-arrive-early/"
    assert "url=http://127.0.0.1:8000/day/1/" in site.page("/2011/11/02/day-1-arrive-early/")
    page = site.page("/day/1/")
    assert "feedburner" not in page and "pixel.wp.com" not in page
    assert "The first ten minutes are the quietest" in page
    assert "left out: 1 flare, 3 tracking pixel" in said
    assert "still on the old site" not in said


# 9. Escaped angle brackets


def test_escaped_markup_stays_text(hearth):
    _, _, site = hearth
    day1 = site.page("/day/1/")
    assert "Collection&lt;HotelDto&gt; and a Map&lt;K, V&gt;" in day1
    assert "<HotelDto>" not in day1


# 10. Definition lists


def test_definition_lists_render(hearth):
    _, _, site = hearth
    day1 = text(site.page("/day/1/"))
    assert "<dt>Mentor / Sponsor</dt>" in day1
    assert "<dd>Someone who opens a door for you.</dd>" in day1
    assert "<dt>Peer</dt>" in day1


# 11. Draft dates


def test_a_wordpress_draft_keeps_the_date_its_author_gave(hearth):
    _, content, _ = hearth
    draft = header(content / "days" / "002-drafts-keep-their-date.md")
    assert draft["Date"] == "2016-06-02 20:00:00-04:00" and draft["Status"] == "draft"


# 12. Statuses


def test_private_password_and_trashed_posts_are_named_and_scheduled_ones_wait(hearth):
    said, content, site = hearth
    assert "item 4: 'Private thoughts': private, left out" in said
    assert "item 5: 'Members only': password-protected, left out" in said
    assert "item 6: 'Trash me': trashed, left out" in said
    assert not any("members" in p.name or "private" in p.name for p in content.rglob("*.md"))
    scheduled = header(content / "days" / "003-coming-soon.md")
    assert scheduled["Date"] == "2030-06-03 20:00:00-04:00" and "Status" not in scheduled
    assert not (site.output / "day" / "3").exists()  # published when its date comes


# 13. The smaller ones


def test_blogger_authors_lose_their_address_and_labels_split(code_coffee):
    _, content, site = code_coffee
    day1 = header(content / "days" / "001-ask-the-person-who-wrote-it.md")
    assert day1["Author"] == "Maya Okafor"
    assert day1["Tags"] == "Java, JPA, Hibernate"
    assert "noreply@blogger.com" not in site.page("/day/1/")
    assert 'href="../../tag/hibernate/"' in site.page("/day/1/")


def test_untitled_posts_get_names_of_their_own(hearth):
    said, content, site = hearth
    assert "item 11: no title; titled 'A thought without a title' from its first words" in said
    assert "It still counts" in site.page("/posts/2016/a-thought-without-a-title/")
    assert "Another thought" in site.page("/posts/2016/another-thought-without-a-title/")
    assert not (content / "posts" / "day-0.md").exists()


def test_query_addresses_are_named(hearth):
    said, _, _ = hearth
    assert (
        "item 11: no redirect from https://hearth.example/?p=211 "
        "(an address with a query, which a static page cannot answer)"
    ) in said


def test_direction_marks_leave_the_slug(hearth):
    _, content, site = hearth
    assert header(content / "posts" / "shalom.md")["Slug"] == "shalom"
    assert "Greetings in many languages" in site.page("/posts/2016/shalom/")


def test_a_gallery_becomes_its_images(hearth):
    _said, _content, site = hearth
    party = site.page("/posts/2016/street-party/")
    assert 'src="https://hearth.example/wp-content/uploads/2016/06/party-one.jpg"' in party
    assert 'src="https://hearth.example/wp-content/uploads/2016/06/party-two.jpg"' in party
    lost = site.page("/posts/2016/lost-gallery/")
    assert "A gallery was here on the old site" in lost


def test_links_into_the_old_page_keep_their_text(tmp_path):
    said, _, site = imported_site_at(tmp_path, "wxr-https.xml", "publishconf.py")
    archives = text(site.page("/posts/2016/archives/"))
    body = archives.split('class="post-body"', 1)[1].split("</article>", 1)[0]
    assert "Back to the top, or see the note." in body and 'href="#top"' not in body
    assert "2 link to a place in the old page" in said


def test_an_export_that_uses_a_prefix_it_never_declares(tmp_path):
    """Blogger exports edited by hand drop `xmlns:app`; the prefix's meaning is not in doubt."""
    export = tmp_path / "blog.xml"
    undeclared = (EXPORTS / "blogger-drafts.xml").read_text()
    export.write_text(undeclared.replace(" xmlns:app='http://purl.org/atom/app#'", ""))
    _, said, err = run_import(export, tmp_path / "content")
    assert err == ""
    assert f"{export}: uses XML prefixes it does not declare; read with the usual ones" in said
    assert "blog.xml (Blogger export): 6 items: 2 day posts, 1 post, 1 page" in said
    assert header(tmp_path / "content" / "posts" / "notes-for-a-talk.md")["Status"] == "draft"


# Folders from other generators


def test_a_jekyll_folder(tmp_path_factory):
    said, content, site = imported_site(tmp_path_factory, "jekyll")
    assert "jekyll/ (Jekyll folder): 4 items: 3 day posts, 1 page" in said
    day11 = header(content / "days" / "011-lunch-with-sales.md")
    assert day11["Redirect_from"] == "/2019/05/day-11-lunch-with-sales/"
    assert day11["Tags"] == "lunch, sales"
    assert header(content / "days" / "012-ask-about-their-week.md")["Date"] == (
        "2019-05-12 13:15:00+01:00"
    )
    assert header(content / "days" / "013-unfinished.md")["Status"] == "draft"
    page = site.page("/day/11/")
    assert '<span class="n">names</span>' in page and "{%" not in page
    assert 'href="../../day/12/"' in page  # {% post_url %} leads to the imported post
    assert "url=http://127.0.0.1:8000/day/12/" in site.page("/2019/05/day-12/")


def test_a_hugo_folder(tmp_path_factory):
    said, content, site = imported_site(tmp_path_factory, "hugo")
    assert (
        "hugo/ (Hugo folder): 5 items: 3 day posts, 1 page; 1 skipped (section list page 1)"
    ) in said
    day3 = header(content / "days" / "003-bring-a-book-you-did-not-finish.md")
    assert day3["Redirect_from"] == "/2022/09/day-3-unfinished-books/"
    assert day3["Tags"] == "books, honesty"
    assert header(content / "days" / "005-not-yet.md")["Status"] == "draft"
    day3_page = site.page("/day/3/")
    assert "https://www.youtube.com/watch?v=dQw4w9WgXcQ" in day3_page and "{{" not in day3_page
    assert (site.output / "days" / "images" / "box.png").is_file()
    assert "We swap books" in text(site.page("/about/"))


def test_a_pelican_folder(tmp_path_factory):
    said, content, site = imported_site(tmp_path_factory, "pelican", settings="publishconf.py")
    day20 = header(content / "days" / "020-swap-seeds.md")
    assert day20["Redirect_from"] == "/2021/04/day-20-swap-seeds/"
    assert header(content / "days" / "019-plan-the-swap.md")["Redirect_from"] == (
        "/2021/04/day-19-plan-the-swap/"
    )
    page = site.page("/day/20/")
    assert 'href="https://connect365.example/day/19/"' in page
    assert 'href="https://connect365.example/contact/"' in page
    assert "an old note" in text(page) and "gone.md" not in page
    assert "link to gone.md not imported; its text kept" in said


# make import INPUTDIR=folder


def test_make_import_creates_its_folder(tmp_path):
    blog = tmp_path / "new blog" / "content"
    done = subprocess.run(
        ["make", "-s", "import", f"INPUTDIR={blog}", f"SOURCE={EXPORTS / 'wxr-1.0.xml'}"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in (blog / "days").iterdir()) == [
        "001-wave-at-the-neighbours.md",
        "002-learn-one-name.md",
    ]


# The corpus: every fixture at once


def independent_count(path: Path) -> int:
    """Items in a source, counted without the importer: elements, sections or post files."""
    if path.is_dir():
        return sum(
            1
            for p in path.rglob("*.md")
            if p.read_text(encoding="utf-8").startswith(("---", "+++", "Title:"))
        )
    if path.suffix == ".md":
        return len(re.findall(r"^#{1,3} Day \d+", path.read_text(encoding="utf-8"), re.M))
    root = ET.parse(path).getroot()
    local = root.tag.rsplit("}", 1)[-1]
    if local == "feed":
        return len(root.findall("{http://www.w3.org/2005/Atom}entry"))
    return len(root.findall("channel/item"))


@pytest.mark.parametrize("settings", ["pelicanconf.py", "publishconf.py"])
def test_every_fixture_imports_and_builds(settings, tmp_path):
    content = tmp_path / "content"
    code, said, err = run_import(EXPORTS, content, ok=False)
    assert code == 1 and err.count("\n") == 1 and "malformed.xml: line 6, column 28" in err
    accounts = dict(re.findall(r"^  (\S+) \([^)]*\): (.*)$", said, re.M))
    sources = [
        p
        for p in sorted(EXPORTS.iterdir())
        if p.suffix in (".xml", ".atom", ".rss", ".md") or p.is_dir()
    ]
    sources = [p for p in sources if p.name != "malformed.xml"]
    assert sorted(accounts) == sorted(p.name + ("/" if p.is_dir() else "") for p in sources)
    for path in sources:
        line = accounts[path.name + ("/" if path.is_dir() else "")]
        items = int(re.match(r"(\d+) items?", line)[1])
        assert items == independent_count(path), (path, line)
        imported = sum(
            int(n) for n in re.findall(r"(\d+) (?:day posts?|posts?|pages?)\b", line.split(";")[0])
        )
        skipped = int(m[1]) if (m := re.search(r"; (\d+) skipped", line)) else 0
        reasons = (
            sum(int(n) for n in re.findall(r" (\d+)(?=[,)])", line.split(";")[-1]))
            if skipped
            else 0
        )
        assert imported + skipped == items and reasons == skipped, (path, line)
    site = build(content, tmp_path / "output", epoch=LATER, CHALLENGE=CHALLENGE, settings=settings)
    assert site.returncode == 0, said + site.log
    assert "ERROR" not in site.log


def test_a_caption_and_an_embed_address_are_text_not_markup():
    from connect365.importer.html import wordpress_html

    html = wordpress_html(
        '[caption id="c"]<img src="a.png" alt="A"> &lt;script&gt;x()&lt;/script&gt;[/caption]'
        '\n\n[embed]https://v.example/?a=1&b="2" onclick="x()"[/embed]',
        [],
    )
    assert "<script>" not in html and "&lt;script&gt;x()&lt;/script&gt;</figcaption>" in html
    assert 'href="https://v.example/?a=1&amp;b=&quot;2&quot; onclick=&quot;x()&quot;"' in html
