"""`make import SOURCE=... [UPLOADS=...] [DRY_RUN=1] [FORCE=1]`: move an existing blog in.

    python -m connect365.importer SOURCE [CONTENT] [--uploads DIR] [--dry-run] [--force]
                                  [-s pelicanconf.py] [-e KEY=json ...]

SOURCE is a WordPress export (WXR), a Blogger export, an RSS or Atom feed
saved as a file, a Markdown log with one "Day N" section per day, or a
folder of them. Writes day posts, homework and ordinary posts into the
content folder and prints a report; exits 1 when nothing could be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core import SettingsError
from ..settings import load
from .plan import plan_import
from .report import propose_challenge, report
from .sources import read_source
from .write import write_planned


def sources_in(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(
            p for p in source.iterdir() if p.suffix.lower() in (".xml", ".atom", ".rss", ".md")
        )
    return [source]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make import", description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", help="export, feed, log, or a folder of them")
    parser.add_argument("content", nargs="?", help="content folder (default: PATH setting)")
    parser.add_argument("--uploads", help="a copy of the old site's uploads folder")
    parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
    parser.add_argument(
        "--force", action="store_true", help="replace files edited since the last import"
    )
    parser.add_argument(
        "--from-environment", action="store_true", help="SOURCE, UPLOADS, DRY_RUN, FORCE from make"
    )
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], metavar="KEY=json")
    args = parser.parse_intermixed_args(argv)
    if args.from_environment:
        args.content = args.content or args.source
        args.source = os.environ.get("IMPORT_SOURCE", "")
        args.uploads = os.environ.get("IMPORT_UPLOADS") or None
        args.dry_run = bool(os.environ.get("IMPORT_DRY_RUN"))
        args.force = bool(os.environ.get("IMPORT_FORCE"))
    if not args.source:
        parser.error("say what to import: make import SOURCE=export.xml")
    try:
        settings = load(args.settings, args.content, args.extra_settings)
    except SettingsError as wrong:
        print(wrong, file=sys.stderr)
        return 2
    source = Path(args.source)
    if not source.exists():
        print(f"import: {source}: no such file or folder", file=sys.stderr)
        return 1
    entries, markdown_log = [], False
    for path in sources_in(source):
        try:
            entries += read_source(path, settings["TIMEZONE"])
        except (ValueError, OSError) as wrong:
            print(f"import: {path}: {wrong}", file=sys.stderr)
            return 1
        markdown_log |= path.suffix.lower() == ".md"
    uploads = Path(args.uploads) if args.uploads else None
    plan = plan_import(entries, settings, uploads)
    outcome = write_planned(
        Path(settings["PATH"]), plan.files, force=args.force, dry_run=args.dry_run
    )
    days = {day: entry.date.date() for day, entry in plan.days.items()}
    print(report(plan, outcome, propose_challenge(days, markdown_log), args.dry_run))
    return 0 if entries else 1


if __name__ == "__main__":
    sys.exit(main())
