"""Hostile and broken input, as a table: each row is refused by name, or rendered inert.

Every row says what a careless or hostile author wrote and what must come of
it. A *refused* row must give the same `path: Field: ...` line from
`make check` and from the build, a non-zero exit, and the old output left as
it was. A *rendered* row must build, show the text as typed, and leave no
executable markup (a `script` element, an `on*` attribute, a `javascript:`
URL) in any HTML, XML or JSON file the build wrote. Rendered rows that share
a payload are built together, one site per payload.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from connect365.checking.__main__ import main as make_check
from support import REPO, build, tree_digest, write

BASE = {
    "days/001.md": "Title: One\nDate: 2026-11-01 20:00\nDay: 1\nTags: practice\n\nDay one.\n",
    "days/002.md": "Title: Two\nDate: 2026-11-02 20:00\nDay: 2\nTags: practice\n\nDay two.\n",
    "homework/001.md": "Day: 1\nTitle: Say hello\n\nSay hello to one person.\n",
    "pages/about.md": "Title: About\n\nAbout us.\n",
}
SETTINGS = str(REPO / "pelicanconf.py")


@dataclass(frozen=True)
class Row:
    """One input and its outcome: refused with `field` on `path`, or rendered (field None)."""

    name: str
    files: dict = field(hash=False)
    path: str = ""
    field: str | None = None


def day(n: int = 3, **fields: str) -> str:
    header = {"Title": f"Day {n}", "Date": f"2026-11-0{n} 20:00", "Day": str(n), **fields}
    return "".join(f"{k}: {v}\n" for k, v in header.items() if v is not None) + "\nBody.\n"


def post(**fields: str) -> str:
    header = {"Title": "A post", "Date": "2026-10-20 10:00", **fields}
    return "".join(f"{k}: {v}\n" for k, v in header.items() if v is not None) + "\nBody.\n"


def page(**fields: str) -> str:
    header = {"Title": "A page", **fields}
    return "".join(f"{k}: {v}\n" for k, v in header.items()) + "\nBody.\n"


def refused(name: str, path: str, field_name: str, text) -> Row:
    return Row(name, {path: text}, path, field_name)


REFUSED = [
    # Dates that are not full dates would be read against the wall clock.
    *[
        refused(f"date-{label}", "days/003.md", "Date", day(Date=value))
        for label, value in [
            ("12", "12"),
            ("may", "May"),
            ("monday", "monday"),
            ("month-13", "2026-13-01"),
            ("hour-25", "2026-11-03 25:00"),
            ("yesterday", "yesterday"),
            ("slashes", "2026/11/03"),
            ("empty", ""),
        ]
    ],
    refused("date-missing-on-post", "posts/x.md", "Date", post(Date=None)),
    refused("modified-soon", "posts/x.md", "Modified", post(Modified="soon")),
    # Day numbers.
    *[
        refused(f"day-{label}", "days/003.md", "Day", day(Day=value))
        for label, value in [
            ("zero", "0"),
            ("366", "366"),
            ("negative", "-1"),
            ("fraction", "1.5"),
            ("word", "five"),
            ("arabic-digit", "\u0663"),
            ("exponent", "1e2"),
            ("empty", ""),
        ]
    ],
    Row("day-twice", {"days/003.md": day(), "days/003-b.md": day()}, "days/003.md", "Day"),
    refused("day-in-days-missing", "days/004.md", "Day", day(4, Day=None)),
    # Status.
    refused("status-hidden-day", "days/003.md", "Status", day(Status="hidden")),
    refused("status-unknown", "posts/x.md", "Status", post(Status="publish")),
    # Control characters, anywhere in the file.
    refused("form-feed-title", "days/003.md", "file", day(Title="A\x0cB")),
    refused("escape-body", "days/003.md", "file", day() + "x\x1b[31m\n"),
    refused("nul-body", "posts/x.md", "file", post() + "x\x00y\n"),
    refused("vertical-tab-author", "posts/x.md", "file", post(Author="Tom\x0b")),
    refused("delete-tags", "posts/x.md", "file", post(Tags="a\x7f")),
    refused("c1-summary", "posts/x.md", "file", post(Summary="x\x85y")),
    refused("nul-homework", "homework/002.md", "file", "Day: 2\nTitle: x\x00\n\nx\n"),
    # One line per field.
    refused("title-twice", "days/003.md", "Title", "Title: A\nTitle: B\n" + day(Title=None)),
    refused("title-wrapped", "days/003.md", "Title", day(Title="A\n    B")),
    refused("tags-wrapped", "posts/x.md", "Tags", post(Tags="a,\n    b")),
    refused("author-twice", "posts/x.md", "Author", post(Author="A\nAuthor: B")),
    refused("date-twice", "posts/x.md", "Date", post(Date="2026-10-20\nDate: 2026-10-21")),
    refused("homework-title-wrapped", "homework/002.md", "Title", "Day: 2\nTitle: a\n    b\n\nx\n"),
    # Tags.
    refused("tags-semicolons", "posts/x.md", "Tags", post(Tags="a; b, c")),
    refused("tags-one-semicolon", "posts/x.md", "Tags", post(Tags="a;b")),
    refused("tags-no-letters", "posts/x.md", "Tags", post(Tags="!!!, ???")),
    refused("tags-only-markup", "posts/x.md", "Tags", post(Tags='"><img src=x onerror=alert(1)>')),
    # Where files would be written.
    refused("title-too-long", "posts/x.md", "Title", post(Title="word " * 60)),
    refused("title-no-letters", "posts/x.md", "Title", post(Title="!!!")),
    refused("slug-outside", "posts/x.md", "Save_as", post(Save_as="../outside.html")),
    refused("slug-dotdot", "posts/x.md", "Slug", post(Slug="../../../../etc")),
    *[
        refused(f"save-as-{label}", "posts/x.md", "Save_as", post(Save_as=value))
        for label, value in [
            ("home", "index.html"),
            ("a-day", "day/3/index.html"),
            ("challenge-json", "challenge.json"),
            ("feed", "feeds/all.rss.xml"),
            ("absolute", "/etc/passwd"),
            ("sitemap", "sitemap.xml"),
            ("stylesheet", "theme/css/site.css"),
            ("a-tag", "tag/practice/index.html"),
            ("page-two", "page/2/index.html"),
        ]
    ],
    refused("page-save-as-home", "pages/x.md", "Save_as", page(Save_as="index.html")),
    *[
        refused(f"page-named-{title.lower()}", "pages/x.md", "Title", page(Title=title))
        for title in ("Search", "Tags", "Archives", "Challenge", "Homework")
    ],
    Row(
        "two-posts-one-file",
        {"posts/a.md": post(Title="Same"), "posts/b.md": post(Title="Same", Date="2026-10-21")},
        "posts/a.md",
        "Title",
    ),
    refused("template-missing", "pages/x.md", "Template", page(Template="nope")),
    refused("template-outside", "pages/x.md", "Template", page(Template="../../../etc/passwd")),
    # Files Pelican would skip or choke on.
    refused("html-in-days", "days/003.html", "file", "<html><title>x</title></html>"),
    refused("rst-in-days", "days/003.rst", "file", "Title\n#####\n\n:date: 2026-11-03\n"),
    refused("rst-in-pages", "pages/x.rst", "file", "Title\n#####\n"),
    refused("html-homework", "homework/002.html", "file", "<p>x</p>"),
    refused("latin-1", "posts/x.md", "file", post(Title="Caf\u00e9").encode("latin-1")),
    refused("utf-16", "posts/x.md", "file", post().encode("utf-16")),
    # Homework.
    refused("homework-no-post", "homework/009.md", "Day", "Day: 9\nTitle: x\n\nx\n"),
    refused("homework-day-word", "homework/002.md", "Day", "Day: two\nTitle: x\n\nx\n"),
    Row(
        "homework-twice",
        {
            "homework/002.md": "Day: 2\nTitle: a\n\nx\n",
            "homework/002-b.md": "Day: 2\nTitle: b\n\nx\n",
        },
        "homework/002.md",
        "Day",
    ),
    # Feed ids.
    Row(
        "same-feed-id",
        {
            "posts/a.md": post(Title="A", Id="tag:x,2020:1"),
            "posts/b.md": post(Title="B", Id="tag:x,2020:1"),
        },
        "posts/a.md",
        "Id",
    ),
]
LINKS = [
    ("link-out-image", "images/passwd.png", "/etc/passwd"),
    ("link-out-post", "days/003.md", "OUTSIDE"),
    ("link-loop", "days/loop", ".."),
    ("link-to-nothing", "posts/gone.md", "nowhere.md"),
    ("link-folder-in", "posts/more", "../pages"),
]
PAYLOADS = {
    "img-onerror": '"><img src=x onerror=alert(1)>',
    "script": "<script>alert(1)</script>",
    "less-than": "Q&A: <3 ways",
    "close-title": "</title><script>alert(1)</script>",
    "javascript-link": '<a href="javascript:alert(1)">x</a>',
    "attribute-break": "' onmouseover='alert(1)",
    "jinja": "{{ 7*7 }} {% raw %}",
    "svg-onload": "<svg onload=alert(1)>",
    "entities": "&lt;b&gt;entity&lt;/b&gt; &amp;",
    "email": "Tom <tom@example.com>",
    "bidi": "\u202eevil\u202c text",
    "spaces": "wide\u2003spaced\u00a0words",
}
# Where a payload goes, and where a reader sees it.
FIELDS = {
    "day title": ("days/003.md", "/day/3/", "h1"),
    "post title": ("posts/payload.md", "/posts/2026/{slug}/", "h1"),
    "page title": ("pages/payload.md", "/{page_slug}/", "h1"),
    "homework title": ("homework/003.md", "/day/3/", "section h2"),
    "author": ("days/003.md", "/day/3/", "p.meta"),
    "tags": ("days/003.md", "/day/3/", "p.tags"),
}
RENDERED = [Row(f"{field_name}: {payload}", {}) for payload in PAYLOADS for field_name in FIELDS]


def tag_of(payload: str) -> str:
    """The payload as one tag: no comma or semicolon, and a word Pelican's slug keeps."""
    return "x " + payload.replace(",", " ").replace(";", " ")


