"""GitHub's extended autolinks (GFM spec, "Autolinks (extension)") for markdown-it-py.

GitHub links three things in running text without `<...>` around them:
`www.` followed by a domain, `http://`, `https://` and `ftp://` URLs, and
e-mail addresses (also written as `mailto:` or `xmpp:` links). Nothing
else: a file name such as README.md or a bare `example.com` stays text,
unlike linkify-it's guesses.

The rules are cmark-gfm's (extensions/autolink.c of 0.29.0.gfm.13, which
GitHub runs and whose output the spec examples are). www and URL links are
found while the paragraph is parsed, so they win over emphasis and code
spans that start inside them, and none is made while a `[` is open; e-mail
addresses are found afterwards, in the text left outside links. One
difference, on purpose: text inside a raw `<a>` element is not linked
(cmark-gfm would nest a link in it).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import mdurl
from markdown_it.common.utils import isLinkClose, isLinkOpen
from markdown_it.token import Token

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_inline import StateInline

SCHEMES = frozenset({"http", "https", "ftp"})
TEXT_TYPES = frozenset({"text", "text_special"})
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
# An address written with its protocol keeps it as its href.
PROTOCOLS = ("mailto:", "xmpp:")
# Underscores in the last two labels make a domain invalid, unless the host
# has more than this many dots (cmark-gfm's guard against quadratic time).
UNDERSCORE_DOT_LIMIT = 10
_BRACKETS = re.compile(r"[\[\]]")
_SCAN_ATTR = "_gfm_autolink_bracket_scan"
_IN_IMAGE = "gfm_autolink_in_image"


def gfm_autolink_plugin(md: MarkdownIt) -> None:
    """Link www., http(s)://, ftp:// and e-mail addresses in text as GitHub does.

    Links get `link_open`/`link_close` tokens with `markup="linkify"` and
    `info="auto"`; a www link's href starts with `http://`, an address's with
    `mailto:` (unless it is written with `mailto:` or `xmpp:`). Nothing is
    linked inside links, images, code spans, raw HTML tags or `<a>`
    elements. Replaces markdown-it's "linkify" rules, which it disables.
    """
    md.disable("linkify", ignoreInvalid=True)
    # The text rule must stop at each `w` so that a www link can start there.
    md.inline.add_terminator_char("w")
    md.inline.ruler.before("linkify", "gfm_autolink", _www_or_url)
    md.core.ruler.after("inline", "gfm_autolink_images", _unlink_images)
    md.core.ruler.after("text_join", "gfm_autolink_email", _emails)


def _www_or_url(state: StateInline, silent: bool) -> bool:
    """Inline rule: a www link at a `w`, or a URL whose `://` starts at a `:`."""
    # Silent calls come from scanning a link's label: cmark-gfm links nothing
    # inside brackets, and nothing may be linked inside a link either.
    if silent or state.linkLevel > 0 or state.env.get(_IN_IMAGE):
        return False
    char = state.src[state.pos]
    if char == "w":
        return _www(state)
    if char == ":":
        return _url(state)
    return False


def _www(state: StateInline) -> bool:
    """A www link at `state.pos`, after white space or `*_~(`; its href gets `http://`."""
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
    """An http, https or ftp URL whose `://` is at `state.pos` (its scheme is text so far)."""
    src, pos, end = state.src, state.pos, state.posMax
    host = pos + 3
    if not src.startswith("://", pos, end) or host >= end or not _is_host_char(src[host]):
        return False
    scheme_start = pos
    while scheme_start > 0 and src[scheme_start - 1] in ASCII_ALPHA:
        scheme_start -= 1
    scheme = src[scheme_start:pos]
    if scheme.lower() not in SCHEMES:
        return False
    domain = _domain_length(src, host, end)
    if domain is None:
        return False
    rest = _trim(src[pos : _run_end(src, host + domain[0], end)])
    if _inside_brackets(state) or not _take_back(state, scheme):
        return False
    _push_link(state, scheme + rest, scheme + rest)
    state.pos = pos + len(rest)
    return True


def _take_back(state: StateInline, scheme: str) -> bool:
    """Take back the scheme from the text already emitted; False if it is not there.

    It is at the end of the pending text, or partly in an escape token before
    it: `\\http://x.org` gives the token `\\h` (a letter cannot be escaped).
    """
    tokens, pending = state.tokens, state.pending
    index, tail = len(tokens), pending
    while len(tail) < len(scheme) and index > 0 and tokens[index - 1].type in TEXT_TYPES:
        index -= 1
        tail = tokens[index].content + tail
    if not tail.endswith(scheme):
        return False
    taken = min(len(scheme), len(pending))
    state.pending = pending[: len(pending) - taken]
    count = len(scheme) - taken
    for token in reversed(tokens[index:]):
        taken = min(count, len(token.content))
        token.content = token.content[: len(token.content) - taken]
        count -= taken
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
    # cmark-gfm walks bytes, and a byte inside a multi-byte character is not
    # a host character: the scan stops at the first non-ASCII character.
    while i < end - 1 and src[i - 1].isascii():
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

    `link` already stops before any `<`. Trailing punctuation goes, a `)`
    goes while the link has more `)` than `(`, and an entity-like `&name;`
    at the end goes as a whole.
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
    What was read is kept on the state, so that each character is read once.
    """
    scan = state.__dict__.setdefault(_SCAN_ATTR, _BracketScan())
    tokens = state.tokens
    if scan.tokens < len(tokens):
        for token in tokens[scan.tokens :]:
            if token.type == "link_open":
                scan.link_depth += 1
            elif token.type == "link_close":
                scan.link_depth -= 1
            elif token.type == "text" and scan.link_depth == 0:
                scan.after_tokens = _open_after(token.content, 0, scan.after_tokens)
        scan.tokens, scan.pending, scan.after_pending = len(tokens), "", scan.after_tokens
    pending = state.pending
    # Pending text grows until it becomes a token; read only what is new.
    if pending.startswith(scan.pending):
        scan.after_pending = _open_after(pending, len(scan.pending), scan.after_pending)
    else:
        scan.after_pending = _open_after(pending, 0, scan.after_tokens)
    scan.pending = pending
    return scan.after_pending > 0


