"""GitHub's extended autolinks (GFM spec, "Autolinks (extension)") for markdown-it-py.

GitHub links three things in running text without `<...>` around them:
`www.` followed by a domain, `http://`, `https://` and `ftp://` URLs, and
e-mail addresses. Nothing else: a file name such as README.md or a bare
`example.com` stays text, unlike linkify-it's guesses.

The rules follow cmark-gfm's extensions/autolink.c, which GitHub runs and
whose output the spec examples are: www and URL links are found while the
paragraph is parsed (so they win over emphasis and code spans that start
inside them, as on GitHub), e-mail addresses afterwards in the text that is
left over.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

import mdurl
from markdown_it.common.utils import isLinkClose, isLinkOpen
from markdown_it.token import Token

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_inline import StateInline

SCHEMES = frozenset({"http", "https", "ftp"})
# What cmark-gfm drops from the end of a link, one character at a time. The
# spec lists ?!.,:*_~; cmark-gfm (and the spec's own `"http://google.com"`
# example) drops quotes too.
TRAILING_PUNCTUATION = frozenset("?!.,:*_~'\"")
# A www link starts a line, or follows white space or one of these.
WWW_FOLLOWS = frozenset("*_~(")
ASCII_SPACE = frozenset(" \t\n\v\f\r")
ASCII_ALPHA = frozenset(string.ascii_letters)
ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
EMAIL_LOCAL = ASCII_ALNUM | frozenset(".+-_")
# Underscores in the last two labels make a domain invalid, unless the host
# has more than this many dots (cmark-gfm's guard against quadratic time).
UNDERSCORE_DOT_LIMIT = 10
_BRACKETS = re.compile(r"[\[\]]")
_SCAN_ATTR = "_gfm_autolink_bracket_scan"


def gfm_autolink_plugin(md: MarkdownIt) -> None:
    """Link www., http(s)://, ftp:// and e-mail addresses in text as GitHub does.

    Links get `link_open`/`link_close` tokens with `markup="linkify"` and
    `info="auto"`; a www link's href starts with `http://`, an address's with
    `mailto:`. Nothing is linked inside links, code spans, raw HTML tags or
    `<a>` elements. Replaces markdown-it's "linkify" rules, which it disables.
    """
    md.disable("linkify", ignoreInvalid=True)
    # The text rule must stop at each `w` so that a www link can start there.
    md.inline.add_terminator_char("w")
    md.inline.ruler.before("linkify", "gfm_autolink", _www_or_url)
    md.core.ruler.after("text_join", "gfm_autolink_email", _emails)


def _www_or_url(state: StateInline, silent: bool) -> bool:
    """Inline rule: a www link at a `w`, or a URL whose `://` starts at a `:`."""
    # Silent calls come from scanning a link's label: cmark-gfm links nothing
    # inside brackets, and nothing may be linked inside a link either.
    if silent or state.linkLevel > 0:
        return False
    char = state.src[state.pos]
    if char == "w":
        return _www(state)
    if char == ":":
        return _url(state)
    return False


def _www(state: StateInline) -> bool:
    src, pos, end = state.src, state.pos, state.posMax
    if pos > 0 and src[pos - 1] not in WWW_FOLLOWS and src[pos - 1] not in ASCII_SPACE:
        return False
    if not src.startswith("www.", pos, end):
        return False
    domain = _domain_length(src, pos, end)
    # The dot after "www" counts: cmark-gfm links `www.com`, too.
    if domain is None or domain[1] == 0:
        return False
    text = _trim(src[pos : _run_end(src, pos + domain[0], end)])
    if _inside_brackets(state):
        return False
    _push_link(state, "http://" + text, text)
    state.pos = pos + len(text)
    return True


def _url(state: StateInline) -> bool:
    src, pos, end = state.src, state.pos, state.posMax
    host = pos + 3
    if not src.startswith("://", pos, end) or host >= end or not _is_host_char(src[host]):
        return False
    pending = state.pending
    scheme_start = len(pending)
    while scheme_start > 0 and pending[scheme_start - 1] in ASCII_ALPHA:
        scheme_start -= 1
    scheme = pending[scheme_start:]
    if scheme.lower() not in SCHEMES:
        return False
    domain = _domain_length(src, host, end)
    if domain is None:
        return False
    rest = _trim(src[pos : _run_end(src, host + domain[0], end)])
    if _inside_brackets(state):
        return False
    # The scheme was already taken as text; it belongs to the link instead.
    state.pending = pending[:scheme_start]
    _push_link(state, scheme + rest, scheme + rest)
    state.pos = pos + len(rest)
    return True


def _domain_length(src: str, start: int, end: int) -> tuple[int, int] | None:
    """(length, dots) of the domain at `src[start:end]`; None if it is invalid.

    As cmark-gfm's check_domain: the domain runs while characters are letters,
    digits, symbols, `-`, `_` or `.`; the first character and the
    paragraph's last one are not examined, and a backslash lets the
    character after it through.
    """
    dots = last_underscores = previous_underscores = 0
    i = start + 1
    while i < end - 1:
        if src[i] == "\\" and i < end - 2:
            i += 1
        char = src[i]
        if char == "_":
            last_underscores += 1
        elif char == ".":
            previous_underscores, last_underscores = last_underscores, 0
            dots += 1
        elif char != "-" and not _is_host_char(char):
            break
        i += 1
    if (previous_underscores or last_underscores) and dots <= UNDERSCORE_DOT_LIMIT:
        return None
    return i - start, dots


def _run_end(src: str, pos: int, end: int) -> int:
    """Where the link candidate stops: at white space or `<`."""
    while pos < end and src[pos] not in ASCII_SPACE and src[pos] != "<":
        pos += 1
    return pos


def _trim(link: str) -> str:
    """The link without what GitHub leaves outside it (cmark-gfm's autolink_delim).

    `link` already stops before any `<`. Trailing punctuation goes, a `)` goes while the link has more `)` than
    `(`, and an entity-like `&name;` at the end goes as a whole.
    """
    opening, closing = link.count("("), link.count(")")
    end = len(link)
    while end > 0:
        last = link[end - 1]
        if last == ")":
            if closing <= opening:
                break
            closing -= 1
            end -= 1
        elif last in TRAILING_PUNCTUATION:
            end -= 1
        elif last == ";":
            amp = end - 2
            while amp > 0 and link[amp] in ASCII_ALPHA:
                amp -= 1
            end = amp if amp < end - 2 and link[amp] == "&" else end - 1
        else:
            break
    return link[:end]


def _is_host_char(char: str) -> bool:
    """Not white space and not punctuation (Unicode P* or ASCII), as cmark-gfm."""
    if char in string.punctuation or char in "\t\n\f\r":
        return False
    category = unicodedata.category(char)
    return not (category.startswith("P") or category == "Zs")


def _inside_brackets(state: StateInline) -> bool:
    """Whether a literal `[` earlier in the paragraph has no `]` yet.

    cmark-gfm makes no www or URL link while a bracket is open, so
    `[see http://x.org]` stays text on GitHub. Literal brackets are those no
    rule took: they are in text tokens outside links and in the pending text.
    The scan of the tokens is kept on the state, so each token is read once.
    """
    seen, depth, opened = getattr(state, _SCAN_ATTR, (0, 0, 0))
    tokens = state.tokens
    for index in range(seen, len(tokens)):
        token = tokens[index]
        if token.type == "link_open":
            depth += 1
        elif token.type == "link_close":
            depth -= 1
        elif token.type == "text" and depth == 0:
            opened = _open_after(token.content, opened)
    setattr(state, _SCAN_ATTR, (len(tokens), depth, opened))
    return _open_after(state.pending, opened) > 0


def _open_after(text: str, opened: int) -> int:
    """How many brackets are open after `text`: each `]` closes the last `[`."""
    for found in _BRACKETS.finditer(text):
        opened = opened + 1 if found[0] == "[" else max(opened - 1, 0)
    return opened


def _push_link(state: StateInline, href: str, text: str) -> None:
    token = state.push("link_open", "a", 1)
    token.attrs = {"href": mdurl.encode(href)}
    token.markup, token.info = "linkify", "auto"
    state.push("text", "", 0).content = text
    token = state.push("link_close", "a", -1)
    token.markup, token.info = "linkify", "auto"


def _emails(state: StateCore) -> None:
    """Core rule: link e-mail addresses in text outside links and `<a>` elements."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children: list[Token] = []
        links = html_links = 0
        for token in block.children:
            if token.type == "link_open":
                links += 1
            elif token.type == "link_close":
                links -= 1
            elif token.type == "html_inline" and isLinkOpen(token.content):
                html_links += 1
            elif token.type == "html_inline" and isLinkClose(token.content):
                html_links = max(html_links - 1, 0)
            elif token.type == "text" and not links and not html_links and "@" in token.content:
                children.extend(_split_emails(token))
                continue
            children.append(token)
        block.children = children


def _split_emails(token: Token) -> list[Token]:
    """`token` as text and mailto link tokens, or just `[token]` if it has no address."""
    text, level = token.content, token.level
    pieces: list[Token] = []
    start = 0
    for begin, end in _find_emails(text):
        if begin > start:
            pieces.append(_text(text[start:begin], level))
        address = text[begin:end]
        link_open = Token("link_open", "a", 1, attrs={"href": mdurl.encode("mailto:" + address)})
        link_open.markup, link_open.info, link_open.level = "linkify", "auto", level
        pieces += [link_open, _text(address, level + 1)]
        link_close = Token("link_close", "a", -1, markup="linkify", info="auto", level=level)
        pieces.append(link_close)
        start = end
    if not pieces:
        return [token]
    if start < len(text):
        pieces.append(_text(text[start:], level))
    return pieces


def _text(content: str, level: int) -> Token:
    return Token("text", "", 0, content=content, level=level)


def _find_emails(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each address in `text`, as cmark-gfm's postprocess_text.

    An address is letters, digits and `.+-_`, one `@`, then letters, digits,
    `-` and `_` with at least one dot between them, ending in a letter. Where
    a second `@` follows, the address is looked for around that one instead.
    """
    search = 0  # no address starts before this: a link or a failed try ends here
    while (at := text.find("@", search)) >= 0:
        dots = 0  # cmark-gfm keeps counting dots when it moves on to a later `@`
        while (local := _local_length(text, at, search)) > 0:
            length, dots, next_at = _domain_scan(text, at, dots)
            if next_at is None:
                break
            search, at = at + 1, next_at
        if local == 0:
            search = at + 1
        elif length < 2 or dots == 0 or text[at + length - 1] not in ASCII_ALPHA:
            search = at + length
        else:
            # An address never ends in punctuation, so nothing is trimmed here.
            yield at - local, at + length
            search = at + length


def _local_length(text: str, at: int, floor: int) -> int:
    """How many characters before `text[at]` (and from `floor` on) make a local part."""
    length = 0
    while at - length > floor and text[at - length - 1] in EMAIL_LOCAL:
        length += 1
    return length


def _domain_scan(text: str, at: int, dots: int) -> tuple[int, int, int | None]:
    """(length from `@`, dots so far, index of a second `@` or None) after `text[at]`.

    A dot is taken only when a letter or digit follows it.
    """
    end = at + 1
    while end < len(text):
        char = text[end]
        if char == "@":
            return end - at, dots, end
        if char == "." and end + 1 < len(text) and text[end + 1] in ASCII_ALNUM:
            dots += 1
        elif char not in ASCII_ALNUM and char not in "-_":
            break
        end += 1
    return end - at, dots, None
