"""Markdown to HTML the way GitHub renders it: CommonMark plus GitHub's extensions.

markdown-it-py (CommonMark) with tables, strikethrough, bare URLs linked
(linkify-it-py), task lists and footnotes (mdit-py-plugins), an id and a
visible anchor link on every heading (GitHub's slugs: "Day 54: done" ->
`day-54-done`), and code highlighted by Pygments. An indented block whose
first line is `:::lang` (Pelican's CodeHilite habit) is highlighted as
`lang` too.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin
from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

CODEHILITE_LANG = re.compile(r"\A[ \t]*:::([\w+#.-]+)[ \t]*\n")
# Ids the page around a post already uses: a heading never takes one.
TAKEN_IDS = frozenset({"main", "search"})
_FORMATTER = HtmlFormatter(cssclass="highlight", wrapcode=True)


def github_slug(title: str) -> str:
    """GitHub's heading id: lower case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFKC", title).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    slug = text.replace(" ", "-")
    return f"{slug}-section" if slug in TAKEN_IDS else slug


def highlighted(code: str, lang: str) -> str | None:
    """Pygments' HTML for `code` in `lang`, or None for a language it does not know."""
    try:
        lexer = get_lexer_by_name(lang)
    except ClassNotFound:
        return None
    return pygments_highlight(code, lexer, _FORMATTER)


def _fence(renderer, tokens, idx, options, env) -> str:
    """A fenced block: highlighted when its language is known, else plain code."""
    token = tokens[idx]
    lang = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    html = highlighted(token.content, lang) if lang else None
    return html if html is not None else renderer.fence(tokens, idx, options, env)


def _code_block(renderer, tokens, idx, options, env) -> str:
    """An indented block; `:::lang` on its first line names its language."""
    content = tokens[idx].content
    if found := CODEHILITE_LANG.match(content):
        html = highlighted(content[found.end() :], found[1])
        if html is not None:
            return html
        content = content[found.end() :]
    return f"<pre><code>{escape(content, quote=False)}</code></pre>\n"


def _anchor_names(state) -> None:
    """The anchor link says where it leads: "Link to this section: <heading>"."""
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != "inline" or i == 0 or tokens[i - 1].type != "heading_open":
            continue
        children = token.children or []
        heading = "".join(c.content for c in children if c.type in ("text", "code_inline"))
        for child in children:
            if child.type == "link_open" and "header-anchor" in (child.attrGet("class") or ""):
                child.attrSet("aria-label", f"Link to this section: {heading.strip()}")


def markdown_renderer(anchors: bool = True) -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "linkify": True, "xhtmlOut": False})
    md.enable(["table", "strikethrough", "linkify"])
    md.use(tasklists_plugin, label=True).use(footnote_plugin)
    if anchors:
        md.use(
            anchors_plugin,
            min_level=1,
            max_level=6,
            slug_func=github_slug,
            permalink=True,
            permalinkSymbol="#",
        )
        md.core.ruler.push("anchor_names", _anchor_names)
    md.add_render_rule("fence", _fence)
    md.add_render_rule("code_block", _code_block)
    return md


def style_sheet(light: str, dark: str) -> str:
    """CSS for highlighted code: `light` by default, `dark` when the reader prefers it."""
    rules = HtmlFormatter(style=light).get_style_defs(".highlight")
    dark_rules = HtmlFormatter(style=dark).get_style_defs(".highlight")
    indented = "\n".join(f"  {line}" for line in dark_rules.splitlines())
    return f"{rules}\n@media (prefers-color-scheme: dark) {{\n{indented}\n}}\n"
