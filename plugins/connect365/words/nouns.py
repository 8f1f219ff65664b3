"""The challenge's own nouns: `CHALLENGE["words"]`, in the catalogue's place.

A writing challenge calls its homework "prompts": `{"homework": "Prompt",
"homework_plural": "Prompts", "workbook": "Prompt book"}` renames it on every
page, feed, card, calendar and label (URLs stay). Each noun is given as it
starts a label; inside a sentence its first letter is lowered ("Prompts" ->
"prompts"). The counted forms ("3 homework assignments") default to the
lowered label forms when the author renames the label and not them. A noun
the author leaves out is the catalogue's, in the site's language.
"""

from __future__ import annotations

from collections.abc import Mapping

from .language import Words, lower_first

# key: what it names (the README's table says the same).
KEYS = {
    "homework": "one day's task, as a label ('Homework: ...', 'Day 3 homework')",
    "homework_plural": "all of them, as a label (the menu, the homework feed)",
    "assignment": "one, counted in a sentence ('1 homework assignment')",
    "assignments": "several, counted in a sentence ('3 homework assignments')",
    "workbook": "the page that lists them all ('Homework workbook')",
}
# A counted form the author did not give follows the label form they did.
_FOLLOWS = {"assignment": "homework", "assignments": "homework_plural"}


def check(raw: object) -> list[str]:
    """What is wrong with `CHALLENGE["words"]`, as `words: ...` lines (empty: nothing)."""
    if raw is None:
        return []
    if not isinstance(raw, Mapping):
        return [f"words: must be a dict such as {{'homework': 'Prompt'}}, not {raw!r}"]
    wrong = []
    for key, value in raw.items():
        if key not in KEYS:
            wrong.append(f"words: {key!r} is not a word the site shows; use {', '.join(KEYS)}")
        elif not isinstance(value, str) or not value.strip():
            wrong.append(f"words: {key}: must be a non-empty string, not {value!r}")
    return wrong


def catalogue_nouns(words: Words) -> dict[str, str]:
    """The nouns in the site's language, when the challenge names none of its own."""
    return {
        "homework": words.pgettext("challenge noun", "Homework"),
        "homework_plural": words.pgettext("challenge noun, plural", "Homework"),
        "assignment": words.pgettext("challenge noun, counted", "homework assignment"),
        "assignments": words.pgettext("challenge noun, counted", "homework assignments"),
        "workbook": words.pgettext("challenge noun", "Homework workbook"),
    }


def nouns(words: Words, given: Mapping[str, str] | None) -> dict[str, str]:
    """Every noun: the author's (`given`, already checked), else the catalogue's."""
    given = {k: v.strip() for k, v in (given or {}).items()}
    for counted, label in _FOLLOWS.items():
        if counted not in given and label in given:
            given[counted] = lower_first(given[label])
    if "homework_plural" not in given and "homework" in given:
        given["homework_plural"] = given["homework"]
    return {**catalogue_nouns(words), **given}
