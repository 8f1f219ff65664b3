"""Tags: their content rules, and a `Category:` header read as one more tag.

The blog has no categories (no category pages, no category feeds); an
imported post, or an author used to WordPress, may still give one. Rather
than drop it without a word, it becomes a tag (`category_as_tag`, on
`article_generator_context`), and the tag rules check it like the others.
"""

from __future__ import annotations

from pelican.plugins.tag_index import TagUse, variant_spellings
from pelican.readers import ensure_metadata_list
from pelican.urlwrappers import Tag

from .checking.registry import Content, content_rule
from .core import Problem, warning


def tag_uses(source: str, tags_field: str, settings: dict, category: str = "") -> list[TagUse]:
    """The tags of one file's `Tags:` line (and its `Category:`), split and slugged as Pelican does."""
    names = [*ensure_metadata_list(tags_field), *([category.strip()] if category.strip() else [])]
    return [TagUse(source, Tag(name, settings).slug, name) for name in names if name]


def category_as_tag(generator, metadata: dict) -> None:
    """`article_generator_context`: a post's own `Category:` is added to its tags."""
    category = metadata.get("category")
    default = generator.settings["DEFAULT_METADATA"].get("category")
    if category is None or category.name == default:
        return
    tags = list(metadata.get("tags", []))
    if all(tag.slug != category.slug for tag in tags):
        tags.append(Tag(category.name, generator.settings))
    metadata["tags"] = tags


@content_rule
def check_tag_lists(content: Content) -> list[Problem]:
    """Tags are separated by commas, and each one has letters or digits for its URL."""
    problems = []
    for source in content.of_kind("article"):
        field = source.fields.get("tags", "")
        category = source.fields.get("category", "")
        if ";" in field:
            problems.append(
                Problem(source.shown, "Tags", "separate tags with commas, not semicolons")
            )
            continue
        problems += [
            Problem(
                source.shown, "Tags", f"{use.spelling!r} has no letter or digit to make its URL"
            )
            for use in tag_uses(source.shown, field, content.settings, category)
            if not use.slug
        ]
    return problems


@content_rule
def check_spellings(content: Content) -> list[Problem]:
    uses = [
        use
        for s in content.of_kind("article")
        for use in tag_uses(
            s.shown, s.fields.get("tags", ""), content.settings, s.fields.get("category", "")
        )
    ]
    uses = [use for use in uses if use.slug]
    return [warning(v.use.source, "Tags", str(v)) for v in variant_spellings(uses)]
