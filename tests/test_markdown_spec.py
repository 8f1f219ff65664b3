"""The official suites, example by example, through the site's Markdown renderer:
CommonMark 0.31.2 (652 examples) and GitHub's extensions (the GFM spec's 22 and
cmark-gfm's extensions file's 30). Sources and licences: tests/spec/README.md.

Both the spec's HTML and ours are put in one canonical form (attributes sorted,
entities decoded, whitespace between blocks dropped) and must then be equal.
Where the site differs from GitHub on purpose, the difference is in `OURS`
below, with its reason, and nowhere else.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pelican.plugins.github_markdown import markdown_renderer
from support import build, nu_check, write

SPEC = Path(__file__).parent / "spec"
FENCE = "`" * 32
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)

# Each difference we keep from GitHub's rendering: what it is, why, and the
# rewrite of our HTML (a regular expression and its replacement) that undoes it.
OURS = {
    "heading anchors": (
        "every heading gets GitHub's id and a visible anchor link (GitHub.com adds "
        "them too, after cmark-gfm; the spec's HTML has neither)",
        [
            (r' <a class="header-anchor" href="#[^"]*" aria-label="[^"]*">#</a>', ""),
            (r'<(h[1-6]) id="[^"]*">', r"<\1>"),
        ],
    ),
    "strikethrough element": (
        "`<s>` (no longer accurate) rather than `<del>` (an edit): what a struck-out "
        "word means in a post; markdown-it's choice",
        [(r"<(/?)s>", r"<\1del>")],
    ),
    "highlighted code": (
        "a fence with a language Pygments knows is highlighted: a `div.highlight` "
        "and spans around the same text",
        [
            (r'<div class="highlight"><pre><span></span><code>', '<pre><code class="language-?">'),
            (r"</code></pre></div>", "</code></pre>"),
            (r'<span class="[^"]*">', ""),
            (r"</span>", ""),
        ],
    ),
    "task list labels": (
        "each task's box and text are one `<label>`, so the text toggles the box and a "
        "screen reader names it; classes for the stylesheet",
        [
            (r"<label>|</label>", ""),
            (r' class="(?:task-list-item|contains-task-list)"', ""),
            (r'<input class="task-list-item-checkbox"', "<input"),
        ],
    ),
    "table alignment": (
        '`class="align-…"`: the `align` attribute is obsolete in HTML (the Nu HTML '
        "Checker refuses it), and a strict Content-Security-Policy refuses `style` attributes",
        [(r' class="align-(\w+)"', r' align="\1"')],
    ),
}
# Examples where the site writes other HTML than GitHub on purpose: the reason,
# the examples, and what the site's HTML holds there instead.
KEPT_AS_WRITTEN = {
    "raw HTML is the author's": (
        "GitHub escapes <title>, <textarea>, <style>, <xmp>, <iframe>, <noembed>, "
        "<noframes>, <script> and <plaintext> in comments written by strangers; on a "
        "blog the author writes the HTML (a talk's <iframe>, say) and the build keeps it",
        {("gfm-0.29.txt", 652), ("gfm-extensions.txt", 22)},
        r"<(?:title|xmp)>",
    ),
    "bare URLs are links": (
        "plain CommonMark leaves `https://example.com` and `foo@bar.example.com` as text; "
        "the site follows GitHub's autolink extension, which links them",
        {("commonmark-0.31.2.txt", n) for n in (602, 606, 608, 611, 612)},
        r'<a href="(?:https://foo\.bar|https://example\.com|mailto:foo\+?@bar\.example\.com)',
    ),
}


def examples(name: str, only_extensions: bool = False) -> list[tuple[str, int, str, str, str]]:
    """(file, number, Markdown, HTML, section) of each example in a spec file, from 1."""
    found, lines = [], (SPEC / name).read_text(encoding="utf-8").split("\n")
    number, i, section = 0, 0, ""
    while i < len(lines):
        line = lines[i]
        if re.match(r"#{1,2} ", line):
            section = line.lstrip("# ").strip()
        if line.startswith(f"{FENCE} example"):
            kind = line[len(FENCE) + len(" example") :].strip()
            number += 1
            end = lines.index(FENCE, i + 1)
            dot = lines.index(".", i + 1)
            markdown = "\n".join(lines[i + 1 : dot]) + "\n"
            html = "\n".join(lines[dot + 1 : end]) + "\n"
            if kind != "disabled" and (not only_extensions or kind):
                found.append(
                    (name, number, markdown.replace("→", "\t"), html.replace("→", "\t"), section)
                )
            i = end
        i += 1
    return found


class Canonical(HTMLParser):
    """HTML as a list of parts where formatting that does not change meaning is gone."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag, attrs) -> None:
        self.pre += tag == "pre"
        # a boolean attribute is the same written `checked`, `checked=""` or `checked="checked"`
        values = {k: "" if v in (None, k) else v for k, v in attrs}
        shown = "".join(f' {k}="{escape(v)}"' for k, v in sorted(values.items()))
        self.parts.append(f"<{tag}{shown}>")

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        self.pre -= tag == "pre"

    def handle_endtag(self, tag) -> None:
        self.pre -= tag == "pre"
        self.parts.append(f"</{tag}>")

    def handle_data(self, data) -> None:
        self.parts.append(escape(data if self.pre else re.sub(r"\s+", " ", data), quote=False))

    def handle_comment(self, data) -> None:
        self.parts.append(f"<!--{data}-->")

    def handle_decl(self, decl) -> None:
        self.parts.append(f"<!{decl}>")

    def handle_pi(self, data) -> None:
        self.parts.append(f"<?{data}>")

    def unknown_decl(self, data) -> None:
        self.parts.append(f"<![{data}]>")