@dataclass
class _BracketScan:
    """How far `_inside_brackets` has read, and how many brackets are open there."""

    tokens: int = 0
    link_depth: int = 0
    after_tokens: int = 0
    pending: str = ""
    after_pending: int = 0


def _open_after(text: str, start: int, opened: int) -> int:
    """How many brackets are open after `text[start:]`: each `]` closes the last `[`."""
    for found in _BRACKETS.finditer(text, start):
        opened = opened + 1 if found[0] == "[" else max(opened - 1, 0)
    return opened


def _push_link(state: StateInline, href: str, text: str) -> None:
    token = state.push("link_open", "a", 1)
    token.attrs = {"href": mdurl.encode(href)}
    token.markup, token.info = "linkify", "auto"
    state.push("text", "", 0).content = text
    token = state.push("link_close", "a", -1)
    token.markup, token.info = "linkify", "auto"


def _unlink_images(state: StateCore) -> None:
    """Core rule: parse again, without www and URL links, image descriptions that got one.

    cmark-gfm links nothing inside `![...]`, but markdown-it parses an image's
    description on its own, where the inline rule cannot tell it is in one.
    """
    for block in state.tokens:
        if block.type != "inline":
            continue
        for token in block.children or []:
            if token.type == "image" and _has_autolink(token.children or []):
                state.env[_IN_IMAGE] = True
                try:
                    token.children = []
                    state.md.inline.parse(token.content, state.md, state.env, token.children)
                finally:
                    del state.env[_IN_IMAGE]


def _has_autolink(tokens: list[Token]) -> bool:
    return any(
        (token.type == "link_open" and token.markup == "linkify")
        or _has_autolink(token.children or [])
        for token in tokens
    )


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
    for begin, end, has_protocol in _find_emails(text):
        if begin > start:
            pieces.append(_text(text[start:begin], level))
        address = text[begin:end]
        href = mdurl.encode(address if has_protocol else "mailto:" + address)
        link_open = Token("link_open", "a", 1, attrs={"href": href}, level=level)
        link_close = Token("link_close", "a", -1, level=level)
        for link in (link_open, link_close):
            link.markup, link.info = "linkify", "auto"
        pieces += [link_open, _text(address, level + 1), link_close]
        start = end
    if not pieces:
        return [token]
    if start < len(text):
        pieces.append(_text(text[start:], level))
    return pieces


def _text(content: str, level: int) -> Token:
    return Token("text", "", 0, content=content, level=level)


def _find_emails(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, has_protocol) of each address in `text`, as cmark-gfm.

    An address is letters, digits and `.+-_`, one `@`, then letters, digits,
    `-` and `_` with at least one dot between them, ending in a letter. It
    may start with `mailto:` or `xmpp:` (an xmpp address may go on with
    `/resource`). Where a second `@` follows, the address is looked for
    around that one instead.
    """
    search = 0  # no address starts before this: a link or a failed try ends here
    while (at := text.find("@", search)) >= 0:
        # cmark-gfm keeps both when it moves on to a later `@`.
        dots, protocols = 0, set()
        while (local := _local_length(text, at, search, protocols)) > 0:
            length, dots, next_at = _domain_scan(text, at, dots, "xmpp:" in protocols)
            if next_at is None:
                break
            search, at = at + 1, next_at
        if local == 0:
            search = at + 1
        elif length < 2 or dots == 0 or text[at + length - 1] not in ASCII_ALPHA:
            search = at + length
        else:
            # An address never ends in punctuation, so nothing is trimmed here.
            yield at - local, at + length, bool(protocols)
            search = at + length


def _local_length(text: str, at: int, floor: int, protocols: set[str]) -> int:
    """How many characters before `text[at]` (and from `floor` on) belong to the address.

    A protocol met on the way is added to `protocols`.
    """
    length = 0
    while at - length > floor:
        char = text[at - length - 1]
        if char == ":" and (protocol := _protocol_before(text, at - length, floor)):
            protocols.add(protocol)
        elif char not in EMAIL_LOCAL:
            break
        length += 1
    return length


def _protocol_before(text: str, end: int, floor: int) -> str | None:
    """The protocol that ends at `text[end]` (after its `:`), if it starts a word."""
    for protocol in PROTOCOLS:
        begin = end - len(protocol)
        starts_word = begin == floor or (begin > floor and text[begin - 1] not in ASCII_ALNUM)
        if starts_word and text.startswith(protocol, begin):
            return protocol
    return None


def _domain_scan(text: str, at: int, dots: int, xmpp: bool) -> tuple[int, int, int | None]:
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
        elif char not in ASCII_ALNUM and char not in "-_" and not (xmpp and char == "/"):
            break
        end += 1
    return end - at, dots, None
