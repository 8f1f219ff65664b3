"""Homework entries: read like posts, attached to their day, listed in the workbook.

- `get_generators`: adds `HomeworkGenerator`, which runs after the articles
  generator. Its `generate_context` is where both sides are complete: it
  reads `HOMEWORK_PATH` with Pelican's readers (Markdown, Typogrify), ties
  each entry to its published day post (a later round's homework lives in
  `homework/<slug>/`), and puts the `workbook` in the shared context; each
  day post's view (`connect365.view`) takes its homework from it. Homework of a draft or scheduled day
  stays hidden with it. (The rules, checked before any reading, are in
  `rules.py`.)
- Its `generate_output` writes the workbook page, `/homework/`.
"""

from __future__ import annotations

from pelican.contents import Content
from pelican.generators import CachingGenerator

from ..challenge.posts import DayOfPost
from ..settings import posts_by_day, round_of, rounds
from ..settings import words as site_words
from ..words import Words
from .model import Assignment, Workbook


class HomeworkEntry(Content):
    """A homework file as read by Pelican: `day`, `title`, `content`."""


def assignment_of(entry: HomeworkEntry, post, day: DayOfPost, words: Words) -> Assignment:
    """The homework `entry` as its day post `post`, challenge day `day`, shows it
    (untitled: "Homework")."""
    return Assignment(
        day=day.number,
        title=getattr(entry, "title", None) or words.noun("homework"),
        content=entry.content,
        post_url=post.url,
        post_title=post.title,
        round_slug="" if day.round.first else day.round.slug,
        round_label=day.round.label,
    )


class HomeworkGenerator(CachingGenerator):
    """Reads homework like Pelican reads posts, content cache included."""

    def generate_context(self) -> None:
        posts = posts_by_day(self.settings, self.context["articles"])
        assignments = []
        for path in sorted(self.get_files(self.settings["HOMEWORK_PATH"])):
            entry = self.get_cached_data(path, None)
            if entry is None:
                entry = self.readers.read_file(
                    base_path=self.path,
                    path=path,
                    content_class=HomeworkEntry,
                    context=self.context,
                )
                self.cache_data(path, entry)
            challenge_round = round_of(self.settings, path, "HOMEWORK_PATH")
            post = posts.get((challenge_round.number, int(entry.day)))
            if post is None:
                continue  # its day is a draft or scheduled: hidden with it
            day = DayOfPost(challenge_round, int(entry.day))
            assignments.append(assignment_of(entry, post, day, site_words(self.settings)))
        number = {r.slug if not r.first else "": r.number for r in rounds(self.settings)}
        assignments.sort(key=lambda a: (number[a.round_slug], a.day))
        self.context["workbook"] = Workbook(tuple(assignments))
        self.save_cache()
        self.readers.save_cache()

    def generate_output(self, writer) -> None:
        writer.write_file(
            self.settings["HOMEWORK_SAVE_AS"],
            self.get_template("workbook"),
            self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=self.settings["HOMEWORK_URL"],
            page_name="homework",
        )


def add_generator(pelican):
    return HomeworkGenerator
