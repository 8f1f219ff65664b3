"""`make new-day TITLE="..." [DAY=N]`: start the next day's post and its homework.

    python -m tools.new_day "Networking is work" [--day N] [CONTENT] [-s pelicanconf.py]
    NEW_DAY_TITLE=... [NEW_DAY=N] python -m tools.new_day --from-environment [CONTENT]

The title is data: it goes into the file as typed (`$`, quotes and all);
the file name gets a slug of at most 60 characters made from it, or
`day-N` when the title has no letter or digit.

Writes into the round in progress (the last one started by today, see
CHALLENGES): `days/NNN-slug.md` (`days/<slug>/NNN-slug.md` in a later
round; the next day after the highest one, or --day),
dated now in TIMEZONE (`SOURCE_DATE_EPOCH` when set), and a homework stub
`homework/NNN.md` (`homework/<slug>/NNN.md`); prints their paths. Never overwrites a file; refuses a
day that already has a post, or one outside the challenge (exit 1).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from connect365.challenge.rules import day_of, is_day_post, round_of_file
from connect365.checking.files import read_content
from connect365.core import SettingsError, settings_now
from connect365.names import file_slug
from connect365.settings import load, rounds

POST = """Title: {title}
Date: {date:%Y-%m-%d %H:%M}
Day: {day}
Tags:
Summary:

Write Day {day}'s post here.
"""

HOMEWORK = """Day: {day}
Title:

<!-- Write Day {day}'s homework here, or delete this file if the day has none. -->
"""


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Refused(Exception):
    """The day cannot be started; the message says why."""


def new_day(content: Path, settings: dict, title: str, day: int | None = None) -> list[Path]:
    """Write the day's post and homework stub; return their paths."""
    now = settings_now(settings)
    challenge = rounds(settings).current(now.date())
    files, _ = read_content(content, settings)
    posts = {
        d: s
        for s in files.sources
        if is_day_post(s, settings)
        and round_of_file(s, settings) == challenge
        and (d := day_of(s, challenge))
    }
    if day is None:
        day = max(posts, default=0) + 1
    if not 1 <= day <= challenge.length:
        raise Refused(f"Day {day} is outside the challenge: days run from 1 to {challenge.length}")
    if day in posts:
        raise Refused(f"Day {day} already has a post: {posts[day].shown}")
    if CONTROL.search(title):
        raise Refused("the title has a line break or a control character; give it on one line")
    slug = file_slug(title, day, settings)
    # A later round's posts and homework live in its own folders.
    folder = "" if challenge.first else challenge.slug
    days_path = content / settings["CHALLENGE_PATH"] / folder
    homework_path = content / settings["HOMEWORK_PATH"] / folder
    files = {
        days_path / f"{day:03}-{slug}.md": POST,
        homework_path / f"{day:03}.md": HOMEWORK,
    }
    for path in files:
        if path.exists():
            raise Refused(f"{path} already exists; not overwriting it")
    for path, template in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as out:
            out.write(template.format(title=title.strip(), date=now, day=day))
    return list(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make new-day", description=__doc__.split("\n")[0])
    parser.add_argument("title", nargs="?", help="the day's title")
    parser.add_argument("content", nargs="?", help="content folder (default: PATH setting)")
    parser.add_argument("--day", help="the day number (default: the next one)")
    parser.add_argument(
        "--from-environment",
        action="store_true",
        help="take the title and the day from NEW_DAY_TITLE and NEW_DAY (what make passes)",
    )
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], metavar="KEY=json")
    args = parser.parse_intermixed_args(argv)
    if args.from_environment:
        args.content = args.content or args.title
        args.title = os.environ.get("NEW_DAY_TITLE", "")
        args.day = os.environ.get("NEW_DAY") or None
    if not (args.title or "").strip():
        parser.error('give the day a title: make new-day TITLE="Networking is work"')
    if args.day is not None and not (args.day.isascii() and args.day.isdigit()):
        parser.error(f"DAY must be a whole number, not {args.day!r}")
    try:
        settings = load(args.settings, args.content, args.extra_settings)
    except SettingsError as wrong:
        print(wrong, file=sys.stderr)
        return 2
    try:
        day = int(args.day) if args.day is not None else None
        written = new_day(Path(settings["PATH"]), settings, args.title, day)
    except Refused as refused:
        print(f"new-day: {refused}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