def rendered_site(payload: str) -> dict:
    tag = tag_of(payload)
    return {
        "days/003.md": day(Title=payload, Author=payload, Tags=f"practice, {tag}"),
        "homework/003.md": f"Day: 3\nTitle: {payload}\n\nDo it.\n",
        "posts/payload.md": post(Title=payload, Slug="payload"),
        "pages/payload.md": page(Title=payload, Slug="payload-page"),
    }


def test_the_table_has_a_hundred_rows():
    assert len(REFUSED) + len(LINKS) + len(RENDERED) >= 100


def make_site(tmp_path: Path, files: dict) -> Path:
    content = tmp_path / "content"
    for path, text in {**BASE, **files}.items():
        if isinstance(text, bytes):
            (content / path).parent.mkdir(parents=True, exist_ok=True)
            (content / path).write_bytes(text)
        else:
            write(content, path, text)
    return content


def run_check(content: Path) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        code = make_check([str(content), "-s", SETTINGS])
    return code, out.getvalue()


def error_lines(text: str, content: Path) -> set[str]:
    """The `path: Field: ...` lines, paths made relative to the content folder."""
    prefix = f"{content}/"
    return {
        line.removeprefix(prefix)
        for line in text.splitlines()
        if line.startswith(prefix)
        and not line.endswith("(warning)")
        and ": scheduled for " not in line
    }


