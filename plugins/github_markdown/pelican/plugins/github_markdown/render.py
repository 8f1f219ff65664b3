"""Markdown to HTML the way GitHub renders it: CommonMark plus GitHub's extensions.

markdown-it-py (CommonMark) with GitHub's tables, strikethrough (`~one~`,
`~~two~~`: strikethrough.py) and bare links (`www.`, `https://`, emails, never
`README.md`: autolinks.py), task lists, definition lists, footnotes in
cmark-gfm's markup (footnotes.py; parsing by mdit-py-plugins), alerts (`> [!NOTE]`), emoji shortcodes, math as MathML,
an id and an anchor link on every heading (GitHub's slugs: "Day 54: done" ->
`day-54-done`), and code highlighted by Pygments. An indented block whose
first line is `:::lang` (Pelican's CodeHilite habit) is highlighted as
`lang` too. Pelican's `{filename}`-style links are kept for Pelican to
replace, and, when asked, prose gets curly quotes, dashes and ellipses
(typography.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.rules_core.state_core import StateCore
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.tasklists import tasklists_plugin
from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

from .alerts import KINDS, WORDS_OPTION, alerts_plugin
from .autolinks import gfm_autolink_plugin
from .footnotes import BACK_TO_REFERENCE, FOOTNOTE_ID, gfm_footnote_plugin
from .mathml import math_plugin, mathml
from .placeholders import placeholders_plugin
from .shortcodes import shortcodes_plugin
from .strikethrough import gfm_strikethrough_plugin
from .typography import typography_plugin

CODEHILITE_LANG = re.compile(r"\A[ \t]*:::([\w+#.-]+)[ \t]*\n")
# Ids a heading never takes (a regular expression a whole id matches): the page's
# own (GITHUB_MARKDOWN_TAKEN_IDS adds a theme's) and the footnotes'.
TAKEN_IDS = r"main|search"
_FORMATTER = HtmlFormatter(cssclass="highlight", wrapcode=True)
_TASK_TAB = re.compile(r"\A(\[[ xX]\])[\t\n\v\f\r]")


def github_slug(title: str, taken: str = TAKEN_IDS) -> str:
    """GitHub's heading id: lower case, punctuation dropped, spaces to hyphens.

    Letters, digits and combining marks are kept (`हिन्दी` stays whole). A
    heading with no text (an image) is `section`; an id in `taken` or of
    the footnotes' kind gets `-section` added.
    """
    text = unicodedata.normalize("NFKC", title).strip().lower()
    text = "".join(c for c in text if c in "-_ " or c.isalnum() or _is_mark(c))
    slug = text.replace(" ", "-") or "section"
    clashes = _taken(taken).fullmatch(slug) or FOOTNOTE_ID.match(slug)
    return f"{slug}-section" if clashes else slug


@cache
def _taken(taken: str) -> re.Pattern:
    return re.compile(f"{TAKEN_IDS}|{taken}")


def _is_mark(character: str) -> bool:
    return unicodedata.category(character).startswith("M")


def highlighted(code: str, lang: str) -> str | None:
    """Pygments' HTML for `code` in `lang`, or None for a language it does not know.

    Blank lines at the start and end are kept, as written.
    """
    try:
        lexer = get_lexer_by_name(lang, stripnl=False)
    except ClassNotFound:
        return None
    return pygments_highlight(code, lexer, _FORMATTER)


def _fence(renderer, tokens, idx, options, env) -> str:
    """A fenced block: math, highlighted when its language is known, else plain code."""
    token = tokens[idx]
    lang = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
    if lang == "math":
        return f'<div class="math block">\n{mathml(token.content, block=True)}\n</div>\n'
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
        heading = "".join(c.content for c in children if c.type in ("text", "code_inline", "image"))
        for child in children:
            if child.type == "link_open" and "header-anchor" in (child.attrGet("class") or ""):
                child.attrSet("aria-label", f"Link to this section: {heading.strip()}")


def _alignment_classes(state: StateCore) -> None:
    """A table cell's alignment is a class (`align-right`), not a `style` attribute,
    which a strict Content-Security-Policy (`style-src 'self'`) refuses."""
    for token in state.tokens:
        style = token.attrGet("style") if token.type in ("th_open", "td_open") else None
        if style and style.startswith("text-align:"):
            del token.attrs["style"]
            token.attrSet("class", f"align-{style.removeprefix('text-align:')}")


def _task_after_tab(state: StateCore) -> None:
    """`- [x]<TAB>done` is a task as `- [x] done` is (the tasklists plugin wants a space)."""
    for token in state.tokens:
        if token.type == "inline" and token.children and _TASK_TAB.match(token.content):
            token.content = _TASK_TAB.sub(r"\1 ", token.content)
            first = token.children[0]
            first.content = _TASK_TAB.sub(r"\1 ", first.content)


# The words the renderer itself writes: the alerts' titles and the footnotes'
# back links (`%(number)s`: "1", or "1-2" for a note's second reference).
WORDS = {**KINDS, "back_to_reference": BACK_TO_REFERENCE}


def markdown_renderer(
    anchors: bool = True,
    typography: str | None = None,
    taken_ids: str = TAKEN_IDS,
    words: Mapping[str, str] | None = None,
) -> MarkdownIt:
    """The renderer: heading anchors unless `anchors` is off; curly quotes, dashes
    and ellipses when `typography` names Pelican's TYPOGRIFY_DASHES mode
    (`default`, `oldschool`, `oldschool_inverted`); `taken_ids`, a regular
    expression, matches the ids the page around a post uses, which no heading takes;
    `words` replaces any of `WORDS` (a site in another language)."""
    md = MarkdownIt("commonmark", {"html": True, "xhtmlOut": False})
    md.options[WORDS_OPTION] = {**WORDS, **(words or {})}
    md.enable("table")
    md.use(gfm_strikethrough_plugin).use(gfm_autolink_plugin)
    md.use(placeholders_plugin).use(alerts_plugin).use(deflist_plugin).use(math_plugin)
    md.use(tasklists_plugin, label=True).use(gfm_footnote_plugin)
    md.core.ruler.before("github-tasklists", "task_after_tab", _task_after_tab)
    md.core.ruler.push("alignment_classes", _alignment_classes)
    if typography:
        md.use(typography_plugin, dashes=typography)
    md.use(shortcodes_plugin)
    if anchors:
        md.use(
            anchors_plugin,
            min_level=1,
            max_level=6,
            slug_func=lambda title: github_slug(title, taken_ids),
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
