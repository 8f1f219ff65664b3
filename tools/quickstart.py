"""`make quickstart`: make this your own challenge blog, asked as `pelican-quickstart` asks.

    make quickstart                      (asks for each answer, with its default)
    make quickstart SITENAME=... SUBTITLE=... AUTHOR=... CHALLENGE_NAME=... LENGTH=100 \\
        START=2026-12-02 TIMEZONE=Europe/London SITEURL=https://... SITE_LANG=en

Writes your settings into `blogconf.py` (pelicanconf.py reads it in place of
the sample's `sample/sampleconf.py`, and the Makefile builds `content/` once
it exists) and starts `content/` with empty `days/`, `homework/` and `posts/`
and a short About page in your name. The sample blog stays in `sample/`
(`make serve SAMPLE=1`). Every answer is checked before anything is
written, and all that is wrong is said at once, one `field: problem` line
each. It never overwrites: with `blogconf.py` there, or anything in
`content/`, it says so and changes nothing.

Standard library only: it runs before `.venv/` exists.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .placeholders import placeholder_host

REPO = Path(__file__).resolve().parent.parent
# Characters no page or feed may carry: the build's rule (checking/files.py),
# copied because this runs before .venv exists; a test pins the two.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_LENGTH = 10_000
REFUSED = 2


@dataclass(frozen=True)
class Question:
    field: str  # the make variable that answers it
    prompt: str
    default: str | None  # None: it must be answered


def machine_timezone() -> str:
    """The machine's time zone name (TZ, /etc/timezone or /etc/localtime), else UTC."""
    if os.environ.get("TZ", "").strip(":"):
        return os.environ["TZ"].strip(":")
    named = Path("/etc/timezone")
    if named.is_file() and named.read_text(encoding="utf-8").strip():
        return named.read_text(encoding="utf-8").strip()
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        parts = localtime.resolve().parts
        if "zoneinfo" in parts:
            return "/".join(parts[parts.index("zoneinfo") + 1 :])
    return "UTC"


def languages() -> list[str]:
    """Every language with a catalogue, as connect365.words.catalogue.languages() lists
    them (this runs before .venv exists, so it cannot import it; a test pins the two)."""
    catalogues = REPO / "plugins" / "connect365" / "translations"
    return sorted(p.parent.parent.name for p in catalogues.glob("*/LC_MESSAGES/messages.po"))


def questions() -> list[Question]:
    return [
        Question("SITENAME", "Site name", None),
        Question("SUBTITLE", "Subtitle (a line under the name; may be empty)", ""),
        Question("AUTHOR", "Author", None),
        Question("CHALLENGE_NAME", "The challenge's name", None),
        Question("LENGTH", "How many days", "365"),
        Question("START", "The first day (YYYY-MM-DD)", date.today().isoformat()),
        Question("TIMEZONE", "Time zone", machine_timezone()),
        Question("SITEURL", "The published address (https://...)", None),
        Question("SITE_LANG", f"Language ({', '.join(languages())})", "en"),
    ]


def text_problem(value: str, required: bool) -> str | None:
    if required and not value.strip():
        return "missing; give it a value"
    if "\n" in value or "\r" in value:
        return "must be one line"
    if control := CONTROL.search(value):
        return f"has the control character U+{ord(control[0]):04X}; remove it"
    return None


def length_problem(value: str) -> str | None:
    if not re.fullmatch(r"[0-9]+", value.strip()) or not 1 <= int(value) <= MAX_LENGTH:
        return f"{value!r} is not a number of days from 1 to {MAX_LENGTH:,}"
    return None


def start_problem(value: str) -> str | None:
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return f"{value!r} is not a date such as 2026-12-02 (YYYY-MM-DD)"
    return None


def timezone_problem(value: str) -> str | None:
    try:
        ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return f"{value!r} is not a time zone name such as Europe/London or America/Chicago"
    return None


def siteurl_problem(value: str) -> str | None:
    address = urlsplit(value.strip())
    if address.scheme not in {"http", "https"} or not address.hostname:
        return f"{value!r} is not a web address such as https://NAME.github.io"
    if address.query or address.fragment:
        return f"{value!r}: the address of the site, without ? or #"
    if placeholder_host(address.hostname):
        return (
            f"{address.hostname} is a placeholder, not an address anyone can reach; "
            "give the one the blog will have (a GitHub Pages site is https://NAME.github.io)"
        )
    return None


def language_problem(value: str) -> str | None:
    if value.strip() not in languages():
        return f"{value!r}: the theme speaks {', '.join(languages())}"
    return None


CHECKS = {
    "SITENAME": lambda v: text_problem(v, required=True),
    "SUBTITLE": lambda v: text_problem(v, required=False),
    "AUTHOR": lambda v: text_problem(v, required=True),
    "CHALLENGE_NAME": lambda v: text_problem(v, required=True),
    "LENGTH": length_problem,
    "START": start_problem,
    "TIMEZONE": timezone_problem,
    "SITEURL": siteurl_problem,
    "SITE_LANG": language_problem,
}


def problems(answers: dict[str, str]) -> list[str]:
    said = ((field, CHECKS[field](value)) for field, value in answers.items())
    return [f"{field}: {problem}" for field, problem in said if problem]


