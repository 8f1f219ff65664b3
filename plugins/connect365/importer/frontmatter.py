"""The fields at the top of a post from a static generator: YAML (`---`), TOML (`+++`) or Pelican's `Key: value`.

`read_front_matter` gives the fields (keys in lower case), the body, and
the format; a header that does not parse is a `FrontMatterError` naming
the line and column.
"""

from __future__ import annotations

import re
import tomllib

import yaml

PELICAN_FIELD = re.compile(r"^([A-Za-z][\w-]*):\s*(.*)$")


class FrontMatterError(ValueError):
    """A header that does not parse: its message names the line and column."""


def read_front_matter(text: str) -> tuple[dict, str, str] | None:
    """(fields, body, "yaml" | "toml" | "pelican"), or None when the text has no header."""
    text = text.lstrip("\ufeff")
    for fence, kind in (("---", "yaml"), ("+++", "toml")):
        if not re.match(rf"{re.escape(fence)}[ \t]*\r?\n", text):
            continue
        end = re.search(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*$", text[3:], re.MULTILINE)
        if end is None:
            raise FrontMatterError(f"line 1: the {kind.upper()} header has no closing {fence!r}")
        header = text[3 : 3 + end.start()]
        body = text[3 + end.end() :].lstrip("\r\n")
        return {str(k).lower(): v for k, v in _parse(header, kind).items()}, body, kind
    return _pelican_header(text)


def _parse(header: str, kind: str) -> dict:
    try:
        fields = yaml.safe_load(header) if kind == "yaml" else tomllib.loads(header)
    except yaml.YAMLError as wrong:
        mark = getattr(wrong, "problem_mark", None)
        where = f"line {mark.line + 2}, column {mark.column + 1}: " if mark else ""
        raise FrontMatterError(f"{where}YAML header: {getattr(wrong, 'problem', wrong)}") from None
    except tomllib.TOMLDecodeError as wrong:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(wrong))
        where = f"line {int(found[1]) + 1}, column {found[2]}: " if found else ""
        message = re.sub(r"\s*\(at line.*\)", "", str(wrong))
        raise FrontMatterError(f"{where}TOML header: {message}") from None
    if fields is None:
        return {}
    if not isinstance(fields, dict):
        raise FrontMatterError(f"line 2: the {kind.upper()} header is not a set of fields")
    return fields


def _pelican_header(text: str) -> tuple[dict, str, str] | None:
    """Pelican's Markdown metadata: `Key: value` lines up to the first blank line, `Title` among them."""
    fields: dict[str, str] = {}
    lines = text.splitlines()
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    last = None
    for line in lines[:end]:
        found = PELICAN_FIELD.match(line)
        if found:
            last = found[1].lower()
            fields[last] = found[2].strip()
        elif last and line[:1] in (" ", "\t"):
            fields[last] += " " + line.strip()  # a continued value
        else:
            return None
    if "title" not in fields:
        return None
    return fields, "\n".join(lines[end + 1 :]), "pelican"
