"""One spelling per tag, and the tag index.

Hooks `article_generator_finalized`, when every article and Pelican's own
tag map are complete: each tag is renamed to its canonical spelling
(`model.canonical_spellings`, counted over every article, drafts included)
on every article and in the map, so post pages, tag pages, the index and
the feeds all show one name. The index (`tag_index` in the context) is the
list `/tags/` renders. Variant spellings are warned about by content_check,
before the build reads anything (`rules.tag_uses`).
"""

from __future__ import annotations

from itertools import chain

from pelican import signals

from .model import TagUse, canonical_spellings, tag_index


def use_canonical_spellings(generator) -> None:
    articles = list(chain(generator.articles, generator.drafts, generator.hidden_articles))
    uses = [
        TagUse(a.relative_source_path, tag.slug, tag.name)
        for a in articles
        for tag in getattr(a, "tags", [])
    ]
    canonical = canonical_spellings(uses)
    for tag in chain(generator.tags, (t for a in articles for t in getattr(a, "tags", []))):
        tag.name = canonical[tag.slug]
    generator.context["tags"] = list(generator.tags.items())
    generator.context["tag_index"] = tag_index(
        generator.context["tags"], generator.settings.get("TAG_INDEX_STEPS", 4)
    )


def register() -> None:
    signals.article_generator_finalized.connect(use_canonical_spellings)
