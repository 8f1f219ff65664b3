"""GitHub's strikethrough (GFM spec, "Strikethrough (extension)") for markdown-it-py.

On GitHub `~one~` and `~~two~~` strike text through; a run of three or more
tildes is plain text, and a run only closes a run of the same length. The
rules follow cmark-gfm's extensions/strikethrough.c: tildes pair up like
emphasis delimiters (same flanking rules, same "rule of three"), and a pair
of different lengths is left as text, with the tildes between them.
Struck text renders as `<s>` (GitHub writes `<del>`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.rules_inline.state_inline import Delimiter

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

TILDE = "~"


def gfm_strikethrough_plugin(md: MarkdownIt) -> None:
    """Strike `~text~` and `~~text~~` through as GitHub does, rendered as `<s>`.

    Replaces markdown-it's own "strikethrough" rules (which need two tildes
    and split longer runs), and disables them.
    """
    md.disable("strikethrough", ignoreInvalid=True)
    md.inline.ruler.before("strikethrough", "gfm_strikethrough", _tokenize)
    # After balance_pairs has paired the delimiters, before emphasis runs.
    md.inline.ruler2.before("strikethrough", "gfm_strikethrough", _post_process)


def _tokenize(state: StateInline, silent: bool) -> bool:
    """Inline rule: a run of tildes becomes one text token, a delimiter if 1 or 2 long."""
    if silent or state.src[state.pos] != TILDE:
        return False
    scanned = state.scanDelims(state.pos, True)
    state.push("text", "", 0).content = TILDE * scanned.length
    if scanned.length <= 2 and (scanned.can_open or scanned.can_close):
        # The real length lets balance_pairs apply cmark's rule of three.
        delimiter = Delimiter(
            marker=ord(TILDE),
            length=scanned.length,
            token=len(state.tokens) - 1,
            end=-1,
            open=scanned.can_open,
            close=scanned.can_close,
        )
        state.delimiters.append(delimiter)
    state.pos += scanned.length
    return True


def _post_process(state: StateInline) -> None:
    """Turn each pair of equally long tilde runs into `s_open` and `s_close`."""
    _strike(state, state.delimiters)
    for meta in state.tokens_meta:
        if meta and "delimiters" in meta:
            _strike(state, meta["delimiters"])


def _strike(state: StateInline, delimiters: list[Delimiter]) -> None:
    for opener in delimiters:
        if opener.marker != ord(TILDE) or opener.end < 0:
            continue
        start = state.tokens[opener.token]
        end = state.tokens[delimiters[opener.end].token]
        # cmark-gfm pairs `~` with `~~` too, then drops the pair: both stay text.
        if start.content != end.content:
            continue
        for token, kind, nesting in ((start, "s_open", 1), (end, "s_close", -1)):
            token.type, token.tag, token.nesting = kind, "s", nesting
            token.markup, token.content = token.content, ""
