"""A Markdown log with one "Day N" section per day (#100DaysOfCode), as a `Source`."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dateutil import parser as dates

from .days import MARKER, day_in_title
from .entry import Entry, Source

LOG_HEADING = re.compile(r"^(#{1,3})\s+(.+?)\s*#*\s*$")


def is_log(text: str) -> bool:
    return any(
        (heading := LOG_HEADING.match(line)) and day_in_title(heading[2]) is not None
        for line in text.splitlines()
    )


def read_log(path: Path, text: str, timezone: str) -> Source:
    """A log, one section per day: "## Day 12: March 3, 2024", the date on it or under it."""
    lines = text.splitlines()
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), "")
    source = Source(path.name, "log", title)
    sections: list[tuple[int, str, list[str]]] = []
    for n, line in enumerate(lines, 1):
        heading = LOG_HEADING.match(line)
        if heading and day_in_title(heading[2]) is not None:
            sections.append((n, heading[2], []))
        elif sections:
            sections[-1][2].append(line)
    source.items = len(sections)
    zone = ZoneInfo(timezone)
    for n, heading, body in sections:
        day, rest = day_in_title(heading)
        when, title, body = _log_date_and_title(rest, body, zone)
        where = f"{path.name}: line {n}"
        if when is None:
            source.skip("no date", f"{where}: {heading!r} has no date on it or under it")
            continue
        source.entries.append(
            Entry(
                title=f"Day {day}: {title}" if title else f"Day {day}",
                date=when,
                body="\n".join(body).strip() + "\n",
                source=where,
                markdown=True,
                origin=source.name,
            )
        )
    return source


def _parse_date(text: str, zone) -> datetime | None:
    text = text.strip().strip("*_()[]").removeprefix("Date:").strip()
    if not re.search(r"\d", text) or len(text) > 40:
        return None
    try:
        when = dates.parse(text, fuzzy=False, default=datetime(2000, 1, 1, 12, 0))
    except (ValueError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=zone)


def _log_date_and_title(rest: str, body: list[str], zone) -> tuple[datetime | None, str, list[str]]:
    """The date on the heading ("Day 12: March 3, 2024") or on the first line under it."""
    title = rest
    when = _parse_date(rest, zone) if rest else None
    if when is not None:
        title = ""
    else:
        for i, line in enumerate(body):
            if line.strip():
                when = _parse_date(line, zone)
                if when is not None:
                    body = body[:i] + body[i + 1 :]
                break
    if not title:
        text = " ".join(
            line.strip()
            for line in body
            if line.strip() and not line.startswith("#") and not MARKER.match(line.strip("*_ "))
        )
        text = re.sub(r"\*\*[^*]+\*\*:?|[*_`]", "", text).strip()
        title = first_words(text)
    return when, title, body


def first_words(text: str, longest: int = 70) -> str:
    sentence = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0].strip()
    if len(sentence) <= longest:
        return sentence.rstrip(".")
    return sentence[:longest].rsplit(" ", 1)[0] + "…"
