"""The one place this plugin reaches past Pelican's public API (written for Pelican 4.12).

`ArticlesGenerator.generate_output` writes a page for every entry of the
generator's `tags` map, filtering every post date against each tag's list.
Emptying the map (after the context has its own copy) is the only way to
write the tag pages ourselves. `test_tag_index.test_adapter_takes_over_tag_pages`
fails if Pelican stops reading that map.
"""

from __future__ import annotations


def take_over_tag_pages(generator) -> dict:
    """The generator's tag map; Pelican will write no tag page from it."""
    tags = dict(generator.tags)
    generator.tags.clear()
    return tags
