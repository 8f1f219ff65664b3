"""The words the theme's scripts show, handed to them by the templates.

The scripts (checklist.js, pace.js, share.js, code_copy.js) print sentences only a
browser can complete (how many days a reader has ticked, their own Day N).
Each template that loads one hands it its words as JSON in a `data-words`
attribute, made here from the catalogue: `{name}` in a text is filled in by
the script (its `fill`), and a count's text comes in its two forms, `one`
and `other`, which is all English and Spanish need.
"""

from __future__ import annotations

from collections.abc import Callable

from babel.dates import get_month_names

from .language import Words


def _forms(text: Callable[[int], str]) -> dict[str, str]:
    """A count's text in its two forms: `text(n)` for one, and for more."""
    return {"one": text(1), "other": text(2)}


def checklist(words: Words) -> dict:
    return {
        "done": words.gettext("Done"),
        "hint": words.gettext("(Day {day} %(homework)s)", homework=words.noun_in_text("homework")),
        "count": _forms(
            lambda n: words.ngettext(
                "You have done {done} of {total} %(assignment)s.",
                "You have done {done} of {total} %(assignments)s.",
                n,
                assignment=words.noun("assignment"),
                assignments=words.noun("assignments"),
            )
        ),
    }


def share(words: Words) -> dict:
    return {
        "copied": words.gettext("Link copied."),
        "failed": words.gettext("Could not copy; the address is {url}"),
    }


def code_copy(words: Words) -> dict:
    return {"copy": words.gettext("Copy"), "copied": words.gettext("Copied")}


def pace(words: Words, site: str) -> dict:
    months = get_month_names("wide", locale=words.locale)
    return {
        "months": [months[m] for m in range(1, 13)],
        "date": words.gettext("{day} {month} {year}"),
        "headline": words.gettext("Day {day}: {title}"),
        "round_headline": words.gettext("{label} · Day {day}: {title}"),
        "starts": words.gettext("Your challenge starts on {date}."),
        "ended": _forms(
            lambda n: words.ngettext(
                "You have come to the end of your {length} day.",
                "You have come to the end of your {length} days.",
                n,
            )
        ),
        "today": words.gettext("Your Day {day} of {length}: {post}"),
        "homework": words.gettext(", with {homework}"),
        "its_homework": words.gettext("its %(homework)s", homework=words.noun_in_text("homework")),
        "soon": words.gettext(
            "Your Day {day} of {length} is coming soon: the author has not published it yet."
        ),
        "counts": _forms(
            lambda n: words.ngettext(
                "Of your {days} day so far you have opened {opened} and done the %(homework)s of {done}.",
                "Of your {days} days so far you have opened {opened} and done the %(homework)s of {done}.",
                n,
                homework=words.noun_in_text("homework"),
            )
        ),
        "calendar": words.gettext("%(name)s (my pace)", name="{name}"),
        "prodid": "//".join(("-", site, words.gettext("Your pace"), words.lang.upper())),
    }


def script_words(words: Words, script: str, site: str = "") -> dict:
    """The words of one script: "checklist", "share", "code_copy" or "pace"."""
    if script == "pace":
        return pace(words, site)
    return {"checklist": checklist, "share": share, "code_copy": code_copy}[script](words)
