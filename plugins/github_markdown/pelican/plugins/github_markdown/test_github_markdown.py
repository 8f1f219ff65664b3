"""Markdown as people write it on GitHub: each construct, and the HTML it must give."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from markdown import Markdown
from pelican.plugins.github_markdown import (
    github_slug,
    header_fields,
    markdown_renderer,
    source_relative,
    split_header,
    style_sheet,
)
from pelican.readers import MarkdownReader
from pelican.settings import read_settings


def render(text: str) -> str:
    return markdown_renderer().render(text)


CONFORMANCE = {
    "closing fence longer than the opening": (
        "```python\nx = 1\n`````\n\nAfter the code.\n",
        ["<pre>", '<span class="n">x</span>', "</pre>", "<p>After the code.</p>"],
    ),
    "fence inside a list item": (
        "1. Install:\n\n   ```sh\n   npm install --only=production\n   ```\n2. Run.\n",
        [
            "<ol>",
            "<li>",
            '<div class="highlight"><pre>',
            "--only",
            "production",
            "</pre></div>",
            "<p>Run.</p>",
        ],
    ),
    "list right after a paragraph": (
        "Today I learned:\n- one thing\n- another\n",
        ["<p>Today I learned:</p>", "<ul>", "<li>one thing</li>", "<li>another</li>"],
    ),
    "bare URL": (
        "See https://example.org/docs today.",
        ['<a href="https://example.org/docs">https://example.org/docs</a>'],
    ),
    "escaped tag": ("Use a \\<ul> here.", ["<p>Use a &lt;ul&gt; here.</p>"]),
    "heading id and anchor": (
        "## Day 54\n",
        [
            '<h2 id="day-54">Day 54 <a class="header-anchor" href="#day-54" '
            'aria-label="Link to this section: Day 54">#</a></h2>'
        ],
    ),
    "same heading twice": ("## Notes\n\n## Notes\n", ['id="notes"', 'id="notes-1"']),
    "fenced code highlighted": (
        "```python\nprint('hi')\n```\n",
        ['<div class="highlight"><pre>', '<span class="nb">print</span>'],
    ),
    "unknown language kept as code": (
        "```nosuchlang\na < b\n```\n",
        ['<code class="language-nosuchlang">a &lt; b'],
    ),
    "codehilite language line": (
        "    :::console\n    $ make test\n",
        ['<div class="highlight">', '<span class="gp">$ </span>make'],
    ),
    "indented code": ("    plain <code>\n", ["<pre><code>plain &lt;code&gt;\n</code></pre>"]),
    "task list": (
        "- [x] done\n- [ ] to do\n",
        ['class="task-list-item"', 'checked="checked"', 'type="checkbox"'],
    ),
    "strikethrough": ("~~old~~ new", ["<s>old</s> new"]),
    "table": (
        "| a | b |\n|---|--:|\n| 1 | 2 |\n",
        ["<table>", "<th>a</th>", '<td style="text-align:right">2</td>'],
    ),
    "footnote": ("Text.[^1]\n\n[^1]: A note.\n", ['class="footnote-ref"', "A note."]),
    "raw HTML is the author's": (
        '<aside class="note">Kept</aside>\n',
        ['<aside class="note">Kept</aside>'],
    ),
}


@pytest.mark.parametrize(("text", "expected"), CONFORMANCE.values(), ids=list(CONFORMANCE))
def test_constructs_render_as_on_github(text, expected):
    html = render(text)
    position = 0
    for piece in expected:
        found = html.find(piece, position)
        assert found >= 0, f"{piece!r} not in order in:\n{html}"
        position = found + len(piece)


def test_slugs_are_githubs():
    assert github_slug("Day 54: What I learned!") == "day-54-what-i-learned"
    assert github_slug("C++ & C#") == "c--c"
    assert github_slug("main") == "main-section"  # the page's own <main id="main">


HEADERS = {
    "plain": "Title: A\nDate: 2026-01-02\nTags: a, b\n\nBody *here*.\n",
    "wrapped": "Title: A\nSummary: one\n    two\n\nBody.\n",
    "yaml-like": "---\nTitle: A\n---\nBody.\n",
    "none": "Just a body: with a colon.\n",
    "repeated": "Title: A\nTitle: B\n\nBody.\n",
}


@pytest.mark.parametrize("text", HEADERS.values(), ids=list(HEADERS))
def test_the_header_splits_as_pelicans_markdown_reader_splits_it(tmp_path, text):
    """Pins the header to Pelican's own reader (Python-Markdown's meta extension)."""
    python_markdown = Markdown(extensions=["markdown.extensions.meta"])
    python_markdown.convert(text)
    fields, body = split_header(text)
    assert fields == python_markdown.Meta
    assert body.strip() in text
    source = tmp_path / "post.md"
    source.write_text(text, encoding="utf-8")
    _, metadata = MarkdownReader(read_settings(override={"TIMEZONE": "UTC"})).read(str(source))
    assert set(header_fields(text)) == set(metadata)


def test_relative_links_resolve_from_the_post_folder(tmp_path):
    content = tmp_path / "content"
    (content / "days" / "images").mkdir(parents=True)
    (content / "days" / "images" / "day5.png").write_bytes(b"png")
    (content / "pages").mkdir()
    (content / "pages" / "about.md").write_text("Title: About\n")
    post = content / "days" / "005.md"
    html = (
        '<img src="images/day5.png"><a href="../pages/about.md#team">about</a>'
        '<a href="missing.png">gone</a><a href="https://x.example/a.png">out</a>'
        '<a href="#top">top</a><a href="/day/3/">three</a><a href="../../secret.md">out</a>'
    )
    assert source_relative(html, post, content) == (
        '<img src="{static}images/day5.png"><a href="{filename}../pages/about.md#team">about</a>'
        '<a href="missing.png">gone</a><a href="https://x.example/a.png">out</a>'
        '<a href="#top">top</a><a href="/day/3/">three</a><a href="../../secret.md">out</a>'
    )


def test_style_sheet_has_light_and_dark():
    css = style_sheet("a11y-light", "a11y-dark")
    assert css.count(".highlight") > 20
    assert "@media (prefers-color-scheme: dark)" in css


SETTINGS = """
PLUGINS = ["pelican.plugins.github_markdown"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
STATIC_PATHS = ["posts"]
TYPOGRIFY = True
TYPOGRIFY_IGNORE_TAGS = ["pre", "code", "kbd", "samp"]
"""


def test_a_site_renders_code_untouched_and_images_next_to_posts(tmp_path: Path):
    content = tmp_path / "content" / "posts"
    (content / "img").mkdir(parents=True)
    (content / "img" / "shot.png").write_bytes(b"png")
    post = (
        "Title: Setup\nDate: 2026-01-02\nSummary: Run `make` -- then *relax*.\n\n"
        'Steps:\n- install\n- run `pip install --upgrade "x"`\n\n![shot](img/shot.png)\n'
    )
    (content / "setup.md").write_text(post, encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "pelican",
        str(tmp_path / "content"),
        "-o",
        str(tmp_path / "out"),
    ]
    done = subprocess.run(
        [*command, "-s", str(tmp_path / "conf.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "out" / "setup.html").read_text()
    assert "<code>pip install --upgrade &quot;x&quot;</code>" in page  # no curly quote, no dash
    assert "<ul>" in page and "<li>install</li>" in page
    assert 'src="/posts/img/shot.png"' in page or 'src="./posts/img/shot.png"' in page
    assert (tmp_path / "out" / "posts" / "img" / "shot.png").is_file()
