"""`make import SOURCE=... [UPLOADS=...] [DRY_RUN=1] [FORCE=1]`: move an existing blog in.

    python -m connect365.importer SOURCE [CONTENT] [--uploads DIR] [--dry-run] [--force]
                                  [-s pelicanconf.py] [-e KEY=json ...]

SOURCE is a WordPress export (WXR), a Blogger export, an RSS or Atom feed
saved as a file, a Markdown log with one "Day N" section per day, a folder
of posts from another static generator, or a folder of any of them.
Writes day posts, homework, posts and pages into the content folder
(made when it does not exist) and prints a report that accounts for
every item; a file it cannot read is one line on stderr and the rest is
imported. Exits 1 when a file could not be read or nothing was imported.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from ..core import SettingsError
from ..settings import CHALLENGE_FILE, load
from .existing import existing_content
from .plan import plan_import
from .report import propose_challenge, propose_rounds, report
from .sources import read_sources
from .write import write_planned


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
        "--from-environment",
        action="store_true",
        help="SOURCE, INPUTDIR, UPLOADS, DRY_RUN, FORCE from make",
    )
    parser.add_argument("-s", "--settings", default="pelicanconf.py")
    parser.add_argument("-e", "--extra-settings", nargs="*", default=[], metavar="KEY=json")
    args = parser.parse_intermixed_args(argv)
    if args.from_environment:
        args.content = os.environ.get("IMPORT_CONTENT") or args.content or args.source
        args.source = os.environ.get("IMPORT_SOURCE", "")
        args.uploads = os.environ.get("IMPORT_UPLOADS") or None
        args.dry_run = bool(os.environ.get("IMPORT_DRY_RUN"))
        args.force = bool(os.environ.get("IMPORT_FORCE"))
    if not args.source:
        parser.error("say what to import: make import SOURCE=export.xml")
    source = Path(args.source)
    if not source.exists():
        print(f"import: {source}: no such file or folder", file=sys.stderr)
        return 1
    made = args.content and not Path(args.content).exists()
    if made:
        Path(args.content).mkdir(parents=True)  # a new blog's folder: the import starts it
    try:
        settings = load(args.settings, args.content, args.extra_settings)
    except SettingsError as wrong:
        print(wrong, file=sys.stderr)
        return 2
    read = read_sources(source, settings["TIMEZONE"])
    for problem in read.problems:
        print(problem, file=sys.stderr)
    uploads = Path(args.uploads) if args.uploads else None
    content = Path(settings["PATH"])
    existing = existing_content(content, settings)
    plan = plan_import(read.sources, settings, uploads, existing)
    outcome = write_planned(content, plan.files, force=args.force, dry_run=args.dry_run)
    markdown_log = any(s.kind == "log" for s in read.sources)
    if plan.rounds:
        # "R2D5" titles: a proposal for each round, the first under its settings' slug.
        first = settings["CHALLENGE_ROUNDS"].first.slug or "round-1"
        by_round = [(first, plan.days)] + [
            (plan.round_slugs[n], plan.rounds[n]) for n in sorted(plan.rounds)
        ]
        proposal, on_time = propose_rounds(
            [(slug, _dates(days)) for slug, days in by_round if days], markdown_log
        )
    else:
        proposal, on_time = propose_challenge(_dates(plan.days), markdown_log)
    print(report(plan, outcome, proposal, on_time, args.dry_run, read))
    if proposal and not existing.days and not args.dry_run:
        title = next((s.title for s in read.sources if s.title), "")
        print(write_challenge(content, proposal, title))
    if made and args.dry_run and not any(content.iterdir()):
        content.rmdir()  # a dry run leaves nothing behind, not even the folder
    imported = plan.days or plan.rounds or plan.posts or plan.pages
    return 1 if read.problems or not imported else 0


def _dates(days: dict) -> dict:
    return {day: entry.date.date() for day, entry in days.items()}


def write_challenge(content: Path, proposal: dict | list, name: str) -> str:
    """A blog imported into an empty content folder brings its challenge along (a list: its rounds)."""
    path = content / CHALLENGE_FILE
    if path.exists():
        return f"  {path} already exists: kept as it is"
    name = name or "My challenge"
    if isinstance(proposal, list):
        challenge = [{**p, "name": name} for p in proposal]
    else:
        challenge = {**proposal, "name": name}
    path.write_text(json.dumps(challenge, indent=2) + "\n", encoding="utf-8")
    return (
        f"  wrote {path}: this content folder's challenge "
        "(edit it, or delete it to use pelicanconf.py's)"
    )


if __name__ == "__main__":
    sys.exit(main())
