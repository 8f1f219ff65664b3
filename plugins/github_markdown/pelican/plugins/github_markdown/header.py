"""A Markdown file's header, split off exactly as Pelican's Markdown reader does.

Pelican reads `Key: value` lines with Python-Markdown's `meta` extension: up
to the first blank line, a line indented four spaces continues the last
field, and an optional `---` starts and ends the block. This uses that
extension's own patterns, so both agree line for line (the plugin's tests
compare them).
"""

from __future__ import annotations

from markdown.extensions.meta import BEGIN_RE, END_RE, META_MORE_RE, META_RE


def split_header(text: str) -> tuple[dict[str, list[str]], str]:
    """(fields by lower-case name, each its lines; the body that follows)."""
    lines = text.split("\n")
    fields: dict[str, list[str]] = {}
    key = None
    if lines and BEGIN_RE.match(lines[0]):
        lines.pop(0)
    while lines:
        line = lines[0]
        if line.strip() == "" or END_RE.match(line):
            lines.pop(0)
            break
        if found := META_RE.match(line):
            key = found.group("key").lower().strip()
            fields.setdefault(key, []).append(found.group("value").strip())
        elif (more := META_MORE_RE.match(line)) and key:
            fields[key].append(more.group("value").strip())
        else:
            break
        lines.pop(0)
    return fields, "\n".join(lines)


def header_fields(text: str) -> dict[str, str]:
    """Header fields by lower-case name; a repeated or wrapped one has its lines joined."""
    return {name: "\n".join(values).strip() for name, values in split_header(text)[0].items()}
