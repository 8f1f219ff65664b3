"""Synthetic content that follows the content model (docs/architecture.md), at any size.

    python -m bench.generate OUT_DIR --posts 3650

Writes `days/` (one post a day, tags, a few catch-up posts and gaps),
`homework/` (most days), `posts/` (an ordinary post every tenth day) and an
About page. Deterministic: the same size gives the same files.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

START = date(2000, 1, 1)
TAGS = [
    "networking basics", "LinkedIn", "introverts", "events", "remote work", "habits",
    "mentoring", "career break", "parents", "following up", "groups", "volunteering",
    "learning", "reputation", "peers", "career", "conferences", "social media",
    "at work", "reconnecting",
]  # fmt: skip
WORDS = [
    "people",
    "network",
    "coffee",
    "meeting",
    "follow",
    "colleague",
    "group",
    "event",
    "message",
    "habit",
    "introduce",
    "listen",
    "help",
    "mentor",
    "career",
    "conference",
    "online",
    "community",
    "trust",
    "week",
]


def paragraph(rng: random.Random, sentences: int = 5) -> str:
    return " ".join(
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."
        for _ in range(sentences)
    )


def day_post(rng: random.Random, day: int) -> str:
    when = START + timedelta(days=day - 1 + (1 if day % 97 == 0 else 0))  # some catch-ups
    tags = ", ".join(rng.sample(TAGS, 3))
    body = "\n\n".join(paragraph(rng) for _ in range(4))
    return (
        f"Title: Day {day} of connecting with people\nDate: {when:%Y-%m-%d} 20:00\n"
        f"Day: {day}\nTags: {tags}\nSummary: {paragraph(rng, 1)}\n\n{body}\n\n"
        f"A [link to the challenge](../../challenge/) and *some* **emphasis**.\n"
    )


def generate(out: Path, posts: int) -> dict:
    """Write the content for `posts` days; return the matching CHALLENGE setting."""
    rng = random.Random(posts)
    for folder in ("days", "homework", "posts", "pages"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    for day in range(1, posts + 1):
        if day % 50 in (13, 14):  # a gap of missed days now and then
            continue
        (out / "days" / f"{day:05}.md").write_text(day_post(rng, day), encoding="utf-8")
        if day % 5:
            homework = f"Day: {day}\nTitle: Homework for day {day}\n\n{paragraph(rng, 3)}\n"
            (out / "homework" / f"{day:05}.md").write_text(homework, encoding="utf-8")
        if day % 10 == 0:
            when = START + timedelta(days=day - 1)
            essay = f"Title: Essay {day}\nDate: {when:%Y-%m-%d} 08:{day % 60:02}\nTags: essays, {rng.choice(TAGS)}\n\n{paragraph(rng)}\n"
            (out / "posts" / f"essay-{day:05}.md").write_text(essay, encoding="utf-8")
    (out / "pages" / "about.md").write_text("Title: About\n\nA synthetic blog.\n", encoding="utf-8")
    return {"name": "Synthetic challenge", "length": posts, "start": START.isoformat()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=365)
    args = parser.parse_args()
    print(generate(args.out, args.posts))


if __name__ == "__main__":
    main()
