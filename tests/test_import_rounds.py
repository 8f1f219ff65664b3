"""Importing a log that runs by rounds ("R2D5") or rests on one weekday (#27)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from datetime import date, timedelta
from pathlib import Path

from connect365.importer.__main__ import main as make_import
from connect365.importer.report import propose_challenge
from support import build, write

ITEM = """<item><title>{title}</title><link>https://rounds.example/p/{n}/</link>
<guid isPermaLink="true">https://rounds.example/p/{n}/</guid>
<pubDate>{when:%a, %d %b %Y} 19:00:00 -0500</pubDate>
<description>&lt;p&gt;{body}&lt;/p&gt;</description></item>
"""


def feed(items: list[tuple[str, date, str]]) -> str:
    body = "".join(
        ITEM.format(title=t, n=n, when=w, body=b) for n, (t, w, b) in enumerate(items, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        "<title>Porch calls</title><link>https://rounds.example/</link>"
        f"<description>A log of calls</description>\n{body}</channel></rss>\n"
    )


JUNE = date(2025, 6, 1)
ROUND_LOG = [
    ("R1D1 The neighbour with the ladder", JUNE, "Returned the ladder and stayed to talk."),
    ("R1D2: A call to my old coach", JUNE + timedelta(1), "She remembered every race."),
    ("R1D3 - Two emails, one reply", JUNE + timedelta(2), "One reply is a start."),
    ("R2D1 Starting over, slower", JUNE + timedelta(9), "Second round: one call a day again."),
    ("r2d2 The printer repair man", JUNE + timedelta(10), "He knows everyone on the street."),
]


def run_import(source: Path, content: Path, *extra: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        code = make_import([str(source), str(content), *extra])
    assert code == 0, out.getvalue()
    return out.getvalue()


def test_r2d_titles_go_into_the_second_round(tmp_path):
    source = write(tmp_path, "feed.rss", feed(ROUND_LOG))
    content = tmp_path / "content"
    said = run_import(source, content)
    assert "5 day posts" in said
    days = sorted(p.relative_to(content).as_posix() for p in content.rglob("days/**/*.md"))
    assert days == [
        "days/001-the-neighbour-with-the-ladder.md",
        "days/002-a-call-to-my-old-coach.md",
        "days/003-two-emails-one-reply.md",
        "days/round-2/001-starting-over-slower.md",
        "days/round-2/002-the-printer-repair-man.md",
    ]
    rounds = json.loads((content / "challenge.json").read_text())
    assert [(r["slug"], r["start"], r["length"]) for r in rounds] == [
        ("round-1", "2025-06-01", 9),  # ends the day before round 2 starts
        ("round-2", "2025-06-10", 100),
    ]
    assert "CHALLENGES = [" in said
    # The folder's own challenge.json is its rounds: the import builds as it is.
    site = build(content, tmp_path / "output", epoch="1749700000")  # 11 June 2025, evening
    assert site.returncode == 0, site.log
    assert "Starting over, slower" in site.page("/round-2/day/1/")
    assert "The neighbour with the ladder" in site.page("/day/1/")
    assert [r["published"] for r in site.json("challenge.json")["rounds"]] == [[1, 2, 3], [1, 2]]


def test_r2d_titles_follow_the_rounds_already_set(tmp_path):
    source = write(tmp_path, "feed.rss", feed(ROUND_LOG))
    content = tmp_path / "content"
    write(content, "pages/about.md", "Title: About\n\nAbout.\n")
    rounds = [
        {"name": "Calls", "slug": "spring", "length": 9, "start": "2025-06-01"},
        {"name": "Calls again", "slug": "summer", "length": 30, "start": "2025-06-10"},
    ]
    run_import(source, content, "-e", f"CHALLENGES={json.dumps(rounds)}")
    assert (content / "days" / "summer" / "002-the-printer-repair-man.md").is_file()
    assert not (content / "days" / "round-2").exists()


def weeks_without_sundays(weeks: int) -> dict[int, date]:
    """Day numbers of a log that posts Monday to Saturday from Monday 2 June 2025."""
    monday = date(2025, 6, 2)
    dates = [
        monday + timedelta(d) for d in range(7 * weeks) if (monday + timedelta(d)).weekday() != 6
    ]
    return {n: when for n, when in enumerate(dates, 1)}


def test_a_log_that_never_posts_on_sunday_gets_rest_proposed():
    proposal, on_time = propose_challenge(weeks_without_sundays(4), markdown_log=False)
    assert proposal == {"name": "...", "length": 100, "start": "2025-06-02", "rest": ["sunday"]}
    assert on_time == 24


def test_no_rest_when_the_numbers_count_every_date():
    # Sundays missed, not rested: Day 7 is Sunday's number and was never written.
    monday = date(2025, 6, 2)
    days = {
        d + 1: monday + timedelta(d) for d in range(28) if (monday + timedelta(d)).weekday() != 6
    }
    proposal, on_time = propose_challenge(days, markdown_log=False)
    assert "rest" not in proposal and proposal["start"] == "2025-06-02" and on_time == 24
    short, _ = propose_challenge(weeks_without_sundays(2), markdown_log=False)
    assert "rest" not in short  # two weeks say too little
