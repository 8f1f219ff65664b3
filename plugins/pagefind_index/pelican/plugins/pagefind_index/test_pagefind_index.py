"""Pagefind index: a tiny site is indexed, and SEARCH_INDEX = False skips it."""

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


@pytest.mark.parametrize("indexed", [True, False])
def test_the_site_is_indexed_unless_switched_off(tmp_path: Path, indexed: bool):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("Title: A\nDate: 2026-01-02\n\nHello.\n", encoding="utf-8")
    (tmp_path / "conf.py").write_text(SETTINGS + f"SEARCH_INDEX = {indexed}\n", encoding="utf-8")
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(tmp_path / "out")]
    done = subprocess.run(
        [*command, "-s", str(tmp_path / "conf.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "pagefind" / "pagefind.js").is_file() is indexed
