"""Curly quotes, dashes and ellipses in prose, and nowhere else.

This is markdown-it core rules, not a pass over the HTML afterwards (which
is what Typogrify's smartypants does), because only the parser knows what is
prose. They change `text` tokens, so never code spans, code blocks or raw
HTML (comments, attributes, and the text of a `<code>`, `<kbd>`, `<samp>`,
`<textarea>`... an author writes in a paragraph), and never a character the author
escaped (`\\"`, `\\-\\-`, `\\.\\.\\.`: markdown-it keeps each escape in a token
of its own until `text_join`). Within prose they leave as typed

- autolinks, and any word that is a URL or an email address
  (`https://example.com/a--b`, `first--last@example.com`), link text too;
- command-line flags: `-` or `--` at the start of a word, before a letter
  (`--dry-run`, `-v`), for readers who copy commands.

Quotes and apostrophes are markdown-it's own `smartquotes` rule (it reads the
context across emphasis and links). Dashes follow Pelican's
`TYPOGRIFY_DASHES`: `default` makes `--` and `---` an em dash, `oldschool`
makes `--` an en dash and `---` an em dash, `oldschool_inverted` the reverse.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

EN, EM = "\u2013", "\u2014"
DASHES = {
    "default": {"--": EM, "---": EM},
    "oldschool": {"--": EN, "---": EM},
    "oldschool_inverted": {"--": EM, "---": EN},
}
_LITERAL = re.compile(
    r"""(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s<>]+   # a URL
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                     # an email address
    | (?<![\w-])--?[a-zA-Z][\w=./-]*                   # a flag: --dry-run, -v
    """,
    re.VERBOSE,
)
# Elements whose text is literal (Pelican's TYPOGRIFY_IGNORE_TAGS and more).
_LITERAL_TAG = re.compile(
    r"<(/?)(?:code|kbd|samp|pre|var|tt|textarea|script|style|math|svg)\b", re.IGNORECASE
)
_DASH = re.compile(r"(?<!-)-{2,3}(?!-)")
_ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")


def _protect(tokens: list[Token]) -> list[Token]:
    """Text that must stay as typed becomes `text_special`, which the rules skip."""
    result: list[Token] = []
    autolink = 0
    literal = 0  # inside raw <code>, <kbd>, <textarea>... written in a paragraph
    for token in tokens:
        if token.children:
            token.children = _protect(token.children)
        if token.type == "link_open" and token.info == "auto":
            autolink += 1
        elif token.type == "link_close" and autolink:
            autolink -= 1
        elif token.type == "html_inline" and (found := _LITERAL_TAG.match(token.content)):
            literal = max(0, literal + (-1 if found[1] else 1))
        if token.type != "text" or not token.content:
            result.append(token)
        elif autolink or literal:
            token.type = "text_special"
            result.append(token)
        else:
            result += _split(token)
    return result


def _split(token: Token) -> list[Token]:
    pieces, position = [], 0
    for found in _LITERAL.finditer(token.content):
        if found.start() > position:
            pieces.append(("text", token.content[position : found.start()]))
        pieces.append(("text_special", found[0]))
        position = found.end()
    if not pieces:
        return [token]
    if position < len(token.content):
        pieces.append(("text", token.content[position:]))
    split = []
    for kind, text in pieces:
        piece = Token(kind, "", 0, content=text, level=token.level)
        split.append(piece)
    return split


def protect_literals(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline" and token.children:
            token.children = _protect(token.children)


def _punctuate(tokens: list[Token], dashes: dict[str, str]) -> None:
    for token in tokens:
        if token.children:
            _punctuate(token.children, dashes)
        if token.type == "text":
            text = _DASH.sub(lambda found: dashes[found[0]], token.content)
            token.content = _ELLIPSIS.sub("\u2026", text)


def typography_plugin(md: MarkdownIt, dashes: str = "default") -> None:
    """Smart quotes (markdown-it's), dashes and ellipses (ours) on prose only."""
    table = DASHES[dashes]

    def dashes_and_ellipses(state: StateCore) -> None:
        for token in state.tokens:
            if token.type == "inline" and token.children:
                _punctuate(token.children, table)

    md.options["typographer"] = True
    md.enable("smartquotes")
    md.disable("replacements")  # (c) to ©, +- to ±, and dashes that ignore flags
    md.core.ruler.before("smartquotes", "protect_literals", protect_literals)
    md.core.ruler.after("smartquotes", "dashes_and_ellipses", dashes_and_ellipses)


def smarten(md: MarkdownIt, text: str) -> str:
    """`text` (plain text, not Markdown: a title) with the same typography as prose.

    Runs the core rules that follow parsing on one text token, so a title gets
    exactly what a paragraph gets.
    """
    state = StateCore(text, md, {})
    inline = Token("inline", "", 0, content=text)
    inline.children = [Token("text", "", 0, content=text)]
    state.tokens = [inline]
    ruler = md.core.ruler
    parsing = ruler.get_all_rules()[: ruler.get_all_rules().index("inline") + 1]
    for name, rule in zip(ruler.get_active_rules(), ruler.getRules(""), strict=True):
        if name not in parsing:
            rule(state)
    return "".join(child.content for child in inline.children)
