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
import json
import os
import sys
from pathlib import Path

from ..challenge.rules import day_of, is_day_post
from ..checking.files import read_content
from ..core import SettingsError
from ..settings import CHALLENGE_FILE, challenge, load
from .plan import plan_import
from .report import propose_challenge, report
from .sources import read_source, source_title
from .write import MANIFEST, write_planned


def sources_in(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted(
            p for p in source.iterdir() if p.suffix.lower() in (".xml", ".atom", ".rss", ".md")
        )
    return [source]


def days_taken(content: Path, settings: dict) -> dict[int, str]:
    """Days that already have a post the import did not write (the author's own, or a sample)."""
    manifest_file = content / MANIFEST
    imported = set(json.loads(manifest_file.read_text())) if manifest_file.is_file() else set()
    files, _ = read_content(content, settings)
    return {
        day: source.shown
        for source in files.sources
        if is_day_post(source, settings)
        and source.relative not in imported
        and (day := day_of(source, challenge(settings))) is not None
    }


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
    content = Path(settings["PATH"])
    taken = days_taken(content, settings)
    plan = plan_import(entries, settings, uploads, taken)
    outcome = write_planned(content, plan.files, force=args.force, dry_run=args.dry_run)
    days = {day: entry.date.date() for day, entry in plan.days.items()}
    proposal, on_time = propose_challenge(days, markdown_log)
    print(report(plan, outcome, proposal, on_time, args.dry_run))
    if proposal and not taken and not args.dry_run:
        print(write_challenge(content, proposal, source_title(sources_in(source)[0])))
    return 0 if entries else 1


def write_challenge(content: Path, proposal: dict, name: str) -> str:
    """A blog imported into an empty content folder brings its challenge along."""
    path = content / CHALLENGE_FILE
    if path.exists():
        return f"  {path} already exists: kept as it is"
    challenge = {**proposal, "name": name or "My challenge"}
    path.write_text(json.dumps(challenge, indent=2) + "\n", encoding="utf-8")
    return (
        f"  wrote {path}: this content folder's challenge "
        "(edit it, or delete it to use pelicanconf.py's)"
    )


if __name__ == "__main__":
    sys.exit(main())
