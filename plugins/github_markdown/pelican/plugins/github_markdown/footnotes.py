"""Footnotes marked up the way GitHub (cmark-gfm) marks them up.

    Text with a note.[^day-1]

    [^day-1]: The note.

gives, as cmark-gfm 0.29.0.gfm.13 does,

    <p>Text with a note.<sup class="footnote-ref"><a href="#fn-day-1"
    id="fnref-day-1" data-footnote-ref>1</a></sup></p>
    <section class="footnotes" data-footnotes>
    <ol>
    <li id="fn-day-1">
    <p>The note. <a href="#fnref-day-1" class="footnote-backref"
    data-footnote-backref data-footnote-backref-idx="1"
    aria-label="Back to reference 1">↩</a></p>
    </li>
    </ol>
    </section>

(line breaks inside the tags added here). mdit-py-plugins' footnote plugin does
the parsing; only its output is replaced. A note's id is `fn-` and its label,
a reference's `fnref-` and the label (`-2`, `-3`... for the second, third...
reference to one note), the label escaped as cmark-gfm escapes a link address,
so that any label gives a valid id. Every id a footnote uses matches
`FOOTNOTE_ID` (`footnote_ids` lists a page's): code that makes other ids, as
for headings, should keep clear of it.

There is no heading inside the section: cmark-gfm writes none (GitHub.com adds
its own after rendering), and one would break every example of its spec.

Where mdit-py-plugins' parsing still differs from cmark-gfm's: labels match
only in the same case (`[^A]` does not cite `[^a]:`), the last of two
definitions with one label wins (cmark-gfm: the first), and a tab may sit in a
label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from html import escape, unescape
from itertools import count

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkLabel
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from .alerts import WORDS_OPTION

# Every id a footnote gives starts `fn-` (a note) or `fnref-` (a reference), so
# an id that other code makes (a heading's) and `FOOTNOTE_ID.match`es may one day
# be a footnote's: `## fn-1` must get another id.
FOOTNOTE_ID = re.compile(r"\Afn(?:ref)?-")

# Bytes cmark-gfm's houdini_escape_href leaves as they are; `&` and `'` become
# entities and every other byte %XX, so an id never holds a space or a quote.
_HREF_SAFE = frozenset(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.+!*(),%#@?=;:/$~"
)
_HREF_ENTITIES = {ord("&"): "&amp;", ord("'"): "&#x27;"}


def escape_label(label: str) -> str:
    """`label` as cmark-gfm writes it into an id or href: ready for an attribute."""
    return "".join(
        chr(byte) if byte in _HREF_SAFE else _HREF_ENTITIES.get(byte, f"%{byte:02X}")
        for byte in label.encode("utf-8")
    )


def gfm_footnote_plugin(md: MarkdownIt) -> None:
    """Parse `[^label]` notes as mdit-py-plugins does; write them as cmark-gfm does.

    Inline notes (`^[text]`) are off: GitHub has none, so it shows them as text.
    A `[^text]` that names no note is kept as written, as on GitHub.
    """
    md.use(footnote_plugin, inline=False)
    md.inline.ruler.after("footnote_ref", "gfm_unknown_footnote", _unknown_ref)
    md.core.ruler.after("footnote_tail", "gfm_footnote_ids", _assign_ids)
    md.add_render_rule("footnote_ref", _ref)
    md.add_render_rule("footnote_block_open", lambda *_: _SECTION_OPEN)
    md.add_render_rule("footnote_block_close", lambda *_: "</ol>\n</section>\n")
    md.add_render_rule("footnote_open", _note_open)
    md.add_render_rule("footnote_close", _note_close)
    md.add_render_rule("footnote_anchor", _backref)


def footnote_ids(tokens: Iterable[Token]) -> set[str]:
    """Every id the footnotes of `tokens` (from `md.parse`) give the page.

    All of them match `FOOTNOTE_ID` too; this is the exact set, for code that
    wants to avoid only the ids a page really has.
    """
    ids = set()
    for token in _walk(tokens):
        if token.type == "footnote_open":
            ids.add(token.meta["note_id"])
        elif token.type == "footnote_ref":
            ids.add(token.meta["ref_id"])
    return {unescape(found) for found in ids}  # attribute text to the id itself


# The back link's label; a site may say it in its own language (render.WORDS).
BACK_TO_REFERENCE = "Back to reference %(number)s"
_SECTION_OPEN = '<section class="footnotes" data-footnotes>\n<ol>\n'


def _walk(tokens: Iterable[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        yield from _walk(token.children or ())


def _unknown_ref(state: StateInline, silent: bool) -> bool:
    """`[^text]` that is neither a link nor a known note: its source, as text.

    cmark-gfm takes every such bracket for a footnote reference and, finding no
    note, writes back what was typed, so `[^_a_]` shows no emphasis.
    """
    start = state.pos
    if not state.src.startswith("[^", start):
        return False
    end = parseLinkLabel(state, start)
    if end <= start + 2:  # no closing bracket, or nothing after the `^`
        return False
    if not silent:
        state.push("text", "", 0).content = state.src[start : end + 1]
    state.pos = end + 1
    return True


def _unique(candidates: list[str]) -> list[str]:
    """`candidates` in order, each repeat of an earlier one given `-2`, `-3`...

    The suffix avoids every candidate, so only the repeats change.
    """
    reserved, seen, result = set(candidates), set(), []
    for candidate in candidates:
        found = candidate
        if found in seen:
            found = next(f"{candidate}-{n}" for n in count(2) if f"{candidate}-{n}" not in reserved)
            reserved.add(found)
        seen.add(found)
        result.append(found)
    return result


def _assign_ids(state: StateCore) -> None:
    """Give every footnote token the ids it writes, each once on the page.

    cmark-gfm's own ids can clash: `[^a]` cited twice and `[^a-2]` both give
    `fnref-a-2`; `[^"]` and `[^%22]` both give `fn-%22`. Notes come first,
    then first references, then the others; the later of two equal ids gets a
    suffix, and every id that clashes with nothing is cmark-gfm's.
    """
    notes = state.env.get("footnotes", {}).get("list", {})
    if not notes:
        return
    # (note, 0) is the note itself, (note, k) its k-th reference.
    keys = [(n, 0) for n in notes] + [(n, 1) for n in notes]
    keys += [(n, k) for n, note in notes.items() for k in range(2, note["count"] + 1)]
    labels = {n: escape_label(note["label"]) for n, note in notes.items()}
    candidates = [
        f"fn-{labels[n]}"
        if k == 0
        else f"fnref-{labels[n]}"
        if k == 1
        else f"fnref-{labels[n]}-{k}"
        for n, k in keys
    ]
    ids = dict(zip(keys, _unique(candidates), strict=True))
    for token in _walk(state.tokens):
        if token.type in ("footnote_ref", "footnote_open", "footnote_anchor"):
            n = token.meta["id"]
            token.meta["note_id"] = ids[n, 0]
            if "subId" in token.meta:  # mdit-py-plugins counts references from 0
                token.meta["ref_id"] = ids[n, token.meta["subId"] + 1]


def _ref(self, tokens: Sequence[Token], idx: int, options, env) -> str:
    """A reference: the note's number, linked to the note."""
    meta = tokens[idx].meta
    return (
        f'<sup class="footnote-ref"><a href="#{meta["note_id"]}" id="{meta["ref_id"]}" '
        f"data-footnote-ref>{meta['id'] + 1}</a></sup>"
    )