def ask(given: dict[str, str | None], interactive: bool) -> dict[str, str]:
    """Each answer: as given, else asked (with its default), else its default."""
    answers = {}
    for question in questions():
        value = given.get(question.field)
        if value is None and interactive:
            hint = f" [{question.default}]" if question.default else ""
            value = input(f"{question.prompt}{hint}: ").strip() or question.default
        answers[question.field] = (value if value is not None else question.default) or ""
    return {field: value.strip() for field, value in answers.items()}


def already_set_up(root: Path) -> str | None:
    if (root / "blogconf.py").exists():
        return "blogconf.py is there: this blog is already set up. Nothing changed."
    content = root / "content"
    if content.is_dir() and any(p.name != "README.md" for p in content.iterdir()):
        return "content/ already has files of yours; quickstart starts only an empty one. Nothing changed."
    return None


def blogconf(answers: dict[str, str], today: date) -> str:
    """blogconf.py: each answer as a Python literal (repr), never pasted as code."""
    host = urlsplit(answers["SITEURL"]).hostname
    challenge = {
        "name": answers["CHALLENGE_NAME"],
        "length": int(answers["LENGTH"]),
        "start": answers["START"],
    }
    return f'''"""Your blog's settings, written by `make quickstart` on {today.isoformat()}; edit them freely.

pelicanconf.py runs this file last, in place of the sample's settings, so
any Pelican or Connect 365 setting may go here too (README, "Settings").
"""

SITENAME = {answers["SITENAME"]!r}
SITESUBTITLE = {answers["SUBTITLE"]!r}
AUTHOR = {answers["AUTHOR"]!r}
TIMEZONE = {answers["TIMEZONE"]!r}
DEFAULT_LANG = {answers["SITE_LANG"]!r}
PATH = str(HERE / "content")  # noqa: F821 (HERE: pelicanconf.py's folder)
CHALLENGE = {challenge!r}
# Where `make publish` points every absolute URL (the SITEURL variable wins).
PUBLISH_SITEURL = {answers["SITEURL"].rstrip("/")!r}
# The name in every feed item's id, from the address. Feed readers know each
# item by its id: keep this once you have published, even if the address moves.
FEED_ID_AUTHORITY = {host!r}
'''


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~])")
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
ABOUT = {
    "en": (
        "About",
        "{author} is taking on {challenge}: one post a day for {length} days, from {day} {month} {year}.",
        "This page is yours to rewrite: it is content/pages/about.md.",
    ),
    "es": (
        "Sobre mí",
        "{author} se ha propuesto {challenge}: una entrada al día durante {length} días, "
        "desde el {day} de {month} de {year}.",
        "Esta página es tuya para reescribirla: es content/pages/about.md.",
    ),
}


def about_page(answers: dict[str, str]) -> str:
    """The About page, in the site's language (English where there is no text for it)."""

    def literal(text: str) -> str:
        return MARKDOWN_SPECIAL.sub(r"\\\1", text)

    language = answers["SITE_LANG"] if answers["SITE_LANG"] in ABOUT else "en"
    title, line, closing = ABOUT[language]
    start = date.fromisoformat(answers["START"])
    said = line.format(
        author=literal(answers["AUTHOR"]),
        challenge=f"*{literal(answers['CHALLENGE_NAME'])}*",
        length=int(answers["LENGTH"]),
        day=start.day,
        month=MONTHS[language].split()[start.month - 1],
        year=start.year,
    )
    return f"Title: {title}\nSlug: about\n\n{said}\n\n{closing}\n"


def write_blog(root: Path, answers: dict[str, str], today: date) -> list[Path]:
    content = root / "content"
    written = [root / "blogconf.py", content / "pages" / "about.md"]
    for folder in ("days", "homework", "posts", "pages"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    written[0].write_text(blogconf(answers, today), encoding="utf-8")
    written[1].write_text(about_page(answers), encoding="utf-8")
    return written


def from_environment() -> dict[str, str | None]:
    """The answers make passed as data (QUICKSTART_<FIELD>); unset or empty: not given."""
    given = {}
    for question in questions():
        value = os.environ.get(f"QUICKSTART_{question.field}")
        given[question.field] = value if value else None
    return given


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make quickstart", description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=str(REPO), help="the repository to set up")
    parser.add_argument(
        "--from-environment", action="store_true", help="answers from QUICKSTART_* variables"
    )
    args = parser.parse_args(argv)
    root = Path(args.root)
    if refusal := already_set_up(root):
        print(f"quickstart: {refusal}", file=sys.stderr)
        return REFUSED
    given = from_environment() if args.from_environment else {}
    interactive = sys.stdin.isatty() and any(value is None for value in given.values())
    try:
        answers = ask(given, interactive)
    except (EOFError, KeyboardInterrupt):
        print("\nquickstart: stopped; nothing written", file=sys.stderr)
        return REFUSED
    if wrong := problems(answers):
        print("\n".join(f"quickstart: {line}" for line in wrong), file=sys.stderr)
        print("quickstart: nothing written", file=sys.stderr)
        return REFUSED
    for path in write_blog(root, answers, date.today()):
        print(f"quickstart: wrote {path.relative_to(root)}")
    print(
        "\nYour blog is set up. Next:\n"
        '  make new-day TITLE="Your first day"   start Day 1 in content/days/\n'
        "  make devserver                       see it at http://127.0.0.1:8000\n"
        "  make publish                         build it for the web, at "
        f"{answers['SITEURL']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
