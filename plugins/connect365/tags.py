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
def check_spellings(content: Content) -> list[Problem]:
    uses = [
        use
        for s in content.of_kind("article")
        for use in tag_uses(s.shown, s.fields.get("tags", ""), content.settings)
    ]
    return [warning(v.use.source, "Tags", str(v)) for v in variant_spellings(uses)]
