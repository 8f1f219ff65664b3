"""From sources to files: day posts, homework, posts, pages and images, with every item accounted for.

Each item of each source ends as a day post, a post or a page (a day
post may bring its homework), or as a skip with its reason; `Plan.tally`
counts them per source, so the report's numbers add up to the source's.
Names come from `names.Names`: unique, clean, never a page of this site.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup
from pelican.utils import SafeDatetime, slugify

from .days import Homework, round_day_in_title, split_homework_html, split_homework_markdown
from .entry import Entry, Source
from .existing import Existing
from .html import to_markdown, wordpress_html
from .links import rewrite_filename_links
from .log import first_words
from .markup import generator_markdown
from .names import Names, clean_slug
from .write import Planned

MARKDOWN_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HTML_IMAGE = re.compile(r'<img[^>]*\bsrc="([^"]+)"[^>]*>')
NO_DATE = datetime(1970, 1, 1, tzinfo=UTC)
KINDS = ("day post", "post", "page")


@dataclass
class Plan:
    files: list[Planned] = field(default_factory=list)
    days: dict[int, Entry] = field(default_factory=dict)  # the first round's
    rounds: dict[int, dict[int, Entry]] = field(default_factory=dict)  # a later round's, by number
    round_slugs: dict[int, str] = field(default_factory=dict)  # a later round's slug, by number
    homework: list[int] = field(default_factory=list)
    posts: list[Entry] = field(default_factory=list)
    pages: list[Entry] = field(default_factory=list)
    redirects: list[tuple[str, str]] = field(default_factory=list)  # (old path, file)
    copied_images: list[str] = field(default_factory=list)
    remote_images: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # a line for each item named as skipped
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # names chosen, redirects not made, links lost
    tally: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


@dataclass
class _File:
    """One post on its way to a file: the header is finished once every name is known."""

    entry: Entry
    path: str
    fields: dict[str, str]
    body: str
    old_path: str


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", text)).strip()


def header(fields: dict[str, str]) -> str:
    return "".join(f"{name}: {one_line(value)}\n" for name, value in fields.items() if value)


def plan_import(
    sources: list[Source], settings: dict, uploads: Path | None, existing: Existing | None = None
) -> Plan:
    """The files for every entry of `sources`, next to what the content folder already holds."""
    plan, existing = Plan(), existing or Existing()
    names = Names(settings, existing)
    days_folder, homework_folder = settings["CHALLENGE_PATH"], settings["HOMEWORK_PATH"]
    post_folder = next((p for p in settings["ARTICLE_PATHS"] if p != days_folder), "posts")
    page_folder = (settings.get("PAGE_PATHS") or ["pages"])[0]
    for source in sources:
        plan.tally[source.name]  # every source has a line, even an empty one
        for skip in source.skipped:
            plan.tally[skip.origin][skip.reason] += 1
            if skip.detail:
                plan.skipped.append(skip.detail)
    entries = [e for s in sources for e in s.entries]
    made: list[_File] = []
    new_files: dict[str, str] = {}
    for entry in sorted(entries, key=lambda e: (e.date or NO_DATE, e.source)):
        title = entry.title
        if not title.strip():
            title = _title_from_body(entry) or "Untitled"
            plan.notes.append(f"{entry.source}: no title; titled {title!r} from its first words")
        found = None if entry.page else round_day_in_title(title)
        tally = plan.tally[entry.origin]
        if found is not None:
            number, day, title = found
            slug, length = round_target(settings, number)
            if slug:
                plan.round_slugs[number] = slug
            taken = existing.days if number == 1 else existing.round_days.get(number, {})
            planned = plan.days if number == 1 else plan.rounds.setdefault(number, {})
            folder = f"{days_folder}/{slug}" if slug else days_folder
            reason = (
                f"Day {day} is outside 1 to {length}"
                if not 1 <= day <= length
                else f"Day {day} already has a post: {taken[day]}"
                if day in taken
                else f"Day {day} again (first: {planned[day].source})"
                if day in planned
                else ""
            )
            if reason:
                tally[
                    "a day out of range"
                    if "outside" in reason
                    else "a day that already has a post"
                    if "already" in reason
                    else "a repeated day"
                ] += 1
                plan.skipped.append(f"{entry.source}: {entry.title!r}: {reason}")
                continue
            planned[day] = entry
            tally["day post"] += 1
            file_slug = clean_slug(title, settings) or f"day-{day}"
            file_slug = names.take(
                file_slug,
                lambda s, d=day, f=folder: f"{f}/{d:03}-{s}.md",
                lambda s: None,
                entry.source,
            )
            path = f"{folder}/{day:03}-{file_slug}.md"
            homework_path = f"{homework_folder}/{slug}" if slug else homework_folder
            given_slug = ""
        else:
            day = None
            folder = page_folder if entry.page else post_folder
            base = clean_slug(entry.slug, settings) or clean_slug(title, settings) or "untitled"
            if entry.date is not None:
                when = SafeDatetime.fromisoformat(entry.date.isoformat())
            else:
                when = None
            pattern = settings["PAGE_SAVE_AS"] if entry.page else settings["ARTICLE_SAVE_AS"]
            given_slug = names.take(
                base,
                lambda s, f=folder: f"{f}/{s}.md",
                lambda s, p=pattern, w=when: p.format(slug=s, date=w or NO_DATE),
                entry.source,
            )
            path = f"{folder}/{given_slug}.md"
            (plan.pages if entry.page else plan.posts).append(entry)
            tally["page" if entry.page else "post"] += 1
        body, homework = _body_and_homework(entry, day is not None, plan)
        body = _images(body, folder, uploads, plan, entry)
        fields = {
            "Title": title or (f"Day {day}" if day else "Untitled"),
            "Date": entry.date.isoformat(sep=" ") if entry.date else "",
            "Day": str(day) if day else "",
            "Tags": ", ".join(t.replace(",", " ").replace(";", " ") for t in entry.tags),
            "Author": entry.author,
            "Summary": _summary(entry.summary),
            "Slug": given_slug,
            "Status": "draft" if entry.draft else "",
            "Id": names.feed_id(entry.guid, entry.source) if entry.guid else "",
        }
        if entry.old_file:
            new_files[entry.old_file] = path
        made.append(_File(entry, path, fields, body, entry.old_path))
        if entry.old_link and not entry.draft:
            plan.notes.append(
                f"{entry.source}: no redirect from {entry.old_link} "
                "(an address with a query, which a static page cannot answer)"
            )
        if homework is not None and day is not None:
            homework_body = _images(homework.body, homework_path, uploads, plan, entry)
            text = header({"Day": str(day), "Title": homework.title}) + "\n" + homework_body
            plan.files.append(Planned(f"{homework_path}/{day:03}.md", text))
            plan.homework.append(day)
    for item in made:
        # Old addresses last: only now is every new address known.
        old = "" if item.entry.draft else names.redirect(item.old_path, item.entry.source)
        item.fields["Redirect_from"] = old
        if old:
            plan.redirects.append((old, item.path))
        body = item.body
        if item.entry.old_file:
            body, lost = rewrite_filename_links(body, item.entry.old_file, new_files)
            plan.notes += [
                f"{item.entry.source}: link to {t} not imported; its text kept" for t in lost
            ]
        plan.files.append(Planned(item.path, header(item.fields) + "\n" + body))
    plan.notes = names.notes + plan.notes
    return plan


def round_target(settings: dict, number: int) -> tuple[str, int]:
    """(folder slug, length) of round `number`: "" for the first; a round the settings do
    not have yet gets the slug "round-N" and the first round's length."""
    every = settings["CHALLENGE_ROUNDS"].all
    if number <= len(every):
        found = every[number - 1]
        return ("" if found.first else found.slug), found.length
    return f"round-{number}", every[0].length


