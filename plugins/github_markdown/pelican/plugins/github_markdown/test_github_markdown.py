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
        ["<table>", "<th>a</th>", '<td class="align-right">2</td>'],
    ),
    "footnote": (
        "Text.[^1]\n\n[^1]: A note.\n",
        ['class="footnote-ref"', '<section class="footnotes" data-footnotes>', "A note."],
    ),
    "raw HTML is the author's": (
        '<aside class="note">Kept</aside>\n',
        ['<aside class="note">Kept</aside>'],
    ),
    "alert": (
        "> [!TIP]\n> Bring *one* question.\n",
        [
            '<div class="markdown-alert markdown-alert-tip">',
            '<p class="markdown-alert-title">Tip</p>',
            "<p>Bring <em>one</em> question.</p>",
            "</div>",
        ],
    ),
    "alert kinds in any case": ("> [!caution]\n> Hot.\n", ["markdown-alert-caution", "Caution"]),
    "a marker not alone stays a quote": (
        "> [!NOTE] and more\n",
        ["<blockquote>", "<p>[!NOTE] and more</p>"],
    ),
    "emoji shortcodes": (
        ":tada: shipped :+1: at 10:30:45 :nope:",
        ["🎉 shipped 👍 at 10:30:45 :nope:"],
    ),
    "emoji in code stay text": ("`:tada:`", ["<code>:tada:</code>"]),
    "inline math": (
        "Area $\\pi r^2$ here.",
        ['<span class="math inline"><math', "<mi>&#x003C0;</mi>"],
    ),
    "prices are not math": ("It costs $5 and $10.", ["<p>It costs $5 and $10.</p>"]),
    "display math": ("$$\n\\frac{a}{b}\n$$\n", ['<div class="math block">', 'display="block"']),
    "fenced math": ("```math\nE = mc^2\n```\n", ['<div class="math block">', "<msup>"]),
    "bad LaTeX stays visible": ("$$\n\\left( x\n$$\n", ["<pre><code>\\left( x"]),
    "definition list": (
        "Term\n:   The definition.\n",
        ["<dl>", "<dt>Term</dt>", "<dd>The definition.</dd>", "</dl>"],
    ),
    "blank lines kept in highlighted code": (
        "```python\n\nx = 1\n\n```\n",
        ["<code>\n<span", "</span>\n\n</code>"],
    ),
    "task after a tab": ("- [x]\tdone\n", ['checked="checked"', 'type="checkbox"> done']),
    "heading of an image only": (
        "# ![logo](logo.png)\n\n# ![logo](logo.png)\n",
        ['<h1 id="section">', 'aria-label="Link to this section: logo"', '<h1 id="section-1">'],
    ),
    "heading ids keep combining marks": ("## हिन्दी\n", ['<h2 id="हिन्दी">']),
    "a heading never takes a footnote's id": (
        "## fn-1\n\n## fnref-2\n\nA note.[^1]\n\n[^1]: Here.\n",
        ['id="fn-1-section"', 'id="fnref-2-section"', 'id="fnref-1"', 'id="fn-1"'],
    ),
    "Pelican's link placeholders": (
        "[e]({filename}/posts/essay.md) ![p]({static}/images/d.png) [h]({tag}habits) "
        "[i]({index}) [o](|filename|/a.md) [s]({filename}/a b.md#x)",
        [
            '<a href="{filename}/posts/essay.md">e</a>',
            '<img src="{static}/images/d.png" alt="p">',
            '<a href="{tag}habits">h</a>',
            '<a href="{index}">i</a>',
            '<a href="|filename|/a.md">o</a>',
        ],
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
    assert github_slug("Comments", r"comments|comment-\d+") == "comments-section"
    assert github_slug("Comment 12", r"comments|comment-\d+") == "comment-12-section"
    assert github_slug("Comment twelve", r"comments|comment-\d+") == "comment-twelve"


def test_headings_never_take_the_ids_the_page_gives():
    html = markdown_renderer(taken_ids=r"comments").render("## Comments\n")
    assert '<h2 id="comments-section">' in html


TYPOGRAPHY = {
    "prose": ('"Quoted" -- it\'s fine...', "<p>\u201cQuoted\u201d \u2014 it\u2019s fine\u2026</p>"),
    "a flag": ("Pass --dry-run, or -v.", "<p>Pass --dry-run, or -v.</p>"),
    "a comment": ('<!-- note -- to self > "x" -->\n', '<!-- note -- to self > "x" -->\n'),
    "code": ('`a -- "b"...`', "<code>a -- &quot;b&quot;...</code>"),
    "kbd and textarea": (
        '<kbd>--x</kbd> <textarea>"a" -- b...</textarea>',
        "<kbd>--x</kbd> <textarea>&quot;a&quot; -- b...</textarea>",
    ),
    "a bare URL": ("https://example.com/a--b", ">https://example.com/a--b</a>"),
    "a URL as link text": (
        "[https://example.com/a--b](https://example.com/a--b)",
        ">https://example.com/a--b</a>",
    ),
    "an email": ("first--last@example.com", ">first--last@example.com</a>"),
    "an email in a sentence": ("Mail first--last@x.example.", "first--last@x.example"),
    "escapes": ('\\-\\-force \\"quoted\\" \\.\\.\\.', "--force &quot;quoted&quot; ..."),
    "a literal backtick": ("a ` b", "<p>a ` b</p>"),
    "words joined by a dash": ("well--known", "well\u2014known"),
}


@pytest.mark.parametrize(("text", "expected"), TYPOGRAPHY.values(), ids=list(TYPOGRAPHY))
def test_typography_changes_prose_only(text, expected):
    html = markdown_renderer(typography="default").render(text)
    assert expected in html, html


def test_dashes_follow_typogrify_dashes():
    def dashes(mode):
        return markdown_renderer(typography=mode).render("a -- b --- c").strip()

    assert dashes("default") == "<p>a \u2014 b \u2014 c</p>"
    assert dashes("oldschool") == "<p>a \u2013 b \u2014 c</p>"
    assert dashes("oldschool_inverted") == "<p>a \u2014 b \u2013 c</p>"
    assert markdown_renderer().render('"a" -- b').strip() == "<p>&quot;a&quot; -- b</p>"  # off


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
    quoted = (
        '<a href=\'images/day5.png\'>x</a><img data-src="images/day5.png" src="images/day5.png">'
    )
    assert source_relative(quoted, post, content) == (
        "<a href='{static}images/day5.png'>x</a>"
        '<img data-src="images/day5.png" src="{static}images/day5.png">'
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


def test_a_site_says_the_alert_titles_and_back_links_in_its_own_words():
    words = {"tip": "Consejo", "back_to_reference": "Volver a la referencia %(number)s <&>"}
    html = markdown_renderer(words=words).render(
        "> [!TIP]\n> Lleva una pregunta.\n\n> [!NOTE]\n> Sin traducir.\n\nUno[^a].\n\n[^a]: Nota.\n"
    )
    assert '<p class="markdown-alert-title">Consejo</p>' in html
    assert '<p class="markdown-alert-title">Note</p>' in html  # not given: English
    assert 'aria-label="Volver a la referencia 1 &lt;&amp;&gt;"' in html
