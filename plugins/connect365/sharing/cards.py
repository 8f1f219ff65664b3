"""A social card for every post and page: a 1200x630 PNG that link previews show.

`Card` is what a card says; `draw` turns it into PNG bytes with Pillow and the
font Pillow itself ships (Aileron, CC0), so the same text always gives the
same bytes. Cards are cached by the hash of what they say and of this file
(in CACHE_PATH), and drawn again only when either changes.

pelican-social-cards was the first choice. It writes one title onto a
template image you supply, with a font file you supply, into the content
folder, and never draws a card again once its file exists, so an edited
title keeps its old card; it shows no day, progress or author, and adds no
meta tags. pelican-ogimages (AGPL-3.0, which this project would then carry)
draws the site name and title with Pillow's default font, as here, but
pins Pillow below 13 and shows no day, progress or author. Drawing our
own card takes sixty lines.
"""

from __future__ import annotations

import hashlib
import io
import os
import textwrap
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
PALETTE = 64
PARALLEL_FROM = 64  # fewer cards than this are drawn here: starting workers costs more
DRAWING = hashlib.sha256(Path(__file__).read_bytes()).digest()  # how cards are drawn
INK, PAPER, ACCENT, SOFT, MUTED = "#1d1d1f", "#fdfcfa", "#0b5d8f", "#e3f0f8", "#4a4a4a"


@dataclass(frozen=True)
class Card:
    """What one card says."""

    kicker: str  # "Day 21 of 365", or the author of an ordinary post
    title: str  # plain text
    site: str
    progress: float | None = None  # 0 to 1: the bar under a day's card

    @property
    def key(self) -> str:
        """Names the PNG: a new text or a new drawing (this file changed) gives a new name."""
        return hashlib.sha256(repr(self).encode() + DRAWING).hexdigest()[:16]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def _title_lines(title: str) -> tuple[list[str], int]:
    """The title in at most three lines, as large as it fits."""
    for size, width in ((76, 26), (64, 31), (54, 37)):
        lines = textwrap.wrap(title, width=width)
        if len(lines) <= 3:
            return lines, size
    lines = textwrap.wrap(title, width=37)
    return [*lines[:2], lines[2][:34] + "…"], 54


def draw(card: Card) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 0, WIDTH, 24), fill=ACCENT)
    pen.text((80, 90), card.kicker, font=_font(44), fill=ACCENT)
    lines, size = _title_lines(card.title)
    y = 170
    for line in lines:
        pen.text((80, y), line, font=_font(size), fill=INK, stroke_width=1, stroke_fill=INK)
        y += int(size * 1.25)
    pen.text((80, HEIGHT - 110), card.site, font=_font(40), fill=MUTED)
    if card.progress is not None:
        left, right, top = 80, WIDTH - 80, HEIGHT - 50
        pen.rounded_rectangle((left, top, right, top + 18), radius=9, fill=SOFT)
        filled = left + max(18, round((right - left) * min(card.progress, 1)))
        pen.rounded_rectangle((left, top, filled, top + 18), radius=9, fill=ACCENT)
    # Five colours and their anti-aliasing fit a 64-colour palette: a third of
    # the bytes of RGB and 40% less time to encode (optimize=True: 4% for 5x).
    out = io.BytesIO()
    image.quantize(PALETTE, method=Image.Quantize.FASTOCTREE).save(out, format="PNG")
    return out.getvalue()


def cards_bytes(cards: list[Card], cache: Path | None, jobs: int) -> dict[Card, bytes]:
    """Every card's PNG: from the cache, or drawn by `jobs` processes (and then cached).

    Drawing is the same in any process, so the bytes do not depend on `jobs`.
    """
    found, missing = {}, []
    for card in dict.fromkeys(cards):
        cached = cache / f"{card.key}.png" if cache is not None else None
        if cached is not None and cached.is_file():
            found[card] = cached.read_bytes()
        else:
            missing.append(card)
    if jobs > 1 and len(missing) >= PARALLEL_FROM:
        with ProcessPoolExecutor(jobs, mp_context=get_context("forkserver")) as pool:
            drawn = dict(zip(missing, pool.map(draw, missing, chunksize=16), strict=True))
    else:
        drawn = {card: draw(card) for card in missing}
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        for card, data in drawn.items():
            # whole or not at all: another build may read the cache meanwhile
            partial = cache / f".{card.key}.{os.getpid()}.png"
            partial.write_bytes(data)
            os.replace(partial, cache / f"{card.key}.png")
    return {**found, **drawn}
