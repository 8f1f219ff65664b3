"""From entries to files: day posts, homework, ordinary posts and images, with the reasons for any left out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from pelican.utils import slugify

from ..names import file_slug
from .days import Homework, day_in_title, split_homework_html, split_homework_markdown
from .html import to_markdown, wordpress_html
from .sources import Entry
from .write import Planned

MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
HTML_IMAGE = re.compile(r'<img[^>]*\bsrc="([^"]+)"')


@dataclass
class Plan:
    files: list[Planned] = field(default_factory=list)
    days: dict[int, Entry] = field(default_factory=dict)
    homework: list[int] = field(default_factory=list)
    posts: list[Entry] = field(default_factory=list)
    redirects: list[tuple[str, str]] = field(default_factory=list)  # (old path, file)
    copied_images: list[str] = field(default_factory=list)
    remote_images: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f]", " ", text)).strip()


def header(fields: dict[str, str]) -> str:
    return "".join(f"{name}: {one_line(value)}\n" for name, value in fields.items() if value)


def plan_import(
    entries: list[Entry], settings: dict, uploads: Path | None, taken: dict[int, str] | None = None
) -> Plan:
    """The files for `entries`; `taken` maps days that already have a post of the author's to it."""
    plan, taken = Plan(), taken or {}
    length = settings["CHALLENGE_SETTINGS"].length
    days_folder, homework_folder = settings["CHALLENGE_PATH"], settings["HOMEWORK_PATH"]
    post_folder = next((p for p in settings["ARTICLE_PATHS"] if p != days_folder), "posts")
    for entry in sorted(entries, key=lambda e: (e.date, e.source)):
        found = day_in_title(entry.title)
        if found is not None:
            day, title = found
            if not 1 <= day <= length:
                plan.skipped.append(
                    f"{entry.source}: {entry.title!r}: Day {day} is outside 1 to {length}"
                )
                continue
            if day in taken:
                plan.skipped.append(
                    f"{entry.source}: {entry.title!r}: Day {day} already has a post: {taken[day]}"
                )
                continue
            if day in plan.days:
                plan.skipped.append(
                    f"{entry.source}: {entry.title!r}: Day {day} again (first: {plan.days[day].source})"
                )
                continue
            plan.days[day] = entry
            name = f"{day:03}-{file_slug(title or f'Day {day}', day, settings)}.md"
            folder = days_folder
        else:
            day, title = None, entry.title
            name = f"{entry.slug or file_slug(title, 0, settings)}.md"
            folder = post_folder
            plan.posts.append(entry)
        body, homework = _body_and_homework(entry, day is not None, plan)
        body = _images(body, folder, uploads, plan)
        fields = {
            "Title": title or (f"Day {day}" if day else "Untitled"),
            "Date": entry.date.isoformat(sep=" "),
            "Day": str(day) if day else "",
            "Tags": ", ".join(t.replace(",", " ").replace(";", " ") for t in entry.tags),
            "Author": entry.author,
            "Summary": _summary(entry.summary),
            "Slug": entry.slug if day is None and entry.slug else "",
            "Status": "draft" if entry.draft else "",
            "Id": entry.guid,
            "Redirect_from": entry.old_path if entry.old_path not in ("", "/") else "",
        }
        path = f"{folder}/{name}"
        plan.files.append(Planned(path, header(fields) + "\n" + body))
        if fields["Redirect_from"]:
            plan.redirects.append((fields["Redirect_from"], path))
        if homework is not None and day is not None:
            homework_body = _images(homework.body, homework_folder, uploads, plan)
            text = header({"Day": str(day), "Title": homework.title}) + "\n" + homework_body
            plan.files.append(Planned(f"{homework_folder}/{day:03}.md", text))
            plan.homework.append(day)
    return plan


def _summary(excerpt: str) -> str:
    return one_line(re.sub(r"<[^>]+>", " ", excerpt))


def _body_and_homework(entry: Entry, is_day: bool, plan: Plan) -> tuple[str, Homework | None]:
    if entry.markdown:
        body, homework = split_homework_markdown(entry.body) if is_day else (entry.body, None)
        return body.strip() + "\n", homework
    html = wordpress_html(entry.body, plan.dropped) if entry.wordpress else entry.body
    html, homework = split_homework_html(html) if is_day else (html, None)
    body = to_markdown(html, plan.dropped).markdown
    if homework is not None:
        homework = Homework(homework.title, to_markdown(homework.body, plan.dropped).markdown)
    return body, homework


def _images(markdown: str, folder: str, uploads: Path | None, plan: Plan) -> str:
    """Images from the old site: copied from UPLOADS next to the post when there, else listed."""
    for src in dict.fromkeys(MARKDOWN_IMAGE.findall(markdown) + HTML_IMAGE.findall(markdown)):
        parts = urlsplit(src)
        if not parts.scheme and not src.startswith("//"):
            continue
        local = _uploaded(unquote(parts.path), uploads)
        if local is None:
            plan.remote_images.append(src)
            continue
        name = f"images/{slugify(local.stem) or 'image'}{local.suffix.lower()}"
        plan.files.append(Planned(f"{folder}/{name}", copy_of=local))
        plan.copied_images.append(f"{folder}/{name}")
        markdown = markdown.replace(src, name)
    return markdown


def _uploaded(path: str, uploads: Path | None) -> Path | None:
    """The file in a copy of the uploads folder: ".../wp-content/uploads/2016/05/a.jpg" -> UPLOADS/2016/05/a.jpg."""
    if uploads is None:
        return None
    _, found, inside = path.partition("/uploads/")
    candidates = [uploads / inside] if found else []
    candidates.append(uploads / Path(path).name)
    return next(
        (c for c in candidates if c.is_file() and c.resolve().is_relative_to(uploads.resolve())),
        None,
    )
