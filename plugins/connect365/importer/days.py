"""What makes an imported post a day of the challenge, and its homework.

- `day_in_title`: "Day 175: Networking is work", "Day 175 - ...", "Day 175 of
  365: ...", "Day #175 ...", "#175 ...", "R1D12 ...", in any case, give the
  day number and the rest of the title; "R2D5 ..." is Day 5 of round 2.
- `split_homework_html` / `split_homework_markdown`: a trailing paragraph or
  section that starts "DAY 175 HOMEWORK:", "Homework:" or "Today's homework",
  or a heading "Homework", is the day's homework: its first sentence (or
  the heading's own text) is its title, the rest its body, and it leaves
  the post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

DAY_TITLE = re.compile(
    r"""^\s*(?:
        day\s*\#?\s*(?P<day>\d+)(?:\s+of\s+\d+)?
      | \#(?P<hash>\d+)(?=[\s:.\-\u2013\u2014]|$)
      | r(?P<round>\d+)d(?P<rd>\d+)\b
    )\s*(?:[:.\-\u2013\u2014]+\s*)?(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
MARKER = re.compile(
    r"^\s*(?:day\s*\#?\d+\s+homework|today[\u2019']?s\s+homework|homework)\b\s*[:.\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
HEADING = re.compile(r"^h[1-6]$")
SENTENCE = re.compile(r"^(.+?[.!?])(?:\s+|$)(.*)$", re.DOTALL)


def day_in_title(title: str) -> tuple[int, str] | None:
    """(day, the rest of the title) when the title names a day, else None."""
    found = round_day_in_title(title)
    return None if found is None else found[1:]


def round_day_in_title(title: str) -> tuple[int, int, str] | None:
    """(round, day, the rest of the title) when the title names a day, else None.

    "R2D5 ..." is Day 5 of the second round; every other form is the first round's.
    """
    found = DAY_TITLE.match(title)
    if not found:
        return None
    day = found["day"] or found["hash"] or found["rd"]
    return int(found["round"] or 1), int(day), found["rest"].strip()


@dataclass(frozen=True)
class Homework:
    title: str  # plain text
    body: str  # HTML or Markdown, as the post was


def split_sentence(text: str) -> tuple[str, str]:
    """(first sentence, the rest) of plain text."""
    found = SENTENCE.match(text.strip())
    return (found[1].strip(), found[2].strip()) if found else (text.strip(), "")


def split_homework_html(html: str) -> tuple[str, Homework | None]:
    """(the post without its homework, the homework) of a post's HTML."""
    soup = BeautifulSoup(html, "html.parser")
    blocks = [b for b in soup.contents if not (isinstance(b, NavigableString) and not b.strip())]
    for i, block in enumerate(blocks):
        text = block.get_text(" ", strip=True) if isinstance(block, Tag) else str(block).strip()
        if not MARKER.match(text):
            continue
        rest_blocks = blocks[i + 1 :]
        if isinstance(block, Tag) and HEADING.match(block.name):
            title = MARKER.sub("", text).strip() or None
            body = "".join(str(b) for b in rest_blocks)
            if title is None:
                first = BeautifulSoup(body, "html.parser").get_text(" ", strip=True)
                title = split_sentence(first)[0]
        else:
            after = MARKER.sub("", text)
            title, rest = split_sentence(after)
            body = (f"<p>{rest}</p>" if rest else "") + "".join(str(b) for b in rest_blocks)
        for b in blocks[i:]:
            b.extract()
        return str(soup).strip(), Homework(title.rstrip(".") or "Homework", body.strip())
    return html, None


def split_homework_markdown(text: str) -> tuple[str, Homework | None]:
    """The same for a Markdown section of a log."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    for i, paragraph in enumerate(paragraphs):
        line = paragraph.strip()
        heading = re.match(r"^#{1,6}\s+(.*)$", line.split("\n")[0])
        plain = re.sub(r"[*_]", "", heading[1] if heading else line)
        if not MARKER.match(plain):
            continue
        rest = paragraphs[i + 1 :]
        if heading:
            title = MARKER.sub("", plain).strip()
            inner = line.split("\n", 1)[1:] + rest
            body = "\n\n".join(inner).strip()
            if not title:
                title, _ = split_sentence(re.sub(r"[*_#`]", "", body))
        else:
            title, after = split_sentence(MARKER.sub("", plain))
            body = "\n\n".join([after, *rest] if after else rest).strip()
        post = "\n\n".join(paragraphs[:i]).strip() + "\n"
        return post, Homework(title.rstrip(".") or "Homework", body)
    return text, None
