"""`make check`: validate the content without building the site.

    python -m plugins.content_check [CONTENT] [-s pelicanconf.py] [-e KEY=json ...]

Prints every problem as `path: field: what is wrong` (warnings end with
"(warning)"); exits 1 when there are errors, 0 otherwise. Writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pelican.settings import read_settings

from .rules import check_content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make check", description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="?", help="content folder (default: PATH setting)")
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], metavar="KEY=json")
    args = parser.parse_args(argv)

    overrides = {}
    for item in args.extra_settings:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    if args.content:
        overrides["PATH"] = args.content
    settings = read_settings(args.settings, override=overrides)

    problems = check_content(Path(settings["PATH"]), settings)
    for problem in problems:
        print(problem if problem.is_error else f"{problem} (warning)")
    errors = sum(p.is_error for p in problems)
    print(f"{errors} error(s), {len(problems) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
