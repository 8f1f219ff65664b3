"""GitHub's extended autolinks and strikethrough: the spec's examples and our promises.

The two plugins are run as the site's renderer runs them (CommonMark, raw
HTML on, tables, no linkify-it), without the rest of render.py's setup.
"""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt
from pelican.plugins.github_markdown.autolinks import gfm_autolink_plugin
from pelican.plugins.github_markdown.strikethrough import gfm_strikethrough_plugin

# Every autolink and strikethrough example of cmark-gfm's test files, as
# (file:line of the example, Markdown, GitHub's HTML), copied unchanged from
# github/cmark-gfm at commit 85d895289c5ab67f988ca659493a64abb5fec7b4:
# - test/spec.txt (the GFM spec, CC-BY-SA 4.0, (c) John MacFarlane): the
#   examples marked `example strikethrough` and `example autolink`, from its
#   sections "Strikethrough (extension)" and "Autolinks (extension)";
# - test/extensions.txt (BSD 2-clause, (c) 2014 John MacFarlane): all
#   examples of its sections "Strikethroughs", "Autolinks" and "Interop".
SPEC_EXAMPLES = [
    # test/spec.txt
    (
        "spec.txt:7717",
        "~~Hi~~ Hello, world!\n",
        "<p><del>Hi</del> Hello, world!</p>\n",
    ),
    (
        "spec.txt:7726",
        "This ~~has a\n\nnew paragraph~~.\n",
        "<p>This ~~has a</p>\n<p>new paragraph~~.</p>\n",
    ),
    (
        "spec.txt:9216",
        "www.commonmark.org\n",
        '<p><a href="http://www.commonmark.org">www.commonmark.org</a></p>\n',
    ),
    (
        "spec.txt:9224",
        "Visit www.commonmark.org/help for more information.\n",
        '<p>Visit <a href="http://www.commonmark.org/help">www.commonmark.org/help</a> for more information.</p>\n',
    ),
    (
        "spec.txt:9236",
        "Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n",
        '<p>Visit <a href="http://www.commonmark.org">www.commonmark.org</a>.</p>\n<p>Visit <a href="http://www.commonmark.org/a.b">www.commonmark.org/a.b</a>.</p>\n',
    ),
    (
        "spec.txt:9250",
        "www.google.com/search?q=Markup+(business)\n\nwww.google.com/search?q=Markup+(business)))\n\n(www.google.com/search?q=Markup+(business))\n\n(www.google.com/search?q=Markup+(business)\n",
        '<p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a></p>\n<p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>))</p>\n<p>(<a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a>)</p>\n<p>(<a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a></p>\n',
    ),
    (
        "spec.txt:9269",
        "www.google.com/search?q=(business))+ok\n",
        '<p><a href="http://www.google.com/search?q=(business))+ok">www.google.com/search?q=(business))+ok</a></p>\n',
    ),
    (
        "spec.txt:9280",
        "www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;\n",
        '<p><a href="http://www.google.com/search?q=commonmark&amp;hl=en">www.google.com/search?q=commonmark&amp;hl=en</a></p>\n<p><a href="http://www.google.com/search?q=commonmark">www.google.com/search?q=commonmark</a>&amp;hl;</p>\n',
    ),
    (
        "spec.txt:9291",
        "www.commonmark.org/he<lp\n",
        '<p><a href="http://www.commonmark.org/he">www.commonmark.org/he</a>&lt;lp</p>\n',
    ),
    (
        "spec.txt:9302",
        "http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n\nAnonymous FTP is available at ftp://foo.bar.baz.\n",
        '<p><a href="http://commonmark.org">http://commonmark.org</a></p>\n<p>(Visit <a href="https://encrypted.google.com/search?q=Markup+(business)">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>\n<p>Anonymous FTP is available at <a href="ftp://foo.bar.baz">ftp://foo.bar.baz</a>.</p>\n',
    ),
    (
        "spec.txt:9328",
        "foo@bar.baz\n",
        '<p><a href="mailto:foo@bar.baz">foo@bar.baz</a></p>\n',
    ),
    (
        "spec.txt:9336",
        "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.\n",
        '<p>hello@mail+xyz.example isn\'t valid, but <a href="mailto:hello+xyz@mail.example">hello+xyz@mail.example</a> is.</p>\n',
    ),
    (
        "spec.txt:9346",
        "a.b-c_d@a.b\n\na.b-c_d@a.b.\n\na.b-c_d@a.b-\n\na.b-c_d@a.b_\n",
        '<p><a href="mailto:a.b-c_d@a.b">a.b-c_d@a.b</a></p>\n<p><a href="mailto:a.b-c_d@a.b">a.b-c_d@a.b</a>.</p>\n<p>a.b-c_d@a.b-</p>\n<p>a.b-c_d@a.b_</p>\n',
    ),
    # test/extensions.txt
    (
        "extensions.txt:506",
        "A proper ~strikethrough~.\n",
        "<p>A proper <del>strikethrough</del>.</p>\n",
    ),
    (
        "extensions.txt:514",
        "These are ~not strikethroughs.\n\nNo, they are not~\n\nThis ~is ~ legit~ isn't ~ legit.\n\nThis is not ~~~~~one~~~~~ huge strikethrough.\n\n~one~ ~~two~~ ~~~three~~~\n\nNo ~mismatch~~\n",
        "<p>These are ~not strikethroughs.</p>\n<p>No, they are not~</p>\n<p>This <del>is ~ legit</del> isn't ~ legit.</p>\n<p>This is not ~~~~~one~~~~~ huge strikethrough.</p>\n<p><del>one</del> <del>two</del> ~~~three~~~</p>\n<p>No ~mismatch~~</p>\n",
    ),
    (
        "extensions.txt:541",
        ": http://google.com https://google.com\n\n<http://google.com/å> http://google.com/å\n\nscyther@pokemon.com\n\nwww.github.com www.github.com/á\n\nwww.google.com/a_b\n\n**Autolink and http://inlines**\n\n![http://inline.com/image](http://inline.com/image)\n\na.w@b.c\n\nFull stop outside parens shouldn't be included http://google.com/ok.\n\n(Full stop inside parens shouldn't be included http://google.com/ok.)\n\n\"http://google.com\"\n\n'http://google.com'\n\nhttp://🍄.ga/ http://x🍄.ga/\n",
        '<p>: <a href="http://google.com">http://google.com</a> <a href="https://google.com">https://google.com</a></p>\n<p><a href="http://google.com/%C3%A5">http://google.com/å</a> <a href="http://google.com/%C3%A5">http://google.com/å</a></p>\n<p><a href="mailto:scyther@pokemon.com">scyther@pokemon.com</a></p>\n<p><a href="http://www.github.com">www.github.com</a> <a href="http://www.github.com/%C3%A1">www.github.com/á</a></p>\n<p><a href="http://www.google.com/a_b">www.google.com/a_b</a></p>\n<p><strong>Autolink and <a href="http://inlines">http://inlines</a></strong></p>\n<p><img src="http://inline.com/image" alt="http://inline.com/image" /></p>\n<p><a href="mailto:a.w@b.c">a.w@b.c</a></p>\n<p>Full stop outside parens shouldn\'t be included <a href="http://google.com/ok">http://google.com/ok</a>.</p>\n<p>(Full stop inside parens shouldn\'t be included <a href="http://google.com/ok">http://google.com/ok</a>.)</p>\n<p>&quot;<a href="http://google.com">http://google.com</a>&quot;</p>\n<p>\'<a href="http://google.com">http://google.com</a>\'</p>\n<p><a href="http://%F0%9F%8D%84.ga/">http://🍄.ga/</a> <a href="http://x%F0%9F%8D%84.ga/">http://x🍄.ga/</a></p>\n',
    ),
    (
        "extensions.txt:583",
        "This shouldn't crash everything: (_A_@_.A\n",
        "<IGNORE>\n",
    ),
    (
        "extensions.txt:589",
        "These should not link:\n\n* @a.b.c@. x\n* n@.  b\n",
        "<p>These should not link:</p>\n<ul>\n<li>@a.b.c@. x</li>\n<li>n@.  b</li>\n</ul>\n",
    ),
    (
        "extensions.txt:709",
        "~~www.google.com~~\n\n~~http://google.com~~\n",
        '<p><del><a href="http://www.google.com">www.google.com</a></del></p>\n<p><del><a href="http://google.com">http://google.com</a></del></p>\n',
    ),
    (
        "extensions.txt:720",
        "| a | b |\n| --- | --- |\n| https://github.com www.github.com | http://pokemon.com |\n",
        '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><a href="https://github.com">https://github.com</a> <a href="http://www.github.com">www.github.com</a></td>\n<td><a href="http://pokemon.com">http://pokemon.com</a></td>\n</tr>\n</tbody>\n</table>\n',
    ),
]


def renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "xhtmlOut": False})
    return md.enable("table").use(gfm_autolink_plugin).use(gfm_strikethrough_plugin)


def render(text: str) -> str:
    return renderer().render(text)


def as_ours(github_html: str) -> str:
    """GitHub's HTML as we write it: `<s>` for strikethrough, `<img>` without ` /`."""
    return github_html.replace("<del>", "<s>").replace("</del>", "</s>").replace(" />", ">")


@pytest.mark.parametrize(
    ("markdown", "html"),
    [pytest.param(markdown, html, id=where) for where, markdown, html in SPEC_EXAMPLES],
)
def test_spec_example(markdown: str, html: str) -> None:
    if html == "<IGNORE>\n":  # the example only asks that nothing breaks
        render(markdown)
    else:
        assert render(markdown) == as_ours(html)


@pytest.mark.parametrize("name", ["README.md", "setup.py", "example.com", "docs/index.html"])
def test_file_and_domain_names_stay_text(name: str) -> None:
    assert render(f"See {name} first.") == f"<p>See {name} first.</p>\n"


def test_www_link_leaves_the_full_stop_out() -> None:
    assert render("Visit www.example.com/a.") == (
        '<p>Visit <a href="http://www.example.com/a">www.example.com/a</a>.</p>\n'
    )


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("`www.example.com`", "<p><code>www.example.com</code></p>\n"),
        ("`http://example.com`", "<p><code>http://example.com</code></p>\n"),
        ("`me@example.com`", "<p><code>me@example.com</code></p>\n"),
        (
            "[www.example.com](https://example.org)",
            '<p><a href="https://example.org">www.example.com</a></p>\n',
        ),
        (
            "[see http://example.com or me@example.com](/x)",
            '<p><a href="/x">see http://example.com or me@example.com</a></p>\n',
        ),
        ("<http://example.com>", '<p><a href="http://example.com">http://example.com</a></p>\n'),
        # GitHub would link the address here too, nesting one link in another.
        (
            '<a href="/x">www.example.com and me@example.com</a>',
            '<p><a href="/x">www.example.com and me@example.com</a></p>\n',
        ),
        (
            '<span title="http://example.com">x</span>',
            '<p><span title="http://example.com">x</span></p>\n',
        ),
    ],
)
def test_code_links_and_raw_html_untouched(markdown: str, html: str) -> None:
    assert render(markdown) == html


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        # cmark-gfm links no www or URL while a `[` is open, nor in an image.
        (
            "[see http://x.org] http://y.org",
            '<p>[see http://x.org] <a href="http://y.org">http://y.org</a></p>\n',
        ),
        ("![www.example.com](/i.png)", '<p><img src="/i.png" alt="www.example.com"></p>\n'),
        # A link found while parsing wins over emphasis and code starting in it.
        (
            "http://a.com/_x_ y",
            '<p><a href="http://a.com/_x">http://a.com/_x</a>_ y</p>\n',
        ),
        ("HTTPS://A.COM", '<p><a href="HTTPS://A.COM">HTTPS://A.COM</a></p>\n'),
        ("xhttp://a.com", "<p>xhttp://a.com</p>\n"),
        ("awww.a.com", "<p>awww.a.com</p>\n"),
        ("www.a_b.c", "<p>www.a_b.c</p>\n"),
        ("www._a.b.c", '<p><a href="http://www._a.b.c">www._a.b.c</a></p>\n'),
        (
            "(www.a.com/b?c=d&amp;e)",
            '<p>(<a href="http://www.a.com/b?c=d&amp;amp;e">www.a.com/b?c=d&amp;amp;e</a>)</p>\n',
        ),
        ("foo@bar.baz.)", '<p><a href="mailto:foo@bar.baz">foo@bar.baz</a>.)</p>\n'),
        (
            "http://xn--ls8h.la/",
            '<p><a href="http://xn--ls8h.la/">http://xn--ls8h.la/</a></p>\n',
        ),
        (
            "mailto:me@example.com, xmpp:me@example.com/home.",
            '<p><a href="mailto:me@example.com">mailto:me@example.com</a>, '
            '<a href="xmpp:me@example.com/home">xmpp:me@example.com/home</a>.</p>\n',
        ),
        ("me@host.com1", "<p>me@host.com1</p>\n"),
    ],
)
def test_github_edge_cases(markdown: str, html: str) -> None:
    assert render(markdown) == html