def assert_refused(tmp_path: Path, content: Path, path: str, field_name: str) -> None:
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the last good site")
    before = tree_digest(output)
    code, said = run_check(content)
    built = build(content, output)
    from_check, from_build = error_lines(said, content), error_lines(built.log, content)
    assert code == 1 and built.returncode == 1, said + built.log
    assert any(line.startswith(f"{path}: {field_name}: ") for line in from_check), said
    assert from_check == from_build
    assert "Traceback" not in built.log
    assert tree_digest(output) == before


@pytest.mark.parametrize("row", REFUSED, ids=lambda row: row.name)
def test_refused(tmp_path, row: Row):
    assert_refused(tmp_path, make_site(tmp_path, row.files), row.path, row.field)


@pytest.mark.parametrize(("name", "path", "target"), LINKS, ids=[link[0] for link in LINKS])
def test_links_leading_out_or_round_are_refused(tmp_path, name, path, target):
    content = make_site(tmp_path, {"images/real.png": "png"})
    outside = tmp_path / "secret.md"
    outside.write_text(day(), encoding="utf-8")
    link = content / path
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside if target == "OUTSIDE" else target)
    assert_refused(tmp_path, content, path, "file")


class Executable(HTMLParser):
    """Collects what would run in a browser: scripts, event handlers, javascript: URLs."""

    ALLOWED_SCRIPT = re.compile(r"(^|/)(theme/js/[a-z_]+\.js|pagefind/pagefind-ui\.js)$")

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._json_ld = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            squashed = re.sub(r"\s", "", (value or "")).lower()
            if name in ("href", "src", "action", "formaction") and squashed.startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        if tag == "script":
            if values.get("type") == "application/ld+json":
                self._json_ld = True
            elif not self.ALLOWED_SCRIPT.search(values.get("src") or ""):
                self.found.append(f"<script {values}>")

    def handle_data(self, data):
        if self._json_ld:
            json.loads(data)  # well-formed, so nothing can break out of it
            self._json_ld = False


def executable_markup(html: str) -> list[str]:
    parser = Executable()
    parser.feed(html)
    return parser.found


