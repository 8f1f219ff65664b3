"""Tag rules for the content check: every variant spelling of a tag is worth a warning."""

from __future__ import annotations

from pelican.plugins.tag_index import TagUse, variant_spellings
from pelican.readers import ensure_metadata_list
from pelican.urlwrappers import Tag

from .checking.registry import Content, content_rule
from .core import Problem, warning


def tag_uses(source: str, tags_field: str, settings: dict) -> list[TagUse]:
    """The tags of one file's `Tags:` line, split and slugged as Pelican does."""
    return [
        TagUse(source, Tag(name, settings).slug, name)
        for name in ensure_metadata_list(tags_field)
        if name
    ]


@content_rule
def check_tag_lists(content: Content) -> list[Problem]:
    """Tags are separated by commas, and each one has letters or digits for its URL."""
    problems = []
    for source in content.of_kind("article"):
        field = source.fields.get("tags", "")
        if ";" in field:
            problems.append(
                Problem(source.shown, "Tags", "separate tags with commas, not semicolons")
            )
            continue
        problems += [
            Problem(
                source.shown, "Tags", f"{use.spelling!r} has no letter or digit to make its URL"
            )
            for use in tag_uses(source.shown, field, content.settings)
            if not use.slug
        ]
    return problems


@content_rule
def check_spellings(content: Content) -> list[Problem]:
    uses = [
        use
        for s in content.of_kind("article")
        for use in tag_uses(s.shown, s.fields.get("tags", ""), content.settings)
    ]
    uses = [use for use in uses if use.slug]
    return [warning(v.use.source, "Tags", str(v)) for v in variant_spellings(uses)]
