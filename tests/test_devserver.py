"""The warm dev server (tools/warm.py): a saved post shows first, then the site equals a clean build."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from support import (
    REPO,
    SAMPLE_CONTENT,
    SAMPLE_EPOCH,
    build,
    captured_log,
    isolated_signals,
    source_date_epoch,
    tree_digest,
    write,
)

from tools.devserver import CONTENT_CACHE
from tools.warm import WarmSite


class Warm:
    """A WarmSite on a copy of the sample, the way `make devserver` drives it."""

    def __init__(self, tmp_path: Path) -> None:
        self.content = tmp_path / "content"
        shutil.copytree(SAMPLE_CONTENT, self.content)
        self.output = tmp_path / "output"
        overrides = {
            "PATH": str(self.content),
            **CONTENT_CACHE,
            "CACHE_PATH": str(tmp_path / "cache"),
            "SEARCH_INDEX": False,
        }
        self.site = WarmSite(str(REPO / "pelicanconf.py"), overrides, str(self.output))
        self.log = io.StringIO()

    def save(self, name: str, text: str | None) -> list[str]:
        """Write (or with None, delete) a content file; preview, then build as the server does."""
        path = self.content / name
        if text is None:
            path.unlink()
        else:
            write(self.content, name, text)
        with self.site.previewing([str(path)]) as shown:
            self.build()
        return shown

    def build(self):
        with source_date_epoch(SAMPLE_EPOCH), captured_log(self.log):
            return self.site.build()

    def problems(self) -> str:
        """What the builds logged above INFO."""
        return "".join(
            line for line in self.log.getvalue().splitlines(True) if not line.startswith("INFO")
        )

    def page(self, url: str) -> str:
        return (self.output / url.strip("/") / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def warm(tmp_path):
    with isolated_signals():
        site = Warm(tmp_path)
        assert site.build().ok, site.problems()
        yield site


def edited(warm: Warm, name: str, old: str, new: str) -> str:
    text = (warm.content / name).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


def test_a_saved_post_is_written_first_exactly_as_the_build_writes_it(warm):
    name = "days/003-coffee-once-a-month.md"
    text = edited(warm, name, "If you take a single habit", "If you keep a single habit")
    (warm.content / name).write_text(text, encoding="utf-8")
    shown = warm.site.preview([str(warm.content / name)])
    assert shown == ["day/3/index.html"]
    previewed = warm.page("/day/3/")
    assert "If you keep a single habit" in previewed
    assert warm.build().ok
    assert warm.page("/day/3/") == previewed


def test_a_retitled_post_and_new_homework_show_before_the_build(warm):
    name = "days/021-networking-is-work.md"
    text = edited(warm, name, "Title: Networking is work", "Title: Networking is real work")
    (warm.content / name).write_text(text, encoding="utf-8")
    assert warm.site.preview([str(warm.content / name)]) == ["day/21/index.html"]
    assert "Day 21: Networking is real work" in warm.page("/day/21/")
    homework = write(warm.content, "homework/006.md", "Day: 6\nTitle: Block an hour\n\nDo it.\n")
    assert warm.site.preview([str(homework)]) == ["day/6/index.html"]
    assert "Block an&nbsp;hour" in warm.page(
        "/day/6/"
    )  # Typogrify keeps the last two words together


def test_after_a_burst_of_edits_the_output_equals_a_clean_build(warm, tmp_path):
    shown = warm.save(
        "days/021-networking-is-work.md",
        edited(
            warm, "days/021-networking-is-work.md", "Title: Networking is work", "Title: Work it"
        ),
    )
    assert shown == ["day/21/index.html"]
    name = "days/003-coffee-once-a-month.md"
    assert warm.save(name, edited(warm, name, "Tags: habits,", "Tags: rituals,"))
    warm.save(
        "days/010-ask-better-questions.md",
        "Title: Ask better questions\nDate: 2026-11-10 21:00\nDay: 10\nTags: habits\n\n"
        "Ask what someone is working on, then listen.\n",
    )
    warm.save("homework/010.md", "Day: 10\nTitle: Three questions\n\nWrite three questions.\n")
    warm.save("days/014-homemakers-and-volunteers.md", None)
    warm.save("homework/013.md", None)
    assert warm.site.result.ok, warm.problems()
    assert "Unable to find" not in warm.log.getvalue()  # cached posts find their images
    clean = build(warm.content, tmp_path / "clean")
    assert clean.returncode == 0, clean.log
    assert tree_digest(warm.output) == tree_digest(clean.output)
    assert "Work it" in warm.page("/day/20/")  # a neighbour's link, from the build
    assert not (warm.output / "day" / "14").exists()


def test_a_failed_build_takes_the_preview_back(warm):
    before = warm.page("/day/3/")
    name = "days/003-coffee-once-a-month.md"
    text = edited(warm, name, "once-a-month habit", "twice-a-month habit")
    shown = warm.save(name, text + "\nA stray escape: \x1b[31m\n")
    assert shown == ["day/3/index.html"]
    # the preview showed it, the build refused the control character, and the page is as it was
    assert not warm.site.result.ok
    assert "days/003-coffee-once-a-month.md" in warm.log.getvalue()
    assert warm.page("/day/3/") == before


def test_a_save_that_moves_a_post_waits_for_the_build(warm):
    name = "days/006-make-time-creatively.md"
    text = edited(warm, name, "Day: 6", "Day: 10").replace("2026-11-06", "2026-11-10")
    assert warm.save(name, text) == []
    assert warm.site.result.ok, warm.problems()
    assert "Make time for it" in warm.page("/day/10/")
    assert not (warm.output / "day" / "6").exists()


def test_a_warning_shows_on_every_warm_build(warm):
    """Pins tools/warm_adapter.py: Pelican shows a warning once per process unless told."""
    name = "days/003-coffee-once-a-month.md"
    text = edited(warm, name, "If you take", "If you take ![x](https://example.org/x.png)")
    for _ in range(2):
        warm.log.seek(0)
        warm.log.truncate()
        warm.save(name, text)
        warm.save(name, text + "\n")
        assert "example.org/x.png" in warm.log.getvalue()


def test_new_settings_start_a_new_pelican_without_the_cache(warm, tmp_path):
    cache = tmp_path / "cache"
    assert any(cache.iterdir())
    first = warm.site.pelican
    warm.site.reload_settings()
    assert not cache.exists()
    assert warm.build().ok, warm.problems()
    assert warm.site.pelican is not first
    assert "The coffee-once-a-month" in warm.page("/day/3/")
