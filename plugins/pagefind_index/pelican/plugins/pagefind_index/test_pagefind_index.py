"""Pagefind index: a tiny site is indexed, SEARCH_INDEX = False skips it, unchanged pages reuse it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SETTINGS = """
PLUGINS = ["pelican.plugins.pagefind_index"]
TIMEZONE = "UTC"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
"""


def build(tmp_path: Path, out: str, settings: str = "") -> Path:
    """Build tmp_path/content into tmp_path/out with `pelican`; the index folder."""
    conf = tmp_path / "conf.py"
    cache = f"CACHE_PATH = {str(tmp_path / 'cache')!r}\n"
    conf.write_text(SETTINGS + cache + settings, encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(tmp_path / "content")]
    done = subprocess.run(
        [*command, "-o", str(tmp_path / out), "-s", str(conf)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return tmp_path / out / "pagefind"


@pytest.mark.parametrize("indexed", [True, False])
def test_the_site_is_indexed_unless_switched_off(tmp_path: Path, indexed: bool):
    post = tmp_path / "content" / "a.md"
    post.parent.mkdir()
    post.write_text("Title: A\nDate: 2026-01-02\n\nHello.\n", encoding="utf-8")
    index = build(tmp_path, "out", f"SEARCH_INDEX = {indexed}\n")
    assert (index / "pagefind.js").is_file() is indexed


def test_unchanged_pages_reuse_the_last_index_and_changed_pages_are_indexed_again(tmp_path):
    post = tmp_path / "content" / "a.md"
    post.parent.mkdir()
    post.write_text("Title: A\nDate: 2026-01-02\n\nHello.\n", encoding="utf-8")
    first = build(tmp_path, "first")
    # Pagefind did not run again: the index is the cached one, marker included
    (kept,) = (tmp_path / "cache" / "pagefind").iterdir()
    (kept / "marker").write_text("cached")
    again = build(tmp_path, "again")
    assert (again / "marker").read_text() == "cached"
    assert (again / "pagefind.js").read_bytes() == (first / "pagefind.js").read_bytes()
    post.write_text("Title: A\nDate: 2026-01-02\n\nHello again.\n", encoding="utf-8")
    changed = build(tmp_path, "changed")
    assert (changed / "pagefind.js").is_file() and not (changed / "marker").exists()
    assert len(list((tmp_path / "cache" / "pagefind").iterdir())) == 1  # the older one is gone
