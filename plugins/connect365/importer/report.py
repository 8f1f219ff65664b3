"""What an import did, in words and numbers, and the `CHALLENGE` setting the data suggests."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

from ..challenge.rounds import round_label
from ..challenge.schedule import Rest, Schedule
from ..words import ENGLISH
from .entry import Source
from .plan import KINDS, Plan
from .sources import Read
from .write import Outcome

# A weekday with no post over this many weeks looks like a day of rest.
REST_AFTER_WEEKS = 3


def propose_challenge(days: dict[int, date], markdown_log: bool) -> tuple[dict | None, int]:
    """(the `CHALLENGE` setting, how many day posts it puts on their own date).

    Day 1's date is the one that puts the most day posts on their own date;
    the length is 100, 365 or the highest day. A log that never posts on a
    weekday (over three weeks or more) gets that weekday as `rest` when
    counting it out puts at least as many posts on their date.
    """
    if not days:
        return None, 0
    start, on_time = _best_start(days, Rest())
    rest = _quiet_weekdays(days.values())
    if rest:
        rest_start, rest_on_time = _best_start(days, rest)
        if rest_on_time >= on_time:
            start, on_time = rest_start, rest_on_time
        else:
            rest = Rest()
    highest = max(days)
    length = 100 if highest <= 100 else 365 if highest <= 365 else highest
    proposal = {"name": "...", "length": length, "start": start.isoformat()}
    # A log that counts days worked (#100DaysOfCode) rarely keeps to the calendar.
    if markdown_log or on_time < len(days) / 2:
        proposal["pace"] = "count"
    elif rest:
        proposal["rest"] = rest.as_json()["weekdays"]
    return proposal, on_time


def _quiet_weekdays(dates) -> Rest:
    """The weekdays with no post at all, when the posts span enough weeks (at most three)."""
    dates = list(dates)
    if (max(dates) - min(dates)).days < 7 * REST_AFTER_WEEKS:
        return Rest()
    quiet = frozenset(range(7)) - {d.weekday() for d in dates}
    return Rest(weekdays=quiet) if 0 < len(quiet) <= 3 else Rest()


def _best_start(days: dict[int, date], rest: Rest) -> tuple[date, int]:
    """The Day 1 date that puts the most posts on their own date, and how many it puts."""
    starts = Counter(_start_for(day, when, rest) for day, when in days.items())
    start = min(starts, key=lambda s: (-starts[s], s))
    return start, starts[start]


def _start_for(day: int, when: date, rest: Rest) -> date:
    """The start that makes `when` Day `day`'s date: `day` - 1 due dates before it."""
    if not rest:
        return when - timedelta(days=day - 1)
    due = 1
    while due < day:
        when -= timedelta(days=1)
        due += not rest.is_rest(when)
    return when


def propose_rounds(
    rounds: list[tuple[str, dict[int, date]]], markdown_log: bool
) -> tuple[list, int]:
    """(`CHALLENGES`, posts on their own date) for a log numbered by round ("R2D5")."""
    proposals, on_time = [], 0
    for number, (slug, days) in enumerate(rounds, 1):
        proposal, fitted = propose_challenge(days, markdown_log)
        if proposal is not None:
            proposals.append({"slug": slug, "label": round_label(ENGLISH, number), **proposal})
            on_time += fitted
    # A round ends before the next one starts: its length is the days due until then.
    for before, after in pairwise(proposals):
        rest, _ = Rest.parse(before.get("rest"))
        schedule = Schedule(date.fromisoformat(before["start"]), before["length"], rest)
        until = schedule.day_on(date.fromisoformat(after["start"]) - timedelta(days=1))
        before["length"] = max(1, min(before["length"], until))
    return proposals, on_time


def day_posts(plan: Plan) -> int:
    """Day posts of every round."""
    return len(plan.days) + sum(len(days) for days in plan.rounds.values())


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
        f"  {count(day_posts(plan), 'day post')}, {len(plan.homework)} homework, "
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
            f"  proposed setting ({on_time} of {day_posts(plan)} day posts on their own date):"
        )
        name = "CHALLENGES" if isinstance(proposal, list) else "CHALLENGE"
        lines.append(f"    {name} = {proposal!r}")
    return "\n".join(lines)