HTML_ELEMENTS = {"description", "{http://purl.org/rss/1.0/modules/content/}encoded"}
ATOM = "{http://www.w3.org/2005/Atom}"


def html_in_feed(text: str) -> list[str]:
    """The parts of a feed that readers show as HTML; titles and names are text."""
    return [
        element.text or ""
        for element in ET.fromstring(text).iter()
        if element.tag in HTML_ELEMENTS
        or (element.tag in (f"{ATOM}content", f"{ATOM}summary") and element.get("type") == "html")
    ]


def scan_output(output: Path) -> dict[str, list[str]]:
    found = {}
    for path in sorted(output.rglob("*")):
        if path.suffix not in (".html", ".xml", ".json") or "pagefind" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            markup = [text]
        elif path.suffix == ".xml":
            markup = html_in_feed(text)
        else:
            data = json.loads(text)
            items = data.get("items", []) if isinstance(data, dict) else []
            markup = [item.get("content_html", "") for item in items]
        hits = [hit for chunk in markup for hit in executable_markup(chunk)]
        if hits:
            found[path.relative_to(output).as_posix()] = hits
    return found


class Shown(HTMLParser):
    """The text of the first element matching a simple selector: "h1", "p.meta", "section h2"."""

    def __init__(self, selector: str) -> None:
        super().__init__()
        *outer, self.inner = selector.split()
        self.outer = outer[0] if outer else None
        self.inside_outer = self.outer is None
        self.depth = 0
        self.text: list[str] = []
        self.done = False

    @staticmethod
    def matches(tag, attrs, selector) -> bool:
        name, _, cls = selector.partition(".")
        return tag == name and (not cls or cls in (dict(attrs).get("class") or "").split())

    def handle_starttag(self, tag, attrs):
        if self.outer and self.matches(tag, attrs, self.outer):
            self.inside_outer = True
        if self.depth:
            self.depth += 1
        elif self.inside_outer and not self.done and self.matches(tag, attrs, self.inner):
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            self.done = self.done or self.depth == 0

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def shown_text(html: str, selector: str) -> str:
    parser = Shown(selector)
    parser.feed(html)
    text = "".join(parser.text).translate(
        str.maketrans("\u201c\u201d\u2018\u2019\u00a0", "\"\"'' ")
    )
    return re.sub(r"\s+", " ", text).strip()


def plain(payload: str) -> str:
    return re.sub(r"\s+", " ", payload.replace("\u00a0", " ")).strip()


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=list(PAYLOADS))
def test_rendered_inert_and_as_typed(tmp_path, payload):
    content = make_site(tmp_path, rendered_site(payload))
    code, said = run_check(content)
    assert code == 0, said
    built = build(content, tmp_path / "output")
    assert built.returncode == 0, built.log
    assert scan_output(built.output) == {}
    expected = plain(payload)
    for field_name, (_, url, selector) in FIELDS.items():
        url = url.format(slug="payload", page_slug="payload-page")
        text = shown_text(built.page(url), selector)
        if field_name == "homework title":
            text = text.removeprefix("Homework: ")
        if field_name == "tags":
            assert plain(tag_of(payload)) in text, (field_name, text)
        else:
            assert expected in text, (field_name, text)
    titles = [shown_text(built.page(u), "title") for u in ("/day/3/", "/posts/2026/payload/")]
    assert titles == [f"Day 3: {expected} · Connect 365", f"{expected} · Connect 365"]


def test_scanner_finds_what_it_looks_for():
    html = (
        '<p onclick="x">a</p><a href=" JavaScript:alert(1)">b</a><script>alert(1)</script>'
        '<script src="../../theme/js/checklist.js"></script><iframe src="x"></iframe>'
    )
    assert executable_markup(html) == [
        "<p onclick=...>",
        "<a href=' JavaScript:alert(1)'>",
        "<script {}>",
        "<iframe>",
    ]
    assert shown_text(
        "<section><h2>Homework: <span>x</span>&lt;y</h2></section>", "section h2"
    ) == ("Homework: x<y")


def test_a_hidden_post_is_written_but_listed_nowhere(tmp_path):
    content = make_site(tmp_path, {"posts/hidden.md": post(Title="Quiet note", Status="hidden")})
    assert run_check(content)[0] == 0
    built = build(content, tmp_path / "output")
    assert built.returncode == 0, built.log
    assert "Quiet note" in built.page("/posts/2026/quiet-note/")
    listed = [
        built.page("/"),
        built.page("/archives/"),
        (built.output / "feeds/all.rss.xml").read_text(),
    ]
    assert not any("Quiet note" in text for text in listed)
