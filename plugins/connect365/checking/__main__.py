"""`make check`: validate the content without building the site.

    python -m connect365.checking [CONTENT] [-s pelicanconf.py] [-e KEY=json ...]

Prints every problem as `path: field: what is wrong` (warnings end with
"(warning)"), then the scheduled posts with their dates; exits 1 when
there are errors, 0 otherwise. Writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import connect365  # noqa: F401 - registers every domain's content rules

from ..core import SettingsError, settings_now
from ..settings import load
from .files import check_content, scheduled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="?", help="content folder (default: PATH setting)")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], metavar="KEY=json")
    args = parser.parse_intermixed_args(argv)
    try:
        settings = load(args.settings, args.content, args.extra_settings)
    except SettingsError as wrong:
        print(wrong, file=sys.stderr)
        return 2

    content, problems = check_content(Path(settings["PATH"]), settings)
    for problem in problems:
        print(problem if problem.is_error else f"{problem} (warning)")
    for path, date in scheduled(content, settings_now(settings)):
        print(f"{path}: scheduled for {date:%Y-%m-%d %H:%M}")
    errors = sum(p.is_error for p in problems)
    print(f"{errors} error(s), {len(problems) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