def _title_from_body(entry: Entry) -> str:
    text = entry.body if entry.markdown else BeautifulSoup(entry.body, "html.parser").get_text(" ")
    return first_words(re.sub(r"[#*_`>\[\]()!]", " ", text))


def _summary(excerpt: str) -> str:
    return one_line(re.sub(r"<[^>]+>", " ", excerpt))


def _body_and_homework(entry: Entry, is_day: bool, plan: Plan) -> tuple[str, Homework | None]:
    if entry.markdown:
        body = generator_markdown(entry.body, plan.dropped) if entry.old_file else entry.body
        body, homework = split_homework_markdown(body) if is_day else (body, None)
        return body.strip() + "\n", homework
    html = wordpress_html(entry.body, plan.dropped) if entry.wordpress else entry.body
    html, homework = split_homework_html(html) if is_day else (html, None)
    body = to_markdown(html, plan.dropped).markdown
    if homework is not None:
        homework = Homework(homework.title, to_markdown(homework.body, plan.dropped).markdown)
    return body, homework


def _images(markdown: str, folder: str, uploads: Path | None, plan: Plan, entry: Entry) -> str:
    """Images: copied next to the post from UPLOADS or the old folder when there, else listed or left out."""
    sources = [m[2] for m in MARKDOWN_IMAGE.finditer(markdown)] + HTML_IMAGE.findall(markdown)
    for src in dict.fromkeys(sources):
        parts = urlsplit(src)
        remote = bool(parts.scheme) or src.startswith("//")
        if parts.scheme and parts.scheme not in ("http", "https"):
            continue  # data: and the like are in the post itself
        local = _uploaded(unquote(parts.path), uploads) or (
            None if remote else _beside(unquote(parts.path), entry)
        )
        if local is None:
            if remote:
                plan.remote_images.append(src)
            else:
                plan.notes.append(f"{entry.source}: image {src} not found; left out")
                markdown = _without_image(markdown, src)
            continue
        name = f"images/{slugify(local.stem) or 'image'}{local.suffix.lower()}"
        plan.files.append(Planned(f"{folder}/{name}", copy_of=local))
        plan.copied_images.append(f"{folder}/{name}")
        markdown = markdown.replace(f"({src}", f"({name}").replace(f'"{src}"', f'"{name}"')
    return markdown


