"""Footnotes as cmark-gfm (GitHub) marks them up: its spec examples, then our own cases."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from pelican.plugins.github_markdown.footnotes import (
    FOOTNOTE_ID,
    escape_label,
    footnote_ids,
    gfm_footnote_plugin,
)


def renderer() -> MarkdownIt:
    """As render.py builds it, with this plugin in the place of mdit's footnote_plugin."""
    md = MarkdownIt("commonmark", {"html": True, "xhtmlOut": False})
    return md.enable(["table", "strikethrough"]).use(gfm_footnote_plugin)


def render(text: str) -> str:
    return renderer().render(text)


# The examples below are copied, byte for byte, from cmark-gfm
# (https://github.com/github/cmark-gfm): every example under "## Footnotes" and
# after it in test/extensions.txt (spec text, CC-BY-SA 4.0, as its header says),
# and every example marked `footnotes` in test/regression.txt; cmark-gfm's code
# is under the BSD-2-Clause-style licence in its COPYING. They are taken as of
# cmark-gfm 0.29.0.gfm.13, through swiftlang/swift-cmark's `gfm` branch (commit
# b022b083), which carries it: the github/cmark-gfm snapshot at hand stops in
# 2020, before cmark-gfm took its present footnote markup.
EXTENSIONS = [
    (
        "Footnotes",
        (
            "This is some text![^1]. Other text.[^footnote].\n"
            "\n"
            "Here's a thing[^other-note].\n"
            "\n"
            "And another thing[^codeblock-note].\n"
            "\n"
            "This doesn't have a referent[^nope].\n"
            "\n"
            "\n"
            "[^other-note]:       no code block here (spaces are stripped away)\n"
            "\n"
            "[^codeblock-note]:\n"
            "        this is now a code block (8 spaces indentation)\n"
            "\n"
            "[^1]: Some *bolded* footnote definition.\n"
            "\n"
            "Hi!\n"
            "\n"
            "[^footnote]:\n"
            "    > Blockquotes can be in a footnote.\n"
            "\n"
            "        as well as code blocks\n"
            "\n"
            "    or, naturally, simple paragraphs.\n"
            "\n"
            "[^unused]: This is unused.\n"
        ),
        (
            '<p>This is some text!<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>. Other text.<sup class="footnote-ref"><a href="#fn-footnote" id="fnref-footnote" data-footnote-ref>2</a></sup>.</p>\n'
            '<p>Here\'s a thing<sup class="footnote-ref"><a href="#fn-other-note" id="fnref-other-note" data-footnote-ref>3</a></sup>.</p>\n'
            '<p>And another thing<sup class="footnote-ref"><a href="#fn-codeblock-note" id="fnref-codeblock-note" data-footnote-ref>4</a></sup>.</p>\n'
            "<p>This doesn't have a referent[^nope].</p>\n"
            "<p>Hi!</p>\n"
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-1">\n'
            '<p>Some <em>bolded</em> footnote definition. <a href="#fnref-1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>\n'
            "</li>\n"
            '<li id="fn-footnote">\n'
            "<blockquote>\n"
            "<p>Blockquotes can be in a footnote.</p>\n"
            "</blockquote>\n"
            "<pre><code>as well as code blocks\n"
            "</code></pre>\n"
            '<p>or, naturally, simple paragraphs. <a href="#fnref-footnote" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="2" aria-label="Back to reference 2">↩</a></p>\n'
            "</li>\n"
            '<li id="fn-other-note">\n'
            '<p>no code block here (spaces are stripped away) <a href="#fnref-other-note" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="3" aria-label="Back to reference 3">↩</a></p>\n'
            "</li>\n"
            '<li id="fn-codeblock-note">\n'
            "<pre><code>this is now a code block (8 spaces indentation)\n"
            "</code></pre>\n"
            '<a href="#fnref-codeblock-note" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="4" aria-label="Back to reference 4">↩</a>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
    (
        "When a footnote is used multiple times, we insert multiple backrefs.",
        (
            "This is some text. It has a footnote[^a-footnote].\n"
            "\n"
            "This footnote is referenced[^a-footnote] multiple times, in lots of different places.[^a-footnote]\n"
            "\n"
            "[^a-footnote]: This footnote definition should have three backrefs.\n"
        ),
        (
            '<p>This is some text. It has a footnote<sup class="footnote-ref"><a href="#fn-a-footnote" id="fnref-a-footnote" data-footnote-ref>1</a></sup>.</p>\n'
            '<p>This footnote is referenced<sup class="footnote-ref"><a href="#fn-a-footnote" id="fnref-a-footnote-2" data-footnote-ref>1</a></sup> multiple times, in lots of different places.<sup class="footnote-ref"><a href="#fn-a-footnote" id="fnref-a-footnote-3" data-footnote-ref>1</a></sup></p>\n'
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-a-footnote">\n'
            '<p>This footnote definition should have three backrefs. <a href="#fnref-a-footnote" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a> <a href="#fnref-a-footnote-2" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a> <a href="#fnref-a-footnote-3" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1-3" aria-label="Back to reference 1-3">↩<sup class="footnote-ref">3</sup></a></p>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
    (
        "Footnote reference labels are href escaped",
        ('Hello[^"><script>alert(1)</script>]\n\n[^"><script>alert(1)</script>]: pwned\n'),
        (
            '<p>Hello<sup class="footnote-ref"><a href="#fn-%22%3E%3Cscript%3Ealert(1)%3C/script%3E" id="fnref-%22%3E%3Cscript%3Ealert(1)%3C/script%3E" data-footnote-ref>1</a></sup></p>\n'
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-%22%3E%3Cscript%3Ealert(1)%3C/script%3E">\n'
            '<p>pwned <a href="#fnref-%22%3E%3Cscript%3Ealert(1)%3C/script%3E" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
]
REGRESSION = [
    (
        "Footnotes in tables",
        (
            "A footnote in a paragraph[^1]\n"
            "\n"
            "| Column1   | Column2 |\n"
            "| --------- | ------- |\n"
            "| foot [^1] | note    |\n"
            "\n"
            "[^1]: a footnote\n"
        ),
        (
            '<p>A footnote in a paragraph<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup></p>\n'
            "<table>\n"
            "<thead>\n"
            "<tr>\n"
            "<th>Column1</th>\n"
            "<th>Column2</th>\n"
            "</tr>\n"
            "</thead>\n"
            "<tbody>\n"
            "<tr>\n"
            '<td>foot <sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" data-footnote-ref>1</a></sup></td>\n'
            "<td>note</td>\n"
            "</tr>\n"
            "</tbody>\n"
            "</table>\n"
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-1">\n'
            '<p>a footnote <a href="#fnref-1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a> <a href="#fnref-1-2" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
    (
        "Footnotes may be nested inside other footnotes.",
        (
            "This is some text. It has a citation.[^citation]\n"
            "\n"
            "[^another-citation]: My second citation.\n"
            "\n"
            "[^citation]: This is a long winded parapgraph that also has another citation.[^another-citation]\n"
        ),
        (
            '<p>This is some text. It has a citation.<sup class="footnote-ref"><a href="#fn-citation" id="fnref-citation" data-footnote-ref>1</a></sup></p>\n'
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-citation">\n'
            '<p>This is a long winded parapgraph that also has another citation.<sup class="footnote-ref"><a href="#fn-another-citation" id="fnref-another-citation" data-footnote-ref>2</a></sup> <a href="#fnref-citation" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>\n'
            "</li>\n"
            '<li id="fn-another-citation">\n'
            '<p>My second citation. <a href="#fnref-another-citation" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="2" aria-label="Back to reference 2">↩</a></p>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
    (
        "Footnotes are similar to, but should not be confused with, link references",
        (
            "This is some text. It has two footnotes references, side-by-side without any spaces,[^footnote1][^footnote2] which are definitely not link references.\n"
            "\n"
            "[^footnote1]: Hello.\n"
            "\n"
            "[^footnote2]: Goodbye.\n"
        ),
        (
            '<p>This is some text. It has two footnotes references, side-by-side without any spaces,<sup class="footnote-ref"><a href="#fn-footnote1" id="fnref-footnote1" data-footnote-ref>1</a></sup><sup class="footnote-ref"><a href="#fn-footnote2" id="fnref-footnote2" data-footnote-ref>2</a></sup> which are definitely not link references.</p>\n'
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-footnote1">\n'
            '<p>Hello. <a href="#fnref-footnote1" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>\n'
            "</li>\n"
            '<li id="fn-footnote2">\n'
            '<p>Goodbye. <a href="#fnref-footnote2" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="2" aria-label="Back to reference 2">↩</a></p>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
    (
        "Footnotes may begin with or have a 'w' or a '_' in their reference label.",
        (
            "This is some text. Sometimes the autolinker splits up text into multiple nodes, hoping it will find a hyperlink, so this text has a footnote whose reference label begins with a `w`.[^widely-cited]\n"
            "\n"
            "It has another footnote that contains many different characters (the autolinker was also breaking on `_`).[^sphinx-of-black-quartz_judge-my-vow-0123456789]\n"
            "\n"
            "[^sphinx-of-black-quartz_judge-my-vow-0123456789]: so does this.\n"
            "\n"
            "[^widely-cited]: this renders properly.\n"
        ),
        (
            '<p>This is some text. Sometimes the autolinker splits up text into multiple nodes, hoping it will find a hyperlink, so this text has a footnote whose reference label begins with a <code>w</code>.<sup class="footnote-ref"><a href="#fn-widely-cited" id="fnref-widely-cited" data-footnote-ref>1</a></sup></p>\n'
            '<p>It has another footnote that contains many different characters (the autolinker was also breaking on <code>_</code>).<sup class="footnote-ref"><a href="#fn-sphinx-of-black-quartz_judge-my-vow-0123456789" id="fnref-sphinx-of-black-quartz_judge-my-vow-0123456789" data-footnote-ref>2</a></sup></p>\n'
            '<section class="footnotes" data-footnotes>\n'
            "<ol>\n"
            '<li id="fn-widely-cited">\n'
            '<p>this renders properly. <a href="#fnref-widely-cited" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>\n'
            "</li>\n"
            '<li id="fn-sphinx-of-black-quartz_judge-my-vow-0123456789">\n'
            '<p>so does this. <a href="#fnref-sphinx-of-black-quartz_judge-my-vow-0123456789" class="footnote-backref" data-footnote-backref data-footnote-backref-idx="2" aria-label="Back to reference 2">↩</a></p>\n'
            "</li>\n"
            "</ol>\n"
            "</section>\n"
        ),
    ),
    (
        "Footnotes interacting with strikethrough should not lead to a use-after-free",
        ("|Tot.....[^_a_]|\n"),
        ("<p>|Tot.....[^_a_]|</p>\n"),
    ),
    (
        "Footnotes interacting with strikethrough should not lead to a use-after-free pt2",
        ("[^~~is~~1]\n"),
        ("<p>[^~~is~~1]</p>\n"),
    ),
    (
        "Adjacent unused footnotes definitions should not lead to a use after free",
        ("Hello world\n\n\n[^a]:[^b]:\n"),
        ("<p>Hello world</p>\n"),
    ),
]


@pytest.mark.parametrize(
    ("markdown", "html"),
    [pytest.param(md, html, id=name) for name, md, html in EXTENSIONS + REGRESSION],
)
def test_cmark_gfm_example(markdown: str, html: str) -> None:
    # Compared byte for byte, not normalised: the markup is cmark-gfm's exactly.
    assert render(markdown) == html


class _Links(HTMLParser):
    """The ids and the `#...` hrefs of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id":
                self.ids.append(value or "")
            elif name == "href" and value and value.startswith("#"):
                self.targets.append(value[1:])


def links(html: str) -> _Links:
    found = _Links()
    found.feed(html)
    return found


def assert_ids_sound(markdown: str) -> _Links:
    """Ids valid (non-empty, no white space) and unique; every `#` link finds one."""
    found = links(render(markdown))
    assert all(i and not any(c in i for c in " \t\n\f\r") for i in found.ids)
    assert len(found.ids) == len(set(found.ids))
    assert set(found.targets) <= set(found.ids)
    return found


def test_two_references_to_one_note() -> None:
    html = render("One[^n], two[^n].\n\n[^n]: The note.\n")
    assert html == (
        '<p>One<sup class="footnote-ref"><a href="#fn-n" id="fnref-n" data-footnote-ref>1</a>'
        '</sup>, two<sup class="footnote-ref"><a href="#fn-n" id="fnref-n-2" '
        "data-footnote-ref>1</a></sup>.</p>\n"
        '<section class="footnotes" data-footnotes>\n<ol>\n<li id="fn-n">\n'
        '<p>The note. <a href="#fnref-n" class="footnote-backref" data-footnote-backref '
        'data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a> '
        '<a href="#fnref-n-2" class="footnote-backref" data-footnote-backref '
        'data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩'
        '<sup class="footnote-ref">2</sup></a></p>\n</li>\n</ol>\n</section>\n'
    )


def test_note_never_referenced() -> None:
    assert render("No reference here.\n\n[^lonely]: Never cited.\n") == (
        "<p>No reference here.</p>\n"
    )
    html = render("Cited[^a].\n\n[^lonely]: Never cited.\n\n[^a]: Cited.\n")
    assert "Never cited" not in html
    assert links(html).ids == ["fnref-a", "fn-a"]


def test_label_with_spaces() -> None:
    # Not a footnote on GitHub either: the definition is a link reference
    # definition, as CommonMark has it.
    assert render("See[^my note].\n\n[^my note]: https://example.org/\n") == (
        '<p>See<a href="https://example.org/">^my note</a>.</p>\n'
    )
    assert render("See[^my note].\n") == "<p>See[^my note].</p>\n"
    # Were a label to hold white space, its ids still would not.
    assert escape_label("my note") == "my%20note"
    # mdit-py-plugins does take a tab in a label (cmark-gfm does not).
    found = assert_ids_sound("See[^my\tnote].\n\n[^my\tnote]: A note.\n")
    assert found.ids == ["fnref-my%09note", "fn-my%09note"]


def test_odd_labels_give_escaped_ids() -> None:
    markdown = "A[^é] b[^a&'b] c[^<x>].\n\n[^é]: E.\n\n[^a&'b]: F.\n\n[^<x>]: G.\n"
    html = render(markdown)
    assert 'id="fn-%C3%A9"' in html
    assert 'id="fn-a&amp;&#x27;b"' in html
    assert 'id="fnref-%3Cx%3E"' in html
    assert_ids_sound(markdown)


def test_ids_unique_where_cmark_gfm_ids_clash() -> None:
    # cmark-gfm gives `fnref-a-2` twice here, and `fn-%22` twice.
    markdown = 'A[^a] b[^a] c[^a-2] d[^"] e[^%22]\n\n[^a]: A\n[^a-2]: B\n[^"]: C\n[^%22]: D\n'
    found = assert_ids_sound(markdown)
    assert found.ids[:3] == ["fnref-a", "fnref-a-2-2", "fnref-a-2"]
    assert "fn-%22" in found.ids
    assert "fn-%22-2" in found.ids


def test_footnote_ids_and_pattern() -> None:
    md = renderer()
    markdown = "A[^1] b[^1] c[^x y].\n\n[^1]: One.\n"
    ids = footnote_ids(md.parse(markdown))
    assert ids == {"fn-1", "fnref-1", "fnref-1-2"}
    assert ids == set(links(md.render(markdown)).ids)
    assert all(FOOTNOTE_ID.match(i) for i in ids)
    # `## fn-1` would take a footnote's id: the pattern tells heading code so.
    assert FOOTNOTE_ID.match("fn-1")
    assert not any(FOOTNOTE_ID.match(i) for i in ("fn1", "fnrefs", "fun-facts", "notes-fn-1"))
    assert footnote_ids(md.parse("No notes.\n")) == set()


def test_inline_notes_stay_text() -> None:
    # GitHub has no `^[inline notes]`.
    assert render("Text^[not a note].\n") == "<p>Text^[not a note].</p>\n"


def test_unknown_reference_kept_as_written() -> None:
    assert render("A [^*b*] c *d*\n\n[^e]: E\n") == "<p>A [^*b*] c <em>d</em></p>\n"
