"""GitHub's alerts: a quote whose first line is `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
`[!WARNING]` or `[!CAUTION]` becomes a titled box.

    > [!TIP]
    > Bring one question you really want answered.

gives GitHub's markup, `<div class="markdown-alert markdown-alert-tip">` with a
`<p class="markdown-alert-title">Tip</p>` before the text, so a stylesheet
written for GitHub's alerts fits, and the kind is said in words, not only in
colour. As on GitHub, the marker must be alone on the quote's first line, in
any case; anything else stays a quote.
"""

from __future__ import annotations

import re
from html import escape

from markdown_it import MarkdownIt
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

KINDS = {kind: kind.capitalize() for kind in ("note", "tip", "important", "warning", "caution")}
WORDS_OPTION = "github_markdown_words"  # md.options[...]: a site's own titles (render.WORDS)
_MARKER = re.compile(r"\A\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|\Z)", re.I)


def _alert(state: StateCore) -> None:
    titles = {**KINDS, **state.md.options.get(WORDS_OPTION, {})}
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        opening = tokens[i]
        found = None
        if (
            opening.type == "blockquote_open"
            and i + 2 < len(tokens)
            and tokens[i + 1].type == "paragraph_open"
            and tokens[i + 2].type == "inline"
        ):
            found = _MARKER.match(tokens[i + 2].content)
        if found:
            kind = found[1].lower()
            _retag(tokens, i, kind)
            inline = tokens[i + 2]
            inline.content = inline.content[found.end() :]
            title = Token("html_block", "", 0, level=opening.level + 1)
            title.content = f'<p class="markdown-alert-title">{escape(titles[kind])}</p>\n'
            if inline.content.strip():
                tokens.insert(i + 1, title)
            else:  # the marker was the whole paragraph
                tokens[i + 1 : i + 4] = [title]
        i += 1


def _retag(tokens: list[Token], start: int, kind: str) -> None:
    """The quote at `start` and its closing token become a `div` of that kind."""
    depth = 0
    for token in tokens[start:]:
        if token.type == "blockquote_open":
            depth += 1
        elif token.type == "blockquote_close":
            depth -= 1
        if depth == 0:
            token.tag = "div"
            break
    opening = tokens[start]
    opening.tag = "div"
    opening.attrSet("class", f"markdown-alert markdown-alert-{kind}")


def alerts_plugin(md: MarkdownIt) -> None:
    md.core.ruler.after("block", "github_alerts", _alert)