def _without_image(markdown: str, src: str) -> str:
    markdown = re.sub(r"!\[([^\]]*)\]\(\s*<?" + re.escape(src) + r"[^)]*\)", r"\1", markdown)
    return re.sub(r'<img[^>]*\bsrc="' + re.escape(src) + r'"[^>]*>', "", markdown)


def _beside(path: str, entry: Entry) -> Path | None:
    """An image a generator's post links to, in the old folder (never outside it)."""
    if entry.old_root is None or not path:
        return None
    root = entry.old_root.resolve()
    here = (entry.old_root / entry.old_file).parent
    for prefix in ("{static}", "{attach}", "|static|", "|attach|"):
        path = path.removeprefix(prefix)
    candidates = (
        [root / path.lstrip("/"), root / "static" / path.lstrip("/")]
        if path.startswith("/")
        else [here / path]
    )
    return next((c for c in candidates if c.is_file() and c.resolve().is_relative_to(root)), None)


def _uploaded(path: str, uploads: Path | None) -> Path | None:
    """The file in a copy of the uploads folder: ".../wp-content/uploads/2016/05/a.jpg" -> UPLOADS/2016/05/a.jpg."""
    if uploads is None or not path:
        return None
    _, found, inside = path.partition("/uploads/")
    candidates = [uploads / inside] if found else []
    candidates.append(uploads / Path(path).name)
    return next(
        (c for c in candidates if c.is_file() and c.resolve().is_relative_to(uploads.resolve())),
        None,
    )
