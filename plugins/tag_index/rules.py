"""Tag rules for content_check: the uses of every tag, as Pelican will slug them."""

from __future__ import annotations

from pelican.readers import ensure_metadata_list
from pelican.urlwrappers import Tag

from .model import TagUse


def tag_uses(source: str, tags_field: str, settings: dict) -> list[TagUse]:
    """The tags of one file's `Tags:` line, split and slugged as Pelican does."""
    return [
        TagUse(source, Tag(name, settings).slug, name)
        for name in ensure_metadata_list(tags_field)
        if name
    ]
