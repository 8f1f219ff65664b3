"""What an import did, in words and numbers, and the `CHALLENGE` setting the data suggests."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from .entry import Source
from .plan import KINDS, Plan
from .sources import Read
from .write import Outcome


def propose_challenge(days: dict[int, date], markdown_log: bool) -> tuple[dict | None, int]:
    """(the `CHALLENGE` setting, how many day posts it puts on their own date).

    Day 1's date is the one that puts the most day posts on their own date;
    the length is 100, 365 or the highest day.
    """
    if not days:
        return None, 0
    starts = Counter(when - timedelta(days=day - 1) for day, when in days.items())
    start = min(starts, key=lambda s: (-starts[s], s))
    highest = max(days)
    length = 100 if highest <= 100 else 365 if highest <= 365 else highest
    on_time = starts[start]
    proposal = {"name": "...", "length": length, "start": start.isoformat()}
    # A log that counts days worked (#100DaysOfCode) rarely keeps to the calendar.
    if markdown_log or on_time < len(days) / 2:
        proposal["pace"] = "count"
    return proposal, on_time


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def account(source: Source, tally: Counter) -> str:
    """One source in one line: how many items it holds and what became of each."""
    imported = [count(tally[kind], kind) for kind in KINDS if tally[kind]]
    skipped = {reason: n for reason, n in tally.items() if reason not in KINDS}
    line = f"  {source.name} ({source.kind}): {count(source.items, 'item')}: "
    line += ", ".join(imported) if imported else "nothing imported"
    if skipped:
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(skipped.items()))
        line += f"; {sum(skipped.values())} skipped ({reasons})"
    if sum(tally.values()) != source.items:
        line += f" [{source.items - sum(tally.values())} not accounted for: please report this]"
    return line


def report(
    plan: Plan,
    outcome: Outcome,
    proposal: dict | None,
    on_time: int,
    dry_run: bool,
    read: Read | None = None,
) -> str:
    lines = ["Import" + (" (dry run: nothing written)" if dry_run else "") + ":"]
    lines.append(
        f"  {count(len(plan.days), 'day post')}, {len(plan.homework)} homework, "
        f"{count(len(plan.posts), 'ordinary post')}, {count(len(plan.pages), 'page')}, "
        f"{count(len(plan.redirects), 'redirect')}, "
        f"{count(len(plan.copied_images), 'image')} copied"
    )
    lines.append(
        f"  files: {len(outcome.written)} written, {len(outcome.unchanged)} unchanged, "
        f"{len(outcome.kept)} kept (edited since the last import; FORCE=1 replaces them)"
    )
    for path in outcome.kept:
        lines.append(f"    kept: {path}")
    for source in read.sources if read else []:
        lines.append(account(source, plan.tally[source.name]))
    if plan.skipped:
        lines.append(f"  skipped, by name ({len(plan.skipped)}):")
        lines += [f"    {reason}" for reason in plan.skipped]
    if read and (read.problems or read.not_posts):
        lines.append(f"  files not read ({len(read.problems) + len(read.not_posts)}):")
        lines += [f"    {line}" for line in read.problems + read.not_posts]
    if read and read.notes:
        lines += [f"  {note}" for note in read.notes]
    if read and read.other_files:
        lines.append(
            f"  {count(read.other_files, 'other file')} of the folder "
            "(images, styles, settings, templates): not posts"
        )
    if plan.notes:
        lines.append(f"  names and addresses ({len(plan.notes)}):")
        lines += [f"    {note}" for note in plan.notes]
    if plan.remote_images:
        remote = len(dict.fromkeys(plan.remote_images))
        lines.append(
            f"  {count(remote, 'image')} still on the old site "
            "(give UPLOADS=<copy of the uploads folder> to bring them in):"
        )
        lines += [f"    {src}" for src in dict.fromkeys(plan.remote_images)]
    if plan.dropped:
        counts = Counter(d.split(":")[0] for d in plan.dropped)
        lines.append(
            "  left out: " + ", ".join(f"{n} {what}" for what, n in sorted(counts.items()))
        )
    if proposal:
        lines.append(
            f"  proposed setting ({on_time} of {len(plan.days)} day posts on their own date):"
        )
        lines.append(f"    CHALLENGE = {proposal!r}")
    return "\n".join(lines)
