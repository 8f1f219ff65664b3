"""One spelling per tag, the tag index, and the tag pages.

- `article_generator_finalized`: every article and Pelican's own tag map
  are complete. Each tag is renamed to its canonical spelling
  (`model.canonical_spellings`, counted over every article, drafts
  included) on every article and in the map, so post pages, tag pages, the
  index and the feeds all show one name. The index (`tag_index` in the
  context) is the list `/tags/` renders. The tag pages are taken over from
  Pelican (its map is emptied): its `generate_tags` filters every post date
  against each tag's list, quadratic in the number of posts.
- `article_writer_finalized`: writes each tag's paginated pages.

Variant spellings are warned about by content_check, before the build
reads anything (`rules.tag_uses`).
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter

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
    generator.tags = {}  # the tag pages are ours: see write_tag_pages


def write_tag_pages(generator, writer) -> None:
    """Pelican's tag pages, with each tag's posts sorted once instead of filtered."""
    template = generator.get_template("tag")
    newest_first = generator.settings["NEWEST_FIRST_ARCHIVES"]
    for tag, articles in generator.context["tags"]:
        writer.write_file(
            tag.save_as,
            template,
            generator.context,
            tag=tag,
            url=tag.url,
            articles=articles,
            dates=sorted(articles, key=attrgetter("date"), reverse=newest_first),
            template_name="tag",
            blog=True,
            page_name=tag.page_name,
            all_articles=generator.articles,
            relative_urls=generator.settings["RELATIVE_URLS"],
        )


def register() -> None:
    signals.article_generator_finalized.connect(use_canonical_spellings)
    signals.article_writer_finalized.connect(write_tag_pages)
