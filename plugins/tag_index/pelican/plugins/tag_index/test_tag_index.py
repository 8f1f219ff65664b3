"""Tag index: the model in-process, and a tiny site built with the plugin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pelican import Pelican
from pelican.plugins.tag_index import TagUse, canonical_spellings, tag_index, variant_spellings
from pelican.plugins.tag_index.adapter import take_over_tag_pages
from pelican.settings import read_settings


def test_the_spelling_used_most_wins_and_ties_go_to_sorted_order():
    uses = [TagUse("a.md", "linkedin", "LinkedIn"), TagUse("b.md", "linkedin", "LinkedIn")]
    uses += [
        TagUse("c.md", "linkedin", "linkedin"),
        TagUse("d.md", "x", "b"),
        TagUse("e.md", "x", "B"),
    ]
    assert canonical_spellings(uses) == {"linkedin": "LinkedIn", "x": "B"}
    (variant, other) = variant_spellings(uses)
    assert variant.use.source == "c.md" and variant.elsewhere == ("a.md", "b.md")
    assert str(variant) == (
        "'linkedin' is a variant of 'LinkedIn' (used in a.md, b.md); shown everywhere as 'LinkedIn'"
    )
    assert other.use.spelling == "b" and other.preferred == "B"


def test_weights_grow_with_the_log_of_the_count_and_the_index_ignores_case():
    index = tag_index([("zeta", [1]), ("Alpha", [1] * 8), ("beta", [1, 1])], steps=4)
    assert [(s.tag, s.count, s.weight) for s in index] == [
        ("Alpha", 8, 4),
        ("beta", 2, 2),
        ("zeta", 1, 1),
    ]
    assert tag_index([("only", [1])], steps=4)[0].weight == 1
    assert tag_index([], steps=4) == []


SETTINGS = """
PLUGINS = ["pelican.plugins.tag_index"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
DEFAULT_PAGINATION = 1
TAG_SAVE_AS = "tag/{slug}/index.html"
"""


def test_a_site_shows_one_spelling_on_every_page(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    for n, tags in enumerate(["LinkedIn, events", "LinkedIn", "linkedin"]):
        post = f"Title: Post {n}\nDate: 2026-01-0{n + 1}\nTags: {tags}\n\nBody {n}.\n"
        (content / f"post-{n}.md").write_text(post, encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS, encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(tmp_path / "out")]
    done = subprocess.run(
        [*command, "-s", str(tmp_path / "conf.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    pages = sorted(
        p.relative_to(tmp_path / "out").as_posix()
        for p in (tmp_path / "out" / "tag").rglob("*.html")
    )
    # Three posts under one tag, one post per page; "events" has one page.
    assert pages == [
        "tag/events/index.html",
        "tag/linkedin/index.html",
        "tag/linkedin/index2.html",
        "tag/linkedin/index3.html",
    ]
    for page in [
        tmp_path / "out" / "post-2.html",
        tmp_path / "out" / "tag" / "linkedin" / "index.html",
    ]:
        text = page.read_text()
        assert ">LinkedIn<" in text and ">linkedin<" not in text


def test_adapter_takes_over_tag_pages(tmp_path: Path):
    """Pins the private API: Pelican writes tag pages from `generator.tags` and nothing else."""
    (tmp_path / "a.md").write_text("Title: A\nDate: 2026-01-01\nTags: one\n\nA.\n")
    settings = read_settings(
        override={
            "PATH": str(tmp_path),
            "OUTPUT_PATH": str(tmp_path / "out"),
            "PLUGINS": [],
            "TAG_SAVE_AS": "tag/{slug}.html",
        }
    )
    pelican = Pelican(settings)
    from pelican import signals

    def take(generator):
        assert set(take_over_tag_pages(generator)) == {"one"}

    signals.article_generator_finalized.connect(take)
    try:
        pelican.run()
    finally:
        signals.article_generator_finalized.disconnect(take)
    assert (tmp_path / "out" / "a.html").is_file()
    assert not (tmp_path / "out" / "tag" / "one.html").exists()