def _note_open(self, tokens: Sequence[Token], idx: int, options, env) -> str:
    return f'<li id="{tokens[idx].meta["note_id"]}">\n'


def _note_close(self, tokens: Sequence[Token], idx: int, options, env) -> str:
    # Backrefs that could not go inside a last paragraph stand on a line of their own.
    after_backref = tokens[idx - 1].type == "footnote_anchor"
    return "\n</li>\n" if after_backref else "</li>\n"


def _backref(self, tokens: Sequence[Token], idx: int, options, env) -> str:
    """A link back to one reference: `↩` for the first, `↩` and a small k for the k-th."""
    meta = tokens[idx].meta
    number, k = meta["id"] + 1, meta["subId"] + 1
    idx_text = f"{number}" if k == 1 else f"{number}-{k}"
    mark = "↩" if k == 1 else f'↩<sup class="footnote-ref">{k}</sup>'
    # cmark-gfm puts a space before a backref in a paragraph and between
    # backrefs, but none before the first one after a block (code, quote).
    space = " " if tokens[idx - 1].type in ("inline", "footnote_anchor") else ""
    label = options.get(WORDS_OPTION, {}).get("back_to_reference", BACK_TO_REFERENCE)
    label = escape(label % {"number": idx_text}, quote=True)
    return (
        f'{space}<a href="#{meta["ref_id"]}" class="footnote-backref" data-footnote-backref '
        f'data-footnote-backref-idx="{idx_text}" aria-label="{label}">'
        f"{mark}</a>"
    )
