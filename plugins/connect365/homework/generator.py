"""Homework entries: read like posts, attached to their day, listed in the workbook.

- `get_generators`: adds `HomeworkGenerator`, which runs after the articles
  generator. Its `generate_context` is where both sides are complete: it
  reads `HOMEWORK_PATH` with Pelican's readers (Markdown, Typogrify), sets
  `article.homework` on each published day post that has homework, and puts
  the `workbook` in the shared context. Homework of a draft or scheduled day
  stays hidden with it. (The rules, checked before any reading, are in
  `rules.py`.)
- Its `generate_output` writes the workbook page, `/homework/`.
"""

from __future__ import annotations

from pelican.contents import Content
from pelican.generators import CachingGenerator

from ..settings import words as site_words
from ..words import Words
from .model import Assignment, Workbook


class HomeworkEntry(Content):
    """A homework file as read by Pelican: `day`, `title`, `content`."""


def assignment_of(entry: HomeworkEntry, post, words: Words) -> Assignment:
    """The homework `entry` as its day post `post` shows it (untitled: "Homework")."""
    return Assignment(
        day=post.day,
        title=getattr(entry, "title", None) or words.noun("homework"),
        content=entry.content,
        post_url=post.url,
        post_title=post.title,
    )


class HomeworkGenerator(CachingGenerator):
    """Reads homework like Pelican reads posts, content cache included."""

    def generate_context(self) -> None:
        posts = {a.day: a for a in self.context["articles"] if hasattr(a, "day")}
        for post in posts.values():
            post.homework = None
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
            post = posts.get(int(entry.day))
            if post is None:
                continue  # its day is a draft or scheduled: hidden with it
            assignment = assignment_of(entry, post, site_words(self.settings))
            post.homework = assignment
            assignments.append(assignment)
        self.context["workbook"] = Workbook(tuple(sorted(assignments, key=lambda a: a.day)))
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
