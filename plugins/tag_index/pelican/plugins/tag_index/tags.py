"""One spelling per tag, the tag index, and the tag pages.

- `initialized`: the `TAG_INDEX_STEPS` default.
- `article_generator_finalized`: every article and Pelican's own tag map
  are complete. Each tag is renamed to its canonical spelling
  (`model.canonical_spellings`, counted over every article, drafts
  included) on every article and in the map, so post pages, tag pages, the
  index and feeds all show one name; a post that gives one tag twice has
  it, and is counted under it, once. `tags` in the context becomes a list of
  (tag, articles) pairs, and `tag_index` the list the tag index renders.
  The tag pages are taken over from Pelican (`adapter.take_over_tag_pages`):
  its `generate_tags` filters every post date against each tag's list,
  quadratic in the number of posts.
- `article_writer_finalized`: writes each tag's paginated pages.
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter

from pelican import signals

from .adapter import take_over_tag_pages
from .model import TagUse, canonical_spellings, tag_index


def set_defaults(pelican) -> None:
    pelican.settings.setdefault("TAG_INDEX_STEPS", 4)


def use_canonical_spellings(generator) -> None:
    articles = list(chain(generator.articles, generator.drafts, generator.hidden_articles))
    uses = [
        TagUse(a.relative_source_path, tag.slug, tag.name)
        for a in articles
        for tag in getattr(a, "tags", [])
    ]
    canonical = canonical_spellings(uses)
    tags = {tag: once_each(listed) for tag, listed in take_over_tag_pages(generator).items()}
    for article in articles:
        if getattr(article, "tags", None):
            first = {}
            for tag in article.tags:
                first.setdefault(tag.slug, tag)
            article.tags = list(first.values())
    for tag in chain(tags, (t for a in articles for t in getattr(a, "tags", []))):
        tag.name = canonical[tag.slug]
    generator.context["tags"] = list(tags.items())
    generator.context["tag_index"] = tag_index(
        generator.context["tags"], generator.settings["TAG_INDEX_STEPS"]
    )


def once_each(articles: list) -> list:
    """A post that gives a tag twice ("Python, news, Python") is listed under it once."""
    return list(dict.fromkeys(articles))


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
    signals.initialized.connect(set_defaults)
    signals.article_generator_finalized.connect(use_canonical_spellings)
    signals.article_writer_finalized.connect(write_tag_pages)