def test_autolink_tokens_say_they_are_autolinks() -> None:
    tokens = renderer().parseInline("www.a.com http://b.com c@d.com")[0].children or []
    links = [token for token in tokens if token.type in ("link_open", "link_close")]
    assert len(links) == 6
    assert all((token.markup, token.info) == ("linkify", "auto") for token in links)


def test_replaces_linkify() -> None:
    md = MarkdownIt("commonmark", {"linkify": True}).enable("linkify")
    md.use(gfm_autolink_plugin)
    assert md.render("README.md and www.a.com") == (
        '<p>README.md and <a href="http://www.a.com">www.a.com</a></p>\n'
    )


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("~one~ ~~two~~", "<p><s>one</s> <s>two</s></p>\n"),
        ("a ~~~three~~~ b", "<p>a ~~~three~~~ b</p>\n"),
        ("x " + "~" * 200 + "striked~", "<p>x " + "~" * 200 + "striked~</p>\n"),
        # Runs of different lengths do not pair, and the tildes between go too.
        ("~~a~ b~~", "<p>~~a~ b~~</p>\n"),
        ("~a~~ b~", "<p>~a~~ b~</p>\n"),
        ("~~*a*~~ and ~*b*~", "<p><s><em>a</em></s> and <s><em>b</em></s></p>\n"),
        ("`~a~` ~b~", "<p><code>~a~</code> <s>b</s></p>\n"),
    ],
)
def test_strikethrough(markdown: str, html: str) -> None:
    assert render(markdown) == html


def test_replaces_builtin_strikethrough() -> None:
    md = MarkdownIt("commonmark").enable("strikethrough").use(gfm_strikethrough_plugin)
    assert md.render("~a~ ~~~b~~~") == "<p><s>a</s> ~~~b~~~</p>\n"
