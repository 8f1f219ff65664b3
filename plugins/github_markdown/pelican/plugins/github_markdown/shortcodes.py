"""GitHub's emoji shortcodes in prose: `:tada:` is 🎉, `:+1:` is 👍.

The names are the `emoji` package's aliases (GitHub's gemoji names and
Slack's); a name it does not know stays as typed, and so does anything in
code, raw HTML, a URL or an escaped colon.
"""

from __future__ import annotations

import re

import emoji
from markdown_it import MarkdownIt
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")


def _emojize(tokens: list[Token]) -> None:
    for token in tokens:
        if token.children:
            _emojize(token.children)
        if token.type == "text" and ":" in token.content:
            token.content = _SHORTCODE.sub(
                lambda found: emoji.emojize(found[0], language="alias"), token.content
            )


def shortcodes(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            _emojize(token.children)


def shortcodes_plugin(md: MarkdownIt) -> None:
    md.core.ruler.before("text_join", "emoji_shortcodes", shortcodes)