def canonical(html: str) -> str:
    parser = Canonical()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    block = "|".join(sorted(BLOCK_TAGS))
    text = re.sub(rf"\s*(</?(?:{block})\b[^>]*>)\s*", r"\1", text)
    return text.strip()


@cache
def renderer():
    return markdown_renderer()  # as the site reads a post: anchors on, typography a setting


def ours(markdown: str) -> str:
    html = renderer().render(markdown)
    for _, rewrites in OURS.values():
        for pattern, replacement in rewrites:
            html = re.sub(pattern, replacement, html)
    return spec_html(html)


def spec_html(html: str) -> str:
    """The language class of a code block is left out on both sides: Pygments'
    markup has none (OURS, "highlighted code")."""
    return re.sub(r'<pre><code class="language-[^"]*">', "<pre><code>", html)


KEPT = {example: holds for _, cases, holds in KEPT_AS_WRITTEN.values() for example in cases}
COMMONMARK = examples("commonmark-0.31.2.txt")
GFM = examples("gfm-0.29.txt", only_extensions=True) + examples("gfm-extensions.txt")


def test_the_suites_are_whole():
    assert len(COMMONMARK) == 652
    assert len(GFM) == 52


@pytest.mark.parametrize(
    ("name", "number", "markdown", "html", "section"),
    [e for e in COMMONMARK + GFM if e[:2] not in KEPT],
    ids=[f"{e[0]}:{e[1]}" for e in COMMONMARK + GFM if e[:2] not in KEPT],
)
def test_example_renders_as_the_spec_says(name, number, markdown, html, section):
    if html == "<IGNORE>\n":  # the example asks only that rendering ends well
        assert ours(markdown)
        return
    assert canonical(ours(markdown)) == canonical(spec_html(html)), markdown


@pytest.mark.parametrize(("name", "number"), sorted(KEPT))
def test_examples_kept_as_written_give_what_the_site_promises(name, number):
    (markdown,) = [e[2] for e in COMMONMARK + GFM if e[:2] == (name, number)]
    assert re.search(KEPT[name, number], ours(markdown)), ours(markdown)


def test_a_site_of_every_example_passes_the_nu_html_checker(tmp_path):
    """One post per section of the suites, every example in it. Examples that hold
    raw HTML are left out: the spec's are unbalanced on purpose (`<b>` never
    closed), and an author's HTML is theirs to get right."""
    content = tmp_path / "content"
    sections: dict[str, list[str]] = {}
    for name, _, markdown, _, section in COMMONMARK + GFM:
        if not re.search(r"<[a-zA-Z/!?]", markdown):
            sections.setdefault(f"{name} {section}", []).append(markdown)
    for n, (title, bodies) in enumerate(sections.items()):
        body = "\n\n".join(bodies)
        date = f"2026-10-{n // 60 + 1:02} 10:{n % 60:02}"
        write(content, f"posts/{n:03}.md", f"Title: {title}\nDate: {date}\n\n{body}\n")
    built = build(content, tmp_path / "output", LINK_CHECK="off")
    assert built.returncode == 0, built.log
    assert len(sections) >= 30
    done = nu_check(built.output)
    assert done.returncode == 0, done.stdout + done.stderr
