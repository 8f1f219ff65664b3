"""A platform's post HTML, made into Markdown as an author would have written it.

- WordPress keeps paragraphs as blank lines, not `<p>` ("wpautop"): Pelican's
  own importer has a faithful port of that function, `decode_wp_content`,
  and it is used here. `[caption]` becomes a `<figure>` with its caption,
  `[embed]` a link, other shortcodes are dropped (and reported), and
  `<!--more-->` goes.
- What the platform added around the post is dropped: share and like
  blocks, related posts, "Post a Comment", comment forms.
- Embedded players (`iframe`, `video`, `audio`, `object`, `embed`) become
  plain links; feed services' flare and tracking pixels go (`tracking`).
- markdownify (on BeautifulSoup) writes the Markdown; a figure stays HTML,
  remade from its image and caption alone. Text that was escaped markup
  (`Collection&lt;HotelDto&gt;`) stays text, and a term list keeps the form
  the site's Markdown reads as a definition list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape as html_escape

from bs4 import BeautifulSoup
from markdownify import MarkdownConverter
from pelican.tools.pelican_import import decode_wp_content

from .tracking import remove_tracking

CAPTION = re.compile(r"\[caption[^\]]*\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
SHORTCODE = re.compile(r"\[/?([a-z_-]+)(?:\s[^\]]*)?\]", re.IGNORECASE)
MORE = re.compile(r"<!--\s*more\s*-->", re.IGNORECASE)
CHROME_CLASSES = re.compile(
    r"sharedaddy|sd-sharing|sd-like|jp-relatedposts|wpcnt|share|social|comment|"
    r"post-footer|blogger-post-footer|related",
    re.IGNORECASE,
)
CHROME_TEXT = re.compile(
    r"^(share this:?|like this:?|post a comment|connecting to %s|related|loading\.\.\.|"
    r"leave a (comment|reply)|\d+ comments?:?)\b",
    re.IGNORECASE,
)


@dataclass
class Converted:
    markdown: str
    images: list[str] = field(default_factory=list)  # every image's src, as written
    dropped: list[str] = field(default_factory=list)  # shortcodes and chrome left out


ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


class _Markdown(MarkdownConverter):
    def convert_figure(self, el, text, parent_tags=None):
        return f"\n\n{_clean_figure(el)}\n\n"

    def escape(self, text, parent_tags):
        # Text, not markup: "&lt;T&gt;" in the HTML is "<T>" here, which Markdown would
        # read as a tag; and "&amp;lt;" would come back as an entity.
        text = super().escape(text, parent_tags)
        return ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")

    def convert_dt(self, el, text, parent_tags):
        term = super().convert_dt(el, text, parent_tags)
        if "_inline" in parent_tags or not term.strip():
            return term
        # One definition for several terms: the site's Markdown takes one term line
        # per definition, so the terms share it.
        before, after = el.find_previous_sibling(True), el.find_next_sibling(True)
        joined = before is not None and before.name == "dt"
        return (
            ("" if joined else "\n\n")
            + term.strip()
            + (" / " if after is not None and after.name == "dt" else "\n")
        )


def _clean_figure(figure) -> str:
    """A figure as its image (src and alt) and its caption's text: nothing else of the source's HTML."""
    image = figure.find("img")
    caption = figure.find("figcaption")
    parts = []
    if image is not None and image.get("src"):
        fresh = BeautifulSoup("", "html.parser").new_tag("img")
        fresh["src"], fresh["alt"] = image["src"], image.get("alt", "")
        parts.append(str(fresh))
    if caption is not None:
        fresh = BeautifulSoup("", "html.parser").new_tag("figcaption")
        fresh.string = caption.get_text(" ", strip=True)
        parts.append(str(fresh))
    return f"<figure>{''.join(parts)}</figure>" if parts else ""


def _caption(found: re.Match) -> str:
    inner = found[1]
    soup = BeautifulSoup(inner, "html.parser")
    image = soup.find("img")
    if image is None:
        return inner
    caption = soup.get_text(" ", strip=True)
    image.attrs = {k: v for k, v in image.attrs.items() if k in ("src", "alt")}
    return f"<figure>{image}<figcaption>{html_escape(caption)}</figcaption></figure>"


def _link(url: str) -> str:
    """An embed's address as a plain link, escaped: it is the export's text, not markup."""
    return f'<a href="{html_escape(url)}">{html_escape(url)}</a>'


def wordpress_html(html: str, dropped: list[str]) -> str:
    html = MORE.sub("", html)
    html = CAPTION.sub(_caption, html)
    html = EMBED.sub(lambda m: _link(m[1].strip()), html)

    def drop(found: re.Match) -> str:
        dropped.append(f"shortcode [{found[1]}]")
        return ""

    html = SHORTCODE.sub(drop, html)
    return decode_wp_content(html)


def to_markdown(html: str, dropped: list[str] | None = None) -> Converted:
    """Markdown for HTML with its paragraphs (WordPress's: through `wordpress_html` first)."""
    dropped = [] if dropped is None else dropped
    soup = BeautifulSoup(html, "html.parser")
    remove_tracking(soup, dropped)
    for element in soup.find_all(True):
        if element.decomposed:
            continue
        marks = " ".join([*element.get("class", []), element.get("id", "")])
        text = element.get_text(" ", strip=True)
        if (marks.strip() and CHROME_CLASSES.search(marks)) or (
            element.name in ("div", "p", "h3", "h4", "form", "section")
            and CHROME_TEXT.match(text)
            and len(text) < 200
        ):
            dropped.append(f"{element.name}: {text[:40]!r}")
            element.decompose()
    for link in soup.find_all("a", href=True):
        # A link into the old page ("#", "#footnote-3"): its ids do not survive the move.
        if link["href"].startswith("#"):
            dropped.append("link to a place in the old page: kept as text")
            link.unwrap()
    for br in soup.select("figure br"):
        br.decompose()
    for player in soup.find_all(["iframe", "video", "audio", "embed", "object"]):
        source = player.find("source")
        src = player.get("src") or player.get("data") or (source.get("src") if source else None)
        if src:
            link = soup.new_tag("a", href=src)
            link.string = f"Watch or listen: {src}"
            paragraph = soup.new_tag("p")
            paragraph.append(link)
            player.replace_with(paragraph)
        else:
            player.decompose()
    images = [img["src"] for img in soup.find_all("img") if img.get("src")]
    markdown = _Markdown(heading_style="ATX", bullets="-", escape_underscores=False).convert_soup(
        soup
    )
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    return Converted(markdown, images, dropped)
